"""Verification: every tamper case and every hostile archive, each on a real crafted zip."""

from __future__ import annotations

import contextlib
import os
import stat
import unicodedata
import zipfile
from pathlib import Path

import pytest

from sealdesk.bundle import keys, minisign
from sealdesk.bundle.constants import SIGNATURE_NAME
from sealdesk.bundle.errors import (
    AbsolutePathError,
    BadSignatureError,
    ContainerModifiedError,
    DuplicateEntryError,
    MalformedArchiveError,
    MissingSignatureError,
    NotABundleError,
    PayloadAddedError,
    PayloadChangedError,
    PayloadMissingError,
    SignerNotTrustedError,
    SymlinkEntryError,
    TagFileChangedError,
    TooLargeError,
    TooManyEntriesError,
    UnsafePathError,
    VerifyError,
    ZipBombError,
)
from sealdesk.bundle.verify import Limits, verify_bundle
from tests.bundle.conftest import FAST_KDF, PASS, Fixture, copy, rezip

SIG = SIGNATURE_NAME


def _top(bundle: Path) -> str:
    with zipfile.ZipFile(bundle) as zf:
        return zf.namelist()[0].split("/", 1)[0]


def _verify(bundle: Path, f: Fixture, **kw: object) -> object:
    return verify_bundle(bundle, f.pub_file, **kw)  # type: ignore[arg-type]


# --- the untouched bundle, and container-level changes --------------------------------------


def test_untouched_bundle_verifies(built: tuple[Fixture, Path]) -> None:
    f, bundle = built
    report = verify_bundle(bundle, f.pub_file)
    assert report.container_sealed and report.signer_key_id == f.public.key_id_hex


def test_trust_folder_and_key_list(built: tuple[Fixture, Path], tmp_path: Path) -> None:
    f, bundle = built
    other = keys.create_key(tmp_path / "other", PASS, kdf=FAST_KDF)
    folder = tmp_path / "trusted"
    folder.mkdir()
    (folder / "other.pub").write_text(other.minisign_text())
    with pytest.raises(SignerNotTrustedError) as info:
        verify_bundle(bundle, folder)
    assert info.value.exit_code == 13 and f.public.key_id_hex in str(info.value)
    copy(f.pub_file, folder / "district-1001.pub")
    assert verify_bundle(bundle, folder).signer_key_id == f.public.key_id_hex
    assert verify_bundle(bundle, [other, f.public]).signer_key_id == f.public.key_id_hex


def test_rezipped_intact_bundle_fails_only_the_container_seal(
    built: tuple[Fixture, Path], tmp_path: Path
) -> None:
    f, bundle = built
    again = rezip(bundle, tmp_path / "again.zip")
    with pytest.raises(ContainerModifiedError) as info:
        _verify(again, f)
    assert info.value.exit_code == 18
    report = verify_bundle(again, f.pub_file, require_seal=False)
    assert not report.container_sealed


def test_zip_comment_changed(built: tuple[Fixture, Path], tmp_path: Path) -> None:
    f, bundle = built
    data = bytearray(bundle.read_bytes())
    data[-3] = ord("A") if data[-3] != ord("A") else ord("B")  # inside the seal's base64
    (tmp_path / "b.zip").write_bytes(bytes(data))
    with pytest.raises(ContainerModifiedError):
        _verify(tmp_path / "b.zip", f)


def test_zip_metadata_no_manifest_covers_is_still_sealed(
    built: tuple[Fixture, Path], tmp_path: Path
) -> None:
    """The modification time in a local header is read by nobody; the seal still sees it."""
    f, bundle = built
    data = bytearray(bundle.read_bytes())
    assert data[:4] == b"PK\x03\x04"
    data[10] ^= 0x01  # first entry's last-modified time
    (tmp_path / "b.zip").write_bytes(bytes(data))
    with zipfile.ZipFile(tmp_path / "b.zip") as zf:
        assert zf.testzip() is None  # zip tools see nothing wrong
    with pytest.raises(ContainerModifiedError):
        _verify(tmp_path / "b.zip", f)


# --- signature --------------------------------------------------------------------------------


def test_missing_signature(built: tuple[Fixture, Path], tmp_path: Path) -> None:
    f, bundle = built
    b = rezip(bundle, tmp_path / "b.zip", lambda n, d: None if n.endswith(SIG) else d)
    with pytest.raises(MissingSignatureError) as info:
        _verify(b, f)
    assert info.value.exit_code == 11


def test_bad_signature(built: tuple[Fixture, Path], tmp_path: Path) -> None:
    f, bundle = built

    def corrupt(name: str, data: bytes) -> bytes:
        if not name.endswith(SIG):
            return data
        lines = data.decode().splitlines()
        sig = minisign.parse_signature(data)
        flipped = bytearray(sig.signature)
        flipped[0] ^= 1
        import base64

        lines[1] = base64.b64encode(sig.algorithm + sig.key_id + bytes(flipped)).decode()
        return ("\n".join(lines) + "\n").encode()

    b = rezip(bundle, tmp_path / "b.zip", corrupt)
    with pytest.raises(BadSignatureError) as info:
        _verify(b, f)
    assert info.value.exit_code == 12


def test_trusted_comment_changed(built: tuple[Fixture, Path], tmp_path: Path) -> None:
    f, bundle = built

    def edit(name: str, data: bytes) -> bytes:
        return data.replace(b"round:2569", b"round:2570") if name.endswith(SIG) else data

    with pytest.raises(BadSignatureError, match="trusted comment"):
        _verify(rezip(bundle, tmp_path / "b.zip", edit), f)


def test_resigned_by_an_untrusted_key(built: tuple[Fixture, Path], tmp_path: Path) -> None:
    """A forger re-signs the changed tag manifest with their own key: not in the trust list."""
    f, bundle = built
    keys.create_key(tmp_path / "forger", PASS, kdf=FAST_KDF)
    forger = keys.unlock(tmp_path / "forger", PASS)
    with zipfile.ZipFile(bundle) as zf:
        tm = zf.read(next(n for n in zf.namelist() if n.endswith("tagmanifest-sha256.txt")))

    def resign(name: str, data: bytes) -> bytes:
        return forger.sign_minisign(tm, "forged").encode() if name.endswith(SIG) else data

    with pytest.raises(SignerNotTrustedError):
        _verify(rezip(bundle, tmp_path / "b.zip", resign), f)


# --- tag files and payload --------------------------------------------------------------------


def test_tag_file_changed(built: tuple[Fixture, Path], tmp_path: Path) -> None:
    f, bundle = built

    def edit(name: str, data: bytes) -> bytes:
        return data.replace(b"Bagging-Date: ", b"Bagging-Date: 1") if "bag-info" in name else data

    with pytest.raises(TagFileChangedError) as info:
        _verify(rezip(bundle, tmp_path / "b.zip", edit), f)
    assert info.value.exit_code == 14 and "bag-info.txt" in str(info.value)


def test_manifest_changed_to_match_a_changed_file(
    built: tuple[Fixture, Path], tmp_path: Path
) -> None:
    f, bundle = built

    def edit(name: str, data: bytes) -> bytes:
        return data.replace(b"0", b"1", 1) if name.endswith("/manifest-sha256.txt") else data

    with pytest.raises(TagFileChangedError, match=r"manifest-sha256\.txt"):
        _verify(rezip(bundle, tmp_path / "b.zip", edit), f)


def test_payload_file_changed(built: tuple[Fixture, Path], tmp_path: Path) -> None:
    f, bundle = built

    def edit(name: str, data: bytes) -> bytes:
        return data + b"\n" if name.endswith(".txt") and "/data/" in name else data

    with pytest.raises(PayloadChangedError) as info:
        _verify(rezip(bundle, tmp_path / "b.zip", edit), f)
    assert info.value.exit_code == 15 and "แผนงาน" in str(info.value)


def test_payload_file_changed_in_place_same_size(
    built: tuple[Fixture, Path], tmp_path: Path
) -> None:
    """Bytes of a stored entry changed in the zip itself; CRC and sizes untouched."""
    f, bundle = built
    data = bytearray(bundle.read_bytes())
    with zipfile.ZipFile(bundle) as zf:
        info = next(i for i in zf.infolist() if i.filename.endswith(".pdf"))
        assert info.compress_type == zipfile.ZIP_STORED
        name_len = len(info.filename.encode())
    start = info.header_offset + 30 + name_len + 100
    data[start] ^= 0xFF
    (tmp_path / "b.zip").write_bytes(bytes(data))
    with pytest.raises(PayloadChangedError):
        _verify(tmp_path / "b.zip", f)


def test_payload_file_missing(built: tuple[Fixture, Path], tmp_path: Path) -> None:
    f, bundle = built
    b = rezip(bundle, tmp_path / "b.zip", lambda n, d: None if n.endswith("_CON.txt") else d)
    with pytest.raises(PayloadMissingError) as info:
        _verify(b, f)
    assert info.value.exit_code == 16 and "_CON.txt" in str(info.value)


def test_payload_file_added(built: tuple[Fixture, Path], tmp_path: Path) -> None:
    f, bundle = built
    top = _top(bundle)
    b = rezip(bundle, tmp_path / "b.zip", add={f"{top}/data/evidence/extra.pdf": b"%PDF sneaky"})
    with pytest.raises(PayloadAddedError) as info:
        _verify(b, f)
    assert info.value.exit_code == 17
    b = rezip(bundle, tmp_path / "c.zip", add={f"{top}/notes.txt": b"unsigned tag file"})
    with pytest.raises(PayloadAddedError):
        _verify(b, f)


def test_not_a_zip(built: tuple[Fixture, Path], tmp_path: Path) -> None:
    f, _ = built
    (tmp_path / "x.zip").write_bytes(b"this is not a zip file at all" * 10)
    with pytest.raises(NotABundleError) as info:
        _verify(tmp_path / "x.zip", f)
    assert info.value.exit_code == 10


# --- hostile archives: checked on the central directory before anything is read --------------


def _hostile(tmp_path: Path, entries: list[tuple[zipfile.ZipInfo | str, bytes]]) -> Path:
    path = tmp_path / "hostile.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for info, data in entries:
            zf.writestr(info, data)
    return path


def _bag_like(
    extra: list[tuple[zipfile.ZipInfo | str, bytes]],
) -> list[tuple[zipfile.ZipInfo | str, bytes]]:
    return [("bag/bagit.txt", b"BagIt-Version: 1.0\n"), ("bag/data/a.txt", b"a"), *extra]


@pytest.mark.parametrize(
    ("name", "error"),
    [
        ("bag/../../evil.txt", UnsafePathError),
        ("../evil.txt", UnsafePathError),
        ("bag/data/..\\..\\evil.txt", UnsafePathError),
        ("bag/data/.. /evil.txt", UnsafePathError),
        ("/etc/cron.d/evil", AbsolutePathError),
        ("C:/Windows/evil.dll", AbsolutePathError),
        ("c:evil.txt", AbsolutePathError),
        ("\\\\server\\share\\evil", AbsolutePathError),
        ("bag/data/file.txt:stream", MalformedArchiveError),
        ("bag/data/\x01ctl.txt", MalformedArchiveError),
    ],
)
def test_hostile_names(built: tuple[Fixture, Path], tmp_path: Path, name: str, error: type) -> None:
    f, _ = built
    path = _hostile(tmp_path, _bag_like([(name, b"pwned")]))
    with zipfile.ZipFile(path) as zf:  # the crafted entry really is in the zip
        assert name in [i.orig_filename for i in zf.infolist()]
    with pytest.raises(error) as info:
        _verify(path, f)
    assert 20 < info.value.exit_code < 30


def test_symlink_entry(built: tuple[Fixture, Path], tmp_path: Path) -> None:
    f, _ = built
    link = zipfile.ZipInfo("bag/data/link")
    link.create_system = 3
    link.external_attr = (stat.S_IFLNK | 0o777) << 16
    path = _hostile(tmp_path, _bag_like([(link, b"/etc/passwd")]))
    with pytest.raises(SymlinkEntryError) as info:
        _verify(path, f)
    assert info.value.exit_code == 23
    # an NTFS reparse point (junction) recorded by a Windows zip tool
    junction = zipfile.ZipInfo("bag/data/junction")
    junction.create_system = 0
    junction.external_attr = 0x400
    with pytest.raises(SymlinkEntryError):
        _verify(_hostile(tmp_path, _bag_like([(junction, b"C:\\")])), f)


@pytest.mark.parametrize(
    "twin",
    [
        "bag/data/a.txt",  # exactly the same
        "bag/DATA/A.TXT",  # equal after case folding
        "bag/data/A.txt",
    ],
)
def test_duplicate_names(built: tuple[Fixture, Path], tmp_path: Path, twin: str) -> None:
    f, _ = built
    with pytest.warns(UserWarning) if twin == "bag/data/a.txt" else contextlib.nullcontext():
        path = _hostile(tmp_path, _bag_like([(twin, b"other")]))
    with pytest.raises(DuplicateEntryError) as info:
        _verify(path, f)
    assert info.value.exit_code == 24


def test_duplicate_names_after_unicode_normalization(
    built: tuple[Fixture, Path], tmp_path: Path
) -> None:
    f, _ = built
    nfc = "bag/data/รายงาน-é.txt"
    nfd = unicodedata.normalize("NFD", nfc)
    assert nfc != nfd
    path = _hostile(tmp_path, [("bag/bagit.txt", b"x"), (nfc, b"one"), (nfd, b"two")])
    with pytest.raises(DuplicateEntryError):
        _verify(path, f)
    # Thai: the same text with its marks in a different (canonically equal) order
    a, b = "bag/data/\u0e01\u0e39\u0e48.txt", "bag/data/\u0e01\u0e48\u0e39.txt"
    assert a != b and unicodedata.normalize("NFC", a) == unicodedata.normalize("NFC", b)
    with pytest.raises(DuplicateEntryError):
        _verify(_hostile(tmp_path, [(a, b"one"), (b, b"two")]), f)


def test_too_many_entries(built: tuple[Fixture, Path], tmp_path: Path) -> None:
    f, bundle = built
    path = _hostile(tmp_path, [(f"bag/data/{i}.txt", b"x") for i in range(60)])
    with pytest.raises(TooManyEntriesError) as info:
        _verify(path, f, limits=Limits(max_entries=50))
    assert info.value.exit_code == 25 and "50" in str(info.value)
    with pytest.raises(TooManyEntriesError):  # the limit applies to genuine bundles too
        _verify(bundle, f, limits=Limits(max_entries=5))


def test_too_many_bytes(built: tuple[Fixture, Path], tmp_path: Path) -> None:
    f, _ = built
    path = _hostile(tmp_path, _bag_like([("bag/data/big.bin", os.urandom(300_000))]))
    with pytest.raises(TooLargeError) as info:
        _verify(path, f, limits=Limits(max_total_bytes=200_000))
    assert info.value.exit_code == 26


def test_zip_bomb_ratio(built: tuple[Fixture, Path], tmp_path: Path) -> None:
    f, _ = built
    path = _hostile(tmp_path, _bag_like([("bag/data/zeros.bin", bytes(50 * 1024 * 1024))]))
    assert path.stat().st_size < 200_000
    with pytest.raises(ZipBombError) as info:
        _verify(path, f)
    assert info.value.exit_code == 27


def test_overlapping_entries(built: tuple[Fixture, Path], tmp_path: Path) -> None:
    """Two directory records pointing at the same data (the 'overlapping files' bomb)."""
    f, _ = built
    path = _hostile(tmp_path, [("bag/a.txt", b"x" * 100), ("bag/b.txt", b"y" * 100)])
    data = bytearray(path.read_bytes())
    cd = data.rfind(b"PK\x01\x02")  # the second central directory record
    data[cd + 42 : cd + 46] = (0).to_bytes(4, "little")  # its local header offset -> first entry
    (tmp_path / "overlap.zip").write_bytes(bytes(data))
    with pytest.raises(VerifyError) as info:
        _verify(tmp_path / "overlap.zip", f)
    assert isinstance(info.value, MalformedArchiveError)


def test_hostile_checks_come_before_any_extraction(
    built: tuple[Fixture, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Not one entry is opened when the directory is hostile (OS edge: ZipFile.open)."""
    f, _ = built
    opened: list[str] = []
    real_open = zipfile.ZipFile.open

    def spy(self: zipfile.ZipFile, name: object, *a: object, **kw: object) -> object:
        opened.append(str(name))
        return real_open(self, name, *a, **kw)  # type: ignore[arg-type]

    path = _hostile(tmp_path, _bag_like([("bag/data/../../x", b"x")]))
    monkeypatch.setattr(zipfile.ZipFile, "open", spy)
    with pytest.raises(UnsafePathError):
        _verify(path, f)
    assert opened == []
