"""The benchmark page lists its means of verification, ticked when linked evidence covers them;
the clerk says which linked files cover which means."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from sealdesk.services import coverage
from sealdesk.services.workspace import Workspace
from sealdesk.ui.coverage import CoverFilesDialog
from sealdesk.ui.mainwindow import MainWindow

from .helpers import make_file, tiny_pdf


def _ticks(window: MainWindow) -> list[bool]:
    means = window.page.coverage.list
    return [means.item(i).checkState() == Qt.CheckState.Checked for i in range(means.count())]


def test_means_are_ticked_when_covered_and_the_clerk_chooses_the_files(
    qtbot, window: MainWindow, ws: Workspace, tmp_path: Path
) -> None:
    code = "2.3.1"
    benchmark = ws.catalog().benchmark(code)
    window.open_benchmark(code)
    view = window.page.coverage
    assert view.list.count() == len(benchmark.verification) >= 2
    assert view.list.item(0).text() == benchmark.verification[0].th
    assert _ticks(window) == [False] * view.list.count()
    assert not view.assign.isEnabled() and "เชื่อมโยงหลักฐาน" in view.assign.toolTip()

    item = ws.add_evidence(make_file(tmp_path, "คำสั่ง.pdf", tiny_pdf("order")), [code]).evidence
    assert view.assign.isEnabled()
    assert _ticks(window) == [False] * view.list.count()  # linked, but not assigned yet

    view.list.setCurrentRow(1)
    view.list.setFocus()
    qtbot.keyClick(view.list, Qt.Key.Key_Return)
    dialog = view.findChild(CoverFilesDialog)
    assert isinstance(dialog, CoverFilesDialog) and dialog.isVisible()
    assert dialog.files.count() == 1 and dialog.files.item(0).text() == "คำสั่ง.pdf"
    dialog.files.item(0).setCheckState(Qt.CheckState.Checked)
    dialog.accept()
    assert coverage.coverage(ws, code) == {item.id: (2,)}
    expected = [False] * view.list.count()
    expected[1] = True
    assert _ticks(window) == expected
    assert view.list.item(1).toolTip() == "คำสั่ง.pdf"
    assert "1" in view.summary.plain_text()
    # a change from elsewhere (the CLI, another view) shows at once
    coverage.set_coverage(ws, item.id, code, [])
    assert _ticks(window) == [False] * view.list.count()
