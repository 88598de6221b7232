"""The inbox panel: preview each scan, file several at once under benchmarks chosen in the
picker (a scan with no suggestion too), discard and restore; the preview's zoom, page count
and detached window; greyed actions say why (issue 12)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication

from sealdesk.inbox import WatchConfig
from sealdesk.services import inbox as inbox_service
from sealdesk.services.workspace import Workspace
from sealdesk.ui.benchmark_picker import ChooseBenchmarksDialog
from sealdesk.ui.mainwindow import MainWindow

from .helpers import make_file, tiny_pdf


def two_page_pdf() -> bytes:
    from io import BytesIO

    from reportlab.pdfgen import canvas

    out = BytesIO()
    pdf = canvas.Canvas(out)
    for text in ("page one", "page two"):
        pdf.drawString(72, 720, text)
        pdf.showPage()
    pdf.save()
    return out.getvalue()


@pytest.fixture
def scans(qtbot, window: MainWindow, ws: Workspace, tmp_path: Path) -> Path:
    """Three scans taken in through a real inbox folder: one with a suggested benchmark."""
    folder = tmp_path / "SealDesk Inbox"
    folder.mkdir()
    inbox_service.set_folder(ws, folder)
    (folder / "1.2.1_นโยบาย.pdf").write_bytes(two_page_pdf())
    (folder / "ภาพกิจกรรม.pdf").write_bytes(tiny_pdf("photo"))
    image = QImage(400, 300, QImage.Format.Format_RGB32)
    image.fill(QColor("#2a6"))
    image.save(str(folder / "scan-003.png"))
    report = inbox_service.scan_once(ws, folder, WatchConfig(quiet=0.2))
    assert len(report.imported) == 3
    panel = window.inbox
    window.tabs.setCurrentWidget(panel)
    qtbot.waitUntil(lambda: panel.list.count() == 3)
    return folder


def select(panel, names: list[str]) -> None:
    panel.list.clearSelection()
    for i in range(panel.list.count()):
        entry = panel.list.item(i)
        if any(entry.text().startswith(n) for n in names):
            entry.setSelected(True)
            panel.list.setCurrentItem(entry)


def test_each_scan_is_previewed_with_its_page_count(qtbot, window: MainWindow, scans) -> None:
    panel = window.inbox
    select(panel, ["1.2.1_นโยบาย.pdf"])
    assert panel.preview.kind == "pdf"
    assert panel.preview.page_count() == 2
    assert panel.preview.pages.text() == "หน้า 1 จาก 2 หน้า"
    select(panel, ["scan-003.png"])
    assert panel.preview.kind == "image"
    assert panel.preview.pages.text() == ""


def test_greyed_actions_say_why(qtbot, window: MainWindow, scans) -> None:
    panel = window.inbox
    panel.list.clearSelection()
    for button in (panel.file_button, panel.file_under_button, panel.discard_button):
        assert not button.isEnabled() and button.toolTip() == "เลือกเอกสารสแกนอย่างน้อยหนึ่งรายการก่อน"
    assert not panel.restore_button.isEnabled() and panel.restore_button.toolTip()
    select(panel, ["1.2.1_นโยบาย.pdf", "ภาพกิจกรรม.pdf"])
    assert not panel.file_button.isEnabled()
    assert "ภาพกิจกรรม.pdf" in panel.file_button.toolTip()  # the one with no suggestion
    assert panel.file_under_button.isEnabled() and panel.file_under_button.toolTip() == ""

    library = window.library
    library.table.clearSelection()
    library.table.setCurrentIndex(library.proxy.index(-1, 0))
    assert not library.link_button.isEnabled() and library.link_button.toolTip()
    assert not library.remove_button.isEnabled() and library.remove_button.toolTip()
    assert not library.preview.zoom_in.isEnabled() and library.preview.zoom_in.toolTip()


def test_file_several_scans_at_once_including_one_without_a_suggestion(
    qtbot, window: MainWindow, ws: Workspace, scans
) -> None:
    panel = window.inbox
    select(panel, ["1.2.1_นโยบาย.pdf", "ภาพกิจกรรม.pdf"])
    seen: list[list[str]] = []

    def choose() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ChooseBenchmarksDialog):
            QTimer.singleShot(20, choose)
            return
        seen.append(dialog.chosen())
        assert dialog.files.count() == 2
        dialog.picker.search.setText("3.1")
        dialog.picker.set_checked("3.1.1", True)
        dialog.accept()

    QTimer.singleShot(0, choose)
    panel.file_under_button.click()
    assert seen == [["1.2.1"]]  # the suggestion is pre-ticked, and can be changed
    by_name = {e.original_name: e.links for e in ws.evidence_list()}
    assert by_name["1.2.1_นโยบาย.pdf"] == ("1.2.1", "3.1.1")
    assert by_name["ภาพกิจกรรม.pdf"] == ("1.2.1", "3.1.1")
    qtbot.waitUntil(lambda: panel.list.count() == 1)
    assert panel.list.item(0).text().startswith("scan-003.png")
    assert panel.tabs.tabText(0) == "รอจัดเก็บ (1)"


def test_discard_and_restore_through_the_panel(
    qtbot, window: MainWindow, ws: Workspace, scans: Path
) -> None:
    panel = window.inbox
    select(panel, ["scan-003.png", "ภาพกิจกรรม.pdf"])
    panel.discard_button.click()
    qtbot.waitUntil(lambda: panel.list.count() == 1)
    assert sorted(p.name for p in (scans / "discarded").iterdir()) == [
        "scan-003.png",
        "ภาพกิจกรรม.pdf",
    ]
    assert [e.original_name for e in ws.evidence_list()] == ["1.2.1_นโยบาย.pdf"]
    assert panel.discarded_list.count() == 2
    assert panel.tabs.tabText(1) == "ที่ทิ้งแล้ว (2)"
    assert "นำกลับมาได้" in panel.status.text().replace("\u200b", "")

    panel.tabs.setCurrentIndex(1)
    entry = next(
        panel.discarded_list.item(i)
        for i in range(panel.discarded_list.count())
        if panel.discarded_list.item(i).text().startswith("scan-003.png")
    )
    panel.discarded_list.setCurrentItem(entry)
    entry.setSelected(True)
    assert panel.preview.kind == "image"  # a discarded scan is previewed too
    assert panel.restore_button.isEnabled()
    panel.restore_button.click()
    qtbot.waitUntil(lambda: panel.list.count() == 2)
    assert panel.discarded_list.count() == 1
    assert panel.tabs.currentIndex() == 0
    assert sorted(e.original_name for e in ws.evidence_list()) == [
        "1.2.1_นโยบาย.pdf",
        "scan-003.png",
    ]


def test_the_preview_zooms_and_opens_in_its_own_window(
    qtbot, window: MainWindow, ws: Workspace, tmp_path: Path
) -> None:
    big = QImage(1600, 1200, QImage.Format.Format_RGB32)
    big.fill(QColor("#36c"))
    big.save(str(tmp_path / "ภาพถ่าย.png"))
    photo = ws.add_evidence(tmp_path / "ภาพถ่าย.png").evidence
    pdf = ws.add_evidence(make_file(tmp_path, "two.pdf", two_page_pdf())).evidence
    window.reload()
    window.tabs.setCurrentWidget(window.library)
    library = window.library
    library.select(photo.id)
    preview = library.preview
    assert preview.kind == "image" and preview.fit_button.isChecked()
    fitted = preview.image.pixmap().width()
    assert fitted < 1600
    preview.zoom_in.click()
    assert preview.zoom is not None and preview.image.pixmap().width() > fitted
    assert not preview.fit_button.isChecked()
    preview.set_zoom(1.0)
    assert preview.image.pixmap().width() == 1600 and preview.zoom_label.text() == "100 %"
    preview.fit_button.click()
    assert preview.zoom is None and preview.image.pixmap().width() == fitted
    assert preview.zoom_label.text() == f"{round(fitted / 16)} %"

    viewer = preview.open_window()
    assert viewer is not None
    qtbot.waitExposed(viewer)
    assert viewer.isWindow() and viewer.pane.kind == "image"
    area = viewer.width() * viewer.height()
    assert area > preview.width() * preview.height()  # larger than the pane
    screen = viewer.screen().availableGeometry()
    assert viewer.width() <= screen.width() and viewer.height() <= screen.height()
    library.select(pdf.id)  # the window follows the selection
    assert viewer.pane.kind == "pdf" and viewer.pane.page_count() == 2
    fit_label = viewer.pane.zoom_label.text()
    assert fit_label.endswith(" %") and fit_label != "100 %"  # the width fitted, worked out
    viewer.pane.zoom_in.click()
    assert viewer.pane.zoom is not None and viewer.pane.zoom > int(fit_label[:-2]) / 100
    viewer.pane.set_zoom(2.0)
    assert viewer.pane.zoom_label.text() == "200 %"
    viewer.close()
    qtbot.waitUntil(lambda: preview.viewer is None)


def test_the_keyboard_files_and_discards(qtbot, window: MainWindow, ws: Workspace, scans) -> None:
    from PySide6.QtCore import Qt

    panel = window.inbox
    select(panel, ["scan-003.png"])
    panel.list.setFocus()
    qtbot.keyClick(panel.list, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: panel.list.count() == 2)
    assert panel.discarded_list.count() == 1

    select(panel, ["ภาพกิจกรรม.pdf"])
    answered: list[str] = []

    def choose() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ChooseBenchmarksDialog):
            QTimer.singleShot(20, choose)
            return
        dialog.picker.search.setText("4.1.1")
        dialog.picker.search.returnPressed.emit()  # Enter ticks the one match
        answered.extend(dialog.chosen())
        dialog.accept()

    QTimer.singleShot(0, choose)
    qtbot.keyClick(panel.list, Qt.Key.Key_Return)
    assert answered == ["4.1.1"]
    assert {e.original_name: e.links for e in ws.evidence_list()}["ภาพกิจกรรม.pdf"] == ("4.1.1",)


def test_list_and_preview_stack_when_the_pane_is_narrow(qtbot, window: MainWindow) -> None:
    from PySide6.QtCore import QSize, Qt
    from PySide6.QtGui import QResizeEvent

    for view in (window.inbox, window.library):
        view.resizeEvent(QResizeEvent(QSize(700, 500), view.size()))  # 1024x600, 150 %
        assert view.splitter.orientation() == Qt.Orientation.Vertical
        view.resizeEvent(QResizeEvent(QSize(1200, 700), view.size()))
        assert view.splitter.orientation() == Qt.Orientation.Horizontal
        # Side by side the pair needs less than the width that asks for it.
        assert view.splitter.minimumSizeHint().width() < 1200
