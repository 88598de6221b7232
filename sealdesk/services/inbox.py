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
from typing import TYPE_CHECKING, Any

from sealdesk import resources
from sealdesk.domain.assessment import EvidenceAdded
from sealdesk.errors import QT_TRANSLATE_NOOP, InputError
from sealdesk.inbox import (
    DEFAULT_QUIET,
    DISCARDED_DIR,
    DiscardedScan,
    ImportResult,
    InboxItem,
    WatchConfig,
    discarded_path,
    discarded_scans,
    inbox_name,
    put_aside,
)
from sealdesk.inbox import waiting_to_be_filed as _waiting
from sealdesk.inbox.importer import SOURCE_PREFIX
from sealdesk.inbox.state import DISCARDED, RESTORED
from sealdesk.services.workspace import Workspace

if TYPE_CHECKING:
    from sealdesk.inbox import InboxWatcher, ScanReport

__all__ = [
    "DEFAULT_QUIET",
    "DiscardedScan",
    "ImportResult",
    "InboxItem",
    "InboxWatcher",
    "ScanReport",
    "WatchConfig",
    "WorkspaceInboxStore",
    "chosen_folder",
    "default_inbox_folder",
    "delete_after_import",
    "discard",
    "discarded",
    "file_many",
    "file_under",
    "inbox_folder",
    "make_watcher",
    "restore",
    "scan_once",
    "set_folder",
    "waiting_to_be_filed",
    "watch_config",
]


def __getattr__(name: str) -> Any:
    """InboxWatcher and ScanReport, re-exported, from the watcher only when asked for."""
    if name in ("InboxWatcher", "ScanReport"):
        from sealdesk.inbox import watcher

        return getattr(watcher, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


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


def file_many(
    ws: Workspace, evidence_ids: Sequence[int], codes: Sequence[str], round_be: int | None = None
) -> None:
    """Files several inbox documents under the same benchmarks."""
    if not codes:
        raise InputError(
            QT_TRANSLATE_NOOP("Errors", "Choose at least one benchmark to file under.")
        )
    for evidence_id in evidence_ids:
        file_under(ws, evidence_id, codes, round_be)


# -- discarding and restoring -----------------------------------------------------------------


def discard(ws: Workspace, evidence_id: int) -> Path:
    """Discards an inbox document: its bytes go to ``<inbox folder>/discarded/`` (recoverable
    with ``restore``), its evidence record is removed (audited; refused while it supports a
    benchmark in any round) and the move is recorded in the inbox's memory. Returns the copy."""
    item = ws.get_evidence(evidence_id)
    name = inbox_name(item)
    if name is None:
        raise InputError(
            QT_TRANSLATE_NOOP("Errors", "{name} did not come through the scanner inbox."),
            name=item.original_name,
        )
    if ws.read_only:  # before anything is copied
        raise ws.why_read_only
    copy = put_aside(inbox_folder(ws), name, ws.blob_path(item.sha256))
    try:
        ws.remove_evidence(evidence_id)
    except BaseException:
        copy.unlink(missing_ok=True)
        raise
    stat = copy.stat()
    ws.inbox_record(
        f"{DISCARDED_DIR}/{copy.name}",
        stat.st_size,
        stat.st_mtime_ns,
        DISCARDED,
        item.sha256,
        name,
    )
    return copy


def discarded(ws: Workspace) -> list[DiscardedScan]:
    """The scans in the inbox's discarded folder, most recently discarded first."""
    return discarded_scans(inbox_folder(ws))


def restore(ws: Workspace, name: str) -> EvidenceAdded:
    """Brings a discarded scan back: it is stored again as an inbox document (waiting to be
    filed), the restore is recorded and the copy leaves the discarded folder."""
    path = discarded_path(inbox_folder(ws), name)
    stat = path.stat()
    added = ws.add_evidence(path, source=f"{SOURCE_PREFIX}{path.name}")
    path.unlink(missing_ok=True)  # before the record announces it: views re-read the folder
    ws.inbox_record(
        f"{DISCARDED_DIR}/{path.name}",
        stat.st_size,
        stat.st_mtime_ns,
        RESTORED,
        added.evidence.sha256,
        str(added.evidence.id),
    )
    return added


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
    from sealdesk.inbox.watcher import InboxWatcher  # watchdog, filelock: only to watch

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
    from sealdesk.inbox.watcher import scan_once as _scan_once

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
