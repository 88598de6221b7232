"""The watcher with a real observer on a real folder, importing into a real workspace.

End to end with real inotify and real polling; the settle timing itself (quiet period, slow
writers, renames, files deleted before they settle) is tested against a fake clock in
test_inbox_clock.py, so that nothing here depends on a real sleep staying under a quiet period.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sys
import threading
import time
from pathlib import Path

import pytest
from inbox_helpers import QUIET, Collector, wait_until, watcher_for
from watchdog.observers.polling import PollingObserver

from sealdesk.inbox import InboxError, WatchConfig
from sealdesk.inbox.settle import SettleConfig
from sealdesk.services.inbox import scan_once, waiting_to_be_filed
from sealdesk.services.workspace import Workspace

linux_only = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="close events are reported by inotify only"
)


def pdf(n: int, size: int = 2000) -> bytes:
    body = hashlib.sha256(str(n).encode()).digest() * (size // 32 + 1)
    return b"%PDF-1.4\n" + body[:size]


def inbox_evidence(ws: Workspace) -> list:
    return [e for e in ws.evidence_list() if e.source.startswith("inbox:")]


def test_a_file_is_imported_moved_and_suggested(ws, inbox, collector, make_watcher) -> None:
    watcher = make_watcher()
    data = pdf(1)
    (inbox / "1.2.1 นโยบาย.pdf").write_bytes(data)
    wait_until(lambda: collector.imported, what="the import")
    result = collector.imported[0]
    assert result.name == "1.2.1 นโยบาย.pdf"
    assert result.suggested == "1.2.1"
    assert not result.duplicate
    assert result.sha256 == hashlib.sha256(data).hexdigest()
    assert result.moved_to == inbox / "imported" / "1.2.1 นโยบาย.pdf"
    assert result.moved_to.read_bytes() == data
    assert not (inbox / "1.2.1 นโยบาย.pdf").exists()
    assert collector.threads == {"sealdesk-inbox"}  # callbacks come from the watcher thread
    [evidence] = ws.evidence_list()
    assert evidence.source == "inbox:1.2.1 นโยบาย.pdf"
    assert ws.blob_path(evidence.sha256).read_bytes() == data
    assert watcher.mode == "events"
    assert watcher.counts["imported"] == 1


def test_waiting_to_be_filed_lists_unfiled_inbox_evidence(ws, inbox, collector, make_watcher):
    make_watcher()
    (inbox / "1.2.1_policy.pdf").write_bytes(pdf(1))
    (inbox / "scan0001.pdf").write_bytes(pdf(2))
    wait_until(lambda: len(collector.imported) == 2, what="two imports")
    other = inbox.parent / "typed-in.pdf"
    other.write_bytes(pdf(3))
    ws.add_evidence(other)  # not from the inbox: never listed
    items = waiting_to_be_filed(ws)
    assert [(i.name, i.suggested) for i in items] == [
        ("1.2.1_policy.pdf", "1.2.1"),
        ("scan0001.pdf", None),
    ] or [(i.name, i.suggested) for i in items] == [
        ("scan0001.pdf", None),
        ("1.2.1_policy.pdf", "1.2.1"),
    ]
    ws.link_evidence(items[0].evidence.id, "3.4.1")
    assert [i.name for i in waiting_to_be_filed(ws)] == [items[1].name]


@linux_only
def test_open_writer_pausing_longer_than_quiet_is_held_until_close(
    ws, inbox, collector, make_watcher
) -> None:
    """On Linux the writer's close (IN_CLOSE_WRITE) is awaited: a writer that keeps the file
    open and pauses for several quiet periods is still not taken early."""
    make_watcher(quiet=0.2)
    path = inbox / "held.pdf"
    chunks = [pdf(i, 3000) for i in range(3)]
    with open(path, "wb") as f:
        for chunk in chunks:
            f.write(chunk)
            f.flush()
            time.sleep(0.8)  # four quiet periods
        assert not collector.imported
    wait_until(lambda: collector.imported, what="the import after close")
    [evidence] = ws.evidence_list()
    assert ws.blob_path(evidence.sha256).read_bytes() == b"".join(chunks)


def test_junk_is_left_alone(ws, inbox, collector, make_watcher) -> None:
    make_watcher()
    junk = [
        "Thumbs.db",
        "desktop.ini",
        ".DS_Store",
        "~$draft.docx",
        "scan.tmp",
        "scan.pdf.part",
        "download.pdf.crdownload",
        ".hidden.pdf",
    ]
    for name in junk:
        (inbox / name).write_bytes(b"junk")
    (inbox / "sub").mkdir()
    (inbox / "sub" / "inner.pdf").write_bytes(pdf(1))
    os.symlink(inbox / "sub" / "inner.pdf", inbox / "link.pdf")
    (inbox / "real.pdf").write_bytes(pdf(2))
    wait_until(lambda: collector.imported, what="the real file")
    time.sleep(4 * QUIET)
    assert collector.names() == ["real.pdf"]
    assert not collector.failed
    for name in junk:
        assert (inbox / name).exists()
    assert (inbox / "sub" / "inner.pdf").exists()
    assert len(ws.evidence_list()) == 1


def test_duplicates_are_reported_not_stored_twice(ws, inbox, collector, make_watcher) -> None:
    make_watcher()
    data = pdf(3)
    (inbox / "first.pdf").write_bytes(data)
    wait_until(lambda: collector.imported, what="the first import")
    (inbox / "again.pdf").write_bytes(data)
    wait_until(lambda: len(collector.imported) == 2, what="the second file")
    first, again = collector.imported
    assert not first.duplicate and again.duplicate
    assert again.evidence.id == first.evidence.id
    assert len(ws.evidence_list()) == 1
    assert (inbox / "imported" / "again.pdf").exists()


def test_same_name_again_gets_a_fresh_name_in_imported(ws, inbox, collector, make_watcher):
    make_watcher()
    (inbox / "scan.pdf").write_bytes(pdf(1))
    wait_until(lambda: len(collector.imported) == 1)
    (inbox / "scan.pdf").write_bytes(pdf(2))
    wait_until(lambda: len(collector.imported) == 2)
    assert sorted(p.name for p in (inbox / "imported").iterdir()) == ["scan (2).pdf", "scan.pdf"]
    assert len(ws.evidence_list()) == 2


@pytest.mark.slow
def test_burst_of_500_files(ws, inbox, collector, make_watcher) -> None:
    make_watcher()
    expected = {}
    for i in range(500):
        name = f"scan{i:04d}.pdf"
        data = pdf(i, 1000)
        (inbox / name).write_bytes(data)
        expected[name] = hashlib.sha256(data).hexdigest()
    wait_until(lambda: len(collector.imported) >= 500, timeout=120, what="500 imports")
    time.sleep(3 * QUIET)
    assert collector.names() == sorted(expected)
    assert not any(r.duplicate for r in collector.imported)
    evidence = ws.evidence_list()
    assert {e.original_name: e.sha256 for e in evidence} == expected
    assert len(list((inbox / "imported").iterdir())) == 500
    assert [p.name for p in inbox.iterdir() if p.is_file() and p.name[0] != "."] == []


@pytest.mark.slow
def test_restart_in_the_middle_of_a_burst(ws, inbox, tmp_path) -> None:
    """Stop the watcher mid-burst and start a new one (on a re-opened workspace): every file
    is imported exactly once and none is lost."""
    expected = {}
    first = Collector()
    watcher = watcher_for(ws, inbox, quiet=QUIET, **first.callbacks())
    watcher.start()
    wait_until(lambda: watcher.mode == "events" and not watcher.probing)

    def writer() -> None:
        for i in range(300):
            data = pdf(i, 1000)
            (inbox / f"doc{i:04d}.pdf").write_bytes(data)
            expected[f"doc{i:04d}.pdf"] = hashlib.sha256(data).hexdigest()
            if i % 50 == 49:
                time.sleep(0.2)

    thread = threading.Thread(target=writer)
    thread.start()
    wait_until(lambda: len(first.imported) >= 40, what="some imports before the stop")
    watcher.stop()
    assert not watcher.is_alive()
    stopped_with = len(first.imported)
    thread.join()
    assert stopped_with < 300

    ws2 = Workspace.open(ws.path)
    second = Collector()
    again = watcher_for(ws2, inbox, quiet=QUIET, **second.callbacks())
    again.start()
    try:
        wait_until(lambda: stopped_with + len(second.imported) >= 300, timeout=120, what="the rest")
        time.sleep(3 * QUIET)
    finally:
        again.stop()
    names = [r.name for r in first.imported + second.imported]
    assert sorted(names) == sorted(expected)  # each once, none lost
    assert not any(r.duplicate for r in first.imported + second.imported)
    assert {e.original_name: e.sha256 for e in ws2.evidence_list()} == expected
    ws2.close()


def test_interrupted_import_is_finished_not_repeated(ws, inbox, collector, make_watcher):
    """A crash after the workspace took the file but before it left the inbox: on restart the
    file is only moved, not imported again nor reported as a duplicate."""
    path = inbox / "crash.pdf"
    path.write_bytes(pdf(9))
    s = path.stat()
    added = ws.add_evidence(path, source="inbox:crash.pdf")
    ws.inbox_record("crash.pdf", s.st_size, s.st_mtime_ns, "importing", added.evidence.sha256)
    ws.inbox_record("crash.pdf", s.st_size, s.st_mtime_ns, "imported", added.evidence.sha256)
    make_watcher()
    wait_until(lambda: (inbox / "imported" / "crash.pdf").exists(), what="the move")
    time.sleep(2 * QUIET)
    assert collector.imported == []
    assert len(ws.evidence_list()) == 1


def test_crash_between_intent_and_add_is_resumed(ws, inbox, collector, make_watcher) -> None:
    """Only the intent was recorded (the workspace may or may not have the bytes): the import
    is redone, and the workspace's duplicate answer is recognised as our own earlier try."""
    path = inbox / "resume.pdf"
    path.write_bytes(pdf(10))
    s = path.stat()
    ws.add_evidence(path, source="inbox:resume.pdf")
    ws.inbox_record("resume.pdf", s.st_size, s.st_mtime_ns, "importing")
    make_watcher()
    wait_until(lambda: collector.imported, what="the resumed import")
    assert not collector.imported[0].duplicate
    assert len(ws.evidence_list()) == 1


def test_failed_goes_to_failed_and_is_retried_when_it_changes(
    ws, inbox, collector, make_watcher
) -> None:
    settle = SettleConfig(quiet=QUIET, rename_grace=0.1, empty_timeout=0.5)
    make_watcher(settle=settle, failed_recheck=0.2)
    (inbox / "empty.pdf").write_bytes(b"")
    wait_until(lambda: collector.failed, what="the failure")
    path, reason = collector.failed[0]
    assert path == inbox / "failed" / "empty.pdf"
    assert reason == "The file is empty."
    note = inbox / "failed" / "empty.pdf.why.txt"
    assert "The file is empty." in note.read_text(encoding="utf-8")
    time.sleep(1.0)
    assert len(collector.failed) == 1  # not retried while unchanged
    data = pdf(4)
    path.write_bytes(data)  # the clerk fixes it in place
    wait_until(lambda: collector.imported, what="the retry")
    assert collector.imported[0].name == "empty.pdf"
    assert (inbox / "imported" / "empty.pdf").read_bytes() == data
    assert not path.exists() and not note.exists()


def test_a_store_problem_keeps_the_file_and_retries(ws, inbox, collector, make_watcher) -> None:
    """Not the file's fault (the store cannot write): the file stays in the inbox, the status
    says so, and it is imported once the store works again."""
    tmp = ws.blobs.root / "tmp"
    tmp.rmdir()
    tmp.write_bytes(b"")  # a file where the store's temp folder should be
    make_watcher()
    (inbox / "doc.pdf").write_bytes(pdf(5))
    wait_until(lambda: any("try again" in s for s in collector.status), what="the retry status")
    assert (inbox / "doc.pdf").exists()
    assert not collector.failed and not collector.imported
    tmp.unlink()
    tmp.mkdir()
    wait_until(lambda: collector.imported, what="the import after the store recovered")
    assert not collector.failed
    assert len(ws.evidence_list()) == 1


def test_delete_after_import(ws, inbox, collector, make_watcher) -> None:
    make_watcher(delete_after_import=True)
    (inbox / "gone.pdf").write_bytes(pdf(6))
    wait_until(lambda: collector.imported)
    assert collector.imported[0].moved_to is None
    assert not (inbox / "gone.pdf").exists()
    assert list((inbox / "imported").iterdir()) == []


def test_files_already_there_at_start(ws, inbox, collector, make_watcher) -> None:
    for i in range(5):
        (inbox / f"old{i}.pdf").write_bytes(pdf(i))
    make_watcher()
    wait_until(lambda: len(collector.imported) == 5)


def test_polling_when_asked(ws, inbox, collector, make_watcher) -> None:
    watcher = make_watcher(poll=True, poll_interval=0.2)
    assert watcher.mode == "polling"
    assert "every 0.2 s" in watcher.status
    (inbox / "polled.pdf").write_bytes(pdf(1))
    wait_until(lambda: collector.imported)


class _DeafObserver(PollingObserver):
    """An observer that hears nothing from the inbox, like inotify on a network share: it
    watches an empty folder elsewhere (the OS edge is the only thing faked)."""

    elsewhere: Path

    def schedule(self, handler, path, **kwargs):  # type: ignore[override]
        return super().schedule(handler, str(self.elsewhere), **kwargs)


def test_falls_back_to_polling_when_events_do_not_arrive(
    ws, inbox, tmp_path, collector, make_watcher
) -> None:
    _DeafObserver.elsewhere = tmp_path / "elsewhere"
    _DeafObserver.elsewhere.mkdir()
    watcher = make_watcher(observer_factory=_DeafObserver, probe_timeout=0.5, poll_interval=0.2)
    wait_until(lambda: watcher.mode == "polling", what="the fallback")
    assert "do not arrive" in watcher.status
    assert any("do not arrive" in s for s in collector.status)
    (inbox / "late.pdf").write_bytes(pdf(1))
    wait_until(lambda: collector.imported, what="an import by polling")


def test_sweep_notices_missing_events_and_switches_to_polling(
    ws, inbox, tmp_path, collector, make_watcher
) -> None:
    """Events stop arriving after start-up (the probe has not decided yet): the periodic sweep
    finds a file no event announced, imports it, and switches to polling."""
    _DeafObserver.elsewhere = tmp_path / "elsewhere"
    _DeafObserver.elsewhere.mkdir()
    watcher = make_watcher(
        observer_factory=_DeafObserver, probe_timeout=600, sweep_interval=0.2, poll_interval=0.2
    )
    assert watcher.mode == "events"
    (inbox / "unannounced.pdf").write_bytes(pdf(1))
    wait_until(lambda: watcher.mode == "polling", what="the switch to polling")
    assert "do not arrive" in watcher.status
    wait_until(lambda: collector.imported, what="the import")
    assert not [p for p in inbox.iterdir() if p.name.startswith(".sealdesk-probe")]


def test_folder_that_disappears_is_watched_again_when_back(
    ws, inbox, collector, make_watcher
) -> None:
    watcher = make_watcher(sweep_interval=0.2, failed_recheck=0.2)
    shutil.rmtree(inbox)
    wait_until(lambda: "missing" in watcher.status, what="the missing-folder status")
    inbox.mkdir()
    wait_until(lambda: watcher.mode == "events" and "Watching" in watcher.status)
    (inbox / "back.pdf").write_bytes(pdf(2))
    wait_until(lambda: collector.imported, what="an import after the folder came back")
    assert (inbox / "imported" / "back.pdf").exists()


def test_falls_back_to_polling_when_the_observer_cannot_start(
    ws, inbox, collector, make_watcher
) -> None:
    def broken():
        raise OSError(28, "inotify watch limit reached")

    watcher = make_watcher(observer_factory=broken, poll_interval=0.2)
    assert watcher.mode == "polling"
    assert "inotify watch limit reached" in watcher.status
    (inbox / "x.pdf").write_bytes(pdf(1))
    wait_until(lambda: collector.imported)


def test_stop_joins_cleanly_and_says_so(ws, inbox, collector) -> None:
    watcher = watcher_for(ws, inbox, quiet=QUIET, **collector.callbacks())
    with watcher:
        wait_until(lambda: watcher.mode == "events")
    assert not watcher.is_alive()
    assert watcher.mode == "stopped"
    assert collector.status[-1].startswith("Stopped watching")
    assert not [p for p in inbox.iterdir() if p.name.startswith(".sealdesk-probe")]


def test_scan_once(ws, inbox) -> None:
    (inbox / "1.1.1_a.pdf").write_bytes(pdf(1))
    (inbox / "b.pdf").write_bytes(pdf(2))
    (inbox / "c.pdf").write_bytes(pdf(1))  # same bytes as a
    (inbox / "Thumbs.db").write_bytes(b"x")
    report = scan_once(ws, inbox, WatchConfig(quiet=QUIET))
    assert sorted(r.name for r in report.imported) == ["1.1.1_a.pdf", "b.pdf", "c.pdf"]
    assert len(report.duplicates) == 1
    assert report.failed == [] and report.waiting == []
    assert {r.name: r.suggested for r in report.imported}["1.1.1_a.pdf"] == "1.1.1"
    assert len(ws.evidence_list()) == 2
    assert (inbox / "Thumbs.db").exists()
    again = scan_once(ws, inbox, WatchConfig(quiet=QUIET))
    assert again.imported == [] and len(ws.evidence_list()) == 2


def test_one_taker_per_folder(ws, inbox, collector, make_watcher) -> None:
    """A second watcher (the CLI while the app runs, another PC on a share) waits while the
    first holds the folder, and takes over when it stops; scan_once refuses meanwhile."""
    first = make_watcher()
    second_seen = Collector()
    second = watcher_for(ws, inbox, quiet=QUIET, **second_seen.callbacks())
    second.start()
    try:
        wait_until(lambda: second.mode == "busy", what="the second watcher to wait")
        assert "Another SealDesk" in second.status
        with pytest.raises(InboxError, match="Another SealDesk"):
            scan_once(ws, inbox, WatchConfig(quiet=QUIET))
        (inbox / "one.pdf").write_bytes(pdf(1))
        wait_until(lambda: collector.imported, what="the first watcher's import")
        first.stop()
        (inbox / "two.pdf").write_bytes(pdf(2))
        wait_until(lambda: second_seen.imported, what="the second watcher taking over")
        assert collector.names() == ["one.pdf"]
        assert second_seen.names() == ["two.pdf"]
    finally:
        second.stop()


def test_decomposed_name_is_recorded_composed(ws, inbox, collector, make_watcher) -> None:
    """A name written in NFD (as macOS does) is recorded, and suggested from, in NFC."""
    import unicodedata

    nfc = "1.2.1 นโยบาย résumé.pdf"
    nfd = unicodedata.normalize("NFD", nfc)
    assert nfd != nfc
    make_watcher()
    (inbox / nfd).write_bytes(pdf(11))
    wait_until(lambda: collector.imported)
    assert collector.imported[0].name == nfc
    assert collector.imported[0].suggested == "1.2.1"
    assert [i.name for i in waiting_to_be_filed(ws)] == [nfc]
