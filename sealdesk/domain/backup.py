"""What a backup and a restore report: the evidence they could not carry, in the words of
``sealdesk check`` (the same ``Problem`` kinds), so the three always agree."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from sealdesk.domain.assessment import Problem

HARMLESS = frozenset({"orphan-blob", "foreign-file"})
"""Problem kinds that lose nothing (an unreferenced blob, a file that is not SealDesk's): they
are reported, but ``check`` passes and a backup or restore counts as complete."""


def serious(problems: tuple[Problem, ...] | list[Problem]) -> tuple[Problem, ...]:
    return tuple(p for p in problems if p.kind not in HARMLESS)


@dataclass(frozen=True, slots=True)
class BackupReport:
    """A written backup. ``problems`` are what ``check`` says of the workspace's evidence at
    the moment of the backup; the serious ones (damaged or missing evidence, unreadable keys)
    are not in the backup, and ``complete`` is False."""

    path: Path
    blobs: int
    problems: tuple[Problem, ...] = ()

    @property
    def left_out(self) -> tuple[Problem, ...]:
        return serious(self.problems)

    @property
    def complete(self) -> bool:
        return not self.left_out


@dataclass(frozen=True, slots=True)
class RestoreReport:
    """A restored workspace. ``problems`` are what ``check`` says of it (run before it was
    put in place); the serious ones are evidence that could not be restored."""

    path: Path
    district: str
    blobs: int
    problems: tuple[Problem, ...] = ()

    @property
    def missing(self) -> tuple[Problem, ...]:
        return serious(self.problems)

    @property
    def complete(self) -> bool:
        return not self.missing


@dataclass(frozen=True, slots=True)
class BackupStatus:
    """When the workspace was last backed up from the app, and how many changes (audit events)
    were made since. ``due`` is the gentle reminder's rule: never backed up and already
    ``changes`` changes made, or the last backup older than ``days`` with something changed."""

    last_at: datetime | None
    last_path: str | None
    changes_since: int

    def due(self, today: datetime, days: int = 7, changes: int = 20) -> bool:
        if self.last_at is None:
            return self.changes_since >= changes
        return self.changes_since > 0 and today - self.last_at > timedelta(days=days)
