"""Small shared widgets: wrapped Thai labels, a Buddhist-Era date field, status icons."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QColor, QDragEnterEvent, QDropEvent, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QWidget,
)

from sealdesk.domain.status import Status
from sealdesk.domain.thaidate import MONTHS_EN, MONTHS_TH, format_date, to_be, to_ce
from sealdesk.ui import i18n
from sealdesk.ui.thaiwrap import ZWSP, wrap

STATUS_COLORS = {
    Status.NOT_STARTED: "#9e9e9e",
    Status.MET: "#2e7d32",
    Status.PARTIALLY_MET: "#f9a825",
    Status.NOT_MET: "#c62828",
    Status.NOT_APPLICABLE: "#5c6bc0",
}

_icons: dict[Status, QIcon] = {}


def local_files(event: QDropEvent | QDragEnterEvent) -> list[Path]:
    """The local files a drag from the file manager carries (none for other drags)."""
    mime = event.mimeData()
    if not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]


class AcceptsFileDrops:
    """Mixin for a Qt view with a ``files_dropped = Signal(list)``: accepts local files dragged
    from the file manager and emits their paths. List it before the Qt base class."""

    files_dropped: Signal

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if local_files(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragEnterEvent) -> None:
        self.dragEnterEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        files = local_files(event)
        if files:
            event.acceptProposedAction()
            self.files_dropped.emit(files)


def status_icon(status: Status) -> QIcon:
    icon = _icons.get(status)
    if icon is None:
        pixmap = QPixmap(16, 16)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(QColor(STATUS_COLORS[status]))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawEllipse(2, 2, 12, 12)
        painter.end()
        icon = _icons[status] = QIcon(pixmap)
    return icon


def status_label(status: Status | str) -> str:
    return QCoreApplication.translate("Status", Status(status).label)


def show_date(value: date | None) -> str:
    return "" if value is None else format_date(value, i18n.current())


class WrapLabel(QLabel):
    """A word-wrapped, selectable label that breaks Thai text between words."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.set_text(text)

    def set_text(self, text: str) -> None:
        self.setText(wrap(text))

    def plain_text(self) -> str:
        return self.text().replace(ZWSP, "")


class DateField(QWidget):
    """A date (or none) as day / month name / year, the year in BE when the UI is Thai."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.enabled = QCheckBox(self)
        self.day = QSpinBox(self)
        self.day.setRange(1, 31)
        self.month = QComboBox(self)
        self.year = QSpinBox(self)
        for widget in (self.enabled, self.day, self.month, self.year):
            layout.addWidget(widget)
        layout.addStretch(1)
        self.enabled.toggled.connect(self._sync)
        self.enabled.toggled.connect(self.changed)
        self._be = i18n.current() == "th"
        self.set_date(None)
        self.retranslate()

    def retranslate(self) -> None:
        current = self.date() if self.enabled.isChecked() else None
        self._be = i18n.current() == "th"
        months = MONTHS_TH if self._be else MONTHS_EN
        index = self.month.currentIndex()
        self.month.clear()
        self.month.addItems(list(months))
        self.month.setCurrentIndex(max(index, 0))
        self.enabled.setText(QCoreApplication.translate("DateField", "Date:"))
        self.enabled.setAccessibleName(QCoreApplication.translate("DateField", "Has a date"))
        self.day.setAccessibleName(QCoreApplication.translate("DateField", "Day"))
        self.month.setAccessibleName(QCoreApplication.translate("DateField", "Month"))
        self.year.setAccessibleName(QCoreApplication.translate("DateField", "Year"))
        self.year.setPrefix(QCoreApplication.translate("DateField", "B.E. ") if self._be else "")
        self.set_date(current)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _sync(self) -> None:
        for widget in (self.day, self.month, self.year):
            widget.setEnabled(self.enabled.isChecked())

    def set_date(self, value: date | None) -> None:
        shown = value or date.today()
        offset = 543 if self._be else 0
        self.year.setRange(1900 + offset, 2200 + offset)
        self.year.setValue(shown.year + offset)
        self.month.setCurrentIndex(shown.month - 1)
        self.day.setValue(shown.day)
        self.enabled.setChecked(value is not None)
        self._sync()

    def date(self) -> date | None:
        if not self.enabled.isChecked():
            return None
        year = to_ce(self.year.value()) if self._be else self.year.value()
        month = self.month.currentIndex() + 1
        for day in range(self.day.value(), 27, -1):
            try:
                return date(year, month, day)
            except ValueError:
                continue
        return date(year, month, min(self.day.value(), 28))


__all__ = ["DateField", "InfoBar", "WrapLabel", "show_date", "status_icon", "status_label", "to_be"]


class InfoBar(QFrame):
    """A dismissable one-line message above the pages (imports, catalog changes)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("infoBar")
        self.setStyleSheet("#infoBar { background: #fff8e1; border: 1px solid #f0c36d; }")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.close_button = QPushButton("✕", self)
        self.close_button.setFlat(True)
        self.close_button.setFixedWidth(28)
        self.close_button.clicked.connect(self.hide)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.close_button)
        self.hide()

    def show_message(self, text: str) -> None:
        self.label.setText(wrap(text))
        self.close_button.setAccessibleName(
            QCoreApplication.translate("MainWindow", "Close message")
        )
        self.show()


def accept_cancel_buttons(
    dialog: QDialog,
    accept: QDialogButtonBox.StandardButton = QDialogButtonBox.StandardButton.Save,
) -> QDialogButtonBox:
    """A dialog's accept (Save, OK) and Cancel buttons, wired to accept() and reject()."""
    buttons = QDialogButtonBox(accept | QDialogButtonBox.StandardButton.Cancel, dialog)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons
