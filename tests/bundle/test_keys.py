"""The signing key: wrapping, permissions, replacement, minisign interoperability."""

from __future__ import annotations

import json
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from sealdesk.bundle import keys, minisign
from sealdesk.bundle.errors import (
    BadSignatureError,
    KeyExistsError,
    KeyFileError,
    NoSigningKeyError,
    PublicKeyFormatError,
    WeakPassphraseError,
    WrongPassphraseError,
)
from tests.bundle.conftest import FAST_KDF

PASS = "ขอให้ผ่าน correct horse"


def test_default_kdf_parameters_are_memory_hard(tmp_path: Path) -> None:
    public = keys.create_key(tmp_path / "keys", PASS)
    doc = json.loads((tmp_path / "keys" / "signing-key.json").read_text("utf-8"))
    assert doc["kdf"]["name"] == "scrypt"
    assert (doc["kdf"]["n"], doc["kdf"]["r"], doc["kdf"]["p"]) == (2**17, 8, 1)
    assert keys.DEFAULT_KDF.memory_bytes == 128 * 1024 * 1024
    assert doc["cipher"]["name"] == "AES-256-GCM"
    assert "private" not in json.dumps(
        {k: v for k, v in doc.items() if k != "encrypted_private_key"}
    )
    key = keys.unlock(tmp_path / "keys", PASS)
    assert key.public == public


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_key_file_is_owner_only(tmp_path: Path) -> None:
    keys.create_key(tmp_path / "keys", PASS, kdf=FAST_KDF)
    mode = stat.S_IMODE((tmp_path / "keys" / "signing-key.json").stat().st_mode)
    assert mode == 0o600
    assert stat.S_IMODE((tmp_path / "keys").stat().st_mode) == 0o700
    assert [p.name for p in (tmp_path / "keys").iterdir()] == ["signing-key.json"]


def test_wrong_passphrase_is_a_clear_error_and_changes_nothing(tmp_path: Path) -> None:
    keys.create_key(tmp_path / "keys", PASS, kdf=FAST_KDF)
    path = tmp_path / "keys" / "signing-key.json"
    before = (path.read_bytes(), path.stat().st_mtime_ns)
    with pytest.raises(WrongPassphraseError) as info:
        keys.unlock(tmp_path / "keys", PASS + "x")
    assert info.value.exit_code == 31
    assert "passphrase is wrong" in str(info.value)
    with pytest.raises(WrongPassphraseError):
        keys.change_passphrase(tmp_path / "keys", "not the one", "a new passphrase")
    assert (path.read_bytes(), path.stat().st_mtime_ns) == before


def test_editing_kdf_parameters_breaks_the_file_instead_of_weakening_it(tmp_path: Path) -> None:
    keys.create_key(tmp_path / "keys", PASS, kdf=FAST_KDF)
    path = tmp_path / "keys" / "signing-key.json"
    doc = json.loads(path.read_text("utf-8"))
    doc["kdf"]["n"] = 2**15  # bound into the AES-GCM associated data
    path.write_text(json.dumps(doc), "utf-8")
    with pytest.raises(WrongPassphraseError):
        keys.unlock(tmp_path / "keys", PASS)
    doc["kdf"]["n"] = 2**4
    path.write_text(json.dumps(doc), "utf-8")
    with pytest.raises(KeyFileError):
        keys.unlock(tmp_path / "keys", PASS)


def test_missing_key_weak_passphrase_and_existing_key(tmp_path: Path) -> None:
    with pytest.raises(NoSigningKeyError):
        keys.unlock(tmp_path / "keys", PASS)
    with pytest.raises(WeakPassphraseError):
        keys.create_key(tmp_path / "keys", "short", kdf=FAST_KDF)
    keys.create_key(tmp_path / "keys", PASS, kdf=FAST_KDF)
    with pytest.raises(KeyExistsError):
        keys.create_key(tmp_path / "keys", PASS, kdf=FAST_KDF)


def test_replacing_keeps_the_old_public_key(tmp_path: Path) -> None:
    first = keys.create_key(tmp_path / "keys", PASS, kdf=FAST_KDF)
    second = keys.create_key(tmp_path / "keys", "another passphrase", replace=True, kdf=FAST_KDF)
    third = keys.create_key(tmp_path / "keys", "third passphrase", replace=True, kdf=FAST_KDF)
    assert len({first.key_id, second.key_id, third.key_id}) == 3
    info = keys.key_info(tmp_path / "keys")
    assert info.public == third
    assert [old for old, _, _ in info.history] == [first, second]
    assert keys.all_public_keys(tmp_path / "keys") == [third, second, first]
    with pytest.raises(WrongPassphraseError):
        keys.unlock(tmp_path / "keys", PASS)
    assert keys.unlock(tmp_path / "keys", "third passphrase").public == third


def test_change_passphrase(tmp_path: Path) -> None:
    public = keys.create_key(tmp_path / "keys", PASS, kdf=FAST_KDF)
    keys.change_passphrase(tmp_path / "keys", PASS, "the new passphrase", kdf=FAST_KDF)
    assert keys.unlock(tmp_path / "keys", "the new passphrase").public == public
    with pytest.raises(WrongPassphraseError):
        keys.unlock(tmp_path / "keys", PASS)


def test_public_key_file_format_and_fingerprint(tmp_path: Path) -> None:
    public = keys.create_key(tmp_path / "keys", PASS, kdf=FAST_KDF)
    keys.export_public(tmp_path / "keys", tmp_path / "d.pub")
    lines = (tmp_path / "d.pub").read_text("ascii").splitlines()
    assert lines[0] == f"untrusted comment: minisign public key {public.key_id_hex}"
    assert public.key_id_hex == public.key_id[::-1].hex().upper()
    assert minisign.parse_public_key("\n".join(lines)) == minisign.PublicKey(
        public.key_id, public.raw, lines[0].split(": ", 1)[1]
    )
    assert len(public.fingerprint_grouped.split(" ")) == 8
    for bad in ("", "untrusted comment: x\nnot base64!\n", "RWQ="):
        with pytest.raises(PublicKeyFormatError):
            minisign.parse_public_key(bad)


def test_minisign_cli_verifies_our_signature(tmp_path: Path) -> None:
    keys.create_key(tmp_path / "keys", PASS, kdf=FAST_KDF)
    keys.export_public(tmp_path / "keys", tmp_path / "d.pub")
    key = keys.unlock(tmp_path / "keys", PASS)
    message = "ข้อความ\n".encode() * 100
    (tmp_path / "m.txt").write_bytes(message)
    comment = "district:1001 Phra Nakhon\tround:2569\tเขตพระนคร"
    (tmp_path / "m.txt.minisig").write_text(key.sign_minisign(message, comment), "utf-8")
    run = subprocess.run(
        ["minisign", "-V", "-p", str(tmp_path / "d.pub"), "-m", str(tmp_path / "m.txt")],
        capture_output=True,
    )
    assert run.returncode == 0, run.stderr
    assert comment.encode() in run.stdout
    (tmp_path / "m.txt").write_bytes(message + b"!")
    run = subprocess.run(
        ["minisign", "-V", "-p", str(tmp_path / "d.pub"), "-m", str(tmp_path / "m.txt")],
        capture_output=True,
    )
    assert run.returncode != 0


def test_we_verify_a_signature_made_by_minisign(tmp_path: Path) -> None:
    pub, sec, msg = tmp_path / "m.pub", tmp_path / "m.key", tmp_path / "file.bin"
    subprocess.run(["minisign", "-G", "-W", "-p", pub, "-s", sec], check=True, capture_output=True)
    msg.write_bytes(b"payload\x00\xff" * 1000)
    subprocess.run(
        ["minisign", "-S", "-s", sec, "-m", msg, "-t", "made by minisign"],
        check=True,
        capture_output=True,
    )
    public = minisign.load_public_keys(pub)[0]
    # minisign prints the key id as a hexadecimal number, without leading zeros.
    shown = pub.read_text().splitlines()[0].rsplit(" ", 1)[1]
    assert int(shown, 16) == int(public.key_id_hex, 16)
    sig = minisign.parse_signature((tmp_path / "file.bin.minisig").read_bytes())
    assert sig.algorithm == b"ED" and sig.trusted_comment == "made by minisign"
    minisign.verify(sig, public, msg.read_bytes())
    with pytest.raises(BadSignatureError):
        minisign.verify(sig, public, msg.read_bytes() + b"x")
    forged = minisign.Signature(
        sig.algorithm, sig.key_id, sig.signature, "edited comment", sig.global_signature, ""
    )
    with pytest.raises(BadSignatureError, match="trusted comment"):
        minisign.verify(forged, public, msg.read_bytes())
