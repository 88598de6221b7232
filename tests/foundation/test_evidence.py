from __future__ import annotations

import errno
import os
import tracemalloc
import unicodedata
from pathlib import Path

import pytest

from sealdesk.errors import EvidenceError, InputError
from sealdesk.progress import Cancelled
from sealdesk.services.workspace import Workspace


def leftovers(ws: Workspace) -> list[Path]:
    return list(ws.blobs.tmp.iterdir())


def test_thai_name_is_kept_in_nfc_and_bytes_stored_once(
    workspace: Workspace, tmp_path: Path
) -> None:
    decomposed = unicodedata.normalize("NFD", "คำสั่งแต่งตั้งคณะทำงาน ปี ๒๕๖๗.pdf")
    source = tmp_path / decomposed
    source.write_bytes(b"%PDF-1.7\n" + os.urandom(5000))
    original = source.read_bytes()
    first = workspace.add_evidence(source, benchmarks=["2.1.1"], description="คำสั่งเขต")
    assert not first.duplicate
    e = first.evidence
    assert e.original_name == unicodedata.normalize("NFC", decomposed)
    assert e.media_type == "application/pdf" and e.size == len(original)
    assert e.links == ("2.1.1",) and e.added_by == "สมหญิง ใจดี"
    assert workspace.blob_path(e.sha256).read_bytes() == original
    assert source.read_bytes() == original  # the original is never modified

    copy = tmp_path / "copy-of-same.pdf"
    copy.write_bytes(original)
    second = workspace.add_evidence(copy, benchmarks=["1.1.1"])
    assert second.duplicate and second.evidence.id == e.id
    assert second.evidence.links == ("1.1.1", "2.1.1")
    assert len(workspace.evidence_list()) == 1
    assert sum(1 for _ in workspace.blobs.iter_hashes()) == 1


def test_zero_byte_file(workspace: Workspace, tmp_path: Path) -> None:
    # Issue 11: an empty file is refused as evidence with a clear sentence ("silently
    # accepted" was a finding); the blob store itself still stores empty content correctly.
    empty = tmp_path / "empty.txt"
    empty.touch()
    with pytest.raises(EvidenceError, match="empty"):
        workspace.add_evidence(empty)
    assert workspace.evidence_list() == []
    assert workspace.check() == []  # nothing half-taken-in is left
    added = workspace.blobs.put(empty)
    assert added.size == 0
    assert added.sha256 == ("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")


def test_large_file_is_streamed_with_flat_memory(workspace: Workspace, tmp_path: Path) -> None:
    big = tmp_path / "scan.tif"
    with open(big, "wb") as out:
        for _ in range(64):
            out.write(os.urandom(1024 * 1024))
    seen: list[tuple[int, int]] = []
    tracemalloc.start()
    added = workspace.add_evidence(big, progress=lambda done, total: seen.append((done, total)))
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert added.evidence.size == 64 * 1024 * 1024
    assert peak < 8 * 1024 * 1024, f"peak {peak} bytes: the file was not streamed"
    assert seen[-1] == (64 * 1024 * 1024, 64 * 1024 * 1024) and len(seen) >= 64
    assert workspace.check() == []


def test_vanished_file_and_folder_are_clear_errors(workspace: Workspace, tmp_path: Path) -> None:
    with pytest.raises(EvidenceError, match="no longer exists"):
        workspace.add_evidence(tmp_path / "gone.pdf")
    with pytest.raises(EvidenceError, match="folder"):
        workspace.add_evidence(tmp_path)
    assert workspace.evidence_list() == [] and leftovers(workspace) == []


def test_unknown_benchmark_is_refused_before_copying(workspace: Workspace, tmp_path: Path) -> None:
    source = tmp_path / "a.pdf"
    source.write_bytes(b"x")
    with pytest.raises(InputError):
        workspace.add_evidence(source, benchmarks=["7.7.7"])
    assert list(workspace.blobs.iter_hashes()) == []


class FailingAfterFirstChunk:
    """A file handle whose device fails after the first chunk: the OS edge, simulated.

    Reading: a USB stick pulled out (EIO). Writing: the workspace's disk filling up (ENOSPC).
    """

    def __init__(self, real, failure: OSError) -> None:  # type: ignore[no-untyped-def]
        self.real, self.failure, self.calls = real, failure, 0

    def _fail_after_first(self) -> None:
        self.calls += 1
        if self.calls > 1:
            raise self.failure

    def read(self, size: int = -1) -> bytes:
        self._fail_after_first()
        return self.real.read(size)

    def write(self, data: bytes) -> int:
        self._fail_after_first()
        return self.real.write(data)

    def __getattr__(self, name: str):  # type: ignore[no-untyped-def]
        return getattr(self.real, name)

    def __enter__(self):  # type: ignore[no-untyped-def]
        return self

    def __exit__(self, *exc: object) -> None:
        self.real.close()


def assert_nothing_left(workspace: Workspace) -> None:
    assert workspace.evidence_list() == []
    assert list(workspace.blobs.iter_hashes()) == [] and leftovers(workspace) == []
    assert workspace.assessment("1.1.1").status.value == "not_started"


def test_a_source_failing_mid_read_leaves_nothing(
    workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = tmp_path / "scan.pdf"
    source.write_bytes(os.urandom(3 * 1024 * 1024))
    real_open = open

    def flaky_open(path, mode="r", *args, **kwargs):  # type: ignore[no-untyped-def]
        handle = real_open(path, mode, *args, **kwargs)
        if Path(path) == source:
            return FailingAfterFirstChunk(handle, OSError(errno.EIO, "Input/output error"))
        return handle

    monkeypatch.setattr("builtins.open", flaky_open)
    with pytest.raises(EvidenceError, match="could not be read whole"):
        workspace.add_evidence(source, benchmarks=["1.1.1"])
    monkeypatch.undo()
    assert_nothing_left(workspace)


def test_a_full_disk_mid_copy_leaves_nothing(
    workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = tmp_path / "scan.pdf"
    source.write_bytes(os.urandom(3 * 1024 * 1024))
    real_fdopen = os.fdopen

    def full_disk(fd, mode="r", *args, **kwargs):  # type: ignore[no-untyped-def]
        return FailingAfterFirstChunk(
            real_fdopen(fd, mode, *args, **kwargs), OSError(errno.ENOSPC, "No space left")
        )

    monkeypatch.setattr("sealdesk.store.blobs.os.fdopen", full_disk)
    with pytest.raises(EvidenceError, match="disk is full"):
        workspace.add_evidence(source, benchmarks=["1.1.1"])
    monkeypatch.undo()
    assert_nothing_left(workspace)


def test_cancelled_import_leaves_nothing(workspace: Workspace, tmp_path: Path) -> None:
    source = tmp_path / "long.pdf"
    source.write_bytes(os.urandom(4 * 1024 * 1024))
    chunks = []
    with pytest.raises(Cancelled):
        workspace.add_evidence(
            source, progress=lambda d, t: chunks.append(d), cancelled=lambda: len(chunks) >= 2
        )
    assert workspace.evidence_list() == [] and leftovers(workspace) == []


def test_link_unlink_update_and_remove(workspace: Workspace, tmp_path: Path) -> None:
    source = tmp_path / "รายงานการประชุม.docx"
    source.write_bytes(b"PK\x03\x04 minutes")
    e = workspace.add_evidence(source).evidence
    assert e.links == ()
    assert workspace.find_evidence(e.sha256[:6]).id == e.id
    linked = workspace.link_evidence(e.id, "4.1.1")
    linked = workspace.link_evidence(e.id, "4.1.2")
    assert linked.links == ("4.1.1", "4.1.2")
    assert [x.id for x in workspace.evidence_for("4.1.2")] == [e.id]
    with pytest.raises(InputError, match="unlink it first"):
        workspace.remove_evidence(e.id)
    assert workspace.unlink_evidence(e.id, "4.1.1").links == ("4.1.2",)
    with pytest.raises(InputError, match="not linked"):
        workspace.unlink_evidence(e.id, "4.1.1")
    from datetime import date

    changed = workspace.update_evidence(e.id, description="บันทึก", effective_date=date(2024, 7, 8))
    assert changed.description == "บันทึก" and changed.effective_date == date(2024, 7, 8)
    workspace.unlink_evidence(e.id, "4.1.2")
    workspace.remove_evidence(e.id)
    assert workspace.evidence_list() == [] and not workspace.blob_path(e.sha256).exists()
    with pytest.raises(InputError, match="at least the first 4"):
        workspace.find_evidence("ab")
    with pytest.raises(InputError, match="No evidence"):
        workspace.find_evidence("abcdef")


def test_check_finds_missing_corrupt_and_orphan_blobs(workspace: Workspace, tmp_path: Path) -> None:
    a, b = tmp_path / "a.pdf", tmp_path / "b.pdf"
    a.write_bytes(b"first document")
    b.write_bytes(b"second document")
    ea = workspace.add_evidence(a).evidence
    eb = workspace.add_evidence(b).evidence
    workspace.blob_path(ea.sha256).unlink()
    workspace.blob_path(eb.sha256).write_bytes(b"tampered")
    orphan = workspace.blobs.root / "ab" / ("ab" + "0" * 62)
    orphan.parent.mkdir(exist_ok=True)
    orphan.write_bytes(b"left by an interrupted import")
    kinds = sorted(p.kind for p in workspace.check())
    assert kinds == ["blob-corrupt", "blob-missing", "orphan-blob"]
