"""Readable file names that are safe in a zip, on Windows, and in a BagIt manifest.

Thai is kept (NFC); characters Windows forbids (<>:"/\\|?*), control characters and '%' (which
BagIt manifests would have to percent-encode, and bagit-python does not decode) become '_';
trailing dots and spaces go; reserved device names (CON, PRN, AUX, NUL, COM1-9, LPT1-9) get a
leading '_'; long names are shortened without splitting a Thai character cluster; names that
collide after case folding get " (2)", " (3)", ... before the extension.
"""

from __future__ import annotations

import re
import unicodedata

FORBIDDEN = re.compile(r'[<>:"/\\|?*%\x00-\x1f\x7f]')
RESERVED = {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"} | {
    f"{base}{n}" for base in ("COM", "LPT") for n in [*"123456789", "¹", "²", "³"]
}
MAX_CHARS = 100  # keeps <extract folder>/<bag>/data/evidence/<name> well under Windows' 260


def _cut(text: str, limit: int) -> str:
    """At most ``limit`` characters, never splitting a base character from its marks."""
    if len(text) <= limit:
        return text
    while limit > 0 and unicodedata.category(text[limit]).startswith("M"):
        limit -= 1
    text = text[:limit]
    # a Thai leading vowel (เ แ โ ใ ไ) belongs to the consonant that was cut off
    return text.rstrip("\u0e40\u0e41\u0e42\u0e43\u0e44")


def safe_name(name: str, fallback: str = "file") -> str:
    """One path component, Windows-safe, NFC, readable."""
    name = unicodedata.normalize("NFC", name.replace("\\", "/").rsplit("/", 1)[-1])
    name = FORBIDDEN.sub("_", name).strip(" ")
    name = name.rstrip(". ")
    if "." in name[1:]:
        stem, ext = name.rsplit(".", 1)
        ext = "." + _cut(ext.strip(" "), 16)
    else:
        stem, ext = name, ""
    stem = stem.rstrip(". ")
    if not stem:
        stem = fallback
    stem = _cut(stem, MAX_CHARS - len(ext)).rstrip(". ")
    if stem.split(".")[0].upper().rstrip(" ") in RESERVED:
        stem = "_" + stem
    return stem + ext


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
        stem, dot, ext = name.rpartition(".") if "." in name[1:] else (name, "", "")
        n = 2
        while True:
            suffix = f" ({n})"
            candidate = _cut(stem, MAX_CHARS - len(suffix) - len(dot + ext)) + suffix + dot + ext
            if self.key(candidate) not in self._taken:
                self._taken.add(self.key(candidate))
                return candidate
            n += 1
