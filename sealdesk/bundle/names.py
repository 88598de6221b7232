"""Readable file names that are safe in a zip, on Windows and macOS, and in a BagIt manifest.

Every name the allocator hands out is one path component that

- is NFC, with Thai and every other script kept;
- holds no character that breaks a manifest line or a zip reader: control characters (C0, DEL,
  C1 such as U+0085), line and paragraph separators (U+2028, U+2029), bidirectional and other
  invisible format controls (except the zero-width joiners scripts need), lone surrogates, and
  none of the characters Windows forbids (<>:"/\\|?*); each becomes '_'. '%' becomes '_' too
  (BagIt manifests would have to percent-encode it, and bagit-python does not decode it);
- has no white space or dots at its ends (Windows drops trailing dots and spaces; BagIt readers
  strip white space around a manifest path), and reserved device names (CON, PRN, AUX, NUL,
  COM1-9, LPT1-9) get a leading '_';
- fits every file system a bundle may be unpacked on, *including* any " (2)" suffix: at most
  ``MAX_BYTES`` bytes of UTF-8 (ext4, APFS, Info-ZIP's unzip), at most ``MAX_UNITS`` UTF-16
  units after NFD (HFS+), and at most ``MAX_CHARS`` UTF-16 units so that
  <extract folder>/<bag>/data/evidence/<name> stays under Windows' 260;
- does not end in ";" and digits (Info-ZIP's unzip takes that for a VMS version and drops it);
- is shortened only at a character boundary, never between a base character and its marks nor
  after a Thai leading vowel (เ แ โ ใ ไ) whose consonant was cut off.

Names that collide after case folding get " (2)", " (3)", ... before the extension.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

WINDOWS_FORBIDDEN = frozenset('<>:"/\\|?*%')
KEEP_FORMAT = frozenset("\u200c\u200d")  # zero-width non-joiner and joiner: part of words
RESERVED = {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"} | {
    f"{base}{n}" for base in ("COM", "LPT") for n in [*"123456789", "¹", "²", "³"]
}
MAX_CHARS = 100  # UTF-16 units: keeps <extract folder>/<bag>/data/evidence/<name> under 260
MAX_BYTES = 255  # UTF-8 bytes of one path component (ext4, APFS, unzip)
MAX_UNITS = 255  # UTF-16 units of one path component after NFD (HFS+, NTFS)
MAX_EXT = 16  # characters of an extension kept
VMS_VERSION = re.compile(r";[0-9]*\Z")
THAI_LEADING_VOWELS = "\u0e40\u0e41\u0e42\u0e43\u0e44"
CLUSTER_CONTINUES = frozenset("\u0e33\u0eb3") | KEEP_FORMAT  # Thai/Lao SARA AM, joiners


def _unsafe(char: str) -> bool:
    if char in WINDOWS_FORBIDDEN:
        return True
    category = unicodedata.category(char)
    if category in ("Cc", "Zl", "Zp", "Cs"):
        return True
    return category == "Cf" and char not in KEEP_FORMAT


def _utf16_units(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def fits(name: str) -> bool:
    """Whether ``name`` is short enough for every file system a bundle may be unpacked on."""
    return (
        _utf16_units(name) <= MAX_CHARS
        and len(name.encode("utf-8")) <= MAX_BYTES
        and _utf16_units(unicodedata.normalize("NFD", name)) <= MAX_UNITS
    )


def _trim(text: str) -> str:
    """White space (any Unicode space) and dots off the end, white space off the start."""
    start, end = 0, len(text)
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == "."):
        end -= 1
    return text[start:end]


def _cut(text: str, tail: str = "", ok: Callable[[str], bool] = fits) -> str:
    """The longest start of ``text`` such that it + ``tail`` is ``ok`` (by default: ``fits``),
    cut at a character boundary that splits no base character from its marks and no Thai
    syllable from its leading vowel."""
    if ok(text + tail):
        return text
    lo, hi = 0, len(text)
    while lo < hi:  # the longest prefix that is ok (ok is monotonic in the prefix length)
        mid = (lo + hi + 1) // 2
        if ok(text[:mid] + tail):
            lo = mid
        else:
            hi = mid - 1
    limit = lo
    while limit > 0 and (
        unicodedata.category(text[limit]).startswith("M") or text[limit] in CLUSTER_CONTINUES
    ):
        limit -= 1
    return text[:limit].rstrip(THAI_LEADING_VOWELS)


def _split_ext(name: str) -> tuple[str, str]:
    if "." in name[1:]:
        stem, ext = name.rsplit(".", 1)
        ext = _trim(_cut(_trim(ext), ok=lambda text: len(text) <= MAX_EXT))
        return stem, "." + ext if ext else ""
    return name, ""


def safe_name(name: str, fallback: str = "file") -> str:
    """One path component, Windows-safe, manifest-safe, NFC, readable, within the limits."""
    name = name.replace("\\", "/").rsplit("/", 1)[-1]
    name = "".join("_" if _unsafe(c) else c for c in name)
    name = unicodedata.normalize("NFC", name)
    name = "".join("_" if _unsafe(c) else c for c in name)  # NFC never makes one, but be sure
    name = _trim(name)
    stem, ext = _split_ext(name)
    stem = _trim(stem)
    if not stem:
        stem = fallback
    stem = _trim(_cut(stem, ext)) or fallback
    if stem.split(".")[0].upper().rstrip(" ") in RESERVED:
        stem = _cut("_" + stem, ext)
    return _no_version_suffix(stem + ext)


def _no_version_suffix(name: str) -> str:
    """Info-ZIP's unzip drops a VMS version suffix (";" and digits at the end) when it unpacks:
    "report;2" would become "report" on disk and no longer match the manifest."""
    match = VMS_VERSION.search(name)
    return name[: match.start()] + "_" + name[match.start() + 1 :] if match else name


class NameAllocator:
    """Hands out distinct names in one folder, comparing them as Windows and macOS would."""

    def __init__(self) -> None:
        self._taken: set[str] = set()

    @staticmethod
    def key(name: str) -> str:
        return unicodedata.normalize("NFC", unicodedata.normalize("NFC", name).casefold())

    def reserve(self, name: str) -> None:
        self._taken.add(self.key(name))

    def allocate(self, wanted: str) -> str:
        name = safe_name(wanted)
        if self.key(name) not in self._taken:
            self._taken.add(self.key(name))
            return name
        stem, ext = _split_ext(name)
        n = 2
        while True:
            tail = f" ({n}){ext}"
            candidate = _cut(stem, tail) + tail
            if self.key(candidate) not in self._taken:
                self._taken.add(self.key(candidate))
                return candidate
            n += 1
