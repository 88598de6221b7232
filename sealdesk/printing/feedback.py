"""The feedback letter: what the coordinating office tells a district about its submission
(returned with feedback, accepted, or accepted as final), benchmark by benchmark.

A function of plain data (``LetterData``), laid out with the same page template, Sarabun,
HarfBuzz shaping and dictionary line breaks as the district documents; one PDF per language.
The feedback file (bundle/feedback.py) carries it in Thai and in English.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from reportlab.platypus import Flowable, Spacer

from sealdesk.domain.districts import District
from sealdesk.domain.review import BenchmarkReview, FeedbackKind, Verdict
from sealdesk.errors import QT_TRANSLATE_NOOP, render_message
from sealdesk.printing import thai
from sealdesk.printing.layout import FRAME_WIDTH, Doc, PrintOptions
from sealdesk.printing.pages import build_pdf
from sealdesk.printing.parts import Out, columns
from sealdesk.translation import translate_to

LETTER_LABELS: dict[str, str] = {
    "fb_title": QT_TRANSLATE_NOOP("Print", "Review of the submission"),
    "fb_from": QT_TRANSLATE_NOOP("Print", "From: {office}"),
    "fb_to": QT_TRANSLATE_NOOP("Print", "To: {district}"),
    "fb_intro_returned": QT_TRANSLATE_NOOP(
        "Print",
        "The coordinating office has reviewed your district's submission and returns it with "
        "the feedback below. Please answer each point, then send a new bundle.",
    ),
    "fb_intro_accepted": QT_TRANSLATE_NOOP(
        "Print",
        "The coordinating office has reviewed your district's submission and accepts it. It "
        "now counts as confirmed in the city's figures.",
    ),
    "fb_intro_final": QT_TRANSLATE_NOOP(
        "Print",
        "The coordinating office has reviewed your district's submission and accepts it as "
        "final. It is locked and counts as confirmed in the city's figures.",
    ),
    "fb_outcome": QT_TRANSLATE_NOOP("Print", "Outcome"),
    "fb_feedback_id": QT_TRANSLATE_NOOP("Print", "Feedback number"),
    "fb_bundle": QT_TRANSLATE_NOOP("Print", "Bundle reviewed"),
    "fb_issued": QT_TRANSLATE_NOOP("Print", "Date"),
    "fb_reviewer": QT_TRANSLATE_NOOP("Print", "Reviewer"),
    "fb_summary": QT_TRANSLATE_NOOP("Print", "Verdicts"),
    "fb_count": QT_TRANSLATE_NOOP("Print", "Benchmarks"),
    "fb_points": QT_TRANSLATE_NOOP("Print", "Benchmark by benchmark"),
    "fb_verdict_col": QT_TRANSLATE_NOOP("Print", "Verdict"),
    "fb_comment_col": QT_TRANSLATE_NOOP("Print", "Comment"),
    "fb_action_col": QT_TRANSLATE_NOOP("Print", "Required action"),
    "fb_action_due": QT_TRANSLATE_NOOP("Print", "{action} (due {date})"),
    "fb_no_points": QT_TRANSLATE_NOOP("Print", "No benchmark has a verdict yet."),
    "fb_office_reviewer": QT_TRANSLATE_NOOP("Print", "Reviewer, coordinating office"),
    "fb_office_head": QT_TRANSLATE_NOOP("Print", "Head of the coordinating office"),
}


@dataclass(frozen=True)
class LetterData:
    """What the letter says: plain data gathered by the review service."""

    office_name: str
    district: District
    round_be: int
    kind: FeedbackKind
    feedback_id: str
    bundle_id: str  # as people see it (the friendly id when there is one)
    issued_at: datetime
    reviewer: str
    reviews: tuple[BenchmarkReview, ...]  # in catalog order
    titles: dict[str, tuple[str, str]]  # benchmark code -> (Thai title, English title)


class LetterDoc(Doc):
    """A district document whose own labels are the letter's."""

    def t(self, key: str, **params: Any) -> str:
        if key not in LETTER_LABELS:
            return super().t(key, **params)
        return render_message(
            "Print",
            LETTER_LABELS[key],
            params,
            lambda context, text: translate_to(self.lang, context, text),
        )

    def verdict(self, verdict: Verdict) -> str:
        return translate_to(self.lang, "Verdict", verdict.label)


def feedback_letter(out: Out, data: LetterData, options: PrintOptions | None = None) -> int:
    """Writes the feedback letter to ``out``; returns the page count."""
    options = options or PrintOptions(preparer=data.reviewer)
    d = LetterDoc(options, data.district, data.round_be)
    story: list[Flowable] = [*d.title_block("fb_title")]
    story.append(d.p(d.t("fb_from", office=data.office_name), d.body))
    story.append(d.p(d.t("fb_to", district=d.district_line()), d.body))
    story.append(Spacer(1, 6))
    story.append(d.p(d.t(f"fb_intro_{data.kind.value}"), d.body))
    story.append(Spacer(1, 6))
    story += _facts(d, data)
    story += _summary(d, data)
    story += _points(d, data)
    story.append(d.signature_block(["fb_office_reviewer", "fb_office_head"]))
    return build_pdf(out, d, story, d.t("fb_title"))


def _facts(d: LetterDoc, data: LetterData) -> list[Flowable]:
    kind = translate_to(d.lang, "FeedbackKind", data.kind.label)
    rows = [
        ("fb_outcome", kind),
        ("fb_feedback_id", data.feedback_id),
        ("fb_bundle", data.bundle_id),
        ("fb_issued", d.date(data.issued_at.date(), "long")),
        ("fb_reviewer", data.reviewer or "-"),
    ]
    table = [[d.p(d.t(k), d.cell_bold), d.p(v, d.cell)] for k, v in rows]
    return [d.table(table, columns(FRAME_WIDTH, [0.3, 0.7]), header=False)]


def _summary(d: LetterDoc, data: LetterData) -> list[Flowable]:
    """How many benchmarks got each verdict: one row per verdict given."""
    counts = {v: 0 for v in Verdict}
    for review in data.reviews:
        counts[review.verdict] += 1
    order = [*(v for v in Verdict if v is not Verdict.NOT_REVIEWED), Verdict.NOT_REVIEWED]
    shown = [v for v in order if counts[v]]
    if not shown:
        return []
    rows = [[d.p(d.t("fb_summary"), d.cell_bold), d.p(d.t("fb_count"), d.cell_bold)]]
    rows += [
        [d.p(d.verdict(v), d.cell), d.p(d.num(counts[v]), d.cell.but(align="center"))]
        for v in shown
    ]
    return [Spacer(1, 6), d.table(rows, columns(FRAME_WIDTH * 0.6, [0.7, 0.3]))]


def _points(d: LetterDoc, data: LetterData) -> list[Flowable]:
    story: list[Flowable] = [*d.heading(d.t("fb_points"))]
    reviewed = [r for r in data.reviews if r.verdict is not Verdict.NOT_REVIEWED]
    if not reviewed:
        return [*story, d.p(d.t("fb_no_points"), d.small)]
    small = d.cell.but(size=d.tiny.size, leading=d.tiny.size * 1.35)
    head = [
        d.p(d.t(k), small.but(font=thai.BOLD))
        for k in ("code", "benchmark_col", "fb_verdict_col", "fb_comment_col", "fb_action_col")
    ]
    rows = [head]
    for review in reviewed:
        th, en = data.titles.get(review.benchmark_code, ("", ""))
        action = ""
        if review.action is not None:
            action = review.action.text
            if review.action.due is not None:
                action = d.t("fb_action_due", action=action, date=d.date(review.action.due))
        rows.append(
            [
                d.p(d.num(review.benchmark_code), small),
                d.p(th if d.lang == "th" else en, small),
                d.p(d.verdict(review.verdict), small.but(font=thai.SEMIBOLD)),
                d.p(review.comment or "-", small),
                d.p(action or "-", small),
            ]
        )
    widths = columns(FRAME_WIDTH, [0.08, 0.25, 0.15, 0.28, 0.24])
    extra = [("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3)]
    return [*story, d.table(rows, widths, extra=extra)]


__all__ = ["LETTER_LABELS", "LetterData", "feedback_letter"]
