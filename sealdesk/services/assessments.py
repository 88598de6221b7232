"""Assessments: a benchmark's status, narrative, justification and action plan, and the
round's score. Every change is audited (changed fields only) and announced as
AssessmentChanged(round, code) after it commits."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from sealdesk.domain.assessment import ActionItem, Assessment
from sealdesk.domain.scoring import ScoreReport, score_round
from sealdesk.domain.status import Status
from sealdesk.errors import QT_TRANSLATE_NOOP, InputError
from sealdesk.events import AssessmentChanged
from sealdesk.services import rounds
from sealdesk.services.core import UNSET, WorkspaceCore, now
from sealdesk.store.mapping import action_fields, action_value, assessment_fields, assessment_value
from sealdesk.store.models import ActionRow, AssessmentRow, Round


def assessments(ws: WorkspaceCore, round_be: int | None = None) -> dict[str, Assessment]:
    """Every benchmark of the round's catalog, in catalog order, assessed or not."""
    with ws._sessions() as session:
        round_row = ws._round(session, round_be)
        catalog = ws._catalog_of(session, round_row)
        rows = {
            r.benchmark_code: r
            for r in session.scalars(
                select(AssessmentRow)
                .where(AssessmentRow.round_id == round_row.id)
                .options(selectinload(AssessmentRow.actions))  # one query, not one per row
            )
        }
        return {
            b.code: assessment_value(rows[b.code]) if b.code in rows else Assessment(b.code)
            for b in catalog.benchmarks()
        }


def assessment(ws: WorkspaceCore, code: str, round_be: int | None = None) -> Assessment:
    with ws._sessions() as session:
        round_row = ws._round(session, round_be)
        code = ws._benchmark_code(session, round_row, code)
        row = _assessment_row(session, round_row, code, create=False)
        return Assessment(code) if row is None else assessment_value(row)


def _assessment_row(
    session: Session, round_row: Round, code: str, create: bool = True
) -> AssessmentRow | None:
    row = session.scalar(
        select(AssessmentRow).where(
            AssessmentRow.round_id == round_row.id, AssessmentRow.benchmark_code == code
        )
    )
    if row is None and create:
        row = AssessmentRow(
            round_id=round_row.id,
            benchmark_code=code,
            status=Status.NOT_STARTED.value,
            narrative="",
            justification="",
            updated_by="",
        )
        session.add(row)
    return row


def assess(
    ws: WorkspaceCore,
    code: str,
    status: Status | str | None = None,
    narrative: str | None = None,
    justification: str | None = None,
    round_be: int | None = None,
) -> Assessment:
    """Sets any of a benchmark's status, narrative and justification."""
    if status is not None:
        try:
            status = Status(status)
        except ValueError:
            raise InputError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{status} is not a status; use not_started, met, partially_met, "
                    "not_met or not_applicable.",
                ),
                status=status,
            ) from None
    new_status = status
    with ws._transaction() as session:
        round_row = ws._round(session, round_be)
        code = ws._benchmark_code(session, round_row, code)
        row = _assessment_row(session, round_row, code)
        assert row is not None

        def change() -> None:
            if new_status is not None:
                row.status = new_status.value
            if narrative is not None:
                row.narrative = narrative
            if justification is not None:
                row.justification = justification.strip()
            if row.status == Status.NOT_APPLICABLE.value and not row.justification:
                raise InputError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "Benchmark {code} can be marked not applicable only with a justification.",
                    ),
                    code=code,
                )

        audit = ("assessment.update", "assessment", f"{round_row.year_be}/{code}")
        if not ws._audited_update(session, lambda: assessment_fields(row), change, audit):
            return assessment_value(row)
        row.updated_by = ws.actor
        row.updated_at = now()
        ws._announce(session, AssessmentChanged(round_row.year_be, code))
        session.flush()
        return assessment_value(row)


def add_action(
    ws: WorkspaceCore,
    code: str,
    action: str,
    responsible: str = "",
    due_date: date | None = None,
    round_be: int | None = None,
) -> ActionItem:
    if not action.strip():
        raise InputError(QT_TRANSLATE_NOOP("Errors", "An action needs a description."))
    with ws._transaction() as session:
        round_row = ws._round(session, round_be)
        code = ws._benchmark_code(session, round_row, code)
        row = _assessment_row(session, round_row, code)
        item = ActionRow(action=action.strip(), responsible=responsible.strip(), due_date=due_date)
        assert row is not None
        row.actions.append(item)
        session.flush()
        ws._audit(
            session,
            "action.add",
            "action_item",
            str(item.id),
            None,
            action_fields(item) | {"benchmark": code, "round": round_row.year_be},
        )
        ws._announce(session, AssessmentChanged(round_row.year_be, code))
        return action_value(item, code)


def update_action(
    ws: WorkspaceCore,
    action_id: int,
    action: str | None = None,
    responsible: str | None = None,
    due_date: date | None = UNSET,
    done: bool | None = None,
) -> ActionItem:
    with ws._transaction() as session:
        item = _action_row(session, action_id)

        def change() -> None:
            if action is not None:
                if not action.strip():
                    raise InputError(QT_TRANSLATE_NOOP("Errors", "An action needs a description."))
                item.action = action.strip()
            if responsible is not None:
                item.responsible = responsible.strip()
            if due_date is not UNSET:
                item.due_date = due_date
            if done is not None:
                item.done = done

        audit = ("action.update", "action_item", str(action_id))
        # An action's audit event has always held the whole item, before and after.
        if ws._audited_update(session, lambda: action_fields(item), change, audit, True):
            ws._announce(session, _action_changed(session, item))
        return action_value(item, item.assessment.benchmark_code)


def remove_action(ws: WorkspaceCore, action_id: int) -> None:
    with ws._transaction() as session:
        item = _action_row(session, action_id)
        ws._audit(
            session, "action.remove", "action_item", str(action_id), action_fields(item), None
        )
        ws._announce(session, _action_changed(session, item))
        session.delete(item)


def _action_row(session: Session, action_id: int) -> ActionRow:
    item = session.get(ActionRow, action_id)
    if item is None:
        raise InputError(QT_TRANSLATE_NOOP("Errors", "There is no action {id}."), id=action_id)
    return item


def _action_changed(session: Session, item: ActionRow) -> AssessmentChanged:
    round_row = session.get(Round, item.assessment.round_id)
    assert round_row is not None
    return AssessmentChanged(round_row.year_be, item.assessment.benchmark_code)


def score(ws: WorkspaceCore, round_be: int | None = None) -> ScoreReport:
    catalog = rounds.catalog(ws, round_be)
    statuses = {code: a.status for code, a in assessments(ws, round_be).items()}
    return score_round(catalog, statuses)
