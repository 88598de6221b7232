"""The entry point the composition root calls: run(workspace_dir, lang) -> exit code."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QMessageBox

from sealdesk.services.workspace import Workspace
from sealdesk.ui import i18n
from sealdesk.ui.firstrun import FirstRunDialog
from sealdesk.ui.main import run
from sealdesk.ui.mainwindow import MainWindow


def _later(action) -> None:
    """Runs ``action`` once run() shows what the test acts on (a dialog, a message or the main
    window), however long the start takes: the start cover lets timers run before that."""

    def attempt() -> None:
        kinds = (MainWindow, FirstRunDialog, QMessageBox)
        if any(isinstance(w, kinds) and w.isVisible() for w in QApplication.topLevelWidgets()):
            action()
        else:
            QTimer.singleShot(50, attempt)

    QTimer.singleShot(300, attempt)


def run_once(folder: Path, lang: str) -> int:
    """run(), then drop the Quit events closing the last window leaves for the next loop."""
    try:
        return run(folder, lang)
    finally:
        QCoreApplication.removePostedEvents(None, QEvent.Type.Quit)


def test_run_first_time_then_reopen(qtbot, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    folder = tmp_path / "ws"
    seen: dict[str, object] = {}

    def fill_first_run() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, FirstRunDialog))
        seen["font"] = QApplication.font().family()
        seen["lang"] = i18n.current()
        dialog.district_search.setText("Bang Rak")
        dialog.clerk.setText("สมศรี")
        dialog.create()
        _later(close_main)

    def close_main() -> None:
        window = next(
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, MainWindow) and w.isVisible()  # not a closed one of an earlier test
        )
        seen["title"] = window.windowTitle()
        window.open_benchmark("2.2.1")
        window.close()
        QApplication.quit()

    _later(fill_first_run)
    assert run_once(folder, "th") == 0
    assert seen["font"] == "Sarabun"
    assert seen["lang"] == "th"
    assert "บางรัก" in str(seen["title"])
    with Workspace.open(folder) as ws:
        assert ws.get_setting("clerk") == "สมศรี"

    # Second start: straight into the window, at the benchmark left open, in English.
    def check_and_close() -> None:
        window = next(
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, MainWindow) and w.isVisible()  # not a closed one of an earlier test
        )
        seen["page"] = window.page.code
        seen["actor"] = window.session.clerk
        seen["menu"] = window.menus.menus["file"].title()
        window.close()
        QApplication.quit()

    _later(check_and_close)
    assert run_once(folder, "en") == 0
    assert seen["page"] == "2.2.1"
    assert seen["actor"] == "สมศรี"
    assert seen["menu"] == "&File"
    assert (folder / "logs" / "sealdesk.log").exists()
    assert QFont().family() == "Sarabun"


def test_run_with_a_broken_workspace_says_so(qtbot, tmp_path: Path) -> None:
    folder = tmp_path / "broken"
    folder.mkdir()
    (folder / "sealdesk.db").write_bytes(b"this is not a database")

    def dismiss() -> None:
        boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]
        seen.extend(box.text() for box in boxes)
        for box in boxes:
            box.accept()

    seen: list[str] = []
    _later(dismiss)
    assert run_once(folder, "th") == 2
    assert seen and "Traceback" not in seen[0] and "sealdesk.db" in seen[0]


def test_the_command_line_in_thai_hands_over_to_the_desktop_app() -> None:
    """Plain `sealdesk` with Thai messages: no console-only QCoreApplication may exist before
    the app makes its QApplication (that crashed the app at start-up on Thai PCs)."""
    import os
    import subprocess

    code = (
        "import sealdesk.ui.main as ui_main\n"
        "from PySide6.QtWidgets import QApplication, QWidget\n"
        "def fake_run(folder, lang):\n"
        "    app = ui_main.setup_application()\n"
        "    assert isinstance(app, QApplication), type(app)\n"
        "    QWidget().show()\n"
        "    print(app.font().family())\n"
        "    return 0\n"
        "ui_main.run = fake_run\n"
        "from sealdesk.app import main\n"
        "raise SystemExit(main(['--lang', 'th']))\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", SEALDESK_LANG="th")
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "Sarabun"
