"""The watched scanner inbox: takes settled files from a folder into a store, once.

A format library: it knows nothing of workspaces. What it needs from wherever evidence is kept
is the ``InboxStore`` protocol, which ``sealdesk.services.inbox`` implements over the workspace
(front ends use that service, never this package).

Public API (no Qt): ``InboxWatcher`` (the live watcher thread) with its ``WatchConfig``,
``scan_once`` (``--once``), ``waiting_to_be_filed`` (from a round's evidence and benchmark
codes), ``ImportResult`` / ``InboxItem`` (what they hand out), the discarded folder
(``put_aside``, ``discarded_scans``, ``discarded_path``). See docs/inbox.md.
"""

from typing import TYPE_CHECKING, Any

from sealdesk.inbox.config import DEFAULT_QUIET, WatchConfig
from sealdesk.inbox.discard import (
    DISCARDED_DIR,
    DiscardedScan,
    discarded_path,
    discarded_scans,
    put_aside,
)
from sealdesk.inbox.importer import (
    ImportResult,
    InboxError,
    InboxItem,
    inbox_name,
    waiting_to_be_filed,
)
from sealdesk.inbox.rules import is_junk, is_junk_name, suggest_benchmark
from sealdesk.inbox.settle import SettleConfig
from sealdesk.inbox.state import InboxStore

if TYPE_CHECKING:
    from sealdesk.inbox.watcher import InboxWatcher, ScanReport, scan_once

WATCHER_NAMES = frozenset({"InboxWatcher", "ScanReport", "scan_once"})
"""Loaded from sealdesk.inbox.watcher on first use (PEP 562): the watcher brings watchdog and
filelock, which the desktop app's start (the list of files waiting to be filed) and the
read-only commands never need."""


def __getattr__(name: str) -> Any:
    if name in WATCHER_NAMES:
        from sealdesk.inbox import watcher

        return getattr(watcher, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "DEFAULT_QUIET",
    "DISCARDED_DIR",
    "DiscardedScan",
    "ImportResult",
    "InboxError",
    "InboxItem",
    "InboxStore",
    "InboxWatcher",
    "ScanReport",
    "SettleConfig",
    "WatchConfig",
    "discarded_path",
    "discarded_scans",
    "inbox_name",
    "is_junk",
    "is_junk_name",
    "put_aside",
    "scan_once",
    "suggest_benchmark",
    "waiting_to_be_filed",
]
