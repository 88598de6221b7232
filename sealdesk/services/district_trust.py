"""At a district: the office keys it trusts (``sealdesk trust add|list|remove``).

An office card (or a bare minisign public key) is recorded after the clerk compared its
fingerprint; feedback, receipts and signed catalogs (later issues) are accepted only from
these keys. Every change is in the audit log.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from sealdesk.bundle.minisign import PublicKey, parse_public_key
from sealdesk.errors import QT_TRANSLATE_NOOP, InputError, SealDeskError
from sealdesk.events import TrustChanged
from sealdesk.fsutil import read_regular_text
from sealdesk.services.core import WorkspaceCore, now
from sealdesk.services.office import district_only, is_office
from sealdesk.services.office_trust import MAX_SIGNED_FILE_BYTES, read_card
from sealdesk.store.models import TrustedOffice


@dataclass(frozen=True)
class OfficeCard:
    """What a card (or a bare key) says: shown to the clerk before it is trusted."""

    name: str
    public: PublicKey
    text: str

    @property
    def key_id(self) -> str:
        return self.public.key_id_hex

    @property
    def fingerprint(self) -> str:
        return self.public.fingerprint


@dataclass(frozen=True)
class TrustedOfficeKey:
    key_id: str
    name: str
    fingerprint: str
    public_key: str
    added_at: datetime
    added_by: str


def read_office_card(path: Path) -> OfficeCard:
    """An office card file, or a bare minisign public key file; its signature is checked."""
    text = read_regular_text(Path(path), MAX_SIGNED_FILE_BYTES)
    name, public, card = read_card(text, str(path))
    return OfficeCard(name, public, card)


def read_office_card_or_key(source: str) -> OfficeCard:
    """``sealdesk trust add``'s argument (issue 15): an existing file (an office card or a
    public key file), else the key text itself: the public-key line printed on the office's
    key sheet, or its QR code's text read by a scanner."""
    from sealdesk.services.office_trust import parse_key_text

    path = Path(source).expanduser() if "\n" not in source and len(source) < 4096 else None
    if path is not None and path.exists():
        return read_office_card(path)
    try:
        public = parse_key_text(source, "OFFICE_PUBKEY")
    except SealDeskError:
        # a minisign key line starts with "RW" and has no dot: the key error says it best;
        # anything else was meant as a file, and "cannot be read" says that
        if path is None or (source.strip().startswith("RW") and "." not in source):
            raise
        return read_office_card(path)
    return OfficeCard("", public, "")


def _require_district(ws: WorkspaceCore) -> None:
    if is_office(ws):
        raise district_only()


def trust_office(ws: WorkspaceCore, card: OfficeCard) -> TrustedOfficeKey:
    """Trusts an office key. A new card (other readers, issue 18) of a key already trusted,
    the whole key the same, replaces the card kept; anything else already trusted is refused."""
    _require_district(ws)
    with ws._transaction() as session:
        known = session.scalar(select(TrustedOffice).where(TrustedOffice.key_id == card.key_id))
        if known is not None and _is_new_card(known, card):
            return _replace_card(ws, session, known, card)
        if known is not None:
            raise InputError(
                QT_TRANSLATE_NOOP("Errors", "The office key {key_id} is already trusted."),
                key_id=card.key_id,
            )
        row = TrustedOffice(
            key_id=card.key_id,
            name=card.name,
            public_key=card.public.minisign_text().splitlines()[1],
            fingerprint=card.fingerprint,
            card=card.text,
            added_at=now(),
            added_by=ws.actor,
        )
        session.add(row)
        ws._audit(
            session,
            "trust.add",
            "trusted_office",
            card.key_id,
            None,
            {"name": card.name, "fingerprint": card.fingerprint},
        )
        ws._announce(session, TrustChanged(card.key_id))
    return _value(row)


def _is_new_card(known: TrustedOffice, card: OfficeCard) -> bool:
    line = card.public.minisign_text().splitlines()[1]
    return bool(card.text) and card.text != known.card and line == known.public_key


def _replace_card(
    ws: WorkspaceCore, session: Session, known: TrustedOffice, card: OfficeCard
) -> TrustedOfficeKey:
    def seen(text: str) -> dict[str, str]:
        return {"name": known.name, "card_sha256": hashlib.sha256(text.encode()).hexdigest()}

    before = seen(known.card)
    known.name, known.card = card.name, card.text
    ws._audit(session, "trust.card", "trusted_office", card.key_id, before, seen(card.text))
    ws._announce(session, TrustChanged(card.key_id))
    return _value(known)


def trusted_offices(ws: WorkspaceCore) -> tuple[TrustedOfficeKey, ...]:
    _require_district(ws)
    with ws._sessions() as session:
        return tuple(_value(r) for r in session.scalars(select(TrustedOffice).order_by("id")))


def untrust_office(ws: WorkspaceCore, key_id: str) -> None:
    _require_district(ws)
    key_id = key_id.strip().upper()
    with ws._transaction() as session:
        row = session.scalar(select(TrustedOffice).where(TrustedOffice.key_id == key_id))
        if row is None:
            raise InputError(
                QT_TRANSLATE_NOOP("Errors", "No office key {key_id} is trusted here."),
                key_id=key_id,
            )
        before = {"name": row.name, "fingerprint": row.fingerprint}
        session.delete(row)
        ws._audit(session, "trust.remove", "trusted_office", key_id, before, None)
        ws._announce(session, TrustChanged(key_id))


def trusted_office_keys(ws: WorkspaceCore) -> list[PublicKey]:
    """The keys feedback, receipts and signed catalogs are accepted from."""
    return [parse_public_key(k.public_key) for k in trusted_offices(ws)]


def _value(row: TrustedOffice) -> TrustedOfficeKey:
    return TrustedOfficeKey(
        row.key_id, row.name, row.fingerprint, row.public_key, row.added_at, row.added_by
    )
