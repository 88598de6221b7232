"""The scanner inbox as a use case: the one door for the inbox's settings, the list of what is
waiting to be filed, filing, and watching or scanning a workspace's inbox folder.

``sealdesk.inbox`` is the format library (settle rules, the watcher loop) and knows nothing of
workspaces; ``WorkspaceInboxStore`` gives it what it needs from one, over the Workspace facade.
The UI and the CLI call only this module.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Collection, Sequence
from pathlib import Path
from typing import Any

from sealdesk import resources
from sealdesk.domain.assessment import EvidenceAdded
from sealdesk.inbox import (
    DEFAULT_QUIET,
    ImportResult,
    InboxItem,
    InboxWatcher,
    ScanReport,
    WatchConfig,
)
from sealdesk.inbox import scan_once as _scan_once
from sealdesk.inbox import waiting_to_be_filed as _waiting
from sealdesk.services.workspace import Workspace

__all__ = [
    "DEFAULT_QUIET",
    "ImportResult",
    "InboxItem",
    "InboxWatcher",
    "ScanReport",
    "WatchConfig",
    "WorkspaceInboxStore",
    "chosen_folder",
    "default_inbox_folder",
    "delete_after_import",
    "file_under",
    "inbox_folder",
    "make_watcher",
    "scan_once",
    "set_folder",
    "waiting_to_be_filed",
    "watch_config",
]

SETTING_FOLDER = "inbox.folder"
SETTING_AFTER_IMPORT = "inbox.after_import"  # "move" (to imported/, the default) or "delete"


# -- settings ---------------------------------------------------------------------------------


def default_inbox_folder() -> Path:
    """ "SealDesk Inbox" in the user's documents folder."""
    return resources.default_inbox_dir()


def chosen_folder(ws: Workspace) -> Path | None:
    """The inbox folder the workspace's setting names, or None when none was chosen."""
    value = ws.get_setting(SETTING_FOLDER)
    return Path(value) if value else None


def inbox_folder(ws: Workspace) -> Path:
    """The workspace's inbox folder setting, or the default."""
    chosen = chosen_folder(ws)
    return chosen.expanduser() if chosen is not None else default_inbox_folder()


def delete_after_import(ws: Workspace) -> bool:
    """Whether originals are deleted once imported (else moved to imported/)."""
    return (ws.get_setting(SETTING_AFTER_IMPORT) or "move") == "delete"


def set_folder(ws: Workspace, folder: Path, after_import: str | None = None) -> None:
    """Chooses the inbox folder; ``after_import`` ("move" or "delete") when given."""
    ws.set_setting(SETTING_FOLDER, str(folder))
    if after_import is not None:
        ws.set_setting(SETTING_AFTER_IMPORT, after_import)


# -- listing and filing -----------------------------------------------------------------------


def waiting_to_be_filed(ws: Workspace, round_be: int | None = None) -> list[InboxItem]:
    """Evidence that came through the inbox and has no benchmark link in the round yet, oldest
    first, each with the benchmark its file name suggests (see sealdesk.inbox)."""
    return _waiting(ws.evidence_list(round_be), _benchmark_codes(ws, round_be))


def file_under(
    ws: Workspace, evidence_id: int, codes: Sequence[str], round_be: int | None = None
) -> None:
    """Files one inbox document under benchmarks of the round (each link is announced by
    ws.link_evidence)."""
    for code in codes:
        ws.link_evidence(evidence_id, code, round_be)


# -- watching ---------------------------------------------------------------------------------


def watch_config(ws: Workspace, **settings: Any) -> WatchConfig:
    """The watcher settings for the workspace (delete-after-import from its setting), with
    ``settings`` (any WatchConfig field) overriding."""
    settings.setdefault("delete_after_import", delete_after_import(ws))
    return dataclasses.replace(WatchConfig(), **settings)


def make_watcher(
    ws: Workspace,
    folder: Path | None = None,
    config: WatchConfig | None = None,
    **options: Any,
) -> InboxWatcher:
    """A watcher (not started) taking files from ``folder`` (default: the workspace's inbox
    folder) into the workspace. ``options`` are InboxWatcher's keyword arguments (callbacks,
    translate, observer_factory, clock, sleep); callbacks run on the watcher's thread."""
    folder = folder if folder is not None else inbox_folder(ws)
    return InboxWatcher(WorkspaceInboxStore(ws), folder, config or watch_config(ws), **options)


def scan_once(
    ws: Workspace,
    folder: Path | None = None,
    config: WatchConfig | None = None,
    *,
    timeout: float | None = None,
    **options: Any,
) -> ScanReport:
    """Takes what is in the inbox folder now, once settled (``inbox watch --once``); raises
    InboxError when another SealDesk is taking files from that folder."""
    folder = folder if folder is not None else inbox_folder(ws)
    return _scan_once(
        WorkspaceInboxStore(ws), folder, config or watch_config(ws), timeout=timeout, **options
    )


class WorkspaceInboxStore:
    """``sealdesk.inbox.InboxStore`` over a workspace: evidence goes in with ws.add_evidence,
    the inbox's memory is ws.inbox_outcome / ws.inbox_record, suggestions come from the current
    round's catalog. Called on the watcher's thread."""

    def __init__(self, ws: Workspace) -> None:
        self.ws = ws

    def add(self, path: Path, source: str) -> EvidenceAdded:
        return self.ws.add_evidence(path, source=source)

    def outcome(self, name: str, size: int, mtime_ns: int) -> str | None:
        return self.ws.inbox_outcome(name, size, mtime_ns)

    def record(
        self,
        name: str,
        size: int,
        mtime_ns: int,
        outcome: str,
        sha256: str | None = None,
        detail: str = "",
    ) -> None:
        self.ws.inbox_record(name, size, mtime_ns, outcome, sha256, detail)

    def benchmark_codes(self) -> Collection[str]:
        return _benchmark_codes(self.ws)


def _benchmark_codes(ws: Workspace, round_be: int | None = None) -> frozenset[str]:
    return frozenset(b.code for b in ws.catalog(round_be).benchmarks())
