"""Small shared widgets: wrapped Thai labels, a Buddhist-Era date field, status icons."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QIcon,
    QPainter,
    QPixmap,
)
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QScrollArea,
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


_MNEMONIC_SUFFIX = re.compile(r"\s*\(&(?!&)\w\)")


def strip_mnemonic(text: str) -> str:
    """``text`` without its keyboard mnemonic, for a window title: "&Filled checklist..." and
    the Thai "แบบตรวจสอบที่กรอกแล้ว(&F)..." lose the "&" and the "(&F)" alike."""
    text = _MNEMONIC_SUFFIX.sub("", text)
    return re.sub(r"&(&?)", r"\1", text)


def mnemonic(text: str) -> str | None:
    """The Alt-letter of ``text`` ("&Export" -> "E", "ส่งออก(&E)" -> "E"), or None."""
    match = re.search(r"&(?!&)(\w)", text)
    return match.group(1).upper() if match else None


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


# ---------------------------------------------------------------------- fitting the screen

FRAME_ALLOWANCE = QSize(16, 48)
"""Room left for the window manager's frame and title bar before a window is first shown (its
real frame is not known yet): a window sized to the whole available area would put its bottom
edge, and its buttons, under the task bar."""

SMALL_SCREEN = QSize(1280, 800)
"""A main window whose preferred size does not fit opens maximized (cheap laptops at 1366x768
and 1024x600, and larger screens at 125 % or 150 % scaling)."""

_FITTED = "sealdeskFitted"


def mark_fitted(window: QWidget) -> None:
    """Tells ScreenFitter that ``window`` was already fitted (e.g. a restored geometry)."""
    window.setProperty(_FITTED, True)


def available_area(widget: QWidget) -> QRect:
    """The part of ``widget``'s screen that windows may use (without task bars), in logical
    pixels: at 150 % scaling a 1366x768 screen gives 911x512."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def fits_screen(widget: QWidget, rect: QRect | None = None) -> bool:
    """Does ``rect`` (default: the window's frame) lie within the available screen area?"""
    area = available_area(widget)
    return area.contains(rect if rect is not None else widget.frameGeometry())


def fit_to_screen(
    window: QWidget, preferred: QSize | None = None, maximize_when_small: bool = False
) -> None:
    """Sizes ``window`` from the available screen area: its preferred size (default: its
    current size) bounded by the screen, centred over its parent or the screen; a window with
    ``maximize_when_small`` opens maximized when its preferred size does not fit.

    Every window and dialog goes through here (ScreenFitter calls it on first show), so none
    hides its buttons below the bottom of a small screen."""
    window.setProperty(_FITTED, True)
    area = available_area(window)
    wanted = preferred if preferred is not None else window.size()
    frame = window.frameGeometry().size() - window.geometry().size()
    frame = frame.expandedTo(FRAME_ALLOWANCE)
    room = QSize(max(area.width() - frame.width(), 200), max(area.height() - frame.height(), 150))
    small = wanted.width() > room.width() or wanted.height() > room.height()
    size = wanted.boundedTo(room).expandedTo(QSize(200, 150))
    # A window whose layout cannot shrink that far would grow past the screen: let it shrink
    # (its body scrolls, see ScrollBody), keeping what the layout can still show.
    window.setMinimumSize(window.minimumSize().boundedTo(room))
    window.resize(size)
    parent = window.parentWidget()
    centre = parent.window().frameGeometry().center() if parent is not None else area.center()
    x = min(
        max(centre.x() - size.width() // 2, area.left()),
        area.right() - size.width() - frame.width(),
    )
    y = min(
        max(centre.y() - size.height() // 2, area.top()),
        area.bottom() - size.height() - frame.height(),
    )
    window.move(max(x, area.left()), max(y, area.top()))
    if maximize_when_small and small:
        window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)


class ScreenFitter(QObject):
    """An application event filter: every dialog and main window is fitted to its screen
    (fit_to_screen) the first time it is shown, whatever size its code asked for."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Show
            and isinstance(watched, (QDialog, QMainWindow))
            and watched.isWindow()
            and not watched.property(_FITTED)
        ):
            fit_to_screen(watched, maximize_when_small=isinstance(watched, QMainWindow))
        return False


_fitter: ScreenFitter | None = None


def install_screen_fitter() -> None:
    """Installs the one ScreenFitter on the application (again is harmless)."""
    global _fitter
    app = QApplication.instance()
    if _fitter is None and app is not None:
        _fitter = ScreenFitter(app)
        app.installEventFilter(_fitter)


class _FirstPaint(QObject):
    def __init__(self, window: QWidget, then: Callable[[], None]) -> None:
        super().__init__(window)
        self._then = then
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            self._then()
        return False


def on_first_paint(window: QWidget, then: Callable[[], None]) -> None:
    """Calls ``then`` once, when ``window`` itself first paints (at that paint event).

    The filter watches this window alone. An application-wide filter in Python sees every
    event of every object, and makes a Python wrapper for each object it has not seen: at
    start-up that was 6 % of the whole start (issue 13), so the application-wide filters
    (ScreenFitter, the window's shortcut keeper) are installed from here, after the paint."""
    _FirstPaint(window, then)


class ScrollBody(QScrollArea):
    """A dialog's body that scrolls when the screen is too small for it, so the footer with the
    dialog's buttons (laid out below it, outside) never scrolls away."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.body = QWidget(self)
        self.setWidget(self.body)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def sizeHint(self) -> QSize:
        return self.body.sizeHint() + QSize(self.verticalScrollBar().sizeHint().width(), 2)

    def minimumSizeHint(self) -> QSize:
        """Only the height scrolls: the body keeps the width its fields need (a radio button's
        text cannot wrap), else they would be cut off at the right edge."""
        bar = self.verticalScrollBar().sizeHint().width()
        return QSize(self.body.minimumSizeHint().width() + bar + 2, 120)


class ElidedLabel(QLabel):
    """One line that shortens itself in the middle ("/home/…/ws") when the room is short, rather
    than showing a clipped part of it (the status bar's workspace path at 1024 px and 150 %)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Its text must not widen the window past a small screen.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def shown_text(self) -> str:
        metrics = self.fontMetrics()
        return metrics.elidedText(self.text(), Qt.TextElideMode.ElideMiddle, self.width())

    def paintEvent(self, _event) -> None:  # type: ignore[no-untyped-def]
        painter = QPainter(self)
        painter.setPen(self.palette().color(self.foregroundRole()))
        align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(self.rect(), align, self.shown_text())
