"""The watched inbox folder: watchdog events (or polling) in, settled files into the workspace.

Thread model: ``InboxWatcher.start()`` starts one worker thread (the "watcher thread") and a
watchdog observer. The observer's thread only files events into a queue; the watcher thread
does everything else (stat, settle, hash, import, move) and calls the callbacks
``on_imported(result)``, ``on_failed(path, reason)`` and ``on_status(text)``. A Qt wrapper should
re-emit them as signals (queued connections). ``stop()`` joins both threads; the file being
imported when it is called is finished first.

No Qt import here. User-visible texts are English templates marked for Qt's translation system
(context "Inbox"); pass ``translate=QCoreApplication.translate`` to get them in Thai.
"""

from __future__ import annotations

import contextlib
import logging
import os
import secrets
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from watchdog.events import (
    FileAttribEvent,
    FileClosedEvent,
    FileCreatedEvent,
    FileDeletedEvent,
    FileModifiedEvent,
    FileMovedEvent,
    FileSystemEvent,
    FileSystemEventHandler,
)
from watchdog.observers.api import BaseObserver
from watchdog.observers.polling import PollingObserver

from sealdesk.errors import QT_TRANSLATE_NOOP
from sealdesk.inbox import state as st
from sealdesk.inbox.importer import (
    CONTEXT,
    Handled,
    Importer,
    ImportResult,
    InboxError,
    Outcome,
    Translate,
    benchmark_codes,
)
from sealdesk.inbox.lock import FolderLock
from sealdesk.inbox.rules import (
    FAILED_DIR,
    IMPORTED_DIR,
    WHY_SUFFIX,
    is_junk_name,
    is_junk_stat,
)
from sealdesk.inbox.settle import Kind, SettleConfig, Settler, Verdict

log = logging.getLogger("sealdesk.inbox")


class _StopRaceFilter(logging.Filter):
    """watchdog 7.1's inotify emitter logs this at ERROR when it is stopped while reading; it is
    harmless (the read is simply dropped) and would only alarm whoever reads the log."""

    def filter(self, record: logging.LogRecord) -> bool:
        return "called when the thread is inactive" not in record.getMessage()


logging.getLogger("watchdog.observers.inotify").addFilter(_StopRaceFilter())

DEFAULT_QUIET = 2.0
PROBE_PREFIX = ".sealdesk-probe-"

STATUS_STARTING = QT_TRANSLATE_NOOP("Inbox", "Starting to watch {folder}...")
STATUS_EVENTS = QT_TRANSLATE_NOOP("Inbox", "Watching {folder} for new files.")
STATUS_POLL_ASKED = QT_TRANSLATE_NOOP("Inbox", "Checking {folder} for new files every {seconds} s.")
STATUS_POLL_NETWORK = QT_TRANSLATE_NOOP(
    "Inbox", "{folder} is on a network drive: checking it for new files every {seconds} s."
)
STATUS_POLL_NO_EVENTS = QT_TRANSLATE_NOOP(
    "Inbox",
    "File-system events do not arrive from {folder}: checking it for new files every {seconds} s"
    " instead.",
)
STATUS_POLL_ERROR = QT_TRANSLATE_NOOP(
    "Inbox",
    "Could not watch {folder} for events ({error}): checking it for new files every {seconds} s"
    " instead.",
)
STATUS_RETRY = QT_TRANSLATE_NOOP(
    "Inbox", "Could not import {name} just now ({error}); SealDesk will try again."
)
STATUS_FOLDER_ERROR = QT_TRANSLATE_NOOP("Inbox", "Cannot use the inbox folder {folder}: {error}")
MISSING = QT_TRANSLATE_NOOP("Inbox", "the folder is missing")
STATUS_BUSY = QT_TRANSLATE_NOOP(
    "Inbox",
    "Another SealDesk is already taking files from {folder}; this one will take over when it"
    " stops.",
)
STATUS_STOPPED = QT_TRANSLATE_NOOP("Inbox", "Stopped watching {folder}.")

# Linux file systems on which inotify does not see other machines' changes.
NETWORK_FS = frozenset(
    {
        "cifs",
        "smb3",
        "smbfs",
        "nfs",
        "nfs4",
        "9p",
        "afs",
        "ceph",
        "glusterfs",
        "davfs",
        "fuse.sshfs",
        "fuse.rclone",
        "fuse.davfs2",
        "fuse.gvfsd-fuse",
        "fuse.s3fs",
        "vboxsf",
        "vmhgfs",
        "fuse.vmhgfs-fuse",
        "prl_fs",
    }
)


def network_reason(folder: Path) -> str | None:
    """The network file-system type (or "network drive") ``folder`` lives on, else None."""
    try:
        real = os.path.realpath(folder)
    except OSError:
        return None
    if sys.platform == "win32":
        if real.startswith("\\\\"):
            return "network drive"
        try:
            import ctypes

            drive = os.path.splitdrive(real)[0] + "\\"
            if ctypes.windll.kernel32.GetDriveTypeW(drive) == 4:  # DRIVE_REMOTE
                return "network drive"
        except (AttributeError, OSError):
            return None
        return None
    try:
        with open("/proc/self/mounts", encoding="utf-8", errors="replace") as f:
            mounts = [line.split() for line in f]
    except OSError:
        return None
    best, fstype = "", ""
    for parts in mounts:
        if len(parts) < 3:
            continue
        point = parts[1].replace("\\040", " ")
        inside = real == point or real.startswith(point.rstrip("/") + "/")
        if inside and len(point) >= len(best):
            best, fstype = point, parts[2]
    return fstype if fstype in NETWORK_FS else None


@dataclass
class ScanReport:
    """What ``scan_once`` did."""

    imported: list[ImportResult] = field(default_factory=list)
    failed: list[tuple[Path, str]] = field(default_factory=list)
    waiting: list[Path] = field(default_factory=list)  # still changing (or locked) at the end

    @property
    def duplicates(self) -> list[ImportResult]:
        return [r for r in self.imported if r.duplicate]


class _Handler(FileSystemEventHandler):
    def __init__(self, sink: Callable[[FileSystemEvent], None]) -> None:
        self._sink = sink

    def dispatch(self, event: FileSystemEvent) -> None:
        self._sink(event)


class InboxWatcher:
    """Watches ``folder`` and imports every settled file into ``ws``, once.

    Settings: ``quiet`` seconds of unchanged size and mtime before a file is taken (default 2);
    ``poll`` to poll from the start instead of using file-system events; ``poll_interval`` for
    polling; ``sweep_interval`` between full re-reads of the folder even when events arrive
    (a safety net for lost events); ``failed_recheck`` between looks at failed/ for changed
    files; ``probe_timeout`` to wait for the start-up probe file's event before deciding that
    events do not arrive; ``delete_after_import`` to delete originals instead of moving them to
    imported/.
    """

    def __init__(
        self,
        ws: Any,
        folder: Path | str,
        *,
        quiet: float = DEFAULT_QUIET,
        settle: SettleConfig | None = None,
        poll: bool = False,
        poll_interval: float = 1.0,
        sweep_interval: float = 30.0,
        failed_recheck: float = 5.0,
        probe_timeout: float = 3.0,
        delete_after_import: bool = False,
        on_imported: Callable[[ImportResult], Any] | None = None,
        on_failed: Callable[[Path, str], Any] | None = None,
        on_status: Callable[[str], Any] | None = None,
        translate: Translate | None = None,
        observer_factory: Callable[[], BaseObserver] | None = None,
    ) -> None:
        self.ws = ws
        self.folder = Path(folder).expanduser().absolute()
        self.config = settle or SettleConfig(quiet=quiet, rename_grace=min(0.2, quiet))
        self.poll = poll
        self.poll_interval = poll_interval
        self.sweep_interval = sweep_interval
        self.failed_recheck = failed_recheck
        self.probe_timeout = probe_timeout
        self.on_imported = on_imported
        self.on_failed = on_failed
        self.on_status = on_status
        self.translate = translate
        self.seen: st.SeenLog = ws
        self._observer_factory = observer_factory
        self.importer = Importer(
            ws,
            self.folder,
            self.seen,
            delete_after_import=delete_after_import,
            translate=translate,
            codes=self._codes,
        )
        self.settler = Settler(self.config)
        #: "starting", "events", "polling", "missing" (folder not there: waiting for it),
        #: "busy" (another SealDesk takes files from this folder: waiting) or "stopped".
        self.mode = "stopped"
        #: The latest status text (translated when ``translate`` was given).
        self.status = ""
        self.counts = {"imported": 0, "duplicate": 0, "failed": 0}

        self._cond = threading.Condition()
        self._events: deque[tuple[Kind, Path]] = deque()
        self._stopping = False
        self._thread: threading.Thread | None = None
        self._observer: BaseObserver | None = None
        self._probe: Path | None = None
        self._probe_deadline = 0.0
        self._probe_heard = False
        self._known: set[Path] = set()
        self._suspects: dict[Path, float] = {}
        self._codes_cache: tuple[float, Collection[str]] = (0.0, frozenset())
        self._transient_said: set[Path] = set()
        self._lost = False
        self._active = False  # holding the folder lock, observer running
        self._lock = FolderLock(self.folder)
        self._busy_said = False

    # -- public ------------------------------------------------------------------------------

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
        """Take what is in the folder now, once settled, in this thread (no observer)."""
        report = ScanReport()
        user_imported, user_failed = self.on_imported, self.on_failed

        def imported(result: ImportResult) -> None:
            report.imported.append(result)
            if user_imported:
                user_imported(result)

        def failed(path: Path, reason: str) -> None:
            report.failed.append((path, reason))
            if user_failed:
                user_failed(path, reason)

        self.on_imported, self.on_failed = imported, failed
        if timeout is None:
            timeout = max(10.0, 5 * self.config.quiet)
        deadline = time.monotonic() + timeout
        try:
            self._prepare_folder()
            if not self._lock.acquire():
                raise InboxError(STATUS_BUSY, folder=str(self.folder))
            self.mode = "polling"
            self._scan_root(time.monotonic())
            self._check_failed(time.monotonic())
            while self.settler.candidates and not self._stopping:
                now = time.monotonic()
                if now >= deadline:
                    break
                self._process_due(now)
                if self._only_empty_left(time.monotonic()):
                    break  # settled but empty: the scanner has not written yet; next time
                nxt = self.settler.next_due()
                if nxt is None:
                    break
                time.sleep(max(0.0, min(nxt, deadline) - time.monotonic()) + 0.001)
            report.waiting = sorted(self.settler.candidates)
        finally:
            self.on_imported, self.on_failed = user_imported, user_failed
            self._lock.release()
            self.mode = "stopped"
        return report

    def _only_empty_left(self, now: float) -> bool:
        quiet = self.config.quiet
        return all(
            c.sig is not None and c.sig[0] == 0 and now - c.changed_at >= quiet
            for c in self.settler.candidates.values()
        )

    # -- the watcher thread ------------------------------------------------------------------

    def _run(self) -> None:
        try:
            now = time.monotonic()
            try:
                self._prepare_folder()
            except OSError as exc:  # e.g. a network share not there yet: wait for it
                self._lost = True
                self.mode = "missing"
                self._say(STATUS_FOLDER_ERROR, error=exc.strerror or str(exc))
            else:
                self._activate(now)
            next_sweep = now + self._sweep_every()
            next_failed = now + self.failed_recheck
            while True:
                with self._cond:
                    if self._stopping:
                        break
                now = time.monotonic()
                self._drain(now)
                self._check_probe(now)
                if now >= next_sweep:
                    self._sweep(now)
                    next_sweep = now + self._sweep_every()
                if not self._active:
                    with self._cond:
                        if not self._stopping:
                            self._cond.wait(max(0.005, next_sweep - time.monotonic()))
                    continue
                if now >= next_failed:
                    next_failed = now + self.failed_recheck
                    try:
                        self._check_failed(now)
                    except Exception:  # the database busy: look again next time
                        log.exception("inbox: checking failed/ did not work")
                self._check_suspects(now)
                self._process_due(now)
                wake = [next_sweep, next_failed]
                nxt = self.settler.next_due()
                if nxt is not None:
                    wake.append(nxt)
                if self._probe is not None:
                    wake.append(self._probe_deadline)
                if self._suspects:
                    wake.append(min(self._suspects.values()))
                with self._cond:
                    if self._stopping:
                        break
                    if not self._events:
                        self._cond.wait(max(0.005, min(wake) - time.monotonic()))
        except Exception:
            log.exception("inbox watcher stopped by an error")
            self._say(STATUS_FOLDER_ERROR, error="internal error")
        finally:
            self._stop_observer()
            self._remove_probe()
            self._lock.release()
            self._active = False
            self.mode = "stopped"
            self._say(STATUS_STOPPED)

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
        self._start_observer(now)
        # Scan after the observer runs so nothing falls between the two.
        self._scan_root(now)
        self._check_failed(now)
        return True

    def _prepare_folder(self) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        (self.folder / IMPORTED_DIR).mkdir(exist_ok=True)
        (self.folder / FAILED_DIR).mkdir(exist_ok=True)

    # -- observers ---------------------------------------------------------------------------

    def _start_observer(self, now: float) -> None:
        if self.poll:
            self._start_polling(STATUS_POLL_ASKED)
            return
        reason = network_reason(self.folder)
        if reason is not None:
            self._start_polling(STATUS_POLL_NETWORK)
            return
        factory = self._observer_factory
        if factory is None:
            from watchdog.observers import Observer as factory
        observer = None
        try:
            observer = factory()
            # Recursive so that our own moves into imported/ and failed/ are seen whole: with
            # inotify an unpaired IN_MOVED_FROM is held back 0.5 s to wait for its IN_MOVED_TO,
            # delaying every event behind it. Events below the folder itself are ignored.
            observer.schedule(_Handler(self._on_event), str(self.folder), recursive=True)
            observer.start()
        except Exception as exc:  # inotify limits, unsupported file system, ...
            if observer is not None:
                with contextlib.suppress(Exception):
                    observer.stop()
            log.warning("native observer failed: %s", exc)
            self._start_polling(STATUS_POLL_ERROR, error=str(exc) or type(exc).__name__)
            return
        self._observer = observer
        self.mode = "events"
        self.settler.close_events = "inotify" in type(observer).__module__ or any(
            "Inotify" in type(e).__name__ for e in getattr(observer, "emitters", ())
        )
        self._say(STATUS_STARTING)
        self._probe_deadline = now + self.probe_timeout
        probe = self.folder / f"{PROBE_PREFIX}{secrets.token_hex(6)}"
        try:
            with open(probe, "wb") as f:
                f.write(b"SealDesk checks that file-system events arrive here.\n")
            self._probe = probe
        except OSError:
            self._probe = None  # read-only folder: trust events, the sweep is the safety net
            self._say(STATUS_EVENTS)

    def _start_polling(self, template: str, **params: Any) -> None:
        self._stop_observer()
        self._remove_probe()
        observer = PollingObserver(timeout=self.poll_interval)
        observer.schedule(_Handler(self._on_event), str(self.folder), recursive=False)
        observer.start()
        self._observer = observer
        self.mode = "polling"
        self.settler.close_events = False
        for c in self.settler.candidates.values():
            c.writing = False
        self._say(template, seconds=f"{self.poll_interval:g}", **params)

    def _stop_observer(self) -> None:
        observer, self._observer = self._observer, None
        if observer is None:
            return
        with contextlib.suppress(Exception):
            observer.stop()
        with contextlib.suppress(Exception):
            observer.join(10)

    def _check_probe(self, now: float) -> None:
        if self._probe is None:
            return
        if self._probe_heard:
            self._remove_probe()
            self._say(STATUS_EVENTS)
        elif now >= self._probe_deadline:
            self._remove_probe()
            self._start_polling(STATUS_POLL_NO_EVENTS)

    def _remove_probe(self) -> None:
        probe, self._probe = self._probe, None
        if probe is not None:
            with contextlib.suppress(OSError):
                probe.unlink()

    # -- events (observer thread) ------------------------------------------------------------

    def _on_event(self, event: FileSystemEvent) -> None:
        if event.is_directory:
            return
        items: list[tuple[Kind, Path]] = []
        src = Path(os.fsdecode(event.src_path)) if event.src_path else None
        if isinstance(event, FileMovedEvent):
            dest = Path(os.fsdecode(event.dest_path)) if event.dest_path else None
            if src is not None:
                items.append((Kind.GONE, src))
            if dest is not None:
                items.append((Kind.MOVED_IN, dest))
        elif src is None:
            return
        elif isinstance(event, FileClosedEvent):
            items.append((Kind.CLOSED, src))
        elif isinstance(event, FileModifiedEvent):
            items.append((Kind.MODIFIED, src))
        elif isinstance(event, FileCreatedEvent):
            items.append((Kind.CREATED, src))
        elif isinstance(event, FileAttribEvent):
            items.append((Kind.ATTRIB, src))
        elif isinstance(event, FileDeletedEvent):
            items.append((Kind.GONE, src))
        else:
            return  # opened, closed without writing: our own reads
        with self._cond:
            for kind, path in items:
                if path.parent != self.folder:
                    continue
                if path.name.startswith(PROBE_PREFIX):
                    self._probe_heard = True
                    continue
                if is_junk_name(path.name):
                    continue
                self._events.append((kind, path))
            self._cond.notify_all()

    def _drain(self, now: float) -> None:
        with self._cond:
            events = list(self._events)
            self._events.clear()
        for kind, path in events:
            if kind is Kind.GONE:
                self._known.discard(path)
                self._suspects.pop(path, None)
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
                self._stop_observer()
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
            return min(self.sweep_interval, 2.0)
        return self.sweep_interval

    def _check_suspects(self, now: float) -> None:
        if not self._suspects:
            return
        late = [p for p, t in self._suspects.items() if t <= now]
        if not late:
            return
        # Any event for a suspect clears it (see _drain): these never had one.
        missed = late
        for p in late:
            self._suspects.pop(p, None)
        if missed and self.mode == "events":
            log.warning("no events for %s; switching to polling", missed[0])
            self._start_polling(STATUS_POLL_NO_EVENTS)

    def _check_failed(self, now: float) -> None:
        """Files in failed/ are retried when they change (size or mtime differ from the failure)."""
        failed_dir = self.folder / FAILED_DIR
        try:
            entries = list(os.scandir(failed_dir))
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
            if self.seen.inbox_outcome(key, s.st_size, s.st_mtime_ns) != st.FAILED:
                # Changed since it failed (or put there by hand): try it again once it settles.
                self.settler.note(path, Kind.FOUND, now, origin="failed")

    # -- settling and importing ---------------------------------------------------------------

    def _process_due(self, now: float) -> None:
        for n, c in enumerate(self.settler.due(now)):
            if self._stopping:
                return
            if n and n % 16 == 0:
                self._drain(time.monotonic())  # keep up with events during a burst
                if c.path not in self.settler:
                    continue
            now = time.monotonic()
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
            self._after(c.path, outcome, time.monotonic())

    def _after(self, path: Path, outcome: Outcome, now: float) -> None:
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
                c.next_check = now + min(max(1.0, self.config.quiet) * c.retries, 60.0)
            if path not in self._transient_said:
                self._transient_said.add(path)
                self._say(STATUS_RETRY, name=path.name, error=outcome.reason)
            log.warning("inbox: %s: %s", path.name, outcome.reason)
            return
        self.settler.forget(path)
        self._transient_said.discard(path)
        if outcome.moved_to is not None or not path.exists():
            self._known.discard(path)
        if kind in (Handled.IMPORTED, Handled.DUPLICATE) and outcome.result is not None:
            self.counts["duplicate" if outcome.result.duplicate else "imported"] += 1
            self._call(self.on_imported, outcome.result)
        elif kind is Handled.FAILED:
            self.counts["failed"] += 1
            self._call(self.on_failed, outcome.moved_to or path, outcome.reason)

    # -- helpers -----------------------------------------------------------------------------

    def _codes(self) -> Collection[str]:
        at, codes = self._codes_cache
        now = time.monotonic()
        if not codes or now - at > 30.0:
            codes = benchmark_codes(self.ws)
            self._codes_cache = (now, codes)
        return codes

    def _text(self, template: str) -> str:
        return self.translate(CONTEXT, template) if self.translate else template

    def _say(self, template: str, **params: Any) -> None:
        params.setdefault("folder", str(self.folder))
        text = self._text(template)
        try:
            message = text.format(**params)
        except (KeyError, IndexError, ValueError):
            message = template.format(**params)
        self.status = message
        log.info("%s", message)
        self._call(self.on_status, message)

    @staticmethod
    def _call(callback: Callable[..., Any] | None, *args: Any) -> None:
        if callback is None:
            return
        try:
            callback(*args)
        except Exception:
            log.exception("inbox callback failed")


def scan_once(
    folder: Path | str,
    ws: Any,
    *,
    quiet: float = DEFAULT_QUIET,
    timeout: float | None = None,
    **options: Any,
) -> ScanReport:
    """Take what is in ``folder`` now, once it has settled, and return (``inbox watch --once``).

    Files still changing (or locked) when ``timeout`` runs out are left for next time and listed
    in ``report.waiting``. Options are those of ``InboxWatcher``.
    """
    watcher = InboxWatcher(ws, folder, quiet=quiet, **options)
    return watcher.run_once(timeout)
