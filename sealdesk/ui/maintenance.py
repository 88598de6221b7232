"""Looking after the workspace from the app: back up, restore, check, the audit log, and the
gentle reminder when the last backup is old.

The services existed for the CLI (services/backup.py, restore.py, check.py, audit.py); this is
their front end. Each long step runs off the GUI thread (``session.job``) with progress and
Cancel, and an error reaches the user through ``ui.errors.show_error`` only. A restore never
overwrites: it goes into a new, empty folder (as ``sealdesk restore`` does) and then offers to
open that workspace in a new window. The reminder is a quiet part of the status bar (shown only
when ``BackupStatus.due``), never a dialog at start-up.
"""

from __future__ import annotations

import sys
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QProcess, QSettings
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sealdesk.domain.assessment import Problem
from sealdesk.domain.backup import BackupReport, BackupStatus, RestoreReport
from sealdesk.ui import i18n
from sealdesk.ui.backup_protect import BackupPassphraseDialog, restore_passphrase_field
from sealdesk.ui.check_dialog import CheckDialog
from sealdesk.ui.errors import show_error, show_info
from sealdesk.ui.jobs import Job, JobCancelled, run_with_progress
from sealdesk.ui.session import Session
from sealdesk.ui.thaiwrap import wrap

if TYPE_CHECKING:
    from sealdesk.services.workspace import Workspace

BACKUP_FOLDER_KEY = "backup_folder"  # QSettings: where the clerk saved the last backup


def cancellable(job: Job):  # -> Progress
    """A progress callback that reports to ``job`` and stops the work when Cancel is pressed."""

    def report(done: int, total: int) -> None:
        if job.is_cancelled():
            raise JobCancelled()
        job.report(done, total)

    return report


def default_backup_name(district_code: str, today: date | None = None) -> str:
    today = today or date.today()
    return f"sealdesk-backup-{district_code}-{today.isoformat()}.zip"


def open_in_new_window(folder: Path) -> bool:
    """Starts another SealDesk on ``folder`` (the restored workspace); this one stays open."""
    if getattr(sys, "frozen", False):
        program, args = sys.executable, []
    else:
        program, args = sys.executable, ["-m", "sealdesk"]
    args += ["--workspace", str(folder), "--lang", i18n.current()]
    started = QProcess.startDetached(program, args)
    return bool(started[0] if isinstance(started, tuple) else started)


class Maintenance(QObject):
    """The File / Tools entries that look after the workspace, and the backup reminder in the
    window's status bar."""

    def __init__(self, session: Session, window: QMainWindow) -> None:
        super().__init__(window)
        self.session = session
        self.window = window
        self.reminder = QWidget(window)
        self.reminder.setObjectName("backupReminder")
        row = QHBoxLayout(self.reminder)
        row.setContentsMargins(0, 0, 0, 0)
        self.reminder_label = QLabel(self.reminder)
        self.reminder_button = QPushButton(self.reminder)
        self.reminder_button.setObjectName("backUpNow")
        self.reminder_button.clicked.connect(self.backup)
        row.addWidget(self.reminder_label)
        row.addWidget(self.reminder_button)
        window.statusBar().addPermanentWidget(self.reminder)
        self.status: BackupStatus | None = None
        session.event.connect(lambda _event: self.refresh_reminder())  # any change counts
        self.refresh_reminder()

    # ------------------------------------------------------------------ the reminder

    def refresh_reminder(self) -> None:
        self.status = self.session.backup_status()
        self.reminder.setVisible(self.status.due(datetime.now()))
        self.retranslate()

    def retranslate(self) -> None:
        status = self.status
        if status is None:
            return
        if status.last_at is None:
            text = QCoreApplication.translate(
                "Maintenance", "This workspace has never been backed up."
            )
        else:
            text = QCoreApplication.translate(
                "Maintenance", "The last backup was made on {date}."
            ).format(date=i18n.short_date(status.last_at))
        self.reminder_label.setText(text)
        self.reminder_button.setText(QCoreApplication.translate("Maintenance", "Back up now"))
        self.reminder.setToolTip(
            QCoreApplication.translate(
                "Maintenance",
                "Keep a backup on a USB drive or a network folder, not only on this computer.",
            )
        )

    # ------------------------------------------------------------------ back up

    def backup(self) -> Job | None:
        """Asks where to save the backup (a new .zip), then writes it in the background."""
        folder = QSettings().value(BACKUP_FOLDER_KEY) or str(Path.home())
        name = default_backup_name(self.session.query(lambda ws: ws.district.code))
        chosen, _ = QFileDialog.getSaveFileName(
            self.window,
            QCoreApplication.translate("Maintenance", "Back up the workspace"),
            str(Path(str(folder)) / name),
            QCoreApplication.translate("Maintenance", "SealDesk backups (*.zip)"),
        )
        if not chosen:
            return None
        from sealdesk.services.personal_data import has_personal_data  # only when asked

        passphrase, unencrypted = None, False
        if self.session.query(has_personal_data):  # issue 18: encrypted unless said otherwise
            dialog = BackupPassphraseDialog(self.window)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            passphrase, unencrypted = dialog.choice()
        # The file dialog has asked before replacing an existing file.
        return self.start_backup(
            Path(chosen), Path(chosen).exists(), passphrase=passphrase, unencrypted=unencrypted
        )

    def start_backup(
        self,
        destination: Path,
        overwrite: bool = False,
        *,
        passphrase: str | None = None,
        unencrypted: bool = False,
    ) -> Job:
        QSettings().setValue(BACKUP_FOLDER_KEY, str(destination.parent))

        def work(ws: Workspace, job: Job) -> BackupReport:
            report = ws.backup_report(
                destination,
                progress=cancellable(job),
                overwrite=overwrite,
                passphrase=passphrase,
                unencrypted=unencrypted,
            )
            from sealdesk.services import backup as backup_service

            backup_service.record_backup(ws, report)
            return report

        job = self.session.job(work)
        job.succeeded.connect(self._backed_up)
        job.failed.connect(lambda error: show_error(self.window, error))
        job.cancelled.connect(
            lambda: show_info(
                self.window,
                QCoreApplication.translate(
                    "Maintenance", "The backup was cancelled; nothing was written."
                ),
            )
        )
        run_with_progress(
            self.window, job, QCoreApplication.translate("Maintenance", "Writing the backup...")
        )
        return job

    def _backed_up(self, report: BackupReport) -> None:
        self.refresh_reminder()
        if report.complete:
            text = QCoreApplication.translate(
                "Maintenance", "The backup was written to {file}."
            ).format(file=str(report.path))
        else:
            text = QCoreApplication.translate(
                "Maintenance",
                "The backup was written to {file}, but these damaged or missing files are not "
                "in it: {names}.",
            ).format(file=str(report.path), names=", ".join(p.subject for p in report.left_out))
        show_info(self.window, text)

    # ------------------------------------------------------------------ restore

    def restore(self) -> RestoreDialog:
        dialog = RestoreDialog(self.window)
        dialog.open()
        return dialog

    # ------------------------------------------------------------------ check

    def check(self) -> Job:
        """Checks the database and re-hashes every evidence file, then shows what it found."""

        def work(ws: Workspace, job: Job) -> list[Problem]:
            from sealdesk.services import check as check_service

            return check_service.check(ws, progress=cancellable(job))

        job = self.session.job(work)
        job.succeeded.connect(lambda problems: CheckDialog(problems, self.window).open())
        job.failed.connect(lambda error: show_error(self.window, error))
        run_with_progress(
            self.window,
            job,
            QCoreApplication.translate("Maintenance", "Checking the workspace..."),
        )
        return job

    # ------------------------------------------------------------------ audit log

    def audit_log(self) -> QDialog:
        from sealdesk.ui.audit_log import AuditLogDialog

        dialog = AuditLogDialog(self.session, self.window)
        dialog.open()
        return dialog


class RestoreDialog(QDialog):
    """Restores a backup into a new, empty folder (never over anything), then offers to open
    the restored workspace in a new window. The workspace open here is not touched."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("restoreDialog")
        self.report: RestoreReport | None = None
        self.job: Job | None = None
        self.setWindowTitle(QCoreApplication.translate("Maintenance", "Restore a backup"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            wrap(
                QCoreApplication.translate(
                    "Maintenance",
                    "The backup is restored into a new, empty folder: nothing is overwritten, "
                    "and the workspace open now stays as it is.",
                )
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.backup_edit = QLineEdit(self)
        self.backup_edit.setObjectName("backupFile")
        self.backup_edit.editingFinished.connect(self._backup_typed)
        self.choose_backup = QPushButton(
            QCoreApplication.translate("Maintenance", "C&hoose..."), self
        )
        self.choose_backup.clicked.connect(self._choose_backup)
        self.folder_edit = QLineEdit(self)
        self.folder_edit.setObjectName("restoreFolder")
        self.choose_folder = QPushButton(
            QCoreApplication.translate("Maintenance", "Choose &where..."), self
        )
        self.choose_folder.clicked.connect(self._choose_folder)
        backup_label = QLabel(QCoreApplication.translate("Maintenance", "&Backup file:"), self)
        backup_label.setBuddy(self.backup_edit)
        folder_label = QLabel(QCoreApplication.translate("Maintenance", "New &folder:"), self)
        folder_label.setBuddy(self.folder_edit)
        form.addRow(backup_label, _row(self.backup_edit, self.choose_backup))
        form.addRow(folder_label, _row(self.folder_edit, self.choose_folder))
        passphrase_label, self.passphrase = restore_passphrase_field(self)
        form.addRow(passphrase_label, self.passphrase)
        layout.addLayout(form)
        self.message = QLabel(self)
        self.message.setObjectName("restoreMessage")
        self.message.setWordWrap(True)
        layout.addWidget(self.message, 1)
        self.buttons = QDialogButtonBox(self)
        self.restore_button = self.buttons.addButton(
            QCoreApplication.translate("Maintenance", "&Restore"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.buttons.accepted.connect(self.restore)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(720, 240)  # ScreenFitter bounds it

    def _choose_backup(self) -> None:
        folder = QSettings().value(BACKUP_FOLDER_KEY) or str(Path.home())
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            QCoreApplication.translate("Maintenance", "Choose the backup to restore"),
            str(folder),
            QCoreApplication.translate("Maintenance", "SealDesk backups (*.zip)"),
        )
        if chosen:
            self.set_backup(Path(chosen))

    def set_backup(self, path: Path) -> None:
        self.backup_edit.setText(str(path))
        if not self.folder_edit.text().strip():
            self.folder_edit.setText(str(new_folder_beside(path.parent, path.stem)))

    def _backup_typed(self) -> None:
        text = self.backup_edit.text().strip()
        if text and not self.folder_edit.text().strip():
            self.set_backup(Path(text))

    def _choose_folder(self) -> None:
        parent = QFileDialog.getExistingDirectory(
            self,
            QCoreApplication.translate("Maintenance", "Where to create the new folder"),
            str(Path(self.folder_edit.text() or Path.home()).parent),
        )
        if parent:
            name = Path(self.folder_edit.text()).name or "SealDesk-restored"
            self.folder_edit.setText(str(new_folder_beside(Path(parent), name)))

    def restore(self) -> Job | None:
        backup = Path(self.backup_edit.text().strip())
        folder_text = self.folder_edit.text().strip()
        if not self.backup_edit.text().strip() or not folder_text:
            self.message.setText(
                wrap(
                    QCoreApplication.translate(
                        "Maintenance", "Choose the backup file and the new folder first."
                    )
                )
            )
            return None
        folder = Path(folder_text)
        passphrase = self.passphrase.text() or None

        def work(job: Job) -> RestoreReport:
            from sealdesk.services.workspace import Workspace

            return Workspace.restore_report(
                backup, folder, progress=cancellable(job), passphrase=passphrase
            )

        self.job = job = Job(work)
        job.succeeded.connect(self._restored)
        job.failed.connect(lambda error: show_error(self, error))
        job.cancelled.connect(
            lambda: self.message.setText(
                wrap(
                    QCoreApplication.translate(
                        "Maintenance", "The restore was cancelled; nothing was written."
                    )
                )
            )
        )
        run_with_progress(
            self, job, QCoreApplication.translate("Maintenance", "Restoring the backup...")
        )
        return job

    def _restored(self, report: RestoreReport) -> None:
        self.report = report
        if report.complete:
            text = QCoreApplication.translate(
                "Maintenance", "The backup was restored into {path}."
            ).format(path=str(report.path))
        else:
            text = QCoreApplication.translate(
                "Maintenance",
                "The backup was restored into {path}, but these evidence files could not be: "
                "{names}.",
            ).format(path=str(report.path), names=", ".join(p.subject for p in report.missing))
        self.message.setText(wrap(text))
        self.restore_button.setEnabled(False)
        self.ask_to_open(report.path)

    def ask_to_open(self, path: Path) -> QMessageBox:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            QCoreApplication.translate("Maintenance", "Restore a backup"),
            wrap(
                QCoreApplication.translate(
                    "Maintenance", "Open the restored workspace in a new window now?"
                )
            ),
            QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Close,
            self,
        )
        box.setObjectName("openRestored")
        box.buttonClicked.connect(
            lambda button: (
                box.standardButton(button) == QMessageBox.StandardButton.Open
                and open_in_new_window(path)
            )
        )
        box.open()
        return box


def new_folder_beside(parent: Path, name: str) -> Path:
    """``parent/name``, or ``name-2``, ``name-3``... when it exists: a folder that is new."""
    candidate = parent / name
    n = 2
    while candidate.exists():
        candidate = parent / f"{name}-{n}"
        n += 1
    return candidate


def _row(edit: QLineEdit, button: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addWidget(edit, 1)
    row.addWidget(button)
    return row
