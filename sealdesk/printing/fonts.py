"""The bundled Sarabun faces for ReportLab, and the font class that keeps printed Thai searchable.

After shaping, ReportLab would give every substituted glyph (a lowered tone mark, a tail-less ญ,
the parts of sara am) a private-use code point, so ``pdftotext`` and copy/paste return garbage.
:class:`ThaiTTFont` instead allocates one code per *(glyph, source text)* pair while shaping
(:mod:`sealdesk.printing.shaping`), and writes each code's source text into the font's
ToUnicode CMap (a bfchar entry may map one code to several characters, or to none), so text
extraction returns exactly the Thai that was printed.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING, Any

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import SUBSETN, TTFont

from sealdesk.resources import fonts_dir

if TYPE_CHECKING:
    import uharfbuzz
    from reportlab.pdfbase.pdfdoc import PDFDocument
    from reportlab.pdfgen.canvas import Canvas

try:  # the [shaping] extra of reportlab; a hard dependency of SealDesk
    import uharfbuzz as hb
except ImportError:  # pragma: no cover - a broken install; the error says what to do
    hb = None

#: ReportLab font names of the bundled Sarabun faces.
REGULAR = "SealDesk-Sarabun"
BOLD = "SealDesk-Sarabun-Bold"
SEMIBOLD = "SealDesk-Sarabun-SemiBold"
ITALIC = "SealDesk-Sarabun-Italic"
#: DejaVu Sans Mono (Bitstream Vera licence, resources/fonts/DejaVu-LICENSE.txt): fingerprints,
#: key ids and the tick boxes (☐ ☑), which it has as characters, so pdftotext reads them.
MONO = "SealDesk-Mono"
_MONO_FILE = "DejaVuSansMono.ttf"

_FONT_FILES = {
    REGULAR: "Sarabun-Regular.ttf",
    BOLD: "Sarabun-Bold.ttf",
    SEMIBOLD: "Sarabun-SemiBold.ttf",
    ITALIC: "Sarabun-Italic.ttf",
}

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

    def hb_font(self) -> uharfbuzz.Font:
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

    def addObjects(self, doc: PDFDocument) -> None:
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
        pdfmetrics.registerFont(TTFont(MONO, str(fonts_dir() / _MONO_FILE)))


def make_canvas(*args: Any, **kwargs: Any) -> Canvas:
    """A ReportLab canvas whose initial font is Sarabun, so the PDF references no
    non-embedded base-14 font (Helvetica). Use as ``doc.build(..., canvasmaker=make_canvas)``."""
    from reportlab.pdfgen.canvas import Canvas

    register_fonts()
    kwargs["initialFontName"] = kwargs.get("initialFontName") or REGULAR
    kwargs["initialFontSize"] = kwargs.get("initialFontSize") or 12
    return Canvas(*args, **kwargs)


def thai_font(name: str) -> ThaiTTFont:
    """The registered SealDesk font called ``name`` (registering the faces first)."""
    register_fonts()
    font = pdfmetrics.getFont(name)
    if not isinstance(font, ThaiTTFont):
        raise ValueError(f"{name} is not a SealDesk Thai font")
    return font
