"""Platypus flowables that lay out Thai correctly (see sealdesk.printing.thai)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Table

from sealdesk.printing import thai


@dataclass(frozen=True)
class TextStyle:
    font: str = thai.REGULAR
    size: float = 16
    leading: float = 0  # 0: 1.45 x size, room for Thai marks above and below
    align: str = "left"  # left | center | right
    color: colors.Color = colors.black
    space_before: float = 0
    space_after: float = 0

    @property
    def line_height(self) -> float:
        return self.leading or self.size * 1.45

    def but(self, **changes: Any) -> TextStyle:
        return replace(self, **changes)


class ThaiParagraph(Flowable):
    """A paragraph of Thai and/or English text, wrapped at dictionary word boundaries,
    shaped with HarfBuzz, searchable in the PDF. Splits across pages line by line."""

    def __init__(
        self,
        text: str,
        style: TextStyle,
        _lines: list[str] | None = None,
        _span: tuple[int, int] | None = None,
    ) -> None:
        super().__init__()
        self.text = text
        self.style = style
        # The wrapped lines of the whole paragraph, shared by the parts it is split into; each
        # part shows the span [start, stop) of them. Splitting a long narrative page by page
        # thus never copies the lines still to come (that was quadratic in its length).
        self._all_lines = _lines
        self._span = _span if _span is not None else (0, len(_lines or ()))
        self._wrapped_for: float | None = None if _lines is None else -1.0
        self.spaceBefore = style.space_before
        self.spaceAfter = style.space_after

    def __repr__(self) -> str:
        return f"ThaiParagraph({self.text[:30]!r})"

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        if self._wrapped_for != availWidth and self._wrapped_for != -1.0:
            if self.style.font == thai.MONO:
                self._all_lines = _wrap_mono(self.text, self.style.size, availWidth)
            else:
                self._all_lines = thai.wrap_text(
                    self.text, self.style.font, self.style.size, availWidth
                )
            self._span = (0, len(self._all_lines))
            self._wrapped_for = availWidth
        self.width = availWidth
        self.height = self.line_count * self.style.line_height
        return self.width, self.height

    @property
    def line_count(self) -> int:
        start, stop = self._span
        return stop - start

    @property
    def lines(self) -> list[str]:
        """The lines this paragraph (or this part of a split one) shows."""
        start, stop = self._span
        return (self._all_lines or [])[start:stop]

    def minWidth(self) -> float:
        if self.style.font == thai.MONO:
            thai.register_fonts()
            words = self.text.split() or [""]
            return max(stringWidth(w, thai.MONO, self.style.size) for w in words)
        units = thai.break_units(self.text.replace("\n", " ")) if self.text.strip() else ("",)
        return max(thai.shaped_width(u.strip(), self.style.font, self.style.size) for u in units)

    def split(self, availWidth: float, availHeight: float) -> list[ThaiParagraph]:
        self.wrap(availWidth, availHeight)
        # Asked to split, so the whole does not fit here (the frame may count space before
        # or after that we do not see): never hand back the whole paragraph as "the split".
        # At least two lines on each side: no lone line (or word) at the foot of one page or
        # the top of the next; a paragraph of three lines or fewer moves on whole.
        fits = min(int(availHeight // self.style.line_height), self.line_count - 2)
        if fits < 2:
            return []
        lines, (start, stop) = self._all_lines, self._span
        head = ThaiParagraph(self.text, self.style.but(space_after=0), lines, (start, start + fits))
        tail = ThaiParagraph(self.text, self.style.but(space_before=0), lines, (start + fits, stop))
        return [head, tail]

    def draw(self) -> None:
        style = self.style
        canv = self.canv
        canv.setFillColor(style.color)
        lh = style.line_height
        # baseline: leave 1.15 em above it for stacked marks, the rest below for tails
        drop = (lh - style.size) / 2 + style.size * 0.92
        for i, line in enumerate(self.lines):  # at most a page of lines
            if not line:
                continue
            y = self.height - i * lh - drop
            if style.align == "center":
                x = self.width / 2
            elif style.align == "right":
                x = self.width
            else:
                x = 0
            if style.font == thai.MONO:
                canv.setFont(thai.MONO, style.size)
                draw = {"center": canv.drawCentredString, "right": canv.drawRightString}
                draw.get(style.align, canv.drawString)(x, y, line)
            else:
                thai.draw_text(canv, x, y, line, style.font, style.size, style.align)


def _wrap_mono(text: str, size: float, width: float) -> list[str]:
    """Lines of monospaced Latin text (hex fingerprints, key lines): broken at spaces, a word
    longer than the line cut where the line is full."""
    thai.register_fonts()
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line = ""
        for word in paragraph.split(" "):
            candidate = f"{line} {word}" if line else word
            if stringWidth(candidate, thai.MONO, size) <= width or not line:
                line = candidate
            else:
                lines.append(line)
                line = word
            while stringWidth(line, thai.MONO, size) > width and len(line) > 1:
                cut = max(1, int(len(line) * width / stringWidth(line, thai.MONO, size)))
                lines.append(line[:cut])
                line = line[cut:]
        lines.append(line)
    return lines


class MeasuredTable(Table):
    """A ReportLab Table that measures its rows once.

    ReportLab measures every cell again at every ``wrap``: when a document asks how tall a
    table is (``layout.height_of``, to keep a heading with what follows), when the frame
    places it, when a KeepTogether measures its group. With every column width given in
    points, the measures do not depend on the width offered; and they depend on the height
    offered only when the table is taller (ReportLab then stops at the first row that does not
    fit, to split it there). So a table measured whole keeps its measures while it fits the
    height offered. Tables with relative or automatic column widths, spans or no-split ranges
    are measured as ReportLab does, every time."""

    _measured_height: float | None = None
    """The height of the last complete measuring, or None."""

    def _calc(self, availWidth: float, availHeight: float) -> None:
        done = self._measured_height
        if done is not None and done <= availHeight:
            return
        super()._calc(availWidth, availHeight)
        whole = (
            self._hmax == len(self._argH)
            and all(isinstance(w, int | float) for w in self._argW)
            and not (self._spanCmds or self._nosplitCmds)
        )
        self._measured_height = self._height if whole else None
