"""The start-up order (issue 13): a cover appears before the workspace is opened; the main window
is first shown filled (the round and benchmark left open, the checklist, the status bar with the
round); nothing half-built is ever shown or clickable."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QWidget

from sealdesk.domain.status import Status
from sealdesk.services.workspace import Workspace
from sealdesk.ui import main as ui_main
from sealdesk.ui.firstrun import FirstRunDialog
from sealdesk.ui.main import StartCover, run, setup_application
from sealdesk.ui.mainwindow import MainWindow
from sealdesk.ui.rounds import remember_round
from sealdesk.ui.session import ui_key


class ShowLog(QObject):
    """Records every window shown, with what it showed at that moment."""

    def __init__(self) -> None:
        super().__init__()
        self.shown: list[dict[str, object]] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget) and watched.isWindow():
            state: dict[str, object] = {"kind": type(watched).__name__}
            if isinstance(watched, StartCover):
                state |= {"inputs": _inputs(watched), "text": watched.label.text()}
            if isinstance(watched, MainWindow):
                state |= {
                    "rows": watched.tree.model().rowCount(),
                    "round_label": watched.round_label.text(),
                    "round": watched.session.round,
                    "page": watched.page.code,
                    "enabled": watched.isEnabled(),
                    "covers_visible": [
                        w.isVisible()
                        for w in QApplication.topLevelWidgets()
                        if isinstance(w, StartCover)
                    ],
                }
            self.shown.append(state)
        return False


def _run(folder: Path, lang: str, log: ShowLog) -> int:
    app = QApplication.instance()
    app.installEventFilter(log)
    try:
        return run(folder, lang)
    finally:
        app.removeEventFilter(log)
        QCoreApplication.removePostedEvents(None, QEvent.Type.Quit)
        # no window of this start may linger into the next test
        for window in QApplication.topLevelWidgets():
            if isinstance(window, MainWindow | FirstRunDialog | StartCover | QMessageBox):
                window.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _when_shown(kind: type, action) -> None:  # type: ignore[no-untyped-def]
    """Runs ``action`` once a window of ``kind`` is visible, however long the start takes."""

    def attempt() -> None:
        if any(isinstance(w, kind) and w.isVisible() for w in QApplication.topLevelWidgets()):
            action()
        else:
            QTimer.singleShot(50, attempt)

    QTimer.singleShot(50, attempt)


def _inputs(window: QWidget) -> list[QWidget]:
    """The widgets of ``window`` that could take a click or a key: focusable ones, text that
    reacts to the mouse or keyboard."""
    widgets = [window, *window.findChildren(QWidget)]
    return [
        w
        for w in widgets
        if w.focusPolicy() != Qt.FocusPolicy.NoFocus
        or (
            isinstance(w, QLabel)
            and w.textInteractionFlags() != Qt.TextInteractionFlag.NoTextInteraction
        )
    ]


def _visible_covers() -> list[QWidget]:
    return [
        w for w in QApplication.topLevelWidgets() if isinstance(w, StartCover) and w.isVisible()
    ]


def test_the_cover_comes_first_and_the_window_is_shown_filled(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    # the normal path: no first look (a schema to migrate, a round with the office's feedback;
    # tests/ui/test_first_look_start.py starts on the first look)
    monkeypatch.setattr(ui_main, "window_on_first_look", lambda folder, languages: None)
    folder = tmp_path / "ws"
    with Workspace.create(folder, "1004", 2568, actor="a") as ws:
        ws.assess("1.1.1", Status.MET, "แผนปฏิบัติการ")
        ws.add_round(2569)
    setup_application()  # the names run() uses for QSettings (in the test's settings folder)
    remember_round(ui_key(folder), 2568)
    QSettings().setValue(f"{ui_key(folder)}/last_benchmark", "2.2.1")

    at_open: list[list[bool]] = []
    real_open = ui_main.open_workspace

    def spy_open(where: Path, languages):  # type: ignore[no-untyped-def]
        at_open.append([w.isVisible() and not _inputs(w) for w in _visible_covers()])
        return real_open(where, languages)

    monkeypatch.setattr(ui_main, "open_workspace", spy_open)
    after: dict[str, object] = {}

    def close_main() -> None:
        window = next(
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, MainWindow) and w.isVisible()  # not a hidden one of an earlier test
        )
        after["covers"] = len(_visible_covers())
        after["round_label"] = window.round_label.text()
        window.close()
        QApplication.quit()

    _when_shown(MainWindow, close_main)
    log = ShowLog()
    assert _run(folder, "en", log) == 0

    assert at_open == [[True]]  # the cover was up, and not clickable, while the store opened
    kinds = [s["kind"] for s in log.shown]
    assert kinds.index("StartCover") < kinds.index("MainWindow")
    cover = next(s for s in log.shown if s["kind"] == "StartCover")
    assert cover["inputs"] == [] and str(folder) in str(cover["text"])
    main = next(s for s in log.shown if s["kind"] == "MainWindow")
    assert main["rows"] > 0  # type: ignore[operator]
    assert main["round"] == 2568 and "2568" in str(main["round_label"])
    assert main["page"] == "2.2.1"
    assert main["enabled"] is True
    assert log.shown.count(main) == 1  # shown once, not rebuilt
    assert after == {"covers": 0, "round_label": main["round_label"]}


def test_no_cover_on_the_first_run(qtbot, tmp_path: Path) -> None:
    def cancel_first_run() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, FirstRunDialog))
        dialog.reject()

    _when_shown(FirstRunDialog, cancel_first_run)
    log = ShowLog()
    assert _run(tmp_path / "new", "th", log) == 1
    assert "StartCover" not in [s["kind"] for s in log.shown]


def test_the_cover_is_gone_when_a_broken_workspace_is_reported(qtbot, tmp_path: Path) -> None:
    folder = tmp_path / "broken"
    folder.mkdir()
    (folder / "sealdesk.db").write_bytes(b"this is not a database")
    seen: list[int] = []

    def dismiss() -> None:
        seen.append(len(_visible_covers()))
        for box in [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]:
            box.accept()

    _when_shown(QMessageBox, dismiss)
    log = ShowLog()
    assert _run(folder, "th", log) == 2
    assert seen == [0]
    assert next(s["kind"] for s in log.shown) == "StartCover"
