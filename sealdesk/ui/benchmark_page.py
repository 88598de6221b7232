"""The benchmark page: texts, status, narrative (autosaved), action plan, linked evidence."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QBoxLayout,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from sealdesk.domain.assessment import Assessment
from sealdesk.domain.preflight import REASONED, takes_justification
from sealdesk.domain.status import LEVELS, Status
from sealdesk.errors import SealDeskError
from sealdesk.ui import i18n
from sealdesk.ui.action_plan import ActionPlan
from sealdesk.ui.combos import CommitComboBox
from sealdesk.ui.coverage import CoverageList
from sealdesk.ui.errors import show_error
from sealdesk.ui.feedback_view import OfficeFeedbackBox
from sealdesk.ui.session import Session
from sealdesk.ui.widgets import (
    AcceptsFileDrops,
    WrapLabel,
    local_files,
    show_date,
    status_icon,
    status_label,
)

NARRATIVE_DELAY_MS = 800

LONG_NARRATIVE_CHARS = 30_000
"""A narrative longer than this (about ten printed pages) gets a note under it: reviewers read
a page or two, and printing and export take longer (issue 11)."""


class EvidenceDropList(AcceptsFileDrops, QListWidget):
    """A list of documents that accepts files dragged from the file manager."""

    files_dropped = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)


class BenchmarkPage(QScrollArea):
    """Shows one benchmark; all edits go through the Session."""

    files_dropped = Signal(str, list)  # benchmark code, paths
    add_files_requested = Signal(str)
    link_requested = Signal(str)
    evidence_activated = Signal(int)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.code: str | None = None
        self._loading = False
        self._dirty = False
        self._reason_dirty = False
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAcceptDrops(True)
        body = QWidget(self)
        self.setWidget(body)
        layout = QVBoxLayout(body)

        self.title = WrapLabel("", body)
        self.title.setObjectName("benchmarkTitle")
        self.title.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.subtitle = WrapLabel("", body)
        self.subtitle.setStyleSheet("color: #555;")
        self.mandatory = QLabel(body)
        self.mandatory.setWordWrap(True)
        self.mandatory.setStyleSheet("color: #8a5a00;")
        self.description = WrapLabel("", body)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.mandatory)
        layout.addWidget(self.description)
        self.office_feedback = OfficeFeedbackBox(session, body)  # issue 15: hidden when none
        layout.addWidget(self.office_feedback)

        self.verification_box = QGroupBox(body)
        self.verification = WrapLabel("", self.verification_box)
        self.verification.setVisible(False)  # shown, ticked, by the coverage list (issue 12)
        self.coverage = CoverageList(session, self.verification_box)
        verification_layout = QVBoxLayout(self.verification_box)
        verification_layout.addWidget(self.verification)
        verification_layout.addWidget(self.coverage)
        layout.addWidget(self.verification_box)

        # Status and justification
        self.status_box = QGroupBox(body)
        status_layout = QFormLayout(self.status_box)
        self.status = CommitComboBox(self.status_box)
        self.status.setObjectName("status")
        for status in Status:
            self.status.addItem(status_icon(status), "", status.value)
        self.status_label = QLabel(self.status_box)
        self.status_label.setBuddy(self.status)
        status_layout.addRow(self.status_label, self.status)
        self.justification = QPlainTextEdit(self.status_box)
        self.justification.setObjectName("justification")
        self.justification.setFixedHeight(70)
        self.justification_label = QLabel(self.status_box)
        self.justification_label.setBuddy(self.justification)
        status_layout.addRow(self.justification_label, self.justification)
        self.justification_message = WrapLabel("", self.status_box)
        self.justification_message.setObjectName("justificationMessage")
        self.justification_message.setStyleSheet("color: #b00020;")
        self.apply_na = QPushButton(self.status_box)
        self.apply_na.setObjectName("applyNotApplicable")
        row = QHBoxLayout()
        row.addWidget(self.justification_message, 1)
        row.addWidget(self.apply_na)
        status_layout.addRow(row)
        layout.addWidget(self.status_box)
        self.status.committed.connect(self._status_chosen)
        self.apply_na.clicked.connect(self._apply_not_applicable)
        # partially met / not met: the reason is saved as it is typed (issue 12)
        self.reason_timer = QTimer(self)
        self.reason_timer.setSingleShot(True)
        self.reason_timer.setInterval(NARRATIVE_DELAY_MS)
        self.reason_timer.timeout.connect(self.save_reason)
        self.justification.textChanged.connect(self._reason_typed)

        # Narrative
        self.narrative_box = QGroupBox(body)
        self.narrative = QPlainTextEdit(self.narrative_box)
        self.narrative.setObjectName("narrative")
        self.narrative.setMinimumHeight(140)
        narrative_layout = QVBoxLayout(self.narrative_box)
        narrative_layout.addWidget(self.narrative)
        self.narrative_note = WrapLabel("", self.narrative_box)
        self.narrative_note.setObjectName("narrativeNote")
        self.narrative_note.setVisible(False)
        narrative_layout.addWidget(self.narrative_note)
        layout.addWidget(self.narrative_box)
        self.narrative_timer = QTimer(self)
        self.narrative_timer.setSingleShot(True)
        self.narrative_timer.setInterval(NARRATIVE_DELAY_MS)
        self.narrative_timer.timeout.connect(self.save_narrative)
        self.narrative.textChanged.connect(self._narrative_typed)
        self.narrative.textChanged.connect(self._update_narrative_note)

        # Action plan
        self.actions_box = ActionPlan(session, body)
        self.actions = self.actions_box.table
        layout.addWidget(self.actions_box)

        # Evidence
        self.evidence_box = QGroupBox(body)
        evidence_layout = QVBoxLayout(self.evidence_box)
        self.evidence = EvidenceDropList(self.evidence_box)
        self.evidence.setObjectName("benchmarkEvidence")
        self.evidence.setMinimumHeight(110)
        self.drop_hint = QLabel(self.evidence_box)
        self.drop_hint.setWordWrap(True)
        self.drop_hint.setStyleSheet("color: #666;")
        evidence_layout.addWidget(self.drop_hint)
        evidence_layout.addWidget(self.evidence)
        # The buttons stand in a row, or one under another on a narrow page (see resizeEvent).
        buttons = self.evidence_buttons = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.add_files_button = QPushButton(self.evidence_box)
        self.link_button = QPushButton(self.evidence_box)
        self.unlink_button = QPushButton(self.evidence_box)
        for button in (self.add_files_button, self.link_button, self.unlink_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        evidence_layout.addLayout(buttons)
        layout.addWidget(self.evidence_box)
        layout.addStretch(1)
        self.evidence.files_dropped.connect(self._dropped)
        self.evidence.itemActivated.connect(
            lambda item: self.evidence_activated.emit(item.data(Qt.ItemDataRole.UserRole))
        )
        self.add_files_button.clicked.connect(
            lambda: self.code and self.add_files_requested.emit(self.code)
        )
        self.link_button.clicked.connect(lambda: self.code and self.link_requested.emit(self.code))
        self.unlink_button.clicked.connect(self.unlink_selected)

        session.assessment_changed.connect(self._assessment_changed)
        session.evidence_changed.connect(self._load_evidence)
        self._keyboard_path()
        self.retranslate()
        self.setEnabled(False)

    # ------------------------------------------------------------------ keyboard

    def _keyboard_path(self) -> None:
        """Tab and Shift+Tab leave every multi-line field and the action table (a Tab typed in
        the narrative used to reach the database), and a field given the focus (Tab, a
        mnemonic, a click) is scrolled into view."""
        for edit in self.widget().findChildren(QPlainTextEdit):
            edit.setTabChangesFocus(True)
        self.actions.setTabKeyNavigation(False)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """A narrow page (1024 px, 150 %) stacks the evidence buttons instead of growing wider
        than the screen, which hid the right edge of every text behind a scroll bar."""
        super().resizeEvent(event)
        row = self.evidence_buttons
        wide = sum(
            button.sizeHint().width() + row.spacing()
            for button in (self.add_files_button, self.link_button, self.unlink_button)
        )
        narrow = self.viewport().width() < wide + 60
        direction = QBoxLayout.Direction.TopToBottom if narrow else QBoxLayout.Direction.LeftToRight
        if row.direction() != direction:
            row.setDirection(direction)

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        body = self.widget()
        if new is not None and body is not None and body.isAncestorOf(new):
            self.ensureWidgetVisible(new, 16, 16)

    # ------------------------------------------------------------------ texts

    def retranslate(self) -> None:
        self.verification_box.setTitle(
            QCoreApplication.translate("BenchmarkPage", "Means of verification")
        )
        self.status_box.setTitle(QCoreApplication.translate("BenchmarkPage", "Assessment"))
        self.status_label.setText(QCoreApplication.translate("BenchmarkPage", "&Status:"))
        self.justification_label.setText(
            QCoreApplication.translate("BenchmarkPage", "&Justification:")
        )
        self.justification.setPlaceholderText(
            QCoreApplication.translate(
                "BenchmarkPage", "Why this benchmark does not apply to the district office"
            )
        )
        self.apply_na.setText(QCoreApplication.translate("BenchmarkPage", "Mark &not applicable"))
        for i in range(self.status.count()):
            self.status.setItemText(i, status_label(self.status.itemData(i)))
        self.status.setAccessibleName(QCoreApplication.translate("BenchmarkPage", "Status"))
        self.justification.setAccessibleName(
            QCoreApplication.translate("BenchmarkPage", "Justification")
        )
        self.narrative_box.setTitle(
            QCoreApplication.translate("BenchmarkPage", "Na&rrative (saved automatically)")
        )
        self._update_narrative_note()
        self.narrative.setAccessibleName(QCoreApplication.translate("BenchmarkPage", "Narrative"))
        self.narrative.setPlaceholderText(
            QCoreApplication.translate(
                "BenchmarkPage", "Describe what the district office does for this benchmark."
            )
        )
        self.actions_box.retranslate()
        self.evidence_box.setTitle(QCoreApplication.translate("BenchmarkPage", "Evidence"))
        self.evidence.setAccessibleName(
            QCoreApplication.translate("BenchmarkPage", "Evidence linked to this benchmark")
        )
        self.drop_hint.setText(
            QCoreApplication.translate("BenchmarkPage", "Drag files here from the file manager.")
        )
        self.add_files_button.setText(QCoreApplication.translate("BenchmarkPage", "Add f&iles..."))
        self.link_button.setText(
            QCoreApplication.translate("BenchmarkPage", "Lin&k a document from the library...")
        )
        self.unlink_button.setText(QCoreApplication.translate("BenchmarkPage", "&Unlink"))
        if self.code:
            self.show_benchmark(self.code)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # ------------------------------------------------------------------ loading

    def show_benchmark(self, code: str) -> None:
        self.save_narrative()
        benchmark = self.session.catalog.benchmark(code)
        if benchmark is None:
            return
        lang = i18n.current()
        other = "en" if lang == "th" else "th"
        if code != self.code:
            # Another benchmark starts at its top, not where the last one was scrolled to.
            self.verticalScrollBar().setValue(0)
        self.code = code
        self.setEnabled(True)
        self.title.set_text(f"{code}  {benchmark.title.get(lang)}")
        # English users see the Thai title too (it is the official text); Thai users need not.
        self.subtitle.set_text(benchmark.title.get(other) if lang == "en" else "")
        self.subtitle.setVisible(lang == "en")
        levels = [
            QCoreApplication.translate("Level", level.label)
            for level in LEVELS
            if level in benchmark.mandatory
        ]
        self.mandatory.setText(
            QCoreApplication.translate("BenchmarkPage", "Mandatory for: {levels}").format(
                levels=", ".join(levels)
            )
            if levels
            else QCoreApplication.translate("BenchmarkPage", "Not mandatory for any level")
        )
        self.description.set_text(benchmark.description.get(lang))
        self.verification.set_text("\n".join(f"• {v.get(lang)}" for v in benchmark.verification))
        self.coverage.show_benchmark(code)
        self.office_feedback.show_benchmark(code)
        self._show_assessment(self.session.assessment(code), narrative=True)
        self._load_evidence()

    def _show_assessment(self, assessment: Assessment, narrative: bool) -> None:
        self._loading = True
        try:
            self.status.discard_pending()
            self.status.setCurrentIndex(self.status.findData(assessment.status.value))
            if not self.justification.hasFocus():
                self.justification.setPlainText(assessment.justification)
            self._set_justification_visible(takes_justification(assessment.status))
            self.apply_na.setVisible(assessment.status is Status.NOT_APPLICABLE)
            self._justification_placeholder(assessment.status)
            self.justification_message.set_text("")
            if narrative and assessment.narrative != self.narrative.toPlainText():
                cursor = self.narrative.textCursor().position()
                self.narrative.setPlainText(assessment.narrative)
                new_cursor = self.narrative.textCursor()
                new_cursor.setPosition(min(cursor, len(assessment.narrative)))
                self.narrative.setTextCursor(new_cursor)
            self.actions_box.show_actions(self.code, assessment)
        finally:
            self._loading = False

    def _set_justification_visible(self, visible: bool) -> None:
        self.justification.setVisible(visible)
        self.justification_label.setVisible(visible)
        self.apply_na.setVisible(visible)

    def _assessment_changed(self, assessment: Assessment) -> None:
        if assessment.benchmark_code == self.code:
            typing = self._dirty
            self._show_assessment(assessment, narrative=not typing)

    def _load_evidence(self) -> None:
        self.evidence.clear()
        if not self.code:
            return
        for item in self.session.evidence_for(self.code):
            when = show_date(item.effective_date)
            text = item.original_name + (f"  ({when})" if when else "")
            if item.description:
                text += f" — {item.description}"
            entry = QListWidgetItem(text, self.evidence)
            entry.setData(Qt.ItemDataRole.UserRole, item.id)

    # ------------------------------------------------------------------ status

    def _status_chosen(self, index: int) -> None:
        if self._loading or not self.code:
            return
        status = Status(self.status.itemData(index))
        if status is Status.NOT_APPLICABLE:
            self._set_justification_visible(True)
            if not self.justification.toPlainText().strip():
                self.justification_message.set_text(
                    QCoreApplication.translate(
                        "BenchmarkPage",
                        "Write why this benchmark does not apply, then press "
                        "\u201cMark not applicable\u201d.",
                    )
                )
                self.justification.setFocus()
                return
            self._apply_not_applicable()
            return
        self._set_justification_visible(takes_justification(status))
        self.apply_na.setVisible(False)
        self._justification_placeholder(status)
        self.justification_message.set_text("")
        self.reason_timer.stop()
        self._reason_dirty = False
        reason = self.justification.toPlainText().strip()
        self._set_status(status, reason if status in REASONED and reason else None)

    def _justification_placeholder(self, status: Status) -> None:
        self.justification.setPlaceholderText(
            QCoreApplication.translate(
                "BenchmarkPage",
                "Why it is only partially met or not met, and what is planned (the assessors "
                "read it)",
            )
            if status in REASONED
            else QCoreApplication.translate(
                "BenchmarkPage", "Why this benchmark does not apply to the district office"
            )
        )

    def _reason_typed(self) -> None:
        if not self._loading and self.code and Status(self.status.currentData()) in REASONED:
            self._reason_dirty = True
            self.reason_timer.start()

    def save_reason(self) -> None:
        """Saves the reason of a partially met / not met benchmark (also on leaving the page)."""
        if not self._reason_dirty or not self.code:
            return
        self.reason_timer.stop()
        self._reason_dirty = False
        status = Status(self.status.currentData())
        if status in REASONED:
            self._set_status(status, self.justification.toPlainText().strip())

    def _apply_not_applicable(self) -> None:
        text = self.justification.toPlainText().strip()
        if not text:
            self.justification_message.set_text(
                QCoreApplication.translate(
                    "BenchmarkPage", "A justification is required for \u201cNot applicable\u201d."
                )
            )
            self.justification.setFocus()
            return
        self.justification_message.set_text("")
        self._set_status(Status.NOT_APPLICABLE, text)

    def _set_status(self, status: Status, justification: str | None) -> None:
        assert self.code
        try:
            self.session.set_status(self.code, status, justification)
        except SealDeskError as error:
            show_error(self, error)
            self._show_assessment(self.session.assessment(self.code), narrative=False)

    # ------------------------------------------------------------------ narrative

    def _update_narrative_note(self) -> None:
        """Says so when the narrative is unusually long (LONG_NARRATIVE_CHARS)."""
        length = self.narrative.document().characterCount() - 1
        long = length > LONG_NARRATIVE_CHARS
        if long:
            self.narrative_note.set_text(
                QCoreApplication.translate(
                    "BenchmarkPage",
                    "This narrative is unusually long ({count} characters). Reviewers read a "
                    "page or two; printing and export will take longer.",
                ).format(count=f"{length:,}")
            )
        self.narrative_note.setVisible(long)

    def _narrative_typed(self) -> None:
        if self._loading or not self.code:
            return
        self._dirty = True
        self.session.pending(f"narrative:{self.code}", True)
        self.narrative_timer.start()

    def save_narrative(self) -> None:
        """Saves a pending narrative now (also called on leaving the page and on close)."""
        self.save_reason()
        if not self._dirty or not self.code:
            return
        self.narrative_timer.stop()
        self._dirty = False
        try:
            self.session.set_narrative(self.code, self.narrative.toPlainText())
        except SealDeskError as error:
            show_error(self, error)
        finally:
            self.session.pending(f"narrative:{self.code}", False)

    # ------------------------------------------------------------------ actions

    def remove_action(self) -> None:
        self.actions_box.remove_action()

    def _guard(self, change: object) -> None:
        try:
            change()  # type: ignore[operator]
        except SealDeskError as error:
            show_error(self, error)

    # ------------------------------------------------------------------ evidence

    def _dropped(self, paths: list[Path]) -> None:
        if self.code:
            self.files_dropped.emit(self.code, paths)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.code and local_files(event):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        files = local_files(event)
        if self.code and files:
            event.acceptProposedAction()
            self.files_dropped.emit(self.code, files)

    def unlink_selected(self) -> None:
        if not self.code:
            return
        ids = [item.data(Qt.ItemDataRole.UserRole) for item in self.evidence.selectedItems()]
        for evidence_id in ids:
            self._guard(lambda e=evidence_id: self.session.unlink(e, [self.code]))
