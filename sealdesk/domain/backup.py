"""What a backup and a restore report: the evidence they could not carry, in the words of
``sealdesk check`` (the same ``Problem`` kinds), so the three always agree."""

from __future__ import annotations

from dataclasses import dataclass
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
