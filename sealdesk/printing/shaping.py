"""Shaping Thai with HarfBuzz, and drawing shaped lines on a ReportLab canvas.

Tone marks and vowels must be placed by HarfBuzz (uharfbuzz). We shape each line ourselves with
the font's HarfBuzz face and hand ReportLab a ``ShapedStr`` (the same type its own shaper
produces), or write the PDF text object directly (:func:`draw_text`). Each glyph is drawn with
the code :meth:`~sealdesk.printing.fonts.ThaiTTFont.code_for` gives it, so the text stays
searchable.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING
from weakref import WeakKeyDictionary

from reportlab.pdfbase.ttfonts import ShapeData, ShapedStr

from sealdesk.printing.fonts import hb, thai_font

if TYPE_CHECKING:
    from reportlab.pdfbase.pdfdoc import PDFDocument
    from reportlab.pdfgen.canvas import Canvas

_FEATURES = {"kern": True, "liga": True}


@dataclass(frozen=True, slots=True)
class ShapedLine:
    """One shaped line: the codes to draw (one per glyph, see ThaiTTFont.code_for) and the
    glyph positions in thousandths of an em, so the same shaping serves every font size."""

    codes: str
    advance: tuple[float, ...]  # x advance of each glyph
    x_offset: tuple[float, ...]
    y_offset: tuple[float, ...]
    width_units: float  # sum of the advances

    def width(self, size: float) -> float:
        return self.width_units * size / 1000


@lru_cache(maxsize=8192)
def shape_line(text: str, font_name: str) -> ShapedLine:
    """Shapes one line of text with HarfBuzz (cached: headers, labels and titles repeat)."""
    font = thai_font(font_name)
    buf = hb.Buffer()
    buf.cluster_level = hb.BufferClusterLevel.MONOTONE_GRAPHEMES
    buf.add_str(text)
    buf.guess_segment_properties()
    hb.shape(font.hb_font(), buf, _FEATURES)
    infos = buf.glyph_infos
    positions = buf.glyph_positions
    n = len(infos)
    k = 1000 / font.face.unitsPerEm
    default = font._default_glyph
    codes: list[str] = []
    i = 0
    while i < n:
        cluster = infos[i].cluster
        j = i + 1
        while j < n and infos[j].cluster == cluster:
            j += 1
        end = infos[j].cluster if j < n else len(text)
        if (
            j == i + 1
            and end == cluster + 1
            and default.get(ord(text[cluster])) == infos[i].codepoint
        ):
            codes.append(text[cluster])  # the common case: one character, its own glyph
        else:
            texts = _cluster_texts(text[cluster:end], [positions[g].x_advance for g in range(i, j)])
            for g in range(i, j):
                code = font.code_for(infos[g].codepoint, texts[g - i], positions[g].x_advance)
                codes.append(chr(code))
        i = j
    advance = tuple(p.x_advance * k for p in positions)
    return ShapedLine(
        "".join(codes),
        advance,
        tuple(p.x_offset * k for p in positions),
        tuple(p.y_offset * k for p in positions),
        sum(advance),
    )


def shape(text: str, font_name: str, size: float) -> tuple[ShapedStr, float]:
    """The line as a ReportLab ``ShapedStr`` (for ``canvas.drawString``) and its width."""
    line = shape_line(text, font_name)
    widths = thai_font(font_name).face.charWidths
    data = [
        ShapeData(g, line.advance[g], 0, line.x_offset[g], line.y_offset[g], widths.get(ord(c), 0))
        for g, c in enumerate(line.codes)
    ]
    return ShapedStr(line.codes, shapeData=data), line.width(size)


def _is_mark(ch: str) -> bool:
    return unicodedata.category(ch)[0] == "M"


def _cluster_texts(source: str, advances: list[int]) -> list[str]:
    """The text each glyph of one HarfBuzz cluster stands for, in glyph order.

    Text extractors place each glyph's text at the glyph's position, and they reorder or
    split zero-width marks drawn slightly left of their base. So the source text is carried
    by the *spacing* glyphs only, one spacing character (with the marks that follow it) per
    spacing glyph; mark glyphs stand for nothing. Sara am, decomposed by the shaper into
    nikhahit (a mark) and sara aa, thus reads back as sara am.
    """
    units: list[str] = []
    for ch in source:
        if units and _is_mark(ch):
            units[-1] += ch
        else:
            units.append(ch)
    spacing = [k for k, adv in enumerate(advances) if adv]
    texts = [""] * len(advances)
    if len(spacing) == len(units):
        for k, unit in zip(spacing, units, strict=True):
            texts[k] = unit
    else:  # a ligature, or nothing spacing: the first spacing glyph carries it all
        texts[spacing[0] if spacing else 0] = source
    return texts


def shaped_width(text: str, font_name: str, size: float) -> float:
    return shape_line(text, font_name).width(size)


def _num(value: float) -> str:
    text = f"{value:.2f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def draw_text(
    canv: Canvas,
    x: float,
    y: float,
    text: str,
    font_name: str,
    size: float,
    align: str = "left",
) -> float:
    """Draws one shaped line on a canvas; ``align`` is left, center or right of ``x``.

    Writes the text object itself: one TJ array per run of glyphs at the same height, with
    the HarfBuzz offsets as TJ adjustments (ReportLab's own path formats two numbers per
    glyph; this is about three times faster and gives the same page)."""
    line = shape_line(text, font_name)
    width = line.width(size)
    if align == "center":
        x -= width / 2
    elif align == "right":
        x -= width
    if not line.codes:
        return width
    doc = canv._doc
    written = _written.setdefault(doc, {})
    key = (text, font_name, size)
    body = written.get(key)
    if body is None:
        body = written[key] = _text_body(canv, line, font_name, size)
    canv._code.append(f"BT 1 0 0 1 {_num(x)} {_num(y)} Tm {body}")
    return width


_written: WeakKeyDictionary[PDFDocument, dict[tuple[str, str, float], str]] = WeakKeyDictionary()
"""Per PDF document, the text operators of each line already drawn in it, after its position:
a document repeats its labels and headings (a filled checklist draws 420 different lines 1,241
times). Kept per document because the font subsets behind the codes are the document's."""


def _text_body(canv: Canvas, line: ShapedLine, font_name: str, size: float) -> str:
    """The text object's operators for ``line`` after its position, up to ET (see draw_text)."""
    font = thai_font(font_name)
    doc = canv._doc
    escape = canv._escape
    widths = font.face.charWidths
    out: list[str] = []
    rise = 0.0
    g = 0
    pending = 0.0  # TJ adjustment owed before the next glyph
    for subset, chunk in font.splitString(line.codes, doc):
        out.append(f"{font.getSubsetInternalName(subset, doc)} {_num(size)} Tf")
        items: list[str] = []
        run = bytearray()
        for byte in chunk:
            yo = line.y_offset[g]
            if yo != rise:
                if run:
                    items.append(f"({escape(bytes(run))})")
                    run = bytearray()
                if items:
                    out.append(f"[{' '.join(items)}] TJ")
                    items = []
                rise = yo
                out.append(f"{_num(size * rise / 1000)} Ts")
            adjust = pending - line.x_offset[g]
            if abs(adjust) > 0.004:
                if run:
                    items.append(f"({escape(bytes(run))})")
                    run = bytearray()
                items.append(_num(adjust))
            run.append(byte)
            code = ord(line.codes[g])
            pending = widths.get(code, 0) - line.advance[g] + line.x_offset[g]
            g += 1
        if run:
            items.append(f"({escape(bytes(run))})")
        if items:
            out.append(f"[{' '.join(items)}] TJ")
    if rise:
        out.append("0 Ts")
    out.append("ET")
    return " ".join(out)
