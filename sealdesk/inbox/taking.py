"""Taking settled files: the settle bookkeeping, the import of each file that is due, and what
follows from its outcome (retry, back off, report, count).

Shared by the watcher thread's loop and ``run_once``; how candidates are found (events, scans,
failed/) and when to look again is the watcher's business (watcher.py).
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Collection
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sealdesk.inbox.state as st
from sealdesk.errors import QT_TRANSLATE_NOOP
from sealdesk.inbox.config import WatchConfig
from sealdesk.inbox.importer import Handled, Importer, ImportResult, Outcome, Translate
from sealdesk.inbox.rules import FAILED_DIR, WHY_SUFFIX, is_junk_name, is_junk_stat
from sealdesk.inbox.settle import Kind, Settler, Verdict

log = logging.getLogger("sealdesk.inbox")

STATUS_RETRY = QT_TRANSLATE_NOOP(
    "Inbox", "Could not import {name} just now ({error}); SealDesk will try again."
)

OnImported = Callable[[ImportResult], Any]
OnFailed = Callable[[Path, str], Any]
CODES_FRESH_FOR = 30.0
"""Seconds the round's benchmark codes (for suggestions) are reused before being read again."""


@dataclass(frozen=True, slots=True)
class Sinks:
    """Where one run reports each file it took or failed, and each file that left the folder."""

    imported: OnImported | None
    failed: OnFailed | None
    left: Callable[[Path], Any]


def call(callback: Callable[..., Any] | None, *args: Any) -> None:
    """Calls a user's callback; its failure is logged, never stops the inbox."""
    if callback is None:
        return
    try:
        callback(*args)
    except Exception:
        log.exception("inbox callback failed")


class Taker:
    """Decides, for each candidate that is due, whether it has settled, and takes it."""

    def __init__(
        self,
        store: st.InboxStore,
        folder: Path,
        config: WatchConfig,
        *,
        translate: Translate | None,
        clock: Callable[[], float],
        say: Callable[..., None],
        stopping: Callable[[], bool],
    ) -> None:
        self.store = store
        self.folder = folder
        self.settler = Settler(config.settle_rules)
        self.importer = Importer(
            store,
            folder,
            delete_after_import=config.delete_after_import,
            translate=translate,
            codes=self._codes,
        )
        self.counts = {"imported": 0, "duplicate": 0, "failed": 0}
        self._clock = clock
        self._say = say
        self._stopping = stopping
        self._codes_cache: tuple[float, Collection[str]] = (0.0, frozenset())
        self._transient_said: set[Path] = set()

    @property
    def quiet(self) -> float:
        return self.settler.config.quiet

    def only_empty_left(self, now: float) -> bool:
        """Every candidate left has settled empty (the scanner has not written yet)."""
        return all(
            c.sig is not None and c.sig[0] == 0 and now - c.changed_at >= self.quiet
            for c in self.settler.candidates.values()
        )

    def check_failed(self, now: float) -> None:
        """Files in failed/ are retried when they change (size or mtime differ from the failure)."""
        try:
            entries = list(os.scandir(self.folder / FAILED_DIR))
        except OSError:
            return
        for entry in entries:
            name = entry.name
            if is_junk_name(name) or name.endswith(WHY_SUFFIX):
                continue
            path = Path(entry.path)
            if path in self.settler:
                continue
            try:
                s = entry.stat(follow_symlinks=False)
            except OSError:
                continue
            if is_junk_stat(s):
                continue
            key = f"{FAILED_DIR}/{name}"
            if self.store.outcome(key, s.st_size, s.st_mtime_ns) != st.FAILED:
                # Changed since it failed (or put there by hand): try it again once it settles.
                self.settler.note(path, Kind.FOUND, now, origin="failed")

    def process_due(self, now: float, sinks: Sinks, drain: Callable[[float], None]) -> None:
        """Looks at every candidate that is due and takes those that have settled; ``drain``
        takes in queued events every 16 files, to keep up during a burst."""
        for n, c in enumerate(self.settler.due(now)):
            if self._stopping():
                return
            if n and n % 16 == 0:
                drain(self._clock())
                if c.path not in self.settler:
                    continue
            now = self._clock()
            try:
                s = os.lstat(c.path)
            except OSError:
                s = None
            if s is not None and is_junk_stat(s):
                self.settler.forget(c.path)
                continue
            verdict = self.settler.evaluate(c, s, now)
            if verdict is not Verdict.TAKE:
                continue
            try:
                outcome = self.importer.handle(c.path, c.retries)
            except Exception as exc:  # e.g. the database busy while recording: try again later
                log.exception("inbox: handling %s failed", c.path.name)
                outcome = Outcome(Handled.TRANSIENT, reason=f"{type(exc).__name__}: {exc}")
            self._after(c.path, outcome, self._clock(), sinks)

    def _after(self, path: Path, outcome: Outcome, now: float, sinks: Sinks) -> None:
        kind = outcome.kind
        if kind is Handled.NOT_READY:
            c = self.settler.candidates.get(path)
            if c is not None:
                self.settler.not_ready(c, now)
            return
        if kind is Handled.CHANGED:
            self.settler.note(path, Kind.ATTRIB, now)
            return
        if kind is Handled.TRANSIENT:
            c = self.settler.candidates.get(path)
            if c is not None:
                c.retries += 1
                c.next_check = now + min(max(1.0, self.quiet) * c.retries, 60.0)
            if path not in self._transient_said:
                self._transient_said.add(path)
                self._say(STATUS_RETRY, name=path.name, error=outcome.reason)
            log.warning("inbox: %s: %s", path.name, outcome.reason)
            return
        self.settler.forget(path)
        self._transient_said.discard(path)
        if outcome.moved_to is not None or not path.exists():
            sinks.left(path)
        if kind in (Handled.IMPORTED, Handled.DUPLICATE) and outcome.result is not None:
            self.counts["duplicate" if outcome.result.duplicate else "imported"] += 1
            call(sinks.imported, outcome.result)
        elif kind is Handled.FAILED:
            self.counts["failed"] += 1
            call(sinks.failed, outcome.moved_to or path, outcome.reason)

    def _codes(self) -> Collection[str]:
        at, codes = self._codes_cache
        now = self._clock()
        if not codes or now - at > CODES_FRESH_FOR:
            codes = self.store.benchmark_codes()
            self._codes_cache = (now, codes)
        return codes
