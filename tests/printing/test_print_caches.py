"""Issue 13: what printing remembers within a document (a text wrapped once per font, size
and width; a line's text operators written once per PDF; a table's rows measured once) changes
no byte of the PDF: the same documents built with every cache turned off are identical."""

from __future__ import annotations

import io
from datetime import date, datetime

import pytest
from reportlab.platypus import Table

from sealdesk.domain.assessment import ActionItem, Assessment, Evidence
from sealdesk.domain.catalog import load_catalog
from sealdesk.domain.districts import district
from sealdesk.domain.status import Status
from sealdesk.printing import documents, flowables, layout, linebreak, shaping
from sealdesk.printing.layout import PrintOptions
from sealdesk.resources import default_catalog_path

NARRATIVE = (
    "สำนักงานเขตได้จัดทำแผนปฏิบัติการด้านความเท่าเทียมทางเพศ โดยวิเคราะห์ข้อมูลจำแนกตามเพศ "
) * 12  # long enough to split across pages


class _Forgetful(dict):
    """Stands in for shaping's per-document memory: remembers nothing."""

    def setdefault(self, key, default=None):  # type: ignore[no-untyped-def]
        return {}


def _documents(lang: str) -> list[bytes]:
    catalog = load_catalog(default_catalog_path())
    statuses = [Status.MET, Status.PARTIALLY_MET, Status.NOT_MET, Status.NOT_STARTED]
    assessments = {}
    for i, bm in enumerate(catalog.benchmarks()):
        actions = tuple(
            ActionItem(k, bm.code, f"กิจกรรมที่ {k} ด้านความเท่าเทียม", "ฝ่ายปกครอง", None, k % 2 == 0)
            for k in range(i % 4 * 9)  # up to 27 rows: some tables split across pages
        )
        narrative = NARRATIVE if i % 4 != 3 else ""
        assessments[bm.code] = Assessment(bm.code, statuses[i % 4], narrative, "", actions)
    evidence = [
        Evidence(
            n, f"{n:064x}", f"หลักฐาน {n}.pdf", 1, "application/pdf", datetime(2024, 6, 1), "สมหญิง",
            date(2024, 5, n % 28 + 1), None, "คำอธิบาย", "scanner", (bm.code,),
        )
        for n, bm in enumerate(catalog.benchmarks())
    ]  # fmt: skip
    options = PrintOptions(lang=lang, print_date=date(2024, 7, 9))
    place = district("1004")
    out = []
    for build in (
        lambda f: documents.filled_checklist(
            f, catalog, assessments, evidence, place, 2569, options
        ),
        lambda f: documents.gap_report(f, catalog, assessments, place, 2569, options),
        lambda f: documents.blank_checklist(f, catalog, place, 2569, options),
    ):
        buffer = io.BytesIO()
        build(buffer)
        out.append(buffer.getvalue())
    return out


@pytest.mark.parametrize("lang", ["th", "en"])
def test_the_caches_change_no_byte(monkeypatch: pytest.MonkeyPatch, lang: str) -> None:
    linebreak._remembered_lines.cache_clear()
    remembered = _documents(lang)
    assert linebreak._remembered_lines.cache_info().hits > 0  # the cache was used

    monkeypatch.setattr(layout, "Table", Table)  # ReportLab's own, measuring every time
    monkeypatch.setattr(linebreak, "REMEMBERED_CHARS", -1)
    monkeypatch.setattr(shaping, "_written", _Forgetful())
    linebreak._remembered_lines.cache_clear()
    forgetful = _documents(lang)
    assert linebreak._remembered_lines.cache_info().currsize == 0
    assert [len(pdf) for pdf in forgetful] == [len(pdf) for pdf in remembered]
    assert forgetful == remembered


def test_a_table_is_measured_once_while_it_fits(monkeypatch: pytest.MonkeyPatch) -> None:
    measured: list[float] = []
    real = Table._calc_height

    def counting(table, availHeight, availWidth, H=None, W=None):  # type: ignore[no-untyped-def]
        measured.append(availHeight)
        return real(table, availHeight, availWidth, H, W)

    monkeypatch.setattr(Table, "_calc_height", counting)
    rows = [[flowables.ThaiParagraph("ความเท่าเทียมทางเพศ " * 3, flowables.TextStyle())]] * 6
    ours = flowables.MeasuredTable(rows, colWidths=[120])
    theirs = Table(rows, colWidths=[120])
    height = theirs.wrap(500, 10_000)[1]
    offers = [(500, 10_000), (300, 10_000), (500, 10_000), (500, height / 2), (500, 10_000)]
    measured.clear()
    for offer in offers:  # the same measures as ReportLab's own table
        assert ours.wrap(*offer) == theirs.wrap(*offer)
        assert ours._rowHeights == theirs._rowHeights
    assert measured.count(10_000) == 4 + 1  # ReportLab's table at each of the 4, ours once
    assert measured.count(height / 2) == 1 + 1  # taller than offered: ours measures again
    relative = flowables.MeasuredTable(rows, colWidths=["100%"])
    relative.wrap(500, 10_000)
    assert relative._measured_height is None  # measured as ReportLab does, every time
