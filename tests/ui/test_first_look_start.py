"""The start on the first look (issue 13): the main window is shown filled from plain sqlite3
reads (services/first_look.py) and the workspace is opened and attached after the first paint.
The window fills with the right round and benchmark; input before the attach waits for the
open and is done, never refused; a change another process made meanwhile shows after the
attach; when nothing changed, the attach changes nothing on screen; the tabs not seen at start
are built whole when first shown. A district in review (the office's feedback imported, a newer
edition named) starts on its first look too: the benchmark page shows the office's verdict and
comment and the status bar the newer-edition flag before the store is imported."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QWidget

from sealdesk.domain.status import Status
from sealdesk.services.workspace import Workspace
from sealdesk.ui import i18n
from sealdesk.ui.main import StartCover, setup_application, window_on_first_look
from sealdesk.ui.mainwindow import LAZY_TABS, MainWindow
from sealdesk.ui.rounds import remember_round
from sealdesk.ui.session import ui_key
from tests.fresh_process import run_fresh
from tests.ui.test_startup_order import ShowLog, _run, _when_shown

ROOT = Path(__file__).resolve().parents[2]


def _workspace(folder: Path) -> None:
    with Workspace.create(folder, "1004", 2568, actor="a") as ws:
        ws.assess("1.1.1", Status.MET, "แผนปฏิบัติการ")
        ws.assess("2.2.1", Status.PARTIALLY_MET, "ข้อมูลจำแนกตามเพศ")
        ws.add_round(2569)
        ws.assess("1.1.1", Status.NOT_MET, "ปีใหม่", round_be=2569)


class AttachLog(QObject):
    """For every main window shown: was its Session attached at that moment?"""

    def __init__(self) -> None:
        super().__init__()
        self.attached_when_shown: list[bool] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, MainWindow):
            self.attached_when_shown.append(watched.session.is_attached)
        return False


def test_the_window_is_shown_from_the_first_look_and_attached_after(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    folder = tmp_path / "ws"
    _workspace(folder)
    setup_application()
    remember_round(ui_key(folder), 2568)
    QSettings().setValue(f"{ui_key(folder)}/last_benchmark", "2.2.1")
    after: dict[str, object] = {}

    def close_main() -> None:
        window = next(
            w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
        )
        qtbot.waitUntil(lambda: window.session.is_attached, timeout=20_000)
        after["round_label"] = window.round_label.text()
        after["page"] = window.page.code
        after["status"] = window.page.status.currentData()
        window.close()
        QApplication.quit()

    _when_shown(MainWindow, close_main)
    attach_log = AttachLog()
    QApplication.instance().installEventFilter(attach_log)
    log = ShowLog()
    try:
        assert _run(folder, "en", log) == 0
    finally:
        QApplication.instance().removeEventFilter(attach_log)

    kinds = [s["kind"] for s in log.shown]
    assert "StartCover" not in kinds  # no cover: the filled window is the first thing shown
    main = next(s for s in log.shown if s["kind"] == "MainWindow")
    assert main["rows"] > 0  # type: ignore[operator]
    assert main["round"] == 2568 and "2568" in str(main["round_label"])
    assert main["page"] == "2.2.1" and main["enabled"] is True
    assert log.shown.count(main) == 1  # shown once, not rebuilt at the attach
    assert attach_log.attached_when_shown[0] is False  # shown before the store was opened
    assert after == {
        "round_label": main["round_label"],
        "page": "2.2.1",
        "status": Status.PARTIALLY_MET.value,
    }


def test_an_outdated_schema_takes_the_cover_and_is_migrated(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A later SealDesk's migration: the first look declines, the cover is shown and the open
    migrates the workspace with Alembic; then the filled window."""

    from tests.foundation.test_migrate_on_open import use_later_migrations

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    folder = tmp_path / "ws"
    _workspace(folder)
    use_later_migrations(tmp_path, monkeypatch)
    upgrades: list[str] = []
    real_upgrade = __import__("alembic.command", fromlist=["upgrade"]).upgrade
    monkeypatch.setattr(
        "alembic.command.upgrade",
        lambda config, target: (upgrades.append(target), real_upgrade(config, target)),
    )

    def close_main() -> None:
        window = next(
            w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
        )
        window.close()
        QApplication.quit()

    _when_shown(MainWindow, close_main)
    log = ShowLog()
    assert _run(folder, "en", log) == 0
    kinds = [s["kind"] for s in log.shown]
    assert kinds.index("StartCover") < kinds.index("MainWindow")
    assert upgrades == ["head"]
    main = next(s for s in log.shown if s["kind"] == "MainWindow")
    assert main["rows"] > 0  # type: ignore[operator]


def test_an_office_workspace_takes_the_normal_path(tmp_path: Path, languages) -> None:
    Workspace.create_office(tmp_path / "office", name="สำนักพัฒนาสังคม").close()
    assert window_on_first_look(tmp_path / "office", languages) is None


@pytest.fixture
def early(qtbot, tmp_path: Path, languages: i18n.Languages) -> MainWindow:
    """A main window built on the first look, shown, its workspace not opened yet."""
    _workspace(tmp_path / "ws")
    window = window_on_first_look(tmp_path / "ws", languages)
    assert window is not None
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert not window.session.is_attached
    yield window
    if window.session.is_attached:
        window.session.load().close()


def test_input_before_the_attach_waits_for_the_open_and_is_done(
    qtbot, early: MainWindow, tmp_path: Path
) -> None:
    window = early
    # a keystroke that needs no store: the checklist search filters at once
    window.focus_search()
    qtbot.keyClicks(window.search, "2.2")
    assert window.visible_codes() and all(c.startswith("2.2") for c in window.visible_codes())
    assert not window.session.is_attached
    window.search.clear()
    # an edit: the status of the benchmark shown is chosen before the workspace is open
    assert window.page.code == "1.1.1"
    combo = window.page.status
    index = combo.findData(Status.PARTIALLY_MET.value)
    combo.setCurrentIndex(index)
    combo.activated.emit(index)  # committed: the store is opened first, then the change made
    assert window.session.is_attached
    with Workspace.open(tmp_path / "ws") as other:
        assert other.assessment("1.1.1", 2569).status is Status.PARTIALLY_MET
    qtbot.waitUntil(lambda: window.session.assessments()["1.1.1"].status is Status.PARTIALLY_MET)
    assert window.page.status.currentData() == Status.PARTIALLY_MET.value


def test_a_tab_shown_before_the_attach_is_built_whole(qtbot, early: MainWindow) -> None:
    window = early
    assert not any(window.built(name) for name in LAZY_TABS)  # only what is seen at start
    window.show_tab(2)  # the dashboard scores the first look's catalog and assessments
    assert window.built("dashboard") and not window.session.is_attached
    assert window.tabs.currentWidget() is window.dashboard
    assert window.dashboard.isVisible()
    window.show_tab(1)  # the library: built when first shown, filled from the Session
    assert window.tabs.currentWidget() is window.library
    assert window.library.isVisible() and not window.session.is_attached
    window.show_tab(3)  # the inbox reads its folder's rows: the workspace is opened for it
    assert window.built("inbox") and window.session.is_attached
    assert window.tabs.currentWidget() is window.inbox


def test_a_change_by_another_process_shows_after_the_attach(
    qtbot, early: MainWindow, tmp_path: Path
) -> None:
    window = early
    assert window.page.code == "1.1.1"
    assert window.page.narrative.toPlainText() == "ปีใหม่"
    code = (
        "from pathlib import Path\n"
        "from sealdesk.services.workspace import Workspace\n"
        f"with Workspace.open(Path({str(tmp_path / 'ws')!r})) as ws:\n"
        "    ws.assess('1.1.1', 'met', 'จากอีกโปรแกรม', round_be=2569)\n"
    )
    subprocess.run(
        [sys.executable, "-c", code], check=True, env={"PYTHONPATH": str(ROOT), "PATH": "/bin"}
    )
    assert window.page.narrative.toPlainText() == "ปีใหม่"  # the first look, still
    window.session.load()
    qtbot.waitUntil(lambda: window.page.narrative.toPlainText() == "จากอีกโปรแกรม")
    assert window.page.status.currentData() == Status.MET.value
    assert window.session.assessments()["1.1.1"].status is Status.MET


def _picture(window: QWidget) -> QImage:
    QCoreApplication.processEvents()
    return window.grab().toImage()


def test_the_attach_changes_nothing_on_screen_when_nothing_changed(
    qtbot, early: MainWindow
) -> None:
    window = early
    window.setFocus(Qt.FocusReason.OtherFocusReason)
    before = _picture(window)
    window.session.load()
    qtbot.wait(50)  # anything the attach scheduled has run
    assert window.session.is_attached
    assert window.built("inbox")  # the inbox (its count, its folder watcher) once attached
    assert _picture(window) == before
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, StartCover)]


# --- a district in review (issue 15): the office's feedback and a newer edition -------------------


def _reviewed(ws: Workspace) -> tuple[str, str, str]:
    """(code, verdict, comment) of a benchmark the office's latest feedback commented on."""
    (feedback,) = ws.feedback_list()
    review = next(r for r in feedback.reviews if r.comment)
    return review.benchmark_code, review.verdict.value, review.comment


def test_a_district_in_review_starts_on_its_first_look_with_the_offices_feedback(
    qtbot, tmp_path: Path, languages: i18n.Languages
) -> None:
    from sealdesk.domain.review import Verdict
    from sealdesk.ui.feedback_view import verdict_text
    from tests.foundation.test_first_look import district_in_review

    ws, notes = district_in_review(tmp_path, 4)  # returned, a newer edition named, an action taken
    assert {"edition", "returned", "taken"} <= set(notes)
    code, verdict, comment = _reviewed(ws)
    items = ws.open_feedback()
    ws.close()
    window = window_on_first_look(ws.path, languages)
    assert window is not None, "a district in review starts on its first look"
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.open_benchmark(code)
    box = window.page.office_feedback
    shown = {
        "flag": window.newer_edition_flag.isVisible(),
        "flag_text": window.newer_edition_flag.text(),
        "box": box.isVisible(),
        "verdict": box.verdict.text(),
        "comment": box.comment.text(),
    }
    assert not window.session.is_attached  # all of it from the first look
    assert shown["flag"] and "2026.1" in shown["flag_text"]
    assert shown["box"] and verdict_text(Verdict(verdict)) in shown["verdict"]
    assert shown["comment"] == comment
    taken = next(i for i in items if i.action is not None and i.action_taken)
    window.open_benchmark(taken.benchmark_code)  # its action is in the plan already
    assert box.take_button.isVisible() and not box.take_button.isEnabled()
    assert not window.session.is_attached
    window.open_benchmark(code)
    window.session.load()  # the workspace attached: the same feedback, nothing moves
    qtbot.wait(50)
    assert window.session.is_attached
    assert window.newer_edition_flag.isVisible()
    assert window.newer_edition_flag.text() == shown["flag_text"]
    assert box.isVisible() and box.verdict.text() == shown["verdict"]
    assert box.comment.text() == comment
    window.session.load().close()


def test_the_app_shows_a_district_in_review_before_importing_the_store(tmp_path: Path) -> None:
    """In a fresh process: the window with the office's verdict and the newer-edition flag is
    shown with neither SQLAlchemy nor the store imported."""
    from tests.foundation.test_first_look import district_in_review

    ws, _notes = district_in_review(tmp_path, 3)  # returned, a newer edition named, answered
    code, verdict, comment = _reviewed(ws)
    ws.close()
    script = (
        "import json, sys\n"
        "from pathlib import Path\n"
        "from sealdesk.ui import i18n\n"
        "from sealdesk.ui.main import setup_application, window_on_first_look\n"
        "app = setup_application()\n"
        "languages = i18n.Languages(app)\n"
        "languages.set_language('en')\n"
        f"window = window_on_first_look(Path({str(ws.path)!r}), languages)\n"
        "window.show()\n"
        "app.processEvents()\n"
        f"window.open_benchmark({code!r})\n"
        "app.processEvents()\n"
        "box = window.page.office_feedback\n"
        "print(json.dumps({\n"
        "    'attached': window.session.is_attached,\n"
        "    'visible': window.isVisible(),\n"
        "    'flag': window.newer_edition_flag.isVisible(),\n"
        "    'box': box.isVisible(),\n"
        "    'verdict': box.verdict.text(),\n"
        "    'comment': box.comment.text(),\n"
        "}))\n"
    )
    home = tmp_path / "home"
    home.mkdir()
    store = ("sqlalchemy", "alembic", "sealdesk.store.models*", "sealdesk.services.feedback*")
    out = run_fresh(script, watch=(*store, "sealdesk.services.catalog_editions*"), home=home)
    assert out.returncode == 0, out.stderr
    import json

    shown = json.loads(out.last_line)
    assert out.modules == [] and shown["attached"] is False
    assert shown["visible"] and shown["flag"] and shown["box"]
    labels = {"meets": "Meets", "partly_meets": "Partly meets", "does_not_meet": "Does not meet"}
    labels |= {"evidence_insufficient": "Evidence insufficient", "na_agreed": "N/A agreed"}
    assert labels[verdict] in shown["verdict"]
    assert shown["comment"] == comment
