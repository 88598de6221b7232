"""On the district's dashboard: the office's view beside the district's own (issue 15). The
latest feedback's verdicts counted, and every benchmark where the office's verdict differs from
the status the district gave it, each a link to its page. Hidden while no feedback came."""

from __future__ import annotations

from html import escape as _esc

from PySide6.QtCore import QCoreApplication, QUrl, Signal
from PySide6.QtWidgets import QTextBrowser, QWidget

from sealdesk.domain.review import ReceivedFeedback, Verdict
from sealdesk.domain.status import Status
from sealdesk.ui import i18n
from sealdesk.ui.feedback_view import VERDICT_COLOURS, FeedbackDesk, verdict_text
from sealdesk.ui.session import Session
from sealdesk.ui.widgets import show_date, status_label

SAME = {
    Verdict.MEETS: Status.MET,
    Verdict.PARTLY_MEETS: Status.PARTIALLY_MET,
    Verdict.DOES_NOT_MEET: Status.NOT_MET,
    Verdict.NA_AGREED: Status.NOT_APPLICABLE,
}
"""The district status each verdict agrees with (evidence insufficient agrees with none)."""


class OfficeViewBox(QTextBrowser):
    benchmark_activated = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("officeView")
        self.session = session
        self.desk = FeedbackDesk(session)
        self.setOpenLinks(False)
        self.setMinimumHeight(160)
        self.anchorClicked.connect(self._anchor)
        session.feedback_changed.connect(lambda _e: self.refresh())
        session.assessment_changed.connect(lambda _a: self.refresh())
        session.round_changed.connect(lambda _r: self.refresh())
        self.feedback: ReceivedFeedback | None = None
        self.differences: list[str] = []

    def refresh(self) -> None:
        received = self.desk.received()
        self.feedback = received[0] if received else None
        self.setVisible(self.feedback is not None)
        if self.feedback is None:
            self.differences = []
            self.clear()
            return
        self.setHtml(self._html(self.feedback))

    def _html(self, fb: ReceivedFeedback) -> str:
        own = self.session.assessments()
        lang = i18n.current()
        counts = {v: 0 for v in Verdict}
        rows, self.differences = [], []
        for review in fb.reviews:
            counts[review.verdict] += 1
            status = own[review.benchmark_code].status if review.benchmark_code in own else None
            if review.verdict is Verdict.NOT_REVIEWED or SAME.get(review.verdict) is status:
                continue
            self.differences.append(review.benchmark_code)
            benchmark = self.session.catalog.benchmark(review.benchmark_code)
            title = benchmark.title.get(lang) if benchmark else ""
            colour = VERDICT_COLOURS[review.verdict]
            rows.append(
                f"<tr><td><a href='benchmark:{_esc(review.benchmark_code)}'>"
                f"{_esc(review.benchmark_code)}</a> {_esc(title)}</td>"
                f"<td>{_esc(status_label(status) if status else '-')}</td>"
                f"<td style='color:{colour}'>{_esc(verdict_text(review.verdict))}</td></tr>"
            )
        head = QCoreApplication.translate("Dashboard", "The office's view: {kind}, {date}").format(
            kind=QCoreApplication.translate("FeedbackKind", fb.kind.label),
            date=show_date(fb.issued_at.date()),
        )
        summary = " · ".join(
            f"{_esc(verdict_text(v))}: {n}"
            for v, n in counts.items()
            if n and v is not Verdict.NOT_REVIEWED
        )
        parts = [f"<h3>{_esc(head)}</h3>", f"<p>{summary}</p>"]
        if rows:
            parts.append(
                "<p>"
                + _esc(
                    QCoreApplication.translate(
                        "Dashboard", "Where the office sees it differently from you:"
                    )
                )
                + "</p><table cellpadding='3'><tr>"
                + "".join(
                    f"<th align='left'>{_esc(h)}</th>"
                    for h in (
                        QCoreApplication.translate("Dashboard", "Benchmark"),
                        QCoreApplication.translate("Dashboard", "Your status"),
                        QCoreApplication.translate("Dashboard", "The office's verdict"),
                    )
                )
                + "</tr>"
                + "".join(rows)
                + "</table>"
            )
        else:
            parts.append(
                "<p>"
                + _esc(
                    QCoreApplication.translate(
                        "Dashboard", "The office agrees with every status you gave."
                    )
                )
                + "</p>"
            )
        return "".join(parts)

    def _anchor(self, url: QUrl) -> None:
        text = url.toString()
        if text.startswith("benchmark:"):
            self.benchmark_activated.emit(text.split(":", 1)[1])
