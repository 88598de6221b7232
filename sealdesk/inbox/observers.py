"""Which watchdog observer listens to the inbox folder: native events when they arrive,
polling where they do not.

The rule: poll when asked to, when the folder is on a network file system (inotify does not
see other machines' changes there), when the native observer cannot start (inotify limits, an
unsupported file system), or when the start-up probe (a hidden file written into the folder)
produces no event within ``probe_timeout``. The watcher also falls back to polling later, when
its sweep finds a file no event announced (see watcher.py).

The observer's thread only translates watchdog events into ``(Kind, path)`` pairs for files
directly in the folder and hands them to the watcher's sink; everything else happens on the
watcher's thread.
"""

from __future__ import annotations

import contextlib
import logging
import os
import secrets
from collections.abc import Callable
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
from sealdesk.fsutil import network_file_system
from sealdesk.inbox.config import WatchConfig
from sealdesk.inbox.rules import is_junk_name
from sealdesk.inbox.settle import Kind

log = logging.getLogger("sealdesk.inbox")


class _StopRaceFilter(logging.Filter):
    """watchdog 7.1's inotify emitter logs this at ERROR when it is stopped while reading; it is
    harmless (the read is simply dropped) and would only alarm whoever reads the log."""

    def filter(self, record: logging.LogRecord) -> bool:
        return "called when the thread is inactive" not in record.getMessage()


logging.getLogger("watchdog.observers.inotify").addFilter(_StopRaceFilter())

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

Events = list[tuple[Kind, Path]]
ObserverFactory = Callable[[], BaseObserver]


def reports_close_events(observer: BaseObserver) -> bool:
    """Whether the observer reports a writer's close (Linux inotify's IN_CLOSE_WRITE)."""
    try:
        from watchdog.observers.inotify import InotifyObserver
    except Exception:  # not Linux: no inotify, no close events
        return False
    return isinstance(observer, InotifyObserver) or any(
        "Inotify" in type(e).__name__ for e in getattr(observer, "emitters", ())
    )


def translate_event(event: FileSystemEvent) -> Events:
    """The settle bookkeeping's view of one watchdog event (nothing for our own reads)."""
    if event.is_directory:
        return []
    src = Path(os.fsdecode(event.src_path)) if event.src_path else None
    if isinstance(event, FileMovedEvent):
        dest = Path(os.fsdecode(event.dest_path)) if event.dest_path else None
        moved: Events = []
        if src is not None:
            moved.append((Kind.GONE, src))
        if dest is not None:
            moved.append((Kind.MOVED_IN, dest))
        return moved
    if src is None:
        return []
    for cls, kind in (
        (FileClosedEvent, Kind.CLOSED),
        (FileModifiedEvent, Kind.MODIFIED),
        (FileCreatedEvent, Kind.CREATED),
        (FileAttribEvent, Kind.ATTRIB),
        (FileDeletedEvent, Kind.GONE),
    ):
        if isinstance(event, cls):
            return [(kind, src)]
    return []  # opened, closed without writing: our own reads


class _Handler(FileSystemEventHandler):
    def __init__(self, sink: Callable[[FileSystemEvent], None]) -> None:
        self._sink = sink

    def dispatch(self, event: FileSystemEvent) -> None:
        self._sink(event)


class Observation:
    """The observer of one folder, and the start-up probe that tells whether its events arrive.

    ``sink(events)`` is called on the observer's thread with the files' events; ``say(template,
    **params)`` reports a status; ``switched(mode, close_events)`` is called on the watcher's
    thread whenever an observer starts ("events" or "polling").
    """

    def __init__(
        self,
        folder: Path,
        config: WatchConfig,
        *,
        sink: Callable[[Events], None],
        say: Callable[..., None],
        switched: Callable[[str, bool], None],
        factory: ObserverFactory | None = None,
    ) -> None:
        self.folder = folder
        self.config = config
        self._sink = sink
        self._say = say
        self._switched = switched
        self._factory = factory
        self._observer: BaseObserver | None = None
        self._probe: Path | None = None
        self._probe_deadline = 0.0
        self._probe_heard = False

    @property
    def probing(self) -> bool:
        """True while the start-up probe's event is awaited."""
        return self._probe is not None

    @property
    def probe_deadline(self) -> float | None:
        return self._probe_deadline if self._probe is not None else None

    def start(self, now: float) -> None:
        """Starts the right observer for the folder (see the module's rule)."""
        if self.config.poll:
            self.fall_back(STATUS_POLL_ASKED)
            return
        if network_file_system(self.folder) is not None:
            self.fall_back(STATUS_POLL_NETWORK)
            return
        factory = self._factory
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
            self.fall_back(STATUS_POLL_ERROR, error=str(exc) or type(exc).__name__)
            return
        self._observer = observer
        self._switched("events", reports_close_events(observer))
        self._say(STATUS_STARTING)
        self._probe_deadline = now + self.config.probe_timeout
        probe = self.folder / f"{PROBE_PREFIX}{secrets.token_hex(6)}"
        try:
            with open(probe, "wb") as f:
                f.write(b"SealDesk checks that file-system events arrive here.\n")
            self._probe = probe
        except OSError:
            self._probe = None  # read-only folder: trust events, the sweep is the safety net
            self._say(STATUS_EVENTS)

    def fall_back(self, template: str, **params: Any) -> None:
        """Polls the folder from now on, saying why with ``template``."""
        self.stop()
        observer = PollingObserver(timeout=self.config.poll_interval)
        observer.schedule(_Handler(self._on_event), str(self.folder), recursive=False)
        observer.start()
        self._observer = observer
        self._switched("polling", False)
        self._say(template, seconds=f"{self.config.poll_interval:g}", **params)

    def check_probe(self, now: float) -> None:
        """Decides, once the probe's event came or its time is up, whether events arrive."""
        if self._probe is None:
            return
        if self._probe_heard:
            self._remove_probe()
            self._say(STATUS_EVENTS)
        elif now >= self._probe_deadline:
            self._remove_probe()
            self.fall_back(STATUS_POLL_NO_EVENTS)

    def stop(self) -> None:
        """Stops the observer (joining its thread) and removes the probe file."""
        self._remove_probe()
        observer, self._observer = self._observer, None
        if observer is None:
            return
        with contextlib.suppress(Exception):
            observer.stop()
        with contextlib.suppress(Exception):
            observer.join(10)

    def _remove_probe(self) -> None:
        probe, self._probe = self._probe, None
        if probe is not None:
            with contextlib.suppress(OSError):
                probe.unlink()

    def _on_event(self, event: FileSystemEvent) -> None:
        """On the observer's thread: keeps the events of files directly in the folder."""
        translated = translate_event(event)
        if not translated:
            return
        events: Events = []
        for kind, path in translated:
            if path.parent != self.folder:
                continue
            if path.name.startswith(PROBE_PREFIX):
                self._probe_heard = True
                continue
            if is_junk_name(path.name):
                continue
            events.append((kind, path))
        self._sink(events)
