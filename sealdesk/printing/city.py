"""The city report: the coordinating office's view of all 50 districts in one round.

Headline figures (how many submitted, the average score, how many districts reach each level),
the table of the districts, the benchmarks most districts fail and the districts that sent
nothing. A function of a plain `CityStatus`, laid out with the same page template, fonts, Thai
shaping and line breaking as the district documents.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import cm
from reportlab.platypus import Flowable, Spacer

from sealdesk.domain.city import CityStatus, DistrictRow, SubmissionState
from sealdesk.domain.districts import District
from sealdesk.domain.status import LEVELS, Level
from sealdesk.errors import QT_TRANSLATE_NOOP, render_message
from sealdesk.printing import thai
from sealdesk.printing.layout import FRAME_WIDTH, LEVEL_COLORS, Doc, PrintOptions
from sealdesk.printing.pages import build_pdf
from sealdesk.printing.parts import Out, columns
from sealdesk.translation import translate_to

CITY_LABELS: dict[str, str] = {
    "city_title": QT_TRANSLATE_NOOP("Print", "City-wide report"),
    "city_headline": QT_TRANSLATE_NOOP("Print", "The city at a glance"),
    "city_submitted": QT_TRANSLATE_NOOP(
        "Print", "{submitted} of {total} districts have sent their submission."
    ),
    "city_average": QT_TRANSLATE_NOOP(
        "Print", "Average score of the districts that submitted: {percent}%"
    ),
    "city_levels": QT_TRANSLATE_NOOP("Print", "Projected level"),
    "city_districts_n": QT_TRANSLATE_NOOP("Print", "Districts"),
    "city_table": QT_TRANSLATE_NOOP("Print", "The districts"),
    "city_district_col": QT_TRANSLATE_NOOP("Print", "District"),
    "city_state_col": QT_TRANSLATE_NOOP("Print", "State"),
    "city_received_col": QT_TRANSLATE_NOOP("Print", "Received"),
    "city_score_col": QT_TRANSLATE_NOOP("Print", "Score %"),
    "city_missing_col": QT_TRANSLATE_NOOP("Print", "Mandatory missing"),
    "city_gaps": QT_TRANSLATE_NOOP("Print", "The benchmarks most districts have not met"),
    "city_gaps_intro": QT_TRANSLATE_NOOP(
        "Print",
        "Counted over the districts that submitted: not met, partially met and not started "
        "count as not met; not applicable does not.",
    ),
    "city_gap_count_col": QT_TRANSLATE_NOOP("Print", "Districts not meeting it"),
    "city_mandatory_col": QT_TRANSLATE_NOOP("Print", "Mandatory from"),
    "city_not_submitted": QT_TRANSLATE_NOOP("Print", "Districts that have not submitted"),
    "city_all_submitted": QT_TRANSLATE_NOOP("Print", "Every district has submitted."),
    "city_no_gaps": QT_TRANSLATE_NOOP("Print", "No district that submitted has a gap."),
    "city_office_director": QT_TRANSLATE_NOOP("Print", "Head of the coordinating office"),
}


class CityDoc(Doc):
    """A document of the coordinating office: its name where a district document has the
    district's, and the city labels beside the shared ones."""

    def __init__(self, options: PrintOptions, office_name: str, round_be: int) -> None:
        super().__init__(options, District("", office_name, office_name), round_be)
        self.office_name = office_name

    def t(self, key: str, **params: Any) -> str:
        if key not in CITY_LABELS:
            return super().t(key, **params)
        return render_message(
            "Print",
            CITY_LABELS[key],
            params,
            lambda context, text: translate_to(self.lang, context, text),
        )

    def district_line(self) -> str:
        return self.office_name


def city_report(out: Out, status: CityStatus, options: PrintOptions | None = None) -> int:
    """Writes the city report of ``status`` to ``out``; returns the page count."""
    options = options or PrintOptions()
    d = CityDoc(options, status.office_name, status.round_year_be)
    story: list[Flowable] = [*d.title_block("city_title")]
    story += _headline(d, status)
    story += _district_table(d, status)
    story += _gaps(d, status)
    story += d.heading(d.t("city_not_submitted"))
    silent = status.not_submitted()
    if silent:
        story += [d.bullet(f"{d.num(r.district_code)} {_name(d, r)}", d.small) for r in silent]
    else:
        story.append(d.p(d.t("city_all_submitted"), d.small))
    story.append(d.signature_block(["prepared_by", "city_office_director"]))
    return build_pdf(out, d, story, d.t("city_title"))


def _name(d: Doc, row: DistrictRow) -> str:
    return row.name_th if d.lang == "th" else row.name_en


def _headline(d: CityDoc, status: CityStatus) -> list[Flowable]:
    sent = [r for r in status.rows if r.state is not SubmissionState.NONE]
    scores = [r.score_percent for r in sent if r.score_percent is not None]
    story: list[Flowable] = [
        d.p(d.t("city_headline"), d.h1),
        d.p(
            d.t("city_submitted", submitted=d.num(len(sent)), total=d.num(len(status.rows))),
            d.strong,
        ),
    ]
    if scores:
        average = sum(scores) / len(scores)
        story.append(d.p(d.t("city_average", percent=d.pct(average)), d.body))
    counts: dict[Level | None, int] = {lv: 0 for lv in LEVELS}
    counts[None] = 0
    for row in sent:
        counts[row.projected_level] = counts.get(row.projected_level, 0) + 1
    order: list[Level | None] = [*reversed(LEVELS), None]
    head = [d.p(d.t("city_levels"), d.cell_bold)] + [
        d.p(d.level(lv) if lv else d.t("no_level"), d.cell_bold.but(align="center")) for lv in order
    ]
    values = [d.p(d.t("city_districts_n"), d.cell)] + [
        d.p(d.num(counts[lv]), d.cell.but(align="center")) for lv in order
    ]
    widths = columns(FRAME_WIDTH, [0.24, 0.17, 0.17, 0.19, 0.23])
    story += [Spacer(1, 4), d.table([head, values], widths), Spacer(1, 4)]
    return story


def _district_table(d: CityDoc, status: CityStatus) -> list[Flowable]:
    keys = (
        "code",
        "city_district_col",
        "city_state_col",
        "city_received_col",
        "city_score_col",
        "projected_level",
        "city_missing_col",
    )
    small = d.cell.but(size=d.tiny.size, leading=d.tiny.size * 1.35)
    head = [d.p(d.t(k), small.but(font=thai.BOLD)) for k in keys]
    rows = [head]
    extra = []
    for i, row in enumerate(status.rows, start=1):
        none = row.state is SubmissionState.NONE
        level = row.projected_level
        rows.append(
            [
                d.p(d.num(row.district_code), small),
                d.p(_name(d, row), small),
                d.p(translate_to(d.lang, "SubmissionState", row.state.label), small),
                d.p(d.date(row.received_at.date() if row.received_at else None), small),
                d.p(
                    "-" if row.score_percent is None else d.pct(row.score_percent),
                    small.but(align="right"),
                ),
                d.p("-" if none else (d.level(level) if level else d.t("no_level")), small),
                d.p(
                    "-" if none else (" ".join(map(d.num, row.mandatory_missing)) or d.t("none")),
                    small,
                ),
            ]
        )
        if level is not None:
            extra.append(("TEXTCOLOR", (5, i), (5, i), LEVEL_COLORS[level]))
            extra.append(("LINEBEFORE", (5, i), (5, i), 3, LEVEL_COLORS[level]))
    widths = columns(FRAME_WIDTH, [0.07, 0.17, 0.17, 0.14, 0.09, 0.16, 0.20])
    extra += [("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3)]
    return [*d.heading(d.t("city_table")), d.table(rows, widths, extra=extra)]


def _gaps(d: CityDoc, status: CityStatus) -> list[Flowable]:
    story: list[Flowable] = [*d.heading(d.t("city_gaps")), d.p(d.t("city_gaps_intro"), d.tiny)]
    gaps = status.common_gaps(limit=10)
    if not gaps:
        return [*story, d.p(d.t("city_no_gaps"), d.small)]
    by_code = {c.code: c for c in status.columns}
    rows = [
        [
            d.p(d.t(k), d.cell_bold)
            for k in ("code", "benchmark_col", "city_gap_count_col", "city_mandatory_col")
        ]
    ]
    for code, count in gaps:
        column = by_code[code]
        title = column.title_th if d.lang == "th" else column.title_en
        level = column.mandatory_from
        rows.append(
            [
                d.p(d.num(code), d.cell),
                d.p(title, d.cell),
                d.p(d.num(count), d.cell.but(align="center")),
                d.p(d.level(level) if level else "-", d.cell),
            ]
        )
    story.append(Spacer(1, 4))
    story.append(d.table(rows, columns(FRAME_WIDTH, [0.1, 0.56, 0.18, 0.16])))
    story.append(Spacer(1, 0.2 * cm))
    return story
