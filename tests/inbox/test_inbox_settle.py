"""The settle rules on their own, with a hand-driven clock (no threads, real stat results)."""

from __future__ import annotations

import os
from pathlib import Path

from sealdesk.inbox.settle import Kind, SettleConfig, Settler, Verdict

CFG = SettleConfig(quiet=2.0, rename_grace=0.2, open_timeout=60.0, empty_timeout=30.0)


def write(path: Path, data: bytes, mtime_ns: int) -> os.stat_result:
    path.write_bytes(data)
    os.utime(path, ns=(mtime_ns, mtime_ns))
    return os.stat(path)


def test_taken_only_after_a_quiet_period(tmp_path: Path) -> None:
    s = Settler(CFG)
    p = tmp_path / "a.pdf"
    st = write(p, b"abc", 1_000)
    s.note(p, Kind.CREATED, 0.0)
    c = s.candidates[p]
    assert s.evaluate(c, st, 0.1) is Verdict.WAIT
    assert c.next_check == 2.0
    assert s.evaluate(c, st, 1.9) is Verdict.WAIT
    assert s.evaluate(c, st, 2.0) is Verdict.TAKE


def test_growth_restarts_the_quiet_period(tmp_path: Path) -> None:
    s = Settler(CFG)
    p = tmp_path / "a.pdf"
    s.note(p, Kind.FOUND, 0.0, origin="scan")
    c = s.candidates[p]
    assert s.evaluate(c, write(p, b"a", 1_000), 0.0) is Verdict.WAIT
    # Grew by the time of the next look: not taken, wait a full quiet period from now.
    assert s.evaluate(c, write(p, b"ab", 2_000), 2.0) is Verdict.WAIT
    assert c.next_check == 4.0
    st = os.stat(p)
    assert s.evaluate(c, st, 3.9) is Verdict.WAIT
    assert s.evaluate(c, st, 4.0) is Verdict.TAKE


def test_same_size_new_mtime_counts_as_a_change(tmp_path: Path) -> None:
    s = Settler(CFG)
    p = tmp_path / "a.pdf"
    s.note(p, Kind.FOUND, 0.0, origin="scan")
    c = s.candidates[p]
    s.evaluate(c, write(p, b"aaa", 1_000), 0.0)
    assert s.evaluate(c, write(p, b"bbb", 5_000), 2.5) is Verdict.WAIT


def test_a_close_does_not_shorten_the_quiet_period(tmp_path: Path) -> None:
    s = Settler(CFG, close_events=True)
    p = tmp_path / "a.pdf"
    st = write(p, b"chunk1", 1_000)
    s.note(p, Kind.CREATED, 0.0)
    s.note(p, Kind.MODIFIED, 0.0)
    s.note(p, Kind.CLOSED, 0.01)
    c = s.candidates[p]
    assert s.evaluate(c, st, 0.5) is Verdict.WAIT  # an intermediate close is not enough
    s.note(p, Kind.MODIFIED, 1.0)  # the writer reopened and appended
    st = write(p, b"chunk1chunk2", 2_000)
    s.note(p, Kind.CLOSED, 1.0)
    assert s.evaluate(c, st, 2.5) is Verdict.WAIT
    assert s.evaluate(c, st, 3.0) is Verdict.TAKE


def test_open_writer_is_held_until_its_close(tmp_path: Path) -> None:
    s = Settler(CFG, close_events=True)
    p = tmp_path / "a.pdf"
    st = write(p, b"part", 1_000)
    s.note(p, Kind.CREATED, 0.0)
    s.note(p, Kind.MODIFIED, 0.0)
    c = s.candidates[p]
    # Quiet for 10 s but the writer never closed the file: still waiting.
    assert s.evaluate(c, st, 10.0) is Verdict.WAIT
    s.note(p, Kind.CLOSED, 10.5)
    assert s.evaluate(c, st, 10.6) is Verdict.TAKE


def test_open_writer_gives_up_waiting_after_open_timeout(tmp_path: Path) -> None:
    s = Settler(CFG, close_events=True)
    p = tmp_path / "a.pdf"
    st = write(p, b"part", 1_000)
    s.note(p, Kind.MODIFIED, 0.0)
    c = s.candidates[p]
    assert s.evaluate(c, st, 59.0) is Verdict.WAIT
    assert s.evaluate(c, st, 60.0) is Verdict.TAKE


def test_without_close_events_quiet_alone_decides(tmp_path: Path) -> None:
    s = Settler(CFG, close_events=False)
    p = tmp_path / "a.pdf"
    st = write(p, b"part", 1_000)
    s.note(p, Kind.MODIFIED, 0.0)
    assert s.evaluate(s.candidates[p], st, 2.0) is Verdict.TAKE


def test_rename_into_place_needs_only_the_grace(tmp_path: Path) -> None:
    s = Settler(CFG, close_events=True)
    p = tmp_path / "a.pdf"
    st = write(p, b"complete", 1_000)
    s.note(p, Kind.MOVED_IN, 0.0)
    c = s.candidates[p]
    assert s.evaluate(c, st, 0.1) is Verdict.WAIT
    assert s.evaluate(c, st, 0.2) is Verdict.TAKE


def test_renamed_file_that_changes_again_waits_the_full_period(tmp_path: Path) -> None:
    s = Settler(CFG)
    p = tmp_path / "a.pdf"
    s.note(p, Kind.MOVED_IN, 0.0)
    c = s.candidates[p]
    s.evaluate(c, write(p, b"complete", 1_000), 0.05)
    st = write(p, b"complete+more", 2_000)
    assert s.evaluate(c, st, 0.3) is Verdict.WAIT
    assert s.evaluate(c, st, 2.3) is Verdict.TAKE


def test_empty_file_waits_for_its_bytes(tmp_path: Path) -> None:
    s = Settler(CFG)
    p = tmp_path / "a.pdf"
    st = write(p, b"", 1_000)
    s.note(p, Kind.CREATED, 0.0)
    c = s.candidates[p]
    assert s.evaluate(c, st, 5.0) is Verdict.WAIT
    assert s.evaluate(c, st, 30.0) is Verdict.TAKE


def test_gone_and_due_order(tmp_path: Path) -> None:
    s = Settler(CFG)
    a, b = tmp_path / "a.pdf", tmp_path / "b.pdf"
    s.note(b, Kind.CREATED, 0.0)
    s.note(a, Kind.CREATED, 0.5)
    assert [c.path for c in s.due(1.0)] == [b, a]  # first seen first
    assert s.evaluate(s.candidates[a], None, 1.0) is Verdict.GONE
    assert a not in s
    s.note(b, Kind.GONE, 1.0)
    assert len(s) == 0
