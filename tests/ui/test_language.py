"""Switching the language at run time: every visible text changes, no restart; remembered."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QSettings
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from sealdesk.domain.status import Status
from sealdesk.services.workspace import Workspace
from sealdesk.ui import i18n
from sealdesk.ui.main import choose_language
from sealdesk.ui.mainwindow import MainWindow
from sealdesk.ui.models import ChecklistModel


def texts(window: MainWindow) -> dict[str, str]:
    return {
        "file": window.menus.menus["file"].title(),
        "tab": window.tabs.tabText(1),
        "search": window.search.placeholderText(),
        "saved": window.saved_label.text(),
        "round": window.round_label.text(),
        "header": window.model.headerData(1, window.tree.header().orientation(), 0),
        "title": window.model.index_of("1.1.1", ChecklistModel.TITLE).data(),
        "status": window.model.index_of("1.1.1", ChecklistModel.STATUS).data(),
        "page": window.page.title.plain_text(),
        "box": window.page.narrative_box.title(),
        "combo": window.page.status.itemText(window.page.status.findData(Status.MET.value)),
        "level": window.dashboard.level.text(),
        "show": window.show_filter.itemText(0),
        "window": window.windowTitle(),
    }


def test_switch_to_english_and_back_without_restart(qtbot, window: MainWindow) -> None:
    window.open_benchmark("1.1.1")
    thai = texts(window)
    assert thai["file"] == "แฟ้ม(&F)"
    assert thai["tab"] == "คลังหลักฐาน"
    assert thai["status"] == "ยังไม่เริ่ม"
    assert thai["level"] == "ระดับที่คาดว่าจะได้: ยังไม่ถึงระดับทองแดง"
    assert "บางรัก" in thai["window"]

    window.menus.language_actions["en"].trigger()
    english = texts(window)
    assert english == {
        "file": "&File",
        "tab": "Evidence library",
        "search": "Find a benchmark: code, Thai or English words",
        "saved": "All changes saved",
        "round": "Round 2569",
        "header": "Benchmark",
        "title": "The annual action plan sets gender equality goals",
        "status": "Not started",
        "page": "1.1.1  The annual action plan sets gender equality goals",
        "box": "Na&rrative (saved automatically)",
        "combo": "Met",
        "level": "Projected level: not yet Bronze",
        "show": "All benchmarks",
        "window": "SealDesk — Bang Rak district office",
    }
    assert window.menus.language_actions["en"].isChecked()
    assert QSettings().value("language") == "en"
    assert choose_language(None) == "en"

    window.menus.language_actions["th"].trigger()
    assert texts(window) == thai


def test_qt_standard_buttons_are_thai(qtbot, languages: i18n.Languages) -> None:
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok
        | QDialogButtonBox.StandardButton.Cancel
        | QDialogButtonBox.StandardButton.Save
        | QDialogButtonBox.StandardButton.Close
    )
    qtbot.addWidget(box)
    assert box.button(QDialogButtonBox.StandardButton.Ok).text() == "ตกลง"
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "ยกเลิก"
    assert box.button(QDialogButtonBox.StandardButton.Save).text() == "บันทึก"
    languages.set_language("en")
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Cancel"
    languages.set_language("th")
    message = QMessageBox(
        QMessageBox.Icon.Question,
        "t",
        "q",
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
    )
    qtbot.addWidget(message)
    assert message.button(QMessageBox.StandardButton.Yes).text() == "ใช่(&Y)"


def test_dates_follow_the_language(qtbot, window: MainWindow, ws: Workspace, tmp_path) -> None:
    from datetime import date

    path = tmp_path / "a.pdf"
    path.write_bytes(b"%PDF-1.4 a")
    ws.add_evidence(path, ["1.1.1"], effective_date=date(2024, 7, 9))
    window.reload()
    window.open_benchmark("1.1.1")
    assert "9 ก.ค. 2567" in window.page.evidence.item(0).text()
    window.set_language("en")
    assert "9 Jul 2024" in window.page.evidence.item(0).text()
    window.set_language("th")


STOPPED = "Stopped; nothing half-done was kept."  # a CLI message with a Thai translation


def test_uninstall_takes_the_translators_out(qapp) -> None:
    locale = QLocale()
    languages = i18n.Languages(qapp)
    languages.set_language("th")
    try:
        assert QCoreApplication.translate("CLI", STOPPED) == "หยุดแล้ว ไม่มีงานที่ทำค้างไว้ครึ่งทางถูกบันทึก"
    finally:
        languages.uninstall()
    assert QCoreApplication.translate("CLI", STOPPED) == STOPPED
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
    languages.deleteLater()
    QLocale.setDefault(locale)


def test_a_window_in_thai(window: MainWindow) -> None:
    """Leaves the Thai UI behind for the next test (run in this order in one process)."""
    assert window.menus.menus["file"].title() == "แฟ้ม(&F)"


def test_cli_after_the_ui_speaks_english(tmp_path, capsys) -> None:
    """In-process CLI runs after UI tests print English: the ``languages`` fixture installed
    Thai for the window above and took it out again afterwards (and the CLI translates with its
    own reader of the .qm catalogs, sealdesk.qmcatalog, never through QCoreApplication)."""
    from sealdesk.cli import main

    assert QCoreApplication.translate("CLI", STOPPED) == STOPPED
    (tmp_path / "trust").mkdir()
    (tmp_path / "b.zip").write_bytes(b"not a bundle")
    code = main(
        ["verify", str(tmp_path / "b.zip"), "--trust", str(tmp_path / "trust"), "--lang", "en"]
    )
    assert code != 0
    err = capsys.readouterr().err
    assert "is not a minisign public key" in err
    assert not any("\u0e00" <= ch <= "\u0e7f" for ch in err)
