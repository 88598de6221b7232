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
from sealdesk.domain.scoring import score_round
from sealdesk.domain.status import Level, Status
from sealdesk.errors import QT_TRANSLATE_NOOP, render_message

LARGE_FILE = 100 * 1024 * 1024
"""Evidence files from this size on are exported with a warning (slow to send and to check)."""


def needs_justification(status: Status | str) -> bool:
    """Whether a benchmark with this status must say why (only "not applicable" does)."""
    return status == Status.NOT_APPLICABLE


REASONED = (Status.PARTIALLY_MET, Status.NOT_MET)
"""Statuses that should say why (a reason the assessors read); pre-flight warns when blank."""


def takes_justification(status: Status | str) -> bool:
    """Whether the page offers a justification for this status (N/A, partially met, not met)."""
    return needs_justification(status) or status in REASONED


def missing_justification(status: Status | str, justification: str) -> bool:
    """True when ``status`` needs a justification and ``justification`` is blank."""
    return needs_justification(status) and not justification.strip()


class StoredFile(Enum):
    """What the store holds for one evidence item, as far as can be told without hashing."""

    OK = "ok"
    MISSING = "missing"
    WRONG_SIZE = "wrong-size"
    UNREADABLE = "unreadable"
    CHANGED = "changed"  # its bytes no longer hash to its name: only a re-hash tells


def translate(context: str, text: str, disambiguation: str = "", n: int = -1) -> str:
    """Marks a plural template for translation (lupdate reads a call named ``translate`` with a
    count as a %n message); returns ``text`` unchanged: the front ends translate it."""
    return text


@dataclass(frozen=True, slots=True)
class Finding:
    """One line of the pre-flight list; ``template`` is marked for translation (context Bundle).

    ``codes`` are the benchmarks it concerns (the ready view lists it under each); a finding
    that counts them has a %n plural template with its count in ``n`` and ``one``, the English
    singular, for the untranslated (JSON) message."""

    kind: str
    subject: str
    template: str
    params: dict[str, Any] = field(default_factory=dict)
    codes: tuple[str, ...] = ()
    n: int | None = None
    one: str = ""

    context = "Bundle"

    def english(self) -> str:
        template = self.one if self.n == 1 and self.one else self.template
        if self.n is not None:
            template = template.replace("%n", str(self.n))
        return template.format(**self.params)

    def render(self, translate: Any = None) -> str:
        """The sentence in the user's language (``translate`` is Qt's, with a count for %n)."""
        if self.n is None:
            return render_message(self.context, self.template, self.params, translate)
        if translate is None:
            return self.english()
        translated = translate(self.context, self.template, "", self.n).replace("%n", str(self.n))
        try:
            return translated.format(**self.params)
        except (KeyError, IndexError, ValueError):
            return self.english()

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"kind": self.kind, "subject": self.subject}
        if self.codes:
            data["codes"] = list(self.codes)
        data["message"] = self.english()
        return data


@dataclass(frozen=True, slots=True)
class Preflight:
    """The pre-flight list. ``projected`` is the level the round reaches as it stands (None:
    not yet Bronze); ``target`` the level aimed at, when one was given."""

    blockers: tuple[Finding, ...]
    warnings: tuple[Finding, ...]
    projected: Level | None = None
    target: Level | None = None

    @property
    def ok(self) -> bool:
        return not self.blockers

    def findings(self) -> tuple[Finding, ...]:
        return self.blockers + self.warnings


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
    StoredFile.CHANGED: (
        "evidence-changed",
        QT_TRANSLATE_NOOP(
            "Bundle",
            "The stored file of evidence {name} has changed since it was added "
            "(its fingerprint no longer matches).",
        ),
    ),
}

_NOT_STARTED = (
    "%n benchmark is not started: {codes}.",
    translate("Bundle", "%n benchmarks are not started: {codes}.", "", 2),
)
_REASON_MISSING = (
    "%n benchmark partially met or not met gives no reason: {codes}.",
    translate("Bundle", "%n benchmarks partially met or not met give no reason: {codes}.", "", 2),
)
_MANDATORY_NOT_MET = {
    Level.BRONZE: (
        "%n benchmark mandatory for Bronze is not met: {codes}.",
        translate("Bundle", "%n benchmarks mandatory for Bronze are not met: {codes}.", "", 2),
    ),
    Level.SILVER: (
        "%n benchmark mandatory for Silver is not met: {codes}.",
        translate("Bundle", "%n benchmarks mandatory for Silver are not met: {codes}.", "", 2),
    ),
    Level.GOLD: (
        "%n benchmark mandatory for Gold is not met: {codes}.",
        translate("Bundle", "%n benchmarks mandatory for Gold are not met: {codes}.", "", 2),
    ),
}


def _several(kind: str, forms: tuple[str, str], codes: list[str]) -> Finding:
    """One finding about several benchmarks: a %n sentence listing their codes."""
    one, many = forms
    return Finding(
        kind, ", ".join(codes), many, {"codes": ", ".join(codes)}, tuple(codes), len(codes), one
    )


def ready_findings(
    catalog: Catalog, assessments: Mapping[str, Assessment], target: Level | None
) -> tuple[list[Finding], Level | None]:
    """The completeness warnings (not started, mandatory for ``target`` not met, partially met
    or not met without a reason, below the target) and the projected level."""
    status = {
        bm.code: (assessments[bm.code].status if bm.code in assessments else Status.NOT_STARTED)
        for bm in catalog.benchmarks()
    }
    report = score_round(catalog, status)
    warnings: list[Finding] = []
    not_started = [code for code, s in status.items() if s is Status.NOT_STARTED]
    if not_started:
        warnings.append(_several("not-started", _NOT_STARTED, not_started))
    if target is not None:
        missing = [
            bm.code
            for bm in catalog.benchmarks()
            if bm.mandatory_for(target)
            and status[bm.code] not in (Status.MET, Status.NOT_APPLICABLE)
        ]
        if missing:
            warnings.append(_several("mandatory-not-met", _MANDATORY_NOT_MET[target], missing))
    unreasoned = [
        code
        for code, s in status.items()
        if s in REASONED and not assessments[code].justification.strip()
    ]
    if unreasoned:
        warnings.append(_several("reason-missing", _REASON_MISSING, unreasoned))
    if target is not None and (report.level is None or report.level.rank < target.rank):
        warnings.append(
            Finding(
                "below-target",
                target.value,
                QT_TRANSLATE_NOOP(
                    "Bundle", "As it stands the round does not reach the level aimed at."
                ),
            )
        )
    return warnings, report.level


def preflight(
    catalog: Catalog,
    assessments: Mapping[str, Assessment],
    evidence: Sequence[Evidence],
    *,
    has_signing_key: bool,
    stored_file: Callable[[Evidence], StoredFile],
    today: date | None = None,
    large_file: int = LARGE_FILE,
    target: Level | None = None,
) -> Preflight:
    """Everything that would stop or weaken an export, found before a byte is written.

    ``evidence`` is the round's evidence; items linked to no benchmark are left out of a bundle
    (a warning). ``stored_file(item)`` tells what the store holds for a linked item. Blob
    corruption that only hashing can reveal is caught by the writer while it streams, or
    before by a ``stored_file`` that re-hashes (StoredFile.CHANGED). ``target`` is the level
    aimed at: benchmarks mandatory for it and not met are listed.
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
                    (bm.code,),
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
                    (bm.code,),
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
            blockers.append(Finding(kind, e.sha256, template, {"name": e.original_name}, e.links))
        if e.size >= large_file:
            warnings.append(
                Finding(
                    "large-file",
                    e.sha256,
                    QT_TRANSLATE_NOOP("Bundle", "Evidence {name} is large ({mib} MiB)."),
                    {"name": e.original_name, "mib": e.size // (1024 * 1024)},
                    e.links,
                )
            )
        if e.expired(today) and e.expires_on is not None:
            warnings.append(
                Finding(
                    "evidence-expired",
                    e.sha256,
                    QT_TRANSLATE_NOOP("Bundle", "Evidence {name} expired on {date}."),
                    {"name": e.original_name, "date": e.expires_on.isoformat()},
                    e.links,
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
    elif catalog.is_practice:
        warnings.append(
            Finding(
                "practice-catalog",
                catalog.edition,
                QT_TRANSLATE_NOOP(
                    "Bundle",
                    "The catalog {edition} {version} is not signed by the coordinating office: "
                    "use it for practice only; the office will mark this submission.",
                ),
                {"edition": catalog.edition, "version": catalog.version},
            )
        )
    ready, projected = ready_findings(catalog, assessments, target)
    warnings += ready
    return Preflight(tuple(blockers), tuple(warnings), projected, target)
