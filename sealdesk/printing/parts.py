"""Blocks more than one printed document uses: titles and headings of catalog items, the
"mandatory for" line, column widths, the catalog edition note and the summary table."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import IO

from reportlab.platypus import Flowable, Spacer

from sealdesk.domain.assessment import Assessment
from sealdesk.domain.catalog import Benchmark, Catalog, Dimension, Standard
from sealdesk.domain.scoring import ScoreReport
from sealdesk.domain.status import LEVELS, Status
from sealdesk.printing.layout import FRAME_WIDTH, STATUS_ORDER, Doc

Out = str | Path | IO[bytes]
"""Where a document is written: a path, or a binary file object (io.BytesIO for a preview)."""


def title_of(d: Doc, item: Dimension | Standard | Benchmark) -> str:
    """A catalog item's title in the document's language."""
    return item.title.get(d.lang)


def heading_text(d: Doc, key: str, item: Dimension | Standard | Benchmark) -> str:
    """ "มิติที่ 1 การวางแผน..." / "Dimension 1: Planning..." (``key``: dimension, standard
    or benchmark)"""
    return d.t(f"{key}_heading", code=d.num(item.code), title=title_of(d, item))


def mandatory_line(d: Doc, bm: Benchmark) -> str:
    levels = [lv for lv in LEVELS if bm.mandatory_for(lv)]
    return d.t("mandatory_for", levels=d.levels(levels)) if levels else d.t("not_mandatory")


def columns(width: float, parts: Sequence[float]) -> list[float]:
    return [width * p for p in parts]


def catalog_note(d: Doc, catalog: Catalog) -> list[Flowable]:
    key = "catalog_template" if catalog.is_template else "catalog_edition"
    line = d.t(key, edition=catalog.edition, version=catalog.version)
    return [d.p(line, d.tiny.but(align="center")), Spacer(1, 6)]


def summary(
    d: Doc, catalog: Catalog, assessments: Mapping[str, Assessment], score: ScoreReport
) -> list[Flowable]:
    """The summary: benchmarks counted by status, the overall score and the projected level."""
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
        d.p(d.t("score_line", percent=d.pct(score.overall.percent), level=level), d.strong),
    ]
