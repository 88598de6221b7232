"""What every printed document shares: the options of a print, the page geometry and colours,
and :class:`Doc`, the texts, numbers, dates and styles of one document in one language with the
building blocks made from them (paragraphs, bullets, headings, the title block, tables and the
signature block).

The label texts are in :mod:`sealdesk.printing.labels`, the small drawn flowables (tick boxes,
QR codes, the score chart) in :mod:`sealdesk.printing.figures`, and the page template with the
header, footer, progress and cancel hooks in :mod:`sealdesk.printing.pages`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    Spacer,
    Table,
    TableStyle,
)

from sealdesk.domain.districts import District
from sealdesk.domain.status import Level, Status
from sealdesk.domain.thaidate import BE_OFFSET, format_date, to_thai_digits
from sealdesk.errors import render_message
from sealdesk.printing import thai
from sealdesk.printing.flowables import TextStyle, ThaiParagraph
from sealdesk.printing.labels import LABELS
from sealdesk.progress import Cancelled, IsCancelled, Progress
from sealdesk.translation import translate_to as translate

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
        return render_message(
            "Print", LABELS[key], params, lambda context, text: translate(self.lang, context, text)
        )

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
            year += f" ({self.round_be - BE_OFFSET})"
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


__all__ = [
    "FRAME_WIDTH",
    "STATUS_ORDER",
    "Doc",
    "PrintCancelled",
    "PrintOptions",
]
