"""Content-addressed store of evidence files inside the workspace.

A file is streamed in chunks into a temporary file under ``blobs/tmp``, hashed while it is
copied, flushed to disk (fsync), then renamed to ``blobs/<aa>/<sha256>``. A rename is atomic, so
a blob either exists whole under its hash or not at all; leftovers in ``tmp`` from a killed
import are removed on the next open. The same bytes are stored once. The source is only read.
(Not ``fsutil.atomic_writer``: the final name is the hash, known only once the copy is done.)
"""

from __future__ import annotations

import hashlib
import os
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
from sealdesk.fsutil import CHUNK, fsync_dir, open_regular, sha256_file
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
        self.tmp.mkdir(parents=True, exist_ok=True)

    def path_of(self, sha256: str) -> Path:
        return self.root / sha256[:2] / sha256

    def has(self, sha256: str) -> bool:
        return self.path_of(sha256).is_file()

    def discard_leftovers(self) -> int:
        """Removes temporary files left by an interrupted import; returns how many."""
        count = 0
        for leftover in self.tmp.iterdir():
            if _in_use(leftover):  # another process (the app, the CLI) is importing it now
                continue
            try:
                leftover.unlink(missing_ok=True)
            except OSError:  # still open by another process (Windows)
                continue
            count += 1
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
        fd, tmp_name = tempfile.mkstemp(dir=self.tmp, prefix="import-")
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
        for folder in sorted(self.root.iterdir()):
            if folder.is_dir() and folder.name != "tmp":
                for blob in sorted(folder.iterdir()):
                    yield blob.name

    def verify(self, sha256: str) -> str | None:
        """Re-hashes a blob; returns None when it is intact, else what is wrong."""
        try:
            digest = sha256_file(self.path_of(sha256))
        except FileNotFoundError:
            return "missing"
        except OSError as error:
            return f"unreadable: {error.strerror or error}"
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
