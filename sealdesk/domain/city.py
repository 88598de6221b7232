"""What the coordinating office sees of the whole city: value objects, no storage.

The office services build a `CityStatus` from what they took in; the city view, the city report
and the CSV/XLSX export read it. One row per district, all 50 even when one sent nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from sealdesk.domain.editions import CatalogStanding
from sealdesk.domain.status import Level, Status
from sealdesk.errors import QT_TRANSLATE_NOOP


class SubmissionState(StrEnum):
    """Where a district's current submission stands at the office."""

    NONE = "none"  # nothing received for this round
    RECEIVED = "received"
    VERIFIED = "verified"
    QUARANTINED = "quarantined"
    IN_REVIEW = "in_review"
    RETURNED = "returned"
    RESUBMITTED = "resubmitted"
    ACCEPTED = "accepted"
    FINAL = "final"

    @property
    def label(self) -> str:
        """English label, marked for translation in context "SubmissionState"."""
        return SUBMISSION_STATE_LABELS[self]

    @property
    def confirmed(self) -> bool:
        """Only accepted and final submissions count in the city's figures as confirmed
        (issue 15): a state has an effect."""
        return self in (SubmissionState.ACCEPTED, SubmissionState.FINAL)


SUBMISSION_STATE_LABELS = {
    SubmissionState.NONE: QT_TRANSLATE_NOOP("SubmissionState", "Nothing received"),
    SubmissionState.RECEIVED: QT_TRANSLATE_NOOP("SubmissionState", "Received"),
    SubmissionState.VERIFIED: QT_TRANSLATE_NOOP("SubmissionState", "Verified"),
    SubmissionState.QUARANTINED: QT_TRANSLATE_NOOP("SubmissionState", "Quarantined"),
    SubmissionState.IN_REVIEW: QT_TRANSLATE_NOOP("SubmissionState", "In review"),
    SubmissionState.RETURNED: QT_TRANSLATE_NOOP("SubmissionState", "Returned with feedback"),
    SubmissionState.RESUBMITTED: QT_TRANSLATE_NOOP("SubmissionState", "Resubmitted"),
    SubmissionState.ACCEPTED: QT_TRANSLATE_NOOP("SubmissionState", "Accepted"),
    SubmissionState.FINAL: QT_TRANSLATE_NOOP("SubmissionState", "Final"),
}


@dataclass(frozen=True)
class BenchmarkColumn:
    """One benchmark of the catalog edition the city view is drawn against."""

    code: str
    dimension_code: str
    title_th: str
    title_en: str
    mandatory_from: Level | None  # the lowest level for which it is mandatory, None if never


@dataclass(frozen=True)
class DistrictRow:
    """One district in one round, as the office holds it."""

    district_code: str
    name_th: str
    name_en: str
    state: SubmissionState
    submitted_at: datetime | None  # when the district made the current bundle (its bag-info)
    received_at: datetime | None  # when the office took it in
    bundle_id: str | None
    score_percent: float | None  # None when nothing was received
    projected_level: Level | None
    mandatory_missing: tuple[str, ...]  # benchmark codes mandatory for the next level, not met
    evidence_count: int
    catalog_edition: str | None
    statuses: dict[str, Status]  # benchmark code -> status in the current submission
    # issue 17: how the submission's catalog edition stands (None when nothing was received)
    catalog_standing: CatalogStanding | None = None
    catalog_version: str = ""

    @property
    def confirmed(self) -> bool:
        """The office accepted (or made final) the current submission (issue 15)."""
        return self.state.confirmed


@dataclass(frozen=True)
class CityStatus:
    """The whole city for one round: the rows in district-code order, and the columns."""

    round_year_be: int
    office_name: str
    columns: tuple[BenchmarkColumn, ...]
    rows: tuple[DistrictRow, ...]

    def not_submitted(self) -> tuple[DistrictRow, ...]:
        return tuple(r for r in self.rows if r.state is SubmissionState.NONE)

    def confirmed(self) -> tuple[DistrictRow, ...]:
        """The districts whose current submission the office accepted or made final: the
        only ones the city's confirmed figures count (issue 15)."""
        return tuple(r for r in self.rows if r.confirmed)

    def state_counts(self) -> dict[SubmissionState, int]:
        """How many districts are in each state (every state, 0 where none)."""
        counts = dict.fromkeys(SubmissionState, 0)
        for row in self.rows:
            counts[row.state] += 1
        return counts

    def common_gaps(self, limit: int = 10) -> tuple[tuple[str, int], ...]:
        """The benchmarks most districts that submitted have not met: (code, how many).

        Not met, partially met and not started count as a gap; N/A does not. Ties are broken
        by catalog order so the list is stable.
        """
        order = {c.code: i for i, c in enumerate(self.columns)}
        counts: dict[str, int] = {}
        for row in self.rows:
            if row.state is SubmissionState.NONE:
                continue
            for col in self.columns:
                status = row.statuses.get(col.code, Status.NOT_STARTED)
                if status not in (Status.MET, Status.NOT_APPLICABLE):
                    counts[col.code] = counts.get(col.code, 0) + 1
        ranked = sorted(counts.items(), key=lambda kv: (-kv[1], order[kv[0]]))
        return tuple(ranked[:limit])


# --- one district's submission as the office holds it (read-only view) ------------------------


@dataclass(frozen=True)
class OfficeAction:
    """One step of a benchmark's action plan, as the district sent it."""

    action: str
    responsible: str
    due_date: str | None  # ISO date as written in the bundle
    done: bool


@dataclass(frozen=True)
class OfficeEvidence:
    """One evidence document of a received submission; its bytes are in the office's blob store
    (``ws.office_evidence_path(sha256)``), stored once however many districts sent it."""

    id: int
    sha256: str
    name: str
    size: int
    media_type: str
    description: str
    benchmarks: tuple[str, ...]  # the benchmark codes it is linked to in this submission


@dataclass(frozen=True)
class OfficeAssessment:
    """One benchmark of a received submission (like the district's Assessment, read-only)."""

    code: str
    title_th: str
    title_en: str
    status: Status
    narrative: str
    justification: str
    actions: tuple[OfficeAction, ...]
    evidence: tuple[str, ...]  # sha256 of the linked evidence, see OfficeSubmission.evidence


@dataclass(frozen=True)
class OfficeSubmission:
    """One district's bundle for one round, as the office took it in."""

    district_code: str
    name_th: str
    name_en: str
    round_year_be: int
    bundle_id: str
    state: SubmissionState
    received_at: datetime
    submitted_at: datetime | None  # when the district signed it
    catalog_edition: str
    catalog_sha256: str
    signer_key_id: str
    bundle_sha256: str  # of the zip as received (kept as it came)
    current: bool  # False for an older bundle kept in the history
    assessments: tuple[OfficeAssessment, ...]
    evidence: tuple[OfficeEvidence, ...]
    checklist_pdf_sha256: str | None  # the signed checklist PDF, in the blob store
    history: tuple[tuple[str, datetime], ...] = ()  # (bundle id, received at), newest first
    catalog_version: str = ""  # issue 17
    catalog_standing: CatalogStanding = CatalogStanding.PRACTICE

    def evidence_for(self, code: str) -> tuple[OfficeEvidence, ...]:
        return tuple(e for e in self.evidence if code in e.benchmarks)


# --- intake -------------------------------------------------------------------------------------


class IntakeOutcome(StrEnum):
    """What happened to one received file."""

    TAKEN = "taken"  # verified, indexed, now the district's current submission for the round
    HISTORY = "history"  # verified and indexed, but a newer bundle is current: kept in history
    DUPLICATE = "duplicate"  # the same bundle was taken before: nothing changed
    QUARANTINED = "quarantined"  # refused by the verifier: kept aside, nothing indexed
    FAILED = "failed"  # could not be read at all (gone, a folder, disk full): nothing kept
    PARTIAL = "partial"  # a part of a bundle sent in parts: kept until the set is complete

    @property
    def refused(self) -> bool:
        return self in (IntakeOutcome.QUARANTINED, IntakeOutcome.FAILED)


@dataclass(frozen=True)
class IntakeResult:
    """One line of ``office receive``: the file, what happened, and a sentence for a clerk.

    ``message`` is an English template in context "Office" (translate it, then
    ``.format(**params)``); ``verifier_code`` is the verifier's error name and ``exit_code``
    its exit code when the file was refused by the verifier.
    """

    file: str
    outcome: IntakeOutcome
    message: str
    params: dict[str, str]
    district_code: str | None = None
    round_year_be: int | None = None
    bundle_id: str | None = None
    verifier_code: str | None = None
    exit_code: int | None = None
    quarantine_id: int | None = None

    def render(self, translate: object = None) -> str:
        from sealdesk.errors import render_message

        return render_message("Office", self.message, self.params, translate)


@dataclass(frozen=True)
class TrustedKey:
    """A district's public key on the office's trust list."""

    key_id: str  # minisign display form
    district_code: str
    fingerprint: str
    public_key: str  # the minisign base64 line
    enrolled_at: datetime
    enrolled_by: str
    revoked_at: datetime | None = None
    revoked_reason: str = ""

    @property
    def revoked(self) -> bool:
        return self.revoked_at is not None


@dataclass(frozen=True)
class QuarantinedFile:
    """A received file the verifier refused, kept aside until it is released or dropped."""

    id: int
    file_name: str
    sha256: str
    size: int
    received_at: datetime
    verifier_code: str
    exit_code: int
    message: str  # English template, context "Office"
    params: dict[str, str]
    released_at: datetime | None = None
