"""``sealdesk office intake watch`` without --once: a real process watching a real folder, a
bundle dropped in it and taken, then the process stopped with SIGINT (Ctrl+C) or SIGTERM (a
service manager) and leaving the workspace and the folder clean."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from sealdesk.bundle import keys
from sealdesk.cli import main
from sealdesk.services.workspace import Workspace
from tests.office.conftest import FAST_KDF, PASS, City

ROOT = Path(__file__).resolve().parents[2]
SEALDESK = (sys.executable, "-m", "sealdesk", "--lang", "en")
WAIT = 120.0
"""The longest the test waits for the watcher (a loaded CI machine); it never times it."""


def _office(folder: Path, city: City) -> None:
    assert main(["office", "init", "--name", "ศูนย์ประสานงาน", "--workspace", str(folder)]) == 0
    keys.create_key(folder / "keys", PASS, kdf=FAST_KDF)
    for code in ("1001", "1002"):
        d = city.districts[code]
        argv = ["office", "enrol", str(d.pub_file), "--district", code, "--yes"]
        assert main([*argv, "--workspace", str(folder)]) == 0


class _Lines:
    """Reads the process's output on a thread, so a wait for a line never blocks the test."""

    def __init__(self, proc: subprocess.Popen[str]) -> None:
        self.lines: list[str] = []
        self._changed = threading.Condition()
        assert proc.stdout is not None
        self._thread = threading.Thread(target=self._read, args=(proc.stdout,), daemon=True)
        self._thread.start()

    def _read(self, stream: object) -> None:
        for line in stream:  # type: ignore[attr-defined]
            with self._changed:
                self.lines.append(line.rstrip("\n"))
                self._changed.notify_all()

    def wait_for(self, text: str) -> str:
        deadline = time.monotonic() + WAIT
        with self._changed:
            while True:
                for line in self.lines:
                    if text in line:
                        return line
                left = deadline - time.monotonic()
                assert left > 0, f"{text!r} never came: {self.lines}"
                self._changed.wait(left)

    def join(self) -> list[str]:
        self._thread.join(WAIT)
        return self.lines


def _wait_for_file(path: Path) -> None:
    deadline = time.monotonic() + WAIT
    while not path.is_file():
        assert time.monotonic() < deadline, f"{path} never appeared"
        time.sleep(0.1)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("stop", "options"),
    [(signal.SIGINT, ()), (signal.SIGTERM, ("--poll",))],
    ids=["SIGINT-events", "SIGTERM-polling"],
)
def test_intake_watch_takes_a_dropped_bundle_and_stops_cleanly(
    city: City, tmp_path: Path, stop: signal.Signals, options: tuple[str, ...]
) -> None:
    """Events (a local folder) with Ctrl+C; polling (a network share) with SIGTERM."""
    office = tmp_path / "office"
    _office(office, city)
    folder = tmp_path / "intake"
    folder.mkdir()
    env = {**os.environ, "PYTHONPATH": str(ROOT), "SEALDESK_LANG": "en"}
    env["QT_QPA_PLATFORM"] = "offscreen"
    watch = [*SEALDESK, "office", "intake", "watch", "--folder", str(folder)]
    proc = subprocess.Popen(
        [*watch, *options, "--workspace", str(office)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
        env=env,
        cwd=ROOT,
    )
    try:
        out = _Lines(proc)
        out.wait_for("Ctrl+C")
        # a bundle saved from email into the folder: written under a partial name, then renamed
        (folder / "Thumbs.db").write_bytes(b"junk")  # the OS's junk: never taken
        partial = folder / "จากเขตพระนคร.zip.part"
        shutil.copy(city.out / "1001-2569.zip", partial)
        partial.rename(folder / "จากเขตพระนคร.zip")
        _wait_for_file(folder / "imported" / "จากเขตพระนคร.zip")
        taken = out.wait_for("จากเขตพระนคร.zip: taken in")
        assert "district 1001, round 2569" in taken
        # a second file while it still watches: one from a district whose key is not enrolled
        shutil.copy(city.out / "1003-2569.zip", folder / "1003.zip")
        _wait_for_file(folder / "failed" / "1003.zip")
        out.wait_for("quarantined")
        proc.send_signal(stop)
        assert proc.wait(WAIT) == 0
        lines = out.join()
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.stderr is not None
    stderr = proc.stderr.read()
    assert "Traceback" not in stderr, stderr
    assert sum("taken in" in line for line in lines) == 1, lines
    assert not (folder / "จากเขตพระนคร.zip").exists()
    assert (folder / "Thumbs.db").read_bytes() == b"junk"
    assert (folder / "failed" / "1003.zip.why.txt").is_file()
    # the workspace is whole: the submission indexed, the quarantine kept, nothing left over
    ws = Workspace.open(office)
    try:
        sub = ws.office_submission("1001", 2569)
        assert sub is not None
        assert [q.file_name for q in ws.office_quarantined()] == ["1003.zip"]
        assert ws.check() == []
        assert not list((office / "intake").glob("receiving-*"))
    finally:
        ws.close()
    # the folder's lock was released: another taker runs at once and finds nothing new
    code = main(
        ["office", "intake", "watch", "--once", "--folder", str(folder), "--workspace", str(office)]
    )
    assert code == 0
    # and the stopped watcher took each file once: the audit log has one receive
    ws = Workspace.open(office)
    try:
        receives = [e for e in ws.audit_log() if e.action == "office.receive"]
        assert len(receives) == 1
    finally:
        ws.close()
