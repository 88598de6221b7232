"""Word-boundary line breaks for Thai in Qt labels.

Thai has no spaces between words. Qt finds Thai word boundaries only through libthai, which
Linux has and Windows does not; without it a word-wrapped label cannot break a Thai sentence.
Where libthai is missing we insert ZERO WIDTH SPACE (U+200B) at dictionary word boundaries,
which Qt treats as a break opportunity. The words come from the segmenter printing uses too
(:mod:`sealdesk.thaiwords`: loaded lazily, its first call takes most of a second); results
are cached.
"""

from __future__ import annotations

import os
import re
import sys
import unicodedata
from collections.abc import Callable, Iterable
from functools import cache
from typing import Protocol

from sealdesk.thaiwords import has_thai
from sealdesk.thaiwords import warm_up as _load_segmenter
from sealdesk.thaiwords.known import known

ZWSP = "\u200b"


@cache
def needs_help() -> bool:
    """True where Qt cannot break Thai words itself (no libthai), e.g. on Windows."""
    forced = os.environ.get("SEALDESK_THAI_ZWSP")
    if forced is not None:
        return forced == "1"
    if sys.platform == "win32":
        return True
    return not _libthai_loads()


def _libthai_loads() -> bool:
    """Does libthai load the way Qt loads it (QLibrary "thai", version 0: libthai.so.0)?

    A dlopen, not ``ctypes.util.find_library``: that one costs 20 ms of imports and runs
    ldconfig in a subprocess, on every start."""
    import ctypes

    try:
        ctypes.CDLL("libthai.so.0")
    except OSError:
        return False
    return True


@cache
def segment(text: str) -> str:
    """``text`` with U+200B between Thai words (no change for text without Thai)."""
    if not has_thai(text):
        return text
    out: list[str] = []
    for word in known().words(text):  # remembered from earlier starts (thaiwords.known)
        if out and has_thai(word) and has_thai(out[-1][-1:] or " "):
            out.append(ZWSP)
        out.append(word)
    return "".join(out)


def wrap(text: str) -> str:
    """Text for a word-wrapped label: segmented where Qt needs help, else unchanged."""
    return segment(text) if needs_help() else text


def segmenter_wanted() -> bool:
    """Will the labels segment Thai at start-up with no words remembered from an earlier start
    (thaiwords.known: an empty file is a first start)? Then warm_up is worth a thread. Call on
    the GUI thread (it reads the remembered words)."""
    return needs_help() and not known().entries


def warm_up() -> None:
    """Loads the segmenter (call on a worker thread at start-up where it will be needed)."""
    if needs_help():
        _load_segmenter()


# ---------------------------------------------------------------------- lines and elision

ELLIPSIS = "\u2026"
_LEADING_VOWELS = frozenset("เแโใไ")
_SARA_AM = "\u0e33"


def cluster_boundary(text: str, i: int) -> bool:
    """May ``text`` be cut before ``text[i]`` without splitting a Thai character cluster?

    Not before a combining mark (vowels above and below, tone marks) or SARA AM, and not after
    a leading vowel (เ แ โ ใ ไ belong to the consonant after them): "สำนักงานเขตมีแ…" ended
    inside a cluster."""
    if i <= 0 or i >= len(text):
        return True
    ch = text[i]
    if unicodedata.category(ch).startswith("M") or ch == _SARA_AM:
        return False
    return text[i - 1] not in _LEADING_VOWELS


def word_boundaries(text: str) -> list[int]:
    """Offsets where a line may break: between dictionary words (Thai), after spaces and
    after hyphens ("Sex-disaggregated" breaks as "Sex-" / "disaggregated"). Thai words seen
    at an earlier start come from the user cache folder (call thaiwords.known.save_known
    after painting), so a start with the same titles loads no dictionary."""
    cuts: set[int] = {m.end() for m in _BREAK_AFTER.finditer(text)}
    if has_thai(text):
        offset = 0
        for word in known().words(text):  # remembered from earlier starts (thaiwords.known)
            offset += len(word)
            cuts.add(offset)
    return sorted(i for i in cuts if 0 < i < len(text))


_BREAK_AFTER = re.compile(r"[ \-]+")


class _Measure(Protocol):
    def horizontalAdvance(self, text: str, /) -> int: ...


def elide(text: str, metrics: _Measure, width: int) -> str:
    """``text`` cut to ``width`` pixels with an ellipsis, at a word boundary where one leaves
    a useful part, else between two character clusters: never inside a Thai cluster."""
    if metrics.horizontalAdvance(text) <= width:
        return text

    def fits(end: int) -> bool:
        return metrics.horizontalAdvance(text[:end].rstrip() + ELLIPSIS) <= width

    # The last boundary that fits, found from the end: only it is used, and widths of
    # prefixes need not grow with their length (shaping), so every one is tried in turn.
    word_cut = _last(reversed(word_boundaries(text)), fits)
    best_cluster = _last((i for i in range(len(text), 0, -1) if cluster_boundary(text, i)), fits)
    # A word boundary unless it throws away more than a third of what would fit.
    if word_cut and word_cut >= best_cluster * 2 // 3:
        return text[:word_cut].rstrip() + ELLIPSIS
    return text[:best_cluster].rstrip() + ELLIPSIS if best_cluster else ELLIPSIS


def _last(offsets: Iterable[int], fits: Callable[[int], bool]) -> int:
    """The first of ``offsets`` (given from the last backwards) that ``fits``; 0 if none."""
    return next((i for i in offsets if fits(i)), 0)


def lines(text: str, metrics: _Measure, width: int, max_lines: int = 2) -> list[str]:
    """``text`` broken into at most ``max_lines`` lines of ``width`` pixels at word
    boundaries (Thai dictionary words, spaces); the last line is elided if text remains."""
    out: list[str] = []
    rest = text.strip()
    while rest and len(out) < max_lines - 1:
        if metrics.horizontalAdvance(rest) <= width:
            break

        def fits(end: int, line: str = rest) -> bool:
            return metrics.horizontalAdvance(line[:end]) <= width

        cut = _last(reversed(word_boundaries(rest)), fits)
        if not cut:
            # One word longer than the line: cut it between clusters.
            cut = _last((i for i in range(len(rest) - 1, 0, -1) if cluster_boundary(rest, i)), fits)
            if not cut:
                break
        out.append(rest[:cut].rstrip())
        rest = rest[cut:].lstrip()
    if rest:
        out.append(elide(rest, metrics, width))
    return out
