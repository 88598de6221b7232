"""File-system plumbing used by every layer: atomic writes, fsync of a folder, hashing a file,
and telling whether a folder is on a network file system.

Atomic write: the bytes go to a temporary name in the target's folder, are fsynced, renamed
over the target with ``os.replace`` and the folder is fsynced, so a crash leaves either the old
file or the new one, never half of one.
"""

from __future__ import annotations

import hashlib
import os
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from sealdesk.progress import IsCancelled, Progress, check_cancelled

CHUNK = 1 << 20
"""Read and write in 1 MiB pieces: large enough for full disk speed, small enough for memory."""

NETWORK_FILE_SYSTEMS = frozenset(
    {
        "nfs",
        "nfs4",
        "cifs",
        "smb3",
        "smbfs",
        "9p",
        "afs",
        "ceph",
        "glusterfs",
        "ncpfs",
        "davfs",
        "fuse.sshfs",
        "fuse.rclone",
        "fuse.davfs2",
        "fuse.gvfsd-fuse",
        "fuse.s3fs",
        "vboxsf",
        "vmhgfs",
        "fuse.vmhgfs-fuse",
        "prl_fs",
    }
)
"""File systems on which SQLite's WAL and file-change notifications cannot be trusted."""


def fsync_dir(path: Path) -> None:
    """Makes a rename or a new file in ``path`` durable (a no-op where folders cannot be
    opened, as on Windows, whose rename is durable once the call returns)."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


@contextmanager
def atomic_writer(target: Path, mode: int = 0o644) -> Iterator[BinaryIO]:
    """A binary file that replaces ``target`` only when the block ends without an error.

    The temporary file lives beside the target (same file system, so the rename is atomic) and
    is removed if the block fails. ``mode`` is applied before the rename (0o600 for secrets).
    """
    target = Path(target)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    fsync_dir(target.parent)


def atomic_write_bytes(target: Path, data: bytes, mode: int = 0o644) -> None:
    with atomic_writer(target, mode) as handle:
        handle.write(data)


def atomic_write_text(target: Path, text: str, mode: int = 0o644) -> None:
    atomic_write_bytes(target, text.encode("utf-8"), mode)


def sha256_file(
    path: Path, progress: Progress | None = None, cancelled: IsCancelled | None = None
) -> str:
    """The SHA-256 of a file's content, as lowercase hex, read in CHUNK pieces."""
    digest = hashlib.sha256()
    done = 0
    total = os.stat(path).st_size if progress is not None else 0
    with open(path, "rb") as handle:
        while chunk := handle.read(CHUNK):
            digest.update(chunk)
            done += len(chunk)
            if progress is not None:
                progress(done, total)
            check_cancelled(cancelled)
    return digest.hexdigest()


def network_file_system(folder: Path) -> str | None:
    """The network file-system type ``folder`` lives on ("network drive" on Windows), else None.

    Uses psutil's list of mounted partitions rather than parsing /proc/mounts by hand; a UNC
    path (``\\\\server\\share``) is always a network drive.
    """
    text = str(folder)
    if text.startswith(("\\\\", "//")):
        return "network drive"
    try:
        real = os.path.realpath(folder)
    except OSError:
        return None
    if sys.platform == "win32":
        return _windows_remote_drive(real)
    import psutil

    try:
        partitions = psutil.disk_partitions(all=True)
    except (OSError, RuntimeError):
        return None
    best, fstype = "", ""
    for part in partitions:
        point = part.mountpoint
        inside = real == point or real.startswith(point.rstrip("/") + "/")
        if inside and len(point) >= len(best):
            best, fstype = point, part.fstype
    return fstype if fstype in NETWORK_FILE_SYSTEMS else None


def _windows_remote_drive(real: str) -> str | None:  # pragma: no cover - Windows only
    if real.startswith("\\\\"):
        return "network drive"
    try:
        import ctypes

        drive = os.path.splitdrive(real)[0] + "\\"
        if ctypes.windll.kernel32.GetDriveTypeW(drive) == 4:  # DRIVE_REMOTE
            return "network drive"
    except (AttributeError, OSError):
        return None
    return None
