"""A CityStatus of all 50 districts drawn against the template catalog, for the city view,
the exports and the city report: built from the real catalog and scoring, no workspace."""

from __future__ import annotations

from datetime import datetime

from sealdesk.domain.catalog import load_catalog
from sealdesk.domain.city import BenchmarkColumn, CityStatus, DistrictRow, SubmissionState
from sealdesk.domain.districts import all_districts
from sealdesk.domain.scoring import score_round
from sealdesk.domain.status import LEVELS, Status
from sealdesk.resources import default_catalog_path

#: districts that sent nothing in the sample
SILENT = ("1003", "1017", "1042")
CYCLE = (Status.MET, Status.MET, Status.PARTIALLY_MET, Status.NOT_MET, Status.NOT_APPLICABLE)


def make_city_status(round_be: int = 2569, office: str = "สำนักงานประสานงาน กทม.") -> CityStatus:
    catalog = load_catalog(default_catalog_path())
    columns = tuple(
        BenchmarkColumn(
            code=b.code,
            dimension_code=b.dimension_code,
            title_th=b.title.get("th"),
            title_en=b.title.get("en"),
            mandatory_from=next((lv for lv in LEVELS if b.mandatory_for(lv)), None),
        )
        for b in catalog.benchmarks()
    )
    # the city's most common gap: a benchmark mandatory only for Gold (or never)
    common = next(c.code for c in columns if c.mandatory_from not in LEVELS[:2])
    rows = []
    for i, d in enumerate(all_districts()):
        if d.code in SILENT:
            rows.append(
                DistrictRow(
                    d.code,
                    d.th,
                    d.en,
                    SubmissionState.NONE,
                    None,
                    None,
                    None,
                    None,
                    None,
                    (),
                    0,
                    None,
                    {},
                )
            )
            continue
        statuses = {
            c.code: CYCLE[(i + j * (i % 3 + 1)) % len(CYCLE)] for j, c in enumerate(columns)
        }
        if i % 4 == 0:
            statuses = {c.code: Status.MET for c in columns}  # a few model districts
            if i % 8 == 0:
                statuses[columns[-1].code] = Status.PARTIALLY_MET
        statuses[common] = Status.NOT_MET
        report = score_round(catalog, statuses)
        gap = report.next_gap
        rows.append(
            DistrictRow(
                district_code=d.code,
                name_th=d.th,
                name_en=d.en,
                state=SubmissionState.VERIFIED,
                submitted_at=datetime(2026, 6, 1 + i % 28, 9, 30),
                received_at=datetime(2026, 6, 2 + i % 27, 14, 5),
                bundle_id=f"b{int(d.code):04d}{i:02d}",
                score_percent=report.overall.percent,
                projected_level=report.level,
                mandatory_missing=tuple(gap.mandatory_missing) if gap else (),
                evidence_count=10 + i,
                catalog_edition=catalog.edition,
                statuses=statuses,
            )
        )
    return CityStatus(round_be, office, columns, tuple(rows))
