"""Protected evidence in the office's app (issue 18): the district view's "Protected" tab lists
a bundle's protected files by neutral name, with a lock; "Open (needs your passphrase)" asks
which reader is opening it and their passphrase, decrypts it off the UI thread (the passphrase
costs about a second on purpose), and shows it in a viewer whose private copy (0600, in a 0700
temporary folder) is erased when the viewer closes. Every opening is in the access log, which
``AccessLogDialog`` shows and refreshes as openings happen."""

from __future__ import annotations

import contextlib
from typing import Any

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt, QUrl
from PySide6.QtGui import QColor, QDesktopServices, QIcon, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from sealdesk.domain.thaidate import format_date
from sealdesk.events import ProtectedAccessed, ReadersChanged
from sealdesk.ui import i18n
from sealdesk.ui.errors import show_error, show_info
from sealdesk.ui.jobs import run_with_progress
from sealdesk.ui.preview import PreviewPane
from sealdesk.ui.session import Session

NAME_ROLE = Qt.ItemDataRole.UserRole + 1
KEPT = (
    "Every opening of protected personal data, newest first. Protected files are kept %n "
    "years after they are received, then erased with 'sealdesk office purge'."
)
"""A plural message (``numerus="yes"``): marked for lupdate in ``_lupdate_marks``."""


def _lupdate_marks() -> None:  # pragma: no cover - never called
    QCoreApplication.translate(
        "Protected",
        "Every opening of protected personal data, newest first. Protected files are kept %n "
        "years after they are received, then erased with 'sealdesk office purge'.",
        None,
        1,
    )


def lock_icon(size: int = 32) -> QIcon:
    """A padlock, painted (no emoji font is needed, and it reads without colour)."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    colour = QColor("#8a5a00")
    pen = QPen(colour, size / 9)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    s = size
    painter.drawArc(QRectF(s * 0.28, s * 0.08, s * 0.44, s * 0.5), 0, 180 * 16)
    painter.drawLine(QPointF(s * 0.28, s * 0.33), QPointF(s * 0.28, s * 0.45))
    painter.drawLine(QPointF(s * 0.72, s * 0.33), QPointF(s * 0.72, s * 0.45))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawRoundedRect(QRectF(s * 0.16, s * 0.44, s * 0.68, s * 0.48), s * 0.08, s * 0.08)
    painter.setBrush(QColor("white"))
    painter.drawEllipse(QRectF(s * 0.44, s * 0.56, s * 0.12, s * 0.12))
    painter.end()
    return QIcon(pixmap)


class UnlockDialog(QDialog):
    """Which reader opens the file, and their passphrase."""

    def __init__(self, readers: list[str], neutral_name: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName("unlockProtected")
        self.setWindowTitle(QCoreApplication.translate("Protected", "Open protected personal data"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        intro = QLabel(
            QCoreApplication.translate(
                "Protected",
                "{file} holds personal data. Opening it is recorded in the access log with the "
                "reader's name and the time.",
            ).format(file=neutral_name),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.reader = QComboBox(self)
        self.reader.setObjectName("unlockReader")
        self.reader.addItems(readers)
        self.passphrase = QLineEdit(self)
        self.passphrase.setObjectName("unlockPassphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(QCoreApplication.translate("Protected", "Reader:"), self.reader)
        form.addRow(QCoreApplication.translate("Protected", "Passphrase:"), self.passphrase)
        layout.addLayout(form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            QCoreApplication.translate("Protected", "Open")
        )
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            QCoreApplication.translate("Protected", "Cancel")
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.passphrase.setFocus()


class ProtectedViewer(QDialog):
    """A decrypted file, previewed from its private copy; the copy is erased on close."""

    def __init__(self, opened: Any, parent: QWidget | None = None) -> None:
        from sealdesk.services.office_protected import private_copy

        super().__init__(parent)
        self.setObjectName("protectedViewer")
        self._copy = contextlib.ExitStack()
        self.path = self._copy.enter_context(private_copy(opened))
        self.setWindowTitle(
            QCoreApplication.translate("Protected", "{title} (protected personal data)").format(
                title=opened.title or opened.name
            )
        )
        layout = QVBoxLayout(self)
        note = QLabel(
            QCoreApplication.translate(
                "Protected",
                "This copy is erased when this window closes. Do not save it elsewhere unless "
                "your work needs it.",
            ),
            self,
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        self.preview = PreviewPane(self)
        layout.addWidget(self.preview, 1)
        self.preview.show_file(self.path, opened.media_type)
        row = QHBoxLayout()
        external = QPushButton(
            QCoreApplication.translate("Protected", "Open in another program"), self
        )
        external.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.path)))
        )
        close = QPushButton(
            QCoreApplication.translate("Protected", "Close and erase the copy"), self
        )
        close.clicked.connect(self.accept)
        row.addWidget(external)
        row.addStretch(1)
        row.addWidget(close)
        layout.addLayout(row)
        self.finished.connect(lambda _r: self._copy.close())
        self.resize(860, 620)


class ProtectedPanel(QWidget):
    """The protected files of one bundle, by neutral name, with the Open button."""

    def __init__(self, session: Session, bundle_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("protectedPanel")
        self.session, self.bundle_id = session, bundle_id
        self.viewer: ProtectedViewer | None = None
        layout = QVBoxLayout(self)
        intro = QLabel(
            QCoreApplication.translate(
                "Protected",
                "These files hold personal data. They travelled encrypted and stay encrypted "
                "here; only the office's readers can open them, with their passphrase.",
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.files = QListWidget(self)
        self.files.setObjectName("protectedFiles")
        layout.addWidget(self.files, 1)
        self.open_button = QPushButton(
            QCoreApplication.translate("Protected", "Open (needs your passphrase)"), self
        )
        self.open_button.setObjectName("openProtected")
        self.open_button.clicked.connect(self.open_current)
        layout.addWidget(self.open_button)
        self.files.itemActivated.connect(lambda _item: self.open_current())
        self.refresh()

    def refresh(self) -> None:
        files = self.session.query(lambda ws: ws.protected_files(bundle_id=self.bundle_id))
        self.files.clear()
        for f in files:
            text = QCoreApplication.translate(
                "Protected", "{file}: protected personal data, {size} bytes"
            ).format(file=f.neutral_name, size=f.size)
            if not f.readable_by:  # encrypted for an older card's readers only
                text += "\n" + QCoreApplication.translate(
                    "Protected",
                    "No reader of this office can open it: it was encrypted for {names}. Ask "
                    "the district to trust the office's current card and send it again.",
                ).format(names=", ".join(f.recipients) or "-")
            item = QListWidgetItem(lock_icon(), text)
            item.setData(NAME_ROLE, f.neutral_name)
            item.setToolTip(
                QCoreApplication.translate("Protected", "Used for {codes}").format(
                    codes=", ".join(f.benchmarks) or "-"
                )
            )
            self.files.addItem(item)
        if self.files.count():
            self.files.setCurrentRow(0)
        self.open_button.setEnabled(bool(self.files.count()))

    def open_current(self) -> None:
        item = self.files.currentItem()
        if item is None:
            return
        neutral = str(item.data(NAME_ROLE))
        readers = [r.name for r in self.session.query(lambda ws: ws.office_readers())]
        if not readers:
            show_info(
                self,
                QCoreApplication.translate(
                    "Protected",
                    "This office has no reader of personal data yet: add one with "
                    "'sealdesk office reader add'.",
                ),
            )
            return
        ask = UnlockDialog(readers, neutral, self)
        if ask.exec() != QDialog.DialogCode.Accepted:
            return
        self.open_with(neutral, ask.reader.currentText(), ask.passphrase.text())

    def open_with(self, neutral: str, reader: str, passphrase: str) -> None:
        """Decrypts ``neutral`` off the UI thread as ``reader``, then shows it."""
        bundle_id = self.bundle_id
        job = self.session.job(
            lambda ws, _job: ws.open_protected(bundle_id, neutral, reader, passphrase)
        )
        job.succeeded.connect(self._show)
        job.failed.connect(lambda error: show_error(self, error))
        self.job = job
        run_with_progress(
            self, job, QCoreApplication.translate("Protected", "Unlocking and decrypting...")
        )

    def _show(self, opened: Any) -> None:
        viewer = ProtectedViewer(opened, self)
        viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        viewer.open()
        self.viewer = viewer


def add_protected_tab(tabs: QTabWidget, session: Session, bundle_id: str) -> ProtectedPanel | None:
    """Adds the "Protected" tab to a district view when its bundle carries protected files."""
    files = session.query(lambda ws: ws.protected_files(bundle_id=bundle_id))
    if not files:
        return None
    panel = ProtectedPanel(session, bundle_id, tabs)
    label = QCoreApplication.translate("Protected", "Protected ({n})").format(n=len(files))
    tabs.addTab(panel, lock_icon(), label)
    return panel


def _action(code: str) -> str:
    labels = {
        "view": QCoreApplication.translate("Protected", "Viewed"),
        "extract": QCoreApplication.translate("Protected", "Saved to a file"),
        "index": QCoreApplication.translate("Protected", "Read the list of titles"),
        "file": QCoreApplication.translate("Protected", "Decrypted a file"),
    }
    return labels.get(code, code)


class AccessLogDialog(QDialog):
    """Who opened which protected file, and when; refreshed as openings happen."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("accessLog")
        self.session = session
        self.setWindowTitle(QCoreApplication.translate("Protected", "Access log of personal data"))
        layout = QVBoxLayout(self)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.table = QTableWidget(0, 6, self)
        self.table.setObjectName("accessLogTable")
        self.table.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("Protected", "When"),
                QCoreApplication.translate("Protected", "Reader"),
                QCoreApplication.translate("Protected", "What"),
                QCoreApplication.translate("Protected", "District"),
                QCoreApplication.translate("Protected", "Bundle"),
                QCoreApplication.translate("Protected", "File"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(
            QCoreApplication.translate("Protected", "Close")
        )
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        session.event.connect(self._event)
        self.refresh()
        self.resize(900, 480)

    def _event(self, event: object) -> None:
        if isinstance(event, (ProtectedAccessed, ReadersChanged)):
            self.refresh()

    def refresh(self) -> None:
        entries = self.session.query(lambda ws: ws.access_log())
        retention = self.session.query(lambda ws: ws.retention_years())
        self.summary.setText(QCoreApplication.translate("Protected", KEPT, "", retention))
        self.table.setRowCount(len(entries))
        lang = i18n.current()
        for row, e in enumerate(reversed(entries)):
            when = f"{format_date(e.at.date(), lang)} {e.at.strftime('%H:%M:%S')}"
            values = [
                when, e.reader, _action(e.action), e.district_code or "-", e.bundle_id or "-",
                e.neutral_name,
            ]  # fmt: skip
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
