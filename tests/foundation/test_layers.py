"""The layers stay apart: the domain imports no framework; the UI and CLI reach the store only
through the Workspace service."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "sealdesk"

FORBIDDEN = {
    "domain": ("PySide6", "sqlalchemy", "alembic", "reportlab", "watchdog", "sealdesk.store",
               "sealdesk.services", "sealdesk.ui"),
    "store": ("PySide6", "sealdesk.ui", "sealdesk.services"),
    "services": ("PySide6", "sealdesk.ui"),
    "inbox": ("PySide6", "sqlalchemy", "sealdesk.store", "sealdesk.ui"),
    "bundle": ("PySide6", "sqlalchemy", "sealdesk.store", "sealdesk.ui"),
    "printing": ("sqlalchemy", "sealdesk.store", "sealdesk.ui"),
    "ui": ("sqlalchemy", "alembic", "sealdesk.store"),
    "cli": ("sqlalchemy", "alembic", "sealdesk.store", "sealdesk.ui"),
}  # fmt: skip


def imported_modules(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_layer_imports_nothing_it_must_not(layer: str) -> None:
    files = sorted((PACKAGE / layer).rglob("*.py"))
    assert files
    offences = [
        f"{path.relative_to(PACKAGE)} imports {name}"
        for path in files
        for name in imported_modules(path)
        if any(name == bad or name.startswith(bad + ".") for bad in FORBIDDEN[layer])
    ]
    assert offences == []
