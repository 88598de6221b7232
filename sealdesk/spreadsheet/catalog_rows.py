"""The content sheet of a catalog workbook (``benchmarks``) turned into dimensions, standards
and benchmarks, each cell checked; every problem is a CatalogError naming the row and the
column (letter and id). Rows are in order: a standard belongs to the dimension above it, a
benchmark to the standard above it; an empty kind is told by where the code fits."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sealdesk.domain.catalog import CODE_RE, Benchmark, Dimension, Standard
from sealdesk.domain.status import LEVELS, Level
from sealdesk.domain.text import Text
from sealdesk.errors import CatalogError
from sealdesk.spreadsheet import catalog_errors as E
from sealdesk.spreadsheet.catalog_layout import (
    BENCHMARK,
    CODE,
    COLUMN_IDS,
    DIMENSION,
    FLAG_COLUMNS,
    FLAGS,
    KIND,
    KINDS,
    STANDARD,
)


def letter(index: int) -> str:
    """The column letter of a 0-based column index (0 -> A)."""
    from openpyxl.utils import get_column_letter

    return get_column_letter(index + 1)


class Sheet:
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
            where["column"] = f"{letter(col)} ({ident})" if ident else letter(col)
        return CatalogError(template, **where, **params)


def cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else str(value)
    return str(value).replace("\r\n", "\n").replace("\r", "\n").strip()


def cell_at(row: tuple[Any, ...], col: int | None) -> Any:
    return row[col] if col is not None and col < len(row) else None


def read_content(sheet: Sheet) -> tuple[Dimension, ...]:
    if not sheet.rows:
        raise sheet.error(E.NO_DIMENSION)
    for c, value in enumerate(sheet.rows[0]):
        ident = cell_text(value).lower()
        if not ident:
            continue
        if ident in sheet.ids:
            raise sheet.error(E.COLUMN_TWICE, 1, c, name=ident)
        sheet.ids[ident] = c
    for ident in COLUMN_IDS:
        if ident != KIND and ident not in sheet.ids:
            raise sheet.error(E.NO_COLUMN, name=ident)
    # Row 2 names the columns for people; a row 2 holding a code is data (row 2 deleted).
    second = cell_text(cell_at(sheet.rows[1], sheet.ids[CODE])) if len(sheet.rows) > 1 else ""
    first = 2 if CODE_RE.match(second) else 3
    return _Builder(sheet).build(sheet.rows[first - 1 :], first)


@dataclass
class _Group:
    row: int
    code: str
    title: Text
    description: Text
    children: list[Any] = field(default_factory=list)


class _Builder:
    """Turns the content rows into dimensions, standards and benchmarks, checking each cell."""

    def __init__(self, sheet: Sheet) -> None:
        self.sheet = sheet
        self.col = sheet.ids
        self.seen: dict[str, int] = {}
        self.dimensions: list[_Group] = []
        self.dimension: _Group | None = None
        self.standard: _Group | None = None

    def value(self, row: tuple[Any, ...], ident: str) -> str:
        return cell_text(cell_at(row, self.col.get(ident)))

    def build(self, rows: list[tuple[Any, ...]], first: int) -> tuple[Dimension, ...]:
        """Builds the catalog's tree from ``rows``, the first of them being row ``first``."""
        for r, row in enumerate(rows, start=first):
            if all(cell_text(v) == "" for v in row):
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
