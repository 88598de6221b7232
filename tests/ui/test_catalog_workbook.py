"""File > Export the catalog as a workbook, in a real main window."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from sealdesk.services import catalog_book
from sealdesk.ui.errors import open_error_boxes


def test_export_the_catalog_as_a_workbook(
    window, ws, tmp_path: Path, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "usb" / "criteria"  # no extension typed: .xlsx is added
    target.parent.mkdir()
    proposed: list[str] = []

    def save_dialog(_parent, _title, suggested, _filter, *a, **k):
        proposed.append(suggested)
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_dialog)
    action = window.menus.commands["catalog_workbook"]
    assert action.text() == "ส่งออกชุดเกณฑ์เป็นสมุดงาน Excel(&W)..."
    assert action in window.menus.menus["file"].actions()
    action.trigger()
    assert Path(proposed[0]).name == "ges-pi-2023-2023.1-template.xlsx"
    written = target.with_name("criteria.xlsx")
    qtbot.waitUntil(lambda: any("criteria.xlsx" in b.text() for b in open_error_boxes()))
    back = catalog_book.read_workbook(written).catalog
    assert back.edition == ws.catalog().edition and len(back.benchmarks()) == 40
    box = next(b for b in open_error_boxes() if "criteria.xlsx" in b.text())
    assert box.text().startswith("บันทึกชุดเกณฑ์ ges-pi-2023 ฉบับ 2023.1-template ไว้ที่")


def test_never_into_the_workspace(window, ws, qtbot) -> None:
    assert window.catalog_book.export(ws.path / "inside.xlsx") is None
    assert not (ws.path / "inside.xlsx").exists()
    qtbot.waitUntil(lambda: bool(open_error_boxes()))
