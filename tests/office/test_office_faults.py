"""Intake under faults: kill -9 in the middle, a full disk, hostile bundles."""

from __future__ import annotations

import gc
import os
import shutil
import signal
import subprocess
import sys
import time
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from sealdesk.domain.city import IntakeOutcome, SubmissionState
from sealdesk.services.office_trust import read_key_file
from sealdesk.services.workspace import Workspace
from tests.office.conftest import FAST_KDF, PASS, District, export, make_district

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def big(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[District, Path]]:
    """A district whose bundle carries 3 MB of evidence (enough for a kill to land inside)."""
    root = tmp_path_factory.mktemp("big")
    d = make_district(root, "1010")
    codes = [b.code for b in d.ws.catalog().benchmarks()]
    scan = root / "สแกน.pdf"
    scan.write_bytes(b"%PDF-1.4\n" + os.urandom(3 * 1024 * 1024))
    d.ws.add_evidence(scan, benchmarks=[codes[2]])
    out = root / "out"
    out.mkdir()
    path = export(d, out, "1010-2569")
    try:
        yield d, path
    finally:
        d.ws.close()


def office_with_key(folder: Path, d: District) -> Workspace:
    from sealdesk.bundle import keys

    ws = Workspace.create_office(folder, name="office")
    keys.create_key(folder / "keys", PASS, kdf=FAST_KDF)
    ws.enrol_key(read_key_file(d.pub_file), d.code)
    return ws


def files_under(folder: Path) -> set[str]:
    return {str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file()}


@pytest.mark.slow
def test_kill_9_during_receive_leaves_no_half_submission(
    big: tuple[District, Path], tmp_path: Path
) -> None:
    d, bundle = big
    copies = []
    for i in range(4):  # several files, so a kill lands in the middle of one of them
        copies.append(tmp_path / f"copy{i}.zip")
        shutil.copy(bundle, copies[-1])
    for trial, delay in enumerate((0.05, 0.15, 0.3, 0.5, 0.8)):
        folder = tmp_path / f"office{trial}"
        office_with_key(folder, d).close()
        child = subprocess.Popen(
            [sys.executable, str(Path(__file__).with_name("receive_worker.py")), str(folder),
             *map(str, copies)],
            stdout=subprocess.PIPE, text=True, env={**os.environ, "PYTHONPATH": str(ROOT)},
        )  # fmt: skip
        assert child.stdout is not None and child.stdout.readline().strip() == "ready"
        time.sleep(delay)
        child.send_signal(signal.SIGKILL)
        child.wait()
        with Workspace.open(folder) as ws:  # opening sweeps what the killed intake left
            assert ws.check() == [], trial
            assert not list((folder / "intake").glob("receiving-*"))
            sub = ws.office_submission("1010", 2569)
            if sub is not None:  # committed: then whole, with every evidence blob
                assert len(sub.evidence) == 3
                assert all(ws.office_evidence_path(e.sha256).is_file() for e in sub.evidence)
            (again,) = ws.receive_bundles([bundle])
            assert again.outcome in (IntakeOutcome.TAKEN, IntakeOutcome.DUPLICATE)
            assert ws.office_status(2569).rows[9].state is SubmissionState.VERIFIED
            assert ws.check() == []


@pytest.fixture
def tmpfs(tmp_path: Path) -> Iterator[Path]:
    point = tmp_path / "disk"
    point.mkdir()
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("needs root to mount a tmpfs")
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=5m", "tmpfs", str(point)])
    if mounted.returncode != 0:
        pytest.skip("cannot mount a tmpfs here")
    try:
        yield point
    finally:
        subprocess.run(["umount", "-l", str(point)], check=True)


@pytest.mark.slow
def test_a_full_disk_says_so_and_loses_nothing(
    big: tuple[District, Path], tmpfs: Path, tmp_path: Path
) -> None:
    d, bundle = big
    original = bundle.read_bytes()
    ws = office_with_key(tmpfs / "office", d)
    stat = os.statvfs(tmpfs)
    filler = tmpfs / "filler"  # the disk nearly full: 1 MB left for a 3 MB bundle
    filler.write_bytes(b"\0" * (stat.f_bavail * stat.f_frsize - 1024 * 1024))
    try:
        (result,) = ws.receive_bundles([bundle])
        assert result.outcome is IntakeOutcome.FAILED
        assert "disk of the office workspace is full" in result.render()
        assert bundle.read_bytes() == original  # the original is never touched
        assert ws.office_submission("1010", 2569) is None
        assert not list((tmpfs / "office" / "intake").glob("receiving-*"))
        assert ws.check() == []
    finally:
        ws.close()


def test_hostile_bundles_write_nothing_outside_the_quarantine(
    big: tuple[District, Path], tmp_path: Path
) -> None:
    d, bundle = big
    ws = office_with_key(tmp_path / "office", d)
    before = files_under(tmp_path / "office") - {
        "sealdesk.db",
        "sealdesk.db-wal",
        "sealdesk.db-shm",
    }
    hostile = []
    with zipfile.ZipFile(bundle) as zin:
        top = zin.namelist()[0].split("/")[0]
        for n, name in enumerate((f"{top}/../../escaped.txt", "/etc/evil.txt", f"{top}/data/../x")):
            path = tmp_path / f"hostile{n}.zip"
            with zipfile.ZipFile(path, "w") as zout:
                for info in zin.infolist():
                    zout.writestr(info, zin.read(info))
                zout.writestr(name, b"evil")
            hostile.append(path)
    bomb = tmp_path / "bomb.zip"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as zout:
        zout.writestr(f"{top}/data/zeros", b"\0" * (50 * 1024 * 1024))
    hostile.append(bomb)
    link = tmp_path / "link.zip"  # the signed bundle plus a symbolic link pointing out of it
    with zipfile.ZipFile(bundle) as zin, zipfile.ZipFile(link, "w") as zout:
        for info in zin.infolist():
            zout.writestr(info, zin.read(info))
        entry = zipfile.ZipInfo(f"{top}/data/evidence/link")
        entry.create_system = 3
        entry.external_attr = (0o120777) << 16
        zout.writestr(entry, "../../../../escaped.txt")
    hostile.append(link)
    # Workspaces that earlier tests left for the collector close when it finds them, and SQLite
    # then removes their -wal and -shm files: let that happen now, not during the intake below.
    gc.collect()
    outside = {
        f for f in files_under(tmp_path.parent) if not f.startswith(f"{tmp_path.name}/office/")
    }
    results = ws.receive_bundles(hostile)
    assert [r.outcome for r in results] == [IntakeOutcome.QUARANTINED] * len(hostile)
    after = files_under(tmp_path / "office") - {"sealdesk.db", "sealdesk.db-wal", "sealdesk.db-shm"}
    new = after - before - {"intake/.sealdesk-inbox.lock"}  # the intake's own lock
    assert new and all(f.startswith("quarantine/") for f in new), new
    assert not (tmp_path / "escaped.txt").exists()
    # and outside the office workspace nothing was written either (the test's folder and its
    # neighbours are as they were)
    now_outside = {
        f for f in files_under(tmp_path.parent) if not f.startswith(f"{tmp_path.name}/office/")
    }
    assert now_outside == outside
    assert list(ws.blobs.iter_hashes()) == []
    assert ws.office_submission("1010", 2569) is None
    ws.close()
