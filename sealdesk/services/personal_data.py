"""Personal data at a district (issue 18, docs/personal-data.md): to whom marked evidence is
encrypted, whether the workspace holds any, and the district's own retention (purge).

Recipients are the ``readers`` of the office cards the district trusts (district_trust stores
each card's text as received; its signature is checked again here before a reader is used).
"""

from __future__ import annotations

import io
import json
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path
from typing import Any, BinaryIO

from sqlalchemy import delete, func, select

from sealdesk.bundle.protect import (
    AGE_MAGIC,
    ProtectionError,
    Reader,
    is_age,
    passphrase_decrypt,
    passphrase_encrypt,
    readers_from,
)
from sealdesk.errors import QT_TRANSLATE_NOOP
from sealdesk.events import EvidenceChanged
from sealdesk.fsutil import atomic_write_text, check_output, open_regular
from sealdesk.services.core import WorkspaceCore, now
from sealdesk.services.office import district_only, is_office
from sealdesk.services.office_trust import SIGNATURE_MARK, read_card
from sealdesk.store.erase import compact_database, erase_file
from sealdesk.store.models import EvidenceLink, EvidenceRow, InboxFile, Round, TrustedOffice


def office_readers(ws: WorkspaceCore) -> tuple[Reader, ...]:
    """Everyone the trusted office cards allow to read personal data (each once, in the
    order the cards were trusted); () when no trusted card names a reader."""
    with ws._sessions() as session:
        cards = session.scalars(
            select(TrustedOffice.card).where(TrustedOffice.card != "").order_by(TrustedOffice.id)
        ).all()
    readers: list[Reader] = []
    for text in cards:
        _, _, card = read_card(text, "office card")  # the signature, checked again
        body = card.partition(SIGNATURE_MARK + "\n")[0]
        readers.extend(readers_from(json.loads(body).get("readers"), "office card"))
    unique: dict[str, Reader] = {}
    for reader in readers:
        unique.setdefault(reader.recipient, reader)
    return tuple(unique.values())


def has_personal_data(ws: WorkspaceCore) -> bool:
    """Whether any evidence in the workspace is marked (then a backup is encrypted)."""
    with ws._sessions() as session:
        marked = session.scalar(
            select(func.count()).select_from(EvidenceRow).where(EvidenceRow.personal_data)
        )
    return bool(marked)


# --- backups ------------------------------------------------------------------------------------


class BackupNeedsPassphraseError(ProtectionError):
    """A workspace with personal data is backed up encrypted unless the clerk says otherwise."""


class BackupTooLargeError(ProtectionError):
    """An encrypted backup is opened in memory: one larger than the read cap, or than the
    memory free, is refused with one sentence (not taken for a wrong passphrase)."""


def backup_encryption(
    ws: WorkspaceCore, passphrase: str | None, unencrypted: bool = False
) -> Callable[[bytes], bytes] | None:
    """How a backup of ``ws`` is written: encrypted with ``passphrase`` (age's passphrase
    mode, which ``age -d`` opens too) when one is given; in clear when the workspace holds no
    personal data or the clerk chose ``unencrypted``; otherwise refused, before anything is
    written, with one sentence."""
    if passphrase:
        secret = passphrase
        return lambda data: passphrase_encrypt(data, secret)
    if unencrypted or not has_personal_data(ws):
        return None
    raise BackupNeedsPassphraseError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "This workspace holds evidence marked as personal data, so its backup is "
            "encrypted: give a passphrase, or choose explicitly to write it unencrypted.",
        )
    )


def backup_is_encrypted(path: Path) -> bool:
    with open_regular(Path(path)) as handle:
        return is_age(handle.read(len(AGE_MAGIC)))


@contextmanager
def opened_backup(path: Path, passphrase: str | None, limit: int) -> Iterator[BinaryIO]:
    """The backup file to read as a zip: the file itself, or, when it is encrypted, its
    plaintext in memory (decrypted with ``passphrase``; a missing or wrong one is one clear
    sentence and nothing is restored)."""
    with open_regular(Path(path)) as handle:
        if not is_age(handle.read(len(AGE_MAGIC))):
            handle.seek(0)
            yield handle
            return
        if not passphrase:
            raise BackupNeedsPassphraseError(
                QT_TRANSLATE_NOOP(
                    "Errors", "This backup is encrypted; give its passphrase to restore it."
                )
            )
        size = os.fstat(handle.fileno()).st_size
        if size > limit:  # never cut short and then blamed on the passphrase
            raise BackupTooLargeError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The encrypted backup {file} is larger than {limit} bytes, the most SealDesk "
                    "can open; nothing was restored.",
                ),
                file=Path(path).name,
                limit=limit,
            )
        handle.seek(0)
        try:
            plain = passphrase_decrypt(handle.read(limit + 1), passphrase)
        except MemoryError:
            raise BackupTooLargeError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "There is not enough memory to decrypt the backup {file}; nothing was "
                    "restored. Close other programs and try again.",
                ),
                file=Path(path).name,
            ) from None
    yield io.BytesIO(plain)


# --- retention: the district's purge ------------------------------------------------------------

REPORT_FORMAT = "sealdesk-erasure-report"


@dataclass(frozen=True, slots=True)
class ErasedEvidence:
    """What the erasure report keeps of an erased document: never its name or content."""

    evidence_id: int
    sha256: str
    size: int
    added_at: datetime
    benchmarks: tuple[str, ...]  # "round:code" it supported


@dataclass(frozen=True, slots=True)
class PurgeReport:
    before: date
    at: datetime
    actor: str
    erased: tuple[ErasedEvidence, ...]
    report_path: Path | None

    def as_json(self) -> dict[str, Any]:
        return {
            "format": REPORT_FORMAT,
            "version": 1,
            "before": self.before.isoformat(),
            "at": self.at.isoformat(),
            "actor": self.actor,
            "erased": [
                {
                    "evidence_id": e.evidence_id,
                    "sha256": e.sha256,
                    "size": e.size,
                    "added_at": e.added_at.isoformat(),
                    "benchmarks": list(e.benchmarks),
                }
                for e in self.erased
            ],
        }


def purge_before(
    ws: WorkspaceCore,
    before: date,
    report: Path | None = None,
    overwrite: bool = False,
) -> PurgeReport:
    """Erases every document marked as personal data that was added before ``before``: its
    links, its record, the inbox's note of its file name, and its stored file (overwritten,
    then removed); the database is then rewritten so no free page keeps the deleted rows
    (store/erase.py). Each erasure is in the audit log by hash only. ``report``: where the
    erasure report (JSON) is written, never over a file unless ``overwrite``."""
    if is_office(ws):
        raise district_only()
    target = check_output(Path(report), overwrite, [Path(ws.path)]) if report else None
    cutoff = datetime.combine(before, time())
    erased: list[ErasedEvidence] = []
    with ws._transaction() as session:
        rows = session.scalars(
            select(EvidenceRow)
            .where(EvidenceRow.personal_data, EvidenceRow.added_at < cutoff)
            .order_by(EvidenceRow.id)
        ).all()
        rounds = {r.id: r.year_be for r in session.scalars(select(Round))}
        for row in rows:
            links = session.scalars(
                select(EvidenceLink).where(EvidenceLink.evidence_id == row.id)
            ).all()
            used = tuple(sorted(f"{rounds[link.round_id]}:{link.benchmark_code}" for link in links))
            erased.append(ErasedEvidence(row.id, row.sha256, row.size, row.added_at, used))
            for year in sorted({rounds[link.round_id] for link in links}):
                codes = tuple(
                    sorted(link.benchmark_code for link in links if rounds[link.round_id] == year)
                )
                ws._announce(session, EvidenceChanged(year, (row.id,), codes))
            ws._announce(session, EvidenceChanged(None, (row.id,)))
            ws._audit(
                session,
                "evidence.purge",
                "evidence",
                row.sha256,
                {"personal_data": True, "size": row.size, "links": len(links)},
                {"erased_before": before.isoformat()},
            )
            session.execute(delete(InboxFile).where(InboxFile.sha256 == row.sha256))
            session.execute(delete(EvidenceLink).where(EvidenceLink.evidence_id == row.id))
            session.delete(row)
    for item in erased:
        erase_file(ws.blobs.path_of(item.sha256))
    if erased:
        compact_database(ws.engine)
    result = PurgeReport(before, now(), ws.actor, tuple(erased), target)
    if target is not None:
        atomic_write_text(target, json.dumps(result.as_json(), ensure_ascii=False, indent=2) + "\n")
    return result
