"""Help inside the app: a short guide in Thai and English (the whole flow, from the first start
to sending the bundle) and the list of keyboard shortcuts.

The guide is Markdown shipped in ``resources/help/guide-<lang>.md`` (packaged with the rest of
resources/); it follows the language switch. The shortcut list is read from the window's real
QActions each time it is shown, with the menu they sit in, so it cannot go stale.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMainWindow,
    QMenu,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from sealdesk.resources import resources_dir
from sealdesk.ui import i18n
from sealdesk.ui.dialog_fit import fit_to_screen


def guide_text(lang: str) -> str:
    """The guide in ``lang`` (English when there is none in that language)."""
    folder = resources_dir() / "help"
    path = folder / f"guide-{lang}.md"
    if not path.is_file():
        path = folder / "guide-en.md"
    return path.read_text(encoding="utf-8")


@dataclass(frozen=True)
class Shortcut:
    command: str  # where it is: "File › Export the submission bundle"
    keys: str  # as the platform writes it: "Ctrl+E"
    action: QAction


def plain(text: str) -> str:
    """A menu text as read: no mnemonic marker ("(&E)" or "&"), no trailing dots."""
    text = re.sub(r"\(&[^&]\)", "", text.replace("&&", "\0"))
    text = text.replace("&", "").replace("\0", "&")
    return text.rstrip(".…").strip()


def shortcuts(window: QMainWindow) -> list[Shortcut]:
    """Every shortcut of the window's QActions: those in the menus first, in menu order (with
    their menu path), then any other action of the window that has one."""
    found: list[Shortcut] = []
    seen: set[int] = set()

    def walk(menu: QMenu, path: list[str]) -> None:
        for action in menu.actions():
            if action.menu() is not None:
                walk(action.menu(), [*path, plain(action.menu().title())])
                continue
            add(action, path)

    def add(action: QAction, path: list[str]) -> None:
        if id(action) in seen or action.isSeparator():
            return
        seen.add(id(action))
        keys = [k for k in action.shortcuts() if not k.isEmpty()]
        if keys:
            text = " › ".join([*path, plain(action.text())])
            native = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in keys)
            found.append(Shortcut(text, native, action))

    for action in window.menuBar().actions():
        if action.menu() is not None:
            walk(action.menu(), [plain(action.menu().title())])
    for action in window.findChildren(QAction):
        add(action, [])
    return found


class GuideDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guideDialog")
        layout = QVBoxLayout(self)
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("guide")
        self.browser.setOpenExternalLinks(False)
        layout.addWidget(self.browser, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.retranslate()
        fit_to_screen(self, 760, 720)

    def retranslate(self) -> None:
        self.setWindowTitle(QCoreApplication.translate("Help", "SealDesk guide"))
        self.browser.setMarkdown(guide_text(i18n.current()))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class ShortcutsDialog(QDialog):
    """The keyboard shortcuts, read from the window's QActions when shown."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setObjectName("shortcutsDialog")
        self.window_ = window
        layout = QVBoxLayout(self)
        self.table = QTableWidget(0, 2, self)
        self.table.setObjectName("shortcutTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.retranslate()
        fit_to_screen(self, 620, 560)

    def retranslate(self) -> None:
        self.setWindowTitle(QCoreApplication.translate("Help", "Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("Help", "Command"),
                QCoreApplication.translate("Help", "Keys"),
            ]
        )
        rows = shortcuts(self.window_)
        self.table.setRowCount(len(rows))
        for row, shortcut in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(shortcut.command))
            self.table.setItem(row, 1, QTableWidgetItem(shortcut.keys))

    def rows(self) -> list[tuple[str, str]]:
        return [
            (self.table.item(r, 0).text(), self.table.item(r, 1).text())
            for r in range(self.table.rowCount())
        ]

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class HelpCenter(QObject):
    """Help > Guide and Help > Keyboard shortcuts (one dialog of each, reused)."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self._guide: GuideDialog | None = None
        self._shortcuts: ShortcutsDialog | None = None

    def guide(self) -> GuideDialog:
        if self._guide is None:
            self._guide = GuideDialog(self.window)
        self._guide.show()
        self._guide.raise_()
        return self._guide

    def shortcuts(self) -> ShortcutsDialog:
        if self._shortcuts is None:
            self._shortcuts = ShortcutsDialog(self.window)
        else:
            self._shortcuts.retranslate()
        self._shortcuts.show()
        self._shortcuts.raise_()
        return self._shortcuts
