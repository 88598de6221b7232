"""Export and verify the signed submission bundle, and create the signing key, from the desktop
app, through the export, verification and keys services."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sealdesk.progress import Cancelled
from sealdesk.ui.errors import message_of
from sealdesk.ui.jobs import Job, JobCancelled, run_with_progress
from sealdesk.ui.ready import ConfirmExportDialog, level_text
from sealdesk.ui.session import Session
from sealdesk.ui.thaiwrap import wrap

if TYPE_CHECKING:
    from sealdesk.services.export import ExportResult, Preflight
    from sealdesk.services.keys import PublicKey
    from sealdesk.services.verification import VerifyReport
    from sealdesk.services.workspace import Workspace


def _path_row(parent: QWidget, edit: QLineEdit, choose: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addWidget(edit, 1)
    row.addWidget(choose)
    return row


class KeyDialog(QDialog):
    """Creates the workspace's signing key, protected by a passphrase typed twice."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.public_key: PublicKey | None = None
        self.job: Job | None = None
        self.setWindowTitle(QCoreApplication.translate("Bundles", "Create the signing key"))
        form = QFormLayout(self)
        intro = QLabel(
            wrap(
                QCoreApplication.translate(
                    "Bundles",
                    "The signing key proves that a bundle comes from this district office. "
                    "Choose a passphrase of at least {minimum} characters and keep it safe.",
                ).format(minimum=_min_passphrase())
            ),
            self,
        )
        intro.setWordWrap(True)
        form.addRow(intro)
        self.passphrase = QLineEdit(self)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.again = QLineEdit(self)
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(QCoreApplication.translate("Bundles", "&Passphrase:"), self.passphrase)
        form.addRow(QCoreApplication.translate("Bundles", "The same &again:"), self.again)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        form.addRow(self.message)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.create)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.resize(520, self.sizeHint().height())

    def create(self) -> None:
        from sealdesk.services import keys

        if self.passphrase.text() != self.again.text():
            self.message.setText(wrap(_tr_errors("The two passphrases differ.")))
            return
        passphrase = self.passphrase.text()
        job = self.session.job(lambda ws, _job: keys.create(ws, passphrase))
        job.succeeded.connect(self._created)
        job.failed.connect(lambda error: self.message.setText(wrap(message_of(error))))
        self.job = job
        run_with_progress(self, job, QCoreApplication.translate("Bundles", "Creating the key..."))

    def _created(self, public_key: PublicKey) -> None:
        self.public_key = public_key
        self.accept()


def _min_passphrase() -> int:
    from sealdesk.services.keys import MIN_PASSPHRASE

    return MIN_PASSPHRASE


def _tr_errors(text: str) -> str:
    return QCoreApplication.translate("Errors", text)


class ExportDialog(QDialog):
    """Pre-flight list, destination, passphrase; exports on the job runner; shows the
    fingerprint the clerk notes down for City Hall, and offers the cover sheet to print."""

    cover_requested = Signal(Path)
    benchmark_activated = Signal(str)  # a pre-flight line naming one benchmark was opened

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.confirm: ConfirmExportDialog | None = None
        self.result: ExportResult | None = None
        self.check: Preflight
        self.job: Job | None = None
        self.setObjectName("exportDialog")
        self.setWindowTitle(QCoreApplication.translate("Bundles", "Export the submission bundle"))
        layout = QVBoxLayout(self)
        self.checks_label = QLabel(QCoreApplication.translate("Bundles", "Before exporting:"), self)
        self.checks = QListWidget(self)
        self.checks.setObjectName("preflight")
        self.checks.setWordWrap(True)
        self.checks.setAccessibleName(QCoreApplication.translate("Bundles", "Pre-flight checks"))
        self.checks.itemActivated.connect(self._finding_activated)
        self.level = QLabel(self)
        self.level.setObjectName("projectedLevel")
        layout.addWidget(self.checks_label)
        layout.addWidget(self.checks, 1)
        layout.addWidget(self.level)
        self.create_key = QPushButton(
            QCoreApplication.translate("Bundles", "Create the signing key..."), self
        )
        self.create_key.clicked.connect(self._create_key)
        layout.addWidget(self.create_key, 0, Qt.AlignmentFlag.AlignLeft)
        form = QFormLayout()
        self.destination = QLineEdit(self)
        self.destination.setObjectName("bundlePath")
        choose = QPushButton(QCoreApplication.translate("Bundles", "Choose..."), self)
        choose.clicked.connect(self._choose)
        form.addRow(
            QCoreApplication.translate("Bundles", "Save the bundle as:"),
            _path_row(self, self.destination, choose),
        )
        self.passphrase = QLineEdit(self)
        self.passphrase.setObjectName("passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(QCoreApplication.translate("Bundles", "&Passphrase:"), self.passphrase)
        layout.addLayout(form)
        from sealdesk.ui.receipts import SendOptions  # issue 16: delta and parts

        self.send = SendOptions(session, self)
        layout.addWidget(self.send)
        self.message = QLabel(self)
        self.message.setObjectName("exportMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.export_button = QPushButton(QCoreApplication.translate("Bundles", "&Export"), self)
        self.export_button.setObjectName("exportButton")
        self.buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.cover_button = QPushButton(
            QCoreApplication.translate("Bundles", "Print the &cover sheet..."), self
        )
        self.cover_button.setObjectName("coverButton")
        self.cover_button.setEnabled(False)  # until a bundle is written
        self.cover_button.clicked.connect(
            lambda: self.cover_requested.emit(Path(self.result.path))  # type: ignore[union-attr]
        )
        self.buttons.addButton(self.cover_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        self.export_button.clicked.connect(self.export)
        layout.addWidget(self.buttons)
        self.refresh()
        self.resize(680, 560)

    def refresh(self) -> None:
        from sealdesk.services import export, keys

        round_be = self.session.round
        check = self.session.query(lambda ws: export.preflight(ws, round_be))
        self.check = check
        self.checks.clear()
        for finding in check.blockers:
            item = QListWidgetItem("✖ " + finding.render(QCoreApplication.translate), self.checks)
            item.setForeground(QColor("#b00020"))
            item.setData(Qt.ItemDataRole.UserRole, finding.codes[0] if finding.codes else None)
        for finding in check.warnings:
            item = QListWidgetItem("⚠ " + finding.render(QCoreApplication.translate), self.checks)
            item.setForeground(QColor("#8a5a00"))
            item.setData(Qt.ItemDataRole.UserRole, finding.codes[0] if finding.codes else None)
        self.level.setText(level_text(check))
        if not check.blockers and not check.warnings:
            QListWidgetItem(
                "✔ " + QCoreApplication.translate("Bundles", "Everything is ready."), self.checks
            )
        self.blocked = bool(check.blockers)
        self.export_button.setEnabled(not self.blocked)
        self.create_key.setVisible(not self.session.query(keys.has_key))
        if not self.destination.text():
            path = self.session.query(
                lambda ws: export.default_bundle_path(ws, Path.home(), round_be, datetime.now())
            )
            self.destination.setText(str(path))

    def _create_key(self) -> None:
        dialog = KeyDialog(self.session, self)
        dialog.exec()
        self.refresh()

    def _choose(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            QCoreApplication.translate("Bundles", "Save the bundle as"),
            self.destination.text(),
            QCoreApplication.translate("Bundles", "Bundles (*.zip)"),
        )
        if name:
            self.destination.setText(name)

    def _finding_activated(self, item: QListWidgetItem) -> None:
        code = item.data(Qt.ItemDataRole.UserRole)
        if code:
            self._open_benchmark(code)

    def _open_benchmark(self, code: str) -> None:
        self.reject()
        self.benchmark_activated.emit(code)

    def export(self) -> Job | None:
        """Exports, after the clerk confirms the warnings (if any) in ConfirmExportDialog:
        then ``confirm`` is open and its "Export anyway" starts the export."""
        self.refresh()
        if self.blocked:
            return None
        if self.check.warnings:
            self.confirm = ConfirmExportDialog(self.session, self.check, self)
            self.confirm.accepted.connect(self._write)
            self.confirm.benchmark_activated.connect(self._open_benchmark)
            self.confirm.open()
            return None
        return self._write()

    def _write(self) -> Job:
        from sealdesk.services import export

        round_be = self.session.round
        target, passphrase = Path(self.destination.text().strip()), self.passphrase.text()
        delta, part_size = self.send.delta.isChecked(), self.send.part_size()

        def work(ws: Workspace, job: Job) -> ExportResult:
            try:
                return export.export_bundle(
                    ws,
                    target,
                    passphrase=passphrase,
                    round_be=round_be,
                    progress=job.report,
                    cancelled=job.is_cancelled,
                    delta=delta,
                    part_size=part_size,
                )
            except Cancelled:  # the one cancellation, whatever step was running
                raise JobCancelled() from None

        job = self.session.job(work)
        job.succeeded.connect(self._exported)
        job.failed.connect(self._failed)
        job.cancelled.connect(
            lambda: self.message.setText(
                _tr_errors("The export was cancelled; nothing was written.")
            )
        )
        self.job = job
        self.export_button.setEnabled(False)
        job.finished.connect(lambda: self.export_button.setEnabled(not self.blocked))
        run_with_progress(self, job, QCoreApplication.translate("Bundles", "Writing the bundle..."))
        return job

    def _failed(self, error: BaseException) -> None:
        self.message.setStyleSheet("color: #b00020;")
        self.message.setText(wrap(message_of(error)))

    def _exported(self, result: ExportResult) -> None:
        self.result = result
        self.message.setStyleSheet("")
        self.message.setText(
            wrap(
                QCoreApplication.translate(
                    "Bundles",
                    "The bundle {id} was written to {path}.\n"
                    "Print its cover sheet for the director to sign: it carries the whole "
                    "fingerprint as text and as a QR code, so nothing needs copying by hand.\n"
                    "Short fingerprint, to read out on the phone: {short}\n"
                    "Whole fingerprint: {fp}",
                ).format(
                    id=result.friendly_id or result.bundle_id,
                    path=str(result.path),
                    short=result.short_fingerprint,
                    fp=result.fingerprint,
                )
            )
        )
        self.passphrase.clear()
        # the next step is the cover sheet: Enter prints it
        self.cover_button.setEnabled(not result.parts)  # the cover sheet reads a whole .zip
        self.export_button.setDefault(False)
        self.cover_button.setDefault(True)
        self.cover_button.setFocus()


class VerifyDialog(QDialog):
    """Checks a bundle against trusted public keys (by default, this workspace's own)."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.report: VerifyReport | None = None
        self.job: Job | None = None
        self.setObjectName("verifyDialog")
        self.setWindowTitle(QCoreApplication.translate("Bundles", "Verify a bundle"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.bundle = QLineEdit(self)
        choose = QPushButton(QCoreApplication.translate("Bundles", "Choose..."), self)
        choose.clicked.connect(self._choose_bundle)
        form.addRow(
            QCoreApplication.translate("Bundles", "Bundle:"), _path_row(self, self.bundle, choose)
        )
        self.trust = QLineEdit(self)
        self.trust.setPlaceholderText(
            QCoreApplication.translate("Bundles", "This workspace's own keys")
        )
        choose_key = QPushButton(QCoreApplication.translate("Bundles", "Choose..."), self)
        choose_key.clicked.connect(self._choose_key)
        form.addRow(
            QCoreApplication.translate("Bundles", "Trusted public key (.pub) or folder:"),
            _path_row(self, self.trust, choose_key),
        )
        layout.addLayout(form)
        self.result_label = QLabel(self)
        self.result_label.setObjectName("verifyResult")
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.result_label, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.verify_button = QPushButton(QCoreApplication.translate("Bundles", "&Verify"), self)
        buttons.addButton(self.verify_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.verify_button.clicked.connect(self.verify)
        layout.addWidget(buttons)
        self.resize(640, 420)

    def _choose_bundle(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            QCoreApplication.translate("Bundles", "Bundle"),
            "",
            QCoreApplication.translate("Bundles", "Bundles (*.zip)"),
        )
        if name:
            self.bundle.setText(name)

    def _choose_key(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, QCoreApplication.translate("Bundles", "Trusted public key"), "", "*.pub"
        )
        if name:
            self.trust.setText(name)

    def verify(self) -> Job:
        from sealdesk.services import verification

        path = Path(self.bundle.text().strip())
        trust_text = self.trust.text().strip()

        def work(ws: Workspace, job: Job) -> VerifyReport:
            trust: verification.Trust = (
                Path(trust_text) if trust_text else verification.workspace_trust(ws)
            )
            try:
                return verification.verify_bundle(
                    path, trust, progress=job.report, cancelled=job.is_cancelled
                )
            except Cancelled:
                raise JobCancelled() from None

        job = self.session.job(work)
        job.succeeded.connect(self._verified)
        job.failed.connect(lambda error: self.result_label.setText(wrap("✖ " + message_of(error))))
        self.job = job
        run_with_progress(
            self, job, QCoreApplication.translate("Bundles", "Checking the bundle...")
        )
        return job

    def _verified(self, report: VerifyReport) -> None:
        self.report = report
        r = report
        self.result_label.setText(
            wrap(
                QCoreApplication.translate(
                    "Bundles",
                    "✔ The bundle is intact and signed by a trusted key.\n"
                    "District office: {district}\nRound: {round}\nSigned by key {key} at {time}\n"
                    "{evidence} evidence documents\nFingerprint: {fp}",
                ).format(
                    district=f"{r.district_code} {r.district_th} ({r.district_en})",
                    round=r.round_be,
                    key=r.signer_key_id,
                    time=r.signed_at,
                    evidence=r.evidence_count,
                    fp=r.bundle_fingerprint,
                )
            )
        )
