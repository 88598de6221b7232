"""An encrypted backup's clear copies (the zip and the database snapshot, in a private
scratch folder) are erased, not only unlinked: on success, on cancel and when memory runs out;
and an encrypted backup too large to open is said so, never taken for a wrong passphrase."""

from __future__ import annotations

import dataclasses
import os
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from sealdesk.bundle.archive import DEFAULT_LIMITS
from sealdesk.progress import Cancelled
from sealdesk.services import personal_data
from sealdesk.services.backup import SNAPSHOT_PREFIX, BackupMemoryError
from sealdesk.services.personal_data import BackupTooLargeError
from sealdesk.services.restore import restore_backup
from tests.personal.conftest import District

SECRET = "ลับมาก backup passphrase"


@pytest.fixture
def scratch_root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The temporary folder the backup's scratch folder goes into: this test's own."""
    root = tmp_path / "tmp"
    root.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(root))
    yield root


class _Held:
    """File descriptors kept open on the clear copies while the backup runs: after it, an
    erased file reads empty through them, a file that was only unlinked still holds its bytes."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.fds: dict[str, int] = {}
        self.folder_mode = 0

    def grab(self) -> None:
        [scratch] = [p for p in self.root.iterdir() if p.name.startswith(SNAPSHOT_PREFIX)]
        self.folder_mode = stat.S_IMODE(scratch.stat().st_mode)
        for name in ("sealdesk.db", "backup.zip"):
            if (scratch / name).is_file() and name not in self.fds:
                self.fds[name] = os.open(scratch / name, os.O_RDONLY)

    def sizes(self) -> dict[str, int]:
        try:
            return {name: os.fstat(fd).st_size for name, fd in self.fds.items()}
        finally:
            for fd in self.fds.values():
                os.close(fd)


def _spy_encrypt(monkeypatch: pytest.MonkeyPatch, held: _Held, fail: bool = False) -> None:
    real = personal_data.passphrase_encrypt

    def encrypt(data: bytes, secret: str) -> bytes:
        held.grab()
        if fail:
            raise MemoryError
        return real(data, secret)

    monkeypatch.setattr(personal_data, "passphrase_encrypt", encrypt)


def test_the_clear_copies_are_erased_in_a_private_folder(
    district: District, scratch_root: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    held = _Held(scratch_root)
    _spy_encrypt(monkeypatch, held)
    backup = tmp_path / "backup.zip"
    district.ws.backup_report(backup, passphrase=SECRET)
    assert backup.read_bytes().startswith(b"age-encryption.org/v1\n")
    assert held.folder_mode == 0o700
    assert held.sizes() == {"sealdesk.db": 0, "backup.zip": 0}  # overwritten, then removed
    assert list(scratch_root.iterdir()) == []


def test_a_cancelled_backup_erases_its_clear_copies(
    district: District, scratch_root: Path, tmp_path: Path
) -> None:
    held = _Held(scratch_root)

    def progress(done: int, total: int) -> None:
        held.grab()
        if "backup.zip" in held.fds and done > 0:
            raise Cancelled()

    backup = tmp_path / "backup.zip"
    with pytest.raises(Cancelled):
        district.ws.backup_report(backup, progress, passphrase=SECRET)
    assert set(held.fds) == {"sealdesk.db", "backup.zip"}
    assert held.sizes() == {"sealdesk.db": 0, "backup.zip": 0}
    assert not backup.exists() and list(scratch_root.iterdir()) == []
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".partial")]


def test_memory_running_out_while_encrypting_is_one_sentence(
    district: District, scratch_root: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    held = _Held(scratch_root)
    _spy_encrypt(monkeypatch, held, fail=True)
    backup = tmp_path / "backup.zip"
    with pytest.raises(BackupMemoryError) as refused:
        district.ws.backup_report(backup, passphrase=SECRET)
    text = str(refused.value)
    assert text.startswith("There is not enough memory to encrypt the backup")
    assert "MemoryError" not in text
    assert held.sizes() == {"sealdesk.db": 0, "backup.zip": 0}
    assert not backup.exists() and list(scratch_root.iterdir()) == []


def _encrypted_backup(district: District, tmp_path: Path) -> Path:
    backup = tmp_path / "backup.zip"
    district.ws.backup_report(backup, passphrase=SECRET)
    return backup


def test_a_backup_larger_than_the_read_cap_is_not_called_a_wrong_passphrase(
    district: District, tmp_path: Path
) -> None:
    backup = _encrypted_backup(district, tmp_path)
    small = dataclasses.replace(DEFAULT_LIMITS, max_total_bytes=backup.stat().st_size // 2)
    target = tmp_path / "restored"
    with pytest.raises(BackupTooLargeError) as refused:
        restore_backup(backup, target, lambda _: ("1001", []), limits=small, passphrase=SECRET)
    text = str(refused.value)
    assert "larger than" in text and "passphrase" not in text
    assert not target.exists() or not any(target.iterdir())


def test_memory_running_out_while_decrypting_is_one_sentence(
    district: District, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    backup = _encrypted_backup(district, tmp_path)

    def decrypt(data: bytes, secret: str) -> bytes:
        raise MemoryError

    monkeypatch.setattr(personal_data, "passphrase_decrypt", decrypt)
    target = tmp_path / "restored"
    with pytest.raises(BackupTooLargeError) as refused:
        restore_backup(backup, target, lambda _: ("1001", []), passphrase=SECRET)
    text = str(refused.value)
    assert text.startswith("There is not enough memory to decrypt the backup backup.zip")
