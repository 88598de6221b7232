"""The streaming BagIt container: one zip written entry by entry, hashed as it grows.

Each evidence byte is read once: hashed (SHA-256) and CRC'd while it is written into the zip,
in fixed-size chunks, so memory stays flat. A second thread hashes the finished part of the zip
as it grows, giving the bundle's own SHA-256 (and the digest the container seal signs) without
reading the file again at the end.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import threading
import zipfile
import zlib
from collections.abc import Callable, Iterable
from datetime import datetime
from pathlib import Path
from typing import BinaryIO

from sealdesk.bundle.constants import BAGIT_TXT, CHUNK

# Formats that are already compressed: deflating them again costs time and saves nothing.
STORED_EXTENSIONS = frozenset(
    "pdf jpg jpeg png gif webp heic heif avif jp2 zip 7z rar gz tgz bz2 xz zst docx xlsx pptx "
    "docm xlsm odt ods odp epub mp3 mp4 m4a m4v mov avi mkv webm ogg oga opus aac flac wma wmv "
    "3gp".split()
)
REGULAR_FILE_ATTR = (0o100644 & 0xFFFF) << 16
ZIP_SYSTEM_UNIX = 3


class SourceReadError(Exception):
    """Reading a file being copied into the bundle failed: the stored file is at fault, not
    the bundle being written (whose own write errors stay OSErrors)."""

    def __init__(self, error: OSError) -> None:
        super().__init__(str(error))
        self.error = error


def _read_into(src: BinaryIO, view: memoryview) -> int:
    try:
        return src.readinto(view) or 0
    except OSError as exc:
        raise SourceReadError(exc) from exc


class PrefixHasher(threading.Thread):
    """SHA-256 of the zip as it grows: hashes bytes [0, target) from its own file handle.

    The zip writer only advances ``target`` past an entry once that entry's local header has
    been rewritten, so every byte hashed is final.
    """

    def __init__(self, path: Path) -> None:
        super().__init__(name="bundle-hasher", daemon=True)
        self._f = open(path, "rb", buffering=0)  # exact reads: no read-ahead past target
        self._cond = threading.Condition()
        self._target = 0
        self._done = False
        self._aborted = False
        self.hasher = hashlib.sha256()
        self.position = 0
        self.error: BaseException | None = None

    def advance(self, target: int, final: bool = False) -> None:
        with self._cond:
            self._target = target
            self._done = final
            self._cond.notify()

    def abort(self) -> None:
        with self._cond:
            self._aborted = True
            self._cond.notify()

    def run(self) -> None:
        buf = bytearray(CHUNK)
        view = memoryview(buf)
        try:
            while True:
                with self._cond:
                    while self.position >= self._target and not self._done and not self._aborted:
                        self._cond.wait()
                    if self._aborted:
                        return
                    target, done = self._target, self._done
                while self.position < target:
                    n = self._f.readinto(view[: min(CHUNK, target - self.position)])
                    if not n:
                        raise OSError("the bundle file shrank while it was written")
                    self.hasher.update(view[:n])
                    self.position += n
                if done and self.position >= target:
                    return
        except BaseException as exc:  # reported to the writer thread
            self.error = exc
        finally:
            self._f.close()


def should_store(name: str, sample: bytes) -> bool:
    """Whether an entry is stored rather than deflated, by its extension or a sample."""
    ext = name.rsplit(".", 1)[-1].lower() if "." in name else ""
    if ext in STORED_EXTENSIONS:
        return True
    if len(sample) < 512:
        return False
    packed = len(zlib.compress(sample[: 256 * 1024], 1))
    ratio = min(len(sample), 256 * 1024) / max(packed, 1)
    # barely compressible: store; extremely compressible: store too, so a verifier's zip-bomb
    # limit never trips on a genuine file
    return ratio < 1.1 or ratio > 50


class BundleZip:
    """The zip of one bag (every entry under the folder ``bag``), written to ``tmp``."""

    def __init__(self, tmp: Path, when: datetime, bag: str) -> None:
        self.tmp = tmp
        self.bag = bag
        self.file = open(tmp, "w+b")
        self.zip = zipfile.ZipFile(self.file, "w", allowZip64=True)
        self.hasher = PrefixHasher(tmp)
        self.hasher.start()
        self.date_time = (when.year, when.month, when.day, when.hour, when.minute, when.second)
        self._buf = bytearray(CHUNK)

    def info(self, name: str, size: int, stored: bool) -> zipfile.ZipInfo:
        zinfo = zipfile.ZipInfo(f"{self.bag}/{name}", self.date_time)
        zinfo.create_system = ZIP_SYSTEM_UNIX
        zinfo.external_attr = REGULAR_FILE_ATTR
        zinfo.compress_type = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
        zinfo.file_size = size
        return zinfo

    def entry_done(self) -> None:
        self.file.flush()
        self.hasher.advance(self.file.tell())

    def add_bytes(self, name: str, data: bytes, stored: bool | None = None) -> None:
        """Adds ``bag/name`` holding ``data``."""
        if stored is None:
            stored = should_store(name, data)
        with self.zip.open(self.info(name, len(data), stored), "w") as w:
            w.write(data)
        self.entry_done()

    def stream(self, name: str, src: BinaryIO, size: int, tick: Callable[[int], None]) -> str:
        """Copies ``src`` (``size`` bytes) into ``bag/name`` in CHUNK pieces, calling
        ``tick(n)`` after each; returns the SHA-256 of what was read. SourceReadError when
        ``src`` cannot be read or does not hold ``size`` bytes; OSError when writing fails."""
        view = memoryview(self._buf)
        h = hashlib.sha256()
        first = _read_into(src, view)
        stored = should_store(name, bytes(view[: min(first, 256 * 1024)]))
        written = 0
        with self.zip.open(self.info(name, size, stored), "w") as w:
            n = first
            while n:
                chunk = view[:n]
                h.update(chunk)
                w.write(chunk)
                written += n
                tick(n)
                n = _read_into(src, view)
        self.entry_done()
        if written != size:
            raise SourceReadError(OSError(f"{name} changed size while it was read"))
        return h.hexdigest()

    def close_zip(self) -> int:
        """Writes the central directory; returns the file's length (the comment is empty)."""
        self.zip.close()
        self.file.flush()
        return self.file.tell()

    def finish(self) -> None:
        """Makes the written bytes durable and closes the file."""
        self.file.flush()
        os.fsync(self.file.fileno())
        self.file.close()

    def abandon(self) -> None:
        """Stops the hasher and drops the archive: no central directory, no __del__ close."""
        with contextlib.suppress(Exception):
            self.hasher.abort()
            self.hasher.join(timeout=10)
        self.zip.fp = None
        with contextlib.suppress(Exception):
            self.file.close()


def tag_line(value: str) -> str:
    """A value on one line, white space collapsed (bag-info.txt, the trusted comment)."""
    return " ".join(str(value).split())


def manifest_text(entries: Iterable[tuple[str, str]]) -> bytes:
    """A BagIt manifest from (sha256, path) pairs; a path's CR, LF and % percent-encoded as RFC
    8493 says (the name allocator never hands out such names, but the format stays right)."""
    return "".join(f"{d}  {_escape_path(p)}\n" for d, p in entries).encode("utf-8")


def _escape_path(path: str) -> str:
    return path.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def bag_info_text(fields: Iterable[tuple[str, str]]) -> bytes:
    return "".join(f"{k}: {tag_line(v)}\n" for k, v in fields).encode("utf-8")


def tag_manifest_text(
    bag_info: bytes, manifest: bytes, extra: Iterable[tuple[str, bytes]] = ()
) -> bytes:
    """The tag manifest over bagit.txt, bag-info.txt, manifest-sha256.txt and ``extra`` tag
    files (a delta bundle's fetch.txt): what is signed."""
    return manifest_text(
        (hashlib.sha256(data).hexdigest(), name)
        for name, data in (
            ("bagit.txt", BAGIT_TXT),
            ("bag-info.txt", bag_info),
            ("manifest-sha256.txt", manifest),
            *extra,
        )
    )
