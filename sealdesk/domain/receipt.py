"""A receipt from City Hall, as a district reads it: which of its bundles and evidence files
the office holds for one round (services/receipts.py; docs/bundle-format.md section 9)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

RECEIPT_FORMAT = "sealdesk-receipt"
RECEIPT_VERSION = 1


@dataclass(frozen=True, slots=True)
class ReceivedBundle:
    """One bundle the office holds: its id, the SHA-256 of the file, when it was taken in."""

    bundle_id: str
    sha256: str
    received_at: str
    current: bool


@dataclass(frozen=True, slots=True)
class Receipt:
    """What a signed receipt says (its signature checked before this is made)."""

    office: str
    office_key_id: str
    district_code: str
    round_be: int
    issued_at: datetime
    bundles: tuple[ReceivedBundle, ...]
    evidence: frozenset[str]  # SHA-256 of every evidence file the office holds from the round
    catalog: dict[str, str] | None = None  # the office's current catalog edition, if any


@dataclass(frozen=True, slots=True)
class ReceiptImport:
    receipt: Receipt
    duplicate: bool  # the same file was imported before: nothing changed
