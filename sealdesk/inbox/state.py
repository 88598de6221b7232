"""The inbox's memory of the files it has handled, so each file is taken once across restarts.

Each step of handling a file appends one record (append-only history):

``importing``  written just before the file is handed to the workspace (an intent);
``imported`` / ``duplicate``  the workspace took it (detail = evidence id);
``failed``     it could not be imported (detail = the reason), and it was moved to failed/;
``moved`` / ``deleted``  the original left the inbox; handling is complete.

A record is keyed by the file's inbox-relative name (``scan.pdf``, ``failed/scan.pdf``), size
and modification time in nanoseconds, and carries the SHA-256 of the bytes (when known). The
latest record for a key says where handling of that exact file stopped: what a restart needs.

The records live in the workspace database (``ws.inbox_outcome`` / ``ws.inbox_record``, table
``inbox_file``). ``FileSeenLog`` is the same two methods over a small SQLite file of its own
(stdlib ``sqlite3``, one committed transaction per record), for a workspace without them.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from pathlib import Path
from typing import Any, Protocol

STATE_FILE_NAME = "inbox-state.sqlite3"

IMPORTING = "importing"
IMPORTED = "imported"
DUPLICATE = "duplicate"
FAILED = "failed"
MOVED = "moved"
DELETED = "deleted"
OUTCOMES = (IMPORTING, IMPORTED, DUPLICATE, FAILED, MOVED, DELETED)


class SeenLog(Protocol):
    """What the inbox needs to remember; ``Workspace`` has the same two methods."""

    def inbox_outcome(self, name: str, size: int, mtime_ns: int) -> str | None: ...

    def inbox_record(
        self,
        name: str,
        size: int,
        mtime_ns: int,
        outcome: str,
        sha256: str | None = None,
        detail: str = "",
    ) -> None: ...


_SCHEMA = """
CREATE TABLE IF NOT EXISTS seen (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    size INTEGER NOT NULL,
    mtime_ns INTEGER NOT NULL,
    sha256 TEXT,
    outcome TEXT NOT NULL,
    detail TEXT NOT NULL DEFAULT '',
    at REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS ix_seen_key ON seen (name, size, mtime_ns);
"""


class FileSeenLog:
    """Records in ``<folder>/inbox-state.sqlite3``; safe to share between threads."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        # Rollback journal (not WAL): the workspace may live on a network share.
        self._db = sqlite3.connect(self.path, timeout=30, check_same_thread=False)
        with self._db:
            self._db.executescript(_SCHEMA)

    @classmethod
    def in_folder(cls, folder: Path) -> FileSeenLog:
        return cls(Path(folder) / STATE_FILE_NAME)

    def inbox_outcome(self, name: str, size: int, mtime_ns: int) -> str | None:
        with self._lock:
            row = self._db.execute(
                "SELECT outcome FROM seen WHERE name = ? AND size = ? AND mtime_ns = ? "
                "ORDER BY id DESC LIMIT 1",
                (name, size, mtime_ns),
            ).fetchone()
        return row[0] if row else None

    def inbox_record(
        self,
        name: str,
        size: int,
        mtime_ns: int,
        outcome: str,
        sha256: str | None = None,
        detail: str = "",
    ) -> None:
        if outcome not in OUTCOMES:
            raise ValueError(f"unknown inbox outcome {outcome!r}")
        with self._lock, self._db:
            self._db.execute(
                "INSERT INTO seen (name, size, mtime_ns, sha256, outcome, detail, at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                (name, size, mtime_ns, sha256, outcome, detail, time.time()),
            )

    def records(self) -> list[tuple[str, int, int, str | None, str, str]]:
        """Every record, oldest first: (name, size, mtime_ns, sha256, outcome, detail)."""
        with self._lock:
            return self._db.execute(
                "SELECT name, size, mtime_ns, sha256, outcome, detail FROM seen ORDER BY id"
            ).fetchall()

    def close(self) -> None:
        with self._lock:
            self._db.close()


def seen_log_for(ws: Any) -> SeenLog:
    """The workspace itself when it keeps inbox records (``inbox_outcome``/``inbox_record``),
    else a small state file in the workspace folder."""
    if callable(getattr(ws, "inbox_outcome", None)) and callable(getattr(ws, "inbox_record", None)):
        return ws
    root = Path(ws.path)
    return FileSeenLog.in_folder(root if root.is_dir() else root.parent)
