"""The Workspace facade sits on top of its use-case modules, never under them: the arrows
go workspace -> use cases -> core -> store, so no services module imports the facade back
(not even lazily or for type checking), and each stays small."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SERVICES = Path(__file__).resolve().parents[2] / "sealdesk" / "services"
FACADE = "sealdesk.services.workspace"
BELOW_THE_FACADE = [
    "assessments",
    "audit",
    "backup",
    "check",
    "core",
    "evidence",
    "inbox_log",
    "keys",
    "restore",
    "rounds",
]


def imported_modules(path: Path) -> set[str]:
    """Every module ``path`` imports, at the top, inside functions or under TYPE_CHECKING."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


@pytest.mark.parametrize("name", BELOW_THE_FACADE)
def test_use_case_modules_do_not_import_the_facade(name: str) -> None:
    imports = imported_modules(SERVICES / f"{name}.py")
    assert FACADE not in imports


def test_core_imports_no_use_case_module() -> None:
    imports = imported_modules(SERVICES / "core.py")
    assert not [n for n in imports if n.startswith("sealdesk.services.") and n != FACADE]
    assert FACADE not in imports


@pytest.mark.parametrize("name", ["workspace", *BELOW_THE_FACADE])
def test_services_modules_stay_small(name: str) -> None:
    lines = (SERVICES / f"{name}.py").read_text("utf-8").count("\n")
    assert lines < 450, f"services/{name}.py has {lines} lines"


def test_the_facade_binds_the_use_cases_under_their_old_names() -> None:
    from sealdesk.services import assessments, evidence, inbox_log, rounds
    from sealdesk.services.workspace import Workspace

    assert Workspace.assess is assessments.assess
    assert Workspace.add_evidence is evidence.add_evidence
    assert Workspace.inbox_record is inbox_log.inbox_record
    assert Workspace.import_catalog is rounds.import_catalog
