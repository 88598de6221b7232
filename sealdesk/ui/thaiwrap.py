"""Word-boundary line breaks for Thai in Qt labels.

Thai has no spaces between words. Qt finds Thai word boundaries only through libthai, which
Linux has and Windows does not; without it a word-wrapped label cannot break a Thai sentence.
Where libthai is missing we insert ZERO WIDTH SPACE (U+200B) at dictionary word boundaries
(pythainlp newmm), which Qt treats as a break opportunity. The segmenter is loaded lazily
(its first call takes most of a second) and results are cached.
"""

from __future__ import annotations

import ctypes.util
import os
import re
import sys
from functools import cache

ZWSP = "\u200b"
_THAI = re.compile(r"[\u0e00-\u0e7f]")


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
    if not _THAI.search(text):
        return text
    from pythainlp.tokenize import word_tokenize

    words = word_tokenize(text, engine="newmm", keep_whitespace=True)
    out: list[str] = []
    for word in words:
        if out and _THAI.search(word) and _THAI.search(out[-1][-1:] or " "):
            out.append(ZWSP)
        out.append(word)
    return "".join(out)


def wrap(text: str) -> str:
    """Text for a word-wrapped label: segmented where Qt needs help, else unchanged."""
    return segment(text) if needs_help() else text


def warm_up() -> None:
    """Loads the segmenter (call on a worker thread at start-up where it will be needed)."""
    if needs_help():
        segment("ความเท่าเทียมทางเพศ")
