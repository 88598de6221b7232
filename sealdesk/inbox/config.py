"""How a watcher behaves: one frozen value instead of a long list of constructor arguments."""

from __future__ import annotations

from dataclasses import dataclass

from sealdesk.inbox.settle import SettleConfig

DEFAULT_QUIET = 2.0
"""Seconds a file's size and modification time must stay unchanged before it is taken."""


@dataclass(frozen=True, slots=True)
class WatchConfig:
    """Settings of one inbox watcher (``InboxWatcher``, ``scan_once``).

    ``quiet``: seconds of unchanged size and mtime before a file is taken; ``settle``: the full
    settle rules when more than ``quiet`` is to be set (default: ``quiet`` with a rename grace
    of at most 0.2 s); ``poll``: poll from the start instead of using file-system events;
    ``poll_interval``: seconds between polls; ``sweep_interval``: seconds between full re-reads
    of the folder even when events arrive (a safety net for lost events); ``failed_recheck``:
    seconds between looks at failed/ for changed files; ``probe_timeout``: seconds to wait for
    the start-up probe file's event before deciding that events do not arrive;
    ``delete_after_import``: delete originals instead of moving them to imported/.
    """

    quiet: float = DEFAULT_QUIET
    settle: SettleConfig | None = None
    poll: bool = False
    poll_interval: float = 1.0
    sweep_interval: float = 30.0
    failed_recheck: float = 5.0
    probe_timeout: float = 3.0
    delete_after_import: bool = False

    @property
    def settle_rules(self) -> SettleConfig:
        if self.settle is not None:
            return self.settle
        return SettleConfig(quiet=self.quiet, rename_grace=min(0.2, self.quiet))


DEFAULT_WATCH = WatchConfig()
