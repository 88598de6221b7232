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
    CODE_RE,
    DEFAULT_THRESHOLDS,
    Benchmark,
    Catalog,
    Dimension,
    Standard,
    parse_catalog,
)
from sealdesk.domain.catalog_toml import catalog_toml
from sealdesk.domain.status import LEVELS, Level
from sealdesk.domain.text import Text
from sealdesk.errors import CatalogError, render_message
from sealdesk.spreadsheet import catalog_errors as E
from sealdesk.spreadsheet.catalog_layout import (
    BENCHMARK,
    CODE,
    COLUMN_IDS,
    CONTENT_SHEET,
    DIMENSION,
    FLAG_COLUMNS,
    FLAGS,
    KIND,
    KINDS,
    META_IDS,
    META_SHEET,
    STANDARD,
)
from sealdesk.spreadsheet.guard import DAMAGED, check_workbook_zip

MAX_ROWS = 5_000
"""The most rows a sheet may have (the shipped catalog has 65 content rows)."""
MAX_COLUMNS = 64
"""Columns read a row; anything further right is ignored."""
BE_OFFSET = 543
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


def _letter(index: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(index + 1)


class _Sheet:
    """A sheet's values (rows of at most MAX_COLUMNS cells), with where-to-say-it helpers."""

    def __init__(self, file: str, name: str, rows: list[tuple[Any, ...]]) -> None:
        self.file, self.name, self.rows = file, name, rows
        self.ids: dict[str, int] = {}

    def error(
        self, template: str, row: int | None = None, col: int | None = None, **params: Any
    ) -> CatalogError:
        where: dict[str, Any] = {"file": self.file, "sheet": self.name}
        if row is not None:
            where["row"] = row
        if col is not None:
            ident = next((k for k, v in self.ids.items() if v == col), "")
            where["column"] = f"{_letter(col)} ({ident})" if ident else _letter(col)
        return CatalogError(template, **where, **params)


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
                        (wanted, f"{_letter(c)}{r}")
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


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else str(value)
    return str(value).replace("\r\n", "\n").replace("\r", "\n").strip()


def _cell(row: tuple[Any, ...], col: int | None) -> Any:
    return row[col] if col is not None and col < len(row) else None


def read_catalog_workbook(data: bytes, name: str) -> WorkbookCatalog:
    """Reads a catalog workbook (the bytes of an .xlsx file named ``name``)."""
    check_workbook_zip(data, name)
    sheets, formulas = _read_sheets(data, name, data_only=False)
    warnings: list[WorkbookWarning] = []
    if formulas:
        sheets, _ = _read_sheets(data, name, data_only=True)
        for sheet, cell in formulas:
            r, c = _where(cell)
            if _cell(sheets[sheet][r - 1], c) is None:
                warnings.append(
                    WorkbookWarning(
                        E.FORMULA_NOT_COMPUTED, {"file": name, "sheet": sheet, "cell": cell}
                    )
                )
    meta = _Sheet(name, META_SHEET, sheets[META_SHEET])
    head = _read_meta(meta, warnings)
    content = _Sheet(name, CONTENT_SHEET, sheets[CONTENT_SHEET])
    dimensions = _read_content(content)
    draft = Catalog(dimensions=dimensions, sha256="", source_text="", **head)
    text = catalog_toml(draft)
    return WorkbookCatalog(parse_catalog(text, name), text, tuple(warnings))


def _where(cell: str) -> tuple[int, int]:
    from openpyxl.utils.cell import column_index_from_string, coordinate_from_string

    letters, row = coordinate_from_string(cell)
    return row, column_index_from_string(letters) - 1


def _read_meta(sheet: _Sheet, warnings: list[WorkbookWarning]) -> dict[str, Any]:
    values: dict[str, tuple[int, Any]] = {}
    sheet.ids = {"field": 0, "value": 1}
    for r, row in enumerate(sheet.rows[1:], start=2):
        key = _text(_cell(row, 0)).lower()
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
        values[key] = (r, _cell(row, 1))

    def text(key: str, required: bool = True) -> str:
        value = _text(values.get(key, (0, None))[1])
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
        if key in values and _text(values[key][1]):
            thresholds[level] = _percentage(sheet, key, *values[key])
    ordered = [thresholds[level] for level in LEVELS]
    if ordered != sorted(ordered):
        raise sheet.error(E.META_THRESHOLD_ORDER)
    valid_from = None
    if "valid_from" in values and _text(values["valid_from"][1]):
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


def _percentage(sheet: _Sheet, key: str, row: int, value: Any) -> int:
    raw = _text(value).rstrip("%").strip()
    if isinstance(value, float) and 0 < value < 1:  # a cell formatted as percent: 0.6
        raw = _text(round(value * 100, 6))
    if not raw.isdigit() or not 0 < int(raw) <= 100:
        raise sheet.error(E.META_THRESHOLD, row, field=key, value=_text(value))
    return int(raw)


def _date(sheet: _Sheet, row: int, value: Any) -> date:
    if isinstance(value, datetime):
        day = value.date()
    elif isinstance(value, date):
        day = value
    else:
        match = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", _text(value))
        try:
            if match is None:
                raise ValueError
            day = date(*(int(part) for part in match.groups()))
        except ValueError:
            raise sheet.error(E.META_DATE, row, value=_text(value)) from None
    if day.year >= _BE_FROM:
        day = day.replace(year=day.year - BE_OFFSET)
    return day


def _read_content(sheet: _Sheet) -> tuple[Dimension, ...]:
    if not sheet.rows:
        raise sheet.error(E.NO_DIMENSION)
    for c, value in enumerate(sheet.rows[0]):
        ident = _text(value).lower()
        if not ident:
            continue
        if ident in sheet.ids:
            raise sheet.error(E.COLUMN_TWICE, 1, c, name=ident)
        sheet.ids[ident] = c
    for ident in COLUMN_IDS:
        if ident != KIND and ident not in sheet.ids:
            raise sheet.error(E.NO_COLUMN, name=ident)
    return _Builder(sheet).build(sheet.rows[2:])


@dataclass
class _Group:
    row: int
    code: str
    title: Text
    description: Text
    children: list[Any] = field(default_factory=list)


class _Builder:
    """Turns the content rows into dimensions, standards and benchmarks, checking each cell."""

    def __init__(self, sheet: _Sheet) -> None:
        self.sheet = sheet
        self.col = sheet.ids
        self.seen: dict[str, int] = {}
        self.dimensions: list[_Group] = []
        self.dimension: _Group | None = None
        self.standard: _Group | None = None

    def value(self, row: tuple[Any, ...], ident: str) -> str:
        return _text(_cell(row, self.col.get(ident)))

    def build(self, rows: list[tuple[Any, ...]]) -> tuple[Dimension, ...]:
        for r, row in enumerate(rows, start=3):
            if all(_text(v) == "" for v in row):
                continue
            self.take(r, row)
        if not self.dimensions:
            raise self.sheet.error(E.NO_DIMENSION)
        out = []
        for dim in self.dimensions:
            if not dim.children:
                raise self.sheet.error(E.DIMENSION_EMPTY, dim.row, code=dim.code)
            standards = []
            for std in dim.children:
                if not std.children:
                    raise self.sheet.error(E.STANDARD_EMPTY, std.row, code=std.code)
                standards.append(
                    Standard(std.code, std.title, std.description, tuple(std.children))
                )
            out.append(Dimension(dim.code, dim.title, dim.description, tuple(standards)))
        return tuple(out)

    def kind_of(self, r: int, row: tuple[Any, ...], code: str) -> str:
        raw = self.value(row, KIND)
        if raw:
            kind = KINDS.get(raw.lower())
            if kind is None:
                raise self.sheet.error(E.KIND_UNKNOWN, r, self.col[KIND], value=raw)
            return kind
        # no kind given: told by where the code fits (1 / 1.1 under it / 1.1.1 under that)
        if "." not in code:
            return DIMENSION
        if self.standard is not None and code.startswith(self.standard.code + "."):
            return BENCHMARK
        if self.dimension is not None and code.startswith(self.dimension.code + "."):
            return STANDARD
        raise self.sheet.error(E.KIND_MISSING, r, self.col.get(KIND, self.col[CODE]))

    def take(self, r: int, row: tuple[Any, ...]) -> None:
        s, col = self.sheet, self.col
        code = self.value(row, CODE)
        if not code:
            raise s.error(E.CODE_MISSING, r, col[CODE])
        if not CODE_RE.match(code):
            raise s.error(E.CODE_BAD, r, col[CODE], value=code)
        kind = self.kind_of(r, row, code)
        if code in self.seen:
            raise s.error(E.CODE_TWICE, r, col[CODE], code=code, other=self.seen[code])
        title = Text(self.value(row, "title[th]"), self.value(row, "title[en]"))
        if not title.th:
            raise s.error(E.TITLE_TH, r, col["title[th]"])
        if not title.en:
            raise s.error(E.TITLE_EN, r, col["title[en]"])
        description = Text(self.value(row, "description[th]"), self.value(row, "description[en]"))
        verification = (self.value(row, "verification[th]"), self.value(row, "verification[en]"))
        flags = [(ident, self.value(row, ident)) for ident in FLAG_COLUMNS]
        if kind != BENCHMARK:
            if description.th and not description.en:
                raise s.error(E.HALF, r, col["description[en]"], other="description[th]")
            if description.en and not description.th:
                raise s.error(E.HALF, r, col["description[th]"], other="description[en]")
            for ident, value in zip(
                ("verification[th]", "verification[en]"), verification, strict=True
            ):
                if value:
                    raise s.error(E.VERIFICATION_NOT_HERE, r, col[ident])
            for ident, value in flags:
                if value:
                    raise s.error(E.FLAG_NOT_HERE, r, col[ident])
        self.seen[code] = r
        if kind == DIMENSION:
            self.dimension = _Group(r, code, title, description)
            self.standard = None
            self.dimensions.append(self.dimension)
        elif kind == STANDARD:
            if self.dimension is None:
                raise s.error(E.STANDARD_ORPHAN, r, col[CODE], code=code)
            if not code.startswith(self.dimension.code + "."):
                raise s.error(
                    E.NOT_UNDER_DIMENSION, r, col[CODE], code=code, parent=self.dimension.code
                )
            self.standard = _Group(r, code, title, description)
            self.dimension.children.append(self.standard)
        else:
            if self.standard is None or self.dimension is None:
                raise s.error(E.BENCHMARK_ORPHAN, r, col[CODE], code=code)
            if not code.startswith(self.standard.code + "."):
                raise s.error(
                    E.NOT_UNDER_STANDARD, r, col[CODE], code=code, parent=self.standard.code
                )
            self.standard.children.append(
                self.benchmark(r, code, title, description, verification, flags)
            )

    def benchmark(
        self,
        r: int,
        code: str,
        title: Text,
        description: Text,
        verification: tuple[str, str],
        flags: list[tuple[str, str]],
    ) -> Benchmark:
        s, col = self.sheet, self.col
        if not description.th:
            raise s.error(E.DESCRIPTION_TH, r, col["description[th]"])
        if not description.en:
            raise s.error(E.DESCRIPTION_EN, r, col["description[en]"])
        th_lines = [line.strip() for line in verification[0].split("\n") if line.strip()]
        en_lines = [line.strip() for line in verification[1].split("\n") if line.strip()]
        if not th_lines:
            raise s.error(E.VERIFICATION_MISSING, r, col["verification[th]"])
        if not en_lines:
            raise s.error(E.VERIFICATION_MISSING, r, col["verification[en]"])
        if len(th_lines) != len(en_lines):
            raise s.error(E.VERIFICATION_LINES, r)
        mandatory: set[Level] = set()
        for level, (ident, raw) in zip(LEVELS, flags, strict=True):
            flag = FLAGS.get(raw.lower()) if raw else False
            if flag is None:
                raise s.error(E.FLAG_BAD, r, col[ident], value=raw)
            if flag:
                mandatory.add(level)
            elif mandatory:  # a lower level is mandatory, this one is not
                raise s.error(E.FLAG_NOT_PROGRESSIVE, r, col[ident])
        return Benchmark(
            code=code,
            title=title,
            description=description,
            verification=tuple(Text(th, en) for th, en in zip(th_lines, en_lines, strict=True)),
            mandatory=frozenset(mandatory),
            dimension_code=self.dimension.code,  # type: ignore[union-attr]
            standard_code=self.standard.code,  # type: ignore[union-attr]
        )
