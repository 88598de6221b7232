"""The pre-flight rules: what stops a submission from being exported, and what only weakens it.

Pure domain code over plain values (the round's catalog, its assessments and evidence, whether
a signing key exists, what state each stored evidence file is in); the export service gathers
them, the bundle writer refuses to write while any blocker remains. The rule that "not
applicable" needs a justification lives here once (``missing_justification``); the workspace's
``assess`` uses the same function.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import Enum
from typing import Any

from sealdesk.domain.assessment import Assessment, Evidence
from sealdesk.domain.catalog import Catalog
from sealdesk.domain.status import Status
from sealdesk.errors import QT_TRANSLATE_NOOP, render_message

LARGE_FILE = 100 * 1024 * 1024
"""Evidence files from this size on are exported with a warning (slow to send and to check)."""


def needs_justification(status: Status | str) -> bool:
    """Whether a benchmark with this status must say why (only "not applicable" does)."""
    return status == Status.NOT_APPLICABLE


def missing_justification(status: Status | str, justification: str) -> bool:
    """True when ``status`` needs a justification and ``justification`` is blank."""
    return needs_justification(status) and not justification.strip()


class StoredFile(Enum):
    """What the store holds for one evidence item, as far as can be told without hashing."""

    OK = "ok"
    MISSING = "missing"
    WRONG_SIZE = "wrong-size"
    UNREADABLE = "unreadable"


@dataclass(frozen=True, slots=True)
class Finding:
    """One line of the pre-flight list; ``template`` is marked for translation (context Bundle)."""

    kind: str
    subject: str
    template: str
    params: dict[str, Any] = field(default_factory=dict)

    context = "Bundle"

    def english(self) -> str:
        return self.template.format(**self.params)

    def render(self, translate: Any = None) -> str:
        return render_message(self.context, self.template, self.params, translate)

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "subject": self.subject, "message": self.english()}


@dataclass(frozen=True, slots=True)
class Preflight:
    blockers: tuple[Finding, ...]
    warnings: tuple[Finding, ...]

    @property
    def ok(self) -> bool:
        return not self.blockers


_STORED_FILE_BLOCKERS = {
    StoredFile.MISSING: (
        "blob-missing",
        QT_TRANSLATE_NOOP("Bundle", "The stored file of evidence {name} is missing."),
    ),
    StoredFile.WRONG_SIZE: (
        "blob-corrupt",
        QT_TRANSLATE_NOOP("Bundle", "The stored file of evidence {name} is damaged (wrong size)."),
    ),
    StoredFile.UNREADABLE: (
        "blob-unreadable",
        QT_TRANSLATE_NOOP("Bundle", "The stored file of evidence {name} cannot be read."),
    ),
}


def preflight(
    catalog: Catalog,
    assessments: Mapping[str, Assessment],
    evidence: Sequence[Evidence],
    *,
    has_signing_key: bool,
    stored_file: Callable[[Evidence], StoredFile],
    today: date | None = None,
    large_file: int = LARGE_FILE,
) -> Preflight:
    """Everything that would stop or weaken an export, found before a byte is written.

    ``evidence`` is the round's evidence; items linked to no benchmark are left out of a bundle
    (a warning). ``stored_file(item)`` tells what the store holds for a linked item. Blob
    corruption that only hashing can reveal is caught by the writer while it streams.
    """
    today = today or date.today()
    blockers: list[Finding] = []
    warnings: list[Finding] = []
    if not has_signing_key:
        blockers.append(
            Finding(
                "no-signing-key",
                "",
                QT_TRANSLATE_NOOP("Bundle", "There is no signing key; create one first."),
            )
        )
    for bm in catalog.benchmarks():
        a = assessments.get(bm.code)
        if a is None:
            continue
        if a.status == Status.MET and not any(bm.code in e.links for e in evidence):
            blockers.append(
                Finding(
                    "met-without-evidence",
                    bm.code,
                    QT_TRANSLATE_NOOP(
                        "Bundle", "Benchmark {code} is marked met but has no evidence."
                    ),
                    {"code": bm.code},
                )
            )
        if missing_justification(a.status, a.justification):
            blockers.append(
                Finding(
                    "not-applicable-without-justification",
                    bm.code,
                    QT_TRANSLATE_NOOP(
                        "Bundle",
                        "Benchmark {code} is marked not applicable without a justification.",
                    ),
                    {"code": bm.code},
                )
            )
    for e in evidence:
        if not e.links:
            warnings.append(
                Finding(
                    "evidence-unlinked",
                    e.sha256,
                    QT_TRANSLATE_NOOP(
                        "Bundle", "Evidence {name} is linked to no benchmark and is left out."
                    ),
                    {"name": e.original_name},
                )
            )
            continue
        state = stored_file(e)
        if state in _STORED_FILE_BLOCKERS:
            kind, template = _STORED_FILE_BLOCKERS[state]
            blockers.append(Finding(kind, e.sha256, template, {"name": e.original_name}))
        if e.size >= large_file:
            warnings.append(
                Finding(
                    "large-file",
                    e.sha256,
                    QT_TRANSLATE_NOOP("Bundle", "Evidence {name} is large ({mib} MiB)."),
                    {"name": e.original_name, "mib": e.size // (1024 * 1024)},
                )
            )
        if e.expired(today) and e.expires_on is not None:
            warnings.append(
                Finding(
                    "evidence-expired",
                    e.sha256,
                    QT_TRANSLATE_NOOP("Bundle", "Evidence {name} expired on {date}."),
                    {"name": e.original_name, "date": e.expires_on.isoformat()},
                )
            )
    if catalog.is_template:
        warnings.append(
            Finding(
                "template-catalog",
                catalog.edition,
                QT_TRANSLATE_NOOP(
                    "Bundle", "The catalog {edition} is a template, not the official edition."
                ),
                {"edition": catalog.edition},
            )
        )
    return Preflight(tuple(blockers), tuple(warnings))
