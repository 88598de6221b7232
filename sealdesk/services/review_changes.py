"""At the coordinating office: what changed from the bundle it reviewed to the one the district
sent in answer (status changes, narratives as a readable diff, evidence added and removed), so
the reviewer looks again only at what moved (issue 15)."""

from __future__ import annotations

import difflib
import json

from sqlalchemy import select
from sqlalchemy.orm import Session

from sealdesk.domain.review import NarrativeChange, SubmissionChanges
from sealdesk.events import ReviewChanged
from sealdesk.services.core import WorkspaceCore
from sealdesk.services.office import require_office
from sealdesk.services.review import _locked, current_bundle
from sealdesk.store.office_models import (
    OfficeAssessmentRow,
    OfficeBundle,
    OfficeEvidenceRow,
    OfficeFeedbackRow,
    OfficeReviewRow,
)


def reviewed_before(session: Session, new: OfficeBundle) -> OfficeBundle | None:
    """The bundle ``new`` is compared with: the one the feedback it answers reviewed, else the
    district's bundle of the round signed before it."""
    old: OfficeBundle | None = None
    if new.answers_feedback_id:
        old = session.scalar(
            select(OfficeBundle)
            .join(OfficeFeedbackRow, OfficeFeedbackRow.bundle_row_id == OfficeBundle.id)
            .where(OfficeFeedbackRow.feedback_id == new.answers_feedback_id)
        )
    if old is None:
        earlier = session.scalars(
            select(OfficeBundle)
            .where(
                OfficeBundle.district_code == new.district_code,
                OfficeBundle.round_be == new.round_be,
                OfficeBundle.id != new.id,
            )
            .order_by(OfficeBundle.submitted_at.desc(), OfficeBundle.id.desc())
        ).all()
        old = next(
            (
                b
                for b in earlier
                if (b.submitted_at is None or new.submitted_at is None)
                or b.submitted_at <= new.submitted_at
            ),
            None,
        )
    return old


def submission_changes(
    ws: WorkspaceCore,
    district_code: str,
    round_year_be: int | None = None,
    bundle_id: str | None = None,
) -> SubmissionChanges | None:
    """What changed from the bundle the office reviewed to the district's current bundle (or
    ``bundle_id``): the bundle its feedback answers, else the one received before it. None when
    there is nothing to compare with (the district's first bundle of the round)."""
    require_office(ws)
    with ws._sessions() as session:
        new = current_bundle(ws, session, district_code, round_year_be, bundle_id)
        old = reviewed_before(session, new)
        if old is None:
            return None
        before = _benchmarks(session, old.id)
        after = _benchmarks(session, new.id)
        old_files = _evidence(session, old.id)
        new_files = _evidence(session, new.id)
    statuses = []
    narratives = []
    for code, (status, narrative) in after.items():
        was_status, was_narrative = before.get(code, ("not_started", ""))
        if status != was_status:
            statuses.append((code, was_status, status))
        if narrative != was_narrative:
            narratives.append(NarrativeChange(code, narrative_diff(was_narrative, narrative)))
    return SubmissionChanges(
        district_code=new.district_code,
        old_bundle_id=old.bundle_id,
        new_bundle_id=new.bundle_id,
        answers_feedback_id=new.answers_feedback_id,
        status_changes=tuple(statuses),
        narratives=tuple(narratives),
        evidence_added=tuple(sorted(n for s, n in new_files.items() if s not in old_files)),
        evidence_removed=tuple(sorted(n for s, n in old_files.items() if s not in new_files)),
    )


def narrative_diff(before: str, after: str) -> tuple[str, ...]:
    """A readable line diff of two narratives (difflib's unified diff, without its headers)."""
    lines = difflib.unified_diff(before.splitlines(), after.splitlines(), lineterm="", n=1)
    return tuple(line for line in lines if not line.startswith(("---", "+++")))


def _benchmarks(session: Session, bundle_row_id: int) -> dict[str, tuple[str, str]]:
    return {
        code: (status, narrative)
        for code, status, narrative in session.execute(
            select(
                OfficeAssessmentRow.benchmark_code,
                OfficeAssessmentRow.status,
                OfficeAssessmentRow.narrative,
            )
            .where(OfficeAssessmentRow.bundle_row_id == bundle_row_id)
            .order_by(OfficeAssessmentRow.id)
        )
    }


def _evidence(session: Session, bundle_row_id: int) -> dict[str, str]:
    return {
        sha: name
        for sha, name in session.execute(
            select(OfficeEvidenceRow.sha256, OfficeEvidenceRow.name).where(
                OfficeEvidenceRow.bundle_row_id == bundle_row_id
            )
        )
    }


def carry_over_reviews(
    ws: WorkspaceCore, district_code: str, round_year_be: int | None = None
) -> tuple[str, ...]:
    """Copies, onto the district's current bundle, the verdicts given on the bundle it is
    compared with (``reviewed_before``) for every benchmark whose status, narrative,
    justification, action plan and evidence did not change and that has no verdict yet: the
    reviewer asks for it, then looks only at what moved. Returns the codes copied."""
    require_office(ws)
    with ws._transaction() as session:
        new = current_bundle(ws, session, district_code, round_year_be)
        if new.state == "final":
            raise _locked(new)
        old = reviewed_before(session, new)
        if old is None:
            return ()
        before, after = _contents(session, old.id), _contents(session, new.id)
        given = {
            r.benchmark_code
            for r in session.scalars(
                select(OfficeReviewRow).where(OfficeReviewRow.bundle_row_id == new.id)
            )
        }
        copied = []
        for row in session.scalars(
            select(OfficeReviewRow)
            .where(OfficeReviewRow.bundle_row_id == old.id)
            .order_by(OfficeReviewRow.id)
        ):
            code = row.benchmark_code
            if code in given or code not in after or before.get(code) != after[code]:
                continue
            session.add(
                OfficeReviewRow(
                    bundle_row_id=new.id,
                    benchmark_code=code,
                    verdict=row.verdict,
                    comment=row.comment,
                    action=row.action,
                    action_due=row.action_due,
                    reviewed_by=row.reviewed_by,
                    reviewed_at=row.reviewed_at,
                )
            )
            copied.append(code)
        if not copied:
            return ()
        if new.state in ("verified", "resubmitted", "returned", "accepted"):
            new.state = "in_review"
        ws._audit(
            session,
            "review.carry_over",
            "office_bundle",
            new.bundle_id,
            None,
            {"from": old.bundle_id, "codes": copied, "state": new.state},
        )
        ws._announce(
            session, ReviewChanged(new.district_code, new.round_be, new.bundle_id, tuple(copied))
        )
    return tuple(copied)


def _contents(session: Session, bundle_row_id: int) -> dict[str, tuple[str, ...]]:
    """What a district said for each benchmark: status, narrative, justification, action plan
    and linked evidence (sha256s, sorted)."""
    return {
        a.benchmark_code: (
            a.status,
            a.narrative,
            a.justification,
            a.actions,
            ",".join(sorted(json.loads(a.evidence))),
        )
        for a in session.scalars(
            select(OfficeAssessmentRow).where(OfficeAssessmentRow.bundle_row_id == bundle_row_id)
        )
    }


__all__ = ["carry_over_reviews", "narrative_diff", "reviewed_before", "submission_changes"]
