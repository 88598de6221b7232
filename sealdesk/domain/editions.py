"""Catalog editions between the office and the districts: which edition a document names, and
how a received submission's edition stands against the office's published ones.

Pure rules over plain values; services/catalog_editions.py feeds them from a workspace.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sealdesk.errors import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class CatalogRef:
    """An edition as named in a signed document: ``"catalog": {edition, version, sha256}``."""

    edition: str
    version: str
    sha256: str

    def as_dict(self) -> dict[str, str]:
        return {"edition": self.edition, "version": self.version, "sha256": self.sha256}

    @classmethod
    def from_field(cls, value: Any) -> CatalogRef | None:
        """The ``"catalog"`` field of a feedback or receipt document; None when it is null,
        missing or malformed (a document from an office that has published nothing yet)."""
        if not isinstance(value, Mapping):
            return None
        sha = value.get("sha256")
        if not isinstance(sha, str) or len(sha) != 64:
            return None
        return cls(str(value.get("edition", "")), str(value.get("version", "")), sha.lower())


class CatalogStanding(StrEnum):
    """How the edition a submission was made with stands at the office."""

    CURRENT = "current"  # the office's current (latest published) edition
    OLDER = "older"  # an edition the office published before the current one
    UNKNOWN = "unknown"  # signed, but not an edition this office published
    PRACTICE = "practice"  # an unsigned or template catalog: practice only

    @property
    def flagged(self) -> bool:
        return self is not CatalogStanding.CURRENT

    @property
    def label(self) -> str:
        """English label, context "Office"."""
        return _LABELS[self]


_LABELS = {
    CatalogStanding.CURRENT: QT_TRANSLATE_NOOP("Office", "Current edition"),
    CatalogStanding.OLDER: QT_TRANSLATE_NOOP("Office", "Older edition"),
    CatalogStanding.UNKNOWN: QT_TRANSLATE_NOOP("Office", "Edition unknown to the office"),
    CatalogStanding.PRACTICE: QT_TRANSLATE_NOOP("Office", "Practice catalog (not signed)"),
}


def catalog_standing(
    sha256: str, signed_by: str, published: Sequence[CatalogRef]
) -> CatalogStanding:
    """``published`` is the office's published editions, oldest first (the last is current).

    A submission whose catalog was not signed is practice even when its text matches a
    published edition: the district did not take it from the office's signed file."""
    if not signed_by:
        return CatalogStanding.PRACTICE
    if published and published[-1].sha256 == sha256:
        return CatalogStanding.CURRENT
    if any(p.sha256 == sha256 for p in published):
        return CatalogStanding.OLDER
    return CatalogStanding.UNKNOWN


def newer_edition(named: CatalogRef | None, used_sha256: str) -> CatalogRef | None:
    """The edition an office document names, when it is not the one the district uses: the
    office names its current edition, so any other one is newer than the district's."""
    if named is None or named.sha256 == used_sha256:
        return None
    return named


def office_edition_notice(setting: str | None, used_sha256: str) -> CatalogRef | None:
    """The newer edition the office last named (the district's ``office_catalog_edition``
    setting: JSON), when the round uses another one (``used_sha256``); else None."""
    if not setting:
        return None
    try:
        named = json.loads(setting)
    except ValueError:
        return None
    return newer_edition(CatalogRef.from_field(named), used_sha256)


NEWER_EDITION_MESSAGE = QT_TRANSLATE_NOOP(
    "Catalog",
    "The coordinating office now uses the catalog edition {edition} {version}; this round uses "
    "{used}. Ask the office for the new edition file and import it.",
)
"""What the district's app tells the clerk (context "Catalog"; fill edition, version, used)."""
