"""The rows and headers both spreadsheet formats write, in the sheet's language.

One row per district in district-code order, all 50 even when one sent nothing; then one
column per benchmark with that district's status. Dates are Buddhist Era in Thai, ISO in
English; the texts come from the same translation catalog as the app ("Spreadsheet" context).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sealdesk.domain.city import CityStatus, DistrictRow, SubmissionState
from sealdesk.domain.thaidate import format_date
from sealdesk.errors import QT_TRANSLATE_NOOP
from sealdesk.translation import translate_to

HEADERS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("Spreadsheet", "District code"),
    QT_TRANSLATE_NOOP("Spreadsheet", "District"),
    QT_TRANSLATE_NOOP("Spreadsheet", "State"),
    QT_TRANSLATE_NOOP("Spreadsheet", "Submitted"),
    QT_TRANSLATE_NOOP("Spreadsheet", "Received"),
    QT_TRANSLATE_NOOP("Spreadsheet", "Bundle ID"),
    QT_TRANSLATE_NOOP("Spreadsheet", "Score (%)"),
    QT_TRANSLATE_NOOP("Spreadsheet", "Projected level"),
    QT_TRANSLATE_NOOP("Spreadsheet", "Mandatory benchmarks missing"),
    QT_TRANSLATE_NOOP("Spreadsheet", "Evidence files"),
    QT_TRANSLATE_NOOP("Spreadsheet", "Catalog edition"),
)
"""The fixed columns; the benchmark columns follow, headed by the benchmark code."""

SHEET_DISTRICTS = QT_TRANSLATE_NOOP("Spreadsheet", "Districts")
SHEET_GAPS = QT_TRANSLATE_NOOP("Spreadsheet", "Common gaps")
GAP_HEADERS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("Spreadsheet", "Benchmark"),
    QT_TRANSLATE_NOOP("Spreadsheet", "Title"),
    QT_TRANSLATE_NOOP("Spreadsheet", "Districts not meeting it"),
)
TITLE = QT_TRANSLATE_NOOP("Spreadsheet", "{office}: the districts in round {year}")

Cell = str | float | int | None


@dataclass(frozen=True)
class Table:
    """What a spreadsheet shows, already in its language."""

    title: str
    headers: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]
    gap_headers: tuple[str, ...]
    gaps: tuple[tuple[Cell, ...], ...]
    sheet_districts: str
    sheet_gaps: str
    fixed_columns: int  # how many columns come before the benchmark columns


def _date(value: datetime | None, lang: str) -> str:
    if value is None:
        return ""
    return format_date(value.date(), lang, style="numeric") + value.strftime(" %H:%M")


def _row(row: DistrictRow, status: CityStatus, lang: str) -> tuple[Cell, ...]:
    def t(context: str, text: str) -> str:
        return translate_to(lang, context, text)

    none = row.state is SubmissionState.NONE
    level = t("Level", row.projected_level.label) if row.projected_level else ""
    return (
        row.district_code,
        row.name_th if lang == "th" else row.name_en,
        t("SubmissionState", row.state.label),
        _date(row.submitted_at, lang),
        _date(row.received_at, lang),
        row.bundle_id or "",
        None if row.score_percent is None else round(row.score_percent, 1),
        level,
        " ".join(row.mandatory_missing),
        None if none else row.evidence_count,
        row.catalog_edition or "",
        *(
            "" if none or c.code not in row.statuses else t("Status", row.statuses[c.code].label)
            for c in status.columns
        ),
    )


def city_table(status: CityStatus, lang: str) -> Table:
    """The table of ``status`` in ``lang`` ("th" or "en")."""

    def t(context: str, text: str) -> str:
        return translate_to(lang, context, text)

    titles = {c.code: (c.title_th if lang == "th" else c.title_en) for c in status.columns}
    return Table(
        title=t("Spreadsheet", TITLE).format(office=status.office_name, year=status.round_year_be),
        headers=tuple(t("Spreadsheet", h) for h in HEADERS) + tuple(c.code for c in status.columns),
        rows=tuple(_row(r, status, lang) for r in status.rows),
        gap_headers=tuple(t("Spreadsheet", h) for h in GAP_HEADERS),
        gaps=tuple((code, titles.get(code, ""), n) for code, n in status.common_gaps(limit=1000)),
        sheet_districts=t("Spreadsheet", SHEET_DISTRICTS),
        sheet_gaps=t("Spreadsheet", SHEET_GAPS),
        fixed_columns=len(HEADERS),
    )
