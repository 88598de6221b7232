"""The backup's passphrase (issue 18, docs/personal-data.md): a workspace holding evidence
marked as personal data is backed up encrypted (age's passphrase mode) unless the clerk
explicitly chooses otherwise; restoring an encrypted backup asks for the passphrase."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from sealdesk.ui.thaiwrap import wrap

MIN_BACKUP_PASSPHRASE = 8


class BackupPassphraseDialog(QDialog):
    """Asks for the passphrase (twice) that encrypts the backup, or for the clerk's explicit
    choice to write it unencrypted."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backupPassphrase")
        self.setWindowTitle(QCoreApplication.translate("BackupProtect", "Encrypt the backup"))
        form = QFormLayout(self)
        intro = QLabel(
            wrap(
                QCoreApplication.translate(
                    "BackupProtect",
                    "This workspace holds evidence marked as personal data, so the backup is "
                    "encrypted with a passphrase. Keep the passphrase apart from the backup: "
                    "without it the backup cannot be restored.",
                )
            ),
            self,
        )
        intro.setWordWrap(True)
        form.addRow(intro)
        self.passphrase = QLineEdit(self)
        self.passphrase.setObjectName("backupPassphrase1")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.again = QLineEdit(self)
        self.again.setObjectName("backupPassphrase2")
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(QCoreApplication.translate("BackupProtect", "&Passphrase:"), self.passphrase)
        form.addRow(QCoreApplication.translate("BackupProtect", "The same &again:"), self.again)
        self.unencrypted = QCheckBox(
            QCoreApplication.translate(
                "BackupProtect",
                "Write it unencrypted: anyone who copies the file can read the personal data",
            ),
            self,
        )
        self.unencrypted.setObjectName("backupUnencrypted")
        form.addRow(self.unencrypted)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        form.addRow(self.message)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(QCoreApplication.translate("BackupProtect", "&Back up"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            QCoreApplication.translate("BackupProtect", "Cancel")
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        for edit in (self.passphrase, self.again):
            edit.textChanged.connect(self._update)
        self.unencrypted.toggled.connect(self._update)
        self._update()
        self.resize(560, self.sizeHint().height())

    def _update(self) -> None:
        clear = self.unencrypted.isChecked()
        for edit in (self.passphrase, self.again):
            edit.setEnabled(not clear)
        text, again = self.passphrase.text(), self.again.text()
        why = ""
        if not clear:
            if len(text) < MIN_BACKUP_PASSPHRASE:
                why = QCoreApplication.translate(
                    "BackupProtect", "Choose a passphrase of at least {minimum} characters."
                ).format(minimum=MIN_BACKUP_PASSPHRASE)
            elif text != again:
                why = QCoreApplication.translate("BackupProtect", "Type the same passphrase twice.")
        self.ok.setEnabled(not why)
        self.message.setText(wrap(why) if text else "")

    def choice(self) -> tuple[str | None, bool]:
        """(passphrase, unencrypted): the passphrase, or None with True when the clerk chose
        to write the backup in clear."""
        if self.unencrypted.isChecked():
            return None, True
        return self.passphrase.text(), False


def restore_passphrase_field(parent: QWidget) -> tuple[QLabel, QLineEdit]:
    """The restore dialog's passphrase row: used only when the backup is encrypted."""
    edit = QLineEdit(parent)
    edit.setObjectName("restorePassphrase")
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setPlaceholderText(
        QCoreApplication.translate("BackupProtect", "Only for an encrypted backup")
    )
    label = QLabel(QCoreApplication.translate("BackupProtect", "Pa&ssphrase:"), parent)
    label.setBuddy(edit)
    return label, edit
