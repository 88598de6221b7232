"""A catalog workbook read back into a catalog, with errors a clerk can act on.

The file is first checked as a zip (spreadsheet/guard.py), then read with openpyxl in
read-only mode (streamed, never the whole sheet in memory), at most MAX_ROWS rows and
MAX_COLUMNS columns a sheet; formatting is ignored. Every problem is one CatalogError naming
the workbook, the sheet, the row and the column (letter and id) and what is wrong, in the
clerk's language. A formula whose value was never computed (the file was written by a program,
not saved by Excel or LibreOffice) is read as empty, with a warning naming its cell.

What is read is built into domain objects, written as TOML (domain/catalog_toml.py) and that
text parsed again by the catalog loader, so a workbook can never yield a catalog the TOML
loader would refuse, and the catalog returned is exactly the TOML file written.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sealdesk.domain.catalog import (
    DEFAULT_THRESHOLDS,
    Catalog,
    parse_catalog,
)
from sealdesk.domain.catalog_toml import catalog_toml
from sealdesk.domain.status import LEVELS
from sealdesk.domain.text import Text
from sealdesk.domain.thaidate import BE_OFFSET
from sealdesk.errors import CatalogError, render_message
from sealdesk.spreadsheet import catalog_errors as E
from sealdesk.spreadsheet.catalog_layout import (
    CONTENT_SHEET,
    META_IDS,
    META_SHEET,
)
from sealdesk.spreadsheet.catalog_rows import Sheet, cell_at, cell_text, letter, read_content
from sealdesk.spreadsheet.guard import DAMAGED, check_workbook_zip

MAX_ROWS = 5_000
"""The most rows a sheet may have (the shipped catalog has 65 content rows)."""
MAX_COLUMNS = 64
"""Columns read a row; anything further right is ignored."""
_BE_FROM = 2400  # a year from here on is Buddhist Era (2567 = 2024)


@dataclass(frozen=True, slots=True)
class WorkbookWarning:
    """Something the clerk should know that did not stop the reading (context CatalogWorkbook)."""

    template: str
    params: dict[str, Any] = field(default_factory=dict)

    def english(self) -> str:
        return self.template.format(**self.params)

    def render(self, translate: Any = None) -> str:
        return render_message("CatalogWorkbook", self.template, self.params, translate)


@dataclass(frozen=True)
class WorkbookCatalog:
    """A workbook read back: the catalog, its TOML text (what ``catalog`` was parsed from)
    and the warnings."""

    catalog: Catalog
    toml_text: str
    warnings: tuple[WorkbookWarning, ...]


def _read_sheets(data: bytes, name: str, data_only: bool) -> tuple[dict[str, list], list]:
    """Both sheets' values, and the (sheet, cell) of every formula (with data_only False)."""
    from openpyxl import load_workbook

    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=data_only)
    except CatalogError:
        raise
    except Exception:  # whatever a damaged or hostile part makes openpyxl raise
        raise CatalogError(DAMAGED, file=name) from None
    sheets: dict[str, list] = {}
    formulas: list[tuple[str, str]] = []
    try:
        for wanted in (META_SHEET, CONTENT_SHEET):
            if wanted not in book.sheetnames:
                raise CatalogError(E.NO_SHEET, file=name, sheet=wanted)
            ws = book[wanted]
            rows = []
            for r, row in enumerate(
                ws.iter_rows(max_row=MAX_ROWS + 1, max_col=MAX_COLUMNS, values_only=True),
                start=1,
            ):
                if r > MAX_ROWS:
                    raise CatalogError(E.TOO_MANY_ROWS, file=name, sheet=wanted, limit=MAX_ROWS)
                rows.append(row)
                if not data_only:
                    formulas += [
                        (wanted, f"{letter(c)}{r}")
                        for c, v in enumerate(row)
                        if isinstance(v, str) and v.startswith("=")
                    ]
            sheets[wanted] = rows
    except CatalogError:
        raise
    except Exception:
        raise CatalogError(DAMAGED, file=name) from None
    finally:
        book.close()
    return sheets, formulas


def read_catalog_workbook(data: bytes, name: str) -> WorkbookCatalog:
    """Reads a catalog workbook (the bytes of an .xlsx file named ``name``)."""
    check_workbook_zip(data, name)
    sheets, formulas = _read_sheets(data, name, data_only=False)
    warnings: list[WorkbookWarning] = []
    if formulas:
        sheets, _ = _read_sheets(data, name, data_only=True)
        for sheet, cell in formulas:
            r, c = _where(cell)
            if cell_at(sheets[sheet][r - 1], c) is None:
                warnings.append(
                    WorkbookWarning(
                        E.FORMULA_NOT_COMPUTED, {"file": name, "sheet": sheet, "cell": cell}
                    )
                )
    meta = Sheet(name, META_SHEET, sheets[META_SHEET])
    head = _read_meta(meta, warnings)
    content = Sheet(name, CONTENT_SHEET, sheets[CONTENT_SHEET])
    dimensions = read_content(content)
    draft = Catalog(dimensions=dimensions, sha256="", source_text="", **head)
    text = catalog_toml(draft)
    return WorkbookCatalog(parse_catalog(text, name), text, tuple(warnings))


def _where(cell: str) -> tuple[int, int]:
    from openpyxl.utils.cell import column_index_from_string, coordinate_from_string

    letters, row = coordinate_from_string(cell)
    return row, column_index_from_string(letters) - 1


def _read_meta(sheet: Sheet, warnings: list[WorkbookWarning]) -> dict[str, Any]:
    values: dict[str, tuple[int, Any]] = {}
    sheet.ids = {"field": 0, "value": 1}
    for r, row in enumerate(sheet.rows[1:], start=2):
        key = cell_text(cell_at(row, 0)).lower()
        if not key:
            continue
        if key not in META_IDS:
            warnings.append(
                WorkbookWarning(
                    E.UNKNOWN_FIELD,
                    {"file": sheet.file, "sheet": sheet.name, "row": r, "field": key},
                )
            )
            continue
        if key in values:
            raise sheet.error(E.META_TWICE, r, field=key)
        values[key] = (r, cell_at(row, 1))

    def text(key: str, required: bool = True) -> str:
        value = cell_text(values.get(key, (0, None))[1])
        if required and not value:
            raise sheet.error(E.META_MISSING, field=key)
        return value

    status = text("status")
    if status not in ("template", "official"):
        raise sheet.error(E.META_STATUS, values["status"][0], value=status)
    note = Text(text("note[th]", False), text("note[en]", False))
    if bool(note.th) != bool(note.en):
        missing, other = ("note[th]", "note[en]") if not note.th else ("note[en]", "note[th]")
        raise sheet.error(E.META_HALF, field=missing, other=other)
    thresholds = dict(DEFAULT_THRESHOLDS)
    for level in LEVELS:
        key = f"threshold[{level.value}]"
        if key in values and cell_text(values[key][1]):
            thresholds[level] = _percentage(sheet, key, *values[key])
    ordered = [thresholds[level] for level in LEVELS]
    if ordered != sorted(ordered):
        raise sheet.error(E.META_THRESHOLD_ORDER)
    valid_from = None
    if "valid_from" in values and cell_text(values["valid_from"][1]):
        valid_from = _date(sheet, *values["valid_from"])
    return {
        "edition": text("edition"),
        "version": text("version"),
        "status": status,
        "title": Text(text("title[th]"), text("title[en]")),
        "note": note,
        "thresholds": thresholds,
        "valid_from": valid_from,
    }


def _percentage(sheet: Sheet, key: str, row: int, value: Any) -> int:
    raw = cell_text(value).rstrip("%").strip()
    if isinstance(value, float) and 0 < value < 1:  # a cell formatted as percent: 0.6
        raw = cell_text(round(value * 100, 6))
    if not raw.isdigit() or not 0 < int(raw) <= 100:
        raise sheet.error(E.META_THRESHOLD, row, field=key, value=cell_text(value))
    return int(raw)


def _date(sheet: Sheet, row: int, value: Any) -> date:
    if isinstance(value, datetime):
        day = value.date()
    elif isinstance(value, date):
        day = value
    else:
        match = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", cell_text(value))
        try:
            if match is None:
                raise ValueError
            day = date(*(int(part) for part in match.groups()))
        except ValueError:
            raise sheet.error(E.META_DATE, row, value=cell_text(value)) from None
    if day.year >= _BE_FROM:
        day = day.replace(year=day.year - BE_OFFSET)
    return day
