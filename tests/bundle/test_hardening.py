"""Issue 11 (part H1): bundles against faults and hostile input, on real files, real zips, real
devices and FIFOs, a real full tmpfs and real `sealdesk` subprocesses.

Kinds: export targets and a full disk (exit 42, nothing left, never a device or the
workspace); bounded regular-file inputs (bundle, trust, passphrase and key files; scrypt
parameters); verify's exit codes as documented; secrets (audit, whitespace passphrases, no
terminal)."""

from __future__ import annotations

import base64
import contextlib
import json
import os
import stat
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from sealdesk.bundle import keys
from sealdesk.bundle.constants import SIGNATURE_NAME, TAG_MANIFEST
from sealdesk.bundle.errors import (
    BadSignatureError,
    ContainerModifiedError,
    ExportFailedError,
    KeyFileError,
    NotABundleError,
    WeakPassphraseError,
)
from sealdesk.errors import FileAccessError
from sealdesk.services import export
from sealdesk.services import keys as key_service
from sealdesk.services.verification import load_trust, verify_bundle
from tests.bundle.conftest import FAST_KDF, PASS, Fixture, copy

ROOT = Path(__file__).resolve().parents[2]


def _cli(
    *args: str, cwd: Path, ws: Path, new_session: bool = False
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "sealdesk", "--workspace", str(ws), *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        stdin=subprocess.DEVNULL,
        start_new_session=new_session,  # no controlling terminal: /dev/tty cannot be opened
        timeout=600,  # a guard against a hang, not a measurement
        env={
            "PATH": "/usr/bin:/bin",
            "QT_QPA_PLATFORM": "offscreen",
            "LANG": "C.UTF-8",
            "PYTHONPATH": str(ROOT),
        },
    )


def _device(path: Path) -> Path:
    """A character device node like /dev/null, made where a test may replace it."""
    if os.geteuid() != 0:
        pytest.skip("making a device node needs root")
    os.mknod(path, stat.S_IFCHR | 0o666, os.makedev(1, 3))
    return path


# --- export targets and a full disk ----------------------------------------------------------


@contextlib.contextmanager
def _small_tmpfs(folder: Path, size: str = "1m") -> Iterator[Path]:
    folder.mkdir()
    run = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)], capture_output=True
    )
    if run.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {run.stderr!r}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", str(folder)], check=True)


def _big_evidence(fx: Fixture, size: int = 3 * 1024 * 1024) -> None:
    big = fx.src / "big.pdf"
    big.write_bytes(b"%PDF-1.4\n" + os.urandom(size))
    fx.ws.add_evidence(big, benchmarks=[fx.codes[0]])


def test_export_onto_a_full_disk_is_42_and_leaves_nothing(fx: Fixture, tmp_path: Path) -> None:
    _big_evidence(fx)
    with _small_tmpfs(tmp_path / "small") as small:
        with pytest.raises(ExportFailedError) as info:
            export.export_bundle(fx.ws, small / "b.zip", passphrase=PASS, checklist=False)
        assert info.value.exit_code == 42
        assert "disk is full" in str(info.value)
        assert list(small.iterdir()) == []
        assert fx.ws.exports() == []


def test_cli_export_onto_a_full_disk_is_42_with_a_clear_sentence(
    fx: Fixture, tmp_path: Path
) -> None:
    _big_evidence(fx)
    (tmp_path / "pp").write_text(PASS + "\n", "utf-8")
    with _small_tmpfs(tmp_path / "small") as small:
        run = _cli(
            "export",
            "--out",
            str(small / "b.zip"),
            "--passphrase-file",
            "pp",
            "--yes",
            cwd=tmp_path,
            ws=Path(fx.ws.path),
        )
        assert run.returncode == 42, run.stderr
        assert "the disk is full" in run.stderr and "Errno" not in run.stderr
        assert list(small.iterdir()) == []


def _target_cases(fx: Fixture, tmp_path: Path) -> dict[str, tuple[Path, bool]]:
    """Targets a bundle or a public key must never be written to (path, with --overwrite)."""
    fifo = tmp_path / "pipe.zip"
    os.mkfifo(fifo)
    (tmp_path / "folder.zip").mkdir()
    (tmp_path / "kept.zip").write_bytes(b"keep me")
    return {
        "existing file": (tmp_path / "kept.zip", False),
        "device node": (_device(tmp_path / "null.zip"), True),
        "fifo": (fifo, True),
        "folder": (tmp_path / "folder.zip", True),
        "inside the workspace": (Path(fx.ws.path) / "b.zip", False),
        "workspace database": (Path(fx.ws.path) / "sealdesk.db", True),
        "missing folder": (tmp_path / "nowhere" / "b.zip", False),
    }


TARGETS = [
    "existing file",
    "device node",
    "fifo",
    "folder",
    "inside the workspace",
    "workspace database",
    "missing folder",
]


def _state(path: Path) -> tuple[int, bytes] | None:
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        return None
    data = path.read_bytes() if stat.S_ISREG(info.st_mode) else b""
    return (stat.S_IFMT(info.st_mode), data)


@pytest.mark.parametrize("case", TARGETS)
def test_export_never_writes_where_it_must_not(fx: Fixture, tmp_path: Path, case: str) -> None:
    target, overwrite = _target_cases(fx, tmp_path)[case]
    before = _state(target)
    with pytest.raises(ExportFailedError) as info:
        export.export_bundle(fx.ws, target, passphrase=PASS, checklist=False, overwrite=overwrite)
    assert info.value.exit_code == 42
    assert _state(target) == before
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]


@pytest.mark.parametrize("case", TARGETS)
def test_key_export_never_writes_where_it_must_not(fx: Fixture, tmp_path: Path, case: str) -> None:
    target, overwrite = _target_cases(fx, tmp_path)[case]
    before = _state(target)
    with pytest.raises(FileAccessError):
        key_service.export_public(fx.ws, target, overwrite=overwrite)
    assert _state(target) == before


def test_cli_key_export_refuses_an_existing_file_without_overwrite(
    fx: Fixture, tmp_path: Path
) -> None:
    (tmp_path / "d.pub").write_text("mine\n")
    run = _cli("key", "export", "d.pub", cwd=tmp_path, ws=Path(fx.ws.path))
    assert run.returncode == 2 and "--overwrite" in run.stderr
    assert (tmp_path / "d.pub").read_text() == "mine\n"
    run = _cli("key", "export", "d.pub", "--overwrite", cwd=tmp_path, ws=Path(fx.ws.path))
    assert run.returncode == 0, run.stderr
    (public,) = load_trust(tmp_path / "d.pub")
    assert (public.key_id, public.raw) == (fx.public.key_id, fx.public.raw)
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []


# --- inputs: only regular files, each with a bound ---------------------------------------------


def _fifo(path: Path) -> Path:
    os.mkfifo(path)
    return path


def test_verify_refuses_a_fifo_and_a_device(built: tuple[Fixture, Path], tmp_path: Path) -> None:
    f, _ = built
    for path in (_fifo(tmp_path / "b.zip"), Path("/dev/zero")):
        with pytest.raises(FileAccessError) as info:
            verify_bundle(path, f.pub_file)
        assert "not an ordinary file" in str(info.value)


@pytest.mark.slow
@pytest.mark.parametrize("source", ["fifo", "/dev/zero", "too large"])
def test_cli_inputs_are_bounded_regular_files(
    built: tuple[Fixture, Path], tmp_path: Path, source: str
) -> None:
    f, bundle = built
    if source == "fifo":
        path = str(_fifo(tmp_path / "input"))
    elif source == "too large":
        path = str(tmp_path / "input")
        Path(path).write_bytes(b"A" * (2 * 1024 * 1024))
    else:
        path = source
    ws = Path(f.ws.path)
    for args in (
        ("verify", str(bundle), "--trust", path),
        ("verify", path, "--trust", str(f.pub_file)),
        ("export", "--out", str(tmp_path / "b.zip"), "--yes", "--passphrase-file", path),
        ("key", "passwd", "--passphrase-file", path),
    ):
        if source == "too large" and args[1] == path:
            continue  # a large bundle is fine: its limits are checked inside
        run = _cli(*args, cwd=tmp_path, ws=ws)
        assert run.returncode == 2, (args, run.returncode, run.stderr)
        assert "Traceback" not in run.stderr and "Something unexpected" not in run.stderr
    assert not (tmp_path / "b.zip").exists()


def _edit_key_file(kdir: Path, change: dict[str, object]) -> None:
    path = keys.key_path(kdir)
    doc = json.loads(path.read_text())
    doc["kdf"].update(change)
    path.write_text(json.dumps(doc))


@pytest.mark.parametrize(
    "change",
    [
        {"n": 2**40},
        {"n": 2**21},
        {"r": 2**20},
        {"p": 2**20},
        {"r": 32, "n": 2**20},  # 4 GiB of memory
        {"n": "131072"},
        {"n": 2.0**17},
        {"salt": base64.b64encode(os.urandom(4096)).decode()},
    ],
    ids=["N=2^40", "N=2^21", "r=2^20", "p=2^20", "4GiB", "N-string", "N-float", "huge-salt"],
)
def test_key_file_demanding_too_much_work_is_damaged(
    tmp_path: Path, change: dict[str, object]
) -> None:
    kdir = tmp_path / "keys"
    keys.create_key(kdir, PASS, kdf=FAST_KDF)
    _edit_key_file(kdir, change)
    with pytest.raises(KeyFileError) as info:
        keys.unlock(kdir, PASS)
    assert info.value.exit_code == 33


@pytest.mark.parametrize("content", ["huge", "nested", "fifo", "device", "not-utf8"])
def test_damaged_key_files_are_33_not_a_hang_or_a_crash(tmp_path: Path, content: str) -> None:
    kdir = tmp_path / "keys"
    keys.create_key(kdir, PASS, kdf=FAST_KDF)
    path = keys.key_path(kdir)
    path.unlink()
    if content == "huge":
        path.write_text(json.dumps({"format": "x", "pad": "a" * (2 * 1024 * 1024)}))
    elif content == "nested":
        path.write_text("[" * 100_000 + "]" * 100_000)
    elif content == "fifo":
        os.mkfifo(path)
    elif content == "device":
        _device(path)
    else:
        path.write_bytes(b"\xff\xfe{}")
    with pytest.raises(KeyFileError) as info:
        keys.unlock(kdir, PASS)
    assert info.value.exit_code == 33


def test_default_and_raised_kdf_parameters_are_still_accepted(tmp_path: Path) -> None:
    for kdf in (keys.DEFAULT_KDF, keys.KdfParams(n=2**18, r=8, p=1)):
        kdir = tmp_path / f"keys-{kdf.n}"
        keys.create_key(kdir, PASS, kdf=kdf)
        assert keys.unlock(kdir, PASS).public == keys.public_key(kdir)


# --- verify's exit codes, as documented ------------------------------------------------------


def _raw_flip(bundle: Path, dest: Path, entry_suffix: str) -> Path:
    """Flips one byte of an entry's data inside the zip itself (CRC and sizes untouched)."""
    data = bytearray(bundle.read_bytes())
    with zipfile.ZipFile(bundle) as zf:
        info = next(i for i in zf.infolist() if i.filename.endswith("/" + entry_suffix))
        start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    data[start + info.compress_size // 2] ^= 0x01
    dest.write_bytes(bytes(data))
    return dest


@pytest.mark.parametrize("entry", [SIGNATURE_NAME, TAG_MANIFEST])
def test_raw_flip_in_the_signed_files_is_a_bad_signature(
    built: tuple[Fixture, Path], tmp_path: Path, entry: str
) -> None:
    f, bundle = built
    b = _raw_flip(bundle, tmp_path / "b.zip", entry)
    with pytest.raises(BadSignatureError) as info:
        verify_bundle(b, f.pub_file)
    assert info.value.exit_code == 12


@pytest.mark.parametrize("kind", ["empty", "empty-with-comment"])
def test_an_empty_zip_is_not_a_bundle(
    built: tuple[Fixture, Path], tmp_path: Path, kind: str
) -> None:
    f, _ = built
    path = tmp_path / "empty.zip"
    with zipfile.ZipFile(path, "w") as zf:
        if kind == "empty-with-comment":
            zf.comment = b"SealDesk-Seal/1 x y"
    with pytest.raises(NotABundleError) as info:
        verify_bundle(path, f.pub_file)
    assert info.value.exit_code == 10
    assert "Error" not in str(info.value) and "argument" not in str(info.value)


@pytest.mark.parametrize("stub", [b"MZ" + b"\x00" * 4094, b"#!/bin/sh\nexit 0\n"])
def test_a_self_extractor_stub_is_an_altered_container(
    built: tuple[Fixture, Path], tmp_path: Path, stub: bytes
) -> None:
    f, bundle = built
    path = tmp_path / "sfx.zip"
    path.write_bytes(stub + bundle.read_bytes())
    for require_seal in (True, False):
        with pytest.raises(ContainerModifiedError) as info:
            verify_bundle(path, f.pub_file, require_seal=require_seal)
        assert info.value.exit_code == 18


@pytest.mark.slow
@pytest.mark.parametrize("bad", ["garbage", "not-utf8", "fifo", "folder", "huge", "empty"])
def test_one_unusable_pub_in_the_trust_folder_is_skipped_with_a_warning(
    built: tuple[Fixture, Path], tmp_path: Path, bad: str
) -> None:
    f, bundle = built
    trust = tmp_path / "trust"
    trust.mkdir()
    copy(f.pub_file, trust / "1001.pub")
    odd = trust / "0000-bad.pub"
    if bad == "garbage":
        odd.write_text("untrusted comment: x\nnot base64 at all\n")
    elif bad == "not-utf8":
        odd.write_bytes(b"\xff\xfe\x00bad")
    elif bad == "fifo":
        os.mkfifo(odd)
    elif bad == "folder":
        odd.mkdir()
    elif bad == "huge":
        odd.write_bytes(b"A" * (1024 * 1024))
    else:
        odd.write_bytes(b"")
    skipped: list[tuple[str, object]] = []
    assert verify_bundle(bundle, load_trust(trust, skipped)).signer_key_id == f.public.key_id_hex
    assert [name for name, _ in skipped] == [str(odd)]
    run = _cli("verify", str(bundle), "--trust", str(trust), cwd=tmp_path, ws=tmp_path / "no-ws")
    assert run.returncode == 0, run.stderr
    assert "0000-bad.pub" in run.stderr and "left out" in run.stderr
    # a folder with nothing usable is still "not a minisign public key"
    (trust / "1001.pub").unlink()
    run = _cli("verify", str(bundle), "--trust", str(trust), cwd=tmp_path, ws=tmp_path / "no-ws")
    assert run.returncode == 35, run.stderr


def test_escape_sequences_from_a_bundle_reach_the_terminal_escaped(
    built: tuple[Fixture, Path], tmp_path: Path
) -> None:
    """A file added to a signed bundle under a name holding C1 CSI and bidi controls: the
    error names it, escaped."""
    f, bundle = built
    top = zipfile.ZipFile(bundle).namelist()[0].split("/", 1)[0]
    hostile = tmp_path / "hostile.zip"
    copy(bundle, hostile)
    with zipfile.ZipFile(hostile, "a") as zf:
        zf.writestr(f"{top}/data/evidence/x\x9b2J\u202eevil.txt", b"added")
    run = _cli("verify", str(hostile), "--trust", str(f.pub_file), cwd=tmp_path, ws=tmp_path)
    assert run.returncode == 17, run.stderr
    assert "\x9b" not in run.stderr and "\u202e" not in run.stderr
    assert "\\x9b2J" in run.stderr and "\\u202e" in run.stderr


def test_catalog_titles_with_escapes_are_printed_escaped(tmp_path: Path) -> None:
    from sealdesk.services.workspace import Workspace

    template = ROOT / "resources" / "catalogs" / "ges-pi-template.toml"
    text = template.read_text("utf-8").replace(
        'th = "สำนักงานเขตมีแผนปฏิบัติราชการประจำปีที่กำหนดเป้าหมายด้านความเท่าเทียมทางเพศ"',
        'th = "แผน\\u001b]0;owned\\u0007\\u001b[2J"',
        1,
    )
    catalog = tmp_path / "catalog.toml"
    catalog.write_text(text, "utf-8")
    ws = Workspace.create(tmp_path / "ws", "1001", 2569, catalog_path=catalog)
    try:
        keys.create_key(tmp_path / "ws" / "keys", PASS, kdf=FAST_KDF)
        keys.export_public(tmp_path / "ws" / "keys", tmp_path / "d.pub")
        export.export_bundle(ws, tmp_path / "b.zip", passphrase=PASS, checklist=False)
    finally:
        ws.close()
    run = _cli("verify", "b.zip", "--trust", "d.pub", cwd=tmp_path, ws=tmp_path / "ws")
    assert run.returncode == 0, run.stderr
    assert "\x1b" not in run.stdout and "\x07" not in run.stdout
    assert "\\x1b[2J" in run.stdout


# --- secrets ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "passphrase", [" " * 8, " " * 40, "\t\n  \u3000\u00a0   ", "  abc   \t  ", "\u2028" * 9]
)
def test_whitespace_passphrases_are_too_short(tmp_path: Path, passphrase: str) -> None:
    with pytest.raises(WeakPassphraseError) as info:
        keys.create_key(tmp_path / "keys", passphrase, kdf=FAST_KDF)
    assert info.value.exit_code == 34
    keys.create_key(tmp_path / "keys", PASS, kdf=FAST_KDF)
    with pytest.raises(WeakPassphraseError):
        keys.change_passphrase(tmp_path / "keys", PASS, passphrase, kdf=FAST_KDF)
    assert keys.unlock(tmp_path / "keys", PASS)


def test_key_create_replace_and_passphrase_change_are_audited(fx: Fixture) -> None:
    old = fx.public
    new = key_service.create(fx.ws, "another good passphrase", replace=True, kdf=FAST_KDF)
    key_service.change_passphrase(fx.ws, "another good passphrase", "a third passphrase", FAST_KDF)
    log = fx.ws.audit_log()
    actions = [e.action for e in log]
    assert actions[-2:] == ["key.replace", "key.passphrase"], actions
    replaced = next(e for e in log if e.action == "key.replace")
    text = json.dumps([replaced.before, replaced.after], default=str)
    assert old.key_id_hex in text and new.key_id_hex in text
    everything = json.dumps([(e.before, e.after) for e in log], default=str, ensure_ascii=False)
    assert "another good passphrase" not in everything and "a third" not in everything
    assert "encrypted_private_key" not in everything


def test_cli_key_create_is_audited(tmp_path: Path) -> None:
    from sealdesk.services.workspace import Workspace

    Workspace.create(tmp_path / "ws", "1001", 2569).close()
    (tmp_path / "pp").write_text(PASS + "\n", "utf-8")
    run = _cli("key", "create", "--passphrase-file", "pp", cwd=tmp_path, ws=tmp_path / "ws")
    assert run.returncode == 0, run.stderr
    run = _cli("audit", "--json", cwd=tmp_path, ws=tmp_path / "ws")
    assert run.returncode == 0 and "key.create" in run.stdout


@pytest.mark.parametrize(
    "args",
    [("key", "create"), ("key", "passwd"), ("export", "--out", "b.zip", "--no-checklist", "--yes")],
)
def test_no_terminal_and_no_passphrase_file_is_a_clear_sentence(
    fx: Fixture, tmp_path: Path, args: tuple[str, ...]
) -> None:
    if args[:2] == ("key", "create"):
        args = (*args, "--replace")
    run = _cli(*args, cwd=tmp_path, ws=Path(fx.ws.path), new_session=True)
    assert run.returncode == 2, run.stderr
    assert "GetPassWarning" not in run.stderr and "echoed" not in run.stderr
    assert "--passphrase-file" in run.stderr
    assert not (tmp_path / "b.zip").exists()
