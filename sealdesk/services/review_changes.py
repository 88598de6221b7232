"""At the coordinating office: what changed from the bundle it reviewed to the one the district
sent in answer (status changes, narratives as a readable diff, evidence added and removed), so
the reviewer looks again only at what moved (issue 15)."""

from __future__ import annotations

import difflib

from sqlalchemy import select
from sqlalchemy.orm import Session

from sealdesk.domain.review import NarrativeChange, SubmissionChanges
from sealdesk.services.core import WorkspaceCore
from sealdesk.services.office import require_office
from sealdesk.services.review import current_bundle
from sealdesk.store.models import (
    OfficeAssessmentRow,
    OfficeBundle,
    OfficeEvidenceRow,
    OfficeFeedbackRow,
)


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


__all__ = ["narrative_diff", "submission_changes"]
