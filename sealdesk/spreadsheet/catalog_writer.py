"""A catalog written as a workbook for the people who define the criteria.

Headers in Thai and English, the column ids above them (what the reader keys on), frozen
panes (the header rows, the kind and code columns), widths that fit Thai text, wrapped cells,
drop-down lists for the kind of row, the status and the yes/no flags, and every code stored
as text (so Excel never turns 1.10 into 1.1). Tahoma, present on every Windows PC, draws Thai.
"""

from __future__ import annotations

import re
from typing import Any, BinaryIO

from sealdesk.domain.catalog import Catalog
from sealdesk.domain.status import LEVELS
from sealdesk.domain.text import Text
from sealdesk.spreadsheet.catalog_layout import (
    BENCHMARK,
    COLUMNS,
    CONTENT_SHEET,
    DIMENSION,
    META_FIELDS,
    META_HEADERS,
    META_SHEET,
    NO,
    STANDARD,
    YES,
)
from sealdesk.translation import translate_to

FONT = "Tahoma"
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
"""Control characters XML 1.0 (so a workbook) cannot hold; left out of what is written."""
_FILLS = {DIMENSION: "C9DAF8", STANDARD: "E8EEF5", BENCHMARK: None}


def _both(text: str) -> str:
    """A label in Thai, then English, on two lines."""
    return f"{translate_to('th', 'CatalogWorkbook', text)}\n{text}"


def _meta_values(catalog: Catalog) -> dict[str, Any]:
    values: dict[str, Any] = {
        "edition": catalog.edition,
        "version": catalog.version,
        "status": catalog.status,
        "title[th]": catalog.title.th,
        "title[en]": catalog.title.en,
        "note[th]": catalog.note.th,
        "note[en]": catalog.note.en,
        "valid_from": catalog.valid_from,
    }
    for level in LEVELS:
        values[f"threshold[{level.value}]"] = catalog.thresholds[level]
    return values


def _clean(value: Any) -> Any:
    return _CONTROL.sub("", value) if isinstance(value, str) else value


def _row(kind: str, code: str, title: Text, description: Text) -> list[Any]:
    return [kind, code, title.th, title.en, description.th, description.en]


def content_rows(catalog: Catalog) -> list[list[Any]]:
    """The content sheet's rows below its two header rows, in column order."""
    rows: list[list[Any]] = []
    for dim in catalog.dimensions:
        rows.append(_row(DIMENSION, dim.code, dim.title, dim.description))
        for std in dim.standards:
            rows.append(_row(STANDARD, std.code, std.title, std.description))
            for bm in std.benchmarks:
                row = _row(BENCHMARK, bm.code, bm.title, bm.description)
                row.append("\n".join(item.th for item in bm.verification))
                row.append("\n".join(item.en for item in bm.verification))
                row += [YES if level in bm.mandatory else NO for level in LEVELS]
                rows.append(row)
    return rows


def write_catalog_workbook(out: BinaryIO, catalog: Catalog) -> int:
    """Writes ``catalog`` as an XLSX workbook to ``out``; returns its number of benchmarks."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    book = Workbook()
    meta = book.active
    meta.title = META_SHEET
    head_font = Font(name=FONT, bold=True)
    id_font = Font(name=FONT, size=9, color="666666")
    body_font = Font(name=FONT)
    wrap = Alignment(wrap_text=True, vertical="top")
    head_fill = PatternFill("solid", fgColor="D9D9D9")

    meta.append([_both(h) for h in META_HEADERS])
    for cell in meta[1]:
        cell.font, cell.fill, cell.alignment = head_font, head_fill, wrap
    values = _meta_values(catalog)
    for field_id, meaning in META_FIELDS:
        meta.append([field_id, _clean(values[field_id]), _both(meaning)])
        row = meta.max_row
        meta.cell(row, 1).font = id_font
        value = meta.cell(row, 2)
        value.font, value.alignment = body_font, wrap
        if field_id == "valid_from":
            value.number_format = "yyyy-mm-dd"
        elif not field_id.startswith("threshold"):
            value.number_format = "@"
        meta.cell(row, 3).font, meta.cell(row, 3).alignment = id_font, wrap
    meta.column_dimensions["A"].width = 18
    meta.column_dimensions["B"].width = 60
    meta.column_dimensions["C"].width = 50
    meta.freeze_panes = "B2"
    status_list = DataValidation(type="list", formula1='"template,official"', allow_blank=False)
    meta.add_data_validation(status_list)
    status_list.add(f"B{2 + [f[0] for f in META_FIELDS].index('status')}")

    sheet = book.create_sheet(CONTENT_SHEET)
    sheet.append([c[0] for c in COLUMNS])
    sheet.append([_both(c[1]) for c in COLUMNS])
    for cell in sheet[1]:
        cell.font = id_font
    for cell in sheet[2]:
        cell.font, cell.fill, cell.alignment = head_font, head_fill, wrap
    sheet.row_dimensions[2].height = 45
    rows = content_rows(catalog)
    for values_row in rows:
        sheet.append([_clean(value) for value in values_row])
        r = sheet.max_row
        kind = values_row[0]
        fill = _FILLS[kind]
        for c in range(1, len(COLUMNS) + 1):
            cell = sheet.cell(r, c)
            cell.font = Font(name=FONT, bold=kind != BENCHMARK)
            cell.alignment = wrap
            cell.number_format = "@"
            if fill:
                cell.fill = PatternFill("solid", fgColor=fill)
    for index, (_, _, width) in enumerate(COLUMNS, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.freeze_panes = "C3"  # the id and label rows; the kind and code columns
    last = max(sheet.max_row, 3) + 500  # room for rows people add
    kinds = DataValidation(type="list", formula1=f'"{DIMENSION},{STANDARD},{BENCHMARK}"')
    flags = DataValidation(type="list", formula1=f'"{YES},{NO}"', allow_blank=True)
    sheet.add_data_validation(kinds)
    sheet.add_data_validation(flags)
    kinds.add(f"A3:A{last}")
    first_flag = get_column_letter(len(COLUMNS) - len(LEVELS) + 1)
    flags.add(f"{first_flag}3:{get_column_letter(len(COLUMNS))}{last}")
    book.save(out)
    return len(catalog.benchmarks())
