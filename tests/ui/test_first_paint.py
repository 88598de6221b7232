"""The window's application-wide filters come with its first paint (issue 13): before it, no
application-wide filter in Python sees (and wraps) every event of the start."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QKeyCombination, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QMainWindow

from sealdesk.services.workspace import Workspace
from sealdesk.ui import i18n
from sealdesk.ui.main import build_main_window
from sealdesk.ui.widgets import on_first_paint


def test_on_first_paint_calls_once_at_the_windows_first_paint(qtbot) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    calls: list[bool] = []
    on_first_paint(window, lambda: calls.append(window.isVisible()))
    QApplication.processEvents()
    assert calls == []  # not shown: not painted
    window.show()
    qtbot.waitUntil(lambda: bool(calls), timeout=3000)
    window.update()
    window.repaint()
    QApplication.processEvents()
    assert calls == [True]


class GreedyLineEdit(QLineEdit):
    """Claims every key before shortcuts see it (a line edit on Linux claims Ctrl+E)."""

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride:
            event.accept()
            return True
        return super().event(event)


def _claimed(field: QLineEdit) -> bool:
    """Does the field get to claim Ctrl+E for itself (the window's shortcut keeper absent)?"""
    event = QKeyEvent(
        QEvent.Type.ShortcutOverride,
        Qt.Key.Key_E,
        Qt.KeyboardModifier.ControlModifier,
        "e",
    )
    event.ignore()
    QApplication.sendEvent(field, event)
    assert QKeyCombination(event.keyCombination()).key() == Qt.Key.Key_E
    return event.isAccepted()


def test_the_shortcut_keeper_comes_with_the_first_paint(
    qtbot, ws: Workspace, languages: i18n.Languages
) -> None:
    window = build_main_window(ws, languages)
    qtbot.addWidget(window)
    QApplication.processEvents()
    field = GreedyLineEdit(window.checklist)
    window.checklist.layout().addWidget(field)
    assert _claimed(field)  # built, not yet painted: the line edit keeps Ctrl+E
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: not _claimed(field), timeout=3000)
