"""Page furniture and building blocks shared by the printed documents: options, labels in
both languages, styles, header/footer with "page X of Y", tick boxes, QR codes, bar chart,
signature blocks, and the document template with progress and cancel hooks."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import IO, Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm, mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Spacer,
    Table,
    TableStyle,
)

from sealdesk.domain.districts import District
from sealdesk.domain.status import Level, Status
from sealdesk.domain.thaidate import format_date, to_thai_digits
from sealdesk.errors import QT_TRANSLATE_NOOP
from sealdesk.printing import thai
from sealdesk.printing.flowables import TextStyle, ThaiParagraph
from sealdesk.printing.i18n import translate
from sealdesk.progress import Cancelled, IsCancelled, Progress

PAGE = A4
MARGIN_LEFT = 2.5 * cm
MARGIN_RIGHT = 2.0 * cm
MARGIN_TOP = 2.6 * cm
MARGIN_BOTTOM = 2.2 * cm
FRAME_WIDTH = PAGE[0] - MARGIN_LEFT - MARGIN_RIGHT

INK = colors.HexColor("#1a1a1a")
MUTED = colors.HexColor("#555555")
RULE = colors.HexColor("#8c8c8c")
HEAD_FILL = colors.HexColor("#e8eef5")
BAND_FILL = colors.HexColor("#f4f6f8")
ACCENT = colors.HexColor("#1f4e79")
LEVEL_COLORS = {
    Level.BRONZE: colors.HexColor("#a0643c"),
    Level.SILVER: colors.HexColor("#8a8f96"),
    Level.GOLD: colors.HexColor("#c09a1a"),
}


PrintCancelled = Cancelled
"""Raised inside a document build when ``cancelled()`` returned True (the one Cancelled)."""


@dataclass(frozen=True)
class PrintOptions:
    lang: str = "th"  # "th" or "en": the language of the whole document
    thai_digits: bool = False  # Thai numerals for dates, numbers and page numbers (Thai only)
    print_date: date = field(default_factory=date.today)
    progress: Progress | None = None
    cancelled: IsCancelled | None = None

    @property
    def th(self) -> bool:
        return self.lang == "th"


# ---------------------------------------------------------------------------------------------
# Labels: every fixed text of the printed documents. The English source is marked for Qt's
# translation system (context "Print"); the Thai comes from translations/sealdesk_th.ts, so
# printed and on-screen texts share one catalog. A document's language is chosen per print,
# independently of the language of the app (see sealdesk/printing/i18n.py).

LABELS: dict[str, str] = {
    "district_office": QT_TRANSLATE_NOOP("Print", "{name} District Office"),
    "round": QT_TRANSLATE_NOOP("Print", "Assessment round {year}"),
    "page_of": QT_TRANSLATE_NOOP("Print", "Page {page} of {pages}"),
    "printed_on": QT_TRANSLATE_NOOP("Print", "Printed {date}"),
    "seal": QT_TRANSLATE_NOOP("Print", "Gender Equality Seal for Public Institutions (GES-PI)"),
    "template_note": QT_TRANSLATE_NOOP(
        "Print", "This catalog is a template, not the official text"
    ),
    "catalog_edition": QT_TRANSLATE_NOOP("Print", "Catalog {edition}, version {version}"),
    "blank_title": QT_TRANSLATE_NOOP("Print", "Self-assessment checklist"),
    "blank_intro": QT_TRANSLATE_NOOP(
        "Print",
        "Use this form in working-group meetings and to gather paper evidence before "
        "scanning. Tick the boxes when a document is received and when it has been "
        "scanned.",
    ),
    "filled_title": QT_TRANSLATE_NOOP("Print", "Self-assessment results"),
    "report_title": QT_TRANSLATE_NOOP("Print", "Gap report"),
    "cover_title": QT_TRANSLATE_NOOP("Print", "Submission cover sheet"),
    "key_title": QT_TRANSLATE_NOOP("Print", "Signing key enrolment sheet"),
    "dimension": QT_TRANSLATE_NOOP("Print", "Dimension {code}"),
    "standard": QT_TRANSLATE_NOOP("Print", "Standard {code}"),
    "benchmark": QT_TRANSLATE_NOOP("Print", "Benchmark {code}"),
    "mandatory_for": QT_TRANSLATE_NOOP("Print", "Mandatory for {levels}"),
    "not_mandatory": QT_TRANSLATE_NOOP("Print", "Not mandatory"),
    "verification": QT_TRANSLATE_NOOP("Print", "Means of verification"),
    "received": QT_TRANSLATE_NOOP("Print", "Received"),
    "scanned": QT_TRANSLATE_NOOP("Print", "Scanned"),
    "result": QT_TRANSLATE_NOOP("Print", "Result"),
    "notes": QT_TRANSLATE_NOOP("Print", "Notes"),
    "status": QT_TRANSLATE_NOOP("Print", "Status"),
    "narrative": QT_TRANSLATE_NOOP("Print", "What was done"),
    "justification": QT_TRANSLATE_NOOP("Print", "Justification"),
    "action_plan": QT_TRANSLATE_NOOP("Print", "Action plan"),
    "action": QT_TRANSLATE_NOOP("Print", "Action"),
    "responsible": QT_TRANSLATE_NOOP("Print", "Responsible"),
    "due": QT_TRANSLATE_NOOP("Print", "Due"),
    "done": QT_TRANSLATE_NOOP("Print", "Done"),
    "pending": QT_TRANSLATE_NOOP("Print", "Open"),
    "evidence": QT_TRANSLATE_NOOP("Print", "Evidence"),
    "evidence_name": QT_TRANSLATE_NOOP("Print", "Document"),
    "effective": QT_TRANSLATE_NOOP("Print", "Effective"),
    "hash": QT_TRANSLATE_NOOP("Print", "Hash"),
    "none": QT_TRANSLATE_NOOP("Print", "None"),
    "not_recorded": QT_TRANSLATE_NOOP("Print", "Not recorded"),
    "summary": QT_TRANSLATE_NOOP("Print", "Summary"),
    "benchmarks_count": QT_TRANSLATE_NOOP("Print", "Benchmarks"),
    "score": QT_TRANSLATE_NOOP("Print", "Score"),
    "overall": QT_TRANSLATE_NOOP("Print", "Overall"),
    "projected_level": QT_TRANSLATE_NOOP("Print", "Projected level"),
    "no_level": QT_TRANSLATE_NOOP("Print", "No level yet"),
    "by_dimension": QT_TRANSLATE_NOOP("Print", "Score by dimension"),
    "dimension_col": QT_TRANSLATE_NOOP("Print", "Dimension"),
    "met_n": QT_TRANSLATE_NOOP("Print", "Met"),
    "partial_n": QT_TRANSLATE_NOOP("Print", "Partial"),
    "na_n": QT_TRANSLATE_NOOP("Print", "N/A"),
    "applicable_n": QT_TRANSLATE_NOOP("Print", "Applicable"),
    "percent": QT_TRANSLATE_NOOP("Print", "%"),
    "strengths": QT_TRANSLATE_NOOP("Print", "Strengths"),
    "weaknesses": QT_TRANSLATE_NOOP("Print", "Weaknesses"),
    "strength_line": QT_TRANSLATE_NOOP(
        "Print", "{dimension}: {percent}%, {met} of {applicable} benchmarks met"
    ),
    "next_level": QT_TRANSLATE_NOOP("Print", "What is missing for {level}"),
    "gold_reached": QT_TRANSLATE_NOOP("Print", "The highest level (Gold) is reached."),
    "mandatory_missing": QT_TRANSLATE_NOOP("Print", "Mandatory benchmarks not yet met"),
    "more_needed": QT_TRANSLATE_NOOP(
        "Print", "{n} more benchmarks must be met (threshold {threshold}%), from these:"
    ),
    "threshold_ok": QT_TRANSLATE_NOOP("Print", "The {threshold}% threshold is met."),
    "no_actions": QT_TRANSLATE_NOOP("Print", "No actions planned yet."),
    "chart_caption": QT_TRANSLATE_NOOP("Print", "Dashed lines: Bronze, Silver and Gold thresholds"),
    "bundle_id": QT_TRANSLATE_NOOP("Print", "Bundle ID"),
    "bundle_file": QT_TRANSLATE_NOOP("Print", "File"),
    "bundle_size": QT_TRANSLATE_NOOP("Print", "File size"),
    "bytes": QT_TRANSLATE_NOOP("Print", "{n} bytes"),
    "fingerprint": QT_TRANSLATE_NOOP("Print", "Fingerprint (SHA-256)"),
    "signer_key": QT_TRANSLATE_NOOP("Print", "Signer key ID"),
    "unknown": QT_TRANSLATE_NOOP("Print", "Unknown"),
    "qr_fingerprint": QT_TRANSLATE_NOOP(
        "Print",
        "This QR code holds the file's fingerprint: scan it to match this paper with the file.",
    ),
    "cover_intro": QT_TRANSLATE_NOOP(
        "Print",
        "The self-assessment bundle described below is submitted. The receiver can check "
        "the file by comparing its fingerprint with the file received.",
    ),
    "key_intro": QT_TRANSLATE_NOOP(
        "Print",
        "The district office enrols the public key below as the key that signs its "
        "self-assessment bundles. Bundles signed with any other key are not the office's.",
    ),
    "public_key": QT_TRANSLATE_NOOP("Print", "Public key (minisign)"),
    "key_id": QT_TRANSLATE_NOOP("Print", "Key ID"),
    "key_fingerprint": QT_TRANSLATE_NOOP("Print", "Key fingerprint (SHA-256)"),
    "qr_key": QT_TRANSLATE_NOOP("Print", "This QR code holds the public key's fingerprint."),
    "prepared_by": QT_TRANSLATE_NOOP("Print", "Prepared by"),
    "director": QT_TRANSLATE_NOOP("Print", "District director"),
    "received_by": QT_TRANSLATE_NOOP("Print", "Received by (City Hall)"),
    "checked_by": QT_TRANSLATE_NOOP("Print", "Checked by"),
    "sign": QT_TRANSLATE_NOOP("Print", "Signature"),
    "name_line": QT_TRANSLATE_NOOP("Print", "Name: {dots}"),
    "position": QT_TRANSLATE_NOOP("Print", "Position"),
    "date": QT_TRANSLATE_NOOP("Print", "Date"),
    "code": QT_TRANSLATE_NOOP("Print", "Code"),
    "benchmark_col": QT_TRANSLATE_NOOP("Print", "Benchmark"),
    "status_met": QT_TRANSLATE_NOOP("Print", "Met"),
    "status_partially_met": QT_TRANSLATE_NOOP("Print", "Partially met"),
    "status_not_met": QT_TRANSLATE_NOOP("Print", "Not met"),
    "status_not_started": QT_TRANSLATE_NOOP("Print", "Not started"),
    "status_not_applicable": QT_TRANSLATE_NOOP("Print", "Not applicable"),
    "level_bronze": QT_TRANSLATE_NOOP("Print", "Bronze"),
    "level_silver": QT_TRANSLATE_NOOP("Print", "Silver"),
    "level_gold": QT_TRANSLATE_NOOP("Print", "Gold"),
    "and": QT_TRANSLATE_NOOP("Print", " and "),
    "year_be": QT_TRANSLATE_NOOP("Print", "B.E. {be}"),
}

STATUS_ORDER = (
    Status.MET,
    Status.PARTIALLY_MET,
    Status.NOT_MET,
    Status.NOT_APPLICABLE,
)


class Doc:
    """Texts, numbers and styles of one document in one language."""

    def __init__(self, options: PrintOptions, district: District, round_be: int) -> None:
        self.options = options
        self.lang = options.lang
        self.district = district
        self.round_be = round_be
        self.title_short = ""
        th = options.th
        self.body = TextStyle(size=16 if th else 12, color=INK)
        self.small = TextStyle(size=14 if th else 10.5, color=INK)
        self.tiny = TextStyle(size=12 if th else 9, color=MUTED)
        self.cell = TextStyle(
            size=14 if th else 10.5, color=INK, leading=(14 if th else 10.5) * 1.4
        )
        self.cell_bold = self.cell.but(font=thai.BOLD)
        self.title = TextStyle(
            font=thai.BOLD, size=22 if th else 17, align="center", color=INK, space_after=2
        )
        self.subtitle = TextStyle(size=16 if th else 12, align="center", color=MUTED)
        self.h1 = TextStyle(
            font=thai.BOLD, size=18 if th else 14, color=ACCENT, space_before=10, space_after=2
        )
        self.h2 = TextStyle(font=thai.SEMIBOLD, size=16 if th else 12, color=INK, space_before=6)
        self.strong = self.body.but(font=thai.BOLD)

    # texts
    def t(self, key: str, **params: Any) -> str:
        return translate(self.lang, "Print", LABELS[key]).format(**params)

    def num(self, value: Any) -> str:
        text = str(value)
        return to_thai_digits(text) if self.options.thai_digits and self.lang == "th" else text

    def pct(self, value: float) -> str:
        return self.num(f"{value:.1f}")

    def date(self, value: date | None, style: str = "short") -> str:
        if value is None:
            return "-"
        return format_date(
            value,
            self.lang,
            style=style,
            thai_digits=self.options.thai_digits and self.lang == "th",
        )

    def status(self, status: Status) -> str:
        return self.t(f"status_{status.value}")

    def level(self, level: Level) -> str:
        return self.t(f"level_{level.value}")

    def levels(self, levels: Sequence[Level]) -> str:
        names = [self.level(lv) for lv in levels]
        if len(names) <= 1:
            return "".join(names)
        sep = " " if self.lang == "th" else ", "
        return sep.join(names[:-1]) + self.t("and") + names[-1]

    def district_line(self) -> str:
        return self.t("district_office", name=self.district.name(self.lang))

    def round_line(self) -> str:
        year = self.t("year_be", be=self.num(self.round_be))
        if self.lang == "en":
            year += f" ({self.round_be - 543})"
        return self.t("round", year=year)

    # flowables
    def p(self, text: str, style: TextStyle | None = None) -> ThaiParagraph:
        return ThaiParagraph(text, style or self.body)

    def bullet(self, text: str, style: TextStyle | None = None, width: float = 0) -> Table:
        """A bulleted paragraph with a hanging indent."""
        style = style or self.body
        indent = style.size * 0.9
        table = Table(
            [[ThaiParagraph("•", style), ThaiParagraph(text, style)]],
            colWidths=[indent, (width or FRAME_WIDTH) - indent],
        )
        table.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), thai.REGULAR),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 0),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                ]
            )
        )
        return table

    def heading(self, text: str, style: TextStyle | None = None) -> list[Flowable]:
        return [CondPageBreak(3 * cm), ThaiParagraph(text, style or self.h1)]

    def title_block(self, title_key: str) -> list[Flowable]:
        return [
            ThaiParagraph(self.t(title_key), self.title),
            ThaiParagraph(self.t("seal"), self.subtitle),
            ThaiParagraph(f"{self.district_line()} · {self.round_line()}", self.subtitle),
            Spacer(1, 8),
        ]

    def table(
        self,
        rows: list[list[Any]],
        widths: Sequence[float],
        header: bool = True,
        extra: Sequence[tuple] = (),
    ) -> Table:
        style = [
            ("FONTNAME", (0, 0), (-1, -1), thai.REGULAR),  # empty string cells: no Helvetica
            ("GRID", (0, 0), (-1, -1), 0.5, RULE),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 5),
            ("RIGHTPADDING", (0, 0), (-1, -1), 5),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ]
        if header:
            style.append(("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL))
        style.extend(extra)
        table = Table(rows, colWidths=list(widths), repeatRows=1 if header else 0)
        table.setStyle(TableStyle(style))
        return table

    def signature_block(self, roles: Sequence[str]) -> Flowable:
        """Signature lines side by side (two per row), Thai official style."""
        dots = "." * 38
        cells = []
        for role in roles:
            cell = [
                Spacer(1, 26),
                ThaiParagraph(f"{self.t('sign')} {dots}", self.small.but(align="center")),
                ThaiParagraph(self.t("name_line", dots="." * 34), self.small.but(align="center")),
                ThaiParagraph(self.t(role), self.small.but(align="center", font=thai.SEMIBOLD)),
                ThaiParagraph(
                    f"{self.t('date')} {'.' * 10}/{'.' * 12}/{'.' * 10}",
                    self.small.but(align="center"),
                ),
            ]
            cells.append(cell)
        rows = [cells[i : i + 2] for i in range(0, len(cells), 2)]
        if len(rows[-1]) == 1:
            rows[-1].append("")
        table = Table(rows, colWidths=[FRAME_WIDTH / 2] * 2)
        table.setStyle(
            TableStyle(
                [("VALIGN", (0, 0), (-1, -1), "TOP"), ("FONTNAME", (0, 0), (-1, -1), thai.REGULAR)]
            )
        )
        return KeepTogether([Spacer(1, 10), table])


# ---------------------------------------------------------------------------------------------
# Small flowables


class TickBox(Flowable):
    """An empty square to tick by hand, or a ticked one."""

    def __init__(self, size: float = 10, ticked: bool = False) -> None:
        super().__init__()
        self.size = size
        self.ticked = ticked
        self.width = self.height = size

    def wrap(self, availWidth, availHeight):
        return self.size, self.size + 4

    def draw(self) -> None:
        c = self.canv
        s = self.size
        c.setStrokeColor(INK)
        c.setLineWidth(0.8)
        c.rect(0, 2, s, s)
        if self.ticked:
            c.setLineWidth(1.6)
            path = c.beginPath()
            path.moveTo(s * 0.18, 2 + s * 0.52)
            path.lineTo(s * 0.42, 2 + s * 0.22)
            path.lineTo(s * 0.85, 2 + s * 0.85)
            c.drawPath(path, stroke=1, fill=0)


class TickLine(Flowable):
    """A row of tick boxes with labels: [ ] Met  [ ] Partially met ... on one line."""

    def __init__(self, items: Sequence[tuple[str, bool]], style: TextStyle) -> None:
        super().__init__()
        self.items = list(items)
        self.style = style

    def wrap(self, availWidth, availHeight):
        self.width = availWidth
        self._rows = self._layout(availWidth)
        self.height = len(self._rows) * self.style.line_height
        return self.width, self.height

    def _layout(self, width: float) -> list[list[tuple[float, str, bool]]]:
        box = self.style.size * 0.7
        rows: list[list[tuple[float, str, bool]]] = [[]]
        x = 0.0
        for label, ticked in self.items:
            w = box + 5 + thai.shaped_width(label, self.style.font, self.style.size) + 16
            if x and x + w > width:
                rows.append([])
                x = 0.0
            rows[-1].append((x, label, ticked))
            x += w
        return rows

    def draw(self) -> None:
        c = self.canv
        st = self.style
        box = st.size * 0.7
        lh = st.line_height
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

    def wrap(self, availWidth, availHeight):
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

    def wrap(self, availWidth, availHeight):
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
        for i, (label, pct) in enumerate(self.bars):
            y = top - (i + 1) * (self.bar_h + self.gap) + self.gap / 2
            c.setFillColor(INK)
            thai.draw_text(c, x0 - 8, y + 3, label, st.font, st.size, "right")
            c.setFillColor(ACCENT)
            c.rect(x0, y, max(span * pct / 100, 0.5), self.bar_h, stroke=0, fill=1)
            c.setFillColor(INK)
            thai.draw_text(c, x0 + span * pct / 100 + 4, y + 3, d.pct(pct), thai.BOLD, st.size)
        for _name, pct, color in self.thresholds:
            x = x0 + span * pct / 100
            c.setStrokeColor(color)
            c.setLineWidth(1.4)
            c.setDash(4, 3)
            c.line(x, axis_y, x, top)
            c.setDash()
        c.setStrokeColor(RULE)
        c.setLineWidth(0.8)
        c.line(x0, axis_y, x0 + span, axis_y)


# ---------------------------------------------------------------------------------------------
# The document template: A4, header and footer on every page, "page X of Y", progress, cancel


def _page_canvas_class(doc: Doc):
    class PageCanvas(Canvas):
        """Collects the pages, then stamps header and footer knowing the page count."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            thai.register_fonts()
            kwargs["initialFontName"] = kwargs.get("initialFontName") or thai.REGULAR
            kwargs["initialFontSize"] = kwargs.get("initialFontSize") or 12
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                _decorate(self, doc, number, total)
                super().showPage()
            super().save()

    return PageCanvas


def _decorate(c: Canvas, doc: Doc, page: int, pages: int) -> None:
    width, height = PAGE
    size = 12 if doc.options.th else 9
    c.saveState()
    c.setFillColor(MUTED)
    y = height - MARGIN_TOP + 0.75 * cm
    thai.draw_text(c, MARGIN_LEFT, y, doc.district_line(), thai.SEMIBOLD, size)
    thai.draw_text(c, width - MARGIN_RIGHT, y, doc.round_line(), thai.REGULAR, size, "right")
    c.setStrokeColor(RULE)
    c.setLineWidth(0.6)
    c.line(MARGIN_LEFT, y - 5, width - MARGIN_RIGHT, y - 5)
    y = MARGIN_BOTTOM - 0.9 * cm
    c.line(MARGIN_LEFT, y + size + 3, width - MARGIN_RIGHT, y + size + 3)
    printed = doc.t("printed_on", date=doc.date(doc.options.print_date))
    label = doc.t("page_of", page=doc.num(page), pages=doc.num(pages))
    left = thai.shaped_width(printed, thai.REGULAR, size)
    right = thai.shaped_width(label, thai.REGULAR, size)
    # the document's title in the middle, smaller or left out rather than overlapping;
    # drawn left to right so that extracted text reads in order
    room = FRAME_WIDTH - 2 * max(left, right) - 24
    title_size = size
    while title_size > 7 and thai.shaped_width(doc.title_short, thai.REGULAR, title_size) > room:
        title_size -= 0.5
    thai.draw_text(c, MARGIN_LEFT, y, printed, thai.REGULAR, size)
    if title_size > 7:
        thai.draw_text(c, width / 2, y, doc.title_short, thai.REGULAR, title_size, "center")
    thai.draw_text(c, width - MARGIN_RIGHT, y, label, thai.REGULAR, size, "right")
    c.restoreState()


class _Template(BaseDocTemplate):
    def __init__(self, out: Any, doc: Doc, story_len: int, **kwargs: Any) -> None:
        super().__init__(
            out,
            pagesize=PAGE,
            leftMargin=MARGIN_LEFT,
            rightMargin=MARGIN_RIGHT,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            invariant=1,
            **kwargs,
        )
        frame = Frame(
            MARGIN_LEFT,
            MARGIN_BOTTOM,
            FRAME_WIDTH,
            PAGE[1] - MARGIN_TOP - MARGIN_BOTTOM,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        self.addPageTemplates([PageTemplate("page", [frame])])
        self._sd_doc = doc
        self._sd_total = max(story_len, 1)
        self._sd_done = 0

    def afterFlowable(self, flowable: Flowable) -> None:
        options = self._sd_doc.options
        if options.cancelled is not None and options.cancelled():
            raise PrintCancelled()
        self._sd_done = min(self._sd_done + 1, self._sd_total)
        if options.progress is not None:
            options.progress(self._sd_done, self._sd_total)


def build_pdf(out: str | Path | IO[bytes], doc: Doc, story: list[Flowable], title: str) -> int:
    """Lays out ``story`` into ``out``; returns the number of pages."""
    options = doc.options
    if options.cancelled is not None and options.cancelled():
        raise PrintCancelled()
    doc.title_short = title
    target = str(out) if isinstance(out, Path) else out
    template = _Template(
        target,
        doc,
        len(story),
        title=f"{title} - {doc.district_line()} - {doc.round_line()}",
        author="SealDesk",
        creator="SealDesk",
        lang="th-TH" if options.th else "en",
    )
    canvas_class = _page_canvas_class(doc)
    template.build(story, canvasmaker=canvas_class)
    if options.progress is not None:
        options.progress(template._sd_total, template._sd_total)
    return template.page


__all__ = [
    "FRAME_WIDTH",
    "LABELS",
    "Doc",
    "PrintCancelled",
    "PrintOptions",
    "QRCode",
    "ScoreChart",
    "TickBox",
    "TickLine",
    "build_pdf",
    "mm",
]
