"""When is a file complete? Pure bookkeeping with an injected clock (no threads, no I/O).

The rule, everywhere: size and modification time unchanged for ``quiet`` seconds (and, checked
by the importer, the file opens for reading). Where the observer reports close events (Linux
inotify), a file that was written to is also held until the writer's close (IN_CLOSE_WRITE):
a writer that keeps the file open and pauses longer than the quiet period is not taken early
(up to ``open_timeout``, after which quiet alone decides). A close never shortens the quiet
period, so a writer that closes and reopens between chunks is not taken early either. A file
renamed into the folder (the temp-name-then-rename pattern) is complete by construction and
only waits ``rename_grace`` for anything that might still change it. An empty file waits up to
``empty_timeout`` for its first bytes (scanners create the file before scanning).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path


@dataclass(frozen=True, slots=True)
class SettleConfig:
    quiet: float = 2.0
    rename_grace: float = 0.2
    open_timeout: float = 60.0
    empty_timeout: float = 30.0


class Kind(Enum):
    CREATED = "created"
    MODIFIED = "modified"
    CLOSED = "closed"
    ATTRIB = "attrib"  # metadata changed (e.g. a copier setting the mtime after its close)
    MOVED_IN = "moved_in"
    GONE = "gone"
    FOUND = "found"  # seen by a scan of the folder, not by an event


class Verdict(Enum):
    WAIT = "wait"
    TAKE = "take"
    GONE = "gone"


Signature = tuple[int, int]  # (size, mtime_ns)


@dataclass(slots=True)
class Candidate:
    path: Path
    first_seen: float
    changed_at: float
    next_check: float
    sig: Signature | None = None
    writing: bool = False  # a write was reported and no close since (close-event platforms)
    renamed: bool = False  # arrived by rename and unchanged since
    looked_at: float = -1.0  # when evaluate() last stat'ed the file
    retries: int = 0
    origin: str = "event"
    events: int = field(default=0)


def signature(st: os.stat_result) -> Signature:
    return (st.st_size, st.st_mtime_ns)


class Settler:
    """Tracks candidate files until each is stable; the caller stats and imports."""

    def __init__(self, config: SettleConfig, close_events: bool = False) -> None:
        self.config = config
        self.close_events = close_events
        self.candidates: dict[Path, Candidate] = {}

    def __len__(self) -> int:
        return len(self.candidates)

    def __contains__(self, path: object) -> bool:
        return path in self.candidates

    def note(self, path: Path, kind: Kind, now: float, origin: str = "event") -> None:
        if kind is Kind.GONE:
            self.candidates.pop(path, None)
            return
        c = self.candidates.get(path)
        if c is None:
            c = Candidate(path, first_seen=now, changed_at=now, next_check=now, origin=origin)
            self.candidates[path] = c
            if kind is Kind.FOUND:
                return
        c.events += 1
        if kind is Kind.FOUND:
            return  # a scan says nothing about recent changes; the stat check will
        if kind is Kind.MODIFIED:
            c.changed_at = now
            c.renamed = False
            c.writing = self.close_events
        elif kind in (Kind.CREATED, Kind.ATTRIB):
            c.changed_at = now
            c.renamed = False
        elif kind is Kind.CLOSED:
            c.writing = False
        elif kind is Kind.MOVED_IN:
            c.changed_at = now
            c.writing = False
            c.renamed = True
            c.sig = None
        c.next_check = min(c.next_check, now + 0.05)

    def due(self, now: float) -> list[Candidate]:
        ready = [c for c in self.candidates.values() if c.next_check <= now]
        ready.sort(key=lambda c: (c.first_seen, str(c.path)))
        return ready

    def next_due(self) -> float | None:
        if not self.candidates:
            return None
        return min(c.next_check for c in self.candidates.values())

    def evaluate(self, c: Candidate, st: os.stat_result | None, now: float) -> Verdict:
        """Decide on ``c`` given a fresh ``os.stat`` (None when the file is gone)."""
        cfg = self.config
        if st is None:
            self.candidates.pop(c.path, None)
            return Verdict.GONE
        sig = signature(st)
        if sig != c.sig:
            first_look = c.sig is None
            c.sig = sig
            if not first_look:
                c.renamed = False
                if c.changed_at <= c.looked_at:
                    # Changed since we last looked and no event told us when: assume just now.
                    c.changed_at = now
            elif c.origin != "event":
                c.changed_at = now  # found by a scan: nothing known yet, start the clock
        c.looked_at = now
        wait_for = cfg.rename_grace if c.renamed else cfg.quiet
        if c.renamed:
            wait_for = min(wait_for, cfg.quiet)
        quiet_until = c.changed_at + wait_for
        if now < quiet_until:
            c.next_check = quiet_until
            return Verdict.WAIT
        if c.writing:
            until = c.changed_at + cfg.open_timeout
            if now < until:
                # The close event will wake us sooner; re-stat once a quiet period anyway.
                c.next_check = min(until, now + max(cfg.quiet, 0.5))
                return Verdict.WAIT
        if sig[0] == 0:
            until = c.first_seen + cfg.empty_timeout
            if now < until:
                c.next_check = min(until, now + max(cfg.quiet, 0.5))
                return Verdict.WAIT
        return Verdict.TAKE

    def not_ready(self, c: Candidate, now: float) -> None:
        """The file was stable but could not be opened yet (a writer holds it): back off."""
        c.retries += 1
        c.next_check = now + min(self.config.quiet * (1 + c.retries), 30.0)

    def forget(self, path: Path) -> None:
        self.candidates.pop(path, None)
