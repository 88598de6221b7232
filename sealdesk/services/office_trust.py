"""The office's trust list: the districts' public keys (enrol, list, revoke) and the signed
trust-list file a second office PC or an auditor verifies bundles with.

A district may have two keys that are not revoked (during a change of key); a third is refused
until one is revoked. A revoked key stays on the list, marked, so the history can be read and
so a bundle signed with it is told apart from one signed by an unknown key. Every change is in
the audit log, in the same transaction.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from sqlalchemy import select

from sealdesk.bundle import minisign
from sealdesk.bundle.errors import BadSignatureError, PublicKeyFormatError
from sealdesk.bundle.minisign import PublicKey
from sealdesk.domain.city import TrustedKey
from sealdesk.domain.districts import district
from sealdesk.errors import QT_TRANSLATE_NOOP, InputError
from sealdesk.events import TrustChanged
from sealdesk.fsutil import atomic_write_text, check_output, read_regular_text
from sealdesk.services import keys as keys_service
from sealdesk.services.core import WorkspaceCore, now
from sealdesk.services.office import require_office
from sealdesk.store.office_models import OfficeKey

MAX_KEYS_PER_DISTRICT = 2
TRUST_FORMAT = "sealdesk-trust-list"
_FINGERPRINT_RE = re.compile(r"^[0-9a-fA-F\s]{64,80}$")


def parse_key_text(text: str, source: str) -> PublicKey:
    """A district's public key: the .pub file's text, or the key line printed on (and read by
    a scanner from) the key-enrolment sheet. A bare fingerprint confirms a key but is not one."""
    stripped = text.strip()
    if _FINGERPRINT_RE.match(stripped) and len("".join(stripped.split())) == 64:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "This is a key's fingerprint, which confirms a key but cannot enrol it; give the "
                "public key line printed on the sheet, or the key file.",
            )
        )
    return minisign.parse_public_key(stripped, source)


def read_key_file(path: Path) -> PublicKey:
    text = read_regular_text(Path(path), minisign.MAX_PUBLIC_KEY_BYTES)
    return parse_key_text(text, str(path))


def _trusted(row: OfficeKey) -> TrustedKey:
    return TrustedKey(
        key_id=row.key_id,
        district_code=row.district_code,
        fingerprint=row.fingerprint,
        public_key=row.public_key,
        enrolled_at=row.enrolled_at,
        enrolled_by=row.enrolled_by,
        revoked_at=row.revoked_at,
        revoked_reason=row.revoked_reason,
    )


def _line(public: PublicKey) -> str:
    return public.minisign_text().splitlines()[1]


def office_keys(ws: WorkspaceCore) -> tuple[TrustedKey, ...]:
    """Every enrolled key, revoked ones too, by district then enrolment."""
    require_office(ws)
    with ws._sessions() as session:
        rows = session.scalars(
            select(OfficeKey).order_by(OfficeKey.district_code, OfficeKey.id)
        ).all()
        return tuple(_trusted(r) for r in rows)


def enrol_key(ws: WorkspaceCore, public: PublicKey, district_code: str) -> TrustedKey:
    """Adds a district's key (confirm the fingerprint with the paper sheet first)."""
    require_office(ws)
    place = district(district_code.strip())
    with ws._transaction() as session:
        existing = session.scalar(select(OfficeKey).where(OfficeKey.key_id == public.key_id_hex))
        if existing is not None:
            raise InputError(
                QT_TRANSLATE_NOOP(
                    "Errors", "The key {key_id} is already on the trust list, for {district}."
                ),
                key_id=public.key_id_hex,
                district=existing.district_code,
            )
        active = session.scalars(
            select(OfficeKey).where(
                OfficeKey.district_code == place.code, OfficeKey.revoked_at.is_(None)
            )
        ).all()
        if len(active) >= MAX_KEYS_PER_DISTRICT:
            raise InputError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "District {district} already has two keys; revoke the old one first.",
                ),
                district=place.code,
            )
        row = OfficeKey(
            key_id=public.key_id_hex,
            district_code=place.code,
            public_key=_line(public),
            fingerprint=public.fingerprint,
            enrolled_at=now(),
            enrolled_by=ws.actor,
            revoked_reason="",
        )
        session.add(row)
        ws._audit(
            session,
            "office.key.enrol",
            "office_key",
            public.key_id_hex,
            None,
            {"district": place.code, "fingerprint": public.fingerprint},
        )
        ws._announce(session, TrustChanged(public.key_id_hex))
    return _trusted(row)


def revoke_key(ws: WorkspaceCore, key_id: str, reason: str) -> TrustedKey:
    """Marks a key revoked: bundles it signs are quarantined from now on."""
    require_office(ws)
    reason = " ".join(reason.split())
    if not reason:
        raise InputError(QT_TRANSLATE_NOOP("Errors", "Say why the key is revoked."))
    key_id = key_id.strip().upper()
    with ws._transaction() as session:
        row = session.scalar(select(OfficeKey).where(OfficeKey.key_id == key_id))
        if row is None:
            raise InputError(
                QT_TRANSLATE_NOOP("Errors", "There is no key {key_id} on the trust list."),
                key_id=key_id,
            )
        if row.revoked_at is not None:
            raise InputError(
                QT_TRANSLATE_NOOP("Errors", "The key {key_id} was already revoked."),
                key_id=key_id,
            )
        row.revoked_at = now()
        row.revoked_reason = reason
        ws._audit(
            session,
            "office.key.revoke",
            "office_key",
            key_id,
            {"revoked": False},
            {"revoked": True, "reason": reason, "district": row.district_code},
        )
        ws._announce(session, TrustChanged(key_id))
    return _trusted(row)


def active_keys(ws: WorkspaceCore) -> dict[str, tuple[PublicKey, str]]:
    """key id -> (key, district) of the keys not revoked: what intake trusts."""
    return {
        k.key_id: (minisign.parse_public_key(k.public_key), k.district_code)
        for k in office_keys(ws)
        if not k.revoked
    }


# --- the signed trust list ------------------------------------------------------------------


def trust_list_text(ws: WorkspaceCore, passphrase: str) -> str:
    """The trust list as a signed text: a JSON document, then the office key's minisign
    signature of it (after a line ``-----BEGIN SIGNATURE-----``)."""
    require_office(ws)
    signing = keys_service.unlock(ws, passphrase)
    doc = {
        "format": TRUST_FORMAT,
        "version": 1,
        "office": _office_name(ws),
        "office_key_id": signing.public.key_id_hex,
        "office_public_key": _line(signing.public),
        "written_at": now().isoformat(),
        "keys": [
            {"key_id": k.key_id, "district": k.district_code, "public_key": k.public_key}
            for k in office_keys(ws)
            if not k.revoked
        ],
    }
    body = json.dumps(doc, ensure_ascii=False, indent=2) + "\n"
    signature = signing.sign_minisign(body.encode("utf-8"), f"sealdesk trust list {doc['office']}")
    return body + SIGNATURE_MARK + "\n" + signature


SIGNATURE_MARK = "-----BEGIN SIGNATURE-----"


def export_trust_list(
    ws: WorkspaceCore, out: Path, passphrase: str, overwrite: bool = False
) -> int:
    """Writes the signed trust list; returns how many keys it holds. Audited."""
    out = check_output(Path(out), overwrite, not_inside=[Path(ws.path)])
    text = trust_list_text(ws, passphrase)
    atomic_write_text(out, text)
    count = sum(1 for k in office_keys(ws) if not k.revoked)
    with ws._transaction() as session:
        ws._audit(session, "office.trust.export", "trust_list", str(out), None, {"keys": count})
    return count


def _signed_parts(text: str, source: str) -> tuple[dict[str, Any], PublicKey]:
    """The JSON document of a signed office file (trust list or card) and the office key that
    signed it, after checking the signature; PublicKeyFormatError when it is not one."""
    body, mark, signature = text.partition(SIGNATURE_MARK + "\n")
    try:
        doc = json.loads(body)
        office_key = minisign.parse_public_key(str(doc["office_public_key"]), source)
    except (ValueError, KeyError, TypeError, RecursionError):
        raise PublicKeyFormatError(
            source=source, detail="not a signed SealDesk office file"
        ) from None
    if not mark or not isinstance(doc, dict):
        raise PublicKeyFormatError(source=source, detail="the signature is missing")
    try:
        sig = minisign.parse_signature(signature.encode("utf-8"))
        minisign.verify(sig, office_key, body.encode("utf-8"))
    except BadSignatureError:
        raise PublicKeyFormatError(
            source=source, detail="the signature does not match: the file was changed"
        ) from None
    return doc, office_key


def is_signed_office_file(text: str) -> bool:
    return text.lstrip().startswith("{") and SIGNATURE_MARK in text


def read_trust_list(path: Path) -> tuple[str, PublicKey, list[tuple[PublicKey, str]]]:
    """(office name, office key, [(district key, district code)]) of a signed trust list."""
    text = read_regular_text(Path(path), MAX_SIGNED_FILE_BYTES)
    doc, office_key = _signed_parts(text, str(path))
    if doc.get("format") != TRUST_FORMAT:
        raise PublicKeyFormatError(source=str(path), detail="not a SealDesk trust list")
    keys = []
    for item in doc.get("keys", []):
        try:
            keys.append((minisign.parse_public_key(str(item["public_key"])), str(item["district"])))
        except (KeyError, TypeError):
            raise PublicKeyFormatError(source=str(path), detail="a key entry is damaged") from None
    return str(doc.get("office", "")), office_key, keys


MAX_SIGNED_FILE_BYTES = 4 * 1024 * 1024


# --- the office card ----------------------------------------------------------------------------

CARD_FORMAT = "sealdesk-office-card"


def card_text(ws: WorkspaceCore, passphrase: str) -> str:
    """The office's public card, signed: its name, its signing public key, and (later) the
    public keys of the people allowed to read personal data. Compact enough for a QR code."""
    from sealdesk.services.office_readers import card_readers  # issue 18

    require_office(ws)
    signing = keys_service.unlock(ws, passphrase)
    doc = {
        "format": CARD_FORMAT,
        "version": 1,
        "office": _office_name(ws),
        "office_public_key": _line(signing.public),
        "readers": card_readers(ws),
    }
    body = json.dumps(doc, ensure_ascii=False, separators=(",", ":")) + "\n"
    signature = signing.sign_minisign(body.encode("utf-8"), "sealdesk office card")
    return body + SIGNATURE_MARK + "\n" + signature


def write_card(ws: WorkspaceCore, out: Path, passphrase: str, overwrite: bool = False) -> PublicKey:
    out = check_output(Path(out), overwrite, not_inside=[Path(ws.path)])
    text = card_text(ws, passphrase)
    atomic_write_text(out, text)
    public = keys_service.public_key(ws)
    with ws._transaction() as session:
        ws._audit(
            session, "office.card", "office_card", public.key_id_hex, None, {"file": str(out)}
        )
    return public


def read_card(text: str, source: str) -> tuple[str, PublicKey, str]:
    """(office name, office key, the card text) of an office card, or of a bare minisign
    public key (no name then)."""
    if is_signed_office_file(text):
        doc, office_key = _signed_parts(text, source)
        if doc.get("format") != CARD_FORMAT:
            raise PublicKeyFormatError(source=source, detail="not a SealDesk office card")
        return str(doc.get("office", "")), office_key, text
    return "", minisign.parse_public_key(text.strip(), source), ""


def _office_name(ws: WorkspaceCore) -> str:
    from sealdesk.services.office import office_name

    return office_name(ws)


__all__ = [
    "CARD_FORMAT",
    "SIGNATURE_MARK",
    "TRUST_FORMAT",
    "active_keys",
    "enrol_key",
    "export_trust_list",
    "office_keys",
    "parse_key_text",
    "read_card",
    "read_key_file",
    "read_trust_list",
    "revoke_key",
    "write_card",
]
