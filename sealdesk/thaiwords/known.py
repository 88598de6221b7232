"""Word boundaries of texts segmented before, kept in the user cache folder.

The desktop app breaks the same few dozen Thai titles into lines on every start. Segmenting
them needs the dictionary (loaded from its cache, about 30 ms), the segmenter's import (about
20 ms) and the segmentation itself: most of the checklist's first paint. This file keeps each
text's words (as the lengths of its tokens), so a start whose titles were all seen before
loads neither. It is keyed by the dictionary's identity (the SHA-256 of pythainlp's word list,
as :func:`sealdesk.thaiwords.load_dictionary` checks it) and by :data:`SEGMENTER_REVISION`;
it is checked before use (format, identity, the body's hash, every entry's lengths adding up
to its text) and never trusted: missing, stale or damaged means started afresh, and it is
rewritten atomically. Use it from one thread (the GUI's).
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import TYPE_CHECKING

from sealdesk.fsutil import read_cache, seal_cache, unseal_cache, write_cache
from sealdesk.resources import user_cache_dir

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

KNOWN_FORMAT = 1
KNOWN_NAME = f"thai-known-words-v{KNOWN_FORMAT}.json"
_MAGIC = b"SealDesk Thai known words %d" % KNOWN_FORMAT
SEGMENTER_REVISION = 1
"""Raise it when the segmenter's cuts change (``newmm.py`` or ``words``): the texts are then
segmented again. tests/foundation/test_thai_known.py pins ``newmm.py``'s hash as a reminder."""
MAX_TEXTS = 4000
"""More texts than this and the file starts afresh (the UI's titles and labels are far fewer)."""
MAX_BYTES = 4 * 1024 * 1024


def known_path() -> Path:
    return user_cache_dir() / KNOWN_NAME


def _identity(source: Path | Traversable | None) -> str:
    from sealdesk.thaiwords import source_path

    raw = (source or source_path()).read_bytes()
    return f"{hashlib.sha256(raw).hexdigest()} {SEGMENTER_REVISION}"


def encode_known(entries: dict[str, tuple[int, ...]], identity: str) -> bytes:
    """The file: a header (format, the dictionary's identity, the body's SHA-256) and the
    body, JSON: each text with the lengths of its tokens."""
    body = json.dumps(entries, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return seal_cache(body, _MAGIC, identity, label=b"identity")


def decode_known(data: bytes, identity: str) -> dict[str, tuple[int, ...]] | None:
    """The entries of a file, or None when it is of another format, of another dictionary or
    segmenter, damaged, or an entry's lengths do not make up its text."""
    body = unseal_cache(data, _MAGIC, identity, label=b"identity")
    if body is None:
        return None
    try:
        raw = json.loads(body.decode("utf-8"))
    except ValueError:  # also UnicodeDecodeError
        return None
    if not isinstance(raw, dict):
        return None
    entries: dict[str, tuple[int, ...]] = {}
    for text, lengths in raw.items():
        if not isinstance(lengths, list) or not all(type(n) is int and n > 0 for n in lengths):
            return None
        if sum(lengths) != len(text):
            return None
        entries[text] = tuple(lengths)
    return entries


class KnownWords:
    """The words of texts, from the file where known, else from the segmenter (then
    remembered; :meth:`save` writes what is new)."""

    def __init__(self, path: Path | None = None, source: Path | Traversable | None = None) -> None:
        self.path = path or known_path()
        self.identity = _identity(source)
        self.dirty = False
        data = read_cache(self.path, MAX_BYTES)
        found = decode_known(data, self.identity) if data else None
        self.entries: dict[str, tuple[int, ...]] = found or {}
        self.dirty = found is None and bool(data)  # a damaged or stale file is replaced

    def words(self, text: str) -> tuple[str, ...]:
        """What :func:`sealdesk.thaiwords.words` gives for ``text``."""
        lengths = self.entries.get(text)
        if lengths is None:
            from sealdesk.thaiwords import words

            found = words(text)
            if len(self.entries) >= MAX_TEXTS:
                self.entries.clear()
            self.entries[text] = tuple(len(w) for w in found)
            self.dirty = True
            return found
        out: list[str] = []
        start = 0
        for n in lengths:
            out.append(text[start : start + n])
            start += n
        return tuple(out)

    def save(self) -> None:
        """Writes the file atomically if anything is new; a file that cannot be written (a
        read-only home) costs only the segmentation next time."""
        if not self.dirty:
            return
        self.dirty = False
        write_cache(self.path, encode_known(self.entries, self.identity))


_known: KnownWords | None = None


def known() -> KnownWords:
    """The process's KnownWords, read on first use."""
    global _known
    if _known is None:
        _known = KnownWords()
    return _known


def save_known() -> None:
    """Writes what this process segmented anew (nothing when the file was not read)."""
    if _known is not None:
        _known.save()
