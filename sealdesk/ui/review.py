"""The office's review screen, made for 40 benchmarks x 50 districts: side by side the catalog's
benchmark, what the district answered and its evidence with a preview; below, the verdict
(Alt+1..Alt+5, Alt+0 for "not reviewed"), the comment (focused on every benchmark), the required
action and its due date. Ctrl+PgDown/PgUp go to the next/previous benchmark, Ctrl+Shift+PgDown/
PgUp to the next/previous district; moving on saves. Return, Accept and Finalize write the
signed feedback file (ui/review_sign.py).

It stays one module past ~450 lines: the moving on, the saving and the signing share the
one rule "never lose a verdict" (save before moving, refuse to move when refused); the
form, the texts, the evidence pane and the sign dialog are in their own modules."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from sealdesk.domain.city import OfficeSubmission, SubmissionState
from sealdesk.domain.review import (
    FeedbackKind,
    SubmissionChanges,
    SubmissionReview,
    Verdict,
)
from sealdesk.ui import i18n
from sealdesk.ui.review_desk import ReviewDesk
from sealdesk.ui.review_evidence import ReviewEvidence
from sealdesk.ui.review_form import VERDICT_KEYS, VerdictForm, verdict_text
from sealdesk.ui.review_text import answer_html, catalog_html, changes_html
from sealdesk.ui.widgets import fit_to_screen

ROLE = Qt.ItemDataRole.UserRole + 1
TEXT_ROLE = Qt.ItemDataRole.UserRole + 2

VERDICT_MARKS = {
    Verdict.NOT_REVIEWED: "·",
    Verdict.MEETS: "✓",
    Verdict.PARTLY_MEETS: "◐",
    Verdict.DOES_NOT_MEET: "✗",
    Verdict.EVIDENCE_INSUFFICIENT: "?",
    Verdict.NA_AGREED: "–",
}
BODY_MINIMUM = QSize(820, 430)
"""Below this the review screen's body scrolls rather than squeezing three panes unreadable."""
NEXT_BENCHMARK, PREVIOUS_BENCHMARK = "Ctrl+PgDown", "Ctrl+PgUp"
NEXT_DISTRICT, PREVIOUS_DISTRICT = "Ctrl+Shift+PgDown", "Ctrl+Shift+PgUp"


class ReviewScreen(QDialog):
    """Reviews the current submissions of the round the Session shows, one district at a time."""

    def __init__(self, desk: ReviewDesk, district: str | None = None, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewScreen")
        self.desk = desk
        self.submission: OfficeSubmission | None = None
        self.review: SubmissionReview | None = None
        self.changes: SubmissionChanges | None = None
        self.before: SubmissionReview | None = None  # the review of the bundle answered
        self.code: str | None = None  # the benchmark shown
        self._loading = False
        # Everything but the footer scrolls when the screen is smaller than the body needs
        # (1024 x 600 at 150 %); the footer with Return, Accept, Finalize and Close stays put.
        outer = QVBoxLayout(self)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget(self.scroll)
        body.setMinimumSize(BODY_MINIMUM)
        self.scroll.setWidget(body)
        outer.addWidget(self.scroll, 1)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)

        top = QHBoxLayout()
        self.district_label = QLabel(self)
        self.district = QComboBox(self)
        self.district.setObjectName("reviewDistrict")
        self.district_label.setBuddy(self.district)
        self.state = QLabel(self)
        self.state.setObjectName("reviewState")
        self.progress = QProgressBar(self)
        self.progress.setObjectName("reviewProgress")
        self.progress.setMaximumWidth(160)
        self.progress.setTextVisible(False)  # the words are above it: a bar clips Thai
        self.progress.setMaximumHeight(8)
        self.progress_label = QLabel(self)
        self.progress_label.setObjectName("reviewProgressText")
        # moving on: in the top row, beside the district (the keys are in the tooltips)
        self.previous_button = QPushButton(self)
        self.previous_button.setObjectName("reviewPrevious")
        self.next_button = QPushButton(self)
        self.next_button.setObjectName("reviewNext")
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("reviewSave")
        for w in (self.district_label, self.district, self.state):
            top.addWidget(w)
        top.addStretch(1)
        for w in (self.previous_button, self.next_button, self.save_button):
            top.addWidget(w)
        layout.addLayout(top)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        left = QWidget(splitter)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.benchmarks = QListWidget(left)
        self.benchmarks.setObjectName("reviewBenchmarks")
        self.progress.setMaximumWidth(16777215)
        left_layout.addWidget(self.progress_label)
        left_layout.addWidget(self.progress)
        self.carry_over = QPushButton(left)  # shown for a resubmission
        self.carry_over.setObjectName("reviewCarryOver")
        self.carry_over.clicked.connect(self.keep_unchanged)
        left_layout.addWidget(self.carry_over)
        left_layout.addWidget(self.benchmarks, 1)
        self.text = QTextBrowser(splitter)
        self.text.setObjectName("reviewText")
        right = self.evidence = ReviewEvidence(desk.session.evidence_path, splitter)
        for w in (left, self.text, right):
            splitter.addWidget(w)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 4)
        splitter.setStretchFactor(2, 4)
        layout.addWidget(splitter, 1)

        self.form = VerdictForm(self)
        layout.addWidget(self.form)
        form = self.form  # the form's parts, by the names the screen uses
        self.verdict_buttons, self.comment, self.action = form.buttons, form.comment, form.action
        self.has_due, self.due, self.message = form.has_due, form.due, form.message
        self.due.changed.connect(self._edited)
        for verdict, button in self.verdict_buttons.items():
            button.clicked.connect(lambda _c=False, v=verdict: self.set_verdict(v))

        buttons = QHBoxLayout()
        self.return_button = QPushButton(self)
        self.return_button.setObjectName("reviewReturn")
        self.accept_button = QPushButton(self)
        self.accept_button.setObjectName("reviewAccept")
        self.final_button = QPushButton(self)
        self.final_button.setObjectName("reviewFinalize")
        self.close_button = QPushButton(self)
        buttons.addStretch(1)
        for b in (self.return_button, self.accept_button, self.final_button, self.close_button):
            buttons.addWidget(b)
        outer.addLayout(buttons)

        self.actions: dict[str, QAction] = {}
        for name, key, slot in (
            ("next", NEXT_BENCHMARK, lambda: self.step_benchmark(1)),
            ("previous", PREVIOUS_BENCHMARK, lambda: self.step_benchmark(-1)),
            ("next_district", NEXT_DISTRICT, lambda: self.step_district(1)),
            ("previous_district", PREVIOUS_DISTRICT, lambda: self.step_district(-1)),
            ("save", "Ctrl+S", self.save),
        ):
            self._action(name, key, slot)
        for verdict, key in VERDICT_KEYS:
            self._action(
                f"verdict_{verdict.value}", key, lambda _c=False, v=verdict: self.set_verdict(v)
            )
        self.previous_button.clicked.connect(lambda: self.step_benchmark(-1))
        self.next_button.clicked.connect(lambda: self.step_benchmark(1))
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.close)
        self.return_button.clicked.connect(lambda: self.sign(FeedbackKind.RETURNED))
        self.accept_button.clicked.connect(lambda: self.sign(FeedbackKind.ACCEPTED))
        self.final_button.clicked.connect(lambda: self.sign(FeedbackKind.FINAL))
        self.benchmarks.currentItemChanged.connect(self._benchmark_chosen)
        self.district.currentIndexChanged.connect(self._district_chosen)
        for widget in (self.comment, self.action):
            (widget.textChanged).connect(self._edited)
        self._dirty = False

        self.retranslate()
        self.reload_districts(district)
        fit_to_screen(self, QSize(1280, 720), maximize_when_small=True)
        # A verdict key or Alt+letter focuses a field the scrolled body may hide (1024x600):
        # the body scrolls to it, as it does for Tab.
        QApplication.instance().focusChanged.connect(self._show_focus)

    def _show_focus(self, _old: QWidget | None, new: QWidget | None) -> None:
        body = self.scroll.widget()
        if new is not None and body.isAncestorOf(new):  # the whole field, not its cursor line
            centre = new.mapTo(body, new.rect().center())
            margins = (new.width() + 1) // 2 + 1, (new.height() + 1) // 2 + 1
            self.scroll.ensureVisible(centre.x(), centre.y(), *margins)

    def _action(self, name: str, key: str, slot) -> None:
        action = QAction(self)
        action.setShortcut(QKeySequence(key))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        self.actions[name] = action

    # ------------------------------------------------------------------ texts

    def retranslate(self) -> None:
        self.setWindowTitle(
            QCoreApplication.translate("Review", "Review the submissions of round {year}").format(
                year=self.desk.round
            )
        )
        self.district_label.setText(QCoreApplication.translate("Review", "&District:"))
        self.form.retranslate()
        self.previous_button.setText(QCoreApplication.translate("Review", "◀ Previous"))
        self.previous_button.setToolTip(
            QCoreApplication.translate("Review", "The previous benchmark (Ctrl+PgUp)")
        )
        self.next_button.setText(QCoreApplication.translate("Review", "Next ▶"))
        self.next_button.setToolTip(
            QCoreApplication.translate(
                "Review", "The next benchmark (Ctrl+PgDown); moving on saves."
            )
        )
        self.carry_over.setText(QCoreApplication.translate("Review", "Keep unchanged verdicts"))
        self.carry_over.setToolTip(
            QCoreApplication.translate(
                "Review",
                "Copies the verdicts given on the reviewed bundle to every benchmark the district "
                "did not change, so only what moved is left to review.",
            )
        )
        self.save_button.setText(QCoreApplication.translate("Review", "Save"))
        self.save_button.setToolTip(QCoreApplication.translate("Review", "Save (Ctrl+S)"))
        self.return_button.setText(QCoreApplication.translate("Review", "Return with feedback..."))
        self.accept_button.setText(QCoreApplication.translate("Review", "Accept..."))
        self.final_button.setText(QCoreApplication.translate("Review", "Make final..."))
        self.close_button.setText(QCoreApplication.translate("Review", "Close"))
        self.district.setToolTip(
            QCoreApplication.translate(
                "Review", "Ctrl+Shift+PgDown: next district; Ctrl+Shift+PgUp: previous district."
            )
        )

    # ------------------------------------------------------------------ districts

    def reload_districts(self, choose: str | None = None) -> None:
        th = i18n.current() == "th"
        choose = choose or self.district.currentData()
        progress = self.desk.progress()
        self.district.blockSignals(True)
        self.district.clear()
        for d in self.desk.districts():
            p = progress.get(d.code)
            done = f"{p.reviewed}/{p.total}" if p is not None else ""
            name = d.name_th if th else d.name_en
            self.district.addItem(f"{d.code} {name}  {done}".rstrip(), d.code)
        self.district.blockSignals(False)
        index = max(0, self.district.findData(choose)) if choose else 0
        if self.district.count():
            self.district.setCurrentIndex(index)
            self._district_chosen(index)
        else:
            self.message.setText(
                QCoreApplication.translate(
                    "Review", "No district has sent a submission for this round yet."
                )
            )

    def _district_chosen(self, _index: int) -> None:
        code = self.district.currentData()
        if code is None or (self.submission and self.submission.district_code == code):
            return
        self.load(str(code))

    def step_district(self, step: int) -> None:
        if not self.save():
            return
        index = self.district.currentIndex() + step
        if 0 <= index < self.district.count():
            self.district.setCurrentIndex(index)

    def load(self, district: str, benchmark: str | None = None) -> None:
        """Shows ``district``'s current submission, its review so far and what changed."""
        self.submission = self.desk.submission(district)
        if self.submission is None:
            return
        self.review = self.desk.review(district)
        self.changes = self.desk.changes(district)
        self.before = self.desk.reviewed_before(district, self.changes)
        self.carry_over.setVisible(self.before is not None)
        th = i18n.current() == "th"
        self.state.setText(
            QCoreApplication.translate("SubmissionState", self.submission.state.label)
        )
        self.benchmarks.blockSignals(True)
        self.benchmarks.clear()
        for a in self.submission.assessments:
            item = QListWidgetItem(f"{a.code}  {a.title_th if th else a.title_en}")
            item.setData(ROLE, a.code)
            item.setData(TEXT_ROLE, item.text())
            item.setToolTip(item.text())
            self.benchmarks.addItem(item)
        self.benchmarks.blockSignals(False)
        self._mark_verdicts()
        codes = [a.code for a in self.submission.assessments]
        start = benchmark if benchmark in codes else self._first_unreviewed(codes)
        self.code = None
        if codes:
            self.benchmarks.setCurrentRow(codes.index(start))

    def _first_unreviewed(self, codes: list[str]) -> str:
        for code in codes:
            r = self.review.review_for(code) if self.review else None
            if r is None or r.verdict is Verdict.NOT_REVIEWED:
                return code
        return codes[0]

    def _mark_verdicts(self) -> None:
        reviewed = 0
        for row in range(self.benchmarks.count()):
            item = self.benchmarks.item(row)
            r = self.review.review_for(item.data(ROLE)) if self.review else None
            verdict = r.verdict if r is not None else Verdict.NOT_REVIEWED
            reviewed += verdict is not Verdict.NOT_REVIEWED
            item.setText(f"{VERDICT_MARKS[verdict]}  {item.data(TEXT_ROLE)}")
            item.setToolTip(f"{item.data(TEXT_ROLE)}\n{verdict_text(verdict)}")
        total = self.benchmarks.count()
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(reviewed)
        self.progress_label.setText(
            QCoreApplication.translate("Review", "{done} of {total} benchmarks reviewed").format(
                done=reviewed, total=total
            )
        )
        state = self.review.state if self.review and self.review.state else None
        if state is None and self.submission is not None:
            state = self.submission.state
        if state is not None:
            self.state.setText(QCoreApplication.translate("SubmissionState", state.label))
        locked = state is SubmissionState.FINAL
        self.final_button.setEnabled(state is SubmissionState.ACCEPTED)
        self.accept_button.setEnabled(not locked)
        self.return_button.setEnabled(not locked)
        self.form.set_locked(locked)

    # ------------------------------------------------------------------ one benchmark

    def _benchmark_chosen(self, item: QListWidgetItem | None, previous) -> None:
        if self._loading or item is None:
            return
        if self.code is not None and not self.save():
            self.benchmarks.blockSignals(True)
            self.benchmarks.setCurrentItem(previous)
            self.benchmarks.blockSignals(False)
            return
        self.show_benchmark(str(item.data(ROLE)))

    def show_benchmark(self, code: str) -> None:
        assert self.submission is not None
        lang = i18n.current()
        a = next(x for x in self.submission.assessments if x.code == code)
        self.code = code
        title = a.title_th if lang == "th" else a.title_en
        self.text.setHtml(
            catalog_html(code, self.desk.catalog_benchmark(code), lang, title)
            + changes_html(self.changes, code, self._before(code))
            + answer_html(a, self.submission)
        )
        self.evidence.show_benchmark(self.submission, code, self.changes)
        r = self.review.review_for(code) if self.review else None
        self._loading = True
        self.form.show_review(r)
        self._loading = False
        self._dirty = False
        self.message.clear()
        self.comment.setFocus()

    def _before(self, code: str):  # -> BenchmarkReview | None
        return self.before.review_for(code) if self.before is not None else None

    def current_verdict(self) -> Verdict:
        return self.form.verdict()

    def set_verdict(self, verdict: Verdict) -> None:
        """A verdict key: checks it; "meets" is saved at once, the others once commented."""
        if self.code is None or not self.verdict_buttons[verdict].isEnabled():
            return
        self.verdict_buttons[verdict].setChecked(True)
        self._dirty = True
        if verdict.needs_comment and not self.comment.toPlainText().strip():
            self.message.setText(
                QCoreApplication.translate(
                    "Review", "Write why in the comment; it is saved when you move on."
                )
            )
        else:
            self.save()
        self.comment.setFocus()
        # it may have had the focus, below the fold; once the message has its place
        QTimer.singleShot(0, self, lambda: self._show_focus(None, self.comment))

    def _edited(self, *_args) -> None:
        if not self._loading:
            self._dirty = True

    def save(self) -> bool:
        """Stores the benchmark shown when it changed; False (and the reason shown) if refused."""
        if self.code is None or self.submission is None or not self._dirty:
            return True
        verdict = self.current_verdict()
        comment = self.comment.toPlainText().strip()
        if verdict.needs_comment and not comment:
            self.message.setText(
                QCoreApplication.translate(
                    "Review", "The verdict \u201c{verdict}\u201d needs a comment saying why."
                ).format(verdict=verdict_text(verdict))
            )
            self.comment.setFocus()
            return False
        action = self.form.required_action()
        district = self.submission.district_code
        if not self.desk.record(district, self.code, verdict, comment, action, parent=self):
            return False
        self._dirty = False
        self.review = self.desk.review(district)
        self._mark_verdicts()  # the state comes with the review: no need to re-read it all
        index = self.district.currentIndex()
        if self.review is not None and index >= 0:  # the district list's count follows
            label = self.district.itemText(index).rsplit("  ", 1)[0]
            self.district.setItemText(
                index, f"{label}  {self.review.reviewed}/{len(self.review.reviews)}"
            )
        self.message.setText(QCoreApplication.translate("Review", "Saved."))
        return True

    def step_benchmark(self, step: int) -> None:
        row = self.benchmarks.currentRow() + step
        if 0 <= row < self.benchmarks.count():
            self.benchmarks.setCurrentRow(row)  # saves first; stays when refused
        elif self.save() and step > 0:
            self.message.setText(
                QCoreApplication.translate(
                    "Review", "That was the last benchmark of this district."
                )
            )

    # ------------------------------------------------------------------ signing

    def sign(self, kind: FeedbackKind) -> None:
        """Saves, then asks where and the passphrase, and writes the signed feedback file."""
        if self.submission is None or not self.save():
            return
        from sealdesk.ui.review_sign import SignFeedbackDialog

        dialog = SignFeedbackDialog(self.desk, kind, self.submission, self)
        dialog.signed.connect(lambda: self.load(self.submission.district_code, self.code))
        dialog.signed.connect(lambda: self.reload_districts(self.submission.district_code))
        dialog.open()
        self.sign_dialog = dialog

    def keep_unchanged(self) -> None:
        """A resubmission: the verdicts of the benchmarks the district did not change are
        carried over from the reviewed bundle (those without a verdict yet)."""
        if self.submission is None or not self.save():
            return
        district = self.submission.district_code
        copied = self.desk.carry_over(district, parent=self)
        if copied is None:
            return
        self.load(district, self.code)
        count = len(copied)  # a plain name: pyside6-lupdate 6.11 misses a call
        self.message.setText(
            QCoreApplication.translate(
                "Review", "Unchanged benchmarks whose verdict was kept: %n.", "", count
            )
        )

    def closeEvent(self, event) -> None:
        if not self.save():
            event.ignore()
            return
        super().closeEvent(event)

    def reject(self) -> None:
        if self.save():
            super().reject()
