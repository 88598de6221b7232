"""The people the coordinating office allows to read personal data (issue 18).

Each reader has an age X25519 identity of their own. Its secret half is kept in the office
database encrypted with that reader's passphrase in age's passphrase (scrypt) mode, the very
format ``age -p`` writes, so ``age -d -i`` can unlock it too (``export_identity``). Its public
half, the recipient ``age1...``, goes into the signed office card: districts encrypt protected
evidence to the recipients of the card they trust.

A removed reader keeps their row (the access log names them) but the encrypted identity is
wiped, so nothing sent later can be opened with it; files already sent stay readable by the
other readers they were encrypted to.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import pyrage
from pyrage import passphrase as age_passphrase
from pyrage import x25519
from sqlalchemy import select

from sealdesk.errors import QT_TRANSLATE_NOOP, InputError
from sealdesk.events import ReadersChanged
from sealdesk.fsutil import atomic_write_bytes, check_output
from sealdesk.services import keys as keys_service
from sealdesk.services.core import WorkspaceCore, now
from sealdesk.services.office import require_office
from sealdesk.store.erase import compact_database
from sealdesk.store.office_models import OfficeReader

MAX_READER_NAME = 200


class WrongReaderPassphraseError(InputError):
    """The passphrase does not unlock this reader's identity."""

    exit_code = 2


@dataclass(frozen=True, slots=True)
class Reader:
    name: str
    recipient: str
    added_at: datetime
    added_by: str
    removed_at: datetime | None

    @property
    def active(self) -> bool:
        return self.removed_at is None


def _reader(row: OfficeReader) -> Reader:
    return Reader(row.name, row.recipient, row.added_at, row.added_by, row.removed_at)


def _check_name(name: str) -> str:
    name = " ".join(name.split())
    if not name or len(name) > MAX_READER_NAME:
        raise InputError(
            QT_TRANSLATE_NOOP("Errors", "Give the reader's name (at most 200 characters).")
        )
    return name


def readers(ws: WorkspaceCore, include_removed: bool = False) -> tuple[Reader, ...]:
    """The office's readers, in the order they were added."""
    require_office(ws)
    with ws._sessions() as session:
        rows = session.scalars(select(OfficeReader).order_by(OfficeReader.id)).all()
        return tuple(_reader(r) for r in rows if include_removed or r.removed_at is None)


def card_readers(ws: WorkspaceCore) -> list[dict[str, str]]:
    """The ``readers`` of the office card: [{"name", "recipient"}] of the active readers."""
    return [{"name": r.name, "recipient": r.recipient} for r in readers(ws)]


def add_reader(ws: WorkspaceCore, name: str, passphrase: str) -> Reader:
    """Creates the reader's identity, encrypted with their passphrase; audited (the
    recipient only: no secret)."""
    require_office(ws)
    name = _check_name(name)
    keys_service.check_passphrase(passphrase)
    identity = x25519.Identity.generate()
    recipient = str(identity.to_public())
    sealed = age_passphrase.encrypt((str(identity) + "\n").encode("ascii"), passphrase)
    with ws._transaction() as session:
        existing = session.scalar(select(OfficeReader).where(OfficeReader.name == name))
        if existing is not None:
            raise InputError(
                QT_TRANSLATE_NOOP("Errors", "There is already a reader named {name}."), name=name
            )
        row = OfficeReader(
            name=name,
            recipient=recipient,
            identity=sealed,
            added_at=now(),
            added_by=ws.actor,
        )
        session.add(row)
        ws._audit(
            session, "office.reader.add", "office_reader", name, None, {"recipient": recipient}
        )
        ws._announce(session, ReadersChanged(name))
    return _reader(row)


def _active_row(session: object, name: str) -> OfficeReader:
    row = session.scalar(  # type: ignore[attr-defined]
        select(OfficeReader).where(OfficeReader.name == " ".join(name.split()))
    )
    if row is None or row.removed_at is not None or row.identity is None:
        raise InputError(QT_TRANSLATE_NOOP("Errors", "There is no reader named {name}."), name=name)
    return row


def remove_reader(ws: WorkspaceCore, name: str) -> Reader:
    """Removes a reader: the encrypted identity is wiped from the database (its free pages
    too); the name stays for the access log. Write a new office card afterwards."""
    require_office(ws)
    with ws._transaction() as session:
        row = _active_row(session, name)
        row.identity = None
        row.removed_at = now()
        ws._audit(
            session,
            "office.reader.remove",
            "office_reader",
            row.name,
            {"recipient": row.recipient},
            {"removed": True},
        )
        ws._announce(session, ReadersChanged(row.name))
    compact_database(ws.engine)
    return _reader(row)


def unlock_identity(ws: WorkspaceCore, name: str, passphrase: str) -> tuple[str, x25519.Identity]:
    """(the reader's name, their identity) or WrongReaderPassphraseError."""
    require_office(ws)
    with ws._sessions() as session:
        row = _active_row(session, name)
        sealed, reader_name = bytes(row.identity or b""), row.name
    try:
        text = age_passphrase.decrypt(sealed, passphrase).decode("ascii").strip()
    except (pyrage.DecryptError, UnicodeDecodeError):
        raise WrongReaderPassphraseError(
            QT_TRANSLATE_NOOP(
                "Errors", "The passphrase does not unlock the reader {name}; nothing was opened."
            ),
            name=reader_name,
        ) from None
    return reader_name, x25519.Identity.from_str(text)


def export_identity(ws: WorkspaceCore, name: str, out: Path, overwrite: bool = False) -> Path:
    """Writes the reader's identity as it is kept (still encrypted with their passphrase, the
    file ``age -p`` would write): ``age -d -i FILE`` asks for the passphrase and decrypts
    what districts sent, without SealDesk. Audited."""
    require_office(ws)
    out = check_output(Path(out), overwrite, not_inside=[Path(ws.path)])
    with ws._sessions() as session:
        row = _active_row(session, name)
        sealed, reader_name = bytes(row.identity or b""), row.name
    atomic_write_bytes(out, sealed, mode=0o600)
    with ws._transaction() as session:
        ws._audit(
            session, "office.reader.export", "office_reader", reader_name, None, {"file": str(out)}
        )
    return out


__all__ = [
    "Reader",
    "WrongReaderPassphraseError",
    "add_reader",
    "card_readers",
    "export_identity",
    "readers",
    "remove_reader",
    "unlock_identity",
]
