"""The main window's menus and actions, as one table: what each menu holds, its text, its
shortcut and the window method it calls. Texts are translated in ``retranslate``."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu, QWidget

from sealdesk.errors import QT_TRANSLATE_NOOP
from sealdesk.ui import i18n
from sealdesk.ui.printing import DOCUMENTS
from sealdesk.ui.rounds import RoundController
from sealdesk.ui.session import Session

Shortcut = QKeySequence.StandardKey | str | None

MENUS: tuple[tuple[str, str], ...] = (
    ("file", QT_TRANSLATE_NOOP("MainWindow", "&File")),
    ("edit", QT_TRANSLATE_NOOP("MainWindow", "&Edit")),
    ("evidence", QT_TRANSLATE_NOOP("MainWindow", "E&vidence")),
    ("print", QT_TRANSLATE_NOOP("MainWindow", "&Print")),
    ("view", QT_TRANSLATE_NOOP("MainWindow", "Vie&w")),
    ("tools", QT_TRANSLATE_NOOP("MainWindow", "&Tools")),
    ("language", QT_TRANSLATE_NOOP("MainWindow", "&Language")),
    ("help", QT_TRANSLATE_NOOP("MainWindow", "&Help")),
)


@dataclass(frozen=True)
class Command:
    """One menu entry: ``handler`` is the name of the window's method it calls, or a dotted
    path through the window's parts ("maintenance.backup")."""

    name: str
    menu: str
    text: str  # in the "MainWindow" translation context
    handler: str
    shortcut: Shortcut = None
    separator_before: bool = False


# In menu order; the File menu starts with the round controller's entries.
COMMANDS: tuple[Command, ...] = (
    Command(
        "catalog_workbook",
        "file",
        QT_TRANSLATE_NOOP("MainWindow", "Export the catalog as a &workbook..."),
        "catalog_book.choose",
    ),  # issue 17: ui/catalog_book.py
    Command(
        "export",
        "file",
        QT_TRANSLATE_NOOP("MainWindow", "&Export the submission bundle..."),
        "export_bundle",
        "Ctrl+E",
        separator_before=True,
    ),
    Command(
        "verify", "file", QT_TRANSLATE_NOOP("MainWindow", "&Verify a bundle..."), "verify_bundle"
    ),
    # issue 15: the office's feedback
    Command(
        "import_feedback",
        "file",
        QT_TRANSLATE_NOOP("MainWindow", "Import the office's &feedback..."),
        "feedback.import_file",
        separator_before=True,
    ),
    Command(
        "trust_office",
        "file",
        QT_TRANSLATE_NOOP("MainWindow", "Trust an office &key..."),
        "feedback.trust_office",
    ),
    Command(
        "feedback_to_answer",
        "view",
        QT_TRANSLATE_NOOP("MainWindow", "&Feedback to answer"),
        "feedback.show_open",
        "Ctrl+6",
    ),
    Command(
        "backup",
        "file",
        QT_TRANSLATE_NOOP("MainWindow", "&Back up the workspace..."),
        "maintenance.backup",
        separator_before=True,
    ),
    Command(
        "restore",
        "file",
        QT_TRANSLATE_NOOP("MainWindow", "Res&tore a backup..."),
        "maintenance.restore",
    ),
    Command(
        "clerk",
        "file",
        QT_TRANSLATE_NOOP("MainWindow", "Change &clerk's name..."),
        "change_clerk",
        separator_before=True,
    ),
    Command(
        "quit",
        "file",
        QT_TRANSLATE_NOOP("MainWindow", "&Quit"),
        "close",
        QKeySequence.StandardKey.Quit,
        separator_before=True,
    ),
    Command("undo", "edit", "", "undo", QKeySequence.StandardKey.Undo),
    Command("redo", "edit", "", "redo", QKeySequence.StandardKey.Redo),
    Command(
        "find",
        "edit",
        QT_TRANSLATE_NOOP("MainWindow", "&Find a benchmark"),
        "focus_search",
        QKeySequence.StandardKey.Find,
        separator_before=True,
    ),
    Command(
        "add_files",
        "evidence",
        QT_TRANSLATE_NOOP("MainWindow", "&Add files..."),
        "add_files_here",
        "Ctrl+Shift+A",
    ),
    Command(
        "check",
        "tools",
        QT_TRANSLATE_NOOP("MainWindow", "&Check the workspace..."),
        "maintenance.check",
    ),
    Command(
        "audit", "tools", QT_TRANSLATE_NOOP("MainWindow", "&Audit log"), "maintenance.audit_log"
    ),
    Command(
        "guide",
        "help",
        QT_TRANSLATE_NOOP("MainWindow", "&Guide"),
        "help_center.guide",
        QKeySequence.StandardKey.HelpContents,
    ),
    Command(
        "shortcuts",
        "help",
        QT_TRANSLATE_NOOP("MainWindow", "&Keyboard shortcuts"),
        "help_center.shortcuts",
    ),
    Command(
        "about",
        "help",
        QT_TRANSLATE_NOOP("MainWindow", "&About SealDesk"),
        "about",
        separator_before=True,
    ),
)

# View > one entry per tab, in tab order.
VIEWS: tuple[tuple[str, str], ...] = (
    (QT_TRANSLATE_NOOP("MainWindow", "&Benchmark page"), "Ctrl+1"),
    (QT_TRANSLATE_NOOP("MainWindow", "Evidence &library"), "Ctrl+2"),
    (QT_TRANSLATE_NOOP("MainWindow", "&Dashboard"), "Ctrl+3"),
    (QT_TRANSLATE_NOOP("MainWindow", "&Inbox"), "Ctrl+4"),
    (QT_TRANSLATE_NOOP("MainWindow", "&Ready to submit"), "Ctrl+5"),
)

LANGUAGES: tuple[tuple[str, str], ...] = (("th", "ไทย"), ("en", "English"))

# Ctrl+Tab / Ctrl+Shift+Tab switch the pages from anywhere in the window (Shift+Tab arrives
# as Backtab on X11 and Windows alike).
NEXT_TAB = ("Ctrl+Tab",)
PREVIOUS_TAB = ("Ctrl+Shift+Tab", "Ctrl+Shift+Backtab", "Ctrl+Backtab")


class WindowShortcuts(QObject):
    """Keeps the window's shortcuts working whatever has the focus.

    A text field claims some keys for itself before shortcuts see them (a line edit on Linux
    takes Ctrl+E for "end of line", so Ctrl+E did nothing while the search box had the focus,
    as it does at start-up). For the window's own shortcuts this filter refuses that claim.
    Undo/Redo are left to the field, whose own undo is what the clerk means there."""

    def __init__(self, window: QMainWindow, keys: list[QKeySequence]) -> None:
        super().__init__(window)
        self.window = window
        self.keys = {key.toString() for key in keys if not key.isEmpty()}

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and isinstance(watched, QWidget)
            and watched.window() is self.window
            and QKeySequence(event.keyCombination()).toString() in self.keys
        ):
            event.ignore()
            return True
        return False


def _handler(window: QMainWindow, path: str) -> Callable[..., object]:
    """The window's method named ``path``, or the method of one of its parts ("a.b")."""
    target: object = window
    for name in path.split("."):
        target = getattr(target, name)
    handler = target
    return lambda *_args: handler()  # type: ignore[operator]


class MainActions:
    """Builds the menu bar of ``window`` from the tables above.

    The window provides the handlers named in COMMANDS plus ``show_tab(i)``,
    ``print_document(kind)`` and ``set_language(lang)``.
    """

    def __init__(self, window: QMainWindow, session: Session, rounds: RoundController) -> None:
        self.session = session
        self.menus: dict[str, QMenu] = {}
        for name, _text in MENUS:
            self.menus[name] = window.menuBar().addMenu("")
        file_menu = self.menus["file"]
        file_menu.addMenu(rounds.menu)
        file_menu.addAction(rounds.catalog_action)
        self.rounds = rounds

        self.commands: dict[str, QAction] = {}
        for command in COMMANDS:
            action = QAction(window)
            if command.shortcut is not None:
                action.setShortcut(QKeySequence(command.shortcut))
            action.triggered.connect(_handler(window, command.handler))
            menu = self.menus[command.menu]
            if command.separator_before:
                menu.addSeparator()
            menu.addAction(action)
            self.commands[command.name] = action

        self.print_actions: dict[str, QAction] = {}
        for kind, _text in DOCUMENTS:
            action = QAction(window)
            action.triggered.connect(lambda _c=False, kind=kind: window.print_document(kind))
            self.menus["print"].addAction(action)
            self.print_actions[kind] = action
        self.print_actions["filled"].setShortcut(QKeySequence.StandardKey.Print)
        self.menus["print"].aboutToShow.connect(self._update_print_menu)

        self.view_actions: list[QAction] = []
        for i, (_text, key) in enumerate(VIEWS):
            action = QAction(window)
            action.setShortcut(QKeySequence(key))
            action.triggered.connect(lambda _c=False, i=i: window.show_tab(i))
            self.menus["view"].addAction(action)
            self.view_actions.append(action)

        self.tab_shortcuts: list[QShortcut] = []
        for keys, step in ((NEXT_TAB, 1), (PREVIOUS_TAB, -1)):
            for key in keys:
                shortcut = QShortcut(QKeySequence(key), window)
                shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
                shortcut.activated.connect(lambda step=step: window.cycle_tab(step))
                self.tab_shortcuts.append(shortcut)

        self.language_group = QActionGroup(window)
        self.language_actions: dict[str, QAction] = {}
        for lang, name in LANGUAGES:
            action = QAction(name, window)
            action.setCheckable(True)
            action.triggered.connect(lambda _c=False, lang=lang: window.set_language(lang))
            self.language_group.addAction(action)
            self.menus["language"].addAction(action)
            self.language_actions[lang] = action

        keys = [
            action.shortcut()
            for name, action in self.commands.items()
            if name not in ("undo", "redo")
        ]
        keys += [action.shortcut() for action in (*self.print_actions.values(), *self.view_actions)]
        keys += [shortcut.key() for shortcut in self.tab_shortcuts]
        self.shortcut_keeper = WindowShortcuts(window, keys)

    def keep_shortcuts(self) -> None:
        """Installs the shortcut keeper on the application (the window calls this at its first
        paint: before it, no key reaches the window, see widgets.on_first_paint)."""
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self.shortcut_keeper)

    @property
    def undo_action(self) -> QAction:
        return self.commands["undo"]

    @property
    def redo_action(self) -> QAction:
        return self.commands["redo"]

    def _update_print_menu(self) -> None:
        from sealdesk.services import keys

        self.print_actions["key-sheet"].setEnabled(self.session.query(keys.has_key))

    def retranslate(self) -> None:
        for name, text in MENUS:
            self.menus[name].setTitle(QCoreApplication.translate("MainWindow", text))
        for command in COMMANDS:
            if command.text:
                self.commands[command.name].setText(
                    QCoreApplication.translate("MainWindow", command.text)
                )
        for kind, text in DOCUMENTS:
            self.print_actions[kind].setText(QCoreApplication.translate("Print", text))
        for action, (text, _key) in zip(self.view_actions, VIEWS, strict=True):
            action.setText(QCoreApplication.translate("MainWindow", text))
        self.language_actions[i18n.current()].setChecked(True)
        self.rounds.retranslate()
        self.update_undo()

    def update_undo(self) -> None:
        """The Undo/Redo texts and states (the window calls it when the undo stack changes:
        a window slot is disconnected when the window goes, this plain object's is not)."""
        stack = self.session.undo
        self.undo_action.setEnabled(stack.canUndo())
        self.redo_action.setEnabled(stack.canRedo())
        self.undo_action.setText(
            QCoreApplication.translate("MainWindow", "&Undo {what}")
            .format(what=stack.undoText())
            .strip()
        )
        self.redo_action.setText(
            QCoreApplication.translate("MainWindow", "&Redo {what}")
            .format(what=stack.redoText())
            .strip()
        )
