"""What the coordinating office sees of the whole city: value objects, no storage.

The office services build a `CityStatus` from what they took in; the city view, the city report
and the CSV/XLSX export read it. One row per district, all 50 even when one sent nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

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


@dataclass(frozen=True)
class CityStatus:
    """The whole city for one round: the rows in district-code order, and the columns."""

    round_year_be: int
    office_name: str
    columns: tuple[BenchmarkColumn, ...]
    rows: tuple[DistrictRow, ...]

    def not_submitted(self) -> tuple[DistrictRow, ...]:
        return tuple(r for r in self.rows if r.state is SubmissionState.NONE)

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
