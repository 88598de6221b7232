"""Return, accept or finalize one district's submission: where to save the signed feedback file
and the office key's passphrase, like the export; written on the job runner with progress and
Cancel. The file goes to the district by USB stick or email, like a bundle."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sealdesk.domain.city import OfficeSubmission
from sealdesk.domain.review import FeedbackKind
from sealdesk.progress import Cancelled
from sealdesk.ui.errors import message_of
from sealdesk.ui.jobs import Job, JobCancelled, run_with_progress
from sealdesk.ui.review_desk import ReviewDesk


def default_name(kind: FeedbackKind, submission: OfficeSubmission) -> str:
    return f"feedback-{submission.district_code}-{submission.round_year_be}-{kind.value}.zip"


class SignFeedbackDialog(QDialog):
    """Writes the signed feedback file of ``kind`` for ``submission``'s district."""

    signed = Signal(object)  # what the service returned

    def __init__(
        self,
        desk: ReviewDesk,
        kind: FeedbackKind,
        submission: OfficeSubmission,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("signFeedback")
        self.desk, self.kind, self.submission = desk, kind, submission
        self.job: Job | None = None
        titles = {
            FeedbackKind.RETURNED: QCoreApplication.translate(
                "Review", "Return the submission with feedback"
            ),
            FeedbackKind.ACCEPTED: QCoreApplication.translate("Review", "Accept the submission"),
            FeedbackKind.FINAL: QCoreApplication.translate("Review", "Make the submission final"),
        }
        explain = {
            FeedbackKind.RETURNED: QCoreApplication.translate(
                "Review",
                "The district receives every verdict, comment and required action, answers "
                "them and sends a new bundle.",
            ),
            FeedbackKind.ACCEPTED: QCoreApplication.translate(
                "Review",
                "The submission counts in the city's figures as confirmed; the district learns "
                "it from this file.",
            ),
            FeedbackKind.FINAL: QCoreApplication.translate(
                "Review",
                "The submission is locked: no verdict can be changed afterwards; the district "
                "learns it from this file.",
            ),
        }
        self.setWindowTitle(titles[kind])
        layout = QVBoxLayout(self)
        intro = QLabel(explain[kind], self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.destination = QLineEdit(self)
        self.destination.setObjectName("feedbackPath")
        self.destination.setText(str(Path.home() / default_name(kind, submission)))
        choose = QPushButton(QCoreApplication.translate("Review", "Choose..."), self)
        choose.clicked.connect(self._choose)
        row = QHBoxLayout()
        row.addWidget(self.destination, 1)
        row.addWidget(choose)
        form.addRow(QCoreApplication.translate("Review", "Save the feedback file as:"), row)
        self.passphrase = QLineEdit(self)
        self.passphrase.setObjectName("passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(
            QCoreApplication.translate("Review", "&Passphrase of the office key:"), self.passphrase
        )
        layout.addLayout(form)
        self.message = QLabel(self)
        self.message.setObjectName("signMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.sign_button = QPushButton(QCoreApplication.translate("Review", "&Sign and save"), self)
        self.sign_button.setObjectName("signButton")
        self.sign_button.setDefault(True)
        self.buttons.addButton(self.sign_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.rejected.connect(self.reject)
        self.sign_button.clicked.connect(self.write)
        layout.addWidget(self.buttons)
        self.passphrase.setFocus()
        self.resize(620, 260)

    def _choose(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            QCoreApplication.translate("Review", "Save the feedback file as"),
            self.destination.text(),
            QCoreApplication.translate("Review", "Feedback files (*.zip)"),
        )
        if name:
            self.destination.setText(name)

    def write(self) -> Job | None:
        target = Path(self.destination.text().strip())
        passphrase = self.passphrase.text()
        if not self.destination.text().strip() or not passphrase:
            self.message.setText(
                QCoreApplication.translate(
                    "Review", "Choose where to save the file and type the passphrase."
                )
            )
            return None
        inner = self.desk.sign_job(self.kind, self.submission.district_code, target, passphrase)
        job = inner
        job.succeeded.connect(self._done)
        job.failed.connect(self._failed)
        job.cancelled.connect(
            lambda: self.message.setText(
                QCoreApplication.translate(
                    "Review", "Cancelled: nothing was written and nothing changed."
                )
            )
        )
        self.job = job
        self.sign_button.setEnabled(False)
        job.finished.connect(lambda: self.sign_button.setEnabled(True))
        run_with_progress(
            self, job, QCoreApplication.translate("Review", "Writing the feedback file...")
        )
        return job

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, Cancelled | JobCancelled):
            return
        self.message.setStyleSheet("color: #b00020;")
        self.message.setText(message_of(error))

    def _done(self, result: object) -> None:
        self.message.setStyleSheet("")
        self.message.setText(
            QCoreApplication.translate(
                "Review",
                "The signed feedback file was written to {path}. Send it to the district.",
            ).format(path=self.destination.text().strip())
        )
        self.passphrase.clear()
        self.sign_button.setEnabled(False)
        self.signed.emit(result)
