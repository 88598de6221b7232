"""The coordinating office in the app: the first-run choice, the office window on a real office
(city view, common gaps, not submitted), receiving with one line per file, the exports, and a
district's submission opened read-only."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from sealdesk.domain.status import Status
from sealdesk.services.workspace import Workspace
from sealdesk.ui import i18n
from sealdesk.ui.firstrun import FirstRunDialog
from sealdesk.ui.main import build_main_window
from sealdesk.ui.office_window import OfficeWindow
from tests.city.conftest import OFFICE_NAME, Received, received  # noqa: F401
from tests.printing.print_pdftools import pdftotext


@pytest.fixture
def office(received: Received, tmp_path: Path, languages: i18n.Languages):  # noqa: F811
    folder = tmp_path / "office"
    shutil.copytree(received.office_path, folder)
    ws = Workspace.open(folder)
    window = build_main_window(ws, languages)
    yield window
    window.close()
    ws.close()


def test_first_run_creates_a_coordinating_office(
    qtbot, tmp_path: Path, languages: i18n.Languages
) -> None:
    folder = tmp_path / "office"
    dialog = FirstRunDialog(folder, languages)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.kind_district.isChecked() and not dialog.office_name.isVisible()
    assert dialog.district_list.isVisible()
    dialog.kind_office.setChecked(True)
    assert dialog.office_name.isVisible() and not dialog.district_list.isVisible()
    assert not dialog.round.isVisible() and dialog.clerk.isVisible()
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    dialog.clerk.insert("สมศรี รักงาน")
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)  # no office name yet
    assert dialog.message.text() and not (folder / "sealdesk.db").exists()
    dialog.office_name.insert(OFFICE_NAME)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    ws = dialog.workspace
    assert ws is not None
    try:
        assert ws.is_office and ws.office_name == OFFICE_NAME
        assert ws.get_setting("clerk") == "สมศรี รักงาน"
        window = build_main_window(ws, languages)
        qtbot.addWidget(window)
        assert isinstance(window, OfficeWindow)
        assert window.city.model.rowCount() == 50
    finally:
        ws.close()
    # the district flow is unchanged
    dialog2 = FirstRunDialog(tmp_path / "district", languages)
    qtbot.addWidget(dialog2)
    dialog2.kind_office.setChecked(True)
    dialog2.kind_district.setChecked(True)
    dialog2.select_district("1004")
    dialog2.clerk.insert("สมศรี")
    with qtbot.waitSignal(dialog2.accepted):
        dialog2.create()
    assert dialog2.workspace is not None and not dialog2.workspace.is_office
    dialog2.workspace.close()


def test_office_window_shows_the_city(qtbot, office: OfficeWindow) -> None:
    window = office
    qtbot.addWidget(window)
    assert window.heading.text() == OFFICE_NAME
    assert window.city.model.rowCount() == 50
    assert window.round.currentData() == 2569
    assert "2" in window.summary.text() and "50" in window.summary.text()
    silent = [
        window.silent.item(i).data(Qt.ItemDataRole.UserRole) for i in range(window.silent.count())
    ]
    assert len(silent) == 48 and "1001" not in silent and "1003" in silent
    assert window.gaps.count() >= 1
    first_gap = window.gaps.item(0).data(Qt.ItemDataRole.UserRole)
    assert first_gap in {c.code for c in window.city.model.columns}


def test_receive_a_bundle_and_a_refused_file(
    qtbot,
    office: OfficeWindow,
    received: Received,  # noqa: F811
    tmp_path: Path,
    jobs_finished,
) -> None:
    window = office
    qtbot.addWidget(window)
    junk = tmp_path / "not-a-bundle.zip"
    junk.write_bytes(b"PK\x03\x04 broken")
    with qtbot.waitSignal(window.session.bundles_received, timeout=60_000):
        window.receive([received.bundles["1003"], junk])
        jobs_finished[-1].wait()
    lines = [window.results.item(i).text() for i in range(window.results.count())]
    assert len(lines) == 2
    assert any(line.startswith("1003-2569.zip:") for line in lines)
    assert any(line.startswith("not-a-bundle.zip:") for line in lines)
    # the city view refreshed through the session's signal
    rows = {r.district_code: r for r in window.city.model.rows}
    assert rows["1003"].state.value != "none"
    assert window.silent.count() == 47
    assert window.intake_job is None and not window.progress.isVisible()


def test_export_and_city_report_from_the_window(
    qtbot, office: OfficeWindow, tmp_path: Path, jobs_finished
) -> None:
    window = office
    qtbot.addWidget(window)
    path = window.export_to(tmp_path / "city.xlsx")
    assert path is not None
    assert load_workbook(path).worksheets[0].max_row == 52
    window.report_to(tmp_path / "city.pdf")
    jobs_finished[-1].wait()
    assert "รายงานภาพรวม" in "".join(pdftotext(tmp_path / "city.pdf").split())


def test_a_district_opens_read_only(qtbot, office: OfficeWindow) -> None:
    window = office
    qtbot.addWidget(window)
    window.open_district("1001")
    dialog = window.district_dialog
    sub = dialog.submission
    assert sub.district_code == "1001"
    assert dialog.benchmarks.topLevelItemCount() == len(sub.assessments)
    met = next(a for a in sub.assessments if a.status is Status.MET)
    assert "1001" in met.narrative
    for i in range(dialog.benchmarks.topLevelItemCount()):
        item = dialog.benchmarks.topLevelItem(i)
        if item.text(0).startswith(met.code):
            dialog.benchmarks.setCurrentItem(item)
    assert met.narrative in dialog.detail.toPlainText()
    assert dialog.evidence.count() == len(sub.evidence) == 2
    names = [dialog.evidence.item(i).text() for i in range(dialog.evidence.count())]
    assert any("หนังสือเวียน" in n for n in names)
    pdf_row = next(i for i, e in enumerate(sub.evidence) if e.media_type == "application/pdf")
    dialog.evidence.setCurrentRow(pdf_row)
    copy = dialog._named_copy(sub.evidence[pdf_row].sha256, sub.evidence[pdf_row].name)
    assert copy is not None and copy.read_bytes().startswith(b"%PDF")
    # nothing to open for a bundle sent without the checklist PDF
    assert dialog.checklist_pdf.isEnabled() == (sub.checklist_pdf_sha256 is not None)
    dialog.close()


def test_the_intake_folder_once_and_watched(
    qtbot,
    office: OfficeWindow,
    received: Received,  # noqa: F811
    tmp_path: Path,
    jobs_finished,
) -> None:
    from PySide6.QtCore import QSettings

    from sealdesk.ui.office_window import INTAKE_FOLDER_KEY

    window = office
    qtbot.addWidget(window)
    intake = tmp_path / "intake"
    intake.mkdir()
    QSettings().setValue(INTAKE_FOLDER_KEY, str(intake))
    shutil.copy(received.bundles["1001"], intake / "again-1001.zip")  # already taken in
    (intake / "~$lock.tmp").write_bytes(b"junk")  # junk stays
    window.receive_intake_folder()
    jobs_finished[-1].wait()
    lines = [window.results.item(i).text() for i in range(window.results.count())]
    assert len(lines) == 1 and "again-1001.zip" in lines[0]
    # watched: a bundle saved into the folder is taken in while the window is open
    window.watch_box.setChecked(True)
    assert window.session.watching
    with qtbot.waitSignal(window.session.bundles_received, timeout=60_000):
        shutil.copy(received.bundles["1003"], intake / "1003.zip")
    qtbot.waitUntil(lambda: window.silent.count() == 47, timeout=10_000)
    qtbot.waitUntil(
        lambda: any(
            "1003.zip" in window.results.item(i).text() for i in range(window.results.count())
        ),
        timeout=10_000,
    )
    window.watch_box.setChecked(False)
    assert not window.session.watching


def test_the_signed_checklist_pdf_of_a_district(qtbot, office: OfficeWindow) -> None:
    window = office
    qtbot.addWidget(window)
    window.open_district("1002")
    dialog = window.district_dialog
    assert dialog.checklist_pdf.isEnabled()
    path = dialog.checklist_path()
    assert path is not None and path.suffix == ".pdf"
    text = "".join(pdftotext(path).split())
    assert "ดุสิต" in text  # the district's own filled checklist
    dialog.close()


def test_the_office_window_changes_language(qtbot, office: OfficeWindow) -> None:
    window = office
    qtbot.addWidget(window)
    assert window.receive_button.text() == "รับชุดข้อมูล..."
    first = window.city.model.index(0, 0).data()
    assert "พระนคร" in first
    window.language.setCurrentIndex(window.language.findData("en"))
    assert window.receive_button.text() == "Receive bundles..."
    assert "Phra Nakhon" in window.city.model.index(0, 0).data()
    assert window.city.legend.names[None].text() == "Nothing received"
    assert window.city.model.headerData(1, Qt.Orientation.Horizontal, 0) == "State"
    window.language.setCurrentIndex(window.language.findData("th"))
    assert window.city.model.headerData(1, Qt.Orientation.Horizontal, 0) == "สถานะ"


def test_bundles_dropped_on_the_window_are_received(
    qtbot,
    office: OfficeWindow,
    received: Received,  # noqa: F811
    jobs_finished,
) -> None:
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDropEvent

    window = office
    qtbot.addWidget(window)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(received.bundles["1003"]))])
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(event)
    assert not window.progress.isHidden()  # off the UI thread, with progress
    jobs_finished[-1].wait()
    assert window.results.count() == 1 and "1003" in window.results.item(0).text()
    qtbot.waitUntil(lambda: window.silent.count() == 47, timeout=10_000)


def test_due_dates_in_the_read_only_view_are_buddhist_era_in_thai(
    languages: i18n.Languages,
) -> None:
    from sealdesk.ui.district_view import _due

    assert _due("2026-12-31") == "31 ธ.ค. 2569"
    assert _due(None) == "-" and _due("soon") == "soon"
    languages.set_language("en")
    assert _due("2026-12-31") == "31 Dec 2026"


def test_every_office_control_is_reached_by_tab_and_the_publish_link_by_enter(
    qtbot, office: OfficeWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The controls issues 15, 17 and 18 added (review, the lock, the publish link) are in the
    Tab chain, and Enter on the publish link starts publishing: a keyboard-only clerk reaches
    them all."""
    from sealdesk.ui import office_window as office_window_module

    office.show()
    chain = []
    widget = office.receive_button
    for _ in range(80):
        chain.append(widget)
        widget = widget.nextInFocusChain()
        while not (
            widget.isVisible() and widget.isEnabled() and widget.focusPolicy() & Qt.TabFocus
        ):
            widget = widget.nextInFocusChain()
        if widget is office.receive_button:
            break
    for control in (office.review_button, office.personal_button, office.publish_link):
        assert control in chain, control.objectName()
    started: list[object] = []
    monkeypatch.setattr(office_window_module, "publish_flow", lambda *a: started.append(a))
    office.activateWindow()
    office.results.setFocus()
    qtbot.waitUntil(office.results.hasFocus)
    qtbot.keyClick(office.results, Qt.Key.Key_Tab)  # from the last list, as a clerk tabs
    assert office.publish_link.hasFocus()
    qtbot.keyClick(office.publish_link, Qt.Key.Key_Tab)  # onto its link, as in a browser
    assert office.publish_link.hasFocus()
    qtbot.keyClick(office.publish_link, Qt.Key.Key_Return)
    assert started
