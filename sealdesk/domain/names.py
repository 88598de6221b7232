"""The name an evidence document is stored under: what every later step can carry.

The name a file had on the clerk's disk is shown in the app, printed, and becomes a file name in
the bundle, a line of its BagIt manifests and a zip entry. Some characters break those lines or
the terminal: line and paragraph separators (U+2028, U+2029, NEL U+0085), other control
characters, bidirectional overrides, and lone surrogates (a non-UTF-8 name on Linux). They are
replaced on the way in, once, here, so the stored name is safe everywhere; ``sealdesk.bundle.names``
then only makes it fit Windows and the zip.
"""

from __future__ import annotations

import unicodedata

MAX_NAME_BYTES = 255
"""A stored name is at most this many bytes in UTF-8 (a file name's limit on every platform)."""

FALLBACK_NAME = "document"

_BIDI_CONTROLS = frozenset(
    "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)


def _unsafe(ch: str) -> bool:
    category = unicodedata.category(ch)
    return (
        category in ("Cc", "Zl", "Zp", "Cs")
        or ch in _BIDI_CONTROLS
        or ch in "/\\"
        or (category == "Zs" and ch != " ")
    )


def _cut_bytes(text: str, limit: int) -> str:
    """The longest start of ``text`` of at most ``limit`` UTF-8 bytes that does not split a
    base character from its marks (nor a Thai leading vowel from its consonant)."""
    if len(text.encode("utf-8")) <= limit:
        return text
    end = len(text.encode("utf-8")[:limit].decode("utf-8", "ignore"))
    while end > 0 and (unicodedata.category(text[end]).startswith("M") or text[end] == "\u0e33"):
        end -= 1
    return text[:end].rstrip("\u0e40\u0e41\u0e42\u0e43\u0e44")


def clean_text(text: str) -> str:
    """``text`` in NFC with the characters named above replaced (``_``; odd spaces by a
    space); lone surrogates, which cannot be stored as UTF-8, become ``_`` too."""
    text = text.encode("utf-8", "surrogatepass").decode("utf-8", "replace").replace("\ufffd", "_")
    return unicodedata.normalize(
        "NFC",
        "".join(
            (" " if unicodedata.category(ch) == "Zs" else "_") if _unsafe(ch) else ch
            for ch in unicodedata.normalize("NFC", text)
        ),
    )


def evidence_name(name: str) -> str:
    """``name`` (a file's base name) as it is stored: NFC; controls, line and paragraph
    separators, bidi overrides, lone surrogates, odd spaces and path separators replaced by
    ``_`` or a space; no leading or trailing space; at most MAX_NAME_BYTES in UTF-8, keeping the
    extension; never empty, "." or ".."."""
    name = clean_text(name).strip()
    if name in ("", ".", ".."):
        return FALLBACK_NAME
    stem, dot, ext = name.rpartition(".") if "." in name[1:] else (name, "", "")
    if len((dot + ext).encode("utf-8")) > 32:  # not an extension, just a dot in the name
        stem, dot, ext = name, "", ""
    stem = _cut_bytes(stem, MAX_NAME_BYTES - len((dot + ext).encode("utf-8"))).rstrip()
    return (stem or FALLBACK_NAME) + dot + ext
