"""Small flowables of the printed documents: tick boxes, a row of labelled tick boxes, QR codes,
and the score bar chart of the gap report."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib import colors
from reportlab.lib.units import cm
from reportlab.platypus import Flowable

from sealdesk.printing import thai
from sealdesk.printing.flowables import TextStyle
from sealdesk.printing.layout import ACCENT, INK, MUTED, RULE, Doc

TICKED = "☑"
EMPTY = "☐"


class TickBox(Flowable):
    """An empty square to tick by hand, or a ticked one. Drawn as lines, with the character
    ☑ or ☐ (DejaVu Sans Mono has both) laid invisibly over it, so that pdftotext, a screen
    reader or copy and paste tells which box is ticked."""

    def __init__(self, size: float = 10, ticked: bool = False) -> None:
        super().__init__()
        self.size = size
        self.ticked = ticked
        self.width = self.height = size

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.size, self.size + 4

    def draw(self) -> None:
        c = self.canv
        s = self.size
        c.setStrokeColor(INK)
        c.setLineWidth(0.8)
        c.rect(0, 2, s, s)
        text = c.beginText(0, 2 + s * 0.1)
        text.setTextRenderMode(3)  # invisible: the drawn box is what shows
        text.setFont(thai.MONO, s)
        text.textOut(TICKED if self.ticked else EMPTY)
        text.setTextRenderMode(0)  # the mode outlives the text object: set it back
        c.drawText(text)
        if self.ticked:
            c.setLineWidth(1.6)
            path = c.beginPath()
            path.moveTo(s * 0.18, 2 + s * 0.52)
            path.lineTo(s * 0.42, 2 + s * 0.22)
            path.lineTo(s * 0.85, 2 + s * 0.85)
            c.drawPath(path, stroke=1, fill=0)


class TickLine(Flowable):
    """A row of tick boxes with labels: [ ] Met  [ ] Partially met ... on one line, after an
    optional ``lead`` text in the style's bold ("Result")."""

    def __init__(self, items: Sequence[tuple[str, bool]], style: TextStyle, lead: str = "") -> None:
        super().__init__()
        self.items = list(items)
        self.style = style
        self.lead = lead

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        self._rows = self._layout(availWidth)
        self.height = len(self._rows) * self.style.line_height
        return self.width, self.height

    def _layout(self, width: float) -> list[list[tuple[float, str, bool]]]:
        box = self.style.size * 0.7
        rows: list[list[tuple[float, str, bool]]] = [[]]
        x = self._lead_width()
        for label, ticked in self.items:
            w = box + 5 + thai.shaped_width(label, self.style.font, self.style.size) + 16
            if x and x + w > width:
                rows.append([])
                x = 0.0
            rows[-1].append((x, label, ticked))
            x += w
        return rows

    def _lead_width(self) -> float:
        if not self.lead:
            return 0.0
        return thai.shaped_width(self.lead, thai.SEMIBOLD, self.style.size) + 12

    def draw(self) -> None:
        c = self.canv
        st = self.style
        box = st.size * 0.7
        lh = st.line_height
        if self.lead:
            base = self.height - lh + (lh - st.size) / 2 + st.size * 0.2
            c.setFillColor(st.color)
            thai.draw_text(c, 0, base, self.lead, thai.SEMIBOLD, st.size)
        for r, row in enumerate(self._rows):
            base = self.height - (r + 1) * lh + (lh - st.size) / 2 + st.size * 0.2
            for x, label, ticked in row:
                c.saveState()
                c.translate(x, base - 1)
                tb = TickBox(box, ticked)
                tb.canv = c
                tb.draw()
                c.restoreState()
                c.setFillColor(st.color)
                thai.draw_text(c, x + box + 5, base, label, st.font, st.size)


class WritingLines(Flowable):
    """Room to write by hand: ``lines`` ruled lines, the first after a ``lead`` text."""

    def __init__(self, lead: str, style: TextStyle, lines: int = 2, pitch: float = 0) -> None:
        super().__init__()
        self.lead = lead
        self.style = style
        self.lines = lines
        self.pitch = pitch or style.line_height * 1.25

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        self.height = self.lines * self.pitch
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        st = self.style
        lead_w = thai.shaped_width(self.lead, thai.SEMIBOLD, st.size) + 6
        c.setFillColor(st.color)
        thai.draw_text(c, 0, self.height - self.pitch + 4, self.lead, thai.SEMIBOLD, st.size)
        c.setStrokeColor(RULE)
        c.setLineWidth(0.4)
        c.setDash(1, 2)
        for i in range(self.lines):
            y = self.height - (i + 1) * self.pitch + 2
            c.line(lead_w if i == 0 else 0, y, self.width, y)
        c.setDash()


class QRCode(Flowable):
    """A QR code drawn as vector squares (crisp at any printer resolution)."""

    def __init__(self, data: str, size: float = 4.2 * cm) -> None:
        super().__init__()
        import qrcode

        qr = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=0)
        qr.add_data(data)
        qr.make(fit=True)
        self.matrix = qr.get_matrix()
        self.data = data
        self.size = size
        self.width = self.height = size

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        c = self.canv
        n = len(self.matrix)
        quiet = 4
        cell = self.size / (n + 2 * quiet)
        c.setFillColor(colors.white)
        c.rect(0, 0, self.size, self.size, stroke=0, fill=1)
        c.setFillColor(colors.black)
        for r, row in enumerate(self.matrix):
            run = None
            for k, dark in enumerate([*row, False]):
                if dark and run is None:
                    run = k
                elif not dark and run is not None:
                    x = (quiet + run) * cell
                    y = self.size - (quiet + r + 1) * cell
                    c.rect(x, y, (k - run) * cell + 0.01, cell + 0.01, stroke=0, fill=1)
                    run = None


class ScoreChart(Flowable):
    """Horizontal bars, one per dimension, with dashed level thresholds; Thai labels shaped."""

    def __init__(
        self,
        bars: Sequence[tuple[str, float]],
        thresholds: Sequence[tuple[str, float, colors.Color]],
        doc: Doc,
    ) -> None:
        super().__init__()
        self.bars = list(bars)
        self.thresholds = list(thresholds)
        self.doc = doc
        self.label_w = 3.2 * cm
        self.bar_h = 16
        self.gap = 9

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        self.height = len(self.bars) * (self.bar_h + self.gap) + 34
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        d = self.doc
        st = d.small
        x0 = self.label_w
        span = self.width - x0 - 46
        top = self.height - 6
        axis_y = 22
        # grid and axis labels
        c.setLineWidth(0.4)
        for pct in range(0, 101, 20):
            x = x0 + span * pct / 100
            c.setStrokeColor(colors.HexColor("#dddddd"))
            c.line(x, axis_y, x, top)
            c.setFillColor(MUTED)
            thai.draw_text(c, x, axis_y - 14, d.num(pct), thai.REGULAR, d.tiny.size, "center")
        # thresholds under the bars and their values: a dashed line never crosses a number
        for _name, pct, color in self.thresholds:
            x = x0 + span * pct / 100
            c.setStrokeColor(color)
            c.setLineWidth(1.4)
            c.setDash(4, 3)
            c.line(x, axis_y, x, top)
            c.setDash()
        for i, (label, pct) in enumerate(self.bars):
            y = top - (i + 1) * (self.bar_h + self.gap) + self.gap / 2
            c.setFillColor(INK)
            thai.draw_text(c, x0 - 8, y + 3, label, st.font, st.size, "right")
            c.setFillColor(ACCENT)
            c.rect(x0, y, max(span * pct / 100, 0.5), self.bar_h, stroke=0, fill=1)
            value = d.pct(pct)
            x = x0 + span * pct / 100 + 3
            w = thai.shaped_width(value, thai.BOLD, st.size)
            c.setFillColor(colors.white)  # the value on a white patch over the dashed lines
            c.rect(x, y - 1, w + 4, self.bar_h + 2, stroke=0, fill=1)
            c.setFillColor(INK)
            thai.draw_text(c, x + 2, y + 3, value, thai.BOLD, st.size)
        c.setStrokeColor(RULE)
        c.setLineWidth(0.8)
        c.line(x0, axis_y, x0 + span, axis_y)
