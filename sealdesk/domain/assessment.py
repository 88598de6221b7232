"""Value objects the services hand to the UI, CLI, printing and bundle code."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sealdesk.domain.status import Status


@dataclass(frozen=True, slots=True)
class ActionItem:
    id: int
    benchmark_code: str
    action: str
    responsible: str
    due_date: date | None
    done: bool


@dataclass(frozen=True, slots=True)
class Assessment:
    benchmark_code: str
    status: Status = Status.NOT_STARTED
    narrative: str = ""
    justification: str = ""
    actions: tuple[ActionItem, ...] = ()
    updated_by: str = ""
    updated_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class Evidence:
    id: int
    sha256: str
    original_name: str
    size: int
    media_type: str
    added_at: datetime
    added_by: str
    effective_date: date | None
    expires_on: date | None
    description: str
    source: str
    links: tuple[str, ...] = ()  # benchmark codes in the round asked for
    # names people (Thai PDPA, issue 18): encrypted in bundles and backups, printed only by a
    # neutral title (docs/personal-data.md)
    personal_data: bool = False

    @property
    def short_hash(self) -> str:
        return self.sha256[:12]

    def expired(self, today: date) -> bool:
        return self.expires_on is not None and self.expires_on < today


@dataclass(frozen=True, slots=True)
class EvidenceAdded:
    evidence: Evidence
    duplicate: bool  # the same bytes were already in the store


@dataclass(frozen=True, slots=True)
class AuditEvent:
    id: int
    at: datetime
    actor: str
    action: str
    entity: str
    entity_key: str
    before: dict[str, Any] | None
    after: dict[str, Any] | None


@dataclass(frozen=True, slots=True)
class Problem:
    """One finding of ``sealdesk check``."""

    kind: str  # e.g. "blob-missing", "blob-corrupt", "orphan-blob", "database"
    subject: str
    detail: str


@dataclass(frozen=True, slots=True)
class CatalogImportReport:
    old_edition: str
    new_edition: str
    kept_assessments: int
    kept_links: int
    unmatched_assessments: tuple[str, ...]  # codes with work that the new edition lacks
    unmatched_links: tuple[tuple[str, str], ...]  # (evidence sha256, code)
    new_benchmarks: tuple[str, ...] = field(default=())
    signed_by: str = ""  # the trusted office key that signed the new edition; "" = practice


@dataclass(frozen=True, slots=True)
class ExportRecord:
    round_be: int
    bundle_id: str
    sha256: str
    path: str
    at: datetime
    actor: str


@dataclass(frozen=True, slots=True)
class BundleInfo:
    """What a submission bundle file is, as the cover sheet prints it: its file name, size,
    SHA-256 fingerprint, bundle id and the key id of the key that signed it (when known)."""

    name: str
    size: int
    sha256: str
    bundle_id: str | None = None
    signer_key_id: str | None = None
    friendly_id: str | None = None  # "sealdesk-1001-2569-1a2b8c86", the bag's folder name
