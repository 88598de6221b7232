"""Shared by the backup tests: a populated workspace, the kinds of damage an unlucky or
hostile user does to its blob folder, and running the real CLI."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from sealdesk.cli import main
from sealdesk.services.workspace import Workspace

ROOT = Path(__file__).resolve().parents[2]

DOCUMENTS = {
    "คำสั่งเขต.pdf": b"%PDF-1.4 order " * 50,
    "ภาพกิจกรรม.jpg": b"\xff\xd8\xff image " * 40,
    "รายงานประจำปี.pdf": b"%PDF-1.4 annual report " * 30,
    "บันทึกการประชุม.docx": b"PK\x03\x04 minutes " * 20,
    "แบบสำรวจ.xlsx": b"PK\x03\x04 survey " * 60,
}


def populate(folder: Path, documents: dict[str, bytes] | None = None) -> Workspace:
    """A workspace with an assessment, an action, five evidence files and a key file."""
    ws = Workspace.create(folder, "1001", 2569, actor="สมหญิง ใจดี")
    ws.assess("1.1.1", status="met", narrative="มีแผนปฏิบัติราชการประจำปี")
    ws.add_action("1.2.1", "เก็บข้อมูลจำแนกตามเพศ", "ฝ่ายทะเบียน")
    sources = folder.parent / f"{folder.name}-sources"
    sources.mkdir()
    for name, data in (documents or DOCUMENTS).items():
        (sources / name).write_bytes(data)
        ws.add_evidence(sources / name, benchmarks=["1.1.1"])
    keys = folder / "keys"
    keys.mkdir(mode=0o700, exist_ok=True)
    (keys / "signing-key.json").write_text('{"test": true}')
    os.chmod(keys / "signing-key.json", 0o600)
    return ws


DAMAGES = ("truncate", "delete", "folder", "symlink", "devzero", "fifo", "flip", "empty")


def damage(path: Path, how: str) -> None:
    """Damages one blob in place (the blob must be a regular file)."""
    os.chmod(path, 0o644)
    data = path.read_bytes()
    if how == "truncate":
        path.write_bytes(data[: len(data) // 2])
    elif how == "empty":
        path.write_bytes(b"")
    elif how == "flip":
        path.write_bytes(bytes([data[0] ^ 0x01]) + data[1:])
    else:
        path.unlink()
        if how == "folder":
            path.mkdir()
            (path / "inside").write_bytes(b"x")
        elif how == "symlink":  # to an intact regular file elsewhere: still not followed
            (path.parent.parent.parent / "elsewhere").write_bytes(data)
            path.symlink_to(path.parent.parent.parent / "elsewhere")
        elif how == "devzero":
            path.symlink_to("/dev/zero")
        elif how == "fifo":
            os.mkfifo(path)


JUNK = ("ds_store", "tmp_folder", "odd_folder", "misplaced", "prefix_junk", "tmp_fifo")


def add_junk(blobs: Path, how: str) -> str:
    """Puts a file that is not SealDesk's into the blob folder; returns its workspace path."""
    if how == "ds_store":
        (blobs / ".DS_Store").write_bytes(b"\x00\x00\x00\x01Bud1")
        return "blobs/.DS_Store"
    if how == "tmp_folder":
        (blobs / "tmp" / "Thumbs").mkdir(parents=True)
        (blobs / "tmp" / "Thumbs" / "a.db").write_bytes(b"x")
        return "blobs/tmp/Thumbs"
    if how == "odd_folder":
        (blobs / "copies").mkdir()
        (blobs / "copies" / "x.pdf").write_bytes(b"x")
        return "blobs/copies"
    if how == "misplaced":
        folder = blobs / "ff"
        folder.mkdir(exist_ok=True)
        (folder / ("00" + "1" * 62)).write_bytes(b"misplaced")
        return "blobs/ff/" + "00" + "1" * 62
    if how == "prefix_junk":
        folder = blobs / "ee"
        folder.mkdir(exist_ok=True)
        (folder / "desktop.ini").write_bytes(b"[x]")
        return "blobs/ee/desktop.ini"
    os.mkfifo(blobs / "tmp" / "pipe")
    return "blobs/tmp/pipe"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(["--lang", "en", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def run_process(*argv: str, timeout: float = 120, env: dict[str, str] | None = None):  # type: ignore[no-untyped-def]
    """The CLI in its own process (for cases that once hung: a FIFO, /dev/zero)."""
    environment = {**os.environ, "PYTHONPATH": str(ROOT), "SEALDESK_LANG": "en", **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "sealdesk", *argv],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=environment,
        stdin=subprocess.DEVNULL,
    )
