"""bundle/ is a format library and the front ends reach it only through the services: checked
over every import, including those inside functions and under TYPE_CHECKING."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "sealdesk"
BASE = {"sealdesk", "sealdesk.errors", "sealdesk.resources", "sealdesk.translation"}
BASE |= {"sealdesk.events", "sealdesk.fsutil", "sealdesk.progress"}


def sealdesk_imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return {name for name in names if name == "sealdesk" or name.startswith("sealdesk.")}


def _allowed_in_bundle(name: str) -> bool:
    return (
        name in BASE
        or name.startswith(("sealdesk.bundle", "sealdesk.domain"))
        or name.rpartition(".")[0] in BASE  # from sealdesk.errors import X
        or name == "sealdesk.__version__"
    )


def test_bundle_imports_only_itself_the_domain_and_the_base() -> None:
    offences = [
        f"{path.relative_to(PACKAGE)} imports {name}"
        for path in sorted((PACKAGE / "bundle").rglob("*.py"))
        for name in sorted(sealdesk_imports(path))
        if not _allowed_in_bundle(name)
    ]
    assert offences == []


def test_bundle_knows_nothing_of_workspaces() -> None:
    offences = [
        str(path.relative_to(PACKAGE))
        for path in sorted((PACKAGE / "bundle").rglob("*.py"))
        if "ws: Any" in path.read_text("utf-8") or "Workspace" in path.read_text("utf-8")
    ]
    assert offences == []


def test_bundle_front_ends_go_through_the_services() -> None:
    offences = [
        f"{name} in {path}"
        for path in ("cli/bundle_cmd.py", "ui/bundles.py")
        for name in sorted(sealdesk_imports(PACKAGE / path))
        if name.startswith("sealdesk.bundle")
    ]
    assert offences == []
    assert "session.ws" not in (PACKAGE / "ui" / "bundles.py").read_text("utf-8")
