"""Combo boxes that behave on small screens and for the keyboard: the shown text elided
between words, never inside a Thai cluster; a choice committed when the clerk settles on it."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QPaintEvent, QWheelEvent
from PySide6.QtWidgets import (
    QComboBox,
    QStyle,
    QStyleOptionComboBox,
    QStylePainter,
    QWidget,
)

from sealdesk.ui.thaiwrap import elide


class ElidingComboBox(QComboBox):
    """A combo box whose shown text, when too long for the box, is elided between words or
    character clusters (thaiwrap.elide), never inside a Thai cluster; the whole text is in
    its tooltip and its list."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.currentTextChanged.connect(self.setToolTip)

    def minimumSizeHint(self) -> QSize:
        """Narrower than the longest item: the box elides, so a small screen's pane may shrink."""
        hint = super().minimumSizeHint()
        return QSize(
            min(hint.width(), self.fontMetrics().averageCharWidth() * 4 + 30), hint.height()
        )

    def shown_text(self) -> str:
        """The text as drawn in the box (elided to the box's width)."""
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        field = self.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox,
            option,
            QStyle.SubControl.SC_ComboBoxEditField,
            self,
        )
        width = field.width() - 4
        if not option.currentIcon.isNull():
            width -= option.iconSize.width() + 4
        return elide(option.currentText, self.fontMetrics(), max(width, 0))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        option.currentText = self.shown_text()
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)


class CommitComboBox(ElidingComboBox):
    """A combo box that says when the choice is committed, not at every step on the way.

    Arrow keys, Page Up/Down, Home/End, typed letters and the mouse wheel on a closed combo
    box change the shown item; ``committed`` is emitted only when the clerk settles: an item
    picked in the open list, Enter, or the focus leaving the box on a changed item (issue 12:
    arrowing through the status box saved a status for every step)."""

    committed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._stepping = False
        self._pending = False
        self.activated.connect(self._activated)

    def _activated(self, index: int) -> None:
        if self._stepping:
            self._pending = True
        else:
            self._pending = False
            self.committed.emit(index)

    def commit_pending(self) -> None:
        """Commits an item reached by stepping (Enter and leaving the box call this)."""
        if self._pending:
            self._pending = False
            self.committed.emit(self.currentIndex())

    def discard_pending(self) -> None:
        """Forgets a stepped-to item (the box is about to show another value)."""
        self._pending = False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._pending:
            self.commit_pending()
            return
        # Every other key on the closed box only moves the choice: arrows, Page Up/Down,
        # Home/End and typing the first letters of an item. (The open list has its own keys,
        # and picking there commits.)
        self._stepping = True
        try:
            super().keyPressEvent(event)
        finally:
            self._stepping = False

    def wheelEvent(self, event: QWheelEvent) -> None:
        self._stepping = True
        try:
            super().wheelEvent(event)
        finally:
            self._stepping = False

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        if event.reason() != Qt.FocusReason.PopupFocusReason:
            self.commit_pending()
