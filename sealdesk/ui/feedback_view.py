"""At a district: the office's feedback (issue 15). The benchmark page's box with the office's
verdict, comment and required action ("Take into action plan", one click); the "Feedback to
answer" list of what is still open; importing a feedback file (File menu), trusting the office
key first when it is not trusted yet. Every read and change goes through the Session
(services/feedback.py)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sealdesk.domain.review import (
    BenchmarkReview,
    FeedbackImport,
    OpenFeedbackItem,
    ReceivedFeedback,
    Verdict,
)
from sealdesk.ui import i18n
from sealdesk.ui.session import Session
from sealdesk.ui.widgets import WrapLabel, show_date

VERDICT_COLOURS = {
    Verdict.MEETS: "#1b5e20",
    Verdict.PARTLY_MEETS: "#8a5a00",
    Verdict.DOES_NOT_MEET: "#b00020",
    Verdict.EVIDENCE_INSUFFICIENT: "#b00020",
    Verdict.NA_AGREED: "#5f6368",
    Verdict.NOT_REVIEWED: "#5f6368",
}


def verdict_text(verdict: Verdict) -> str:
    return QCoreApplication.translate("Verdict", verdict.label)


class FeedbackDesk:
    """The district's feedback reads and changes, through the Session (one place for the
    service names)."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def received(self) -> tuple[ReceivedFeedback, ...]:
        """The feedback files imported for the round shown, newest first."""
        return self.session.feedback_list()

    def latest_for(self, code: str) -> tuple[ReceivedFeedback, BenchmarkReview] | None:
        for f in self.received():
            r = f.review_for(code)
            if r is not None and r.verdict is not Verdict.NOT_REVIEWED:
                return f, r
        return None

    def open_items(self) -> tuple[OpenFeedbackItem, ...]:
        return self.session.open_feedback()

    def take(self, code: str, feedback_id: str, parent: QWidget | None) -> bool:
        done = self.session.run(
            lambda ws: ws.take_action_into_plan(code, feedback_id) or True, parent=parent
        )
        return done is not None


class OfficeFeedbackBox(QGroupBox):
    """On the benchmark page: what the office said about this benchmark in its latest feedback."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("officeFeedback")
        self.desk = FeedbackDesk(session)
        self.code: str | None = None
        self.feedback_id: str | None = None
        layout = QVBoxLayout(self)
        self.verdict = QLabel(self)
        self.verdict.setObjectName("officeVerdict")
        self.verdict.setStyleSheet("font-weight: 600;")
        self.comment = WrapLabel("", self)
        self.comment.setObjectName("officeComment")
        self.action = WrapLabel("", self)
        self.action.setObjectName("officeAction")
        self.take_button = QPushButton(self)
        self.take_button.setObjectName("takeIntoPlan")
        row = QHBoxLayout()
        row.addWidget(self.action, 1)
        row.addWidget(self.take_button, 0, Qt.AlignmentFlag.AlignTop)
        for w in (self.verdict, self.comment):
            layout.addWidget(w)
        layout.addLayout(row)
        self.take_button.clicked.connect(self.take_into_plan)
        session.feedback_changed.connect(lambda _e: self.show_benchmark(self.code))
        session.assessment_changed.connect(lambda _a: self.show_benchmark(self.code))
        self.retranslate()
        self.setVisible(False)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setTitle(QCoreApplication.translate("Feedback", "The office's feedback"))
        self.take_button.setText(QCoreApplication.translate("Feedback", "Take int&o action plan"))
        self.show_benchmark(self.code)

    def show_benchmark(self, code: str | None) -> None:
        self.code = code
        found = self.desk.latest_for(code) if code else None
        self.setVisible(found is not None)
        if found is None:
            self.feedback_id = None
            return
        fb, review = found
        self.feedback_id = fb.feedback_id
        self.verdict.setText(
            QCoreApplication.translate("Feedback", "{kind} on {date}: {verdict}").format(
                kind=QCoreApplication.translate("FeedbackKind", fb.kind.label),
                date=show_date(fb.issued_at.date()),
                verdict=verdict_text(review.verdict),
            )
        )
        self.verdict.setStyleSheet(f"font-weight: 600; color: {VERDICT_COLOURS[review.verdict]};")
        self.comment.set_text(review.comment)
        self.comment.setVisible(bool(review.comment))
        action = review.action
        self.action.setVisible(action is not None)
        self.take_button.setVisible(action is not None)
        if action is not None:
            self.action.set_text(_action_text(action.text, action.due))
            taken = any(
                i.action_taken
                for i in self.desk.open_items()
                if i.benchmark_code == code and i.feedback_id == fb.feedback_id
            ) or self._in_plan(action.text)
            self.take_button.setEnabled(not taken)
            self.take_button.setToolTip(
                QCoreApplication.translate("Feedback", "It is in the action plan already.")
                if taken
                else ""
            )

    def _in_plan(self, text: str) -> bool:
        code = self.code
        if code is None:
            return False
        assessment = self.desk.session.assessment(code)
        return any(a.action.strip() == text.strip() for a in assessment.actions)

    def take_into_plan(self) -> None:
        if self.code and self.feedback_id:
            if self.desk.take(self.code, self.feedback_id, self):
                self.show_benchmark(self.code)


def _action_text(text: str, due) -> str:
    if due is None:
        return QCoreApplication.translate("Feedback", "Required action: {action}").format(
            action=text
        )
    return QCoreApplication.translate("Feedback", "Required action: {action} (due {due})").format(
        action=text, due=show_date(due)
    )


class FeedbackToAnswer(QDialog):
    """What the office asked that is still open: one line per benchmark; Enter opens it."""

    benchmark_activated = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("feedbackToAnswer")
        self.session = session
        self.desk = FeedbackDesk(session)
        layout = QVBoxLayout(self)
        self.intro = WrapLabel("", self)
        layout.addWidget(self.intro)
        self.items = QTreeWidget(self)
        self.items.setObjectName("openFeedback")
        self.items.setRootIsDecorated(False)
        self.items.setWordWrap(True)
        self.items.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        layout.addWidget(self.items, 1)
        # Thai has no spaces to wrap a cell at: the whole comment and action are shown here
        self.detail = WrapLabel("", self)
        self.detail.setObjectName("openFeedbackDetail")
        self.detail.setStyleSheet("background: #fff8e1; padding: 6px;")
        layout.addWidget(self.detail)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.open_button = QPushButton(self)
        self.open_button.setObjectName("openBenchmark")
        self.take_button = QPushButton(self)
        self.take_button.setObjectName("takeIntoPlan")
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.take_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.open_button.clicked.connect(self._open)
        self.take_button.clicked.connect(self._take)
        self.items.itemActivated.connect(lambda _i, _c: self._open())
        self.items.currentItemChanged.connect(lambda _i, _p: self._update_buttons())
        session.feedback_changed.connect(lambda _e: self.refresh())
        session.assessment_changed.connect(lambda _a: self.refresh())
        self.retranslate()
        self.resize(900, 480)

    def retranslate(self) -> None:
        self.setWindowTitle(QCoreApplication.translate("Feedback", "Feedback to answer"))
        self.intro.set_text(
            QCoreApplication.translate(
                "Feedback",
                "What the office asked about and you have still to answer. Open a benchmark to "
                "change its status, narrative or evidence; the next bundle you export says which "
                "feedback it answers.",
            )
        )
        self.items.setHeaderLabels(
            [
                QCoreApplication.translate("Feedback", "Benchmark"),
                QCoreApplication.translate("Feedback", "Verdict"),
                QCoreApplication.translate("Feedback", "In the action plan"),
            ]
        )
        self.open_button.setText(QCoreApplication.translate("Feedback", "&Open the benchmark"))
        self.take_button.setText(QCoreApplication.translate("Feedback", "&Take into action plan"))
        self.refresh()

    def refresh(self) -> None:
        current = self.items.currentItem()
        keep = current.data(0, Qt.ItemDataRole.UserRole) if current else None
        self.items.clear()
        lang = i18n.current()
        for item in self.desk.open_items():
            benchmark = self.session.catalog.benchmark(item.benchmark_code)
            title = benchmark.title.get(lang) if benchmark else ""
            action = _action_text(item.action.text, item.action.due) if item.action else ""
            row = QTreeWidgetItem(
                [
                    f"{item.benchmark_code}  {title}",
                    verdict_text(item.verdict),
                    QCoreApplication.translate("Feedback", "Yes")
                    if item.action_taken
                    else (QCoreApplication.translate("Feedback", "No") if item.action else "-"),
                ]
            )
            row.setToolTip(0, f"{item.benchmark_code}  {title}")
            row.setData(2, Qt.ItemDataRole.UserRole, (item.comment, action))
            row.setForeground(1, QColor(VERDICT_COLOURS[item.verdict]))
            row.setData(0, Qt.ItemDataRole.UserRole, (item.benchmark_code, item.feedback_id))
            row.setData(1, Qt.ItemDataRole.UserRole, bool(item.action and not item.action_taken))
            self.items.addTopLevelItem(row)
            if keep == (item.benchmark_code, item.feedback_id):
                self.items.setCurrentItem(row)
        for column, width in enumerate((460, 180)):
            self.items.setColumnWidth(column, width)
        if self.items.currentItem() is None and self.items.topLevelItemCount():
            self.items.setCurrentItem(self.items.topLevelItem(0))
        if not self.items.topLevelItemCount():
            self.intro.set_text(
                QCoreApplication.translate("Feedback", "No feedback from the office is open.")
            )
        self._update_buttons()

    def _selected(self) -> tuple[str, str] | None:
        item = self.items.currentItem()
        return item.data(0, Qt.ItemDataRole.UserRole) if item else None

    def _update_buttons(self) -> None:
        item = self.items.currentItem()
        comment, action = item.data(2, Qt.ItemDataRole.UserRole) if item else ("", "")
        self.detail.set_text("\n".join(t for t in (comment, action) if t))
        self.detail.setVisible(item is not None)
        self.open_button.setEnabled(item is not None)
        self.take_button.setEnabled(bool(item and item.data(1, Qt.ItemDataRole.UserRole)))

    def _open(self) -> None:
        selected = self._selected()
        if selected:
            self.benchmark_activated.emit(selected[0])

    def _take(self) -> None:
        selected = self._selected()
        if selected and self.desk.take(selected[0], selected[1], self):
            self.refresh()


def import_feedback(session: Session, parent: QWidget, path: Path | None = None):
    """File > Import feedback: chooses the file, imports it, and says what it was. A file signed
    by an office key not trusted yet offers to trust the office's card first."""
    from sealdesk.errors import SealDeskError
    from sealdesk.ui.errors import show_error, show_info

    if path is None:
        name, _ = QFileDialog.getOpenFileName(
            parent,
            QCoreApplication.translate("Feedback", "Import the office's feedback"),
            "",
            QCoreApplication.translate("Feedback", "Feedback files (*.zip);;All files (*)"),
        )
        if not name:
            return None
        path = Path(name)
    from sealdesk.services.feedback import FeedbackUntrustedError

    try:
        # a change through query: an untrusted key must be caught here, not shown by run
        result: FeedbackImport = session.query(lambda ws: ws.import_feedback(path))
    except FeedbackUntrustedError as error:
        # The office key may simply not be trusted yet: offer its card, then try once more.
        if not _ask_to_trust(parent, error) or not trust_office_card(session, parent):
            return None
        try:
            result = session.query(lambda ws: ws.import_feedback(path))
        except SealDeskError as again:
            show_error(parent, again)
            return None
    except SealDeskError as error:
        show_error(parent, error)
        return None
    fb = result.feedback
    text = (
        QCoreApplication.translate("Feedback", "This feedback file was imported before.")
        if result.duplicate
        else QCoreApplication.translate(
            "Feedback", "Imported: {kind} from {office}, issued on {date}."
        ).format(
            kind=QCoreApplication.translate("FeedbackKind", fb.kind.label),
            office=fb.office_name,
            date=show_date(fb.issued_at.date()),
        )
    )
    show_info(parent, text)
    return result


def _ask_to_trust(parent: QWidget, error: Exception) -> bool:
    from PySide6.QtWidgets import QMessageBox

    from sealdesk.ui.errors import message_of

    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("Feedback", "Trust the office key?"),
        message_of(error)
        + "\n\n"
        + QCoreApplication.translate(
            "Feedback",
            "If this file comes from your coordinating office, trust its key once from the "
            "office card it sent you, then the file is imported.",
        ),
    )
    return answer == QMessageBox.StandardButton.Yes


def trust_office_card(session: Session, parent: QWidget) -> bool:
    """Asks for the office card (or its public key file), shows the fingerprint to compare with
    what the office says, and trusts it."""
    from PySide6.QtWidgets import QMessageBox

    from sealdesk.errors import SealDeskError
    from sealdesk.services import district_trust
    from sealdesk.ui.errors import show_error

    name, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("Feedback", "The office card (trust the office key once)"),
        "",
        QCoreApplication.translate(
            "Feedback", "Office cards and keys (*.txt *.pub);;All files (*)"
        ),
    )
    if not name:
        return False
    try:
        card = district_trust.read_office_card(Path(name))
    except SealDeskError as error:
        show_error(parent, error)
        return False
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("Feedback", "Trust this office key?"),
        QCoreApplication.translate(
            "Feedback",
            "{office}\nKey fingerprint: {fingerprint}\nTrust it only if the office gave you "
            "the same fingerprint on paper or on the phone.",
        ).format(office=card.name, fingerprint=card.fingerprint),
    )
    if answer != QMessageBox.StandardButton.Yes:
        return False
    return session.run(lambda ws: district_trust.trust_office(ws, card), parent=parent) is not None
