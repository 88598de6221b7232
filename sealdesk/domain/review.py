"""The office's review of a submission and the feedback it sends back: value objects, no storage.

The office reviews a district's submission benchmark by benchmark (a `BenchmarkReview` each),
then returns it with feedback, accepts it or makes it final; each of those writes a signed
feedback file. The district imports that file and sees the same reviews (`ReceivedFeedback`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from sealdesk.domain.thaidate import local_time
from sealdesk.errors import QT_TRANSLATE_NOOP

if TYPE_CHECKING:  # a district's commands need not load the office's city status
    from sealdesk.domain.city import SubmissionState


class Verdict(StrEnum):
    """The office's verdict on one benchmark of one submission."""

    NOT_REVIEWED = "not_reviewed"
    MEETS = "meets"
    PARTLY_MEETS = "partly_meets"
    DOES_NOT_MEET = "does_not_meet"
    EVIDENCE_INSUFFICIENT = "evidence_insufficient"
    NA_AGREED = "na_agreed"

    @property
    def label(self) -> str:
        """English label, marked for translation in context "Verdict"."""
        return VERDICT_LABELS[self]

    @property
    def needs_comment(self) -> bool:
        """Every verdict other than "meets" (and "not reviewed") must say why."""
        return self not in (Verdict.MEETS, Verdict.NOT_REVIEWED)


VERDICT_LABELS = {
    Verdict.NOT_REVIEWED: QT_TRANSLATE_NOOP("Verdict", "Not reviewed"),
    Verdict.MEETS: QT_TRANSLATE_NOOP("Verdict", "Meets"),
    Verdict.PARTLY_MEETS: QT_TRANSLATE_NOOP("Verdict", "Partly meets"),
    Verdict.DOES_NOT_MEET: QT_TRANSLATE_NOOP("Verdict", "Does not meet"),
    Verdict.EVIDENCE_INSUFFICIENT: QT_TRANSLATE_NOOP("Verdict", "Evidence insufficient"),
    Verdict.NA_AGREED: QT_TRANSLATE_NOOP("Verdict", "N/A agreed"),
}


class FeedbackKind(StrEnum):
    """What a feedback file tells the district."""

    RETURNED = "returned"  # returned with feedback: the district answers and sends again
    ACCEPTED = "accepted"  # accepted: counts in the city's figures as confirmed
    FINAL = "final"  # accepted and locked

    @property
    def label(self) -> str:
        """English label, marked for translation in context "FeedbackKind"."""
        return FEEDBACK_KIND_LABELS[self]


FEEDBACK_KIND_LABELS = {
    FeedbackKind.RETURNED: QT_TRANSLATE_NOOP("FeedbackKind", "Returned with feedback"),
    FeedbackKind.ACCEPTED: QT_TRANSLATE_NOOP("FeedbackKind", "Accepted"),
    FeedbackKind.FINAL: QT_TRANSLATE_NOOP("FeedbackKind", "Accepted as final"),
}


@dataclass(frozen=True)
class RequiredAction:
    """What the office asks the district to do for a benchmark, and by when."""

    text: str
    due: date | None


@dataclass(frozen=True)
class BenchmarkReview:
    """The office's verdict on one benchmark of one submission."""

    benchmark_code: str
    verdict: Verdict
    comment: str
    action: RequiredAction | None
    reviewed_at: datetime | None  # None while not reviewed
    reviewed_by: str


@dataclass(frozen=True)
class ReviewProgress:
    """How far the review of one district's submission is (for the reviewer's progress bar)."""

    district_code: str
    round_year_be: int
    bundle_id: str
    reviewed: int  # benchmarks with a verdict other than NOT_REVIEWED
    total: int  # benchmarks in the submission's catalog edition
    state: SubmissionState | None = None  # the submission's state at the office
    name_th: str = ""
    name_en: str = ""

    @property
    def done(self) -> bool:
        return self.total > 0 and self.reviewed >= self.total


@dataclass(frozen=True)
class SubmissionReview:
    """Every benchmark's review of one submission at the office (NOT_REVIEWED where none)."""

    district_code: str
    round_year_be: int
    bundle_id: str
    reviews: tuple[BenchmarkReview, ...]  # in catalog order
    state: SubmissionState | None = None  # the submission's state at the office
    answers_feedback_id: str | None = None  # the feedback this bundle answers (resubmitted)

    @property
    def locked(self) -> bool:
        """A final submission takes no more verdicts."""
        from sealdesk.domain.city import SubmissionState

        return self.state is SubmissionState.FINAL

    @property
    def reviewed(self) -> int:
        return sum(1 for r in self.reviews if r.verdict is not Verdict.NOT_REVIEWED)

    def review_for(self, code: str) -> BenchmarkReview | None:
        return next((r for r in self.reviews if r.benchmark_code == code), None)


@dataclass(frozen=True)
class ReceivedFeedback:
    """One feedback file as a district imported it."""

    feedback_id: str
    kind: FeedbackKind
    office_name: str
    office_key_id: str
    district_code: str
    round_year_be: int
    bundle_id: str  # the bundle it reviews (exported by this workspace)
    issued_at: datetime
    imported_at: datetime
    reviews: tuple[BenchmarkReview, ...]
    catalog_edition: str | None = None  # the office's current catalog edition, when it says
    catalog_version: str | None = None
    catalog_sha256: str | None = None
    answered_by: str | None = None  # the bundle id of this district's export that answers it

    def review_for(self, code: str) -> BenchmarkReview | None:
        return next((r for r in self.reviews if r.benchmark_code == code), None)


def reviews_of(doc: Mapping[str, Any]) -> tuple[BenchmarkReview, ...]:
    """The reviews a feedback document carries (its ``"reviews"``), as the district reads
    them: an unknown verdict is "not reviewed", an action without text is no action."""
    reviews = []
    for item in doc.get("reviews", []):
        if not isinstance(item, dict):
            continue
        try:
            verdict = Verdict(str(item.get("verdict", "")))
        except ValueError:
            verdict = Verdict.NOT_REVIEWED
        action = item.get("action")
        required = None
        if isinstance(action, dict) and str(action.get("text", "")).strip():
            due = action.get("due")
            required = RequiredAction(
                str(action["text"]), date.fromisoformat(due) if isinstance(due, str) else None
            )
        reviews.append(
            BenchmarkReview(
                benchmark_code=str(item.get("code", "")),
                verdict=verdict,
                comment=str(item.get("comment", "")),
                action=required,
                reviewed_at=local_time(str(item.get("reviewed_at") or "")),
                reviewed_by=str(item.get("reviewed_by", "")),
            )
        )
    return tuple(reviews)


def received_feedback(
    *,
    feedback_id: str,
    kind: str,
    office_name: str,
    office_key_id: str,
    district_code: str,
    round_be: int,
    bundle_id: str,
    issued_at: datetime,
    imported_at: datetime,
    document: Mapping[str, Any],
    answered_by: str | None,
) -> ReceivedFeedback:
    """A ``received_feedback`` row's values and its document as the feedback the district
    sees (``answered_by``: the first export answering it, read by the caller)."""
    catalog = document.get("catalog") or {}
    return ReceivedFeedback(
        feedback_id=feedback_id,
        kind=FeedbackKind(kind),
        office_name=office_name,
        office_key_id=office_key_id,
        district_code=district_code,
        round_year_be=round_be,
        bundle_id=bundle_id,
        issued_at=issued_at,
        imported_at=imported_at,
        reviews=reviews_of(document),
        catalog_edition=catalog.get("edition"),
        catalog_version=catalog.get("version"),
        catalog_sha256=catalog.get("sha256"),
        answered_by=answered_by,
    )


OPEN_VERDICTS = (Verdict.PARTLY_MEETS, Verdict.DOES_NOT_MEET, Verdict.EVIDENCE_INSUFFICIENT)
"""Verdicts the district has to answer (a required action makes any verdict one to answer)."""


def open_items(
    feedback: ReceivedFeedback, answered: bool, taken: frozenset[str] | set[str]
) -> tuple[OpenFeedbackItem, ...]:
    """What the district has still to answer of its round's newest ``feedback``: nothing
    unless it returned the submission and no export answered it yet; else each benchmark
    whose verdict asks for something or that carries a required action (``taken``: the
    benchmarks whose action is in the plan already)."""
    if feedback.kind is not FeedbackKind.RETURNED or answered:
        return ()
    return tuple(
        OpenFeedbackItem(
            feedback_id=feedback.feedback_id,
            benchmark_code=r.benchmark_code,
            verdict=r.verdict,
            comment=r.comment,
            action=r.action,
            action_taken=r.benchmark_code in taken,
        )
        for r in feedback.reviews
        if r.verdict in OPEN_VERDICTS or r.action is not None
    )


@dataclass(frozen=True)
class IssuedFeedback:
    """A feedback file the office wrote (returned, accepted or final)."""

    feedback_id: str
    kind: FeedbackKind
    district_code: str
    round_year_be: int
    bundle_id: str  # the bundle it reviews
    path: str
    sha256: str  # of the file written
    issued_at: datetime


@dataclass(frozen=True)
class FeedbackImport:
    """What ``feedback import`` did with one file: the feedback, and whether it was known."""

    feedback: ReceivedFeedback
    duplicate: bool


@dataclass(frozen=True)
class OpenFeedbackItem:
    """A benchmark the office asked about that the district has still to answer."""

    feedback_id: str
    benchmark_code: str
    verdict: Verdict
    comment: str
    action: RequiredAction | None
    action_taken: bool  # the required action is already in the benchmark's action plan


@dataclass(frozen=True)
class NarrativeChange:
    """A benchmark whose narrative changed between two bundles: a readable diff."""

    benchmark_code: str
    diff: tuple[str, ...]  # unified-diff lines, without the file headers


@dataclass(frozen=True)
class SubmissionChanges:
    """What changed from a reviewed bundle to the one that answers it."""

    district_code: str
    old_bundle_id: str
    new_bundle_id: str
    answers_feedback_id: str | None
    status_changes: tuple[tuple[str, str, str], ...]  # (benchmark code, status before, after)
    narratives: tuple[NarrativeChange, ...]
    evidence_added: tuple[str, ...]  # evidence names
    evidence_removed: tuple[str, ...]

    @property
    def empty(self) -> bool:
        return not (
            self.status_changes or self.narratives or self.evidence_added or self.evidence_removed
        )
