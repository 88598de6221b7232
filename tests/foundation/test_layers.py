"""The layers stay apart: every import between components is on the allow-list in
tests/foundation/layering.py, nothing imports round in a loop, and docs/architecture.md draws
exactly the layers that are checked."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import layering

ROOT = Path(__file__).resolve().parents[2]


def test_every_import_is_on_the_allow_list() -> None:
    assert layering.offences(layering.build_graph()) == []


def test_no_module_imports_round_in_a_loop() -> None:
    assert layering.cycles(layering.build_graph()) == []


def test_the_allowed_arrows_themselves_form_no_loop() -> None:
    """With an acyclic allow-list, no two components can depend on each other."""
    seen: dict[str, int] = {}

    def depth(name: str, path: tuple[str, ...] = ()) -> int:
        assert name not in path, f"allow-list loop: {' -> '.join((*path, name))}"
        if name not in seen:
            seen[name] = 1 + max(
                (depth(n, (*path, name)) for n in layering.ALLOWED[name]), default=0
            )
        return seen[name]

    for name in layering.ALLOWED:
        depth(name)


def _offences_of_a_copy(tmp_path: Path, change: dict[str, str]) -> list[str]:
    copy = tmp_path / "tree"
    shutil.copytree(ROOT / "sealdesk", copy / "sealdesk", ignore=shutil.ignore_patterns("*.pyc"))
    for relative, text in change.items():
        target = copy / "sealdesk" / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        with target.open("a", encoding="utf-8") as handle:
            handle.write(text)
    env = dict(os.environ, PYTHONPATH=str(copy))
    result = subprocess.run(
        [sys.executable, str(Path(layering.__file__))],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return result.stdout.splitlines()


def test_a_forbidden_import_a_new_package_and_a_loop_are_each_caught(tmp_path: Path) -> None:
    found = _offences_of_a_copy(
        tmp_path,
        {
            # the UI reaching past the services into the store, inside a function
            "ui/widgets.py": "\n\ndef _leak():\n    from sealdesk.store import models\n",
            # a format importing another format
            "bundle/names.py": "\nimport sealdesk.printing.layout\n",
            # a package that is in no layer
            "office/__init__.py": "from sealdesk.errors import SealDeskError\n",
            # a loop inside one component
            "domain/status.py": "\nfrom sealdesk.domain import scoring\n",
        },
    )
    assert any(
        line.startswith("sealdesk.ui.widgets imports sealdesk.store.models") for line in found
    ), found
    assert any(
        line.startswith("sealdesk.bundle.names imports sealdesk.printing.layout") for line in found
    ), found
    assert "sealdesk.office is in no layer (add it to ALLOWED)" in found, found
    assert any(line.startswith("cycle:") and "sealdesk.domain.scoring" in line for line in found), (
        found
    )


def test_the_architecture_document_draws_the_checked_layers() -> None:
    doc = (ROOT / "docs" / "architecture.md").read_text("utf-8")
    assert layering.table() in doc, (
        "docs/architecture.md must contain the table printed by "
        "'python tests/foundation/layering.py --table'"
    )
