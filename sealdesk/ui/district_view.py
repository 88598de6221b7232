"""One district's submission as the office received it, read-only: the checklist with each
benchmark's status, narrative, justification and action plan, the evidence with a preview, and
the signed checklist PDF. Nothing here writes to the workspace."""

from __future__ import annotations

import shutil
import tempfile
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sealdesk.domain.city import OfficeAssessment, OfficeEvidence, OfficeSubmission
from sealdesk.domain.thaidate import format_date
from sealdesk.errors import SealDeskError
from sealdesk.ui import i18n
from sealdesk.ui.errors import show_error
from sealdesk.ui.office_session import OfficeSession
from sealdesk.ui.preview import PreviewPane
from sealdesk.ui.widgets import status_icon, status_label

SHA_ROLE = Qt.ItemDataRole.UserRole + 1


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class DistrictSubmissionDialog(QDialog):
    """Shows ``submission``; files are read through ``session.evidence_path``."""

    def __init__(
        self, session: OfficeSession, submission: OfficeSubmission, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("districtSubmission")
        self.session = session
        self.submission = submission
        self._temp = Path(tempfile.mkdtemp(prefix="sealdesk-office-view-"))
        th = i18n.current() == "th"
        name = submission.name_th if th else submission.name_en
        self.setWindowTitle(
            QCoreApplication.translate(
                "DistrictView", "{district}: submission for round {year} (read-only)"
            ).format(district=name, year=submission.round_year_be)
        )
        layout = QVBoxLayout(self)
        self.header = QLabel(self)
        self.header.setObjectName("submissionHeader")
        self.header.setWordWrap(True)
        self.header.setTextFormat(Qt.TextFormat.RichText)
        received = format_date(submission.received_at.date(), i18n.current())
        self.header.setText(
            "<b>"
            + _esc(f"{submission.district_code} {name}")
            + "</b><br>"
            + _esc(
                QCoreApplication.translate(
                    "DistrictView",
                    "{state} · bundle {bundle} · received {received} · catalog {edition}",
                ).format(
                    state=QCoreApplication.translate("SubmissionState", submission.state.label),
                    bundle=submission.bundle_id,
                    received=received,
                    edition=submission.catalog_edition,
                )
            )
        )
        layout.addWidget(self.header)
        if submission.catalog_standing.flagged:  # issue 17: not the office's current edition
            self.catalog_flag = QLabel(self)
            self.catalog_flag.setObjectName("catalogFlag")
            self.catalog_flag.setWordWrap(True)
            self.catalog_flag.setStyleSheet("color: #b00020; font-weight: 600;")
            self.catalog_flag.setText(
                "⚑ "
                + QCoreApplication.translate(
                    "DistrictView", "Catalog edition {edition} {version}: {standing}"
                ).format(
                    edition=submission.catalog_edition,
                    version=submission.catalog_version,
                    standing=QCoreApplication.translate(
                        "Office", submission.catalog_standing.label
                    ),
                )
            )
            layout.addWidget(self.catalog_flag)

        self.tabs = QTabWidget(self)
        layout.addWidget(self.tabs, 1)

        # the checklist: benchmarks on the left, what the district wrote on the right
        checklist = QSplitter(Qt.Orientation.Horizontal, self)
        self.benchmarks = QTreeWidget(checklist)
        self.benchmarks.setObjectName("submissionBenchmarks")
        self.benchmarks.setHeaderLabels(
            [
                QCoreApplication.translate("DistrictView", "Benchmark"),
                QCoreApplication.translate("DistrictView", "Status"),
            ]
        )
        self.benchmarks.setRootIsDecorated(False)
        self.benchmarks.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        for a in submission.assessments:
            title = a.title_th if th else a.title_en
            item = QTreeWidgetItem([f"{a.code}  {title}", status_label(a.status)])
            item.setIcon(1, status_icon(a.status))
            item.setData(0, SHA_ROLE, a.code)
            self.benchmarks.addTopLevelItem(item)
        self.benchmarks.setColumnWidth(0, 360)
        self.detail = QTextBrowser(checklist)
        self.detail.setObjectName("submissionDetail")
        self.detail.setOpenLinks(False)
        checklist.addWidget(self.benchmarks)
        checklist.addWidget(self.detail)
        checklist.setSizes([460, 420])
        self.tabs.addTab(checklist, QCoreApplication.translate("DistrictView", "Checklist"))
        self.benchmarks.currentItemChanged.connect(lambda item, _p: self._show_benchmark(item))

        # the evidence: the list and a preview
        evidence = QSplitter(Qt.Orientation.Horizontal, self)
        left = QWidget(evidence)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.evidence = QListWidget(left)
        self.evidence.setObjectName("submissionEvidence")
        for e in submission.evidence:
            item = QListWidgetItem(f"{e.name}  ({_size(e.size)})")
            item.setData(SHA_ROLE, e.sha256)
            item.setToolTip(
                QCoreApplication.translate("DistrictView", "Used for {codes}").format(
                    codes=", ".join(e.benchmarks) or "-"
                )
            )
            self.evidence.addItem(item)
        self.open_evidence = QPushButton(QCoreApplication.translate("DistrictView", "Open"), left)
        left_layout.addWidget(self.evidence, 1)
        left_layout.addWidget(self.open_evidence)
        self.preview = PreviewPane(evidence)
        evidence.addWidget(left)
        evidence.addWidget(self.preview)
        evidence.setSizes([320, 560])
        self.tabs.addTab(
            evidence,
            QCoreApplication.translate("DistrictView", "Evidence ({n})").format(
                n=len(submission.evidence)
            ),
        )
        self.evidence.currentItemChanged.connect(lambda item, _p: self._preview(item))
        from sealdesk.ui.protected_view import add_protected_tab  # issue 18

        self.protected = add_protected_tab(self.tabs, session, submission.bundle_id)
        self.open_evidence.clicked.connect(self._open_current)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        row = QHBoxLayout()
        self.checklist_pdf = QPushButton(
            QCoreApplication.translate("DistrictView", "Open the signed checklist PDF"), self
        )
        self.checklist_pdf.setObjectName("openChecklistPdf")
        self.checklist_pdf.setEnabled(submission.checklist_pdf_sha256 is not None)
        if submission.checklist_pdf_sha256 is None:
            self.checklist_pdf.setToolTip(
                QCoreApplication.translate(
                    "DistrictView", "This bundle was sent without the checklist PDF."
                )
            )
        self.checklist_pdf.clicked.connect(self._open_checklist)
        row.addWidget(self.checklist_pdf)
        # issue 16: what the office holds, signed, for the district's next (delta) export
        self.receipt_button = QPushButton(
            QCoreApplication.translate("Receipts", "Write a &receipt for the district..."), self
        )
        self.receipt_button.setObjectName("writeReceipt")
        self.receipt_button.clicked.connect(self._write_receipt)
        row.addWidget(self.receipt_button)
        row.addStretch(1)
        row.addWidget(buttons)
        layout.addLayout(row)
        buttons.rejected.connect(self.reject)
        if self.benchmarks.topLevelItemCount():
            self.benchmarks.setCurrentItem(self.benchmarks.topLevelItem(0))
        self.finished.connect(lambda _r: shutil.rmtree(self._temp, ignore_errors=True))
        self.resize(960, 640)  # ScreenFitter bounds it on first show

    def _write_receipt(self) -> None:
        from sealdesk.ui.receipts import write_receipt

        write_receipt(
            self, self.session, self.submission.district_code, self.submission.round_year_be
        )

    # ------------------------------------------------------------------ the checklist

    def assessment(self, code: str) -> OfficeAssessment | None:
        return next((a for a in self.submission.assessments if a.code == code), None)

    def _show_benchmark(self, item: QTreeWidgetItem | None) -> None:
        a = self.assessment(item.data(0, SHA_ROLE)) if item is not None else None
        if a is None:
            self.detail.clear()
            return
        title = a.title_th if i18n.current() == "th" else a.title_en
        parts = [
            f"<h3>{_esc(a.code)} {_esc(title)}</h3>",
            f"<p><b>{_esc(status_label(a.status))}</b></p>",
        ]
        parts.append(_h4(QCoreApplication.translate("DistrictView", "Narrative")))
        parts.append(
            _para(a.narrative)
            or _none(QCoreApplication.translate("DistrictView", "Nothing written."))
        )
        if a.justification:
            parts.append(_h4(QCoreApplication.translate("DistrictView", "Why it does not apply")))
            parts.append(_para(a.justification))
        parts.append(_h4(QCoreApplication.translate("DistrictView", "Action plan")))
        if a.actions:
            done, pending = (
                QCoreApplication.translate("DistrictView", "Done"),
                QCoreApplication.translate("DistrictView", "Pending"),
            )
            rows = "".join(
                "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>".format(
                    _esc(x.action),
                    _esc(x.responsible or "-"),
                    _esc(_due(x.due_date)),
                    _esc(done if x.done else pending),
                )
                for x in a.actions
            )
            heads = (
                QCoreApplication.translate("DistrictView", "Action"),
                QCoreApplication.translate("DistrictView", "Responsible"),
                QCoreApplication.translate("DistrictView", "Due"),
                QCoreApplication.translate("DistrictView", "State"),
            )
            head = "".join(f"<th align='left'>{_esc(h)}</th>" for h in heads)
            parts.append(f"<table cellpadding='3' border='1'><tr>{head}</tr>{rows}</table>")
        else:
            parts.append(_none(QCoreApplication.translate("DistrictView", "No actions planned.")))
        linked = self.submission.evidence_for(a.code)
        parts.append(_h4(QCoreApplication.translate("DistrictView", "Evidence")))
        if linked:
            parts.append("<ul>" + "".join(f"<li>{_esc(e.name)}</li>" for e in linked) + "</ul>")
        else:
            parts.append(_none(QCoreApplication.translate("DistrictView", "No evidence linked.")))
        self.detail.setHtml("".join(parts))

    # ------------------------------------------------------------------ the files

    def _evidence(self, sha256: str) -> OfficeEvidence | None:
        return next((e for e in self.submission.evidence if e.sha256 == sha256), None)

    def _named_copy(self, sha256: str, name: str) -> Path | None:
        """A copy of a stored file under its own name in a private temporary folder: viewers
        need the extension, and the blob store must never be opened for writing."""
        try:
            source = self.session.evidence_path(sha256)
        except SealDeskError as error:
            show_error(self, error)
            return None
        target = self._temp / sha256[:12] / Path(name).name
        if not target.exists():
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, target)
            target.chmod(0o444)
        return target

    def _preview(self, item: QListWidgetItem | None) -> None:
        e = self._evidence(item.data(SHA_ROLE)) if item is not None else None
        if e is None:
            self.preview.clear()
            return
        path = self._named_copy(e.sha256, e.name)
        if path is not None:
            self.preview.show_file(path, e.media_type)

    def _open_current(self) -> None:
        item = self.evidence.currentItem()
        e = self._evidence(item.data(SHA_ROLE)) if item is not None else None
        if e is not None:
            path = self._named_copy(e.sha256, e.name)
            if path is not None:
                QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def checklist_path(self) -> Path | None:
        sha = self.submission.checklist_pdf_sha256
        if sha is None:
            return None
        return self._named_copy(sha, f"checklist-{self.submission.bundle_id}.pdf")

    def _open_checklist(self) -> None:
        path = self.checklist_path()
        if path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def _due(iso: str | None) -> str:
    """The due date in the UI's language (Buddhist Era in Thai), as written if not a date."""
    if not iso:
        return "-"
    try:
        return format_date(date.fromisoformat(iso), i18n.current())
    except ValueError:
        return iso


def _h4(text: str) -> str:
    return f"<h4>{_esc(text)}</h4>"


def _none(text: str) -> str:
    return f"<p><i>{_esc(text)}</i></p>"


def _para(text: str) -> str:
    return "".join(f"<p>{_esc(line)}</p>" for line in text.splitlines() if line.strip())


def _size(size: int) -> str:
    if size < 1024:
        return QCoreApplication.translate("DistrictView", "{n} bytes").format(n=size)
    if size < 1024 * 1024:
        return QCoreApplication.translate("DistrictView", "{n} KB").format(n=f"{size / 1024:.0f}")
    return QCoreApplication.translate("DistrictView", "{n} MB").format(
        n=f"{size / 1024 / 1024:.1f}"
    )
