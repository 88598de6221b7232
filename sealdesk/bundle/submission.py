"""What a bundle carries, as plain domain data, and its machine-readable form (submission.json).

The writer never touches the database: the caller (``export_bundle`` for a workspace, or a test)
describes the submission with domain value objects and hands over a ``BlobSource`` that opens
stored evidence by SHA-256.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO, Protocol

from sealdesk.domain.assessment import Assessment, Evidence
from sealdesk.domain.catalog import Catalog
from sealdesk.domain.districts import District
from sealdesk.domain.status import Status

if TYPE_CHECKING:  # pyrage is loaded only when something is encrypted
    from sealdesk.bundle.protect import Reader

SCHEMA = "sealdesk.submission"
SCHEMA_VERSION = 1


class BlobSource(Protocol):
    def open(self, sha256: str) -> BinaryIO:
        """The stored bytes; raises OSError when they cannot be read."""
        ...

    def size(self, sha256: str) -> int | None:
        """The stored size, or None when the blob is missing."""
        ...


class DirectoryBlobs:
    """Blobs at ``path_of(sha256)``: the workspace's content-addressed store."""

    def __init__(self, path_of: Callable[[str], Path]) -> None:
        self._path_of = path_of

    def open(self, sha256: str) -> BinaryIO:
        return open(self._path_of(sha256), "rb")

    def size(self, sha256: str) -> int | None:
        try:
            path = Path(self._path_of(sha256))
            return path.stat().st_size if path.is_file() else None
        except (OSError, ValueError):
            return None


@dataclass(frozen=True)
class Submission:
    district: District
    round_be: int
    catalog: Catalog
    assessments: Mapping[str, Assessment]
    evidence: Sequence[Evidence]  # the round's evidence; items linked to no benchmark are left out
    actor: str = ""
    extra: Mapping[str, Any] = field(default_factory=dict)  # e.g. a score summary
    # to whom marked evidence is encrypted: the readers on the trusted office card (issue 18)
    readers: tuple[Reader, ...] = ()

    def linked_evidence(self) -> list[Evidence]:
        return [e for e in self.evidence if e.links]

    def evidence_for(self, code: str) -> list[Evidence]:
        return [e for e in self.evidence if code in e.links]


def _d(value: date | datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def _status(value: Any) -> str:
    return value.value if isinstance(value, Status) else str(value)


def submission_document(
    sub: Submission,
    *,
    bundle_id: str,
    created_at: datetime,
    signer_key_id: str,
    evidence_paths: Mapping[str, str],
    checklist_path: str | None,
    app_version: str,
    protected: Mapping[str, tuple[str, int]] | None = None,
    protected_index: str | None = None,
) -> dict[str, Any]:
    """The content of data/submission.json (schema ``sealdesk.submission`` version 1).

    ``protected`` maps the SHA-256 of each marked document to its ciphertext's (SHA-256,
    size): such a document is listed by its neutral path and ciphertext only, everything that
    could name someone (name, description, source) travels in the encrypted index."""
    protected = protected or {}

    def ref(e: Evidence) -> str:
        return protected[e.sha256][0] if e.sha256 in protected else e.sha256

    benchmarks = []
    for bm in sub.catalog.benchmarks():
        a = sub.assessments.get(bm.code) or Assessment(benchmark_code=bm.code)
        benchmarks.append(
            {
                "code": bm.code,
                "dimension": bm.dimension_code,
                "standard": bm.standard_code,
                "title": {"th": bm.title.th, "en": bm.title.en},
                "mandatory_for": sorted(level.value for level in bm.mandatory),
                "status": _status(a.status),
                "narrative": a.narrative,
                "justification": a.justification,
                "updated_by": a.updated_by,
                "updated_at": _d(a.updated_at),
                "action_plan": [
                    {
                        "action": item.action,
                        "responsible": item.responsible,
                        "due_date": _d(item.due_date),
                        "done": item.done,
                    }
                    for item in a.actions
                ],
                "evidence": [ref(e) for e in sub.evidence_for(bm.code)],
            }
        )
    evidence = [
        _protected_entry(e, evidence_paths[e.sha256], *protected[e.sha256])
        if e.sha256 in protected
        else {
            "sha256": e.sha256,
            "size": e.size,
            "path": evidence_paths[e.sha256],
            "original_name": e.original_name,
            "media_type": e.media_type,
            "description": e.description,
            "source": e.source,
            "effective_date": _d(e.effective_date),
            "expires_on": _d(e.expires_on),
            "added_at": _d(e.added_at),
            "added_by": e.added_by,
            "benchmarks": list(e.links),
        }
        for e in sub.linked_evidence()
    ]
    return {
        "schema": SCHEMA,
        "schema_version": SCHEMA_VERSION,
        "bundle_id": bundle_id,
        "created_at": created_at.isoformat(),
        "generator": f"SealDesk {app_version}",
        "prepared_by": sub.actor,
        "signer_key_id": signer_key_id,
        "district": {"code": sub.district.code, "th": sub.district.th, "en": sub.district.en},
        "round_be": sub.round_be,
        "catalog": {
            "edition": sub.catalog.edition,
            "version": sub.catalog.version,
            "status": sub.catalog.status,
            "sha256": sub.catalog.sha256,
            # the office key that signed the edition; null = a practice catalog (issue 17)
            "signed_by": sub.catalog.signed_by or None,
            "practice": sub.catalog.is_practice,
        },
        "checklist_pdf": checklist_path,
        "benchmarks": benchmarks,
        "evidence": evidence,
        **({"extra": dict(sub.extra)} if sub.extra else {}),
        **(
            {
                "protected_index": protected_index,
                "protected_for": [r.as_json() for r in sub.readers],
            }
            if protected
            else {}
        ),
    }


def _protected_entry(e: Evidence, path: str, sha256: str, size: int) -> dict[str, Any]:
    """A marked document as submission.json lists it: neutral path, ciphertext hash and size,
    its dates and benchmarks; its name, description and source are in the encrypted index."""
    return {
        "sha256": sha256,
        "size": size,
        "path": path,
        "protected": True,
        "media_type": "application/octet-stream",
        "effective_date": _d(e.effective_date),
        "expires_on": _d(e.expires_on),
        "added_at": _d(e.added_at),
        "added_by": e.added_by,
        "benchmarks": list(e.links),
    }


def encode_document(doc: Mapping[str, Any]) -> bytes:
    return (json.dumps(doc, ensure_ascii=False, indent=2, default=str) + "\n").encode("utf-8")
