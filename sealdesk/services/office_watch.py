"""The office's intake folder, watched with the scanner inbox's machinery (settle, junk,
once-only, polling on network shares, one taker per folder): each settled file is received as
a bundle (services/office_intake.py). A refused file goes to the folder's failed/ with the
clerk's sentence beside it (its copy stays in the workspace's quarantine); a file that could
not be taken for a passing reason (a full disk) stays and is tried again."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sealdesk.domain.city import IntakeOutcome, IntakeResult
from sealdesk.errors import InputError, SealDeskError
from sealdesk.inbox import InboxWatcher, ScanReport, WatchConfig
from sealdesk.inbox import scan_once as _scan_once
from sealdesk.services.inbox import WorkspaceInboxStore
from sealdesk.services.office import require_office
from sealdesk.services.office_intake import M_DISK_FULL, receive_bundles
from sealdesk.services.workspace import Workspace


@dataclass(frozen=True)
class _Taken:
    """What the inbox importer expects back from ``add``: ``evidence`` (with an id), and
    whether it was a duplicate."""

    evidence: IntakeResult
    duplicate: bool


class _Refused(InputError):
    """The bundle was quarantined: the importer moves it to failed/ with this sentence."""

    context = "Office"


class _TryLater(SealDeskError):
    context = "Office"


class OfficeIntakeStore(WorkspaceInboxStore):
    """``sealdesk.inbox.InboxStore`` over an office workspace: the inbox's memory is the
    workspace's as for scans; what is taken is a bundle. Called on the watcher's thread."""

    def __init__(self, ws: Workspace) -> None:
        require_office(ws)
        super().__init__(ws)
        self.results: list[IntakeResult] = []

    def add(self, path: Path, source: str) -> _Taken:  # type: ignore[override]
        results = receive_bundles(self.ws, [path])
        self.results.extend(results)
        # a part of a bundle (issue 16) may also bring the set's sentence, or the bundle's
        result = next((r for r in results if r.outcome.refused), results[-1])
        if result.outcome is IntakeOutcome.FAILED and result.message == M_DISK_FULL:
            raise _TryLater(result.message, **result.params)
        if result.outcome.refused:
            raise _Refused(result.message, **result.params)
        return _Taken(result, result.outcome is IntakeOutcome.DUPLICATE)

    def benchmark_codes(self) -> Collection[str]:
        return frozenset()  # bundles are not filed under benchmarks


def office_watch_config(**settings: Any) -> WatchConfig:
    """Received bundles are moved to imported/ (never deleted: the workspace keeps a copy)."""
    return WatchConfig(**settings)


def make_office_watcher(
    ws: Workspace, folder: Path, config: WatchConfig | None = None, **options: Any
) -> tuple[InboxWatcher, OfficeIntakeStore]:
    store = OfficeIntakeStore(ws)
    return InboxWatcher(store, folder, config or office_watch_config(), **options), store


def scan_office_folder(
    ws: Workspace, folder: Path, config: WatchConfig | None = None, **options: Any
) -> tuple[ScanReport, tuple[IntakeResult, ...]]:
    """Takes what is in the intake folder now, once settled (``office intake watch --once``)."""
    store = OfficeIntakeStore(ws)
    report = _scan_once(store, folder, config or office_watch_config(), **options)
    return report, tuple(store.results)
