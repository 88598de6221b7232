"""Issue 11, evidence intake: only a regular, non-empty file of bounded size is taken in (a FIFO
or /dev/zero never hangs or fills the disk), and a stored name is one every later step can carry
(no line or paragraph separators, controls, bidi overrides or lone surrogates; <= 255 bytes)."""

from __future__ import annotations

import os
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sealdesk.domain.names import MAX_NAME_BYTES, evidence_name
from sealdesk.errors import EvidenceError, FileAccessError, SealDeskError
from sealdesk.services.workspace import Workspace
from sealdesk.store.blobs import MAX_BLOB_BYTES

ROOT = Path(__file__).resolve().parents[2]
BAD = "\u2028\u2029\u0085\x00\x1b\x07\r\n\t\x7f\u202e\u2066"


def nothing_stored(ws: Workspace) -> bool:
    return ws.evidence_list() == [] and list(ws.blobs.tmp.iterdir()) == []


@pytest.mark.parametrize("kind", ["fifo", "dev-zero", "dev-null", "empty", "sparse-huge"])
def test_only_regular_non_empty_bounded_files_are_taken(
    workspace: Workspace, tmp_path: Path, kind: str
) -> None:
    if kind == "fifo":
        source = tmp_path / "scan.pdf"
        os.mkfifo(source)
    elif kind == "dev-zero":
        source = Path("/dev/zero")
    elif kind == "dev-null":
        source = Path("/dev/null")
    elif kind == "empty":
        source = tmp_path / "empty.pdf"
        source.touch()
    else:  # larger than the bound, without using the disk
        source = tmp_path / "huge.pdf"
        with open(source, "wb") as handle:
            handle.truncate(MAX_BLOB_BYTES + 1)
    with pytest.raises(SealDeskError) as caught:
        workspace.add_evidence(source, benchmarks=["1.1.1"])
    message = caught.value.english()
    expected = {
        "fifo": "not an ordinary file",
        "dev-zero": "not an ordinary file",
        "dev-null": "not an ordinary file",
        "empty": "empty",
        "sparse-huge": "too large",
    }[kind]
    assert expected in message
    assert nothing_stored(workspace)


def test_copying_stops_at_the_bound(workspace: Workspace, tmp_path: Path) -> None:
    source = tmp_path / "grows.pdf"
    source.write_bytes(b"x" * 5000)
    with pytest.raises(FileAccessError, match="too large"):
        workspace.blobs.put(source, max_bytes=4096)
    stored = workspace.blobs.put(source, max_bytes=5000)
    assert stored.size == 5000
    assert list(workspace.blobs.tmp.iterdir()) == []


def test_a_file_emptied_while_queued_is_refused(workspace: Workspace, tmp_path: Path) -> None:
    source = tmp_path / "scan.pdf"
    source.write_bytes(b"")
    with pytest.raises(EvidenceError, match="empty"):
        workspace.add_evidence(source)


@pytest.mark.parametrize("what", ["fifo", "/dev/zero", "empty"])
def test_cli_evidence_add_refuses_without_hanging(workspace_path: Path, tmp_path: Path, what):
    if what == "fifo":
        source = tmp_path / "pipe.pdf"
        os.mkfifo(source)
    elif what == "empty":
        source = tmp_path / "empty.pdf"
        source.touch()
    else:
        source = Path(what)
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "sealdesk",
            "--workspace",
            str(workspace_path),
            "evidence",
            "add",
            str(source),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT), "SEALDESK_LANG": "en"},
    )
    assert run.returncode == 2, run.stderr
    assert run.stderr.count("\n") == 1 and "unexpected" not in run.stderr


@pytest.fixture
def workspace_path(tmp_path: Path) -> Path:
    path = tmp_path / "ws-cli"
    Workspace.create(path, district_code="1010", round_be=2569, actor="สมหญิง").close()
    return path


names = st.text(
    st.characters(codec=None, exclude_categories=()) | st.sampled_from([*BAD, "ก", "ำ", "เ"]),
    min_size=0,
    max_size=200,
)


@settings(max_examples=400, suppress_health_check=[HealthCheck.too_slow])
@given(names)
def test_evidence_name_is_always_carriable(name: str) -> None:
    stored = evidence_name(name)
    assert stored and stored not in (".", "..")
    assert stored == stored.strip()
    assert len(stored.encode("utf-8")) <= MAX_NAME_BYTES  # encodes: no lone surrogate
    assert unicodedata.is_normalized("NFC", stored)
    for ch in stored:
        assert unicodedata.category(ch) not in ("Cc", "Zl", "Zp", "Cs"), repr(stored)
        assert ch not in "/\\\u202e\u2066"
    assert evidence_name(stored) == stored  # stable: a stored name stays as it is
    # a stored name starts with a combining mark only if the clerk's did (NFC may swap the mark
    # for its canonical twin: U+0340 becomes U+0300)
    first = unicodedata.normalize("NFC", name.strip())[:1]
    assert not unicodedata.category(stored[0]).startswith("M") or first == stored[:1]


def test_evidence_name_keeps_ordinary_names_and_the_extension() -> None:
    assert evidence_name("คำสั่งแต่งตั้ง ปี ๒๕๖๗.pdf") == "คำสั่งแต่งตั้ง ปี ๒๕๖๗.pdf"
    assert evidence_name("a\u2028b\u2029c\u0085d.pdf") == "a_b_c_d.pdf"
    long = evidence_name("ความเท่าเทียมทางเพศ" * 20 + ".pdf")
    assert long.endswith(".pdf") and len(long.encode()) <= MAX_NAME_BYTES


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.text(st.sampled_from(list(BAD) + list("กขคเำ่ aZ.-")), min_size=1, max_size=60))
def test_names_on_disk_are_stored_safe(workspace: Workspace, tmp_path: Path, name: str) -> None:
    fs_name = name.replace("/", "_").replace("\x00", "_")
    if fs_name in (".", "..") or len(fs_name.encode()) > 250:
        return
    folder = tmp_path / os.urandom(4).hex()
    folder.mkdir()
    source = folder / fs_name
    source.write_bytes(os.urandom(64))
    stored = workspace.add_evidence(source).evidence
    assert stored.original_name == evidence_name(fs_name)
    assert not any(ch in stored.original_name for ch in BAD)


def test_a_non_utf8_name_on_disk_is_stored(workspace: Workspace, tmp_path: Path) -> None:
    raw = os.fsencode(str(tmp_path)) + b"/scan-\xff\xfe.pdf"
    with open(raw, "wb") as handle:
        handle.write(b"%PDF-1.4 x")
    name = os.fsdecode(raw)
    stored = workspace.add_evidence(Path(name)).evidence
    assert stored.original_name.startswith("scan-") and stored.original_name.endswith(".pdf")
    stored.original_name.encode("utf-8")
    assert workspace.check() == []
