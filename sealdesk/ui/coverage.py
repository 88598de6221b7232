"""A benchmark's means of verification, each ticked when linked evidence covers it, as the paper
checklist does. Which file covers which means is the clerk's choice: Enter (or a double-click)
on a means opens the list of the benchmark's linked files to tick those that cover it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QDialog,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sealdesk.domain.coverage import means_covered
from sealdesk.ui import i18n
from sealdesk.ui.session import Session
from sealdesk.ui.widgets import WrapLabel, accept_cancel_buttons

POSITION = Qt.ItemDataRole.UserRole


class CoverageList(QWidget):
    """The means of verification of the benchmark shown, ticked when covered."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.code: str | None = None
        self.coverage: dict[int, tuple[int, ...]] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.list = QListWidget(self)
        self.list.setObjectName("meansOfVerification")
        self.list.setWordWrap(True)
        self.list.itemActivated.connect(self.choose_files)
        layout.addWidget(self.list)
        self.summary = WrapLabel("", self)
        self.summary.setObjectName("coverageSummary")
        self.summary.setStyleSheet("color: #555;")
        layout.addWidget(self.summary)
        self.assign = QPushButton(self)
        self.assign.setObjectName("assignCoverage")
        self.assign.clicked.connect(lambda: self.choose_files(self.list.currentItem()))
        layout.addWidget(self.assign, 0, Qt.AlignmentFlag.AlignLeft)
        session.evidence_changed.connect(self.reload)
        self.retranslate()

    def retranslate(self) -> None:
        self.list.setAccessibleName(
            QCoreApplication.translate("Coverage", "Means of verification, ticked when covered")
        )
        self.assign.setText(
            QCoreApplication.translate("Coverage", "Which files cover this mea&ns...")
        )
        self.reload()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_benchmark(self, code: str) -> None:
        self.code = code
        self.reload()

    def reload(self) -> None:
        self.list.clear()
        benchmark = self.session.catalog.benchmark(self.code) if self.code else None
        if benchmark is None:
            return
        code = benchmark.code
        self.coverage = self.session.coverage(code)
        names = {e.id: e.original_name for e in self.session.evidence_for(code)}
        ticks = means_covered(len(benchmark.verification), self.coverage)
        lang = i18n.current()
        for position, (means, covered) in enumerate(
            zip(benchmark.verification, ticks, strict=True), start=1
        ):
            item = QListWidgetItem(means.get(lang), self.list)
            item.setData(POSITION, position)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            item.setCheckState(Qt.CheckState.Checked if covered else Qt.CheckState.Unchecked)
            files = sorted(names.get(i, "") for i, ps in self.coverage.items() if position in ps)
            item.setToolTip("\n".join(files))
        if self.list.count():
            self.list.setCurrentRow(0)
        self._fit_height()
        covered = sum(ticks)
        self.summary.set_text(
            QCoreApplication.translate(
                "Coverage", "%n means of verification covered by linked evidence.", "", covered
            )
        )
        self.assign.setEnabled(bool(self.coverage))
        self.assign.setToolTip(
            ""
            if self.coverage
            else QCoreApplication.translate(
                "Coverage", "Link evidence to this benchmark first, then say what it covers."
            )
        )

    def _fit_height(self) -> None:
        """As tall as its lines (a benchmark lists a few means): no empty box, no scrolling."""
        rows = sum(max(self.list.sizeHintForRow(i), 1) for i in range(self.list.count()))
        self.list.setFixedHeight(rows + 2 * self.list.frameWidth() + 4)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_height()  # wrapped lines change height with the width

    def choose_files(self, item: QListWidgetItem | None) -> QDialog | None:
        """Opens the dialog ticking which linked files cover the means of ``item``."""
        if item is None or not self.code or not self.coverage:
            return None
        dialog = CoverFilesDialog(self.session, self.code, item.data(POSITION), item.text(), self)
        dialog.open()
        return dialog


class CoverFilesDialog(QDialog):
    """Tick the linked files that cover one means of verification."""

    def __init__(
        self, session: Session, code: str, position: int, means: str, parent: CoverageList
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.code = code
        self.position = position
        self.coverage = dict(parent.coverage)
        self.setObjectName("coverFiles")
        self.setWindowTitle(QCoreApplication.translate("Coverage", "Files covering this means"))
        layout = QVBoxLayout(self)
        layout.addWidget(WrapLabel(means, self))
        self.files = QListWidget(self)
        self.files.setObjectName("coverFilesList")
        for evidence in session.evidence_for(code):
            item = QListWidgetItem(evidence.original_name, self.files)
            item.setData(POSITION, evidence.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            covers = position in self.coverage.get(evidence.id, ())
            item.setCheckState(Qt.CheckState.Checked if covers else Qt.CheckState.Unchecked)
        if self.files.count():
            self.files.setCurrentRow(0)
        layout.addWidget(self.files, 1)
        layout.addWidget(accept_cancel_buttons(self))
        self.accepted.connect(self.save)
        self.resize(520, 360)

    def save(self) -> None:
        from sealdesk.services import coverage

        round_be = self.session.round
        for i in range(self.files.count()):
            item = self.files.item(i)
            evidence_id = item.data(POSITION)
            now = set(self.coverage.get(evidence_id, ()))
            if item.checkState() == Qt.CheckState.Checked:
                now.add(self.position)
            else:
                now.discard(self.position)
            if now != set(self.coverage.get(evidence_id, ())):
                self.session.run(
                    lambda ws, e=evidence_id, n=now: coverage.set_coverage(
                        ws, e, self.code, n, round_be
                    ),
                    parent=self,
                )
