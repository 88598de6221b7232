"""At the coordinating office: the review of a district's submission, benchmark by benchmark,
and the states it goes through (docs/office.md, "Review and feedback").

    received -> verified (or quarantined) -> in review -> returned | accepted -> final
    a bundle that answers a feedback -> resubmitted (linked to what it answers) -> in review ...

A verdict is kept per benchmark of one received bundle (``office_review``): every verdict but
"meets" needs a comment, a required action may have a due date. The first verdict puts the
submission "in review"; a verdict on an accepted one takes the acceptance back (in review
again) until it is made final, which locks it. Only accepted and final submissions count as
confirmed in the city's figures (``SubmissionState.confirmed``). Returning, accepting and
making final write a signed feedback file (services/review_issue.py). ``submission_changes``
tells what changed from the reviewed bundle to the one answering it.
"""

from __future__ import annotations

import json
import zipfile
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from sealdesk.domain.city import SubmissionState
from sealdesk.domain.districts import all_districts, district
from sealdesk.domain.review import (
    BenchmarkReview,
    RequiredAction,
    ReviewProgress,
    SubmissionReview,
    Verdict,
)
from sealdesk.domain.thaidate import current_round_be
from sealdesk.errors import QT_TRANSLATE_NOOP, InputError
from sealdesk.events import ReviewChanged
from sealdesk.services.core import WorkspaceCore, now
from sealdesk.services.office import require_office
from sealdesk.store.office_models import (
    OfficeAssessmentRow,
    OfficeBundle,
    OfficeFeedbackRow,
    OfficeReviewRow,
)

MAX_COMMENT = 4000
"""Characters of a comment or a required action: a paragraph, not a document."""

REVIEWABLE = (
    SubmissionState.VERIFIED,
    SubmissionState.RESUBMITTED,
    SubmissionState.IN_REVIEW,
    SubmissionState.RETURNED,
    SubmissionState.ACCEPTED,
)
"""States in which a verdict may be given (final is locked; quarantined is never indexed)."""


# --- finding the submission ---------------------------------------------------------------------


def latest_round(ws: WorkspaceCore, session: Session) -> int:
    """The latest round anything was received for, else the current Buddhist Era year."""
    latest = session.scalar(
        select(OfficeBundle.round_be).order_by(OfficeBundle.round_be.desc()).limit(1)
    )
    return latest if latest is not None else current_round_be()


def current_bundle(
    ws: WorkspaceCore,
    session: Session,
    district_code: str,
    round_year_be: int | None,
    bundle_id: str | None = None,
) -> OfficeBundle:
    """The district's current bundle for the round (or ``bundle_id`` of its history);
    InputError when the office received nothing."""
    place = district(district_code.strip())
    round_year_be = round_year_be if round_year_be is not None else latest_round(ws, session)
    query = select(OfficeBundle).where(
        OfficeBundle.district_code == place.code, OfficeBundle.round_be == round_year_be
    )
    if bundle_id is not None:
        query = query.where(OfficeBundle.bundle_id == bundle_id)
    else:
        query = query.where(OfficeBundle.current.is_(True))
    row = session.scalar(query)
    if row is None:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The office has received no bundle from district {district} for round {round}.",
            ),
            district=place.code,
            round=round_year_be,
        )
    return row


def _state(row: OfficeBundle) -> SubmissionState:
    try:
        return SubmissionState(row.state)
    except ValueError:
        return SubmissionState.VERIFIED


def _codes(session: Session, bundle_row_id: int) -> list[str]:
    """The benchmark codes of a received bundle, in the order it listed them (catalog order)."""
    return list(
        session.scalars(
            select(OfficeAssessmentRow.benchmark_code)
            .where(OfficeAssessmentRow.bundle_row_id == bundle_row_id)
            .order_by(OfficeAssessmentRow.id)
        )
    )


def _review_value(row: OfficeReviewRow) -> BenchmarkReview:
    action = RequiredAction(row.action, row.action_due) if row.action else None
    return BenchmarkReview(
        benchmark_code=row.benchmark_code,
        verdict=Verdict(row.verdict),
        comment=row.comment,
        action=action,
        reviewed_at=row.reviewed_at,
        reviewed_by=row.reviewed_by,
    )


def _not_reviewed(code: str) -> BenchmarkReview:
    return BenchmarkReview(code, Verdict.NOT_REVIEWED, "", None, None, "")


def reviews_of(session: Session, bundle_row_id: int) -> tuple[BenchmarkReview, ...]:
    """Every benchmark of the bundle with its review (NOT_REVIEWED where none), in order."""
    given = {
        r.benchmark_code: r
        for r in session.scalars(
            select(OfficeReviewRow).where(OfficeReviewRow.bundle_row_id == bundle_row_id)
        )
    }
    return tuple(
        _review_value(given[c]) if c in given else _not_reviewed(c)
        for c in _codes(session, bundle_row_id)
    )


# --- reviewing ----------------------------------------------------------------------------------


def check_review(verdict: Verdict, comment: str, action: str, due: date | None) -> None:
    """The rules of one verdict: a comment for every verdict but "meets", a due date only with
    an action, texts of a sensible length."""
    if verdict.needs_comment and not comment.strip():
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Errors",
                'Say why in a comment: every verdict other than "meets" needs one.',
            )
        )
    if due is not None and not action.strip():
        raise InputError(
            QT_TRANSLATE_NOOP("Errors", "A due date goes with a required action; give the action.")
        )
    if len(comment) > MAX_COMMENT or len(action) > MAX_COMMENT:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Errors", "A comment or an action may have at most {limit} characters."
            ),
            limit=MAX_COMMENT,
        )


def review_benchmark(
    ws: WorkspaceCore,
    district_code: str,
    code: str,
    verdict: Verdict | str,
    comment: str = "",
    action: str = "",
    due: date | None = None,
    round_year_be: int | None = None,
) -> BenchmarkReview:
    """Gives (or changes) the verdict on one benchmark of the district's current submission.
    ``Verdict.NOT_REVIEWED`` takes the verdict back. Refused on a final submission."""
    require_office(ws)
    try:
        verdict = Verdict(verdict)
    except ValueError:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "There is no verdict {verdict}; use meets, partly_meets, does_not_meet, "
                "evidence_insufficient, na_agreed or not_reviewed.",
            ),
            verdict=str(verdict),
        ) from None
    comment, action = comment.strip(), action.strip()
    check_review(verdict, comment, action, due)
    code = code.strip()
    with ws._transaction() as session:
        bundle = current_bundle(ws, session, district_code, round_year_be)
        state = _state(bundle)
        if state not in REVIEWABLE:
            raise _locked(bundle)
        if code not in _codes(session, bundle.id):
            raise InputError(
                QT_TRANSLATE_NOOP(
                    "Errors", "The submission of district {district} has no benchmark {code}."
                ),
                district=bundle.district_code,
                code=code,
            )
        row = session.scalar(
            select(OfficeReviewRow).where(
                OfficeReviewRow.bundle_row_id == bundle.id, OfficeReviewRow.benchmark_code == code
            )
        )
        before = _fields(row)
        wanted = None
        if verdict is not Verdict.NOT_REVIEWED:
            wanted = {
                "verdict": verdict.value,
                "comment": comment,
                "action": action,
                "due": due.isoformat() if due and action else None,
            }
        if before == wanted:  # the same verdict again: nothing changes, nothing is said
            return _review_value(row) if row is not None else _not_reviewed(code)
        if verdict is Verdict.NOT_REVIEWED:
            if row is not None:
                session.delete(row)
            row = None
            after = None
        else:
            if row is None:
                row = OfficeReviewRow(bundle_row_id=bundle.id, benchmark_code=code)
                session.add(row)
            row.verdict = verdict.value
            row.comment = comment
            row.action = action
            row.action_due = due if action else None
            row.reviewed_by = ws.actor
            row.reviewed_at = now()
            after = _fields(row)
        new_state = SubmissionState.IN_REVIEW if after is not None else state
        if state is not SubmissionState.IN_REVIEW and after is not None:
            bundle.state = new_state.value
        ws._audit(
            session,
            "review.verdict",
            "office_review",
            f"{bundle.district_code}/{bundle.round_be}/{code}",
            before,
            (after or {}) | {"bundle_id": bundle.bundle_id, "state": bundle.state},
        )
        ws._announce(
            session, ReviewChanged(bundle.district_code, bundle.round_be, bundle.bundle_id, (code,))
        )
        return _review_value(row) if row is not None else _not_reviewed(code)


def _fields(row: OfficeReviewRow | None) -> dict[str, Any] | None:
    if row is None:
        return None
    return {
        "verdict": row.verdict,
        "comment": row.comment,
        "action": row.action,
        "due": row.action_due.isoformat() if row.action_due else None,
    }


def _locked(bundle: OfficeBundle) -> InputError:
    return InputError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "The submission of district {district} for round {round} is final; it takes no more "
            "verdicts.",
        ),
        district=bundle.district_code,
        round=bundle.round_be,
    )


def submission_review(
    ws: WorkspaceCore,
    district_code: str,
    round_year_be: int | None = None,
    bundle_id: str | None = None,
) -> SubmissionReview:
    """Every benchmark's review of the district's current submission (or of ``bundle_id``)."""
    require_office(ws)
    with ws._sessions() as session:
        bundle = current_bundle(ws, session, district_code, round_year_be, bundle_id)
        return SubmissionReview(
            district_code=bundle.district_code,
            round_year_be=bundle.round_be,
            bundle_id=bundle.bundle_id,
            reviews=reviews_of(session, bundle.id),
            state=_state(bundle),
            answers_feedback_id=bundle.answers_feedback_id,
        )


def review_progress(
    ws: WorkspaceCore, round_year_be: int | None = None
) -> tuple[ReviewProgress, ...]:
    """For every district with a current submission in the round, in district order: how many
    of its benchmarks have a verdict, and its state."""
    require_office(ws)
    with ws._sessions() as session:
        round_year_be = round_year_be if round_year_be is not None else latest_round(ws, session)
        bundles = {
            b.district_code: b
            for b in session.scalars(
                select(OfficeBundle).where(
                    OfficeBundle.round_be == round_year_be, OfficeBundle.current.is_(True)
                )
            )
        }
        ids = [b.id for b in bundles.values()]
        totals: dict[int, int] = dict.fromkeys(ids, 0)
        for (bundle_row_id,) in session.execute(
            select(OfficeAssessmentRow.bundle_row_id).where(
                OfficeAssessmentRow.bundle_row_id.in_(ids)
            )
        ):
            totals[bundle_row_id] += 1
        reviewed: dict[int, int] = dict.fromkeys(ids, 0)
        for (bundle_row_id,) in session.execute(
            select(OfficeReviewRow.bundle_row_id).where(OfficeReviewRow.bundle_row_id.in_(ids))
        ):
            reviewed[bundle_row_id] += 1
    result = []
    for place in all_districts():
        bundle = bundles.get(place.code)
        if bundle is None:
            continue
        result.append(
            ReviewProgress(
                district_code=place.code,
                round_year_be=round_year_be,
                bundle_id=bundle.bundle_id,
                reviewed=reviewed[bundle.id],
                total=totals[bundle.id],
                state=_state(bundle),
                name_th=place.th,
                name_en=place.en,
            )
        )
    return tuple(result)


def feedback_issued(
    ws: WorkspaceCore, district_code: str, round_year_be: int | None = None
) -> tuple[tuple[str, str, str], ...]:
    """The feedback files the office issued to the district for the round, oldest first:
    (feedback id, kind, bundle id reviewed)."""
    require_office(ws)
    with ws._sessions() as session:
        place = district(district_code.strip())
        round_year_be = round_year_be if round_year_be is not None else latest_round(ws, session)
        rows = session.execute(
            select(OfficeFeedbackRow.feedback_id, OfficeFeedbackRow.kind, OfficeBundle.bundle_id)
            .join(OfficeBundle, OfficeFeedbackRow.bundle_row_id == OfficeBundle.id)
            .where(OfficeBundle.district_code == place.code, OfficeBundle.round_be == round_year_be)
            .order_by(OfficeFeedbackRow.id)
        ).all()
    return tuple((str(a), str(b), str(c)) for a, b, c in rows)


# --- at intake: what a received bundle answers (office_intake) ---------------------------------


def intake_tag_manifest_sha256(source: Path) -> str:
    """Recorded so a feedback file can name exactly the bundle it reviews (issue 15)."""
    from sealdesk.bundle.errors import VerifyError
    from sealdesk.bundle.feedback import tag_manifest_sha256

    try:
        return tag_manifest_sha256(source)
    except (OSError, VerifyError, zipfile.BadZipFile):
        return ""


def answered_feedback(
    session: Any, doc: dict[str, Any], district_code: str, round_be: int
) -> str | None:
    """The id of the feedback this office issued that the bundle says it answers (its
    submission.json ``extra.answers_feedback``), if it was issued to the same district and
    round; the bundle is then "resubmitted" (issue 15)."""
    extra = doc.get("extra")
    answer = extra.get("answers_feedback") if isinstance(extra, dict) else None
    feedback_id = str(answer.get("feedback_id", "")) if isinstance(answer, dict) else ""
    if not feedback_id:
        return None
    reviewed = session.scalar(
        select(OfficeBundle)
        .join(OfficeFeedbackRow, OfficeFeedbackRow.bundle_row_id == OfficeBundle.id)
        .where(OfficeFeedbackRow.feedback_id == feedback_id)
    )
    if reviewed is None or (reviewed.district_code, reviewed.round_be) != (district_code, round_be):
        return None
    return feedback_id


def document_of(row: OfficeFeedbackRow) -> dict[str, Any]:
    return dict(json.loads(row.document))


__all__ = [
    "answered_feedback",
    "check_review",
    "current_bundle",
    "feedback_issued",
    "review_benchmark",
    "review_progress",
    "reviews_of",
    "submission_review",
]
