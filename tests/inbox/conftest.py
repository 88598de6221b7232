"""Fixtures for the inbox tests: a real workspace, a real folder, and a real observer."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from inbox_helpers import QUIET, Collector, wait_until, watcher_for

from sealdesk.inbox import InboxWatcher
from sealdesk.services.workspace import Workspace


@pytest.fixture
def ws(tmp_path: Path) -> Iterator[Workspace]:
    workspace = Workspace.create(tmp_path / "ws", district_code="1001", round_be=2569)
    yield workspace
    workspace.close()


@pytest.fixture
def inbox(tmp_path: Path) -> Path:
    folder = tmp_path / "SealDesk Inbox"
    folder.mkdir()
    return folder


@pytest.fixture
def collector() -> Collector:
    return Collector()


@pytest.fixture
def make_watcher(ws: Workspace, inbox: Path, collector: Collector) -> Iterator[Any]:
    """Builds started watchers on the inbox; every one is stopped at the end of the test."""
    made: list[InboxWatcher] = []

    def make(**options: Any) -> InboxWatcher:
        options.setdefault("quiet", QUIET)
        for key, value in collector.callbacks().items():
            options.setdefault(key, value)
        watcher = watcher_for(options.pop("workspace", ws), inbox, **options)
        made.append(watcher)
        watcher.start()
        wait_until(lambda: watcher.mode in ("events", "polling"), what="the watcher to start")
        if watcher.mode == "events" and watcher.config.probe_timeout <= 10:
            wait_until(lambda: not watcher.probing, what="the start-up probe")
        return watcher

    yield make
    for watcher in made:
        watcher.stop()
        assert not watcher.is_alive()
