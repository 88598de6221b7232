"""Entry point of the desktop app: ``run(workspace_dir, lang) -> exit code``.

Start-up order, so a window appears early and never half-built: the QApplication, its fonts
and language; then, when the folder holds a workspace, the start cover (a window with one line
of text where the main window will be, nothing to click) while the store and services are
imported, the workspace is opened and the main window is built off screen; then the main
window, filled (the checklist of the round shown last, the status bar with its round, the
benchmark left open), replaces the cover in one step. The Thai segmenter loads on a worker
thread meanwhile; the first-run dialog is imported only when there is no workspace yet.

Importing the store after Qt costs nothing extra: PySide6's import hook (shibokensupport's
``__feature__`` check) would read the source of every Python module imported after QtCore, but
the ``sealdesk.ui`` package quiets it before this module runs (see
``sealdesk.translation.quiet_feature_import_hook``).
"""

from __future__ import annotations

import importlib
import sys
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QEventLoop,
    QObject,
    QSettings,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont, QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMessageBox, QVBoxLayout, QWidget

from sealdesk.errors import SealDeskError
from sealdesk.resources import default_workspace_dir as shipped_default_workspace_dir
from sealdesk.resources import fonts_dir, icon_path
from sealdesk.ui import i18n
from sealdesk.ui.errors import install_excepthook, message_of, setup_logging

DB_NAME = "sealdesk.db"  # the same name as sealdesk.services.workspace.DB_NAME
APP_FONT = "Sarabun"


def load_fonts() -> list[str]:
    """Registers the bundled Sarabun fonts and makes Sarabun the application font."""
    families: set[str] = set()
    for ttf in sorted(fonts_dir().glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(ttf))
        if font_id >= 0:
            families.update(QFontDatabase.applicationFontFamilies(font_id))
    if APP_FONT in families:
        font = QFont(APP_FONT)
        font.setPointSize(11)
        QApplication.setFont(font)
    return sorted(families)


def setup_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    QCoreApplication.setOrganizationName("SealDesk")
    QCoreApplication.setApplicationName("SealDesk")
    app.setWindowIcon(QIcon(str(icon_path())))
    app.setDesktopFileName("th.go.bangkok.SealDesk")
    load_fonts()
    return app  # type: ignore[return-value]


def choose_language(requested: str | None) -> str:
    if requested in i18n.LANGUAGES:
        return requested  # type: ignore[return-value]
    saved = QSettings().value("language")
    if saved in i18n.LANGUAGES:
        return str(saved)
    return i18n.system_default()


def default_workspace_dir() -> Path:
    saved = QSettings().value("last_workspace")
    if saved:
        return Path(str(saved))
    return shipped_default_workspace_dir()


class StartCover(QWidget):
    """What the clerk sees while the workspace opens: a window at the place the main window will
    take (its saved geometry), saying which workspace is opening. It holds nothing to click or
    type into (one label, no focus; kept enabled so the text stays readable) and goes away when
    the filled main window is shown."""

    def __init__(self, folder: Path) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.setObjectName("startCover")
        self.setWindowTitle("SealDesk")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.label = QLabel(
            QCoreApplication.translate("Startup", "Opening the workspace {path}…").format(
                path=str(folder)
            ),
            self,
        )
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        QVBoxLayout(self).addWidget(self.label)
        geometry = QSettings().value("window/geometry")  # as MainWindow saves it
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1280, 800)

    def show_now(self) -> None:
        """Shows the cover and lets it paint before the start-up work blocks the event loop."""
        self.show()
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)


def open_existing(folder: Path):  # -> Workspace
    """Opens the workspace in ``folder`` (migrating it if needed), the clerk's name set."""
    StoreLoader.wait_for_import()  # never two threads importing the store's modules at once
    from sealdesk.services.workspace import Workspace

    ws = Workspace.open(folder)
    ws.actor = ws.get_setting("clerk") or ws.actor
    return ws


def open_workspace(folder: Path, languages: i18n.Languages):  # -> Workspace | None
    """Opens the workspace in ``folder``, or runs the first-run dialog when there is none."""
    if (folder / DB_NAME).is_file():
        return open_existing(folder)
    from sealdesk.ui.firstrun import FirstRunDialog  # only without a workspace

    dialog = FirstRunDialog(folder, languages)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.workspace


def window_on_first_look(folder: Path, languages: i18n.Languages):  # -> MainWindow | None
    """The main window filled from the first look at a district workspace (plain sqlite3: no
    store imported yet), its Session to be attached to the workspace once shown; None when the
    first look declines (then the cover and the normal open)."""
    from sealdesk.services.first_look import first_look
    from sealdesk.ui.rounds import LEGACY_ROUND_SETTING, saved_round
    from sealdesk.ui.session import ui_key

    look = first_look(folder, saved_round(ui_key(folder)), LEGACY_ROUND_SETTING)
    if look is None:
        return None
    from sealdesk.ui.look_session import LookSession
    from sealdesk.ui.mainwindow import MainWindow

    return MainWindow(LookSession(look, lambda: open_existing(folder)), languages)


def build_main_window(ws, languages: i18n.Languages, round_be: int | None = None):  # -> MainWindow
    """The main window on ``round_be``, else on the round the clerk looked at last; the
    coordinating office's window for an office workspace."""
    if ws.is_office:
        from sealdesk.ui.office_session import OfficeSession
        from sealdesk.ui.office_window import OfficeWindow

        return OfficeWindow(OfficeSession(ws, round_be), languages)
    from sealdesk.ui.mainwindow import MainWindow
    from sealdesk.ui.rounds import LEGACY_ROUND_SETTING, saved_round
    from sealdesk.ui.session import Session, ui_key

    if round_be is None:
        round_be = saved_round(ui_key(ws.path), lambda: ws.get_setting(LEGACY_ROUND_SETTING))
    return MainWindow(Session(ws, round_be), languages)


def run(workspace_dir: Path | None, lang: str | None) -> int:
    """Starts the desktop app; returns the process exit code."""
    app = setup_application()
    languages = i18n.Languages(app)
    languages.set_language(choose_language(lang))
    languages.changed.connect(lambda chosen: QSettings().setValue("language", chosen))
    folder = Path(workspace_dir) if workspace_dir else default_workspace_dir()
    from sealdesk.ui.thaiwrap import segmenter_wanted, warm_up

    if segmenter_wanted():  # a first start on Windows: load it while the window is built
        threading.Thread(target=warm_up, name="thai-segmenter", daemon=True).start()
    window = window_on_first_look(folder, languages) if (folder / DB_NAME).is_file() else None
    if window is not None:
        return _run_on_first_look(app, folder, window)
    cover = StartCover(folder) if (folder / DB_NAME).is_file() else None
    if cover is not None:
        cover.show_now()
    try:
        try:
            ws = open_workspace(folder, languages)
        except SealDeskError as error:
            if cover is not None:
                cover.close()
            QMessageBox.warning(None, "SealDesk", message_of(error))
            return 2
        if ws is None:
            return 1
        QSettings().setValue("last_workspace", str(ws.path))
        log_file = setup_logging(ws.path / "logs")
        window = build_main_window(ws, languages)
        install_excepthook(log_file, window)
        window.show()
    finally:
        if cover is not None:
            cover.close()
            cover.deleteLater()
    try:
        return app.exec()
    finally:
        ws.close()


def _run_on_first_look(app: QApplication, folder: Path, window) -> int:  # window: MainWindow
    """Shows the window built from the first look; once it has painted, the store is imported
    on a worker thread and the workspace opened and attached on the GUI thread (a click or key
    before that opens it at once, see Session.load); an open that fails is reported as on the
    normal path."""
    session = window.session
    opened: list = []
    failed: list[int] = []

    def attach() -> None:
        try:
            session.load()  # nothing to do when a click or a key has loaded it already
        except SealDeskError as error:
            window.hide()
            QMessageBox.warning(None, "SealDesk", message_of(error))
            failed.append(2)
            app.exit(2)

    session.attached.connect(lambda: opened.append(session.load()))
    install_excepthook(setup_logging(folder / "logs"), window)
    StoreLoader(window, attach)
    window.show()
    QSettings().setValue("last_workspace", str(folder))
    try:
        code = app.exec()
        return failed[0] if failed else code
    finally:
        if opened:
            opened[0].close()


STORE_MODULE = "sealdesk.services.workspace"
"""What opening the workspace imports (SQLAlchemy, the models, the services)."""


class StoreLoader(QObject):
    """After the window's first paint (and one more turn of the event loop, so the paint is
    on the screen): imports the store on a worker thread, then calls ``attach`` on the GUI
    thread. The GUI thread stays free meanwhile; if it needs the store first, its own import
    waits for the worker's (Python's import lock), and ``attach`` finds it open. No Qt object
    is made off the GUI thread."""

    imported = Signal()
    _importing: threading.Thread | None = None

    @classmethod
    def wait_for_import(cls) -> None:
        """Waits for the worker's import, if one is under way (then nothing is imported by
        two threads at once, which could meet in Python's import locks the wrong way round)."""
        thread = cls._importing
        if thread is not None and thread is not threading.current_thread():
            thread.join()

    def __init__(self, window: QWidget, attach: Callable[[], None]) -> None:
        from sealdesk.ui.widgets import on_first_paint  # with the window's modules

        super().__init__(window)
        self._attach = attach
        self.imported.connect(self._attach_now, Qt.ConnectionType.QueuedConnection)
        on_first_paint(window, lambda: QTimer.singleShot(0, self, self._after_paint))

    def _after_paint(self) -> None:
        QTimer.singleShot(0, self, self._start)  # one more turn: the paint is on the screen

    def _start(self) -> None:
        thread = threading.Thread(target=self._import, name="store-import", daemon=True)
        StoreLoader._importing = thread
        thread.start()

    def _import(self) -> None:
        try:
            importlib.import_module(STORE_MODULE)
        except Exception:  # the open on the GUI thread imports it again and reports the error
            pass
        try:
            self.imported.emit()
        except RuntimeError:  # the window closed before the import ended
            pass

    def _attach_now(self) -> None:
        self._attach()
