"""Personal data at a district (issue 18, docs/personal-data.md): to whom marked evidence is
encrypted, whether the workspace holds any, and the district's own retention (purge).

Recipients are the ``readers`` of the office cards the district trusts (district_trust stores
each card's text as received; its signature is checked again here before a reader is used).
"""

from __future__ import annotations

import io
import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from sqlalchemy import func, select

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
from sealdesk.fsutil import open_regular
from sealdesk.services.core import WorkspaceCore
from sealdesk.services.office_trust import SIGNATURE_MARK, read_card
from sealdesk.store.models import EvidenceRow, TrustedOffice


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
        handle.seek(0)
        data = handle.read(limit + 1)
    plain = passphrase_decrypt(data, passphrase)
    yield io.BytesIO(plain)
