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
"""

from __future__ import annotations

import threading
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import SUBSETN, ShapeData, ShapedStr, TTFont

from sealdesk.resources import fonts_dir
from sealdesk.thaiwords import warm_up as _load_segmenter
from sealdesk.thaiwords import words

try:  # the [shaping] extra of reportlab; a hard dependency of SealDesk
    import uharfbuzz as hb
except ImportError:  # pragma: no cover - a broken install; the error says what to do
    hb = None

#: ReportLab font names of the bundled Sarabun faces.
REGULAR = "SealDesk-Sarabun"
BOLD = "SealDesk-Sarabun-Bold"
SEMIBOLD = "SealDesk-Sarabun-SemiBold"
ITALIC = "SealDesk-Sarabun-Italic"

_FONT_FILES = {
    REGULAR: "Sarabun-Regular.ttf",
    BOLD: "Sarabun-Bold.ttf",
    SEMIBOLD: "Sarabun-SemiBold.ttf",
    ITALIC: "Sarabun-Italic.ttf",
}

_FEATURES = {"kern": True, "liga": True}
_PUA_FIRST = 0xF0000  # supplementary private use area A: never in a Thai font's cmap
_lock = threading.RLock()


class ThaiTTFont(TTFont):
    """A TrueType font whose shaped glyphs keep their source text for ToUnicode."""

    def __init__(self, name: str, filename: str) -> None:
        super().__init__(name, filename, asciiReadable=False)
        self._hb_font = None
        self._code_text: dict[int, str] = {}  # allocated code -> text it stands for
        self._code_for_key: dict[tuple[int, str], int] = {}
        self._next_code = _PUA_FIRST
        self._default_glyph = self.face.charToGlyph

    def hb_font(self):  # -> uharfbuzz.Font
        if self._hb_font is None:
            if hb is None:  # pragma: no cover
                raise RuntimeError("uharfbuzz is missing: pip install 'reportlab[shaping]'")
            self._hb_font = hb.Font(hb.Face(hb.Blob(self.face._ttf_data)))
        return self._hb_font

    def code_for(self, gid: int, text: str, advance: int) -> int:
        """The code to draw glyph ``gid`` with, such that extracting it yields ``text``."""
        if len(text) == 1 and self._default_glyph.get(ord(text)) == gid:
            return ord(text)
        key = (gid, text)
        code = self._code_for_key.get(key)
        if code is None:
            with _lock:
                code = self._code_for_key.get(key)
                if code is None:
                    code = self._next_code
                    self._next_code += 1
                    face = self.face
                    face.charToGlyph[code] = gid
                    face.glyphToChar.setdefault(gid, []).append(code)
                    face.charWidths[code] = self.face._pdfScale(advance)
                    self._code_text[code] = text
                    self._code_for_key[key] = code
        return code

    def addObjects(self, doc) -> None:
        state = self.state.get(doc)
        subsets = [list(s) for s in state.subsets] if state is not None else []
        super().addObjects(doc)
        for n, subset in enumerate(subsets):
            base = (b"".join((SUBSETN(n), b"+", self.face.name, self.face.subfontNameX))).decode(
                "pdfdoc"
            )
            stream = doc.idToObject.get("toUnicodeCMap:" + base)
            if stream is not None:
                stream.content = _to_unicode_cmap(base, subset, self._code_text)


def _utf16_hex(text: str) -> str:
    return text.encode("utf-16-be").hex().upper()


def _to_unicode_cmap(name: str, subset: list[int], code_text: dict[int, str]) -> str:
    """A ToUnicode CMap mapping each byte code of a subset to the text its glyph stands for."""
    entries = []
    for i, code in enumerate(subset):
        text = code_text.get(code)
        if text is None:
            text = chr(code)
        entries.append(f"<{i:02X}> <{_utf16_hex(text)}>")
    lines = [
        "/CIDInit /ProcSet findresource begin",
        "12 dict begin",
        "begincmap",
        f"/CIDSystemInfo << /Registry ({name}) /Ordering ({name}) /Supplement 0 >> def",
        f"/CMapName /{name} def",
        "/CMapType 2 def",
        "1 begincodespacerange",
        f"<00> <{len(subset) - 1:02X}>",
        "endcodespacerange",
    ]
    for start in range(0, len(entries), 100):  # at most 100 entries per block (PDF spec)
        block = entries[start : start + 100]
        lines.append(f"{len(block)} beginbfchar")
        lines.extend(block)
        lines.append("endbfchar")
    lines += [
        "endcmap",
        "CMapName currentdict /CMap defineresource pop",
        "end",
        "end",
    ]
    return "\n".join(lines)


def register_fonts() -> None:
    """Registers the bundled Sarabun faces with ReportLab (idempotent, thread-safe)."""
    with _lock:
        if REGULAR in pdfmetrics.getRegisteredFontNames():
            return
        for name, filename in _FONT_FILES.items():
            pdfmetrics.registerFont(ThaiTTFont(name, str(fonts_dir() / filename)))
        addMapping(REGULAR, 0, 0, REGULAR)
        addMapping(REGULAR, 1, 0, BOLD)
        addMapping(REGULAR, 0, 1, ITALIC)
        addMapping(REGULAR, 1, 1, BOLD)


def make_canvas(*args, **kwargs):
    """A ReportLab canvas whose initial font is Sarabun, so the PDF references no
    non-embedded base-14 font (Helvetica). Use as ``doc.build(..., canvasmaker=make_canvas)``."""
    from reportlab.pdfgen.canvas import Canvas

    register_fonts()
    kwargs["initialFontName"] = kwargs.get("initialFontName") or REGULAR
    kwargs["initialFontSize"] = kwargs.get("initialFontSize") or 12
    return Canvas(*args, **kwargs)


def _font(name: str) -> ThaiTTFont:
    register_fonts()
    font = pdfmetrics.getFont(name)
    if not isinstance(font, ThaiTTFont):
        raise ValueError(f"{name} is not a SealDesk Thai font")
    return font


# ---------------------------------------------------------------------------------------------
# Shaping


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
    font = _font(font_name)
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
    widths = _font(font_name).face.charWidths
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


def draw_text(canv, x: float, y: float, text: str, font_name: str, size: float, align="left"):
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
    font = _font(font_name)
    doc = canv._doc
    escape = canv._escape
    widths = font.face.charWidths
    out = [f"BT 1 0 0 1 {_num(x)} {_num(y)} Tm"]
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
    canv._code.append(" ".join(out))
    return width


# ---------------------------------------------------------------------------------------------
# Line breaking

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
    tokens = [t for t in words(text) if t]
    units: list[str] = []
    for tok in tokens:
        if units and not _breakable(units[-1], tok):
            units[-1] += tok
        else:
            units.append(tok)
    return tuple(units)


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


def wrap_text(text: str, font_name: str, size: float, width: float) -> list[str]:
    """Breaks ``text`` into lines no wider than ``width`` points.

    Lines end only at word boundaries; explicit newlines are kept; trailing spaces are dropped.
    """
    _font(font_name)
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
