"""At a district: the office's required action taken into the benchmark's action plan, in one
click and once (issue 15; the feedback itself is services/feedback.py)."""

from __future__ import annotations

import json

from sqlalchemy import select

from sealdesk.domain.assessment import ActionItem
from sealdesk.errors import QT_TRANSLATE_NOOP, InputError
from sealdesk.events import AssessmentChanged, FeedbackChanged
from sealdesk.services.assessments import _assessment_row
from sealdesk.services.core import WorkspaceCore, now
from sealdesk.services.feedback import _no_feedback, _require_district, _reviews
from sealdesk.store.mapping import action_value
from sealdesk.store.models import ActionRow, FeedbackActionTaken, ReceivedFeedbackRow


def take_action_into_plan(ws: WorkspaceCore, benchmark_code: str, feedback_id: str) -> ActionItem:
    """Adds the office's required action for the benchmark to its action plan (with its due
    date), once: taking it again is refused."""
    _require_district(ws)
    code = benchmark_code.strip()
    with ws._transaction() as session:
        row = session.scalar(
            select(ReceivedFeedbackRow).where(ReceivedFeedbackRow.feedback_id == feedback_id)
        )
        if row is None:
            raise _no_feedback(feedback_id)
        review = next(
            (r for r in _reviews(json.loads(row.document)) if r.benchmark_code == code), None
        )
        if review is None or review.action is None:
            raise InputError(
                QT_TRANSLATE_NOOP(
                    "Errors", "The office asked for no action on benchmark {code} in this feedback."
                ),
                code=code,
            )
        if session.scalar(
            select(FeedbackActionTaken).where(
                FeedbackActionTaken.feedback_row_id == row.id,
                FeedbackActionTaken.benchmark_code == code,
            )
        ):
            raise InputError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The office's action on benchmark {code} is already in the action plan.",
                ),
                code=code,
            )
        round_row = ws._round(session, row.round_be)
        code = ws._benchmark_code(session, round_row, code)
        assessment = _assessment_row(session, round_row, code)
        assert assessment is not None
        item = ActionRow(
            action=review.action.text.strip(), responsible="", due_date=review.action.due
        )
        assessment.actions.append(item)
        session.flush()
        session.add(
            FeedbackActionTaken(
                feedback_row_id=row.id, benchmark_code=code, action_item_id=item.id, taken_at=now()
            )
        )
        ws._audit(
            session,
            "feedback.take_action",
            "action_item",
            str(item.id),
            None,
            {
                "action": item.action,
                "due_date": item.due_date.isoformat() if item.due_date else None,
                "benchmark": code,
                "round": round_row.year_be,
                "feedback_id": feedback_id,
            },
        )
        ws._announce(session, AssessmentChanged(round_row.year_be, code))
        ws._announce(session, FeedbackChanged(feedback_id, round_row.year_be))
        return action_value(item, code)


__all__ = ["take_action_into_plan"]
