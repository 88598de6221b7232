"""The office's quarantine: received files the verifier refused, kept as they came under
``<ws>/quarantine/<sha256>`` with the verifier's code and the clerk's sentence, never indexed;
released (removed from it) once the same file was taken in after all."""

from __future__ import annotations

import json
import os
from pathlib import Path

from sqlalchemy import select

from sealdesk.domain.city import IntakeOutcome, IntakeResult, QuarantinedFile
from sealdesk.fsutil import fsync_dir
from sealdesk.services.core import WorkspaceCore, now
from sealdesk.services.office import require_office
from sealdesk.store.office_models import OfficeQuarantine as QuarantineRow

QUARANTINE_DIR = "quarantine"


class Refused(Exception):
    """A bundle the office does not take: the verifier's code and the clerk's sentence."""

    def __init__(self, code: str, exit_code: int, message: str, **params: str) -> None:
        super().__init__(code)
        self.code, self.exit_code, self.message, self.params = code, exit_code, message, params


def quarantine(
    ws: WorkspaceCore, path: Path, stage: Path, sha256: str, size: int, refused: Refused
) -> IntakeResult:
    folder = Path(ws.path) / QUARANTINE_DIR
    folder.mkdir(exist_ok=True)
    target = folder / sha256
    if not target.exists():
        os.replace(stage, target)
        fsync_dir(folder)
    params = {"file": path.name, **refused.params}
    with ws._transaction() as session:
        row = session.scalar(
            select(QuarantineRow).where(
                QuarantineRow.sha256 == sha256, QuarantineRow.released_at.is_(None)
            )
        )
        if row is None:
            row = QuarantineRow(
                file_name=path.name,
                sha256=sha256,
                size=size,
                received_at=now(),
                verifier_code=refused.code,
                exit_code=refused.exit_code,
                message=refused.message,
                params=json.dumps(params, ensure_ascii=False),
            )
            session.add(row)
            session.flush()
            ws._audit(
                session,
                "office.quarantine",
                "office_quarantine",
                str(row.id),
                None,
                {"file": path.name, "sha256": sha256, "code": refused.code},
            )
        else:  # the same file again: the same verdict, now with today's trust list
            row.verifier_code, row.exit_code = refused.code, refused.exit_code
            row.message, row.params = refused.message, json.dumps(params, ensure_ascii=False)
    return IntakeResult(
        str(path),
        IntakeOutcome.QUARANTINED,
        refused.message,
        params,
        params.get("district"),
        None,
        None,
        refused.code,
        refused.exit_code,
        row.id,
    )


def quarantined(ws: WorkspaceCore, include_released: bool = False) -> tuple[QuarantinedFile, ...]:
    require_office(ws)
    with ws._sessions() as session:
        query = select(QuarantineRow).order_by(QuarantineRow.id)
        if not include_released:
            query = query.where(QuarantineRow.released_at.is_(None))
        return tuple(
            QuarantinedFile(
                r.id,
                r.file_name,
                r.sha256,
                r.size,
                r.received_at,
                r.verifier_code,
                r.exit_code,
                r.message,
                json.loads(r.params),
                r.released_at,
            )
            for r in session.scalars(query)
        )


def release_quarantined(ws: WorkspaceCore, sha256: str) -> None:
    with ws._transaction() as session:
        rows = session.scalars(
            select(QuarantineRow).where(
                QuarantineRow.sha256 == sha256, QuarantineRow.released_at.is_(None)
            )
        ).all()
        for row in rows:
            row.released_at = now()
            ws._audit(
                session,
                "office.release",
                "office_quarantine",
                str(row.id),
                None,
                {"sha256": sha256},
            )
    if rows:
        (Path(ws.path) / QUARANTINE_DIR / sha256).unlink(missing_ok=True)
