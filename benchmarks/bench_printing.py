"""Times the printed documents.

    .venv/bin/python benchmarks/bench_printing.py

Reports: the one-time load of the Thai word segmenter; the filled checklist of the shipped
40-benchmark catalog with a distinct Thai narrative, justification, action and evidence per
benchmark (first build in the process, then the median of repeated builds); the same for a
synthetic 400-benchmark catalog; and the blank checklist and gap report for comparison.
"""

from __future__ import annotations

import io
import statistics
import sys
import time
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

T0 = time.perf_counter()
from sealdesk.domain.assessment import ActionItem, Assessment, Evidence  # noqa: E402
from sealdesk.domain.catalog import Catalog, load_catalog  # noqa: E402
from sealdesk.domain.districts import district  # noqa: E402
from sealdesk.domain.status import Status  # noqa: E402
from sealdesk.printing import documents, thai  # noqa: E402
from sealdesk.printing.layout import PrintOptions  # noqa: E402
from sealdesk.resources import default_catalog_path  # noqa: E402

IMPORT_S = time.perf_counter() - T0

WORDS = (
    "สำนักงานเขตได้จัดทำแผนปฏิบัติการด้านความเท่าเทียมทางเพศ โดยวิเคราะห์ข้อมูลจำแนกตามเพศ"
    " ของผู้รับบริการและบุคลากร จัดสรรงบประมาณที่ตอบสนองต่อมิติหญิงชาย อบรมเจ้าหน้าที่"
    " ทุกฝ่าย และรายงานผลต่อผู้อำนวยการเขตทุกไตรมาส มีห้องให้นมบุตรและมุมดูแลเด็กเล็ก"
    " มาตรการป้องกันการคุกคามทางเพศ ช่องทางร้องเรียนที่เป็นความลับ"
).split()
STATUSES = [Status.MET, Status.PARTIALLY_MET, Status.NOT_MET, Status.MET, Status.NOT_APPLICABLE]


def big_catalog(base: Catalog, factor: int) -> Catalog:
    """``factor`` copies of every standard (with new codes) in each dimension."""
    dims = []
    for dim in base.dimensions:
        standards = []
        for k in range(factor):
            for std in dim.standards:
                code = f"{std.code}{k}" if k else std.code
                bms = tuple(
                    replace(b, code=f"{code}.{b.code.rsplit('.', 1)[1]}", standard_code=code)
                    for b in std.benchmarks
                )
                standards.append(replace(std, code=code, benchmarks=bms))
        dims.append(replace(dim, standards=tuple(standards)))
    return Catalog(
        base.edition,
        base.version,
        base.status,
        base.title,
        base.note,
        base.thresholds,
        tuple(dims),
        base.sha256,
        base.source_text,
    )


def workload(catalog: Catalog) -> tuple[dict[str, Assessment], list[Evidence]]:
    assessments = {}
    evidence = []
    for i, bm in enumerate(catalog.benchmarks()):
        # a distinct narrative per benchmark, so no segmentation result is reused
        words = [WORDS[(i * 7 + j * 3) % len(WORDS)] for j in range(24)]
        narrative = "".join(words) + f" ({bm.code}) งบประมาณ {i * 12500:,} บาท"
        action = ActionItem(i, bm.code, f"ติดตามผลการดำเนินงานเกณฑ์ {bm.code}", "ฝ่ายปกครอง",
                            date(2026, 3, 31), i % 2 == 0)  # fmt: skip
        assessments[bm.code] = Assessment(
            bm.code, STATUSES[i % 5], narrative, "หลักฐานครบถ้วนตามเกณฑ์", (action,)
        )
        evidence.append(
            Evidence(i, f"{i:064x}", f"หลักฐานเกณฑ์ {bm.code}.pdf", 1000, "application/pdf",
                     datetime(2026, 1, 1), "x", date(2025, 10, 1), None, "", "", (bm.code,))
        )  # fmt: skip
    return assessments, evidence


def timed(fn, repeat: int) -> tuple[float, float, int]:
    """(first run s, median of the following runs s, pages)."""
    runs = []
    pages = 0
    for _ in range(repeat + 1):
        start = time.perf_counter()
        pages = fn()
        runs.append(time.perf_counter() - start)
    return runs[0], statistics.median(runs[1:]), pages


def main() -> int:
    base = load_catalog(default_catalog_path())
    place = district("1004")
    options = PrintOptions(print_date=date(2026, 11, 25))
    thai.register_fonts()

    start = time.perf_counter()
    thai.warm_up()
    segmenter_s = time.perf_counter() - start

    print(f"imports (sealdesk.printing + reportlab): {IMPORT_S * 1000:.0f} ms")
    print(f"one-time Thai segmenter load (pythainlp newmm): {segmenter_s * 1000:.0f} ms")
    for label, catalog, repeat in (("40", base, 5), ("400", big_catalog(base, 10), 2)):
        assessments, evidence = workload(catalog)
        n = len(catalog.benchmarks())

        def filled(catalog=catalog, assessments=assessments, evidence=evidence) -> int:
            return documents.filled_checklist(
                io.BytesIO(), catalog, assessments, evidence, place, 2569, options
            )

        def blank(catalog=catalog) -> int:
            return documents.blank_checklist(io.BytesIO(), catalog, place, 2569, options)

        def report(catalog=catalog, assessments=assessments) -> int:
            return documents.gap_report(io.BytesIO(), catalog, assessments, place, 2569, options)

        for name, fn in (("filled checklist", filled), ("blank checklist", blank),
                         ("gap report", report)):  # fmt: skip
            first, median, pages = timed(fn, repeat)
            print(
                f"{label:>3}-benchmark catalog ({n}), {name}: {pages} pages, "
                f"first {first * 1000:.0f} ms, then {median * 1000:.0f} ms (median of {repeat})"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
