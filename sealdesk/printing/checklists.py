"""The blank checklist (for meetings and collecting paper) and the filled checklist (the
self-assessment results, for signature)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from reportlab.lib.units import cm
from reportlab.platypus import Flowable, Indenter, KeepTogether, Spacer, Table, TableStyle

from sealdesk.domain.assessment import Assessment, Evidence
from sealdesk.domain.catalog import Benchmark, Catalog
from sealdesk.domain.districts import District
from sealdesk.domain.scoring import ScoreReport, score_round
from sealdesk.domain.status import Status
from sealdesk.printing import thai
from sealdesk.printing.figures import TickBox, TickLine
from sealdesk.printing.layout import BAND_FILL, FRAME_WIDTH, MUTED, STATUS_ORDER, Doc, PrintOptions
from sealdesk.printing.pages import build_pdf
from sealdesk.printing.parts import (
    Out,
    catalog_note,
    columns,
    heading_text,
    mandatory_line,
    summary,
)

INDENT = 0.6 * cm


def blank_checklist(
    out: Out,
    catalog: Catalog,
    district: District,
    round_be: int,
    options: PrintOptions | None = None,
) -> int:
    """Every benchmark with its means of verification and tick boxes, for meetings and for
    collecting paper before scanning."""
    options = options or PrintOptions()
    d = Doc(options, district, round_be)
    story: list[Flowable] = [*d.title_block("blank_title"), *catalog_note(d, catalog)]
    story.append(d.p(d.t("blank_intro"), d.small))
    story.append(Spacer(1, 6))
    tick_w = 2.1 * cm
    text_w = FRAME_WIDTH - 2 * tick_w
    for dimension in catalog.dimensions:
        story += d.heading(heading_text(d, "dimension", dimension))
        for standard in dimension.standards:
            story.append(d.p(heading_text(d, "standard", standard), d.h2))
            for bm in standard.benchmarks:
                head = [
                    d.p(f"{d.num(bm.code)}  {bm.title.get(d.lang)}", d.cell_bold),
                    d.p(mandatory_line(d, bm), d.cell.but(color=MUTED)),
                ]
                rows: list[list] = [
                    [head, "", ""],
                    [
                        d.p(d.t("verification"), d.cell.but(font=thai.SEMIBOLD)),
                        d.p(d.t("received"), d.tiny.but(align="center", color=d.cell.color)),
                        d.p(d.t("scanned"), d.tiny.but(align="center", color=d.cell.color)),
                    ],
                ]
                for item in bm.verification:
                    rows.append(
                        [
                            d.p(f"• {item.get(d.lang)}", d.cell),
                            _centred_box(),
                            _centred_box(),
                        ]
                    )
                result = [
                    TickLine([(d.status(s), False) for s in STATUS_ORDER], d.cell),
                    d.p(f"{d.t('notes')} {'.' * 120}", d.cell.but(color=MUTED)),
                ]
                rows.append([[d.p(d.t("result"), d.cell.but(font=thai.SEMIBOLD)), *result]])
                table = d.table(
                    rows,
                    [text_w, tick_w, tick_w],
                    header=False,
                    extra=[
                        ("SPAN", (0, 0), (-1, 0)),
                        ("SPAN", (0, -1), (-1, -1)),
                        ("BACKGROUND", (0, 0), (-1, 0), BAND_FILL),
                        ("ALIGN", (1, 1), (-1, -2), "CENTER"),
                    ],
                )
                story += [KeepTogether([table]), Spacer(1, 8)]
    story.append(d.signature_block(["prepared_by", "checked_by"]))
    return build_pdf(out, d, story, d.t("blank_title"))


def _centred_box() -> Table:
    box = Table([[TickBox(10)]], colWidths=[12])
    box.setStyle(
        TableStyle(
            [
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("FONTNAME", (0, 0), (-1, -1), thai.REGULAR),
            ]
        )
    )
    return box


def filled_checklist(
    out: Out,
    catalog: Catalog,
    assessments: Mapping[str, Assessment],
    evidence: Sequence[Evidence],
    district: District,
    round_be: int,
    options: PrintOptions | None = None,
    score: ScoreReport | None = None,
) -> int:
    """Per benchmark: status, narrative, justification, action plan and evidence; signature
    block for the preparer and the district director."""
    options = options or PrintOptions()
    d = Doc(options, district, round_be)
    score = score or score_round(catalog, {c: a.status for c, a in assessments.items()})
    by_code: dict[str, list[Evidence]] = {}
    for item in evidence:
        for code in item.links:
            by_code.setdefault(code, []).append(item)
    story: list[Flowable] = [*d.title_block("filled_title"), *catalog_note(d, catalog)]
    story += summary(d, catalog, assessments, score)
    inner = FRAME_WIDTH - INDENT
    for dimension in catalog.dimensions:
        story += d.heading(heading_text(d, "dimension", dimension))
        for standard in dimension.standards:
            story.append(d.p(heading_text(d, "standard", standard), d.h2))
            for bm in standard.benchmarks:
                a = assessments.get(bm.code) or Assessment(bm.code)
                story += _filled_benchmark(d, bm, a, by_code.get(bm.code, []), inner)
    story.append(d.signature_block(["prepared_by", "director"]))
    return build_pdf(out, d, story, d.t("filled_title"))


def _filled_benchmark(
    d: Doc, bm: Benchmark, a: Assessment, evidence: list[Evidence], width: float
) -> list[Flowable]:
    head = d.table(
        [
            [
                [
                    d.p(
                        heading_text(d, "benchmark", bm),
                        d.cell_bold,
                    ),
                    d.p(mandatory_line(d, bm), d.cell.but(color=MUTED)),
                    TickLine([(d.status(s), a.status is s) for s in STATUS_ORDER], d.cell),
                ]
            ]
        ],
        [FRAME_WIDTH],
        header=False,
        extra=[("BACKGROUND", (0, 0), (-1, -1), BAND_FILL)],
    )
    body: list[Flowable] = [Indenter(left=INDENT)]
    label = d.cell.but(font=thai.SEMIBOLD, space_before=3)
    empty = d.cell.but(color=MUTED)
    body.append(d.p(d.t("narrative"), label))
    body.append(d.p(a.narrative or d.t("not_recorded"), d.small if a.narrative else empty))
    if a.justification or a.status in (Status.NOT_APPLICABLE, Status.PARTIALLY_MET):
        body.append(d.p(d.t("justification"), label))
        body.append(
            d.p(a.justification or d.t("not_recorded"), d.small if a.justification else empty)
        )
    body.append(d.p(d.t("action_plan"), label))
    if a.actions:
        rows = [[d.p(d.t(k), d.cell_bold) for k in ("action", "responsible", "due", "status")]]
        for item in a.actions:
            rows.append(
                [
                    d.p(item.action, d.cell),
                    d.p(item.responsible or "-", d.cell),
                    d.p(d.date(item.due_date), d.cell),
                    d.p(d.t("done" if item.done else "pending"), d.cell),
                ]
            )
        body.append(d.table(rows, columns(width, [0.5, 0.2, 0.15, 0.15])))
    else:
        body.append(d.p(d.t("none"), empty))
    body.append(d.p(d.t("evidence"), label))
    if evidence:
        rows = [[d.p(d.t(k), d.cell_bold) for k in ("evidence_name", "effective", "hash")]]
        for ev in sorted(evidence, key=lambda e: (e.effective_date is None, e.effective_date)):
            name = ev.original_name + (f" - {ev.description}" if ev.description else "")
            rows.append(
                [
                    d.p(name, d.cell),
                    d.p(d.date(ev.effective_date), d.cell),
                    d.p(ev.short_hash, d.cell.but(size=d.cell.size - 1)),
                ]
            )
        body.append(d.table(rows, columns(width, [0.58, 0.2, 0.22])))
    else:
        body.append(d.p(d.t("none"), empty))
    body += [Indenter(left=-INDENT), Spacer(1, 10)]
    return [Spacer(1, 4), head, *body]
