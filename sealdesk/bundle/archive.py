"""The zip directory of a bundle, checked before any entry's bytes are read, and reading its
entries with bounds: the archive-safety half of verification (``verify`` holds the flow).

Entry count and declared total size against ``Limits``, names (``..``, absolute, drive letters,
backslashes, control characters), links and special files (external attributes), duplicates
(after NFC and case folding), encryption, compression method, compression ratio, overlapping
entries, one top-level folder.
"""

from __future__ import annotations

import hashlib
import re
import struct
import unicodedata
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sealdesk.bundle.constants import CHUNK
from sealdesk.bundle.errors import (
    AbsolutePathError,
    DuplicateEntryError,
    MalformedArchiveError,
    NotABundleError,
    PayloadChangedError,
    SymlinkEntryError,
    TagFileChangedError,
    TooLargeError,
    TooManyEntriesError,
    UnsafePathError,
    ZipBombError,
)

# What reading a damaged or doctored zip entry can raise: each means the entry changed.
ENTRY_READ_ERRORS = (
    zipfile.BadZipFile,
    zlib.error,
    OSError,
    EOFError,
    ValueError,
    struct.error,
    NotImplementedError,
)


@dataclass(frozen=True, slots=True)
class Limits:
    """What a bundle may hold; stated in docs/bundle-format.md."""

    max_entries: int = 20_000
    max_total_bytes: int = 16 * 1024**3  # declared uncompressed size of all entries
    max_ratio: int = 200  # uncompressed / compressed, for entries of at least ratio_floor bytes
    ratio_floor: int = 1024 * 1024
    max_tag_bytes: int = 64 * 1024 * 1024  # each tag file and the signature are read into memory
    max_name_bytes: int = 1024


DEFAULT_LIMITS = Limits()


# --- the zip directory ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class EndRecord:
    """What the zip's end records say, and where the central directory really ends."""

    count: int
    cd_size: int
    cd_offset: int  # as declared: counted from the start of the zip
    comment: bytes
    cd_end: int  # where the central directory really ends in the file

    @property
    def prefix(self) -> int:
        """Bytes in the file before the zip's own first byte (a self-extractor stub, say)."""
        return self.cd_end - self.cd_size - self.cd_offset


def end_record(f: Any, size: int) -> EndRecord:
    """The end records: entry count, central directory size and offset, comment."""
    tail_len = min(size, 22 + 65535)
    f.seek(size - tail_len)
    tail = f.read(tail_len)
    pos = tail.rfind(b"PK\x05\x06")
    while pos >= 0:
        if pos + 22 <= len(tail):
            (_, _, _, _, count, cd_size, cd_offset, clen) = struct.unpack(
                "<4s4H2LH", tail[pos : pos + 22]
            )
            if pos + 22 + clen == len(tail):
                comment = tail[pos + 22 :]
                eocd_at = size - tail_len + pos
                if count == 0xFFFF or cd_size == 0xFFFFFFFF or cd_offset == 0xFFFFFFFF:
                    return _zip64_end(f, eocd_at, comment)
                return EndRecord(count, cd_size, cd_offset, comment, eocd_at)
        pos = tail.rfind(b"PK\x05\x06", 0, pos)
    raise NotABundleError(detail="it is not a zip file")


def _zip64_end(f: Any, eocd_at: int, comment: bytes) -> EndRecord:
    if eocd_at < 20 + 56:
        raise MalformedArchiveError(detail="truncated zip64 end record")
    f.seek(eocd_at - 20)
    loc = f.read(20)
    if loc[:4] != b"PK\x06\x07":
        raise MalformedArchiveError(detail="missing zip64 locator")
    (z64_at,) = struct.unpack("<Q", loc[8:16])
    # where the record should be if nothing was put before the zip, else where it is
    for at in dict.fromkeys((z64_at, eocd_at - 20 - 56)):
        f.seek(at)
        rec = f.read(56)
        if rec[:4] == b"PK\x06\x06" and len(rec) == 56:
            count, cd_size, cd_offset = struct.unpack("<QQQ", rec[32:56])
            return EndRecord(count, cd_size, cd_offset, comment, at)
    raise MalformedArchiveError(detail="bad zip64 end record")


def _is_link_or_special(info: zipfile.ZipInfo) -> bool:
    mode = (info.external_attr >> 16) & 0xFFFF
    if info.create_system == 3 and mode:  # unix
        kind = mode & 0o170000
        if kind not in (0o100000, 0o040000, 0):
            return True
    # MS-DOS/NTFS attributes: FILE_ATTRIBUTE_REPARSE_POINT (junctions, symlinks), DEVICE
    return bool(info.external_attr & (0x400 | 0x40))


def _check_name(name: str, limits: Limits) -> list[str]:
    if len(name.encode("utf-8")) > limits.max_name_bytes:
        raise MalformedArchiveError(detail=f"an entry name is too long: {name[:80]}...")
    if any(ord(c) < 32 or ord(c) == 0x7F for c in name):
        raise MalformedArchiveError(detail=f"control character in entry name {name!r}")
    unified = name.replace("\\", "/")
    if unified.startswith("/") or (len(unified) >= 2 and unified[1] == ":"):
        raise AbsolutePathError(name=name)
    parts = unified.split("/")
    if parts[-1] == "":  # a folder entry
        parts = parts[:-1]
    for part in parts:
        if len(part) >= 2 and part.strip(". ") == "":  # "..", and "..." or ".. " on Windows
            raise UnsafePathError(name=name)
    if any(part in ("", ".") for part in parts):
        raise MalformedArchiveError(detail=f"empty or '.' component in entry name {name!r}")
    if "\\" in name or ":" in name:
        raise MalformedArchiveError(detail=f"backslash or colon in entry name {name!r}")
    return parts


def _norm_key(name: str) -> str:
    return unicodedata.normalize("NFC", unicodedata.normalize("NFC", name).casefold())


def check_directory(zf: zipfile.ZipFile, limits: Limits, cd_offset: int) -> str:
    """The archive-safety checks on the central directory; returns the top-level folder."""
    infos = zf.infolist()
    if len(infos) > limits.max_entries:
        raise TooManyEntriesError(count=len(infos), limit=limits.max_entries)
    seen: dict[str, str] = {}
    total = 0
    tops: set[str] = set()
    for info in infos:
        name = info.orig_filename
        parts = _check_name(name, limits)
        if _is_link_or_special(info):
            raise SymlinkEntryError(name=name)
        key = _norm_key(name.rstrip("/"))
        if key in seen:
            raise DuplicateEntryError(name=name, other=seen[key])
        seen[key] = name
        if info.flag_bits & 0x1:
            raise MalformedArchiveError(detail=f"{name} is encrypted")
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise MalformedArchiveError(
                detail=f"{name} uses compression method {info.compress_type}"
            )
        total += info.file_size
        if total > limits.max_total_bytes:
            raise TooLargeError(size=total, limit=limits.max_total_bytes)
        if info.file_size >= limits.ratio_floor:
            ratio = info.file_size // max(info.compress_size, 1)
            if ratio > limits.max_ratio:
                raise ZipBombError(name=name, ratio=ratio)
        if info.compress_type == zipfile.ZIP_STORED and info.compress_size != info.file_size:
            raise MalformedArchiveError(detail=f"{name}: stored entry with two sizes")
        tops.add(parts[0])
    if not infos:
        raise NotABundleError(detail="the zip file is empty")
    # entries must not overlap (the "overlapping files" zip bomb) nor run into the directory
    spans = sorted(((i.header_offset, i) for i in infos), key=lambda span: span[0])
    for (start, info), nxt in zip(spans, [*spans[1:], (cd_offset, None)], strict=True):
        end = start + 30 + len(info.orig_filename.encode("utf-8")) + info.compress_size
        if end > nxt[0]:
            raise MalformedArchiveError(detail=f"entry {info.orig_filename} overlaps the next")
    if len(tops) != 1:
        raise NotABundleError(detail="it does not hold exactly one top-level folder")
    top = tops.pop()
    if any(i.orig_filename == top or i.orig_filename == top + "/" for i in infos if not i.is_dir()):
        raise NotABundleError(detail="it does not hold exactly one top-level folder")
    return top


# --- reading entries --------------------------------------------------------------------------


def read_small(zf: zipfile.ZipFile, info: zipfile.ZipInfo, limits: Limits) -> bytes:
    if info.file_size > limits.max_tag_bytes:
        raise TooLargeError(size=info.file_size, limit=limits.max_tag_bytes)
    try:
        with zf.open(info) as f:
            return f.read(limits.max_tag_bytes + 1)
    except ENTRY_READ_ERRORS as exc:
        raise entry_changed(info, exc) from None


def entry_changed(info: zipfile.ZipInfo, exc: BaseException) -> Exception:
    return (
        TagFileChangedError(name=info.filename)
        if "/data/" not in info.filename
        else (PayloadChangedError(name=info.filename.split("/", 1)[1]))
    )


def hash_entry(zf: zipfile.ZipFile, info: zipfile.ZipInfo, tick: Callable[[int], None]) -> str:
    h = hashlib.sha256()
    try:
        with zf.open(info) as f:
            while True:
                chunk = f.read(CHUNK)
                if not chunk:
                    break
                h.update(chunk)
                tick(len(chunk))
    except ENTRY_READ_ERRORS as exc:
        raise entry_changed(info, exc) from None
    return h.hexdigest()


_PERCENT_ESCAPES = re.compile("%(0[Dd]|0[Aa]|25)")


def parse_manifest(data: bytes, what: str) -> dict[str, str]:
    """A BagIt manifest: one "<digest> <path>" per line, lines ending in LF or CR LF only (RFC
    8493 section 2.1.3; U+2028, U+0085, form feeds... are ordinary characters of a path), the
    path's CR, LF and % percent-encoded."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise NotABundleError(detail=f"{what} is not UTF-8") from None
    entries: dict[str, str] = {}
    for raw in text.split("\n"):
        line = raw.removesuffix("\r")
        if not line.strip(" \t"):
            continue
        digest, sep, path = line.partition(" ")
        path = path.lstrip(" ").lstrip("*")
        if not sep or len(digest) != 64 or not path:
            raise NotABundleError(detail=f"{what} has a malformed line")
        path = _PERCENT_ESCAPES.sub(lambda m: chr(int(m.group(1), 16)), path)
        entries[unicodedata.normalize("NFC", path)] = digest.lower()
    return entries
