"""The inbox's memory: what it already did with each scanned file (name, size, mtime), so a
file is filed once even across restarts. Filing is announced as InboxFiled after it commits."""

from __future__ import annotations

from sqlalchemy import select

from sealdesk.events import InboxFiled
from sealdesk.services.core import WorkspaceCore, now
from sealdesk.store.models import EvidenceRow, InboxFile


def inbox_outcome(ws: WorkspaceCore, name: str, size: int, mtime_ns: int) -> str | None:
    """What the inbox already did with this exact file (name, size, mtime), if anything."""
    with ws._sessions() as session:
        return session.scalar(
            select(InboxFile.outcome)
            .where(
                InboxFile.name == name,
                InboxFile.size == size,
                InboxFile.mtime_ns == mtime_ns,
            )
            .order_by(InboxFile.id.desc())
            .limit(1)
        )


def inbox_record(
    ws: WorkspaceCore,
    name: str,
    size: int,
    mtime_ns: int,
    outcome: str,
    sha256: str | None = None,
    detail: str = "",
) -> None:
    with ws._transaction() as session:
        session.add(
            InboxFile(
                name=name,
                size=size,
                mtime_ns=mtime_ns,
                sha256=sha256,
                outcome=outcome,
                detail=detail,
                at=now(),
            )
        )
        evidence_id = None
        if sha256 is not None:
            evidence_id = session.scalar(select(EvidenceRow.id).where(EvidenceRow.sha256 == sha256))
        ws._announce(session, InboxFiled(name, outcome, evidence_id))
