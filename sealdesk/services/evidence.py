"""Evidence documents: add a file to the content-addressed store and record it, link it to
benchmarks, describe it, remove it, find and list it. Every change is audited and announced as
EvidenceChanged after it commits."""

from __future__ import annotations

import mimetypes
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from sealdesk.domain.assessment import Evidence, EvidenceAdded
from sealdesk.domain.names import clean_text, evidence_name
from sealdesk.errors import QT_TRANSLATE_NOOP, EvidenceError, InputError
from sealdesk.events import EvidenceChanged
from sealdesk.progress import IsCancelled, Progress
from sealdesk.services.core import UNSET, WorkspaceCore, now
from sealdesk.store.mapping import evidence_fields, evidence_value
from sealdesk.store.models import EvidenceLink, EvidenceRow, Round


def guess_media_type(path: Path) -> str:
    guessed, _ = mimetypes.guess_type(path.name)
    if guessed:
        return guessed
    try:
        with open(path, "rb") as handle:
            head = handle.read(8)
    except OSError:
        head = b""
    for magic, media in (
        (b"%PDF", "application/pdf"),
        (b"\xff\xd8\xff", "image/jpeg"),
        (b"\x89PNG", "image/png"),
        (b"II*\x00", "image/tiff"),
        (b"MM\x00*", "image/tiff"),
        (b"PK\x03\x04", "application/zip"),
    ):
        if head.startswith(magic):
            return media
    return "application/octet-stream"


def add_evidence(
    ws: WorkspaceCore,
    path: Path,
    benchmarks: Sequence[str] = (),
    effective_date: date | None = None,
    description: str = "",
    source: str = "",
    round_be: int | None = None,
    progress: Progress | None = None,
    cancelled: IsCancelled | None = None,
    expires_on: date | None = None,
    personal_data: bool = False,
) -> EvidenceAdded:
    """Copies a file into the store and records it; the same bytes are stored once.

    The blob is complete on disk before the record is committed, so a crash at any point
    leaves either nothing or an unreferenced blob (reported by check), never a record
    without its file. ``personal_data`` marks it as naming people (issue 18); adding the
    same bytes again with the mark marks the stored document too (never the other way).
    """
    path = Path(path)
    if ws.read_only:  # before copying anything into the store
        raise ws.why_read_only
    with ws._sessions() as session:
        round_row = ws._round(session, round_be)
        codes = [ws._benchmark_code(session, round_row, c) for c in benchmarks]
    if path.is_dir():
        raise EvidenceError(
            QT_TRANSLATE_NOOP("Errors", "{file} is a folder, not a file."), file=str(path)
        )
    # Only a regular, non-empty file of at most MAX_BLOB_BYTES (2 GiB) is taken in: a FIFO
    # or a device such as /dev/zero is refused at once, never read (issue 11).
    stored = ws.blobs.put(path, progress=progress, cancelled=cancelled, allow_empty=False)
    with ws._transaction() as session:
        round_row = ws._round(session, round_be)
        row = session.scalar(select(EvidenceRow).where(EvidenceRow.sha256 == stored.sha256))
        duplicate = row is not None
        if row is None:
            row = EvidenceRow(
                sha256=stored.sha256,
                original_name=evidence_name(path.name),
                size=stored.size,
                media_type=guess_media_type(path),
                added_at=now(),
                added_by=ws.actor,
                effective_date=effective_date,
                expires_on=expires_on,
                description=description,
                source=source or f"file:{clean_text(str(path))}",
                personal_data=personal_data,
            )
            session.add(row)
            session.flush()
            ws._audit(
                session, "evidence.add", "evidence", stored.sha256, None, evidence_fields(row)
            )
        elif personal_data and not row.personal_data:
            _set_mark(ws, session, row, True)
        linked = tuple(
            code for code in dict.fromkeys(codes) if _link(ws, session, row, round_row, code)
        )
        if linked:
            ws._announce(session, EvidenceChanged(round_row.year_be, (row.id,), linked))
        elif not duplicate:  # only the library changed: no round's links did
            ws._announce(session, EvidenceChanged(None, (row.id,)))
        return EvidenceAdded(_evidence(session, row, round_row), duplicate)


def _link(
    ws: WorkspaceCore, session: Session, row: EvidenceRow, round_row: Round, code: str
) -> bool:
    """Links ``row`` to benchmark ``code`` in the round; False when it already was."""
    exists = session.scalar(
        select(EvidenceLink).where(
            EvidenceLink.evidence_id == row.id,
            EvidenceLink.round_id == round_row.id,
            EvidenceLink.benchmark_code == code,
        )
    )
    if exists is not None:
        return False
    session.add(EvidenceLink(evidence_id=row.id, round_id=round_row.id, benchmark_code=code))
    ws._audit(
        session,
        "evidence.link",
        "evidence",
        row.sha256,
        None,
        {"benchmark": code, "round": round_row.year_be},
    )
    return True


def link_evidence(
    ws: WorkspaceCore, evidence_id: int, code: str, round_be: int | None = None
) -> Evidence:
    with ws._transaction() as session:
        round_row = ws._round(session, round_be)
        code = ws._benchmark_code(session, round_row, code)
        row = _evidence_row(session, evidence_id)
        if _link(ws, session, row, round_row, code):
            ws._announce(session, EvidenceChanged(round_row.year_be, (row.id,), (code,)))
        return _evidence(session, row, round_row)


def unlink_evidence(
    ws: WorkspaceCore, evidence_id: int, code: str, round_be: int | None = None
) -> Evidence:
    with ws._transaction() as session:
        round_row = ws._round(session, round_be)
        row = _evidence_row(session, evidence_id)
        link = session.scalar(
            select(EvidenceLink).where(
                EvidenceLink.evidence_id == row.id,
                EvidenceLink.round_id == round_row.id,
                EvidenceLink.benchmark_code == code,
            )
        )
        if link is None:
            raise InputError(
                QT_TRANSLATE_NOOP(
                    "Errors", "{name} is not linked to benchmark {code} in round {round}."
                ),
                name=row.original_name,
                code=code,
                round=round_row.year_be,
            )
        session.delete(link)
        ws._audit(
            session,
            "evidence.unlink",
            "evidence",
            row.sha256,
            {"benchmark": code, "round": round_row.year_be},
            None,
        )
        ws._announce(session, EvidenceChanged(round_row.year_be, (row.id,), (code,)))
        session.flush()
        return _evidence(session, row, round_row)


def update_evidence(
    ws: WorkspaceCore,
    evidence_id: int,
    description: str | None = None,
    effective_date: date | None = UNSET,
    expires_on: date | None = UNSET,
) -> Evidence:
    with ws._transaction() as session:
        row = _evidence_row(session, evidence_id)

        def change() -> None:
            if description is not None:
                row.description = description
            if effective_date is not UNSET:
                row.effective_date = effective_date
            if expires_on is not UNSET:
                row.expires_on = expires_on

        audit = ("evidence.update", "evidence", row.sha256)
        if ws._audited_update(session, lambda: evidence_fields(row), change, audit):
            ws._announce(session, EvidenceChanged(None, (row.id,)))
        return _evidence(session, row, ws._round(session, None))


def mark_evidence(ws: WorkspaceCore, evidence_id: int, personal_data: bool) -> Evidence:
    """Marks a document as containing personal data (or clears the mark): from the next
    bundle on it travels encrypted, and printed lists show it by a neutral title only."""
    with ws._transaction() as session:
        row = _evidence_row(session, evidence_id)
        if bool(row.personal_data) != personal_data:
            _set_mark(ws, session, row, personal_data)
            ws._announce(session, EvidenceChanged(None, (row.id,)))
        return _evidence(session, row, ws._round(session, None))


def _set_mark(ws: WorkspaceCore, session: Session, row: EvidenceRow, marked: bool) -> None:
    # only the flag is audited (by the document's hash), never its name: see evidence_fields
    row.personal_data = marked
    ws._audit(
        session,
        "evidence.mark",
        "evidence",
        row.sha256,
        {"personal_data": not marked},
        {"personal_data": marked},
    )


def remove_evidence(ws: WorkspaceCore, evidence_id: int) -> None:
    """Removes a document that supports no benchmark in any round (e.g. a wrong scan)."""
    with ws._transaction() as session:
        row = _evidence_row(session, evidence_id)
        used = session.scalar(
            select(func.count()).select_from(EvidenceLink).where(EvidenceLink.evidence_id == row.id)
        )
        if used:
            raise InputError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{name} is still linked to benchmarks ({count}); unlink it first.",
                ),
                name=row.original_name,
                count=used,
            )
        sha256 = row.sha256
        ws._audit(session, "evidence.remove", "evidence", sha256, evidence_fields(row), None)
        ws._announce(session, EvidenceChanged(None, (row.id,)))
        session.delete(row)
    ws.blobs.path_of(sha256).unlink(missing_ok=True)


def _evidence_row(session: Session, evidence_id: int) -> EvidenceRow:
    row = session.get(EvidenceRow, evidence_id)
    if row is None:
        raise InputError(
            QT_TRANSLATE_NOOP("Errors", "There is no evidence document {id}."), id=evidence_id
        )
    return row


def _evidence(session: Session, row: EvidenceRow, round_row: Round) -> Evidence:
    codes = session.scalars(
        select(EvidenceLink.benchmark_code)
        .where(EvidenceLink.evidence_id == row.id, EvidenceLink.round_id == round_row.id)
        .order_by(EvidenceLink.benchmark_code)
    ).all()
    return evidence_value(row, tuple(codes))


def get_evidence(ws: WorkspaceCore, evidence_id: int, round_be: int | None = None) -> Evidence:
    with ws._sessions() as session:
        return _evidence(session, _evidence_row(session, evidence_id), ws._round(session, round_be))


def find_evidence(ws: WorkspaceCore, sha256_prefix: str, round_be: int | None = None) -> Evidence:
    prefix = sha256_prefix.strip().lower()
    if len(prefix) < 4 or any(c not in "0123456789abcdef" for c in prefix):
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Errors", "Give at least the first 4 hexadecimal digits of the SHA-256."
            )
        )
    with ws._sessions() as session:
        rows = session.scalars(
            select(EvidenceRow).where(EvidenceRow.sha256.startswith(prefix)).limit(2)
        ).all()
        if not rows:
            raise InputError(
                QT_TRANSLATE_NOOP("Errors", "No evidence document has a hash starting {p}."),
                p=prefix,
            )
        if len(rows) > 1:
            raise InputError(
                QT_TRANSLATE_NOOP(
                    "Errors", "More than one document's hash starts {p}; give more digits."
                ),
                p=prefix,
            )
        return _evidence(session, rows[0], ws._round(session, round_be))


def evidence_list(ws: WorkspaceCore, round_be: int | None = None) -> list[Evidence]:
    """Every document in the workspace, with the benchmarks it supports in the round."""
    with ws._sessions() as session:
        round_row = ws._round(session, round_be)
        links: dict[int, list[str]] = {}
        for evidence_id, code in session.execute(
            select(EvidenceLink.evidence_id, EvidenceLink.benchmark_code)
            .where(EvidenceLink.round_id == round_row.id)
            .order_by(EvidenceLink.benchmark_code)
        ):
            links.setdefault(evidence_id, []).append(code)
        rows = session.scalars(select(EvidenceRow).order_by(EvidenceRow.id)).all()
        return [evidence_value(r, tuple(links.get(r.id, ()))) for r in rows]


def evidence_for(ws: WorkspaceCore, code: str, round_be: int | None = None) -> list[Evidence]:
    return [e for e in evidence_list(ws, round_be) if code in e.links]


def blob_path(ws: WorkspaceCore, sha256: str) -> Path:
    return ws.blobs.path_of(sha256)
