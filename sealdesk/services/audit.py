"""The workspace's history: the append-only audit log and the record of exported bundles."""

from __future__ import annotations

from sqlalchemy import select

from sealdesk.domain.assessment import AuditEvent, ExportRecord
from sealdesk.events import BundleExported
from sealdesk.services.core import WorkspaceCore, now
from sealdesk.store.mapping import audit_value
from sealdesk.store.models import AuditRow, ExportRow, Round


def audit_log(ws: WorkspaceCore, limit: int | None = None) -> list[AuditEvent]:
    """Events oldest first; with ``limit``, the most recent ``limit`` of them."""
    with ws._sessions() as session:
        query = select(AuditRow).order_by(AuditRow.id.desc())
        if limit is not None:
            query = query.limit(limit)
        rows = list(session.scalars(query))
    return [audit_value(r) for r in reversed(rows)]


def record_export(
    ws: WorkspaceCore,
    round_be: int,
    bundle_id: str,
    sha256: str,
    path: str,
    *,
    tag_manifest_sha256: str = "",
    answers_feedback_id: str | None = None,
) -> None:
    """Records an exported bundle; with the SHA-256 of its tag manifest and the feedback it
    answers (issue 15), so a feedback file is matched to exactly this bundle."""
    with ws._transaction() as session:
        round_row = ws._round(session, round_be)
        session.add(
            ExportRow(
                round_id=round_row.id,
                bundle_id=bundle_id,
                sha256=sha256,
                path=path,
                at=now(),
                actor=ws.actor,
                tag_manifest_sha256=tag_manifest_sha256,
                answers_feedback_id=answers_feedback_id,
            )
        )
        after = {"bundle_id": bundle_id, "sha256": sha256, "path": path}
        if answers_feedback_id:
            after["answers_feedback"] = answers_feedback_id
        ws._audit(session, "bundle.export", "round", str(round_be), None, after)
        ws._announce(session, BundleExported(round_row.year_be, bundle_id))


def exports(ws: WorkspaceCore, round_be: int | None = None) -> list[ExportRecord]:
    with ws._sessions() as session:
        query = select(ExportRow, Round.year_be).join(Round).order_by(ExportRow.id)
        if round_be is not None:
            query = query.where(Round.year_be == round_be)
        return [
            ExportRecord(year, r.bundle_id, r.sha256, r.path, r.at, r.actor)
            for r, year in session.execute(query)
        ]
