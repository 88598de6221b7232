"""The office's readers of personal data in the app (issue 18): the list, adding a reader (a
name and their passphrase, typed twice; the key is made and locked off the UI thread, since
locking it costs about a second on purpose) and removing one. The same service as
``sealdesk office reader``; after a change the office card must be written and sent again,
which the dialog says."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sealdesk.events import ReadersChanged
from sealdesk.ui import i18n
from sealdesk.ui.errors import show_error, show_info
from sealdesk.ui.jobs import run_with_progress
from sealdesk.ui.session import Session


class AddReaderDialog(QDialog):
    """A reader's name and passphrase (twice)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("addReader")
        self.setWindowTitle(QCoreApplication.translate("Readers", "Add a reader of personal data"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        intro = QLabel(
            QCoreApplication.translate(
                "Readers",
                "The reader chooses the passphrase and types it here; nobody else should know "
                "it. Without it, nobody can open what is encrypted for this reader.",
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.name = QLineEdit(self)
        self.passphrase = QLineEdit(self)
        self.again = QLineEdit(self)
        for field in (self.passphrase, self.again):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(QCoreApplication.translate("Readers", "Name:"), self.name)
        form.addRow(QCoreApplication.translate("Readers", "Passphrase:"), self.passphrase)
        form.addRow(QCoreApplication.translate("Readers", "The same again:"), self.again)
        layout.addLayout(form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            QCoreApplication.translate("Readers", "Add")
        )
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            QCoreApplication.translate("Readers", "Cancel")
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _accept(self) -> None:
        if self.passphrase.text() != self.again.text():
            show_info(self, QCoreApplication.translate("Readers", "The two passphrases differ."))
            return
        self.accept()


class ReadersDialog(QDialog):
    """The readers: name, public key (recipient), when added; Add and Remove."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("officeReaders")
        self.session = session
        self.job = None
        self.setWindowTitle(QCoreApplication.translate("Readers", "Readers of personal data"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            QCoreApplication.translate(
                "Readers",
                "Only these people can open the personal data districts send. After adding or "
                "removing one, write the office card again and send it to the districts.",
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("readersTable")
        self.table.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("Readers", "Name"),
                QCoreApplication.translate("Readers", "Added"),
                QCoreApplication.translate("Readers", "Public key"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.add_button = QPushButton(
            QCoreApplication.translate("Readers", "Add a reader..."), self
        )
        self.remove_button = QPushButton(QCoreApplication.translate("Readers", "Remove"), self)
        close = QPushButton(QCoreApplication.translate("Readers", "Close"), self)
        self.add_button.clicked.connect(self.ask_add)
        self.remove_button.clicked.connect(self.remove_current)
        close.clicked.connect(self.accept)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        row.addWidget(close)
        layout.addLayout(row)
        session.event.connect(self._event)
        self.refresh()
        self.resize(820, 400)

    def _event(self, event: object) -> None:
        if isinstance(event, ReadersChanged):
            self.refresh()

    def refresh(self) -> None:
        from sealdesk.domain.thaidate import format_date

        readers = self.session.query(lambda ws: ws.office_readers())
        self.table.setRowCount(len(readers))
        for row, r in enumerate(readers):
            added = format_date(r.added_at.date(), i18n.current())
            for column, value in enumerate((r.name, added, r.recipient)):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self.remove_button.setEnabled(bool(readers))

    def ask_add(self) -> None:
        ask = AddReaderDialog(self)
        if ask.exec() == QDialog.DialogCode.Accepted:
            self.add(ask.name.text(), ask.passphrase.text())

    def add(self, name: str, passphrase: str) -> None:
        """Makes and locks the reader's key off the UI thread."""
        job = self.session.job(lambda ws, _job: ws.add_office_reader(name, passphrase))
        job.failed.connect(lambda error: show_error(self, error))
        self.job = job
        run_with_progress(
            self, job, QCoreApplication.translate("Readers", "Making the reader's key...")
        )

    def remove_current(self) -> None:
        row = self.table.currentRow()
        item = self.table.item(row, 0) if row >= 0 else None
        if item is None:
            return
        name = item.text()
        box = QMessageBox(QMessageBox.Icon.Question, self.windowTitle(), "", parent=self)
        box.setText(
            QCoreApplication.translate(
                "Readers",
                "Remove the reader {name}? Their key is wiped; what was encrypted only for them "
                "can no longer be opened here.",
            ).format(name=name)
        )
        remove = box.addButton(
            QCoreApplication.translate("Readers", "Remove"), QMessageBox.ButtonRole.AcceptRole
        )
        box.addButton(
            QCoreApplication.translate("Readers", "Cancel"), QMessageBox.ButtonRole.RejectRole
        )
        box.exec()
        if box.clickedButton() is remove:
            self.remove(name)

    def remove(self, name: str) -> None:
        self.session.run(lambda ws: ws.remove_office_reader(name), parent=self)
