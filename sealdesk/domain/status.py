"""Assessment statuses and certification levels."""

from __future__ import annotations

from enum import StrEnum

from sealdesk.errors import QT_TRANSLATE_NOOP


class Status(StrEnum):
    NOT_STARTED = "not_started"
    MET = "met"
    PARTIALLY_MET = "partially_met"
    NOT_MET = "not_met"
    NOT_APPLICABLE = "not_applicable"

    @property
    def label(self) -> str:
        """English label, marked for translation in context "Status"."""
        return STATUS_LABELS[self]


STATUS_LABELS = {
    Status.NOT_STARTED: QT_TRANSLATE_NOOP("Status", "Not started"),
    Status.MET: QT_TRANSLATE_NOOP("Status", "Met"),
    Status.PARTIALLY_MET: QT_TRANSLATE_NOOP("Status", "Partially met"),
    Status.NOT_MET: QT_TRANSLATE_NOOP("Status", "Not met"),
    Status.NOT_APPLICABLE: QT_TRANSLATE_NOOP("Status", "Not applicable"),
}


class Level(StrEnum):
    """Certification levels, lowest first; benchmarks are progressive."""

    BRONZE = "bronze"
    SILVER = "silver"
    GOLD = "gold"

    @property
    def label(self) -> str:
        return LEVEL_LABELS[self]

    @property
    def rank(self) -> int:
        return LEVELS.index(self)


LEVELS = (Level.BRONZE, Level.SILVER, Level.GOLD)

LEVEL_LABELS = {
    Level.BRONZE: QT_TRANSLATE_NOOP("Level", "Bronze"),
    Level.SILVER: QT_TRANSLATE_NOOP("Level", "Silver"),
    Level.GOLD: QT_TRANSLATE_NOOP("Level", "Gold"),
}
