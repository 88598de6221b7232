"""CSV and XLSX writers of the city table (by the file's extension).

CSV is UTF-8 with a byte-order mark: without it Excel on Windows reads the file as the ANSI
code page and the Thai turns to mojibake. XLSX is written with openpyxl (one maintained library
that writes now and reads the catalogs authored in Excel later); it has a header row frozen
with the district columns, widths that fit Thai names, and a second sheet of the common gaps.
"""

from __future__ import annotations

import csv
import io
from pathlib import PurePath
from typing import BinaryIO

from sealdesk.domain.city import CityStatus
from sealdesk.errors import QT_TRANSLATE_NOOP, InputError
from sealdesk.spreadsheet.table import Table, city_table

FORMATS = ("csv", "xlsx")


def format_of(path: PurePath) -> str:
    """ "csv" or "xlsx" from the name's extension; an InputError for anything else."""
    suffix = path.suffix.lower().lstrip(".")
    if suffix not in FORMATS:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Errors", "{name} must end in .csv or .xlsx: the export's format follows the name."
            ),
            name=path.name,
        )
    return suffix


def write_csv(out: BinaryIO, status: CityStatus, lang: str) -> int:
    """The district table as CSV (UTF-8 with BOM); returns the number of district rows."""
    table = city_table(status, lang)
    text = io.TextIOWrapper(out, encoding="utf-8-sig", newline="")
    try:
        writer = csv.writer(text)
        writer.writerow(table.headers)
        for row in table.rows:
            writer.writerow(["" if cell is None else cell for cell in row])
        text.flush()
    finally:
        text.detach()  # the caller owns ``out``
    return len(table.rows)


def write_xlsx(out: BinaryIO, status: CityStatus, lang: str) -> int:
    """The district table and the common gaps as an XLSX workbook; returns the row count."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    table = city_table(status, lang)
    book = Workbook()
    sheet = book.active
    sheet.title = table.sheet_districts
    sheet.append([table.title])
    sheet["A1"].font = Font(bold=True, size=13)
    sheet.append(list(table.headers))
    head_fill = PatternFill("solid", fgColor="E8EEF5")
    for cell in sheet[2]:
        cell.font = Font(bold=True)
        cell.fill = head_fill
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    for row in table.rows:
        sheet.append(list(row))
    sheet.freeze_panes = "C3"  # the title and header rows, the code and name columns
    _fit_widths(sheet, table, get_column_letter)

    gaps = book.create_sheet(table.sheet_gaps)
    gaps.append(list(table.gap_headers))
    for cell in gaps[1]:
        cell.font = Font(bold=True)
        cell.fill = head_fill
    for gap in table.gaps:
        gaps.append(list(gap))
    gaps.freeze_panes = "A2"
    gaps.column_dimensions["A"].width = 12
    gaps.column_dimensions["B"].width = 70
    gaps.column_dimensions["C"].width = 22
    book.save(out)
    return len(table.rows)


def _fit_widths(sheet, table: Table, letter) -> None:  # type: ignore[no-untyped-def]
    """Column widths from the longest text (Thai combining marks take no width)."""
    for index, header in enumerate(table.headers, start=1):
        values = [header] + [str(r[index - 1] or "") for r in table.rows]
        longest = max(_visible_len(v) for v in values)
        limit = 40 if index <= table.fixed_columns else 14
        sheet.column_dimensions[letter(index)].width = max(6, min(limit, longest + 2))


def _visible_len(text: str) -> int:
    # Thai above/below vowels and tone marks (U+0E31, U+0E34-0E3A, U+0E47-0E4E) add no width
    return sum(
        1
        for ch in text
        if not (ch == "\u0e31" or "\u0e34" <= ch <= "\u0e3a" or "\u0e47" <= ch <= "\u0e4e")
    )


def write_city_table(out: BinaryIO, fmt: str, status: CityStatus, lang: str) -> int:
    """Writes ``status`` as ``fmt`` ("csv" or "xlsx") to ``out``; returns the row count."""
    if fmt == "xlsx":
        return write_xlsx(out, status, lang)
    return write_csv(out, status, lang)
