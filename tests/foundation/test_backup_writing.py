"""Where a backup may be written, and what a killed backup or restore leaves behind.

``backup`` refuses a device (/dev/full), a folder, a FIFO, a place inside the workspace and an
existing file (unless --overwrite), checking both the name given and the name with ".zip"
added. A ``kill -9`` during a backup leaves only a locked hidden ``.partial`` and a private
snapshot folder, removed by the next backup; during a restore, a private 0700 staging folder
(the key inside 0600) removed by the next restore, the target untouched.
"""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from backup_helpers import ROOT, populate, run

from sealdesk.services.workspace import Workspace

WORKER = Path(__file__).with_name("backup_crash_worker.py")
Capsys = pytest.CaptureFixture[str]


@pytest.fixture
def ws_folder(tmp_path: Path) -> Path:
    populate(tmp_path / "ws").close()
    return tmp_path / "ws"


def test_backup_to_a_device_writes_nothing(ws_folder: Path, capsys: Capsys) -> None:
    before = set(os.listdir("/dev"))
    code, _, err = run(capsys, "--workspace", str(ws_folder), "backup", "/dev/full")
    assert code == 2 and "not an ordinary file" in err
    assert set(os.listdir("/dev")) == before and not Path("/dev/full.zip").exists()
    assert stat.S_ISCHR(os.stat("/dev/full").st_mode)


@pytest.mark.parametrize("kind", ["folder", "fifo", "folder.zip", "fifo.zip"])
def test_backup_onto_a_non_file_is_refused(
    ws_folder: Path, tmp_path: Path, capsys, kind: str
) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / f"target-{kind}"
    if kind.startswith("folder"):
        target.mkdir()
    else:
        os.mkfifo(target)
    code, _, err = run(capsys, "--workspace", str(ws_folder), "backup", str(target))
    assert code == 2 and "not an ordinary file" in err
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["ws", "ws-sources", target.name])


def test_backup_never_overwrites_without_being_asked(
    ws_folder: Path, tmp_path: Path, capsys
) -> None:  # type: ignore[no-untyped-def]
    existing = tmp_path / "b.zip"
    existing.write_bytes(b"an older backup the clerk keeps")
    code, _, err = run(capsys, "--workspace", str(ws_folder), "backup", str(existing))
    assert code == 2 and "already exists" in err
    assert existing.read_bytes() == b"an older backup the clerk keeps"
    code, _, err = run(capsys, "--workspace", str(ws_folder), "backup", str(tmp_path / "b"))
    assert code == 2 and "already exists" in err  # "b" becomes "b.zip": the final name is checked
    code, _, err = run(
        capsys, "--workspace", str(ws_folder), "backup", str(existing), "--overwrite"
    )
    assert code == 0, err
    assert stat.S_IMODE(existing.stat().st_mode) == 0o600
    Workspace.restore(existing, tmp_path / "r").close()


def test_backup_inside_the_workspace_is_refused(ws_folder: Path, capsys: Capsys) -> None:
    for place in (ws_folder / "b.zip", ws_folder / "blobs" / "b.zip", ws_folder / "sealdesk.db"):
        code, _, err = run(capsys, "--workspace", str(ws_folder), "backup", str(place))
        assert code == 2 and "inside the workspace" in err
    assert not (ws_folder / "b.zip").exists() and not (ws_folder / "blobs" / "b.zip").exists()
    with Workspace.open(ws_folder) as ws:
        assert ws.check() == []


def test_backup_into_a_missing_folder(ws_folder: Path, tmp_path: Path, capsys: Capsys) -> None:
    code, _, err = run(capsys, "--workspace", str(ws_folder), "backup", str(tmp_path / "no" / "b"))
    assert code == 2 and "does not exist" in err


def start(*args: str, env: dict[str, str]) -> subprocess.Popen[str]:
    process = subprocess.Popen(
        [sys.executable, str(WORKER), *args],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT), **env},
    )
    assert process.stdout is not None
    assert process.stdout.readline().strip() == "ready"
    return process


def kill(process: subprocess.Popen[str]) -> None:
    os.kill(process.pid, signal.SIGKILL)
    process.wait(timeout=30)
    assert process.returncode == -signal.SIGKILL


def test_a_killed_backup_leaves_nothing_after_the_next_one(
    ws_folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    temp = tmp_path / "temp"
    temp.mkdir()
    out = tmp_path / "out"
    out.mkdir()
    process = start("backup", str(ws_folder), str(out / "b.zip"), env={"TMPDIR": str(temp)})
    kill(process)
    partials = [p.name for p in out.iterdir()]
    assert len(partials) == 1 and partials[0].startswith(".b.zip.")
    assert partials[0].endswith(".sealdesk-backup.partial")
    snapshots = list(temp.iterdir())
    assert [p.name[:16] for p in snapshots] == ["sealdesk-backup-"]
    assert stat.S_IMODE(snapshots[0].stat().st_mode) == 0o700
    # a backup still running is not disturbed by another one starting
    other = start("backup", str(ws_folder), str(out / "b.zip"), env={"TMPDIR": str(temp)})
    monkeypatch.setattr("tempfile.tempdir", str(temp))
    with Workspace.open(ws_folder) as ws:
        report = ws.backup_report(out / "b.zip")
    assert report.complete
    names = sorted(p.name for p in out.iterdir())
    assert len(names) == 2 and "b.zip" in names  # the other's partial is still there
    assert len(list(temp.iterdir())) == 1  # the other's snapshot folder
    kill(other)
    with Workspace.open(ws_folder) as ws:
        ws.backup_report(out / "c.zip")
    assert sorted(p.name for p in out.iterdir()) == ["b.zip", "c.zip"]
    assert list(temp.iterdir()) == []


def test_a_killed_restore_keeps_the_key_private_and_is_cleaned_up(
    ws_folder: Path, tmp_path: Path
) -> None:
    with Workspace.open(ws_folder) as ws:
        backup = ws.backup(tmp_path / "b.zip")
    parent = tmp_path / "restore"
    parent.mkdir()
    (parent / "ws").mkdir()  # an empty folder given as the target
    process = start("restore", str(backup), str(parent / "ws"), env={})
    kill(process)
    staging = [p for p in parent.iterdir() if p.name.startswith(".sealdesk-restore-")]
    assert len(staging) == 1
    assert stat.S_IMODE(staging[0].stat().st_mode) == 0o700
    key = staging[0] / "keys" / "signing-key.json"
    assert key.is_file()
    assert stat.S_IMODE(key.stat().st_mode) == 0o600
    assert stat.S_IMODE(key.parent.stat().st_mode) == 0o700
    assert list((parent / "ws").iterdir()) == []  # the target is as it was: empty
    report = Workspace.restore_report(backup, parent / "ws")
    assert report.complete
    assert sorted(p.name for p in parent.iterdir()) == ["ws"]
    assert not (parent / "ws" / ".lock").exists()
