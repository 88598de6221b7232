"""Catalog workbooks for the tests: the shipped catalog as a workbook, edited with openpyxl
(a real spreadsheet library, the way a person's Excel would change cells), and hand-made zips
for the hostile cases."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from functools import cache
from typing import Any

from openpyxl import Workbook, load_workbook

from sealdesk.domain.catalog import Catalog, load_catalog
from sealdesk.resources import default_catalog_path
from sealdesk.spreadsheet.catalog_writer import write_catalog_workbook


@cache
def shipped() -> Catalog:
    return load_catalog(default_catalog_path())


@cache
def template_bytes() -> bytes:
    out = io.BytesIO()
    write_catalog_workbook(out, shipped())
    return out.getvalue()


def edited(change: Callable[[Workbook], Any]) -> bytes:
    """The template workbook with ``change`` applied by openpyxl, saved again."""
    book = load_workbook(io.BytesIO(template_bytes()))
    change(book)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def column(sheet: Any, ident: str) -> int:
    """The 1-based column whose id (row 1) is ``ident``."""
    for cell in sheet[1]:
        if cell.value == ident:
            return cell.column
    raise KeyError(ident)


def put(book: Workbook, row: int, ident: str, value: Any) -> None:
    sheet = book["benchmarks"]
    sheet.cell(row, column(sheet, ident)).value = value  # cell(..., None) would keep it


def put_meta(book: Workbook, field: str, value: Any) -> None:
    sheet = book["catalog"]
    for row in sheet.iter_rows(min_row=2):
        if row[0].value == field:
            row[1].value = value
            return
    raise KeyError(field)


def replaced(parts: dict[str, bytes], data: bytes | None = None, level: int = 6) -> bytes:
    """``data`` (the template workbook by default) with some zip parts replaced or added."""
    source = zipfile.ZipFile(io.BytesIO(data or template_bytes()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=level) as target:
        for info in source.infolist():
            if info.filename not in parts:
                target.writestr(info.filename, source.read(info.filename))
        for name, content in parts.items():
            target.writestr(name, content)
    return out.getvalue()


def sheet_part(book_data: bytes, title: str) -> str:
    """The zip part holding the sheet called ``title``."""
    book = load_workbook(io.BytesIO(book_data), read_only=True)
    index = book.sheetnames.index(title)
    book.close()
    return f"xl/worksheets/sheet{index + 1}.xml"
