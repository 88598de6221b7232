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


@lru_cache(maxsize=8192)
def words(text: str) -> tuple[str, ...]:
    """``text`` cut at dictionary word boundaries; whitespace runs are tokens of their own, so
    the tokens joined give back ``text`` exactly."""
    if not text:
        return ()
    return tuple(_word_tokenize()(text, engine=ENGINE, keep_whitespace=True))


def warm_up() -> None:
    """Loads the dictionary now (about 0.7 s the first time), e.g. on a worker thread."""
    words(SAMPLE)
