"""File-system plumbing used by every layer: atomic writes, fsync of a folder, hashing a file,
and telling whether a folder is on a network file system.

Atomic write: the bytes go to a temporary name in the target's folder, are fsynced, renamed
over the target with ``os.replace`` and the folder is fsynced, so a crash leaves either the old
file or the new one, never half of one.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import stat
import sys
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from sealdesk.errors import QT_TRANSLATE_NOOP, FileAccessError
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


# ------------------------------------------------ cache files: checked before use, never trusted


def seal_cache(body: bytes, magic: bytes, source: str, label: bytes = b"source") -> bytes:
    """A cache file: a header of three lines (``magic``: what it is and its format; ``label``
    and the SHA-256 or identity of what it was made from; the body's SHA-256), then ``body``.
    The Thai dictionary, the remembered Thai words and the parsed catalogs use it."""
    body_sha = hashlib.sha256(body).hexdigest().encode()
    return b"%s\n%s %s\nbody %s\n" % (magic, label, source.encode(), body_sha) + body


def unseal_cache(data: bytes, magic: bytes, source: str, label: bytes = b"source") -> bytes | None:
    """The body of a cache file ``seal_cache`` wrote with the same ``magic``, ``label`` and
    ``source``, undamaged; None for another format, another source or a damaged file."""
    lines = data.split(b"\n", 3)
    if len(lines) != 4 or lines[0] != magic or lines[1] != b"%s %s" % (label, source.encode()):
        return None
    body = lines[3]
    if lines[2] != b"body " + hashlib.sha256(body).hexdigest().encode():
        return None
    return body


def read_cache(path: Path, max_bytes: int) -> bytes:
    """A cache file's bytes; b"" when it is missing, unreadable or larger than ``max_bytes``
    (then it is rebuilt)."""
    try:
        with open(path, "rb") as handle:
            data = handle.read(max_bytes + 1)
    except OSError:
        return b""
    return data if len(data) <= max_bytes else b""


def write_cache(path: Path, data: bytes) -> bool:
    """Writes a cache file atomically, its folder made first; False when it cannot be written
    (a read-only home costs only the rebuild next time)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write_bytes(path, data)
    except OSError:
        return False
    return True


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


def _reason(error: OSError) -> str:
    return error.strerror or str(error)


def _unreadable(path: Path, error: OSError) -> FileAccessError:
    return FileAccessError(
        QT_TRANSLATE_NOOP("Errors", "The file {path} cannot be read ({reason})."),
        path=str(path),
        reason=_reason(error),
    )


def _too_large(path: Path, size: int, limit: int) -> FileAccessError:
    return FileAccessError(
        QT_TRANSLATE_NOOP(
            "Errors", "The file {path} is too large ({size} bytes; at most {limit})."
        ),
        path=str(path),
        size=size,
        limit=limit,
    )


def _not_regular(path: Path) -> FileAccessError:
    return FileAccessError(
        QT_TRANSLATE_NOOP("Errors", "{path} is not an ordinary file (a folder, device or pipe)."),
        path=str(path),
    )


@contextmanager
def open_regular(path: Path, max_bytes: int | None = None) -> Iterator[BinaryIO]:
    """Opens ``path`` for reading only if it is a regular file of at most ``max_bytes``.

    A FIFO, a device (/dev/zero), a folder or a socket is refused at once: the file is opened
    non-blocking (so opening a FIFO with no writer cannot hang) and checked with fstat on the
    open handle (so a file swapped between a check and the open cannot slip through). Reading
    stops at ``max_bytes`` even if the file grows while it is read.
    """
    path = Path(path)
    extra = getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        # builtins.open with a non-blocking opener (not os.open + fdopen): one handle, opened
        # once, and the same call a test or a wrapper of open() sees.
        handle = open(path, "rb", opener=lambda name, flags: os.open(name, flags | extra))
    except IsADirectoryError:
        raise _not_regular(path) from None
    except OSError as error:
        raise _unreadable(path, error) from None
    try:
        fd = handle.fileno()
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise _not_regular(path)
        if max_bytes is not None and info.st_size > max_bytes:
            raise _too_large(path, info.st_size, max_bytes)
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
    except BaseException:
        handle.close()
        raise
    with handle:
        yield handle


def read_regular_bytes(path: Path, max_bytes: int) -> bytes:
    """The whole content of a regular file of at most ``max_bytes`` (see open_regular)."""
    with open_regular(path, max_bytes) as handle:
        try:
            data = handle.read(max_bytes + 1)
        except OSError as error:
            raise _unreadable(path, error) from None
    if len(data) > max_bytes:  # it grew while we read it
        raise _too_large(path, len(data), max_bytes)
    return data


def read_regular_text(path: Path, max_bytes: int) -> str:
    """A small UTF-8 text file (a passphrase, a key, a note), bounded like read_regular_bytes."""
    data = read_regular_bytes(path, max_bytes)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise FileAccessError(
            QT_TRANSLATE_NOOP("Errors", "The file {path} is not UTF-8 text."), path=str(path)
        ) from None


def _inside(path: Path, folder: Path) -> bool:
    try:
        return Path(os.path.realpath(path)).is_relative_to(os.path.realpath(folder))
    except (OSError, ValueError):
        return False


def check_output(path: Path, overwrite: bool = False, not_inside: Sequence[Path] = ()) -> Path:
    """Checks that a command may write ``path``; returns it as an absolute path.

    The rules for every file SealDesk writes at the user's request: never into a folder of
    ``not_inside`` (the workspace), never onto anything but a regular file (a device such as
    /dev/full, a FIFO, a folder), never onto an existing file unless ``overwrite``; the folder
    must exist. Write the file itself with ``atomic_writer`` (temporary name, then rename).
    """
    path = Path(os.path.abspath(Path(path).expanduser()))
    for folder in not_inside:
        if _inside(path, folder):
            raise FileAccessError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{path} is inside the workspace folder; choose a place outside it.",
                ),
                path=str(path),
            )
    try:
        info = os.stat(path)
    except FileNotFoundError:
        info = None
    except OSError as error:
        raise FileAccessError(
            QT_TRANSLATE_NOOP("Errors", "{path} cannot be written ({reason})."),
            path=str(path),
            reason=_reason(error),
        ) from None
    if info is not None:
        if not stat.S_ISREG(info.st_mode):
            raise FileAccessError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{path} is not an ordinary file (a folder, device or pipe); "
                    "choose a file name.",
                ),
                path=str(path),
            )
        if not overwrite:
            raise FileAccessError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{path} already exists; choose another name or allow replacing it "
                    "(--overwrite).",
                ),
                path=str(path),
            )
    if not path.parent.is_dir():
        raise FileAccessError(
            QT_TRANSLATE_NOOP("Errors", "The folder {folder} does not exist."),
            folder=str(path.parent),
        )
    return path


PROC_MOUNTS = Path("/proc/self/mounts")
"""Linux's table of this process's mounts, read directly: importing psutil for it costs more
than opening the workspace (about 15 ms of every command's CPU)."""


def network_file_system(folder: Path) -> str | None:
    """The network file-system type ``folder`` lives on ("network drive" on Windows), else None.

    The deepest mount point holding ``folder`` decides: on Linux from /proc/self/mounts, on
    other systems (or without /proc) from psutil's list of mounted partitions; a UNC path
    (``\\\\server\\share``) is always a network drive.
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
    mounts = _proc_mounts()
    if mounts is None:
        import psutil

        try:
            mounts = [(part.mountpoint, part.fstype) for part in psutil.disk_partitions(all=True)]
        except (OSError, RuntimeError):
            return None
    best, fstype = "", ""
    for point, kind in mounts:
        inside = real == point or real.startswith(point.rstrip("/") + "/")
        if inside and len(point) >= len(best):
            best, fstype = point, kind
    return fstype if fstype in NETWORK_FILE_SYSTEMS else None


def _unescape_mount_field(field: str) -> str:
    """A field of /proc/self/mounts as it is: the kernel writes space, tab, newline and
    backslash in a mount point as octal escapes (\\040, \\011, \\012, \\134)."""
    if "\\" not in field:
        return field
    for code in ("040", "011", "012", "134"):
        field = field.replace("\\" + code, chr(int(code, 8)))
    return field


def _proc_mounts() -> list[tuple[str, str]] | None:
    """(mount point, file-system type) of each line of PROC_MOUNTS, or None where there is no
    such table (not Linux, /proc not mounted)."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        with open(PROC_MOUNTS, encoding="utf-8", errors="surrogateescape") as table:
            text = table.read(4 * CHUNK)  # a procfs file: no FIFO, bounded all the same
    except OSError:
        return None
    mounts = []
    for line in text.splitlines():
        fields = line.split(" ")
        if len(fields) >= 3:
            mounts.append((_unescape_mount_field(fields[1]), fields[2]))
    return mounts


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


# --- leftovers of a killed operation ------------------------------------------------------------

LOCK_NAME = ".lock"
"""The lock file inside a claimed temporary folder (see ``claim_folder``)."""

try:
    import fcntl as _fcntl  # noqa: F401

    _HAVE_FLOCK = True
except ImportError:  # pragma: no cover - Windows: open files cannot be deleted, folders can
    _HAVE_FLOCK = False


def _try_lock(fd: int) -> bool:
    """Takes an exclusive lock on an open file without waiting; False if another process holds
    it. The lock goes with the process, so a killed operation's lock is free at once. Where
    there is no ``flock`` (Windows, where an open file cannot be deleted anyway) it is True."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows
        return True
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def claim_file(folder: Path, prefix: str, suffix: str) -> tuple[Path, int]:
    """A new temporary file (mode 0600) in ``folder``, named ``prefix*suffix`` and locked for
    as long as its descriptor is open: ``sweep_leftovers`` removes it only once its writer is
    gone. Returns the path and the open descriptor (the caller closes it)."""
    fd, name = tempfile.mkstemp(prefix=prefix, suffix=suffix, dir=folder)
    _try_lock(fd)
    return Path(name), fd


@contextmanager
def claim_folder(parent: Path, prefix: str) -> Iterator[Path]:
    """A new private temporary folder (mode 0700) in ``parent``, locked while the block runs
    (through its ``LOCK_NAME`` file) and removed when it ends, unless the block moved it away."""
    folder = Path(tempfile.mkdtemp(prefix=prefix, dir=parent))
    fd = os.open(folder / LOCK_NAME, os.O_CREAT | os.O_RDWR | os.O_EXCL, 0o600)
    try:
        _try_lock(fd)
        yield folder
    finally:
        os.close(fd)
        if folder.is_dir() and not folder.is_symlink():
            shutil.rmtree(folder, ignore_errors=True)


def sweep_leftovers(folder: Path, prefix: str, suffix: str = "") -> int:
    """Removes what a killed operation left in ``folder``: files or folders named
    ``prefix*suffix`` that belong to this user and whose lock (see ``claim_file`` and
    ``claim_folder``) no live process holds. Anything else is left alone. Returns how many."""
    removed = 0
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return 0
    for entry in entries:
        if not (entry.name.startswith(prefix) and entry.name.endswith(suffix)):
            continue
        try:
            info = entry.stat(follow_symlinks=False)
            if hasattr(os, "getuid") and info.st_uid != os.getuid():
                continue
            if stat.S_ISREG(info.st_mode):
                lock_path = Path(entry.path)
            elif stat.S_ISDIR(info.st_mode) and _HAVE_FLOCK:  # elsewhere a live one could go
                lock_path = Path(entry.path) / LOCK_NAME
            else:
                continue
            try:
                fd = os.open(lock_path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | os.O_NONBLOCK)
            except FileNotFoundError:
                if stat.S_ISDIR(info.st_mode):  # killed before its lock existed: empty
                    os.rmdir(entry.path)
                    removed += 1
                continue
            try:
                if not (stat.S_ISREG(os.fstat(fd).st_mode) and _try_lock(fd)):
                    continue
                if stat.S_ISDIR(info.st_mode):
                    shutil.rmtree(entry.path)
                else:
                    os.unlink(entry.path)
                removed += 1
            finally:
                os.close(fd)
        except OSError:
            continue
    return removed
