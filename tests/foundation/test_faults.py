"""Issue 11, faults reported as what they are: a full disk says the disk is full, a workspace
that cannot be written (read-only disk, no permission) says so, and reading commands (score,
check, audit, lists) still work on both; only a damaged file is called damaged. Real tmpfs
mounts (a small one filled up; one remounted read-only) and a real non-root user."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from sealdesk.services.workspace import Workspace
from sealdesk.store.db import (
    BusyError,
    DiskFullError,
    ReadOnlyError,
    classify,
)

# Real processes, mounts and many trials: CI runs it, `make test-fast` does not.
pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
READING = [["score"], ["check"], ["audit"], ["evidence", "list"]]
NOBODY = "65534"


def sealdesk(workspace: Path, *args: str, user: str | None = None) -> subprocess.CompletedProcess:
    command = [sys.executable, "-m", "sealdesk", "--workspace", str(workspace), *args]
    if user is not None:
        command = ["setpriv", "--reuid", user, "--regid", user, "--clear-groups", *command]
    return subprocess.run(
        command,
        capture_output=True,
        text=True,
        timeout=180,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT), "SEALDESK_LANG": "en", "HOME": "/tmp"},
    )


@pytest.fixture
def tmpfs(tmp_path: Path) -> Iterator[Path]:
    point = tmp_path / "disk"
    point.mkdir()
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("needs root to mount a tmpfs")
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=6m", "tmpfs", str(point)])
    if mounted.returncode != 0:
        pytest.skip("cannot mount a tmpfs here")
    try:
        yield point
    finally:
        subprocess.run(["mount", "-o", "remount,rw", str(point)], capture_output=True)
        subprocess.run(["umount", "-l", str(point)], check=True)


def make_workspace(folder: Path) -> Path:
    path = folder / "ws"
    with Workspace.create(path, "1001", 2569, actor="setup") as ws:
        ws.assess("1.1.1", status="met", narrative="ก่อนเกิดปัญหา")
        source = folder / "scan.pdf"
        source.write_bytes(b"%PDF-1.7 " + os.urandom(2000))
        ws.add_evidence(source, benchmarks=["1.1.1"])
        source.unlink()
    return path


def assert_reads_work(path: Path, user: str | None = None) -> None:
    out = Path(tempfile.mkdtemp(prefix="sealdesk-faults-"))
    os.chmod(out, 0o777)
    reading = [*READING, ["print", "report", "--out", str(out / "report.pdf")]]
    for args in reading:
        run = sealdesk(path, *args, user=user)
        assert run.returncode == 0, (args, run.stderr)
        assert "damaged" not in run.stderr
    assert "1.1.1" in sealdesk(path, "evidence", "list", user=user).stdout
    assert (out / "report.pdf").read_bytes().startswith(b"%PDF")
    shutil.rmtree(out)


def assert_changes_refused(path: Path, expected: str, user: str | None = None) -> None:
    elsewhere = Path(tempfile.mkdtemp(prefix="sealdesk-source-"))
    os.chmod(elsewhere, 0o755)
    source = elsewhere / "new.pdf"
    source.write_bytes(b"%PDF-1.7 new " + os.urandom(100))
    for args in (
        ["assess", "1.2.1", "--status", "met"],
        ["evidence", "add", str(source), "--benchmark", "1.2.1"],
    ):
        run = sealdesk(path, *args, user=user)
        assert run.returncode == 2, (args, run.stderr)
        assert expected in run.stderr, run.stderr
        assert "damaged" not in run.stderr and "unexpected" not in run.stderr
    shutil.rmtree(elsewhere)


def test_a_read_only_disk(tmpfs: Path) -> None:
    path = make_workspace(tmpfs)
    subprocess.run(["mount", "-o", "remount,ro", str(tmpfs)], check=True)
    assert_reads_work(path)
    assert_changes_refused(path, "cannot be written")


def test_a_full_disk(tmpfs: Path) -> None:
    path = make_workspace(tmpfs)
    with open(tmpfs / "filler", "wb") as filler:
        try:
            while True:
                filler.write(b"\0" * 65536)
        except OSError:
            pass
    assert shutil.disk_usage(tmpfs).free < 65536
    assert_reads_work(path)
    assert_changes_refused(path, "full")
    (tmpfs / "filler").unlink()
    with Workspace.open(path) as ws:
        assert ws.check() == []
        assert ws.assessment("1.1.1").narrative == "ก่อนเกิดปัญหา"


def test_the_disk_fills_during_a_change(tmpfs: Path) -> None:
    path = make_workspace(tmpfs)
    free = shutil.disk_usage(tmpfs).free
    (tmpfs / "filler").write_bytes(b"\0" * max(free - 300_000, 0))
    big = "ความเท่าเทียมทางเพศ " * 60_000  # ~ 2 MB of UTF-8: more than is left
    with Workspace.open(path) as ws:
        with pytest.raises(DiskFullError, match="full"):
            ws.assess("1.2.1", narrative=big)
    (tmpfs / "filler").unlink()
    with Workspace.open(path) as ws:
        assert ws.assessment("1.2.1").narrative == ""
        assert ws.check() == []


def test_no_permission_as_a_clerk_without_rights() -> None:
    if os.geteuid() != 0 or shutil.which("setpriv") is None:
        pytest.skip("needs root and setpriv to run as another user")
    folder = Path(tempfile.mkdtemp(prefix="sealdesk-shared-"))
    try:
        os.chmod(folder, 0o755)
        path = make_workspace(folder)
        for entry in [path, *path.rglob("*")]:
            os.chmod(entry, 0o755 if entry.is_dir() else 0o644)  # others read, not write
        assert_reads_work(path, user=NOBODY)
        assert_changes_refused(path, "cannot be written", user=NOBODY)
    finally:
        shutil.rmtree(folder)


def _sqlite_error(code: int) -> sqlite3.DatabaseError:
    error = sqlite3.OperationalError("simulated")
    error.sqlite_errorcode = code  # type: ignore[attr-defined]
    return error


@pytest.mark.parametrize(
    ("code", "kind", "words"),
    [
        (sqlite3.SQLITE_FULL, DiskFullError, "full"),
        (sqlite3.SQLITE_READONLY, ReadOnlyError, "cannot be written"),
        (sqlite3.SQLITE_READONLY | (1 << 8), ReadOnlyError, "cannot be written"),
        (sqlite3.SQLITE_PERM, ReadOnlyError, "cannot be written"),
        (sqlite3.SQLITE_BUSY, BusyError, "Another SealDesk"),
        (sqlite3.SQLITE_CORRUPT, None, "damaged"),
        (sqlite3.SQLITE_NOTADB, None, "damaged"),
    ],
)
def test_classify_tells_the_faults_apart(tmp_path: Path, code: int, kind, words: str) -> None:
    fault = classify(_sqlite_error(code), tmp_path / "sealdesk.db")
    assert fault is not None and words in fault.english()
    if kind is not None:
        assert isinstance(fault, kind)
    assert classify(sqlite3.IntegrityError("UNIQUE"), tmp_path / "x.db") is None
    assert isinstance(classify(OSError(28, "No space"), tmp_path / "x.db"), DiskFullError)
    assert isinstance(classify(OSError(30, "Read-only"), tmp_path / "x.db"), ReadOnlyError)


def test_a_damaged_file_is_still_called_damaged(tmp_path: Path) -> None:
    path = make_workspace(tmp_path)
    (path / "sealdesk.db").write_bytes(b"this is not a database at all" * 100)
    for name in ("sealdesk.db-wal", "sealdesk.db-shm"):
        (path / name).unlink(missing_ok=True)
    run = sealdesk(path, "score")
    assert run.returncode == 2 and "damaged" in run.stderr, run.stderr
