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
``inbox_file``).
"""

from __future__ import annotations

from typing import Protocol

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
