"""The gap report: scores by dimension with a chart, the projected level, strengths and
weaknesses, what is missing for the next level, and the action plan."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from reportlab.lib.units import cm
from reportlab.platypus import Flowable, Spacer, Table

from sealdesk.domain.assessment import Assessment
from sealdesk.domain.catalog import Catalog, Dimension
from sealdesk.domain.districts import District
from sealdesk.domain.scoring import ScoreReport, score_round
from sealdesk.domain.status import LEVELS, Status
from sealdesk.printing import thai
from sealdesk.printing.figures import ScoreChart
from sealdesk.printing.layout import FRAME_WIDTH, LEVEL_COLORS, Doc, PrintOptions, height_of
from sealdesk.printing.pages import build_pdf
from sealdesk.printing.parts import Out, catalog_note, columns, heading_text, summary, title_of


def gap_report(
    out: Out,
    catalog: Catalog,
    assessments: Mapping[str, Assessment],
    district: District,
    round_be: int,
    options: PrintOptions | None = None,
    score: ScoreReport | None = None,
) -> int:
    """Per-dimension scores with a chart, projected level, what is missing for the next level,
    strengths and weaknesses, and the action plan."""
    options = options or PrintOptions()
    d = Doc(options, district, round_be)
    statuses = {c: a.status for c, a in assessments.items()}
    score = score or score_round(catalog, statuses)
    story: list[Flowable] = [*d.title_block("report_title"), *catalog_note(d, catalog)]
    story += summary(d, catalog, assessments, score)

    # chart and table by dimension
    scores = {ds.code: ds.score for ds in score.dimensions}
    bars = [
        (d.t("dimension", code=d.num(dim.code)), scores[dim.code].percent)
        for dim in catalog.dimensions
    ]
    marks = [(lv.value, catalog.thresholds[lv], LEVEL_COLORS[lv]) for lv in LEVELS]
    chart = ScoreChart(bars, marks, d)
    story += d.keep_heads([d.p(d.t("by_dimension"), d.h1)], height_of(chart))
    story.append(chart)
    story.append(d.p(d.t("chart_caption"), d.tiny.but(align="center")))
    story.append(Spacer(1, 6))
    head = ["dimension_col", "met_n", "partial_n", "na_n", "applicable_n", "percent"]
    hstyle = d.tiny.but(font=thai.BOLD, color=d.cell.color, align="center")
    rows = [[d.p(d.t(k), hstyle if k != "dimension_col" else d.cell_bold) for k in head]]
    for dim in catalog.dimensions:
        s = scores[dim.code]
        rows.append(
            [
                d.p(f"{d.num(dim.code)}. {title_of(d, dim)}", d.cell),
                *[
                    d.p(d.num(v), d.cell.but(align="center"))
                    for v in (s.met, s.partially_met, s.not_applicable, s.applicable)
                ],
                d.p(d.pct(s.percent), d.cell.but(align="center")),
            ]
        )
    o = score.overall
    rows.append(
        [
            d.p(d.t("overall"), d.cell_bold),
            *[
                d.p(d.num(v), d.cell_bold.but(align="center"))
                for v in (o.met, o.partially_met, o.not_applicable, o.applicable)
            ],
            d.p(d.pct(o.percent), d.cell_bold.but(align="center")),
        ]
    )
    num_w = 1.95 * cm
    story.append(d.table(rows, [FRAME_WIDTH - 5 * num_w] + [num_w] * 5))

    # strengths and weaknesses
    bronze = catalog.thresholds[LEVELS[0]]
    ranked = sorted(catalog.dimensions, key=lambda dim: -scores[dim.code].percent)
    strong = [dim for dim in ranked if scores[dim.code].percent >= bronze][:3]
    weak = [dim for dim in reversed(ranked) if scores[dim.code].percent < bronze][:3]

    def line(dim: Dimension) -> str:
        s = scores[dim.code]
        return d.tn(
            "strength_line",
            s.applicable,
            dimension=heading_text(d, "dimension", dim),
            percent=d.pct(s.percent),
            met=d.num(s.met),
        )

    story += d.heading(d.t("strengths"))
    story += [d.bullet(line(dim), d.small) for dim in strong] or [d.p(d.t("none"), d.small)]
    story += d.heading(d.t("weaknesses"))
    story += [d.bullet(line(dim), d.small) for dim in weak] or [d.p(d.t("none"), d.small)]

    # what is missing for the next level
    gap = score.next_gap
    if gap is None:
        story += d.heading(d.t("gold_reached"))
    else:
        story += d.heading(d.t("next_level", level=d.level(gap.level)))
        if gap.mandatory_missing:
            story += d.keep_heads([d.p(d.t("mandatory_missing"), d.h2)], 3 * d.cell.line_height)
            story.append(_benchmark_list(d, catalog, gap.mandatory_missing, statuses))
        if gap.more_needed:
            more = d.tn("more_needed", gap.more_needed, threshold=d.num(gap.threshold))
            story += d.keep_heads([d.p(more, d.h2)], 3 * d.cell.line_height)
            story.append(_benchmark_list(d, catalog, gap.candidates, statuses))
        else:
            story.append(d.p(d.t("threshold_ok", threshold=d.num(gap.threshold)), d.small))

    # the action plan
    story += d.heading(d.t("action_plan"))
    rows = [[d.p(d.t(k), d.cell_bold) for k in ("code", "action", "responsible", "due", "status")]]
    for bm in catalog.benchmarks():
        a = assessments.get(bm.code)
        for item in a.actions if a else ():
            rows.append(
                [
                    d.p(d.num(bm.code), d.cell),
                    d.p(item.action, d.cell),
                    d.p(item.responsible or "-", d.cell),
                    d.p(d.date(item.due_date), d.cell),
                    d.p(d.t("done" if item.done else "pending"), d.cell),
                ]
            )
    if len(rows) > 1:
        story.append(d.table(rows, columns(FRAME_WIDTH, [0.09, 0.4, 0.19, 0.17, 0.15])))
    else:
        story.append(d.p(d.t("no_actions"), d.small))
    story.append(d.signature_block(["prepared_by", "director"]))
    return build_pdf(out, d, story, d.t("report_title"))


def _benchmark_list(
    d: Doc, catalog: Catalog, codes: Sequence[str], statuses: Mapping[str, Status]
) -> Table:
    rows = [[d.p(d.t(k), d.cell_bold) for k in ("code", "benchmark_col", "status")]]
    for code in codes:
        bm = catalog.benchmark(code)
        rows.append(
            [
                d.p(d.num(code), d.cell),
                d.p(bm.title.get(d.lang) if bm else code, d.cell),
                d.p(d.status(statuses.get(code, Status.NOT_STARTED)), d.cell),
            ]
        )
    return d.table(rows, columns(FRAME_WIDTH, [0.11, 0.67, 0.22]))
