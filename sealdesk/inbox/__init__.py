"""The watched scanner inbox: takes settled files from a folder into the workspace, once.

Public API (no Qt): ``InboxWatcher`` (the live watcher thread), ``scan_once`` (``--once``),
``waiting_to_be_filed`` (the Inbox panel's list), ``ImportResult`` / ``InboxItem`` (what they
hand out). See docs/inbox.md.
"""

from sealdesk.inbox.importer import (
    ImportResult,
    InboxError,
    InboxItem,
    inbox_name,
    waiting_to_be_filed,
)
from sealdesk.inbox.rules import is_junk, is_junk_name, suggest_benchmark
from sealdesk.inbox.settle import SettleConfig
from sealdesk.inbox.watcher import DEFAULT_QUIET, InboxWatcher, ScanReport, scan_once

__all__ = [
    "DEFAULT_QUIET",
    "ImportResult",
    "InboxError",
    "InboxItem",
    "InboxWatcher",
    "ScanReport",
    "SettleConfig",
    "inbox_name",
    "is_junk",
    "is_junk_name",
    "scan_once",
    "suggest_benchmark",
    "waiting_to_be_filed",
]
