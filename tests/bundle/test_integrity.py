"""Whole-file integrity: any single changed byte is caught; a killed export leaves no bundle;
the bundle's own hash, computed while it is written, is always right."""

from __future__ import annotations

import hashlib
import os
import random
import signal
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sealdesk.bundle import keys, writer
from sealdesk.bundle.submission import DirectoryBlobs
from sealdesk.services import export
from sealdesk.services.verification import VerifyError, verify_bundle
from tests.bundle.conftest import PASS, Fixture, make_workspace

SMALL = {
    "ก.txt": ("สวัสดี ".encode() * 60, 0),
    "ข.pdf": (b"%PDF-1.4 tiny", 0),
}


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Fixture, bytes, Path]]:
    root = tmp_path_factory.mktemp("small")
    f = make_workspace(root, SMALL)
    out = root / "b.zip"
    export.export_bundle(f.ws, out, passphrase=PASS, checklist=False)
    try:
        yield f, out.read_bytes(), root
    finally:
        f.ws.close()


def _rejects(f: Fixture, data: bytes, path: Path) -> bool:
    path.write_bytes(data)
    try:
        verify_bundle(path, f.pub_file)
    except VerifyError:
        return True
    return False


@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(position=st.floats(min_value=0, max_value=1, exclude_max=True), mask=st.integers(1, 255))
def test_flipping_any_byte_fails_verification(
    small: tuple[Fixture, bytes, Path], position: float, mask: int
) -> None:
    f, data, root = small
    changed = bytearray(data)
    changed[int(position * len(data))] ^= mask
    assert _rejects(f, bytes(changed), root / "flipped.zip")


@pytest.mark.slow
def test_flipping_each_byte_in_turn_fails_verification(small: tuple[Fixture, bytes, Path]) -> None:
    """The exhaustive version of the property: every position, a random non-zero mask each."""
    f, data, root = small
    assert verify_bundle(root / "b.zip", f.pub_file)  # the original is fine
    rnd = random.Random(20261125)
    passed = []
    for i in range(len(data)):
        changed = bytearray(data)
        changed[i] ^= rnd.randrange(1, 256)
        if not _rejects(f, bytes(changed), root / "each.zip"):
            passed.append(i)
    assert passed == []


def test_truncated_or_extended_bundle_fails(small: tuple[Fixture, bytes, Path]) -> None:
    f, data, root = small
    for changed in (data[:-1], data + b"\x00", b"\x00" + data, data[: len(data) // 2]):
        assert _rejects(f, changed, root / "cut.zip")


def test_bundle_hash_is_right_every_time(tmp_path: Path) -> None:
    """The SHA-256 is computed by a thread racing the writer; repeat to catch a race."""
    f = make_workspace(tmp_path, SMALL)
    sub = export.submission(f.ws)
    key = keys.unlock(f.keys_dir, PASS)
    blobs = DirectoryBlobs(f.ws.blob_path)
    for i in range(60):
        out = tmp_path / f"b{i}.zip"
        result = writer.write_bundle(sub, blobs, out, key)
        assert result.sha256 == hashlib.sha256(out.read_bytes()).hexdigest()
        verify_bundle(out, f.pub_file)
    f.ws.close()


CHILD = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from sealdesk.services import export
    from sealdesk.services.workspace import Workspace

    ws = Workspace.open(Path(sys.argv[1]))
    said = False

    def progress(done, total):
        global said
        if done > 8 * 1024 * 1024 and not said:
            print("writing", flush=True)
            said = True
        if said:
            time.sleep(0.02)  # stay mid-write until the parent kills us

    export.export_bundle(
        ws, Path(sys.argv[2]), passphrase=sys.argv[3], progress=progress, checklist=False
    )
    print("finished", flush=True)
    """
)


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_killed_export_leaves_no_bundle(tmp_path: Path) -> None:
    big = {"วิดีโอการอบรม.mp4": (os.urandom(64 * 1024 * 1024), 0), "ก.txt": (b"x" * 100, 0)}
    f = make_workspace(tmp_path, big)
    f.ws.close()
    out = tmp_path / "out"
    out.mkdir()
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(tmp_path / "ws"), str(out / "bundle.zip"), PASS],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert child.stdout is not None
    line = child.stdout.readline()
    assert line.strip() == "writing", child.stderr.read() if child.stderr else ""
    leftovers = list(out.iterdir())
    assert len(leftovers) == 1 and leftovers[0].stat().st_size > 8 * 1024 * 1024
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL
    names = [p.name for p in out.iterdir()]
    assert not any(n.lower().endswith(".zip") for n in names), names
    assert all(n.startswith(".") and n.endswith(".partial") for n in names), names
    with pytest.raises(VerifyError):
        verify_bundle(out / names[0], f.pub_file)
    from sealdesk.services.workspace import Workspace

    with Workspace.open(tmp_path / "ws") as ws:
        assert ws.exports() == []
        # a new export into the same folder still works
        result = export.export_bundle(ws, out / "bundle.zip", passphrase=PASS, checklist=False)
        assert verify_bundle(result.path, f.pub_file).bundle_id == result.bundle_id
        # ... and takes away what the killed one left (nobody holds its lock any more)
        assert sorted(p.name for p in out.iterdir()) == ["bundle.zip"]


def test_an_export_sweeps_dead_leftovers_but_not_a_running_exports_files(tmp_path: Path) -> None:
    from sealdesk.bundle.writer import CHECKLIST_SUFFIX, PARTIAL_SUFFIX
    from sealdesk.fsutil import claim_file

    f = make_workspace(tmp_path, {"ก.txt": (b"x" * 100, 0)})
    out = tmp_path / "out"
    out.mkdir()
    dead = [out / f".bundle.dead1{PARTIAL_SUFFIX}", out / f".bundle.dead2{CHECKLIST_SUFFIX}"]
    for path in dead:
        path.write_bytes(b"left by a killed export")
    running, fd = claim_file(out, ".bundle.", PARTIAL_SUFFIX)  # another export, still writing
    foreign = out / ".bundle.notes.txt"  # not ours: never touched
    foreign.write_text("keep")
    try:
        result = export.export_bundle(f.ws, out / "bundle.zip", passphrase=PASS)
    finally:
        os.close(fd)
        f.ws.close()
    assert not any(path.exists() for path in dead)
    assert running.exists() and foreign.read_text() == "keep"
    assert sorted(p.name for p in out.iterdir()) == sorted(
        ["bundle.zip", running.name, foreign.name]
    )
    assert (result.path.stat().st_mode & 0o777) == 0o644
    assert verify_bundle(result.path, f.pub_file).bundle_id == result.bundle_id
