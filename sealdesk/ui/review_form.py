"""The lower half of the review screen: the verdict (one radio button and one key each), the
comment, the required action and its due date (Buddhist Era in Thai), and one message line."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from sealdesk.domain.review import BenchmarkReview, RequiredAction, Verdict
from sealdesk.ui.widgets import DateField

VERDICT_KEYS: tuple[tuple[Verdict, str], ...] = (
    (Verdict.MEETS, "Alt+1"),
    (Verdict.PARTLY_MEETS, "Alt+2"),
    (Verdict.DOES_NOT_MEET, "Alt+3"),
    (Verdict.EVIDENCE_INSUFFICIENT, "Alt+4"),
    (Verdict.NA_AGREED, "Alt+5"),
    (Verdict.NOT_REVIEWED, "Alt+0"),
)


def verdict_text(verdict: Verdict) -> str:
    return QCoreApplication.translate("Verdict", verdict.label)


class VerdictForm(QWidget):
    """Holds the reviewer's answer for the benchmark shown; the screen saves it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        verdicts = QGridLayout()  # two rows of three: fits a 1024 px screen at 150 %
        self.group = QButtonGroup(self)
        self.buttons: dict[Verdict, QRadioButton] = {}
        for i, (verdict, _key) in enumerate(VERDICT_KEYS):
            button = QRadioButton(self)
            button.setObjectName(f"verdict_{verdict.value}")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the comment keeps the focus
            self.group.addButton(button)
            self.buttons[verdict] = button
            verdicts.addWidget(button, i // 3, i % 3)
        verdicts.setColumnStretch(3, 1)
        layout.addLayout(verdicts)

        grid = QGridLayout()
        self.comment_label = QLabel(self)
        self.comment = QPlainTextEdit(self)
        self.comment.setObjectName("reviewComment")
        self.comment.setTabChangesFocus(True)
        self.comment.setMaximumHeight(64)
        self.comment_label.setBuddy(self.comment)
        self.action_label = QLabel(self)
        self.action = QLineEdit(self)
        self.action.setObjectName("reviewAction")
        self.action_label.setBuddy(self.action)
        self.due_label = QLabel(self)
        self.due = DateField(self)
        self.due.setObjectName("reviewDue")
        self.has_due = self.due.enabled
        grid.addWidget(self.comment_label, 0, 0)
        grid.addWidget(self.comment, 0, 1, 1, 3)
        grid.addWidget(self.action_label, 1, 0)
        grid.addWidget(self.action, 1, 1)
        grid.addWidget(self.due_label, 1, 2)
        grid.addWidget(self.due, 1, 3)
        grid.setColumnStretch(1, 1)
        layout.addLayout(grid)
        self.message = QLabel(self)
        self.message.setObjectName("reviewMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #8a5a00;")
        layout.addWidget(self.message)
        self.retranslate()

    def retranslate(self) -> None:
        for verdict, key in VERDICT_KEYS:
            self.buttons[verdict].setText(
                QCoreApplication.translate("Review", "{verdict} ({key})").format(
                    verdict=verdict_text(verdict),
                    key=QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText),
                )
            )
        self.comment_label.setText(QCoreApplication.translate("Review", "Co&mment:"))
        self.action_label.setText(QCoreApplication.translate("Review", "Required ac&tion:"))
        self.due_label.setText(QCoreApplication.translate("Review", "Due:"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # ------------------------------------------------------------------ the answer

    def show_review(self, review: BenchmarkReview | None) -> None:
        verdict = review.verdict if review is not None else Verdict.NOT_REVIEWED
        self.buttons[verdict].setChecked(True)
        self.comment.setPlainText(review.comment if review else "")
        action = review.action if review else None
        self.action.setText(action.text if action else "")
        self.due.set_date(action.due if action else None)
        self.message.clear()

    def verdict(self) -> Verdict:
        for verdict, button in self.buttons.items():
            if button.isChecked():
                return verdict
        return Verdict.NOT_REVIEWED

    def required_action(self) -> RequiredAction | None:
        text = self.action.text().strip()
        due: date | None = self.due.date()
        return RequiredAction(text, due) if text else None

    def set_locked(self, locked: bool) -> None:
        """A final submission takes no more verdicts."""
        for widget in (self.comment, self.action, self.due, *self.buttons.values()):
            widget.setEnabled(not locked)
