"""ORM rows <-> the domain's value objects.

The services return frozen value objects, never rows; these mappers are the one place that
knows both shapes. The ``*_fields`` functions give the audited fields of a row as JSON-ready
values, which is what the audit log stores as ``before`` / ``after``.
"""

from __future__ import annotations

import json
from typing import Any

from sealdesk.domain.assessment import ActionItem, Assessment, AuditEvent, Evidence
from sealdesk.domain.status import Status
from sealdesk.store.models import ActionRow, AssessmentRow, AuditRow, EvidenceRow


def assessment_fields(row: AssessmentRow) -> dict[str, Any]:
    return {"status": row.status, "narrative": row.narrative, "justification": row.justification}


def action_fields(item: ActionRow) -> dict[str, Any]:
    return {
        "action": item.action,
        "responsible": item.responsible,
        "due_date": item.due_date.isoformat() if item.due_date else None,
        "done": bool(item.done),
    }


def evidence_fields(row: EvidenceRow) -> dict[str, Any]:
    """What the audit log keeps of an evidence document. A document marked as personal data
    is kept by its neutral reference only: its name, description and source (free text that
    may name people) never enter the append-only log (docs/personal-data.md)."""
    if row.personal_data:
        return {
            "name": f"protected-{row.id}",
            "personal_data": True,
            "size": row.size,
            "media_type": row.media_type,
            "effective_date": row.effective_date.isoformat() if row.effective_date else None,
            "expires_on": row.expires_on.isoformat() if row.expires_on else None,
            "description_chars": len(row.description),
        }
    return {
        "name": row.original_name,
        "size": row.size,
        "media_type": row.media_type,
        "effective_date": row.effective_date.isoformat() if row.effective_date else None,
        "expires_on": row.expires_on.isoformat() if row.expires_on else None,
        "description": row.description,
        "source": row.source,
    }


def action_value(item: ActionRow, code: str) -> ActionItem:
    return ActionItem(
        id=item.id,
        benchmark_code=code,
        action=item.action,
        responsible=item.responsible,
        due_date=item.due_date,
        done=bool(item.done),
    )


def assessment_value(row: AssessmentRow) -> Assessment:
    return Assessment(
        benchmark_code=row.benchmark_code,
        status=Status(row.status),
        narrative=row.narrative,
        justification=row.justification,
        actions=tuple(action_value(a, row.benchmark_code) for a in row.actions),
        updated_by=row.updated_by,
        updated_at=row.updated_at,
    )


def evidence_value(row: EvidenceRow, links: tuple[str, ...]) -> Evidence:
    return Evidence(
        id=row.id,
        sha256=row.sha256,
        original_name=row.original_name,
        size=row.size,
        media_type=row.media_type,
        added_at=row.added_at,
        added_by=row.added_by,
        effective_date=row.effective_date,
        expires_on=row.expires_on,
        description=row.description,
        source=row.source,
        links=links,
        personal_data=bool(row.personal_data),
    )


def audit_value(row: AuditRow) -> AuditEvent:
    return AuditEvent(
        id=row.id,
        at=row.at,
        actor=row.actor,
        action=row.action,
        entity=row.entity,
        entity_key=row.entity_key,
        before=json.loads(row.before) if row.before else None,
        after=json.loads(row.after) if row.after else None,
    )
