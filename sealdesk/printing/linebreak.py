"""Line breaking for Thai: lines end only at dictionary word boundaries.

Thai has no spaces between words. :func:`wrap_text` breaks lines at the word boundaries the
shared segmenter (:mod:`sealdesk.thaiwords`) finds, never inside a Latin word or a number, and
falls back to grapheme clusters only for a single token longer than the line.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from functools import lru_cache

from reportlab.pdfbase import pdfmetrics

from sealdesk.printing.fonts import thai_font
from sealdesk.thaiwords import warm_up as _load_segmenter
from sealdesk.thaiwords import words

_CLOSE = set(")]}>,.;:!?%”’»ๆฯ…") | {"\u0e46", "\u0e2f"}
_OPEN = set("([{<“‘«")
_LEADING_VOWELS = set("เแโใไ")


def _is_thai(ch: str) -> bool:
    return "\u0e00" <= ch <= "\u0e7f"


def warm_up() -> None:
    """Loads the Thai dictionary segmenter now (about 0.7 s the first time)."""
    _load_segmenter()


def _breakable(left: str, right: str) -> bool:
    """May a line end between token ``left`` and token ``right``?"""
    a, b = left[-1], right[0]
    if b.isspace():
        return False  # the space stays on the line it ends, then is trimmed
    if a.isspace():
        return True
    if b in _CLOSE or a in _OPEN or a in _LEADING_VOWELS:
        return False
    if unicodedata.category(b).startswith("M") or b == "\u0e33":
        return False
    if not _is_thai(a) and not _is_thai(b):
        return False  # "2", ",", "500" or "e", ".g.": never split Latin/digit runs
    return True


@lru_cache(maxsize=4096)
def break_units(text: str) -> tuple[str, ...]:
    """The text cut at every allowed line-break position (dictionary word boundaries)."""
    # Each unit is gathered as a list of tokens and joined once: growing a string token by
    # token would copy it every time (quadratic in a long run no line may break, e.g. a URL).
    units: list[list[str]] = []
    for tok in words(text):
        if not tok:
            continue
        if units and not _breakable(units[-1][-1], tok):
            units[-1].append(tok)
        else:
            units.append([tok])
    return tuple("".join(unit) for unit in units)


def graphemes(text: str) -> list[str]:
    """Grapheme clusters: a base character with its marks (and sara am), leading vowels kept
    with what follows."""
    out: list[str] = []
    for ch in text:
        attach = unicodedata.category(ch).startswith("M") or ch == "\u0e33"
        if out and (attach or out[-1][-1] in _LEADING_VOWELS):
            out[-1] += ch
        else:
            out.append(ch)
    return out


@lru_cache(maxsize=65536)
def _width(unit: str, font_name: str, size: float) -> float:
    return pdfmetrics.stringWidth(unit, font_name, size)


REMEMBERED_CHARS = 2000
"""Texts up to this long are wrapped once per font, size and width: a document repeats its
labels and headings (a filled checklist wraps 343 different texts 1,316 times). Longer ones,
narratives, are wrapped each time: they are not repeated, and a cache would keep them."""


def wrap_text(text: str, font_name: str, size: float, width: float) -> list[str]:
    """Breaks ``text`` into lines no wider than ``width`` points.

    Lines end only at word boundaries; explicit newlines are kept; trailing spaces are dropped.
    """
    if len(text) <= REMEMBERED_CHARS:
        return list(_remembered_lines(text, font_name, size, width))
    return _lines(text, font_name, size, width)


@lru_cache(maxsize=4096)
def _remembered_lines(text: str, font_name: str, size: float, width: float) -> tuple[str, ...]:
    return tuple(_lines(text, font_name, size, width))


def _lines(text: str, font_name: str, size: float, width: float) -> list[str]:
    thai_font(font_name)
    lines: list[str] = []
    for para in text.split("\n"):
        lines.extend(_wrap_paragraph(para.rstrip(), font_name, size, width))
    return lines


def _wrap_paragraph(text: str, font_name: str, size: float, width: float) -> list[str]:
    if not text.strip():
        return [""]
    lines: list[str] = []
    line = ""
    line_w = 0.0
    for unit in break_units(text):
        w = _width(unit, font_name, size)
        visible = unit.rstrip()
        vis_w = w if visible == unit else _width(visible, font_name, size)
        if line and line_w + vis_w > width:
            lines.append(line.rstrip())
            line, line_w = "", 0.0
            if unit.isspace():
                continue
        if not line and vis_w > width:
            for g in graphemes(unit):
                gw = _width(g, font_name, size)
                if line and line_w + gw > width and not g.isspace():
                    lines.append(line.rstrip())
                    line, line_w = "", 0.0
                if not line and g.isspace():
                    continue
                line += g
                line_w += gw
            continue
        line += unit
        line_w += w
    if line.strip() or not lines:
        lines.append(line.rstrip())
    return lines


def line_ends(lines: Iterable[str]) -> list[int]:
    """Offsets (in the joined text without newlines) where each line ends: for tests."""
    ends, pos = [], 0
    for line in lines:
        pos += len(line)
        ends.append(pos)
    return ends
