"""The watched inbox folder: events (or polling) in, settled files into the store, once.

Thread model: ``InboxWatcher.start()`` starts one worker thread (the "watcher thread") and a
watchdog observer (chosen in observers.py). The observer's thread only files events into a
queue; the watcher thread does everything else (stat, settle, hash, import, move) and calls the
callbacks ``on_imported(result)``, ``on_failed(path, reason)`` and ``on_status(text)``. A Qt
wrapper should re-emit them as signals (queued connections). ``stop()`` joins both threads; the
file being imported when it is called is finished first.

The watcher reads time from an injected ``clock`` (default ``time.monotonic``) and waits with
an injected ``sleep`` in ``run_once``, so the settle timing can be driven by a fake clock:
``open()``, ``step()`` and ``close()`` are the loop's three parts, which ``start()`` runs on the
watcher thread and which a single-threaded host (or a test) may call by hand.

No Qt import here. User-visible texts are English templates marked for Qt's translation system
(context "Inbox"); pass ``translate=QCoreApplication.translate`` to get them in Thai.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sealdesk.inbox.state as st
from sealdesk.errors import QT_TRANSLATE_NOOP, render_message
from sealdesk.inbox.config import DEFAULT_WATCH, WatchConfig
from sealdesk.inbox.importer import (
    CONTEXT,
    ImportResult,
    InboxError,
    Translate,
)
from sealdesk.inbox.lock import FolderLock
from sealdesk.inbox.observers import STATUS_POLL_NO_EVENTS, Events, Observation, ObserverFactory
from sealdesk.inbox.rules import FAILED_DIR, IMPORTED_DIR, is_junk_name
from sealdesk.inbox.settle import Kind
from sealdesk.inbox.taking import OnFailed, OnImported, Sinks, Taker, call

log = logging.getLogger("sealdesk.inbox")

STATUS_FOLDER_ERROR = QT_TRANSLATE_NOOP("Inbox", "Cannot use the inbox folder {folder}: {error}")
MISSING = QT_TRANSLATE_NOOP("Inbox", "the folder is missing")
STATUS_BUSY = QT_TRANSLATE_NOOP(
    "Inbox",
    "Another SealDesk is already taking files from {folder}; this one will take over when it"
    " stops.",
)
STATUS_STOPPED = QT_TRANSLATE_NOOP("Inbox", "Stopped watching {folder}.")

OnStatus = Callable[[str], Any]


@dataclass
class ScanReport:
    """What ``run_once`` / ``scan_once`` did."""

    imported: list[ImportResult] = field(default_factory=list)
    failed: list[tuple[Path, str]] = field(default_factory=list)
    waiting: list[Path] = field(default_factory=list)  # still changing (or locked) at the end

    @property
    def duplicates(self) -> list[ImportResult]:
        return [r for r in self.imported if r.duplicate]


class InboxWatcher:
    """Watches ``folder`` and imports every settled file into ``store``, once (see WatchConfig)."""

    def __init__(
        self,
        store: st.InboxStore,
        folder: Path | str,
        config: WatchConfig = DEFAULT_WATCH,
        *,
        on_imported: OnImported | None = None,
        on_failed: OnFailed | None = None,
        on_status: OnStatus | None = None,
        translate: Translate | None = None,
        observer_factory: ObserverFactory | None = None,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Any] = time.sleep,
    ) -> None:
        self.store = store
        self.folder = Path(folder).expanduser().absolute()
        self.config = config
        self.on_imported = on_imported
        self.on_failed = on_failed
        self.on_status = on_status
        self.translate = translate
        self._clock = clock
        self._sleep = sleep
        self._sinks = Sinks(self._imported, self._failed, self._known_left)
        self.taker = Taker(
            store,
            self.folder,
            config,
            translate=translate,
            clock=clock,
            say=self._say,
            stopping=lambda: self._stopping,
        )
        self.settler = self.taker.settler
        self._observation = Observation(
            self.folder,
            config,
            sink=self._on_events,
            say=self._say,
            switched=self._switched,
            factory=observer_factory,
        )
        #: "starting", "events", "polling", "missing" (folder not there: waiting for it),
        #: "busy" (another SealDesk takes files from this folder: waiting) or "stopped".
        self.mode = "stopped"
        #: The latest status text (translated when ``translate`` was given).
        self.status = ""

        self._cond = threading.Condition()
        self._events: deque[tuple[Kind, Path]] = deque()
        self._stopping = False
        self._thread: threading.Thread | None = None
        self._known: set[Path] = set()
        self._suspects: dict[Path, float] = {}
        self._lost = False
        self._active = False  # holding the folder lock, observer running
        self._lock = FolderLock(self.folder)
        self._busy_said = False
        self._next_sweep = 0.0
        self._next_failed = 0.0

    # -- public ------------------------------------------------------------------------------

    @property
    def probing(self) -> bool:
        """True while the start-up probe's event is awaited (events not yet known to arrive)."""
        return self._observation.probing

    @property
    def counts(self) -> dict[str, int]:
        """Files imported, already stored (duplicate) and failed since the watcher was made."""
        return self.taker.counts

    def start(self) -> None:
        if self._thread is not None:
            raise RuntimeError("InboxWatcher already started")
        self._stopping = False
        self.mode = "starting"
        self._thread = threading.Thread(target=self._run, name="sealdesk-inbox", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 30.0) -> None:
        """Stop watching; finishes the file in hand, then joins the observer and worker threads."""
        with self._cond:
            self._stopping = True
            self._cond.notify_all()
        thread = self._thread
        if thread is not None and thread is not threading.current_thread():
            thread.join(timeout)

    def is_alive(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def __enter__(self) -> InboxWatcher:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def run_once(self, timeout: float | None = None) -> ScanReport:
        """Take what is in the folder now, once settled, in this thread (no observer).

        Each file taken or failed is reported to ``on_imported`` / ``on_failed`` as it happens,
        and listed in the returned report.
        """
        report = ScanReport()

        def imported(result: ImportResult) -> None:
            report.imported.append(result)
            self._imported(result)

        def failed(path: Path, reason: str) -> None:
            report.failed.append((path, reason))
            self._failed(path, reason)

        sinks = Sinks(imported, failed, self._known_left)
        if timeout is None:
            timeout = max(10.0, 5 * self.taker.quiet)
        deadline = self._clock() + timeout
        try:
            self._prepare_folder()
            if not self._lock.acquire():
                raise InboxError(STATUS_BUSY, folder=str(self.folder))
            self.mode = "polling"
            self._scan_root(self._clock())
            self.taker.check_failed(self._clock())
            while self.settler.candidates and not self._stopping:
                now = self._clock()
                if now >= deadline:
                    break
                self.taker.process_due(now, sinks, self._drain)
                if self.taker.only_empty_left(self._clock()):
                    break  # settled but empty: the scanner has not written yet; next time
                nxt = self.settler.next_due()
                if nxt is None:
                    break
                self._sleep(max(0.0, min(nxt, deadline) - self._clock()) + 0.001)
            report.waiting = sorted(self.settler.candidates)
        finally:
            self._lock.release()
            self.mode = "stopped"
        return report

    # -- the loop: open, step, close ---------------------------------------------------------

    def open(self) -> None:
        """Prepares the folder, takes the lock, starts the observer and scans the folder."""
        now = self._clock()
        try:
            self._prepare_folder()
        except OSError as exc:  # e.g. a network share not there yet: wait for it
            self._lost = True
            self.mode = "missing"
            self._say(STATUS_FOLDER_ERROR, error=exc.strerror or str(exc))
        else:
            self._activate(now)
        self._next_sweep = now + self._sweep_every()
        self._next_failed = now + self.config.failed_recheck

    def step(self) -> float:
        """One turn of the loop at the clock's time: take in events, sweep, settle and import
        what is due. Returns the seconds until the next turn is needed (events come sooner)."""
        now = self._clock()
        self._drain(now)
        self._observation.check_probe(now)
        if now >= self._next_sweep:
            self._sweep(now)
            self._next_sweep = now + self._sweep_every()
        if not self._active:
            return max(0.005, self._next_sweep - self._clock())
        if now >= self._next_failed:
            self._next_failed = now + self.config.failed_recheck
            try:
                self.taker.check_failed(now)
            except Exception:  # the database busy: look again next time
                log.exception("inbox: checking failed/ did not work")
        self._check_suspects(now)
        self.taker.process_due(now, self._sinks, self._drain)
        wake = [self._next_sweep, self._next_failed]
        nxt = self.settler.next_due()
        if nxt is not None:
            wake.append(nxt)
        probe_deadline = self._observation.probe_deadline
        if probe_deadline is not None:
            wake.append(probe_deadline)
        if self._suspects:
            wake.append(min(self._suspects.values()))
        return max(0.005, min(wake) - self._clock())

    def close(self) -> None:
        """Stops the observer, lets go of the folder and says so."""
        self._observation.stop()
        self._lock.release()
        self._active = False
        self.mode = "stopped"
        self._say(STATUS_STOPPED)

    def _run(self) -> None:
        try:
            self.open()
            while True:
                with self._cond:
                    if self._stopping:
                        break
                wait = self.step()
                with self._cond:
                    if self._stopping:
                        break
                    if not self._events:
                        self._cond.wait(wait)
        except Exception:
            log.exception("inbox watcher stopped by an error")
            self._say(STATUS_FOLDER_ERROR, error="internal error")
        finally:
            self.close()

    def _activate(self, now: float) -> bool:
        """Take the folder lock, start the observer and scan; False if another taker has it."""
        if not self._lock.acquire():
            self.mode = "busy"
            if not self._busy_said:
                self._busy_said = True
                self._say(STATUS_BUSY)
            return False
        self._busy_said = False
        self._active = True
        self._observation.start(now)
        # Scan after the observer runs so nothing falls between the two.
        self._scan_root(now)
        self.taker.check_failed(now)
        return True

    def _prepare_folder(self) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        (self.folder / IMPORTED_DIR).mkdir(exist_ok=True)
        (self.folder / FAILED_DIR).mkdir(exist_ok=True)

    def _switched(self, mode: str, close_events: bool) -> None:
        """An observer started: events (with or without close events) or polling."""
        self.mode = mode
        self.settler.close_events = close_events
        if not close_events:
            for c in self.settler.candidates.values():
                c.writing = False

    # -- events (observer thread) ------------------------------------------------------------

    def _on_events(self, events: Events) -> None:
        with self._cond:
            self._events.extend(events)
            self._cond.notify_all()

    def _drain(self, now: float) -> None:
        with self._cond:
            events = list(self._events)
            self._events.clear()
        for kind, path in events:
            if kind is Kind.GONE:
                self._known.discard(path)
            else:
                self._known.add(path)
            self._suspects.pop(path, None)
            self.settler.note(path, kind, now)

    # -- scans -------------------------------------------------------------------------------

    def _list_root(self) -> list[Path]:
        found = []
        try:
            entries = list(os.scandir(self.folder))
        except OSError as exc:
            self._say(STATUS_FOLDER_ERROR, error=str(exc))
            return []
        for entry in entries:
            if is_junk_name(entry.name):
                continue
            try:
                if not entry.is_file(follow_symlinks=False):
                    continue
            except OSError:
                continue
            found.append(Path(entry.path))
        return found

    def _scan_root(self, now: float) -> None:
        for path in self._list_root():
            self._known.add(path)
            if path not in self.settler:
                self.settler.note(path, Kind.FOUND, now, origin="scan")

    def _sweep(self, now: float) -> None:
        """Re-read the folder: catches lost events; a new file no event told us about is
        suspicious, and if its event still has not come a moment later, events are missing.
        A folder that disappeared (a network share gone, deleted by hand) is waited for, and
        watched again when it is back."""
        if not self.folder.is_dir():
            if not self._lost:
                self._lost = True
                self._active = False
                self.mode = "missing"
                self._observation.stop()
                self._lock.release()
                self._say(STATUS_FOLDER_ERROR, error=self._text(MISSING))
            return
        if self._lost:
            try:
                self._prepare_folder()
            except OSError:
                return
            self._lost = False
        if not self._active:
            self._activate(now)
            return
        for path in self._list_root():
            if path in self.settler:
                continue
            if self.mode == "events" and path not in self._known:
                self._suspects.setdefault(path, now + 2.0)
            self._known.add(path)
            self.settler.note(path, Kind.FOUND, now, origin="scan")

    def _sweep_every(self) -> float:
        if self._lost or not self._active:
            return min(self.config.sweep_interval, 2.0)
        return self.config.sweep_interval

    def _check_suspects(self, now: float) -> None:
        # Any event for a suspect clears it (see _drain): the late ones never had one.
        late = [p for p, t in self._suspects.items() if t <= now]
        if not late:
            return
        for p in late:
            self._suspects.pop(p, None)
        if self.mode == "events":
            log.warning("no events for %s; switching to polling", late[0])
            self._observation.fall_back(STATUS_POLL_NO_EVENTS)

    # -- helpers -----------------------------------------------------------------------------

    def _imported(self, result: ImportResult) -> None:
        call(self.on_imported, result)

    def _failed(self, path: Path, reason: str) -> None:
        call(self.on_failed, path, reason)

    def _known_left(self, path: Path) -> None:
        self._known.discard(path)

    def _text(self, template: str) -> str:
        return self.translate(CONTEXT, template) if self.translate else template

    def _say(self, template: str, **params: Any) -> None:
        params.setdefault("folder", str(self.folder))
        message = render_message(CONTEXT, template, params, self.translate)
        self.status = message
        log.info("%s", message)
        call(self.on_status, message)


def scan_once(
    store: st.InboxStore,
    folder: Path | str,
    config: WatchConfig = DEFAULT_WATCH,
    *,
    timeout: float | None = None,
    **options: Any,
) -> ScanReport:
    """Take what is in ``folder`` now, once it has settled, and return (``inbox watch --once``).

    Files still changing (or locked) when ``timeout`` runs out are left for next time and listed
    in ``report.waiting``. Options are ``InboxWatcher``'s keyword arguments.
    """
    return InboxWatcher(store, folder, config, **options).run_once(timeout)
