"""Restore applies limits before writing anything: hostile or broken backup files (zip bombs,
too many entries, names that climb out, links, encryption, unknown compression, corrupt data,
manifests of the wrong shape, a damaged database, a FIFO) give one clear sentence and exit 2,
never exit 70, and leave the target folder as it was (absent, or empty) with nothing beside it.
"""

# ruff: noqa: E501

from __future__ import annotations

import json
import os
import stat
import struct
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from backup_helpers import populate, run, run_process
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sealdesk.errors import WorkspaceError
from sealdesk.services.workspace import Workspace


@pytest.fixture(scope="module")
def good(tmp_path_factory: pytest.TempPathFactory) -> Path:
    base = tmp_path_factory.mktemp("good")
    ws = populate(base / "ws")
    written = ws.backup(base / "good.zip")
    ws.close()
    return written


def entries(source: Path) -> list[tuple[zipfile.ZipInfo, bytes]]:
    with zipfile.ZipFile(source) as archive:
        return [(info, archive.read(info)) for info in archive.infolist()]


def rebuild(source: Path, target: Path, change: Callable[[str, bytes], list[tuple[object, bytes]]]):  # type: ignore[no-untyped-def]
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for info, data in entries(source):
            for name, payload in change(info.filename, data):
                new.writestr(name, payload)  # type: ignore[arg-type]
    return target


def with_manifest(value: bytes) -> Callable[[str, bytes], list[tuple[object, bytes]]]:
    return lambda n, d: [(n, value if n == "sealdesk-backup.json" else d)]


def add(extra: list[tuple[object, bytes]]) -> Callable[[str, bytes], list[tuple[object, bytes]]]:
    def change(name: str, data: bytes) -> list[tuple[object, bytes]]:
        return [(name, data), *(extra if name == "sealdesk-backup.json" else [])]

    return change


def link_entry(name: str, target: bytes) -> tuple[object, bytes]:
    info = zipfile.ZipInfo(name)
    info.create_system = 3
    info.external_attr = (stat.S_IFLNK | 0o777) << 16
    return info, target


def deflated(name: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name)
    info.compress_type = zipfile.ZIP_DEFLATED
    return info


def patch_entry(source: Path, target: Path, name: str, patch: Callable[[bytearray, int], None]):  # type: ignore[no-untyped-def]
    """Copies the zip and patches the local header and central directory record of ``name``
    (``patch(buffer, offset_of_the_record)``)."""
    data = bytearray(source.read_bytes())
    encoded = name.encode()
    at = 0
    while (at := data.find(encoded, at + 1)) > 0:
        if data[at - 30 : at - 26] == b"PK\x03\x04":
            patch(data, at - 30)
        elif data[at - 46 : at - 42] == b"PK\x01\x02":
            patch(data, at - 46)
    target.write_bytes(bytes(data))
    return target


def set_flag(data: bytearray, at: int) -> None:
    spot = 6 if data[at : at + 4] == b"PK\x03\x04" else 8
    (flags,) = struct.unpack_from("<H", data, at + spot)
    struct.pack_into("<H", data, at + spot, flags | 0x1)


def set_method_99(data: bytearray, at: int) -> None:
    spot = 8 if data[at : at + 4] == b"PK\x03\x04" else 10
    struct.pack_into("<H", data, at + spot, 99)


def corrupt_deflate(source: Path, target: Path) -> Path:
    with zipfile.ZipFile(source) as archive:
        info = archive.getinfo("sealdesk.db")
    data = bytearray(source.read_bytes())
    start = info.header_offset + 30 + len(info.filename) + len(info.extra)
    for i in range(start + 40, start + info.compress_size - 40, 97):
        data[i] ^= 0x55
    target.write_bytes(bytes(data))
    return target


ZEROS = b"\x00" * (8 * 1024 * 1024)
BOMB_SHA = __import__("hashlib").sha256(ZEROS).hexdigest()
DEEP = b"[" * 100_000 + b"]" * 100_000


CASES: dict[str, Callable[[Path, Path], Path]] = {
    "zip bomb": lambda g, t: rebuild(g, t, add([(deflated(f"blobs/{BOMB_SHA[:2]}/{BOMB_SHA}"), ZEROS)])),
    "20,001 entries": lambda g, t: rebuild(g, t, add([(f"blobs/{i:064x}"[:0] + f"keys/k{i}", b"x") for i in range(20_001)])),
    "17 key files": lambda g, t: rebuild(g, t, add([(f"keys/k{i}", b"x") for i in range(17)])),
    "2 MiB key file": lambda g, t: rebuild(g, t, add([("keys/big", b"k" * (2 * 1024 * 1024))])),
    "manifest []": lambda g, t: rebuild(g, t, with_manifest(b"[]")),
    "manifest null": lambda g, t: rebuild(g, t, with_manifest(b"null")),
    "manifest deeply nested": lambda g, t: rebuild(g, t, with_manifest(DEEP)),
    "manifest not UTF-8": lambda g, t: rebuild(g, t, with_manifest(b"\xff\xfe{")),
    "manifest left_out null": lambda g, t: rebuild(g, t, with_manifest(json.dumps({"format": "sealdesk-backup", "version": 2, "left_out": None}).encode())),
    "manifest version text": lambda g, t: rebuild(g, t, with_manifest(json.dumps({"format": "sealdesk-backup", "version": "2"}).encode())),
    "manifest from the future": lambda g, t: rebuild(g, t, with_manifest(json.dumps({"format": "sealdesk-backup", "version": 99}).encode())),
    "encrypted entry": lambda g, t: patch_entry(g, t, "sealdesk.db", set_flag),
    "compression method 99": lambda g, t: patch_entry(g, t, "sealdesk.db", set_method_99),
    "corrupt deflate data": corrupt_deflate,
    "symlink entry": lambda g, t: rebuild(g, t, add([link_entry("keys/evil", b"/etc/passwd")])),
    "absolute path": lambda g, t: rebuild(g, t, add([("/tmp/evil", b"x")])),
    "climbing path": lambda g, t: rebuild(g, t, add([("blobs/../../evil", b"x")])),
    "keys/..": lambda g, t: rebuild(g, t, add([("keys/..", b"x")])),
    "backslash path": lambda g, t: rebuild(g, t, add([("keys\\..\\..\\evil", b"x")])),
    "unexpected file": lambda g, t: rebuild(g, t, add([("autorun.inf", b"x")])),
    "duplicate name": lambda g, t: rebuild(g, t, add([("keys/signing-key.json", b"again")])),
    "database not SQLite": lambda g, t: rebuild(g, t, lambda n, d: [(n, b"garbage" * 100 if n == "sealdesk.db" else d)]),
    "database missing": lambda g, t: rebuild(g, t, lambda n, d: [] if n == "sealdesk.db" else [(n, d)]),
    "empty zip": lambda g, t: rebuild(g, t, lambda n, d: []),
    "truncated zip": lambda g, t: (t.write_bytes(g.read_bytes()[: g.stat().st_size // 2]), t)[1],
    "a folder": lambda g, t: (t.mkdir(), t)[1],
    "empty file": lambda g, t: (t.write_bytes(b""), t)[1],
}  # fmt: skip


def assert_untouched(target: Path) -> None:
    assert not target.exists() or list(target.iterdir()) == []
    leftovers = [p.name for p in target.parent.iterdir() if p.name.startswith(".sealdesk-")]
    assert leftovers == []
    assert not (target.parent / "evil").exists() and not Path("/tmp/evil").exists()


@pytest.mark.parametrize("case", sorted(CASES))
def test_hostile_or_broken_backups_are_refused_clearly(
    good: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], case: str
) -> None:
    bad = CASES[case](good, tmp_path / "bad.zip")
    target = tmp_path / "restore" / "ws"
    code, out, err = run(capsys, "--workspace", str(target), "restore", str(bad))
    assert code == 2, (code, out, err)
    assert "Something unexpected" not in err and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1 and "Error" not in err
    assert ".sealdesk-restore" not in err  # no path the user did not give
    assert_untouched(target)
    # an empty folder given as the target stays as it was, and a retry is not refused for it
    target.mkdir(parents=True, exist_ok=True)
    code, _, err = run(capsys, "--workspace", str(target), "restore", str(bad))
    assert code == 2 and "empty folder" not in err
    assert_untouched(target)
    code, _, err = run(capsys, "--workspace", str(target), "restore", str(good))
    assert code == 0, err


def test_restore_from_a_fifo_does_not_hang(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "b.zip")
    result = run_process("--workspace", str(tmp_path / "ws"), "restore", str(tmp_path / "b.zip"))
    assert result.returncode == 2 and "not an ordinary file" in result.stderr
    assert not (tmp_path / "ws").exists()


def test_not_enough_space_is_said_before_writing(
    good: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import shutil

    real = shutil.disk_usage
    monkeypatch.setattr(
        "sealdesk.services.restore.shutil.disk_usage",
        lambda p: real(p)._replace(free=1000),
    )
    with pytest.raises(WorkspaceError, match="not enough free space"):
        Workspace.restore_report(good, tmp_path / "ws")
    assert_untouched(tmp_path / "ws")


def test_a_damaged_blob_in_the_backup_file_is_restored_around_with_partial(
    good: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first = next(i.filename for i, _ in entries(good) if i.filename.startswith("blobs/"))
    bad = rebuild(
        good, tmp_path / "bad.zip", lambda n, d: [(n, d[:-1] + b"!" if n == first else d)]
    )
    target = tmp_path / "ws"
    code, _, err = run(capsys, "--workspace", str(target), "restore", str(bad))
    assert code == 2 and "--partial" in err and "damaged" in err
    assert_untouched(target)
    code, out, err = run(capsys, "--workspace", str(target), "restore", str(bad), "--partial")
    assert code == 1 and "could not be restored" in out, err
    with Workspace.open(target) as ws:
        missing = sorted(p.detail for p in ws.check() if p.kind == "blob-missing")
    assert missing == [first.split("/")[-1]]


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
def test_random_byte_damage_to_a_backup_never_escapes(
    good: Path, tmp_path_factory: pytest.TempPathFactory, data: st.DataObject
) -> None:
    """Random bytes of the backup file changed: restore either works (and check agrees with
    it) or refuses with a clear error, leaving nothing behind; never an unexpected error."""
    raw = bytearray(good.read_bytes())
    for _ in range(data.draw(st.integers(1, 8))):
        at = data.draw(st.integers(0, len(raw) - 1))
        raw[at] = data.draw(st.integers(0, 255))
    base = tmp_path_factory.mktemp("flip")
    bad = base / "bad.zip"
    bad.write_bytes(bytes(raw))
    target = base / "ws"
    try:
        report = Workspace.restore_report(bad, target, partial=data.draw(st.booleans()))
    except WorkspaceError:
        assert_untouched(target)
        return
    with Workspace.open(target) as ws:
        after = ws.check()
    assert sorted(map(repr, after)) == sorted(map(repr, report.problems))
