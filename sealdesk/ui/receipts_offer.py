"""At the office, after intake (issue 16): "Write receipts for the districts just received...".

The office window shows this button once an intake took in a bundle; it remembers each district
and round taken in since the receipts were last written, asks for a folder and the office key's
passphrase once, and writes one signed receipt per district off the UI thread (progress and
Cancel), through ``ws.write_receipts``.
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLabel, QLineEdit, QSizePolicy, QWidget

from sealdesk.domain.city import IntakeOutcome, IntakeResult
from sealdesk.errors import SealDeskError
from sealdesk.ui import jobs
from sealdesk.ui.errors import show_error, show_info

if TYPE_CHECKING:
    from sealdesk.ui.jobs import Job
    from sealdesk.ui.office_session import OfficeSession

WROTE_RECEIPTS = (
    "Wrote %n receipts into {folder}. Send each to its district by any channel; they are signed."
)
"""A plural message (``numerus="yes"``): "Wrote 1 receipt ...", "Wrote 3 receipts ..."."""


def _lupdate_marks() -> None:  # pragma: no cover - never called
    """pyside6-lupdate marks a message plural only when it is translated with a literal
    number, so the plural message above is written here once more for it (a test keeps both
    the same)."""
    QCoreApplication.translate(
        "Receipts",
        "Wrote %n receipts into {folder}. Send each to its district by any channel; they are "
        "signed.",
        None,
        1,
    )


RECEIVED = (IntakeOutcome.TAKEN, IntakeOutcome.HISTORY)
"""Outcomes after which the office holds something new from the district."""


class ReceiptsOffer(QLabel):
    """Hidden until a bundle is taken in; then offers the receipts for those districts. A link
    that wraps (like "Publish a new catalog edition..."): the side panel is narrow at 1024 px
    and 150 %, where a button's sentence would be cut."""

    written = Signal(object)  # tuple[Path, ...]: the receipts just written

    def __init__(self, session: OfficeSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("writeReceipts")
        # in the narrow side panel: takes its width, adds nothing to the window's minimum
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.session = session
        self.pending: dict[tuple[str, int], None] = {}  # (district, round), in intake order
        self.job: Job | None = None
        self.setVisible(False)
        self.linkActivated.connect(lambda _link: self.offer())
        self.retranslate()

    def retranslate(self) -> None:
        self.setText(f'<a href="receipts">{html.escape(self.caption())}</a>')
        self.setToolTip(
            QCoreApplication.translate(
                "Receipts",
                "One signed receipt per district into a folder you choose: what City Hall holds, "
                "so the district can send only what is new.",
            )
        )

    def caption(self) -> str:
        return QCoreApplication.translate(
            "Receipts", "Write receipts for the districts just received..."
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def note(self, result: IntakeResult) -> None:
        """Called for each line of an intake (button, folder, watcher)."""
        if result.outcome in RECEIVED and result.district_code and result.round_year_be:
            self.pending[(result.district_code, int(result.round_year_be))] = None
            self.setVisible(True)

    def offer(self) -> Job | None:
        """Asks for the folder and the passphrase (once), then writes the receipts."""
        if not self.pending or self.job is not None:
            return None
        folder = QFileDialog.getExistingDirectory(
            self.window(),
            QCoreApplication.translate("Receipts", "Folder for the receipts"),
            str(Path.home()),
        )
        if not folder:
            return None
        passphrase, ok = QInputDialog.getText(
            self.window(),
            QCoreApplication.translate("Receipts", "Sign the receipts"),
            QCoreApplication.translate("Receipts", "Passphrase of the office key:"),
            QLineEdit.EchoMode.Password,
        )
        if not ok:
            return None
        return self.write(Path(folder), passphrase)

    def write(self, folder: Path, passphrase: str) -> Job:
        """Writes the receipts of ``pending`` into ``folder`` off the UI thread."""
        wanted = list(self.pending)
        job = self.session.job(
            lambda ws, job: ws.write_receipts(
                wanted, folder, passphrase, progress=job.report, cancelled=job.is_cancelled
            )
        )
        self.job = job
        self.setEnabled(False)
        job.succeeded.connect(lambda paths: self._written(wanted, folder, paths))
        job.failed.connect(self._failed)
        job.finished.connect(self._done)
        jobs.run_with_progress(
            self.window(), job, QCoreApplication.translate("Receipts", "Writing the receipts...")
        )
        return job

    def _written(
        self, wanted: list[tuple[str, int]], folder: Path, paths: tuple[Path, ...]
    ) -> None:
        for key in wanted:
            self.pending.pop(key, None)
        self.setVisible(bool(self.pending))
        show_info(
            self.window(),
            QCoreApplication.translate("Receipts", WROTE_RECEIPTS, None, len(paths)).format(
                folder=str(folder)
            ),
        )
        self.written.emit(paths)

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, SealDeskError):  # a wrong passphrase: nothing was written
            show_error(self.window(), error)

    def _done(self) -> None:
        self.job = None
        self.setEnabled(True)
