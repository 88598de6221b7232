"""UI fixtures: a real QApplication with the bundled fonts and compiled translations, isolated
QSettings, and a main window on a real workspace in a temporary folder."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings, Qt
from PySide6.QtWidgets import QApplication

from sealdesk.services.workspace import Workspace
from sealdesk.ui import i18n
from sealdesk.ui.main import build_main_window, load_fonts
from sealdesk.ui.mainwindow import MainWindow

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session", autouse=True)
def compiled_translations() -> None:
    """The .qm files are build output: compile them from the .ts sources once per run."""
    subprocess.run([sys.executable, str(ROOT / "scripts" / "build_translations.py")], check=True)


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    folder = tmp_path_factory.mktemp("settings")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    QCoreApplication.setOrganizationName("SealDeskTest")
    QCoreApplication.setApplicationName("SealDeskTest")
    yield folder


@pytest.fixture
def jobs_finished(qtbot, monkeypatch: pytest.MonkeyPatch) -> list:
    """One waiter per background job started during the test, connected before the job
    starts (a job that ends at once is never missed): ``jobs_finished[-1].wait()``."""
    from sealdesk.ui import jobs

    waiters: list = []
    start = jobs.start

    def start_and_wait(job: jobs.Job) -> jobs.Job:
        waiters.append(qtbot.waitSignal(job.finished, timeout=60_000))
        return start(job)

    monkeypatch.setattr(jobs, "start", start_and_wait)
    return waiters


@pytest.fixture
def languages(qapp: QApplication) -> Iterator[i18n.Languages]:
    """The app's languages, Thai first. Afterwards the process is as before: no translator
    left installed (or the in-process CLI tests that follow would print Thai), the same default
    locale and dialog choice; ``i18n.current()`` is Thai, its starting value."""
    load_fonts()
    locale = QLocale()
    native = QCoreApplication.testAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs)
    langs = i18n.Languages(qapp)
    langs.set_language("th")
    yield langs
    langs.set_language("th")
    langs.uninstall()
    QLocale.setDefault(locale)
    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs, native)
    langs.deleteLater()


@pytest.fixture
def ws(tmp_path: Path) -> Iterator[Workspace]:
    workspace = Workspace.create(tmp_path / "ws", "1004", 2569, actor="สมหญิง ใจดี")
    try:
        yield workspace
    finally:
        workspace.close()


@pytest.fixture
def window(qtbot, ws: Workspace, languages: i18n.Languages) -> MainWindow:
    win = build_main_window(ws, languages)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win
