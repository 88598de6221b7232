"""Ready to submit: the pre-flight list as a view a clerk works down, dimension by dimension,
and the confirmation asked before an export with warnings.

Every line naming a benchmark opens its page (``benchmark_activated``, which the main window
connects to its navigation): double-click, or Enter from the keyboard.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sealdesk.domain.catalog import Catalog
from sealdesk.domain.preflight import Finding, Preflight
from sealdesk.errors import QT_TRANSLATE_NOOP
from sealdesk.progress import Cancelled
from sealdesk.ui import i18n
from sealdesk.ui.errors import message_of
from sealdesk.ui.jobs import Job, JobCancelled, run_with_progress
from sealdesk.ui.session import Session
from sealdesk.ui.widgets import WrapLabel

if TYPE_CHECKING:
    from sealdesk.services.workspace import Workspace

CODE = Qt.ItemDataRole.UserRole
BLOCKER = QColor("#b00020")
WARNING = QColor("#8a5a00")

PER_BENCHMARK = {
    "not-started": QT_TRANSLATE_NOOP("Ready", "Not started."),
    "mandatory-not-met": QT_TRANSLATE_NOOP("Ready", "Mandatory for the level aimed at, not met."),
    "reason-missing": QT_TRANSLATE_NOOP("Ready", "No reason given for its status."),
    "met-without-evidence": QT_TRANSLATE_NOOP("Ready", "Marked met, but no evidence is linked."),
    "not-applicable-without-justification": QT_TRANSLATE_NOOP(
        "Ready", "Not applicable without a justification."
    ),
    "blob-missing": QT_TRANSLATE_NOOP("Ready", "A linked evidence file is missing."),
    "blob-corrupt": QT_TRANSLATE_NOOP("Ready", "A linked evidence file is damaged."),
    "blob-unreadable": QT_TRANSLATE_NOOP("Ready", "A linked evidence file cannot be read."),
    "evidence-changed": QT_TRANSLATE_NOOP("Ready", "A linked evidence file has changed."),
    "evidence-expired": QT_TRANSLATE_NOOP("Ready", "A linked evidence file has expired."),
}
"""The short sentence a benchmark's line says for each finding kind that names it."""

BENCHMARK_KINDS = frozenset(
    {"not-started", "mandatory-not-met", "reason-missing", "met-without-evidence"}
    | {"not-applicable-without-justification"}
)
"""Kinds said only on the benchmarks' lines; the others are also listed whole at the top."""


def level_text(check: Preflight) -> str:
    if check.projected is None:
        return QCoreApplication.translate("Ready", "Projected level: not yet Bronze.")
    level = QCoreApplication.translate("Level", check.projected.label)
    return QCoreApplication.translate("Ready", "Projected level: {level}.").format(level=level)


def render(finding: Finding) -> str:
    return finding.render(QCoreApplication.translate)


class FindingTree(QTreeWidget):
    """The findings, each with the benchmarks it names as lines that open their pages."""

    benchmark_activated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.setWordWrap(True)
        self.setUniformRowHeights(False)
        self.itemActivated.connect(self._activated)

    def _activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        code = item.data(0, CODE)
        if code:
            self.benchmark_activated.emit(code)

    def benchmark_line(self, parent: QTreeWidgetItem, catalog: Catalog, code: str) -> None:
        bm = catalog.benchmark(code)
        title = bm.title.get(i18n.current()) if bm else ""
        line = QTreeWidgetItem(parent, [f"{code}  {title}"])
        line.setData(0, CODE, code)
        line.setToolTip(0, f"{code}  {title}")

    def show_check(self, check: Preflight, catalog: Catalog) -> None:
        self.clear()
        for findings, mark, colour in (
            (check.blockers, "✖ ", BLOCKER),
            (check.warnings, "⚠ ", WARNING),
        ):
            for finding in findings:
                item = QTreeWidgetItem(self, [mark + render(finding)])
                item.setToolTip(0, render(finding))
                item.setForeground(0, QBrush(colour))
                item.setData(0, Qt.ItemDataRole.AccessibleTextRole, render(finding))
                if len(finding.codes) == 1:
                    item.setData(0, CODE, finding.codes[0])
                for code in finding.codes:
                    self.benchmark_line(item, catalog, code)
                item.setExpanded(len(finding.codes) <= 10)  # a long list opens on demand
        if not check.blockers and not check.warnings:
            QTreeWidgetItem(
                self, ["✔ " + QCoreApplication.translate("Ready", "Everything is ready.")]
            )


class ReadyView(QWidget):
    """Ready to submit, per dimension: what is left to do on each benchmark, each line a link."""

    benchmark_activated = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.check: Preflight | None = None
        self.job: Job | None = None
        self._stale = True
        layout = QVBoxLayout(self)
        self.level = WrapLabel("", self)
        self.level.setObjectName("readyLevel")
        self.level.setStyleSheet("font-weight: 600;")
        layout.addWidget(self.level)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("readyList")
        self.tree.setHeaderHidden(True)
        self.tree.setWordWrap(True)
        self.tree.itemActivated.connect(self._activated)
        layout.addWidget(self.tree, 1)
        row = QHBoxLayout()
        self.check_files = QPushButton(self)
        self.check_files.setObjectName("readyCheckFiles")
        self.check_files.clicked.connect(self.verify_files)
        row.addWidget(self.check_files)
        row.addStretch(1)
        layout.addLayout(row)
        from sealdesk.ui.receipts import SentBundles  # issue 16

        self.sent = SentBundles(session, self)
        layout.addWidget(self.sent)
        for signal in (session.assessment_changed, session.evidence_changed, session.round_changed):
            signal.connect(self._changed)
        session.setting_changed.connect(self._changed)
        self.retranslate()

    def retranslate(self) -> None:
        self.check_files.setText(  # not Alt+F: that is the File menu
            QCoreApplication.translate("Ready", "&Check every evidence file now")
        )
        self.check_files.setToolTip(
            QCoreApplication.translate(
                "Ready",
                "Re-reads every linked file, as the integrity check does, to find files that "
                "changed since they were added.",
            )
        )
        self.tree.setAccessibleName(QCoreApplication.translate("Ready", "Ready to submit"))
        if self.check is not None:
            self.show_check(self.check)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _changed(self, *_args: object) -> None:
        self._stale = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        """Re-reads the pre-flight list (sizes only, no re-hash: quick enough for the GUI)."""
        from sealdesk.services import export

        round_be = self.session.round
        self._stale = False
        self.show_check(self.session.query(lambda ws: export.preflight(ws, round_be)))

    def verify_files(self) -> Job:
        """The pre-flight list with every linked file re-hashed, off the GUI thread."""
        from sealdesk.services import export

        round_be = self.session.round

        def work(ws: Workspace, job: Job) -> Preflight:
            try:
                return export.preflight(
                    ws,
                    round_be,
                    verify_files=True,
                    progress=job.report,
                    cancelled=job.is_cancelled,
                )
            except Cancelled:
                raise JobCancelled() from None

        job = self.session.job(work)
        job.succeeded.connect(self.show_check)
        job.failed.connect(lambda error: self.level.set_text(message_of(error)))
        self.job = job
        run_with_progress(
            self, job, QCoreApplication.translate("Ready", "Checking the evidence files...")
        )
        return job

    def show_check(self, check: Preflight) -> None:
        self.check = check
        catalog = self.session.catalog
        lang = i18n.current()
        self.level.set_text(level_text(check))
        self.tree.clear()
        general = [f for f in check.findings() if f.kind not in BENCHMARK_KINDS]
        if general:
            top = QTreeWidgetItem(
                self.tree, [QCoreApplication.translate("Ready", "For the whole round")]
            )
            for finding in general:
                mark = "✖ " if finding in check.blockers else "⚠ "
                item = QTreeWidgetItem(top, [mark + render(finding)])
                item.setToolTip(0, render(finding))
                item.setForeground(0, QBrush(BLOCKER if mark == "✖ " else WARNING))
            top.setExpanded(True)
        todo: dict[str, list[tuple[str, bool]]] = {}
        for finding in check.findings():
            sentence = PER_BENCHMARK.get(finding.kind)
            for code in finding.codes if sentence else ():
                todo.setdefault(code, []).append((sentence, finding in check.blockers))
        for dimension in catalog.dimensions:
            top = QTreeWidgetItem(
                self.tree,
                [
                    QCoreApplication.translate("Ready", "Dimension {code}: {title}").format(
                        code=dimension.code, title=dimension.title.get(lang)
                    )
                ],
            )
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            lines = [bm for bm in dimension.benchmarks() if bm.code in todo]
            for bm in lines:
                said = " ".join(
                    QCoreApplication.translate("Ready", text) for text, _ in todo[bm.code]
                )
                # what is left to do first (never elided away), the title under it
                line = QTreeWidgetItem(top, [f"{bm.code}  {said}\n{bm.title.get(lang)}"])
                line.setData(0, CODE, bm.code)
                line.setToolTip(0, f"{bm.code}  {bm.title.get(lang)}\n{said}")
                blocked = any(blocker for _, blocker in todo[bm.code])
                line.setForeground(0, QBrush(BLOCKER if blocked else WARNING))
            if not lines:
                QTreeWidgetItem(
                    top,
                    ["✔ " + QCoreApplication.translate("Ready", "Nothing left to do here.")],
                )
            top.setExpanded(True)

    def _activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        code = item.data(0, CODE)
        if code:
            self.benchmark_activated.emit(code)

    def benchmark_items(self) -> dict[str, QTreeWidgetItem]:
        """The benchmark lines by code (for tests and keyboard navigation)."""
        found: dict[str, QTreeWidgetItem] = {}
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            for j in range(top.childCount()):
                code = top.child(j).data(0, CODE)
                if code:
                    found[code] = top.child(j)
        return found


class ConfirmExportDialog(QDialog):
    """Asked before an export the pre-flight check has warnings about: export anyway, or go
    back; a benchmark line opens its page (the dialog closes, the export is not made)."""

    benchmark_activated = Signal(str)

    def __init__(self, session: Session, check: Preflight, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("confirmExport")
        self.setWindowTitle(QCoreApplication.translate("Ready", "Export with warnings?"))
        layout = QVBoxLayout(self)
        intro = WrapLabel(
            QCoreApplication.translate(
                "Ready",
                "The pre-flight check found the warnings below. Export anyway, or go back and "
                "fix them: a benchmark's line opens its page.",
            ),
            self,
        )
        layout.addWidget(intro)
        self.level = WrapLabel(level_text(check), self)
        layout.addWidget(self.level)
        self.findings = FindingTree(self)
        self.findings.setObjectName("confirmFindings")
        self.findings.show_check(check, session.catalog)
        self.findings.benchmark_activated.connect(self._open)
        layout.addWidget(self.findings, 1)
        buttons = QDialogButtonBox(self)
        self.export_button = buttons.addButton(
            QCoreApplication.translate("Ready", "E&xport anyway"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.back_button = buttons.addButton(
            QCoreApplication.translate("Ready", "&Go back"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.back_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(640, 480)

    def _open(self, code: str) -> None:
        self.reject()
        self.benchmark_activated.emit(code)
