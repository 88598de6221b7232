"""Receipts (issue 16): the office says, signed, which bundles and evidence files it holds from
a district for a round; the district records it, and a delta export leaves out what it holds.

The receipt is a signed office file in the form of the trust list and the office card
(services/office_trust.py): a JSON document, a line ``-----BEGIN SIGNATURE-----``, then the
office key's minisign signature of the document (docs/bundle-format.md section 9).
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from sealdesk.domain.receipt import (
    RECEIPT_FORMAT,
    RECEIPT_VERSION,
    Receipt,
    ReceiptImport,
    ReceivedBundle,
)
from sealdesk.errors import QT_TRANSLATE_NOOP, InputError
from sealdesk.events import ReceiptImported
from sealdesk.fsutil import atomic_write_text, check_output, read_regular_text
from sealdesk.progress import IsCancelled, Progress, check_cancelled
from sealdesk.services.catalog_editions import catalog_ref, note_office_edition
from sealdesk.services.core import WorkspaceCore, now
from sealdesk.services.office import district_only, is_office, office_name, require_office
from sealdesk.store.models import ReceiptRow
from sealdesk.store.office_models import OfficeBundle, OfficeEvidenceRow

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from sealdesk.bundle.keys import SigningKey
    from sealdesk.bundle.minisign import PublicKey

# The signature code (cryptography) is imported by the calls that sign or check a receipt,
# never by the listing the district's window reads at start-up (receipts were checked when
# they were imported).
MAX_RECEIPT_BYTES = 4 * 1024 * 1024

__all__ = [
    "held_evidence",
    "import_receipt",
    "latest_receipt",
    "read_receipt",
    "receipt_text",
    "receipts",
    "write_receipt",
]


# --- at the office ------------------------------------------------------------------------------


def held_evidence(session: Session, district_code: str, round_be: int | None = None) -> set[str]:
    """The SHA-256 of every evidence file the office holds from ``district_code``'s bundles for
    ``round_be`` (every round when None): what a receipt lists, and all a delta bundle from that
    district may be completed from (office_intake)."""
    bundles = select(OfficeBundle.id).where(OfficeBundle.district_code == district_code)
    if round_be is not None:
        bundles = bundles.where(OfficeBundle.round_be == round_be)
    return set(
        session.scalars(
            select(OfficeEvidenceRow.sha256)
            .where(OfficeEvidenceRow.bundle_row_id.in_(bundles.scalar_subquery()))
            .distinct()
        ).all()
    )


def receipt_document(
    ws: WorkspaceCore, district_code: str, round_be: int | None = None
) -> dict[str, Any]:
    """What the office holds from ``district_code`` for ``round_be`` (default: the newest round
    it received from the district), as the receipt's JSON document (unsigned)."""
    require_office(ws)
    with ws._sessions() as session:
        if round_be is None:
            rounds = session.scalars(
                select(OfficeBundle.round_be).where(OfficeBundle.district_code == district_code)
            ).all()
            round_be = max(rounds, default=None)
        rows = (
            session.scalars(
                select(OfficeBundle)
                .where(
                    OfficeBundle.district_code == district_code,
                    OfficeBundle.round_be == round_be,
                )
                .order_by(OfficeBundle.received_at, OfficeBundle.id)
            ).all()
            if round_be is not None
            else []
        )
        if not rows:
            raise InputError(
                QT_TRANSLATE_NOOP(
                    "Errors", "No bundle of district {district} for that round has been received."
                ),
                district=district_code,
            )
        evidence = held_evidence(session, district_code, round_be)
        bundles = [
            {
                "bundle_id": r.bundle_id,
                "sha256": r.sha256,
                "received_at": r.received_at.isoformat(timespec="seconds"),
                "current": bool(r.current),
            }
            for r in rows
        ]
    return {
        "format": RECEIPT_FORMAT,
        "version": RECEIPT_VERSION,
        "office": office_name(ws),
        "district": district_code,
        "round_be": round_be,
        "issued_at": now().astimezone().isoformat(timespec="seconds"),
        "bundles": bundles,
        "evidence": sorted(evidence),
        "catalog": catalog_ref(ws),
    }


def receipt_text(
    ws: WorkspaceCore,
    district_code: str,
    passphrase: str,
    round_be: int | None = None,
    signing: SigningKey | None = None,
) -> str:
    """The receipt, signed with the office key (``signing``: already unlocked)."""
    from sealdesk.services import keys as keys_service
    from sealdesk.services.office_trust import SIGNATURE_MARK

    doc = receipt_document(ws, district_code, round_be)
    if signing is None:
        signing = keys_service.unlock(ws, passphrase)  # type: ignore[arg-type]
    doc["office_public_key"] = signing.public.minisign_text().splitlines()[1]
    body = json.dumps(doc, ensure_ascii=False, indent=1) + "\n"
    comment = f"sealdesk receipt district:{district_code} round:{doc['round_be']}"
    signature = signing.sign_minisign(body.encode("utf-8"), comment)
    return body + SIGNATURE_MARK + "\n" + signature


def write_receipt(
    ws: WorkspaceCore,
    district_code: str,
    out: Path,
    passphrase: str,
    round_be: int | None = None,
    overwrite: bool = False,
    signing: SigningKey | None = None,
) -> Receipt:
    """Writes the signed receipt to ``out`` (a new file unless ``overwrite``); audited."""
    out = check_output(Path(out), overwrite, not_inside=[Path(ws.path)])
    text = receipt_text(ws, district_code.strip(), passphrase, round_be, signing)
    atomic_write_text(out, text)
    receipt = _parse(text, str(out))
    with ws._transaction() as session:
        ws._audit(
            session,
            "office.receipt",
            "receipt",
            f"{receipt.district_code}/{receipt.round_be}",
            None,
            {
                "file": str(out),
                "bundles": [b.bundle_id for b in receipt.bundles],
                "evidence": len(receipt.evidence),
            },
        )
    return receipt


def write_receipts(
    ws: WorkspaceCore,
    wanted: Sequence[tuple[str, int]],
    folder: Path,
    passphrase: str,
    progress: Progress | None = None,
    cancelled: IsCancelled | None = None,
) -> tuple[Path, ...]:
    """One receipt per (district, round) into ``folder``, as ``receipt-DISTRICT-ROUND.txt``
    (``-2``, ``-3``... when that name is taken: nothing is overwritten). The office key is
    unlocked once: a wrong passphrase writes nothing. Offered in the app after intake."""
    from sealdesk.services import keys as keys_service

    require_office(ws)
    signing = keys_service.unlock(ws, passphrase)  # type: ignore[arg-type]
    written = []
    for done, (district_code, round_be) in enumerate(wanted):
        check_cancelled(cancelled)
        out = Path(folder) / f"receipt-{district_code}-{round_be}.txt"
        n = 1
        while out.exists():
            n += 1
            out = Path(folder) / f"receipt-{district_code}-{round_be}-{n}.txt"
        write_receipt(ws, district_code, out, passphrase, round_be, signing=signing)
        written.append(out)
        if progress is not None:
            progress(done + 1, len(wanted))
    return tuple(written)


# --- at the district ----------------------------------------------------------------------------

M_FORGED = QT_TRANSLATE_NOOP(
    "Errors",
    "The file {file} is not a valid receipt from City Hall: it was changed after it was signed, "
    "or it is damaged.",
)


def _parse(
    text: str, source: str, trusted: list[PublicKey] | None = None, verify: bool = True
) -> Receipt:
    """The receipt a signed text holds (its signature checked against the key it names,
    unless ``verify`` is False: a receipt this workspace wrote or already checked).

    With ``trusted``, that key must be one of them, whole: a key id alone can be chosen by
    anyone, so a key with a trusted key's id but other bytes is an untrusted key."""
    if verify:
        doc, office_key = _checked(text, source)
    else:
        doc, key_id = _unchecked(text)
    if (
        verify
        and trusted is not None
        and not any((k.key_id, k.raw) == (office_key.key_id, office_key.raw) for k in trusted)
    ):
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The receipt {file} is signed by office key {key_id}, which this district does "
                "not trust.",
            ),
            file=source,
            key_id=office_key.key_id_hex,
        )
    if doc.get("format") != RECEIPT_FORMAT or doc.get("version") != RECEIPT_VERSION:
        raise InputError(M_FORGED, file=source)
    try:
        return Receipt(
            office=str(doc.get("office", "")),
            office_key_id=office_key.key_id_hex if verify else key_id,
            district_code=str(doc["district"]),
            round_be=int(doc["round_be"]),
            issued_at=datetime.fromisoformat(str(doc["issued_at"])),
            bundles=tuple(
                ReceivedBundle(
                    str(b["bundle_id"]),
                    str(b["sha256"]),
                    str(b.get("received_at", "")),
                    bool(b.get("current")),
                )
                for b in doc["bundles"]
            ),
            evidence=frozenset(str(s) for s in doc["evidence"]),
            catalog=doc.get("catalog") if isinstance(doc.get("catalog"), dict) else None,
        )
    except (KeyError, TypeError, ValueError):
        raise InputError(M_FORGED, file=source) from None


def _checked(text: str, source: str) -> tuple[dict[str, Any], PublicKey]:
    from sealdesk.bundle.errors import PublicKeyFormatError
    from sealdesk.services.office_trust import _signed_parts

    try:
        return _signed_parts(text, source)
    except PublicKeyFormatError:
        raise InputError(M_FORGED, file=source) from None


def _unchecked(text: str) -> tuple[dict[str, Any], str]:
    """The JSON of a stored receipt, and its signer's key id (recorded at import)."""
    body = text.partition("\n-----BEGIN SIGNATURE-----\n")[0]
    doc = json.loads(body)
    return doc, ""


def read_receipt(ws: WorkspaceCore, path: Path) -> tuple[Receipt, str]:
    """A receipt file, checked: signed by an office key this district trusts, made for this
    district. Returns the receipt and its text."""
    if is_office(ws):
        raise district_only()
    from sealdesk.services.district_trust import trusted_office_keys

    text = read_regular_text(Path(path), MAX_RECEIPT_BYTES)
    receipt = _parse(text, Path(path).name, trusted_office_keys(ws))
    own = ws.district.code  # type: ignore[attr-defined]
    if receipt.district_code != own:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The receipt {file} was made for district {district}, not for this district "
                "({own}).",
            ),
            file=Path(path).name,
            district=receipt.district_code,
            own=own,
        )
    return receipt, text


def import_receipt(ws: WorkspaceCore, path: Path) -> ReceiptImport:
    """Records a checked receipt; the same file twice is taken once. Announces
    ``ReceiptImported``."""
    receipt, text = read_receipt(ws, path)
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    with ws._transaction() as session:
        if session.scalar(select(ReceiptRow.id).where(ReceiptRow.sha256 == digest)) is not None:
            return ReceiptImport(receipt, duplicate=True)
        # an older receipt imported late does not name the office's current edition
        superseded = session.scalar(
            select(ReceiptRow.id).where(ReceiptRow.issued_at > _naive(receipt.issued_at)).limit(1)
        )
        session.add(
            ReceiptRow(
                sha256=digest,
                office_key_id=receipt.office_key_id,
                district_code=receipt.district_code,
                round_be=receipt.round_be,
                issued_at=_naive(receipt.issued_at),
                imported_at=now(),
                imported_by=ws.actor,
                document=text,
            )
        )
        ws._audit(
            session,
            "receipt.import",
            "receipt",
            digest,
            None,
            {
                "round": receipt.round_be,
                "office_key": receipt.office_key_id,
                "bundles": [b.bundle_id for b in receipt.bundles],
                "evidence": len(receipt.evidence),
            },
        )
        ws._announce(session, ReceiptImported(receipt.round_be))
    # after the commit: the status bar tells the clerk when the office names a newer edition
    if superseded is None:
        note_office_edition(ws, receipt.catalog)
    return ReceiptImport(receipt, duplicate=False)


def _naive(value: datetime) -> datetime:
    return value.astimezone().replace(tzinfo=None) if value.tzinfo else value


def receipts(ws: WorkspaceCore, round_be: int | None = None) -> tuple[Receipt, ...]:
    """The receipts imported (for one round, or all), oldest first by when they were issued."""
    with ws._sessions() as session:
        query = select(ReceiptRow).order_by(ReceiptRow.issued_at, ReceiptRow.id)
        if round_be is not None:
            query = query.where(ReceiptRow.round_be == round_be)
        rows = [(r.document, r.office_key_id) for r in session.scalars(query)]
    # checked when imported: read back without the signature code
    return tuple(
        dataclasses.replace(_parse(text, "receipt", verify=False), office_key_id=key_id)
        for text, key_id in rows
    )


def latest_receipt(ws: WorkspaceCore, round_be: int) -> Receipt | None:
    """The newest receipt imported for the round (what a delta export goes by), or None."""
    found = receipts(ws, round_be)
    return found[-1] if found else None


def no_receipt(round_be: int) -> InputError:
    return InputError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "No receipt from City Hall has been imported for round {round}, so a delta bundle "
            "cannot be made: import the office's receipt first (sealdesk receipt import FILE), "
            "or export a full bundle.",
        ),
        round=round_be,
    )
