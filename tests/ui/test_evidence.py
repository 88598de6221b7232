"""Evidence: drag-and-drop on a tree row and on the benchmark page, duplicates, links to
several benchmarks, the library (search, unlinked, preview), background import with cancel."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QColor, QDragEnterEvent, QDragMoveEvent, QDropEvent, QImage
from PySide6.QtWidgets import QApplication, QWidget

from sealdesk.domain.thaidate import format_date
from sealdesk.services.workspace import Workspace
from sealdesk.ui.evidence import LinkDialog
from sealdesk.ui.mainwindow import MainWindow
from sealdesk.ui.models import ChecklistModel

from .helpers import make_file, tiny_pdf


def drop(widget: QWidget, point: QPoint, paths: list[Path]) -> bool:
    """Drags ``paths`` from a file manager onto ``widget`` at ``point``: enter, move, drop.
    Returns whether the drop was accepted."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    args = (
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(widget, QDragEnterEvent(point, *args))
    QApplication.sendEvent(widget, QDragMoveEvent(point, *args))
    event = QDropEvent(
        QPointF(point),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(widget, event)
    return event.isAccepted()


@contextmanager
def importing(qtbot, window: MainWindow) -> Iterator[None]:
    """Waits, after the block, for the import the block started to finish (the waiter is
    connected when the job is made, so a job that ends at once is not missed)."""
    blockers = []
    make_job = window.session.import_job

    def spy(paths, codes=(), **options):  # type: ignore[no-untyped-def]
        job = make_job(paths, codes, **options)  # options: personal_data (issue 18)
        blockers.append(qtbot.waitSignal(job.finished, timeout=10_000))
        return job

    window.session.import_job = spy  # type: ignore[method-assign]
    try:
        yield
    finally:
        del window.session.import_job
    assert blockers
    for blocker in blockers:
        blocker.wait()


def test_drop_files_on_a_checklist_row(qtbot, window: MainWindow, ws: Workspace, tmp_path) -> None:
    pdf = make_file(tmp_path / "scans", "แผนปฏิบัติราชการ 2567.pdf", tiny_pdf("plan"))
    window.search.insert("1.2.1")
    index = window.proxy.mapFromSource(window.model.index_of("1.2.1", ChecklistModel.TITLE))
    window.tree.scrollTo(index)
    point = window.tree.visualRect(index).center()
    with importing(qtbot, window):
        assert drop(window.tree.viewport(), point, [pdf])
    [stored] = ws.evidence_list()
    assert stored.original_name == "แผนปฏิบัติราชการ 2567.pdf"
    assert stored.links == ("1.2.1",)
    assert window.model.index_of("1.2.1", ChecklistModel.EVIDENCE).data() == "1"
    assert "เพิ่มเอกสาร 1 รายการแล้ว" in window.info.label.text().replace("\u200b", "")


def test_drop_on_the_benchmark_page_and_a_duplicate_says_where_it_is_used(
    qtbot, window: MainWindow, ws: Workspace, tmp_path
) -> None:
    photo = make_file(tmp_path, "photo.pdf", tiny_pdf("photo"))
    window.open_benchmark("1.1.2")
    with importing(qtbot, window):
        assert drop(window.page.evidence.viewport(), QPoint(10, 10), [photo])
    assert window.page.evidence.count() == 1
    assert window.page.evidence.item(0).text().startswith("photo.pdf")

    # The same bytes under another name, dropped on another benchmark.
    again = make_file(tmp_path / "copy", "photo-copy.pdf", tiny_pdf("photo"))
    window.open_benchmark("2.1.1")
    with importing(qtbot, window):
        assert drop(window.page.evidence.viewport(), QPoint(10, 10), [again])
    [stored] = ws.evidence_list()
    assert stored.links == ("1.1.2", "2.1.1")
    message = window.info.label.text().replace("\u200b", "")
    assert "photo.pdf" in message and "1.1.2" in message and "มีอยู่ในคลังหลักฐานแล้ว" in message


def test_link_a_document_to_a_second_benchmark_and_unlink(
    qtbot, window: MainWindow, ws: Workspace, tmp_path
) -> None:
    added = ws.add_evidence(make_file(tmp_path, "memo.pdf", tiny_pdf("memo")), ["1.1.1"])
    window.reload()
    item = added.evidence
    dialog = LinkDialog(window, window.session, item)
    qtbot.addWidget(dialog)
    dialog.search.setText("1.4")
    hidden = [dialog.list.item(i).isHidden() for i in range(dialog.list.count())]
    assert hidden.count(False) == 2
    dialog.set_checked("1.4.1", True)
    window.apply_links(item.id, set(item.links), dialog.codes())
    assert ws.get_evidence(item.id).links == ("1.1.1", "1.4.1")
    assert window.model.index_of("1.4.1", ChecklistModel.EVIDENCE).data() == "1"

    window.open_benchmark("1.1.1")
    window.page.evidence.item(0).setSelected(True)
    window.page.unlink_selected()
    assert ws.get_evidence(item.id).links == ("1.4.1",)
    assert window.page.evidence.count() == 0


def test_library_search_unlinked_details_and_preview(
    qtbot, window: MainWindow, ws: Workspace, tmp_path
) -> None:
    from datetime import date

    pdf = ws.add_evidence(make_file(tmp_path, "คำสั่งแต่งตั้งคณะทำงาน.pdf", tiny_pdf("x")), ["2.1.1"])
    image = QImage(64, 48, QImage.Format.Format_RGB32)
    image.fill(QColor("#2e7d32"))
    png_path = tmp_path / "ภาพกิจกรรม.png"
    image.save(str(png_path))
    png = ws.add_evidence(png_path)
    ws.update_evidence(pdf.evidence.id, description="คำสั่งเขต", effective_date=date(2024, 7, 9))
    window.reload()
    library = window.library
    window.tabs.setCurrentWidget(library)
    assert library.proxy.rowCount() == 2

    library.search.setText("คำสั่ง")
    assert library.proxy.rowCount() == 1
    library.search.clear()
    library.unlinked.setChecked(True)
    assert library.proxy.rowCount() == 1
    assert library.proxy.index(0, 0).data() == "ภาพกิจกรรม.png"
    library.unlinked.setChecked(False)

    library.select(pdf.evidence.id)
    assert library.preview.kind == "pdf"
    details = library.details.text()
    assert "2.1.1" in details and format_date(date(2024, 7, 9), "th") in details
    assert "9 ก.ค. 2567" in details
    assert library.remove_button.isEnabled() is False  # still used

    library.select(png.evidence.id)
    assert library.preview.kind == "image"
    assert library.remove_button.isEnabled()
    library.remove_selected()
    assert [e.original_name for e in ws.evidence_list()] == ["คำสั่งแต่งตั้งคณะทำงาน.pdf"]


def test_drop_on_the_library_adds_unlinked_documents(
    qtbot, window: MainWindow, ws: Workspace, tmp_path
) -> None:
    window.tabs.setCurrentWidget(window.library)
    files = [make_file(tmp_path, f"scan-{i}.pdf", tiny_pdf(f"s{i}")) for i in range(3)]
    asked: list[list[str]] = []

    def answer() -> None:  # the library asks which benchmarks get the files (issue 12)
        from sealdesk.ui.benchmark_picker import ChooseBenchmarksDialog

        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ChooseBenchmarksDialog):
            QTimer.singleShot(20, answer)
            return
        asked.append(dialog.chosen())
        dialog.accept()

    QTimer.singleShot(0, answer)
    with importing(qtbot, window):
        assert drop(window.library.table.viewport(), QPoint(20, 20), files)
        qtbot.waitUntil(lambda: asked == [[]])  # nothing pre-chosen
    assert sorted(e.original_name for e in ws.evidence_list()) == [p.name for p in files]
    assert window.library.proxy.rowCount() == 3
    assert all(not e.links for e in ws.evidence_list())


def test_background_import_can_be_cancelled(
    qtbot, window: MainWindow, ws: Workspace, tmp_path
) -> None:
    big = []
    for i in range(4):
        path = tmp_path / f"big-{i}.bin"
        with open(path, "wb") as out:
            out.truncate(8 * 1024 * 1024)
        big.append(path)
    window.open_benchmark("4.1.1")
    job = window.session.import_job(big, ("4.1.1",))
    seen: list[tuple[int, int]] = []

    def on_progress(done: int, total: int) -> None:
        seen.append((done, total))
        job.cancel()  # the user presses Cancel at the first progress report

    # Direct: the worker itself meets the Cancel at its first report, whatever the GUI
    # thread's load (a queued slot could run after all four files were taken).
    job.progress.connect(on_progress, Qt.ConnectionType.DirectConnection)
    from sealdesk.ui.jobs import run_with_progress

    with qtbot.waitSignal(job.finished, timeout=10_000):
        dialog = run_with_progress(window, job, "…")
    assert seen and seen[0][1] == 4 * 8 * 1024 * 1024
    assert job.result.cancelled
    assert len(ws.evidence_list()) < 4
    assert not list((ws.path / "blobs" / "tmp").iterdir())
    assert "ยกเลิกการนำเข้าแล้ว" in window.info.label.text().replace("\u200b", "")
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=2000)


def test_edit_details_and_open_with_the_system_viewer(
    qtbot, window: MainWindow, ws: Workspace, tmp_path
) -> None:
    from datetime import date

    from PySide6.QtCore import QObject, Slot
    from PySide6.QtGui import QDesktopServices

    from sealdesk.ui.evidence import EditEvidenceDialog, open_with_system

    added = ws.add_evidence(make_file(tmp_path, "ประกาศ.pdf", tiny_pdf("notice")), ["1.1.2"])
    window.reload()
    dialog = EditEvidenceDialog(window, added.evidence)
    qtbot.addWidget(dialog)
    assert dialog.effective.year.value() == date.today().year + 543  # BE in the Thai UI
    dialog.description.setText("ประกาศเจตนารมณ์ที่ผู้อำนวยการเขตลงนาม")
    dialog.effective.set_date(date(2024, 7, 9))
    assert dialog.effective.year.value() == 2567
    window.session.update_evidence(added.evidence.id, **dialog.values())
    stored = ws.get_evidence(added.evidence.id)
    assert stored.description == "ประกาศเจตนารมณ์ที่ผู้อำนวยการเขตลงนาม"
    assert stored.effective_date == date(2024, 7, 9)

    class Catcher(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.urls: list = []

        @Slot("QUrl")
        def open(self, url) -> None:
            self.urls.append(url)

    catcher = Catcher()
    QDesktopServices.setUrlHandler("file", catcher, "open")
    try:
        assert open_with_system(window.session, stored)
    finally:
        QDesktopServices.unsetUrlHandler("file")
    [url] = catcher.urls
    opened = Path(url.toLocalFile())
    assert opened.name == "ประกาศ.pdf"
    assert opened.read_bytes() == tiny_pdf("notice")


def test_pick_documents_from_the_library_for_a_benchmark(
    qtbot, window: MainWindow, ws: Workspace, tmp_path
) -> None:
    from sealdesk.ui.evidence import PickEvidenceDialog

    a = ws.add_evidence(make_file(tmp_path, "ก.pdf", tiny_pdf("a")), ["1.1.1"]).evidence
    b = ws.add_evidence(make_file(tmp_path, "ข.pdf", tiny_pdf("b"))).evidence
    window.reload()
    dialog = PickEvidenceDialog(window, window.session, "4.2.1")
    qtbot.addWidget(dialog)
    assert dialog.list.count() == 2
    assert "1.1.1" in dialog.list.item(0).text() and "ยังไม่ได้ใช้" in dialog.list.item(1).text()
    dialog.search.setText("ข")
    assert [dialog.list.item(i).isHidden() for i in range(2)] == [True, False]
    for i in range(2):
        dialog.list.item(i).setSelected(True)
    for evidence_id in dialog.chosen():
        window.session.link(evidence_id, ["4.2.1"])
    assert ws.get_evidence(a.id).links == ("1.1.1", "4.2.1")
    assert ws.get_evidence(b.id).links == ("4.2.1",)
    window.open_benchmark("4.2.1")
    assert window.page.evidence.count() == 2
