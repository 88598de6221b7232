"""The review screen's one door to the office workspace: every read and change it makes, as
calls through the office Session (widgets never hold the workspace). The services are
services/review.py (issue 15)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sealdesk.domain.city import OfficeSubmission, SubmissionState
from sealdesk.domain.review import (
    FeedbackKind,
    RequiredAction,
    ReviewProgress,
    SubmissionChanges,
    SubmissionReview,
    Verdict,
)
from sealdesk.ui.jobs import Job
from sealdesk.ui.office_session import OfficeSession

REVIEWABLE = frozenset(
    {
        SubmissionState.RECEIVED,
        SubmissionState.VERIFIED,
        SubmissionState.IN_REVIEW,
        SubmissionState.RETURNED,
        SubmissionState.RESUBMITTED,
        SubmissionState.ACCEPTED,
        SubmissionState.FINAL,
    }
)
"""The states of a current submission the review screen lists (nothing received and
quarantined have nothing to review)."""

CONFIRMED = frozenset({SubmissionState.ACCEPTED, SubmissionState.FINAL})
"""Only these count in the city's figures as confirmed."""


@dataclass(frozen=True)
class DistrictEntry:
    """One district the reviewer can open: its code, names and state in the round shown."""

    code: str
    name_th: str
    name_en: str
    state: SubmissionState


class ReviewDesk:
    """What the review screen reads and changes, for the round the Session shows."""

    def __init__(self, session: OfficeSession) -> None:
        self.session = session

    @property
    def round(self) -> int:
        return self.session.round

    def districts(self) -> list[DistrictEntry]:
        status = self.session.query(lambda ws: ws.office_status(self.session.round))
        return [
            DistrictEntry(r.district_code, r.name_th, r.name_en, r.state)
            for r in status.rows
            if r.state in REVIEWABLE and r.bundle_id
        ]

    def submission(self, code: str) -> OfficeSubmission | None:
        return self.session.query(lambda ws: ws.office_submission(code, self.session.round))

    def review(self, code: str) -> SubmissionReview:
        return self.session.query(lambda ws: ws.submission_review(code, self.session.round))

    def progress(self) -> dict[str, ReviewProgress]:
        rows = self.session.query(lambda ws: ws.review_progress(self.session.round))
        return {p.district_code: p for p in rows}

    def changes(self, code: str) -> SubmissionChanges | None:
        return self.session.query(lambda ws: ws.submission_changes(code, self.session.round))

    def reviewed_before(
        self, code: str, changes: SubmissionChanges | None
    ) -> SubmissionReview | None:
        """The office's review of the bundle a resubmission answers (None when not one)."""
        if changes is None:
            return None
        old = changes.old_bundle_id
        return self.session.query(
            lambda ws: ws.submission_review(code, self.session.round, bundle_id=old)
        )

    def catalog_benchmark(self, code: str):  # -> Benchmark | None
        return self.session.catalog.benchmark(code)

    def record(
        self,
        district: str,
        benchmark: str,
        verdict: Verdict,
        comment: str,
        action: RequiredAction | None,
        parent: object = None,
    ) -> bool:
        """Stores one verdict; a refused one (no comment, a final submission) is shown."""
        round_be = self.session.round
        done = self.session.run(
            lambda ws: ws.review_benchmark(
                district,
                benchmark,
                verdict,
                comment=comment,
                action=action.text if action else "",
                due=action.due if action else None,
                round_year_be=round_be,
            ),
            parent=parent,  # type: ignore[arg-type]
        )
        return done is not None

    def carry_over(self, district: str, parent: object = None) -> tuple[str, ...] | None:
        """Keeps the verdicts of unchanged benchmarks; the codes copied (None when refused)."""
        round_be = self.session.round
        return self.session.run(
            lambda ws: ws.carry_over_reviews(district, round_be),
            parent=parent,  # type: ignore[arg-type]
        )

    def sign_job(self, kind: FeedbackKind, district: str, out: Path, passphrase: str) -> Job:
        """A Job writing the signed feedback file of ``kind`` for ``district`` to ``out``."""
        round_be = self.session.round
        name = {
            FeedbackKind.RETURNED: "return_submission",
            FeedbackKind.ACCEPTED: "accept_submission",
            FeedbackKind.FINAL: "finalize_submission",
        }[kind]

        # a Cancelled raised by the service ends the job as cancelled (ui/jobs.py)
        return self.session.job(
            lambda ws, job: getattr(ws, name)(
                district,
                round_be,
                out=out,
                passphrase=passphrase,
                progress=job.report,
                cancelled=job.is_cancelled,
            )
        )
