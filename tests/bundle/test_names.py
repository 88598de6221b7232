"""Evidence names: every name that can be stored survives export -> `sealdesk verify` ->
bagit-python -> Info-ZIP's `unzip` (test and real extraction), whatever it holds (line and
paragraph separators, control characters, long Thai, duplicates)."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import unicodedata
import zipfile
from pathlib import Path

import bagit
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sealdesk.bundle import keys
from sealdesk.bundle.archive import parse_manifest
from sealdesk.bundle.names import MAX_BYTES, NameAllocator, fits, safe_name
from sealdesk.services import export
from sealdesk.services.verification import verify_bundle
from sealdesk.services.workspace import Workspace
from tests.bundle.conftest import FAST_KDF, PASS

LONG_THAI = "รายงานผลการดำเนินงานส่งเสริมความเท่าเทียมระหว่างเพศของสำนักงานเขตประจำปีงบประมาณ๒๕๖๙"
SEPARATORS = ["\u2028", "\u2029", "\u0085", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\r", "\n"]


def _export_names(root: Path, names: list[str]) -> tuple[Path, Path]:
    """A real workspace holding one evidence file per name (distinct contents), exported."""
    root.mkdir(parents=True)
    ws = Workspace.create(root / "ws", "1001", 2569, actor="ทดสอบ")
    try:
        code = ws.catalog().benchmarks()[0].code
        src = root / "src"
        src.mkdir()
        for i, name in enumerate(names):
            folder = src / str(i)
            folder.mkdir()
            (folder / name).write_bytes(f"evidence {i} {name!r}\n".encode("utf-8", "replace"))
            ws.add_evidence(folder / name, benchmarks=[code])
        keys.create_key(root / "ws" / "keys", PASS, kdf=FAST_KDF)
        keys.export_public(root / "ws" / "keys", root / "d.pub")
        out = root / "bundle.zip"
        export.export_bundle(ws, out, passphrase=PASS, checklist=False)
    finally:
        ws.close()
    return out, root / "d.pub"


def _check_with_every_reader(bundle: Path, pub: Path, count: int, scratch: Path) -> None:
    report = verify_bundle(bundle, pub)
    assert report.evidence_count == count
    run = subprocess.run(["unzip", "-t", "-qq", str(bundle)], capture_output=True)
    assert run.returncode == 0, run.stdout + run.stderr
    dest = scratch / "unzipped"
    run = subprocess.run(["unzip", "-qq", str(bundle), "-d", str(dest)], capture_output=True)
    assert run.returncode == 0, run.stdout + run.stderr
    (bag_dir,) = list(dest.iterdir())
    bagit.Bag(str(bag_dir)).validate()  # the bag as Info-ZIP unpacked it
    with zipfile.ZipFile(bundle) as zf:
        for name in zf.namelist():
            for part in name.split("/"):
                assert len(part.encode("utf-8")) <= MAX_BYTES
                assert unicodedata.is_normalized("NFC", part)


def _storable(name: str) -> bool:
    """What a file name on this machine can be (and so what can be stored as evidence)."""
    return (
        name not in ("", ".", "..")
        and "/" not in name
        and "\x00" not in name
        and len(os.fsencode(name)) <= 255
    )


@pytest.mark.parametrize("sep", SEPARATORS, ids=[f"U+{ord(c):04X}" for c in SEPARATORS])
def test_line_breaks_and_controls_in_names_survive(tmp_path: Path, sep: str) -> None:
    names = [f"รายงาน{sep}ประจำปี.pdf", f"{sep}lead.txt", f"trail.txt{sep}", f"a{sep}{sep}b"]
    bundle, pub = _export_names(tmp_path / "w", names)
    _check_with_every_reader(bundle, pub, len(names), tmp_path)


def test_two_long_thai_names_stay_within_255_bytes(tmp_path: Path) -> None:
    name = LONG_THAI[:83] + ".pdf"  # 253 bytes: a file name this machine can hold
    assert 240 < len(name.encode()) <= 255
    names = [name, name, name, LONG_THAI[:81] + "AB.pdf", LONG_THAI[:81] + "ab.pdf"]
    bundle, pub = _export_names(tmp_path / "w", names)
    _check_with_every_reader(bundle, pub, len(names), tmp_path)


def test_other_hostile_but_storable_names(tmp_path: Path) -> None:
    names = [
        "\u202etxt.exe",  # right-to-left override
        "ไฟล์\u200bซ่อน.pdf",  # zero-width space
        "\ufeffbom.txt",
        "   spaced   .txt",
        "\u3000ideographic\u3000",
        "trailing dots...",
        "%41%0A%25.txt",
        "CON",
        "nul.tar.gz",
        "*star",
        "#hash",
        "e\u0301" * 80,
        "เ" * 85,
        "😀" * 63,
        "x." + "ก" * 80,
        "\x80\x9f.c1",
        "0;",
        "report;12",
        "a.pdf;1",
    ]
    bundle, pub = _export_names(tmp_path / "w", names)
    _check_with_every_reader(bundle, pub, len(names), tmp_path)


name_chars = st.one_of(
    st.characters(codec="utf-8", exclude_characters="/\x00"),
    st.sampled_from([*SEPARATORS, "\u0e40", "\u0e31", "\u0e48", "\u0e33", " ", ".", "%", "\\"]),
    st.characters(min_codepoint=0x0E01, max_codepoint=0x0E5B),
)
THAI = st.characters(min_codepoint=0x0E01, max_codepoint=0x0E5B)
storable_names = st.one_of(
    st.text(name_chars, min_size=1, max_size=120),
    # long Thai near the 255-byte limit, where a " (2)" suffix used to push a name over it
    st.builds(
        lambda stem, sep, ext: stem + sep + ext,
        st.text(THAI, min_size=60, max_size=84),
        st.sampled_from(["", *SEPARATORS[:3]]),
        st.sampled_from(["", ".pdf", ".docx", ";1"]),
    ),
    # ordinary names with one hard character somewhere
    st.builds(
        lambda a, c, b: a + c + b,
        st.text(THAI, min_size=1, max_size=20),
        st.sampled_from([*SEPARATORS, "\u202e", "\x9b", "%", ";", "\ufeff"]),
        st.sampled_from(["", ".pdf", " .txt", "."]),
    ),
).filter(_storable)


@pytest.mark.slow
@settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    names=st.lists(storable_names, min_size=1, max_size=4).flatmap(
        lambda names: st.just(names + names[:1])  # one name twice: a "(2)" suffix
    )
)
def test_any_storable_name_survives_every_reader(names: list[str]) -> None:
    scratch = Path(tempfile.mkdtemp(prefix="names-"))
    try:
        bundle, pub = _export_names(scratch / "w", names)
        _check_with_every_reader(bundle, pub, len(names), scratch)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


@settings(max_examples=2000, deadline=None)
@given(st.lists(st.text(name_chars, max_size=300), min_size=1, max_size=6))
def test_allocated_names_are_safe_and_distinct(wanted: list[str]) -> None:
    names = NameAllocator()
    given_out = [names.allocate(w) for w in wanted]
    keys_seen = {NameAllocator.key(n) for n in given_out}
    assert len(keys_seen) == len(given_out)
    for name in given_out:
        assert fits(name) and name == safe_name(name)
        assert unicodedata.is_normalized("NFC", name)
        assert not any(unicodedata.category(c) in ("Cc", "Zl", "Zp", "Cs") for c in name)
        assert name == name.strip() and not name.endswith(".")
        assert len(name.splitlines()) == 1 and "%" not in name
        assert not name.endswith(";") and not name.rstrip("0123456789").endswith(";")
        # its manifest line reads back as itself
        line = f"{'0' * 64}  data/evidence/{name}\n".encode()
        assert list(parse_manifest(line, "manifest")) == [f"data/evidence/{name}"]


def test_manifest_lines_end_only_at_lf_or_crlf() -> None:
    text = f"{'a' * 64}  data/x\u2028y\r\n{'b' * 64}  data/p%0Aq%25\n{'c' * 64}  data/f\x0cg\n"
    assert parse_manifest(text.encode(), "m") == {
        "data/x\u2028y": "a" * 64,
        "data/p\nq%": "b" * 64,
        "data/f\x0cg": "c" * 64,
    }


def test_cut_never_splits_a_thai_cluster() -> None:
    text = "สวัสดีครับเกื้อกูลน้ำใจ" * 12
    for n in range(60, 120):
        name = safe_name(text[:n] + ".pdf")
        assert fits(name) and name.endswith(".pdf")
        stem = name.removesuffix(".pdf")
        assert text.startswith(stem)
        if len(stem) == n:
            continue  # short enough: not cut
        assert stem[-1] not in "เแโใไ"  # no leading vowel without its consonant
        follows = text[len(stem)]
        assert not unicodedata.category(follows).startswith("M") and follows != "\u0e33"
