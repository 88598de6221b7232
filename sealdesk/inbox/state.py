"""The inbox's memory of the files it has handled, and what it needs from wherever evidence
is kept (``InboxStore``), so that each file is taken once across restarts.

Each step of handling a file appends one record (append-only history):

``importing``  written just before the file is handed to the store (an intent);
``imported`` / ``duplicate``  the store took it (detail = evidence id);
``failed``     it could not be imported (detail = the reason), and it was moved to failed/;
``moved`` / ``deleted``  the original left the inbox; handling is complete.

A record is keyed by the file's inbox-relative name (``scan.pdf``, ``failed/scan.pdf``), size
and modification time in nanoseconds, and carries the SHA-256 of the bytes (when known). The
latest record for a key says where handling of that exact file stopped: what a restart needs.

The inbox knows nothing of workspaces: ``sealdesk.services.inbox`` implements ``InboxStore``
over the workspace (the records live in its database, table ``inbox_file``).
"""

from __future__ import annotations

from collections.abc import Collection
from pathlib import Path
from typing import Protocol

from sealdesk.domain.assessment import EvidenceAdded

IMPORTING = "importing"
IMPORTED = "imported"
DUPLICATE = "duplicate"
FAILED = "failed"
MOVED = "moved"
DELETED = "deleted"
DISCARDED = "discarded"  # the clerk discarded the scan: key discarded/<name>, detail = its name
RESTORED = "restored"  # ... and brought it back (detail = the new evidence id)
OUTCOMES = (IMPORTING, IMPORTED, DUPLICATE, FAILED, MOVED, DELETED, DISCARDED, RESTORED)


class InboxStore(Protocol):
    """What the inbox needs from the place evidence is kept. Called from the watcher's thread.

    ``add`` stores a file as evidence with the given source (``inbox:<name>``) and says whether
    the bytes were already there; it raises ``InputError`` for a file it refuses. ``outcome`` and
    ``record`` are the inbox's memory (above); ``benchmark_codes`` are the current round's
    benchmark codes, for suggestions.
    """

    def add(self, path: Path, source: str) -> EvidenceAdded: ...

    def outcome(self, name: str, size: int, mtime_ns: int) -> str | None: ...

    def record(
        self,
        name: str,
        size: int,
        mtime_ns: int,
        outcome: str,
        sha256: str | None = None,
        detail: str = "",
    ) -> None: ...

    def benchmark_codes(self) -> Collection[str]: ...
