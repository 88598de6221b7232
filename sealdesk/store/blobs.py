"""Content-addressed store of evidence files inside the workspace.

A file is streamed in chunks into a temporary file under ``blobs/tmp``, hashed while it is
copied, flushed to disk (fsync), then renamed to ``blobs/<aa>/<sha256>``. A rename is atomic, so
a blob either exists whole under its hash or not at all; leftovers in ``tmp`` from a killed
import are removed on the next open. The same bytes are stored once. The source is only read.
(Not ``fsutil.atomic_writer``: the final name is the hash, known only once the copy is done.)
"""

from __future__ import annotations

import errno
import hashlib
import os
import re
import stat
import tempfile
from collections.abc import Iterator
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]

from sealdesk.errors import QT_TRANSLATE_NOOP, EvidenceError, FileAccessError
from sealdesk.fsutil import CHUNK, fsync_dir, open_regular
from sealdesk.progress import IsCancelled, Progress, check_cancelled

MAX_BLOB_BYTES = 2 * 1024**3
"""The largest evidence document taken in: 2 GiB, far above any scan or report a district
files, far below a disk filled by /dev/zero."""


def _too_large(source: Path, limit: int) -> FileAccessError:
    return FileAccessError(
        QT_TRANSLATE_NOOP(
            "Errors", "The file {path} is too large ({size} bytes; at most {limit})."
        ),
        path=str(source),
        size=f"> {limit}",
        limit=limit,
    )


def _empty(source: Path) -> EvidenceError:
    return EvidenceError(
        QT_TRANSLATE_NOOP("Errors", "The file {file} is empty; an empty file cannot be evidence."),
        file=str(source),
    )


@dataclass(frozen=True, slots=True)
class StoredBlob:
    sha256: str
    size: int
    path: Path
    already_stored: bool


class BlobStore:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.tmp = root / "tmp"
        try:
            self.tmp.mkdir(parents=True, exist_ok=True)
        except OSError:
            pass  # something else holds the name: survey() reports it, put() fails clearly

    def path_of(self, sha256: str) -> Path:
        return self.root / sha256[:2] / sha256

    def has(self, sha256: str) -> bool:
        return self.path_of(sha256).is_file()

    def discard_leftovers(self) -> int:
        """Removes temporary files left by an interrupted import; returns how many. Only
        SealDesk's own (``import-*`` files): anything else in ``tmp`` is foreign, left alone
        and reported by ``survey``."""
        count = 0
        try:
            leftovers = _entries(self.tmp)
        except OSError:
            return 0  # no temp folder (or not a folder): nothing of ours to remove
        for name, kind, _ in leftovers:
            if kind not in ("file", "link") or not name.startswith(TMP_PREFIX):
                continue
            leftover = self.tmp / name
            if _in_use(leftover):  # another process (the app, the CLI) is importing it now
                continue
            try:
                leftover.unlink()
                count += 1
            except OSError:  # still open by another process (Windows)
                pass
        return count

    @staticmethod
    def _open_source(
        source: Path, max_bytes: int, opened: ExitStack, allow_empty: bool
    ) -> BinaryIO:
        """``source`` opened once (closed with ``opened``), if it is a regular, non-empty file
        of at most ``max_bytes`` (fsutil.open_regular: a FIFO or a device such as /dev/zero is
        refused, never read)."""
        try:
            handle = opened.enter_context(open_regular(source, max_bytes))
        except FileAccessError:
            if not os.path.lexists(source):
                raise EvidenceError(
                    QT_TRANSLATE_NOOP("Errors", "The file {file} no longer exists."),
                    file=str(source),
                ) from None
            if os.path.isdir(source):
                raise EvidenceError(
                    QT_TRANSLATE_NOOP("Errors", "{file} is a folder, not a file."),
                    file=str(source),
                ) from None
            raise
        if not allow_empty and os.fstat(handle.fileno()).st_size == 0:
            raise _empty(source)
        return handle

    def put(
        self,
        source: Path,
        progress: Progress | None = None,
        cancelled: IsCancelled | None = None,
        max_bytes: int = MAX_BLOB_BYTES,
        allow_empty: bool = True,
    ) -> StoredBlob:
        """Copies ``source`` into the store; raises EvidenceError if it cannot be read whole,
        FileAccessError if it is not a regular file or is larger than ``max_bytes`` (copying
        stops there even if it grows meanwhile), EvidenceError for an empty file unless
        ``allow_empty``, and sealdesk.progress.Cancelled (leaving nothing behind) when
        ``cancelled()``."""
        opened = ExitStack()
        try:
            handle = self._open_source(source, max_bytes, opened, allow_empty)
        except BaseException:
            opened.close()
            raise
        digest = hashlib.sha256()
        size = 0
        fd, tmp_name = tempfile.mkstemp(dir=self.tmp, prefix=TMP_PREFIX)
        tmp_path = Path(tmp_name)
        _hold(fd)
        try:
            with opened, os.fdopen(fd, "wb") as out:
                total = os.fstat(handle.fileno()).st_size
                while chunk := handle.read(CHUNK):
                    check_cancelled(cancelled)
                    if size + len(chunk) > max_bytes:  # it grew while we copied it
                        raise _too_large(source, max_bytes)
                    digest.update(chunk)
                    out.write(chunk)
                    size += len(chunk)
                    if progress is not None:
                        progress(size, max(total, size))
                if size == 0 and not allow_empty:
                    raise _empty(source)
                out.flush()
                os.fsync(out.fileno())
            sha256 = digest.hexdigest()
            final = self.path_of(sha256)
            if final.is_file() and final.stat().st_size == size:
                tmp_path.unlink()
                return StoredBlob(sha256, size, final, already_stored=True)
            final.parent.mkdir(exist_ok=True)
            os.replace(tmp_path, final)
            fsync_dir(final.parent)
            return StoredBlob(sha256, size, final, already_stored=False)
        except OSError as error:
            tmp_path.unlink(missing_ok=True)
            if error.errno == 28:  # ENOSPC
                raise EvidenceError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "The disk is full: {file} was not added. Free some space and try again.",
                    ),
                    file=str(source),
                ) from None
            raise EvidenceError(
                QT_TRANSLATE_NOOP("Errors", "The file {file} could not be read whole ({reason})."),
                file=str(source),
                reason=error.strerror or str(error),
            ) from None
        except BaseException:
            tmp_path.unlink(missing_ok=True)
            raise

    def iter_hashes(self) -> Iterator[str]:
        """The hashes of the well-formed blobs (regular files under their hash), sorted."""
        yield from sorted(self.survey().blobs)

    def survey(self) -> BlobSurvey:
        """The one classification of the blob folder, used by ``check`` and ``backup`` alike.

        Nothing is followed or opened: entries are told apart by ``lstat``, so a symbolic link
        (to /dev/zero, to a folder) or a FIFO is classified, never read. A blob is a regular
        file ``<aa>/<sha256>`` (64 lowercase hex digits beginning with ``aa``); an entry with a
        blob's name that is not a regular file is *damaged*; anything else (``.DS_Store``, a
        folder inside ``tmp``, a misplaced file) is *foreign*: left alone and reported.
        """
        blobs: dict[str, int] = {}
        damaged: dict[str, str] = {}
        foreign: list[tuple[str, str]] = []
        try:
            top = _entries(self.root)
        except OSError as error:
            return BlobSurvey({}, {}, [("blobs", _cannot_list(error))])
        for name, kind, _size in top:
            if name == "tmp":
                if kind != "folder":
                    foreign.append(("blobs/tmp", _KIND_TEXT[kind]))
                    continue
                try:
                    leftovers = _entries(self.tmp)
                except OSError as error:
                    foreign.append(("blobs/tmp", _cannot_list(error)))
                    continue
                for leftover, what, _ in leftovers:
                    if not (what == "file" and leftover.startswith(TMP_PREFIX)):
                        foreign.append((f"blobs/tmp/{leftover}", _KIND_TEXT[what]))
                continue
            if not (kind == "folder" and _PREFIX_RE.match(name)):
                foreign.append((f"blobs/{name}", _KIND_TEXT[kind]))
                continue
            try:
                inner = _entries(self.root / name)
            except OSError as error:
                foreign.append((f"blobs/{name}", _cannot_list(error)))
                continue
            for blob, what, size in inner:
                if not (_HASH_RE.match(blob) and blob.startswith(name)):
                    foreign.append((f"blobs/{name}/{blob}", _KIND_TEXT[what]))
                elif what == "file":
                    blobs[blob] = size
                else:
                    damaged[blob] = _KIND_TEXT[what]
        return BlobSurvey(blobs, damaged, sorted(foreign))

    def open_blob(self, sha256: str) -> BinaryIO:
        """Opens a blob for reading only if it is a regular file, never through a link and
        never blocking (a FIFO put in its place); raises OSError otherwise."""
        path = self.path_of(sha256)
        flags = os.O_RDONLY | _NOFOLLOW | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
        if path.is_symlink():
            raise OSError(errno.ELOOP, "a symbolic link", str(path))
        fd = os.open(path, flags)
        try:
            if not stat.S_ISREG(os.fstat(fd).st_mode):
                raise OSError(errno.EINVAL, "not a regular file", str(path))
            if hasattr(os, "set_blocking"):
                os.set_blocking(fd, True)
            return os.fdopen(fd, "rb")
        except BaseException:
            os.close(fd)
            raise

    def verify(self, sha256: str, size: int | None = None) -> str | None:
        """Re-hashes a blob; returns None when it is intact, else what is wrong ("missing",
        "corrupt", "not a regular file...", "unreadable..."). Reads a regular file only, never
        through a link, and no more than its size at the start (plus one byte)."""
        try:
            kind = _kind(os.lstat(self.path_of(sha256)).st_mode)
        except FileNotFoundError:
            return "missing"
        except OSError as error:
            return f"unreadable: {error.strerror or error}"
        if kind != "file":
            return _KIND_TEXT[kind]
        try:
            digest, length = hash_stream(self.open_blob(sha256))
        except FileNotFoundError:
            return "missing"
        except OSError as error:
            return f"unreadable: {error.strerror or error}"
        if size is not None and length != size:
            return f"corrupt (size {length}, expected {size})"
        return None if digest == sha256 else "corrupt"


def _hold(fd: int) -> None:
    """Marks a temporary file as being written (an advisory lock, released when it is closed),
    so that another process opening the workspace does not take it for a leftover."""
    if fcntl is not None:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            pass


def _in_use(path: Path) -> bool:
    """Is a live process writing this temporary file (see _hold)? On Windows an open file
    cannot be removed anyway, so the removal itself fails there and the file stays."""
    if fcntl is None:
        return False
    try:
        fd = os.open(
            path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOFOLLOW", 0)
        )
    except OSError:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    except OSError:
        return False
    finally:
        os.close(fd)
    return False


def hash_stream(handle: BinaryIO, sink: BinaryIO | None = None) -> tuple[str, int]:
    """SHA-256 and length of an open blob, read in CHUNK pieces and copied to ``sink`` if
    given; stops one byte past the size it had when opened (a file that grows is corrupt)."""
    with handle:
        limit = os.fstat(handle.fileno()).st_size + 1
        digest = hashlib.sha256()
        length = 0
        while length < limit and (chunk := handle.read(min(CHUNK, limit - length))):
            digest.update(chunk)
            length += len(chunk)
            if sink is not None:
                sink.write(chunk)
    return digest.hexdigest(), length


@dataclass(frozen=True, slots=True)
class BlobSurvey:
    """What the blob folder holds, by ``lstat`` alone (see ``BlobStore.survey``)."""

    blobs: dict[str, int]  # sha256 -> size: regular files under a well-formed name
    damaged: dict[str, str]  # sha256 -> what is there instead (a link, a folder, a FIFO...)
    foreign: list[tuple[str, str]]  # (path relative to the workspace, what it is)


TMP_PREFIX = "import-"
_HASH_RE = re.compile(r"^[0-9a-f]{64}$")
_PREFIX_RE = re.compile(r"^[0-9a-f]{2}$")
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_KIND_TEXT = {
    "file": "a file that is not SealDesk's",
    "folder": "a folder that is not SealDesk's",
    "link": "a symbolic link, not a regular file",
    "special": "a device, pipe or socket, not a regular file",
}


def _kind(mode: int) -> str:
    if stat.S_ISLNK(mode):
        return "link"
    if stat.S_ISREG(mode):
        return "file"
    if stat.S_ISDIR(mode):
        return "folder"
    return "special"


def _entries(folder: Path) -> list[tuple[str, str, int]]:
    """(name, kind, size) of each entry of ``folder``, by lstat, sorted by name; a folder
    given as a link is not entered (OSError)."""
    if os.path.islink(folder):
        raise OSError(errno.ELOOP, "a symbolic link", str(folder))
    found = []
    with os.scandir(folder) as listing:
        for entry in listing:
            try:
                info = entry.stat(follow_symlinks=False)
            except OSError:
                continue  # vanished while listed
            found.append((entry.name, _kind(info.st_mode), info.st_size))
    return sorted(found)


def _cannot_list(error: OSError) -> str:
    if isinstance(error, NotADirectoryError):
        return "not a folder"
    return f"cannot be read: {error.strerror or error}"
