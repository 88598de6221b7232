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
    TableStyle,
)

from sealdesk.domain.districts import District
from sealdesk.domain.status import Level, Status
from sealdesk.domain.thaidate import BE_OFFSET, format_date, to_thai_digits
from sealdesk.errors import render_message
from sealdesk.printing import thai
from sealdesk.printing.flowables import MeasuredTable as Table
from sealdesk.printing.flowables import TextStyle, ThaiParagraph
from sealdesk.printing.labels import LABELS, PLURALS
from sealdesk.progress import Cancelled, IsCancelled, Progress
from sealdesk.translation import translate_to as translate

PAGE = A4
MARGIN_LEFT = 2.5 * cm
MARGIN_RIGHT = 2.0 * cm
MARGIN_TOP = 2.6 * cm
MARGIN_BOTTOM = 2.2 * cm
FRAME_WIDTH = PAGE[0] - MARGIN_LEFT - MARGIN_RIGHT
FRAME_HEIGHT = PAGE[1] - MARGIN_TOP - MARGIN_BOTTOM

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
    preparer: str = ""  # the preparer's name, printed under "Prepared by" (blank: a line)
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

    def tn(self, key: str, n: int, shown: str | None = None, **params: Any) -> str:
        """A plural text (``labels.PLURALS``): the form for ``n``, with ``%n`` replaced by
        ``shown`` (default: ``n`` in the document's digits)."""
        source = PLURALS[key]
        text = translate(self.lang, "Print", source, n).replace("%n", shown or self.num(n))
        try:
            return text.format(**params)
        except (KeyError, IndexError, ValueError):
            return source.replace("%n", shown or self.num(n)).format(**params)

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
        if len(names) == 2:
            return self.t("levels_two", first=names[0], second=names[1])
        return self.t("levels_three", first=names[0], second=names[1], third=names[2])

    def district_line(self) -> str:
        return self.t("district_office", name=self.district.name(self.lang))

    def round_line(self) -> str:
        # the Gregorian year helps readers of the English document only
        key = "round_line_ce" if self.lang == "en" else "round_line"
        return self.t(key, be=self.num(self.round_be), ce=self.num(self.round_be - BE_OFFSET))

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
        """A section heading that never ends a page: it moves on unless three lines of what
        follows fit under it."""
        return self.keep_heads([ThaiParagraph(text, style or self.h1)], 3 * self.cell.line_height)

    def keep_heads(self, heads: Sequence[Flowable], then: float) -> list[Flowable]:
        """``heads`` (headings), preceded by a page break unless they and ``then`` points of
        what follows them fit on this page: a heading never ends a page."""
        return [CondPageBreak(sum(height_of(f) for f in heads) + then), *heads]

    def title_block(self, title_key: str) -> list[Flowable]:
        return [
            ThaiParagraph(self.t(title_key), self.title),
            ThaiParagraph(self.t("seal"), self.subtitle),
            ThaiParagraph(
                self.t(
                    "district_and_round", district=self.district_line(), round=self.round_line()
                ),
                self.subtitle,
            ),
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
        centred = self.small.but(align="center")
        cells = []
        for role in roles:
            preparer = self.options.preparer.strip() if role == "prepared_by" else ""
            name = (
                self.t("name_filled", name=preparer)
                if preparer
                else self.t("name_line", dots="." * 34)
            )
            cell = [
                Spacer(1, 26),
                ThaiParagraph(self.t("sign_line", dots="." * 38), centred),
                ThaiParagraph(name, centred),
                ThaiParagraph(self.t(role), self.small.but(align="center", font=thai.SEMIBOLD)),
                ThaiParagraph(
                    self.t("date_line", dots=f"{'.' * 10}/{'.' * 12}/{'.' * 10}"), centred
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


def height_of(flowable: Flowable, width: float = FRAME_WIDTH) -> float:
    """The height ``flowable`` takes in the frame, its space before and after included."""
    _, height = flowable.wrap(width, PAGE[1])
    return height + flowable.getSpaceBefore() + flowable.getSpaceAfter()


__all__ = [
    "FRAME_WIDTH",
    "STATUS_ORDER",
    "Doc",
    "PrintCancelled",
    "PrintOptions",
]
