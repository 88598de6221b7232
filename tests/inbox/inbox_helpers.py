"""Helpers shared by the inbox tests."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sealdesk.inbox import ImportResult, WatchConfig
from sealdesk.services import inbox as inbox_service
from sealdesk.services.workspace import Workspace

QUIET = 0.25  # seconds; short so that the suite stays fast
WAIT = 30.0  # generous upper bound for any condition to come true


CONFIG_FIELDS = frozenset(WatchConfig.__dataclass_fields__)


def watcher_for(ws: Workspace, folder: Path, **options: Any) -> inbox_service.InboxWatcher:
    """A watcher (not started) made by the inbox service; ``options`` are WatchConfig fields
    and InboxWatcher keyword arguments alike."""
    config = WatchConfig(**{k: v for k, v in options.items() if k in CONFIG_FIELDS})
    rest = {k: v for k, v in options.items() if k not in CONFIG_FIELDS}
    return inbox_service.make_watcher(ws, folder, config, **rest)


def wait_until(condition: Callable[[], Any], timeout: float = WAIT, what: str = "") -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.02)
    raise AssertionError(f"timed out after {timeout} s waiting for {what or condition}")


class Collector:
    """Thread-safe record of what the watcher's callbacks reported."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.imported: list[ImportResult] = []
        self.failed: list[tuple[Path, str]] = []
        self.status: list[str] = []
        self.threads: set[str] = set()

    def on_imported(self, result: ImportResult) -> None:
        with self._lock:
            self.imported.append(result)
            self.threads.add(threading.current_thread().name)

    def on_failed(self, path: Path, reason: str) -> None:
        with self._lock:
            self.failed.append((path, reason))

    def on_status(self, text: str) -> None:
        with self._lock:
            self.status.append(text)

    def names(self) -> list[str]:
        with self._lock:
            return sorted(r.name for r in self.imported)

    def callbacks(self) -> dict[str, Any]:
        return {
            "on_imported": self.on_imported,
            "on_failed": self.on_failed,
            "on_status": self.on_status,
        }


class FakeClock:
    """A monotonic clock that moves only when told to, for the watcher's ``clock`` and ``sleep``.

    ``at(t, action)`` schedules what the outside world does at fake time ``t`` (a scanner
    writing its next chunk, a clerk deleting a file); ``sleep`` and ``advance`` run each
    scheduled action at its time, in order, so settle timing is tested without real waiting.
    """

    def __init__(self, start: float = 0.0) -> None:
        self.now = start
        self._script: list[tuple[float, int, Callable[[], Any]]] = []

    def __call__(self) -> float:
        return self.now

    def at(self, t: float, action: Callable[[], Any]) -> None:
        self._script.append((t, len(self._script), action))
        self._script.sort(key=lambda item: (item[0], item[1]))

    def advance(self, seconds: float) -> None:
        target = self.now + seconds
        while self._script and self._script[0][0] <= target:
            t, _n, action = self._script.pop(0)
            self.now = max(self.now, t)
            action()
        self.now = target

    def sleep(self, seconds: float) -> None:
        self.advance(max(0.0, seconds))
