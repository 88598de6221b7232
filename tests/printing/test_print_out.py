"""Issue 11: `sealdesk print --out` writes only a new regular file outside the workspace (or
replaces one with --overwrite), through a temporary name, and never hangs on a FIFO."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from sealdesk.cli import main
from sealdesk.services.workspace import Workspace


@pytest.fixture()
def workspace(tmp_path: Path) -> Path:
    path = tmp_path / "ws"
    Workspace.create(path, district_code="1010", round_be=2569, actor="สมหญิง").close()
    return path


def _print(workspace: Path, out: Path | str, *extra: str) -> int:
    return main(["--workspace", str(workspace), "print", "checklist", "--out", str(out), *extra])


def _refused(capsys, code: int) -> str:
    err = capsys.readouterr().err.strip()
    assert code == 2, err
    assert "\n" not in err and "Traceback" not in err and "unexpected" not in err
    return err


def test_an_existing_file_is_kept_unless_overwrite(workspace: Path, tmp_path: Path, capsys):
    out = tmp_path / "mine.pdf"
    out.write_bytes(b"precious")
    err = _refused(capsys, _print(workspace, out))
    assert "already exists" in err and "--overwrite" in err
    assert out.read_bytes() == b"precious"
    assert _print(workspace, out, "--overwrite") == 0
    assert out.read_bytes().startswith(b"%PDF")
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


@pytest.mark.parametrize(
    "name", ["sealdesk.db", "blobs/x.pdf", "keys/sheet.pdf", "new.pdf", "logs/../a.pdf"]
)
@pytest.mark.parametrize("overwrite", [False, True])
def test_nothing_is_written_inside_the_workspace(
    workspace: Path, capsys, name: str, overwrite: bool
) -> None:
    (workspace / "keys").mkdir(exist_ok=True)
    db = (workspace / "sealdesk.db").read_bytes()
    before = sorted(str(p) for p in workspace.rglob("*"))
    flags = ["--overwrite"] if overwrite else []
    err = _refused(capsys, _print(workspace, workspace / name, *flags))
    assert "inside the workspace" in err
    assert (workspace / "sealdesk.db").read_bytes() == db
    assert sorted(str(p) for p in workspace.rglob("*") if "-wal" not in p.name) == [
        p for p in before if "-wal" not in p
    ]
    with Workspace.open(workspace) as ws:
        assert ws.district.code == "1010"


def test_a_symlink_into_the_workspace_is_refused(workspace: Path, tmp_path: Path, capsys):
    link = tmp_path / "looks-harmless.pdf"
    link.symlink_to(workspace / "sealdesk.db")
    db = (workspace / "sealdesk.db").read_bytes()
    _refused(capsys, _print(workspace, link, "--overwrite"))
    assert (workspace / "sealdesk.db").read_bytes() == db


@pytest.mark.parametrize("kind", ["device", "fifo", "folder"])
def test_only_regular_files_are_written(workspace: Path, tmp_path: Path, capsys, kind: str):
    if kind == "device":
        target = Path("/dev/full" if Path("/dev/full").exists() else "/dev/null")
        before = target.stat().st_rdev
    elif kind == "fifo":
        target = tmp_path / "pipe.pdf"
        os.mkfifo(target)
    else:
        target = tmp_path / "folder.pdf"
        target.mkdir()
    err = _refused(capsys, _print(workspace, target, "--overwrite"))
    assert "not an ordinary file" in err
    if kind == "device":
        assert target.stat().st_rdev == before and target.is_char_device()
    elif kind == "fifo":
        assert target.is_fifo()
    else:
        assert target.is_dir()


def test_a_failed_print_leaves_the_old_file_and_no_temporary(
    workspace: Path, tmp_path: Path, capsys
) -> None:
    out = tmp_path / "cover.pdf"
    out.write_bytes(b"old cover")
    code = main(
        [
            "--workspace",
            str(workspace),
            "print",
            "cover",
            "--out",
            str(out),
            "--overwrite",
            "--bundle",
            str(tmp_path / "missing.zip"),
        ]
    )
    assert code == 2
    capsys.readouterr()
    assert out.read_bytes() == b"old cover"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cover.pdf", "ws"]


def test_the_streams_are_binary_not_ascii85(workspace: Path, tmp_path: Path) -> None:
    """Issue 13: compressed streams are written as they are (ReportLab's default ASCII85 text
    form is a quarter larger and, in pure Python, a twentieth of the print's CPU time); the
    text still reads back."""
    out = tmp_path / "checklist.pdf"
    assert _print(workspace, out) == 0
    data = out.read_bytes()
    assert b"/FlateDecode" in data
    assert b"ASCII85Decode" not in data
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
    assert "1.1.1" in text
