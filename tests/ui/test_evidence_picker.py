"""Adding files always says, and lets the clerk choose, which benchmarks get them (issue 12)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog

from sealdesk.domain.status import Status
from sealdesk.services.workspace import Workspace
from sealdesk.ui.benchmark_picker import BenchmarkPicker, ChooseBenchmarksDialog
from sealdesk.ui.mainwindow import MainWindow

from .helpers import make_file, tiny_pdf


def test_the_picker_finds_by_code_or_words_and_shows_what_is_chosen(
    qtbot, window: MainWindow, ws: Workspace
) -> None:
    ws.assess("1.1.2", status=Status.NOT_APPLICABLE, justification="ไม่มีหน่วยงานนี้")
    picker = BenchmarkPicker(window.session, ())
    qtbot.addWidget(picker)
    assert picker.chosen() == []
    assert "คลังหลักฐานเท่านั้น" in picker.summary.plain_text()

    picker.search.setText("1.4")
    assert picker.visible_codes() and all(c.startswith("1.4") for c in picker.visible_codes())
    assert len(picker.visible_codes()) < picker.list.count()
    picker.search.setText("๑.๑")  # Thai digits find the same codes
    assert picker.visible_codes() and all(c.startswith("1.1") for c in picker.visible_codes())

    title = window.session.catalog.benchmark("2.1.1").title
    word = title.th.split()[0][:6]
    picker.search.setText(word)
    assert "2.1.1" in picker.visible_codes()
    picker.search.setText(title.en.split()[0])
    assert "2.1.1" in picker.visible_codes()

    picker.search.setText("1.1.2")
    qtbot.keyClick(picker.search, Qt.Key.Key_Return)  # Enter ticks the one match
    picker.set_checked("2.1.1", True)
    assert picker.chosen() == ["1.1.2", "2.1.1"]
    assert "1.1.2, 2.1.1" in picker.summary.plain_text()
    assert "ไม่เกี่ยวข้อง: 1.1.2" in picker.summary.plain_text()  # the N/A one is named
    entry = picker._entry("1.1.2")
    assert entry is not None and "ไม่เกี่ยวข้อง" in entry.toolTip()  # the N/A status shows


def test_filing_needs_a_benchmark_and_the_greyed_button_says_why(qtbot, window: MainWindow) -> None:
    dialog = ChooseBenchmarksDialog(
        window, window.session, "t", "i", ["a.pdf"], "File", need_one=True
    )
    qtbot.addWidget(dialog)
    assert not dialog.ok.isEnabled() and dialog.ok.toolTip()
    dialog.picker.set_checked("3.1.1", True)
    assert dialog.ok.isEnabled() and not dialog.ok.toolTip()


def answer_dialog(qtbot, act: Callable[[ChooseBenchmarksDialog], None]) -> list[str]:
    """Acts on the modal picker dialog once it is up; returns the codes it showed ticked."""
    seen: list[str] = []

    def act_when_shown() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ChooseBenchmarksDialog):
            QTimer.singleShot(20, act_when_shown)
            return
        seen.extend(dialog.chosen())
        act(dialog)

    QTimer.singleShot(0, act_when_shown)
    return seen


@pytest.fixture
def two_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    files = [
        make_file(tmp_path, "ภาพกิจกรรม.pdf", tiny_pdf("photo")),
        make_file(tmp_path, "รายงาน.pdf", tiny_pdf("report")),
    ]
    # The OS edge: the file dialog answers with these two files.
    monkeypatch.setattr(
        QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(f) for f in files], "")
    )
    return files


def test_adding_from_the_library_never_links_to_the_last_benchmark(
    qtbot, window: MainWindow, ws: Workspace, two_files, jobs_finished
) -> None:
    window.open_benchmark("1.1.2")  # the last benchmark opened
    window.tabs.setCurrentWidget(window.library)

    def tick_and_add(dialog: ChooseBenchmarksDialog) -> None:
        dialog.picker.set_checked("2.1.1", True)
        dialog.accept()

    seen = answer_dialog(qtbot, tick_and_add)
    window.library.add_button.click()
    assert seen == []  # nothing pre-chosen from the library
    jobs_finished[-1].wait()
    assert {e.original_name: e.links for e in ws.evidence_list()} == {
        "ภาพกิจกรรม.pdf": ("2.1.1",),
        "รายงาน.pdf": ("2.1.1",),
    }


def test_the_menu_action_from_the_library_pre_chooses_nothing(
    qtbot, window: MainWindow, ws: Workspace, two_files, jobs_finished
) -> None:
    window.open_benchmark("1.1.2")
    window.tabs.setCurrentWidget(window.library)
    seen = answer_dialog(qtbot, lambda dialog: dialog.accept())
    window.add_files_here()  # File > Add files... (Ctrl+Shift+A)
    assert seen == []
    jobs_finished[-1].wait()
    assert all(e.links == () for e in ws.evidence_list())
    assert len(ws.evidence_list()) == 2


def test_from_a_benchmark_page_that_one_is_shown_and_can_be_changed(
    qtbot, window: MainWindow, ws: Workspace, two_files, jobs_finished
) -> None:
    window.open_benchmark("1.1.2")

    def change(dialog: ChooseBenchmarksDialog) -> None:
        dialog.picker.set_checked("1.1.2", False)
        dialog.picker.set_checked("1.2.1", True)
        dialog.picker.set_checked("3.1.1", True)
        dialog.accept()

    seen = answer_dialog(qtbot, change)
    window.page.add_files_button.click()
    assert seen == ["1.1.2"]
    jobs_finished[-1].wait()
    assert all(e.links == ("1.2.1", "3.1.1") for e in ws.evidence_list())


def test_cancelling_the_choice_adds_nothing(
    qtbot, window: MainWindow, ws: Workspace, two_files
) -> None:
    window.open_benchmark("1.1.2")
    seen = answer_dialog(qtbot, lambda dialog: dialog.reject())
    window.add_files_here()
    assert seen == ["1.1.2"]
    assert ws.evidence_list() == []
