"""Settle timing of the watcher against a fake clock: no test here waits in real time.

The watcher is driven by hand (``open`` / ``step`` / ``close``, what its thread runs) with a
``FakeClock``; the files, the workspace and the import are real. Only the OS edge is played by
the test: an inotify observer whose events are the ones the test emits, as Linux would report
the writes the test really makes. Real inotify and polling smoke tests are in
test_inbox_watcher.py.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from inbox_helpers import Collector, FakeClock, watcher_for
from watchdog.events import (
    FileClosedEvent,
    FileCreatedEvent,
    FileDeletedEvent,
    FileModifiedEvent,
    FileMovedEvent,
    FileSystemEvent,
)

from sealdesk.inbox import WatchConfig
from sealdesk.services.inbox import scan_once

inotify = pytest.importorskip("watchdog.observers.inotify", reason="close events: inotify only")

TICK = 0.05  # fake seconds between two turns of the watcher loop


class HandDrivenInotify(inotify.InotifyObserver):
    """Linux's inotify observer with the kernel replaced by the test: it reports exactly the
    events the test emits, synchronously."""

    def __init__(self) -> None:
        super().__init__()
        self.handlers: list[Any] = []

    def schedule(self, event_handler: Any, path: str, **_options: Any) -> Any:  # type: ignore[override]
        self.handlers.append(event_handler)

    def start(self) -> None:
        pass

    def stop(self) -> None:
        pass

    def join(self, timeout: float | None = None) -> None:
        pass

    def emit(self, event: FileSystemEvent) -> None:
        for handler in self.handlers:
            handler.dispatch(event)


def pdf(n: int, size: int = 2000) -> bytes:
    body = hashlib.sha256(str(n).encode()).digest() * (size // 32 + 1)
    return b"%PDF-1.4\n" + body[:size]


class Rig:
    """A hand-driven watcher on the inbox, its fake clock, its observer and what it reported."""

    def __init__(self, ws: Any, inbox: Path, **options: Any) -> None:
        self.clock = FakeClock()
        self.observer = HandDrivenInotify()
        self.seen = Collector()
        self.taken_at: list[float] = []
        options.setdefault("probe_timeout", 600.0)
        options.setdefault("sweep_interval", 600.0)
        options.setdefault("failed_recheck", 600.0)

        def imported(result: Any) -> None:
            self.taken_at.append(self.clock.now)
            self.seen.on_imported(result)

        self.watcher = watcher_for(
            ws,
            inbox,
            clock=self.clock,
            sleep=self.clock.sleep,
            observer_factory=lambda: self.observer,
            on_imported=imported,
            on_failed=self.seen.on_failed,
            on_status=self.seen.on_status,
            **options,
        )
        self.watcher.open()
        assert self.watcher.mode == "events"

    def emit(self, event: FileSystemEvent) -> None:
        self.observer.emit(event)

    def run_until(self, t: float) -> None:
        """Turns the loop every TICK fake seconds until fake time ``t``."""
        while self.clock.now < t:
            self.watcher.step()
            self.clock.advance(TICK)
        self.watcher.step()


@pytest.fixture
def rig(ws: Any, inbox: Path) -> Iterator[Any]:
    made: list[Rig] = []

    def make(**options: Any) -> Rig:
        made.append(Rig(ws, inbox, **options))
        return made[-1]

    yield make
    for r in made:
        r.watcher.close()


def append(rig: Rig, path: Path, data: bytes) -> None:
    """A writer opening the file, appending and closing it again, as inotify reports it."""
    created = not path.exists()
    with open(path, "ab") as f:
        f.write(data)
    if created:
        rig.emit(FileCreatedEvent(str(path)))
    rig.emit(FileModifiedEvent(str(path)))
    rig.emit(FileClosedEvent(str(path)))


class OpenWriter:
    """A writer that keeps the file open, flushing chunk by chunk, until it closes it."""

    def __init__(self, rig: Rig, path: Path) -> None:
        self.rig, self.path = rig, path
        self.handle = open(path, "wb")
        rig.emit(FileCreatedEvent(str(path)))

    def write(self, chunk: bytes) -> None:
        self.handle.write(chunk)
        self.handle.flush()
        os.fsync(self.handle.fileno())
        self.rig.emit(FileModifiedEvent(str(self.path)))

    def close(self) -> None:
        self.handle.close()
        self.rig.emit(FileClosedEvent(str(self.path)))


def test_taken_only_after_the_quiet_period(ws, inbox, rig) -> None:
    r = rig(quiet=1.0)
    path = inbox / "a.pdf"
    append(r, path, pdf(1))
    r.run_until(0.95)
    assert r.seen.imported == []
    r.run_until(1.5)
    assert r.seen.names() == ["a.pdf"]
    assert r.taken_at[0] >= 1.0
    [evidence] = ws.evidence_list()
    assert ws.blob_path(evidence.sha256).read_bytes() == pdf(1)


def test_slow_writer_reopening_between_chunks(ws, inbox, rig) -> None:
    """Chunks appended with open/close each time; pauses longer than an event, shorter than
    the quiet period: every intermediate close is seen, none is taken as the end."""
    r = rig(quiet=1.0)
    path = inbox / "slow.pdf"
    chunks = [pdf(i, 5000) for i in range(8)]
    for i, chunk in enumerate(chunks):
        r.clock.at(0.25 * i, lambda chunk=chunk: append(r, path, chunk))
    r.run_until(2.7)
    assert r.seen.imported == []  # the last chunk came at 1.75: not quiet for 1 s yet
    r.run_until(4.0)
    assert len(r.seen.imported) == 1
    r.run_until(8.0)  # anything taken early would have shown up as a second import by now
    assert len(r.seen.imported) == 1
    assert r.taken_at[0] >= 1.75 + 1.0
    [evidence] = ws.evidence_list()
    assert ws.blob_path(evidence.sha256).read_bytes() == b"".join(chunks)


def test_slow_writer_keeping_the_file_open(ws, inbox, rig) -> None:
    """One open file, flushed chunk by chunk, pauses shorter than the quiet period."""
    r = rig(quiet=1.0)
    path = inbox / "open.pdf"
    chunks = [pdf(i, 5000) for i in range(8)]
    writer = OpenWriter(r, path)
    for i, chunk in enumerate(chunks):
        r.clock.at(0.25 * i, lambda chunk=chunk: writer.write(chunk))
    r.clock.at(2.0, writer.close)
    r.run_until(2.7)
    assert r.seen.imported == []
    r.run_until(4.0)
    assert len(r.seen.imported) == 1
    r.run_until(8.0)
    assert len(r.seen.imported) == 1
    [evidence] = ws.evidence_list()
    assert ws.blob_path(evidence.sha256).read_bytes() == b"".join(chunks)


def test_open_writer_pausing_longer_than_quiet_is_held_until_close(ws, inbox, rig) -> None:
    """The writer's close (IN_CLOSE_WRITE) is awaited: a writer that keeps the file open and
    pauses for several quiet periods is still not taken early."""
    r = rig(quiet=0.2)
    path = inbox / "held.pdf"
    chunks = [pdf(i, 3000) for i in range(3)]
    writer = OpenWriter(r, path)
    for i, chunk in enumerate(chunks):
        r.clock.at(0.8 * i, lambda chunk=chunk: writer.write(chunk))  # four quiet periods apart
    r.run_until(5.0)  # paused for 25 quiet periods since the last chunk, file still open
    assert not r.seen.imported
    writer.close()
    r.run_until(6.0)
    assert len(r.seen.imported) == 1
    [evidence] = ws.evidence_list()
    assert ws.blob_path(evidence.sha256).read_bytes() == b"".join(chunks)


def test_rename_into_place(ws, inbox, rig) -> None:
    r = rig(quiet=5.0)  # the rename itself is the completion signal
    data = pdf(7, 50_000)
    part = inbox / "scan.pdf.part"
    with open(part, "wb") as f:
        f.write(data[:10_000])
        f.flush()
        f.write(data[10_000:])
    r.emit(FileCreatedEvent(str(part)))  # junk name: ignored
    r.emit(FileClosedEvent(str(part)))
    r.run_until(1.0)
    assert r.seen.imported == []
    os.replace(part, inbox / "scan.pdf")
    r.emit(FileMovedEvent(str(part), str(inbox / "scan.pdf")))
    r.run_until(1.15)
    assert r.seen.imported == []  # the rename grace (0.2 s) first
    r.run_until(1.5)
    [result] = r.seen.imported
    assert r.taken_at[0] - 1.0 < 5.0  # sooner than the quiet period
    assert result.name == "scan.pdf"
    [evidence] = ws.evidence_list()
    assert ws.blob_path(evidence.sha256).read_bytes() == data


def test_a_file_deleted_before_it_settles(ws, inbox, rig) -> None:
    r = rig(quiet=0.5)
    doomed = inbox / "doomed.pdf"
    kept = inbox / "kept.pdf"
    append(r, doomed, pdf(1))

    def delete_and_write() -> None:
        doomed.unlink()
        r.emit(FileDeletedEvent(str(doomed)))
        append(r, kept, pdf(2))

    r.clock.at(0.1, delete_and_write)
    r.run_until(1.0)
    assert r.seen.names() == ["kept.pdf"]
    r.run_until(3.0)
    assert r.seen.names() == ["kept.pdf"]
    assert not r.seen.failed
    assert [e.original_name for e in ws.evidence_list()] == ["kept.pdf"]


def test_scan_once_waits_out_a_slow_writer_without_events(ws, inbox) -> None:
    """Where no close events arrive (polling, ``--once``), size and mtime alone decide: a file
    still growing is not taken until it has been quiet for the whole period."""
    clock = FakeClock()
    path = inbox / "slow.pdf"
    chunks = [pdf(i, 5000) for i in range(8)]
    taken_at: list[float] = []

    def append_chunk(chunk: bytes) -> None:
        with open(path, "ab") as f:
            f.write(chunk)

    for i, chunk in enumerate(chunks):
        clock.at(0.25 * (i + 1), lambda chunk=chunk: append_chunk(chunk))
    path.write_bytes(b"%PDF")
    report = scan_once(
        ws,
        inbox,
        WatchConfig(quiet=1.0),
        clock=clock,
        sleep=clock.sleep,
        on_imported=lambda _r: taken_at.append(clock.now),
    )
    assert [r.name for r in report.imported] == ["slow.pdf"]
    assert report.waiting == [] and report.failed == []
    assert taken_at[0] >= 2.0 + 1.0  # the last chunk came at 2.0
    [evidence] = ws.evidence_list()
    assert ws.blob_path(evidence.sha256).read_bytes() == b"%PDF" + b"".join(chunks)
