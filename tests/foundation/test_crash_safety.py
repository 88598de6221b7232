"""A real ``kill -9`` during a large import and during edits never leaves a corrupt database,
a half blob that counts as evidence, or a record pointing at a missing file."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import text

from sealdesk.services.workspace import Workspace

WORKER = Path(__file__).with_name("crash_worker.py")


def start(*args: str) -> subprocess.Popen[str]:
    process = subprocess.Popen(
        [sys.executable, str(WORKER), *args], stdout=subprocess.PIPE, text=True
    )
    assert process.stdout is not None
    assert process.stdout.readline().strip() == "ready"
    return process


def kill(process: subprocess.Popen[str]) -> None:
    os.kill(process.pid, signal.SIGKILL)
    process.wait(timeout=10)
    assert process.returncode == -signal.SIGKILL


def assert_consistent(folder: Path) -> Workspace:
    ws = Workspace.open(folder, actor="after-crash")
    serious = [p for p in ws.check() if p.kind != "orphan-blob"]
    assert serious == []
    for evidence in ws.evidence_list():
        assert ws.blob_path(evidence.sha256).is_file()
    assert list(ws.blobs.tmp.iterdir()) == []  # half-written temp files were discarded
    return ws


@pytest.fixture(scope="module")
def big_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    big = tmp_path_factory.mktemp("big") / "big-scan.tif"
    with open(big, "wb") as out:
        for _ in range(256):
            out.write(os.urandom(1024 * 1024))
    return big


def wait_for_partial_blob(folder: Path, at_least: int = 1, timeout: float = 20) -> int:
    """Waits until the import's temporary file holds ``at_least`` bytes; returns its size."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for partial in (folder / "blobs" / "tmp").glob("import-*"):
            size = partial.stat().st_size if partial.exists() else 0
            if size >= at_least:
                return size
        time.sleep(0.002)
    raise AssertionError("the import never started writing")


@pytest.mark.slow
@pytest.mark.parametrize("moment", ["mid-copy", "near the end", "after 0.4 s"])
def test_kill_during_a_large_import(tmp_path: Path, big_file: Path, moment: str) -> None:
    Workspace.create(tmp_path / "ws", "1001", 2569).close()
    process = start("import", str(tmp_path / "ws"), str(big_file))
    size = big_file.stat().st_size
    if moment == "mid-copy":
        assert 0 < wait_for_partial_blob(tmp_path / "ws") < size
    elif moment == "near the end":
        wait_for_partial_blob(tmp_path / "ws", at_least=size * 9 // 10)
    else:
        time.sleep(float(moment.split()[1]))
    kill(process)
    ws = assert_consistent(tmp_path / "ws")
    evidence = ws.evidence_list()
    # Either the import finished as a whole, or it left no record at all.
    assert evidence == [] or [e.size for e in evidence] == [size]
    if moment == "mid-copy":
        assert evidence == []
    ws.close()


@pytest.mark.slow
def test_kill_during_edits(tmp_path: Path) -> None:
    Workspace.create(tmp_path / "ws", "1001", 2569).close()
    for round_number in range(4):
        process = start("edits", str(tmp_path / "ws"))
        time.sleep(0.1 + 0.15 * round_number)
        kill(process)
        ws = assert_consistent(tmp_path / "ws")
        with ws.engine.connect() as connection:
            assert connection.execute(text("PRAGMA integrity_check")).scalar() == "ok"
        # The data and its audit trail were committed together: the last audited narrative of
        # every benchmark is the one stored.
        last: dict[str, str] = {}
        for event in ws.audit_log():
            if event.action == "assessment.update" and event.after and "narrative" in event.after:
                last[event.entity_key.split("/")[1]] = event.after["narrative"]
        assessments = ws.assessments()
        assert last and all(assessments[code].narrative == value for code, value in last.items())
        actions = sum(len(a.actions) for a in assessments.values())
        assert actions == sum(1 for e in ws.audit_log() if e.action == "action.add")
        ws.close()
