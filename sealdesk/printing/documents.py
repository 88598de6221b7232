"""The five printed documents, each a function of plain data (testable without a workspace).

Every function writes an A4 PDF to ``out`` (a path or a binary file object) in
``options.lang`` and returns the number of pages. ``options.progress(done, total)`` is called
as the layout advances and ``options.cancelled()`` is polled; when it returns True the build
stops with :class:`~sealdesk.printing.layout.PrintCancelled`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from reportlab.lib.units import cm
from reportlab.platypus import Flowable, Indenter, KeepTogether, Spacer, Table, TableStyle

from sealdesk.domain.assessment import Assessment, BundleInfo, Evidence
from sealdesk.domain.catalog import Benchmark, Catalog
from sealdesk.domain.districts import District
from sealdesk.domain.fingerprint import group_hex
from sealdesk.domain.scoring import ScoreReport, score_round
from sealdesk.domain.status import LEVELS, Status
from sealdesk.printing import thai
from sealdesk.printing.flowables import ThaiParagraph
from sealdesk.printing.layout import (
    BAND_FILL,
    FRAME_WIDTH,
    LEVEL_COLORS,
    MUTED,
    STATUS_ORDER,
    Doc,
    PrintOptions,
    QRCode,
    ScoreChart,
    TickBox,
    TickLine,
    build_pdf,
)

Out = str | Path | IO[bytes]
INDENT = 0.6 * cm


# ---------------------------------------------------------------------------------------------
# 1. Blank checklist


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
    story: list[Flowable] = [*d.title_block("blank_title"), *_catalog_note(d, catalog)]
    story.append(d.p(d.t("blank_intro"), d.small))
    story.append(Spacer(1, 6))
    tick_w = 2.1 * cm
    text_w = FRAME_WIDTH - 2 * tick_w
    for dimension in catalog.dimensions:
        story += d.heading(_head(d, "dimension", dimension))
        for standard in dimension.standards:
            story.append(d.p(_head(d, "standard", standard), d.h2))
            for bm in standard.benchmarks:
                head = [
                    d.p(f"{d.num(bm.code)}  {bm.title.get(d.lang)}", d.cell_bold),
                    d.p(_mandatory(d, bm), d.cell.but(color=MUTED)),
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


# ---------------------------------------------------------------------------------------------
# 2. Filled checklist


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
    story: list[Flowable] = [*d.title_block("filled_title"), *_catalog_note(d, catalog)]
    story += _summary(d, catalog, assessments, score)
    inner = FRAME_WIDTH - INDENT
    for dimension in catalog.dimensions:
        story += d.heading(_head(d, "dimension", dimension))
        for standard in dimension.standards:
            story.append(d.p(_head(d, "standard", standard), d.h2))
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
                        _head(d, "benchmark", bm),
                        d.cell_bold,
                    ),
                    d.p(_mandatory(d, bm), d.cell.but(color=MUTED)),
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
        body.append(d.table(rows, _cols(width, [0.5, 0.2, 0.15, 0.15])))
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
        body.append(d.table(rows, _cols(width, [0.58, 0.2, 0.22])))
    else:
        body.append(d.p(d.t("none"), empty))
    body += [Indenter(left=-INDENT), Spacer(1, 10)]
    return [Spacer(1, 4), head, *body]


def _summary(
    d: Doc, catalog: Catalog, assessments: Mapping[str, Assessment], score: ScoreReport
) -> list[Flowable]:
    counts = {s: 0 for s in Status}
    for bm in catalog.benchmarks():
        counts[(assessments.get(bm.code) or Assessment(bm.code)).status] += 1
    order = [*STATUS_ORDER, Status.NOT_STARTED]
    rows = [
        [d.p(d.t("benchmarks_count"), d.cell_bold)]
        + [d.p(d.status(s), d.cell_bold.but(align="center")) for s in order],
        [d.p(d.num(len(catalog.benchmarks())), d.cell)]
        + [d.p(d.num(counts[s]), d.cell.but(align="center")) for s in order],
    ]
    level = d.level(score.level) if score.level else d.t("no_level")
    w = FRAME_WIDTH / 6
    return [
        d.p(d.t("summary"), d.h1),
        d.table(rows, [w] * 6),
        Spacer(1, 4),
        d.p(
            f"{d.t('score')} {d.t('overall')}: {d.t('percent')} {d.pct(score.overall.percent)}"
            + ("" if d.lang == "th" else " %")
            + f"   ·   {d.t('projected_level')}: {level}",
            d.strong,
        ),
    ]


# ---------------------------------------------------------------------------------------------
# 3. Gap report


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
    story: list[Flowable] = [*d.title_block("report_title"), *_catalog_note(d, catalog)]
    story += _summary(d, catalog, assessments, score)

    # chart and table by dimension
    story += d.heading(d.t("by_dimension"))
    scores = {ds.code: ds.score for ds in score.dimensions}
    bars = [
        (d.t("dimension", code=d.num(dim.code)), scores[dim.code].percent)
        for dim in catalog.dimensions
    ]
    marks = [(lv.value, catalog.thresholds[lv], LEVEL_COLORS[lv]) for lv in LEVELS]
    story.append(ScoreChart(bars, marks, d))
    story.append(d.p(d.t("chart_caption"), d.tiny.but(align="center")))
    story.append(Spacer(1, 6))
    head = ["dimension_col", "met_n", "partial_n", "na_n", "applicable_n", "percent"]
    hstyle = d.tiny.but(font=thai.BOLD, color=d.cell.color, align="center")
    rows = [[d.p(d.t(k), hstyle if k != "dimension_col" else d.cell_bold) for k in head]]
    for dim in catalog.dimensions:
        s = scores[dim.code]
        rows.append(
            [
                d.p(f"{d.num(dim.code)}. {_t(d, dim)}", d.cell),
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

    def line(dim) -> str:
        s = scores[dim.code]
        return d.t(
            "strength_line",
            dimension=_head(d, "dimension", dim),
            percent=d.pct(s.percent),
            met=d.num(s.met),
            applicable=d.num(s.applicable),
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
            story.append(d.p(d.t("mandatory_missing"), d.h2))
            story.append(_benchmark_list(d, catalog, gap.mandatory_missing, statuses))
        if gap.more_needed:
            story.append(
                d.p(
                    d.t("more_needed", n=d.num(gap.more_needed), threshold=d.num(gap.threshold)),
                    d.h2,
                )
            )
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
        story.append(d.table(rows, _cols(FRAME_WIDTH, [0.1, 0.42, 0.2, 0.16, 0.12])))
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
    return d.table(rows, _cols(FRAME_WIDTH, [0.11, 0.67, 0.22]))


# ---------------------------------------------------------------------------------------------
# 4. Submission cover sheet


def cover_sheet(
    out: Out,
    bundle: BundleInfo,
    district: District,
    round_be: int,
    options: PrintOptions | None = None,
) -> int:
    """District, round, bundle id, SHA-256 fingerprint, signer key id and a QR code of the
    fingerprint, for the director to sign and City Hall to match paper and file."""
    options = options or PrintOptions()
    d = Doc(options, district, round_be)
    story: list[Flowable] = [*d.title_block("cover_title")]
    story.append(d.p(d.t("cover_intro")))
    story.append(Spacer(1, 8))
    rows = [
        (d.t("bundle_id"), bundle.bundle_id or bundle.name),
        (d.t("bundle_file"), bundle.name),
        (d.t("bundle_size"), d.t("bytes", n=d.num(f"{bundle.size:,}"))),
        (d.t("fingerprint"), _grouped(bundle.sha256)),
        (d.t("signer_key"), bundle.signer_key_id or d.t("unknown")),
    ]
    story.append(_fields(d, rows))
    story.append(Spacer(1, 10))
    story.append(_qr_block(d, bundle.sha256, d.t("qr_fingerprint")))
    story.append(d.signature_block(["director", "received_by"]))
    return build_pdf(out, d, story, d.t("cover_title"))


# ---------------------------------------------------------------------------------------------
# 5. Key enrolment sheet


@dataclass(frozen=True, slots=True)
class PrintedKey:
    """A public key as the key enrolment sheet prints it (plain text; the key format is the
    bundle code's business, see sealdesk.services.printing.printed_key)."""

    key_id: str  # as minisign displays it: 16 upper-case hex digits
    key_line: str  # the base64 line of the minisign public key file
    fingerprint: str  # SHA-256 of the raw public key, 64 lower-case hex digits


def key_sheet(
    out: Out,
    key: PrintedKey,
    district: District,
    round_be: int,
    options: PrintOptions | None = None,
) -> int:
    """District, public key, key id and fingerprint, QR code and signature lines: how City
    Hall learns on signed paper which key is the district's."""
    options = options or PrintOptions()
    d = Doc(options, district, round_be)
    story: list[Flowable] = [*d.title_block("key_title")]
    story.append(d.p(d.t("key_intro")))
    story.append(Spacer(1, 8))
    rows = [
        (d.t("key_id"), key.key_id),
        (d.t("public_key"), key.key_line),
        (d.t("key_fingerprint"), _grouped(key.fingerprint)),
    ]
    story.append(_fields(d, rows))
    story.append(Spacer(1, 10))
    story.append(_qr_block(d, key.fingerprint, d.t("qr_key")))
    story.append(d.signature_block(["director", "received_by"]))
    return build_pdf(out, d, story, d.t("key_title"))


# ---------------------------------------------------------------------------------------------
# helpers


def _t(d: Doc, item) -> str:
    return item.title.get(d.lang)


def _head(d: Doc, key: str, item) -> str:
    """ "มิติที่ 1 การวางแผน..." / "Dimension 1: Planning..." """
    sep = " " if d.lang == "th" else ": "
    return f"{d.t(key, code=d.num(item.code))}{sep}{_t(d, item)}"


def _mandatory(d: Doc, bm: Benchmark) -> str:
    levels = [lv for lv in LEVELS if bm.mandatory_for(lv)]
    return d.t("mandatory_for", levels=d.levels(levels)) if levels else d.t("not_mandatory")


def _cols(width: float, parts: Sequence[float]) -> list[float]:
    return [width * p for p in parts]


def _grouped(hex_text: str) -> str:
    """64 hex digits as two lines of eight groups of four, for reading aloud."""
    grouped = group_hex(hex_text, 4)
    parts = grouped.split(" ")
    return " ".join(parts[:8]) + "\n" + " ".join(parts[8:])


def _catalog_note(d: Doc, catalog: Catalog) -> list[Flowable]:
    line = d.t("catalog_edition", edition=catalog.edition, version=catalog.version)
    if catalog.is_template:
        line += f" · {d.t('template_note')}"
    return [d.p(line, d.tiny.but(align="center")), Spacer(1, 6)]


def _fields(d: Doc, rows: list[tuple[str, str]]) -> Table:
    """A label/value table whose first rows are the district and the round."""
    label_w = 5.2 * cm if d.lang == "th" else 4.6 * cm
    table_rows = [
        [d.p(label, d.cell_bold), d.p(value, d.body.but(size=d.cell.size + 1))]
        for label, value in [
            (_district_label(d), d.district.name(d.lang)),
            (_round_label(d), d.num(d.round_be)),
            *rows,
        ]
    ]
    return d.table(
        table_rows,
        [label_w, FRAME_WIDTH - label_w],
        header=False,
        extra=[("BACKGROUND", (0, 0), (0, -1), BAND_FILL)],
    )


def _district_label(d: Doc) -> str:
    return "สำนักงานเขต" if d.lang == "th" else "District office"


def _round_label(d: Doc) -> str:
    return "รอบการประเมิน (พ.ศ.)" if d.lang == "th" else "Assessment round (B.E.)"


def _qr_block(d: Doc, data: str, caption: str) -> Flowable:
    qr = QRCode(data, 4.4 * cm)
    text = [d.p(caption, d.small), Spacer(1, 4), d.p(data[:32] + "\n" + data[32:], d.tiny)]
    table = Table([[qr, text]], colWidths=[5 * cm, FRAME_WIDTH - 5 * cm])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("FONTNAME", (0, 0), (-1, -1), thai.REGULAR),
                ("LEFTPADDING", (0, 0), (0, 0), 0),
            ]
        )
    )
    return KeepTogether([table])


__all__ = [
    "PrintedKey",
    "ThaiParagraph",
    "blank_checklist",
    "cover_sheet",
    "filled_checklist",
    "gap_report",
    "key_sheet",
]
