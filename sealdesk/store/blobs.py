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
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from sealdesk.errors import QT_TRANSLATE_NOOP, EvidenceError
from sealdesk.fsutil import CHUNK, fsync_dir
from sealdesk.progress import IsCancelled, Progress, check_cancelled


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
            if kind in ("file", "link") and name.startswith(TMP_PREFIX):
                try:
                    (self.tmp / name).unlink()
                    count += 1
                except OSError:
                    pass
        return count

    def put(
        self,
        source: Path,
        progress: Progress | None = None,
        cancelled: IsCancelled | None = None,
    ) -> StoredBlob:
        """Copies ``source`` into the store; raises EvidenceError if it cannot be read whole,
        and sealdesk.progress.Cancelled (leaving nothing behind) when ``cancelled()``."""
        try:
            handle = open(source, "rb")
        except FileNotFoundError:
            raise EvidenceError(
                QT_TRANSLATE_NOOP("Errors", "The file {file} no longer exists."),
                file=str(source),
            ) from None
        except IsADirectoryError:
            raise EvidenceError(
                QT_TRANSLATE_NOOP("Errors", "{file} is a folder, not a file."), file=str(source)
            ) from None
        except OSError as error:
            raise EvidenceError(
                QT_TRANSLATE_NOOP("Errors", "The file {file} cannot be read ({reason})."),
                file=str(source),
                reason=error.strerror or str(error),
            ) from None
        digest = hashlib.sha256()
        size = 0
        fd, tmp_name = tempfile.mkstemp(dir=self.tmp, prefix=TMP_PREFIX)
        tmp_path = Path(tmp_name)
        try:
            with handle, os.fdopen(fd, "wb") as out:
                total = os.fstat(handle.fileno()).st_size
                while chunk := handle.read(CHUNK):
                    check_cancelled(cancelled)
                    digest.update(chunk)
                    out.write(chunk)
                    size += len(chunk)
                    if progress is not None:
                        progress(size, max(total, size))
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
