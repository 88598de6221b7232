"""Word-boundary line breaks for Thai in Qt labels.

Thai has no spaces between words. Qt finds Thai word boundaries only through libthai, which
Linux has and Windows does not; without it a word-wrapped label cannot break a Thai sentence.
Where libthai is missing we insert ZERO WIDTH SPACE (U+200B) at dictionary word boundaries,
which Qt treats as a break opportunity. The words come from the segmenter printing uses too
(:mod:`sealdesk.thaiwords`: loaded lazily, its first call takes most of a second); results
are cached.
"""

from __future__ import annotations

import ctypes.util
import os
import sys
from functools import cache

from sealdesk.thaiwords import has_thai, words
from sealdesk.thaiwords import warm_up as _load_segmenter

ZWSP = "\u200b"


@cache
def needs_help() -> bool:
    """True where Qt cannot break Thai words itself (no libthai), e.g. on Windows."""
    forced = os.environ.get("SEALDESK_THAI_ZWSP")
    if forced is not None:
        return forced == "1"
    if sys.platform == "win32":
        return True
    return ctypes.util.find_library("thai") is None


@cache
def segment(text: str) -> str:
    """``text`` with U+200B between Thai words (no change for text without Thai)."""
    if not has_thai(text):
        return text
    out: list[str] = []
    for word in words(text):
        if out and has_thai(word) and has_thai(out[-1][-1:] or " "):
            out.append(ZWSP)
        out.append(word)
    return "".join(out)


def wrap(text: str) -> str:
    """Text for a word-wrapped label: segmented where Qt needs help, else unchanged."""
    return segment(text) if needs_help() else text


def warm_up() -> None:
    """Loads the segmenter (call on a worker thread at start-up where it will be needed)."""
    if needs_help():
        _load_segmenter()
