"""Thai text for ReportLab: shaping, dictionary line breaking and searchable text.

Stock ReportLab gets Thai wrong in three ways (see docs/printing.md):

* **Shaping.** Tone marks and vowels must be placed by HarfBuzz (uharfbuzz). We shape each
  line ourselves with the font's HarfBuzz face and hand ReportLab a ``ShapedStr`` (the same
  type its own shaper produces), which its text object already knows how to position.
* **Line breaking.** Thai has no spaces between words. :func:`wrap_text` breaks lines only at
  dictionary word boundaries (the shared segmenter, :mod:`sealdesk.thaiwords`), falling
  back to grapheme clusters only for a single token longer than the line.
* **Searchable text.** After shaping, ReportLab gives every substituted glyph (a lowered tone
  mark, a tail-less ญ, the parts of sara am) a private-use code point, so ``pdftotext`` and
  copy/paste return garbage. :class:`ThaiTTFont` instead allocates one code per
  *(glyph, source text)* pair while shaping, and writes each code's source text into the
  font's ToUnicode CMap (a bfchar entry may map one code to several characters, or to none),
  so text extraction returns exactly the Thai that was printed.

Each fix has its module (:mod:`~sealdesk.printing.shaping`, :mod:`~sealdesk.printing.linebreak`,
:mod:`~sealdesk.printing.fonts`); this one gathers their public names for the documents.
"""

from __future__ import annotations

from sealdesk.printing.fonts import (
    BOLD,
    ITALIC,
    MONO,
    REGULAR,
    SEMIBOLD,
    ThaiTTFont,
    make_canvas,
    register_fonts,
)
from sealdesk.printing.linebreak import break_units, graphemes, line_ends, warm_up, wrap_text
from sealdesk.printing.shaping import ShapedLine, draw_text, shape, shape_line, shaped_width

__all__ = [
    "BOLD",
    "ITALIC",
    "MONO",
    "REGULAR",
    "SEMIBOLD",
    "ShapedLine",
    "ThaiTTFont",
    "break_units",
    "draw_text",
    "graphemes",
    "line_ends",
    "make_canvas",
    "register_fonts",
    "shape",
    "shape_line",
    "shaped_width",
    "warm_up",
    "wrap_text",
]
