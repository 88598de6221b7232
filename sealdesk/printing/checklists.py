"""The blank checklist (for meetings and collecting paper) and the filled checklist (the
self-assessment results, for signature)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from reportlab.lib.units import cm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    Indenter,
    KeepTogether,
    Spacer,
    Table,
    TableStyle,
)

from sealdesk.domain.assessment import Assessment, Evidence
from sealdesk.domain.catalog import Benchmark, Catalog, Dimension, Standard
from sealdesk.domain.districts import District
from sealdesk.domain.preflight import takes_justification
from sealdesk.domain.scoring import ScoreReport, score_round
from sealdesk.domain.status import Status
from sealdesk.printing import thai
from sealdesk.printing.figures import TickBox, TickLine, WritingLines
from sealdesk.printing.flowables import ThaiParagraph
from sealdesk.printing.layout import (
    BAND_FILL,
    FRAME_HEIGHT,
    FRAME_WIDTH,
    MUTED,
    STATUS_ORDER,
    Doc,
    PrintOptions,
    height_of,
)
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
    collecting paper before scanning: compact, with ruled lines to write notes on."""
    options = options or PrintOptions()
    d = Doc(options, district, round_be)
    story: list[Flowable] = [*d.title_block("blank_title"), *catalog_note(d, catalog)]
    story.append(d.p(d.t("blank_intro"), d.small))
    story.append(Spacer(1, 4))
    heads = _Headings(d)
    for dimension in catalog.dimensions:
        heads.dimension(dimension)
        for standard in dimension.standards:
            heads.standard(standard)
            for bm in standard.benchmarks:
                table = _blank_benchmark(d, bm)
                story += heads.flush(height_of(table))
                story += [KeepTogether([table]), Spacer(1, 6)]
    story.append(d.signature_block(["prepared_by", "checked_by"]))
    return build_pdf(out, d, story, d.t("blank_title"))


def _blank_benchmark(d: Doc, bm: Benchmark) -> Table:
    tick_w = 2.3 * cm
    size = d.cell.size - 1
    cell = d.cell.but(size=size, leading=size * 1.32)
    tiny = d.tiny.but(align="center", color=d.cell.color)
    rows: list[list] = [
        [
            [
                d.p(heading_text(d, "benchmark", bm), cell.but(font=thai.BOLD)),
                d.p(mandatory_line(d, bm), d.tiny),
            ],
            "",
            "",
        ],
        [
            d.p(d.t("verification"), tiny.but(align="left", font=thai.SEMIBOLD)),
            d.p(d.t("received"), tiny),
            d.p(d.t("scanned"), tiny),
        ],
    ]
    for item in bm.verification:
        rows.append([d.p(f"• {item.get(d.lang)}", cell), _centred_box(), _centred_box()])
    rows.append(
        [TickLine([(d.status(s), False) for s in STATUS_ORDER], cell, d.t("result")), "", ""]
    )
    rows.append([WritingLines(d.t("notes_lines"), cell, lines=2), "", ""])
    return d.table(
        rows,
        [FRAME_WIDTH - 2 * tick_w, tick_w, tick_w],
        header=False,
        extra=[
            ("SPAN", (0, 0), (-1, 0)),
            ("SPAN", (0, -2), (-1, -2)),
            ("SPAN", (0, -1), (-1, -1)),
            ("BACKGROUND", (0, 0), (-1, 0), BAND_FILL),
            ("ALIGN", (1, 1), (-1, -3), "CENTER"),
            ("TOPPADDING", (0, 1), (-1, -1), 1),
            ("BOTTOMPADDING", (0, 1), (-1, -1), 1),
        ],
    )


def _centred_box() -> Table:
    box = Table([[TickBox(10)]], colWidths=[12])
    box.setStyle(
        TableStyle(
            [
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                ("FONTNAME", (0, 0), (-1, -1), thai.REGULAR),
            ]
        )
    )
    return box


class _Headings:
    """The dimension and standard headings waiting for their first benchmark: they are
    written just before it, after a page break unless they fit with its start on this page."""

    def __init__(self, d: Doc) -> None:
        self.d = d
        self.pending: list[Flowable] = []

    def dimension(self, dimension: Dimension) -> None:
        self.pending = [ThaiParagraph(heading_text(self.d, "dimension", dimension), self.d.h1)]

    def standard(self, standard: Standard) -> None:
        self.pending.append(
            ThaiParagraph(heading_text(self.d, "standard", standard), self.d.h2.but(space_after=2))
        )

    def flush(self, then: float) -> list[Flowable]:
        """The pending headings, kept with ``then`` points of the benchmark that follows."""
        heads, self.pending = self.pending, []
        return self.d.keep_heads(heads, then)


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
    block for the preparer and the district director. A benchmark not started (and with
    nothing recorded) takes two lines."""
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
    heads = _Headings(d)
    for dimension in catalog.dimensions:
        heads.dimension(dimension)
        for standard in dimension.standards:
            heads.standard(standard)
            for bm in standard.benchmarks:
                a = assessments.get(bm.code) or Assessment(bm.code)
                story += _filled_benchmark(d, bm, a, by_code.get(bm.code, []), inner, heads)
    story.append(d.signature_block(["prepared_by", "director"]))
    return build_pdf(out, d, story, d.t("filled_title"))


def _filled_benchmark(
    d: Doc, bm: Benchmark, a: Assessment, evidence: list[Evidence], width: float, heads: _Headings
) -> list[Flowable]:
    title = d.p(heading_text(d, "benchmark", bm), d.cell_bold)
    band = [("BACKGROUND", (0, 0), (-1, -1), BAND_FILL)]
    if a.status is Status.NOT_STARTED and not (a.narrative or a.actions or evidence):
        line = d.t("not_started_line", mandatory=mandatory_line(d, bm))
        head = d.table([[[title, d.p(line, d.cell.but(color=MUTED))]]], [FRAME_WIDTH], False, band)
        return [*heads.flush(height_of(head)), head, Spacer(1, 6)]
    ticks = TickLine([(d.status(s), a.status is s) for s in STATUS_ORDER], d.cell)
    mandatory = d.p(mandatory_line(d, bm), d.cell.but(color=MUTED))
    head = d.table([[[title, mandatory, ticks]]], [FRAME_WIDTH], header=False, extra=band)
    label = d.cell.but(font=thai.SEMIBOLD, space_before=3)
    empty = d.cell.but(color=MUTED)
    narrative = d.p(a.narrative or d.t("not_recorded"), d.small if a.narrative else empty)
    # the benchmark's band stays with the narrative's label and first lines
    start = height_of(head) + height_of(d.p(d.t("narrative"), label), width)
    # (a paragraph of three lines or fewer moves whole; a longer one splits after two)
    whole = height_of(narrative, width)
    start += whole if narrative.line_count <= 3 else 2 * narrative.style.line_height

    # what follows the narrative: (label or None, content) pairs
    parts: list[tuple[Flowable | None, Flowable]] = []
    if a.justification or takes_justification(a.status):  # the one rule (domain/preflight)
        reason = a.justification or d.t("not_recorded")
        parts.append(
            (d.p(d.t("justification"), label), d.p(reason, d.small if a.justification else empty))
        )
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
        table = d.table(rows, columns(width, [0.5, 0.2, 0.15, 0.15]))
        parts.append((d.p(d.t("action_plan"), label), table))
    else:
        parts.append((None, d.p(d.t("no_action"), empty.but(space_before=3))))
    if evidence:
        rows = [[d.p(d.t(k), d.cell_bold) for k in ("evidence_name", "effective", "hash")]]
        for ev in sorted(evidence, key=lambda e: (e.effective_date is None, e.effective_date)):
            if ev.personal_data:  # neither its name nor its description (docs/personal-data.md)
                name, short_hash = d.t("protected_document", id=ev.id), "-"
            else:
                name = ev.original_name + (f" - {ev.description}" if ev.description else "")
                short_hash = ev.short_hash
            mono = d.cell.but(font=thai.MONO, size=9, leading=d.cell.line_height)
            rows.append(
                [
                    d.p(name, d.cell),
                    d.p(d.date(ev.effective_date), d.cell),
                    d.p(short_hash, mono),
                ]
            )
        table = d.table(rows, columns(width, [0.58, 0.2, 0.22]))
        parts.append((d.p(d.t("evidence"), label), table))
    else:
        parts.append((None, d.p(d.t("no_evidence"), empty)))

    body: list[Flowable] = [Indenter(left=INDENT), d.p(d.t("narrative"), label), narrative]
    flat = [f for pair in parts for f in pair if f is not None]
    if sum(height_of(f, width) for f in flat) < FRAME_HEIGHT / 3:
        body.append(KeepTogether(flat))  # a short tail never leaves a line alone on a page
    else:
        for head_line, content in parts:
            if head_line is not None:  # a label stays with the first lines of its content
                lines = 6 if isinstance(content, Table) else 3
                then = min(height_of(content, width), lines * d.cell.line_height)
                body.append(CondPageBreak(height_of(head_line, width) + then))
                body.append(head_line)
            body.append(content)
    body += [Indenter(left=-INDENT), Spacer(1, 10)]
    return [*heads.flush(start + 4), Spacer(1, 4), head, *body]
