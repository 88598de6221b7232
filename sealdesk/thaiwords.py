"""Thai word segmentation: the one segmenter shared by the desktop app and the printed documents.

Thai is written without spaces between words, so both places that break Thai lines need the
dictionary word boundaries: the UI (``sealdesk.ui.thaiwrap`` inserts U+200B break hints where
Qt cannot find them itself) and printing (``sealdesk.printing.thai`` breaks paragraphs and
table cells into lines). Both ask this module, so a label on screen and the same text on paper
break at the same places.

The segmenter is pythainlp's ``newmm`` (dictionary maximal matching), which keeps compounds such
as ความเท่าเทียม together. It is imported lazily: its first call loads the dictionary and takes
most of a second, so call :func:`warm_up` on a worker thread where it will be needed. Results
are cached: labels, headers and catalog texts repeat.

A base module: no Qt, no ReportLab, nothing of SealDesk's other layers.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from collections.abc import Callable
from functools import lru_cache

ENGINE = "newmm"
"""pythainlp's dictionary maximal-matching engine: the best breaks of the segmenters compared
(see the stack notes); ICU and Qt's QTextBoundaryFinder were worse or platform-dependent."""

SAMPLE = "ความเท่าเทียมทางเพศ"
""""Gender equality": two dictionary words, a quick test that segmentation works."""

THAI = re.compile(r"[\u0e00-\u0e7f]")
"""Any character of the Thai block."""

_tokenizer: Callable[..., list[str]] | None = None
_lock = threading.Lock()


def has_thai(text: str) -> bool:
    return THAI.search(text) is not None


def _word_tokenize() -> Callable[..., list[str]]:
    global _tokenizer
    if _tokenizer is None:
        with _lock:
            if _tokenizer is None:
                from pythainlp.tokenize import word_tokenize

                _tokenizer = word_tokenize
    return _tokenizer


SEGMENT_CHARS = 2000
"""The most text handed to the segmenter in one call. newmm's cluster finder copies the rest of
its input at every cluster, so one call costs time quadratic in its length (a 1 MB narrative
took minutes to print); cut into pieces of bounded length, the work is linear in the text."""

_LEADING_VOWELS = frozenset("เแโใไ")


def _cuttable(text: str, i: int) -> bool:
    """May a piece end before ``text[i]`` without splitting a character cluster?"""
    ch = text[i]
    if unicodedata.category(ch).startswith("M") or ch == "\u0e33":
        return False
    return text[i - 1] not in _LEADING_VOWELS


def pieces(text: str, limit: int = SEGMENT_CHARS) -> list[tuple[int, int]]:
    """(start, end) spans of ``text``, each at most ``limit`` characters, together all of it.

    A piece ends after the last whitespace in the second half of its window, so words stay
    whole; only a run of ``limit / 2`` characters without any space is cut between two
    character clusters (never inside one)."""
    spans: list[tuple[int, int]] = []
    start, length = 0, len(text)
    while length - start > limit:
        low, high = start + limit // 2, start + limit
        cut = high
        while cut > low and not text[cut - 1].isspace():
            cut -= 1
        if cut == low:  # no space: the last place between two clusters
            cut = high
            while cut > low and not _cuttable(text, cut):
                cut -= 1
            if cut == low:
                cut = high
        spans.append((start, cut))
        start = cut
    if start < length or not spans:
        spans.append((start, length))
    return spans


@lru_cache(maxsize=8192)
def words(text: str) -> tuple[str, ...]:
    """``text`` cut at dictionary word boundaries; whitespace runs are tokens of their own, so
    the tokens joined give back ``text`` exactly. Long text is segmented in pieces of at most
    SEGMENT_CHARS characters (see :func:`pieces`), so the work is linear in its length."""
    if not text:
        return ()
    tokenize = _word_tokenize()
    out: list[str] = []
    for start, end in pieces(text):
        out.extend(t for t in tokenize(text[start:end], engine=ENGINE, keep_whitespace=True) if t)
    return tuple(out)


def warm_up() -> None:
    """Loads the dictionary now (about 0.7 s the first time), e.g. on a worker thread."""
    words(SAMPLE)
