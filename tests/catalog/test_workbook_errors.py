"""Twenty-odd broken catalog workbooks, each refused with its own named error (the sheet, the
row, the column and what is wrong), and one of them in Thai."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from typing import Any

import pytest

from sealdesk.errors import CatalogError
from sealdesk.spreadsheet import catalog_errors as E
from sealdesk.spreadsheet import guard
from sealdesk.spreadsheet.catalog_reader import read_catalog_workbook
from tests.catalog.books import edited, put, put_meta, replaced, sheet_part, template_bytes


def _zip(**parts: bytes) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for name, data in parts.items():
            target.writestr(name, data)
    return out.getvalue()


def _drop_rows(first: int) -> Callable[[Any], None]:
    def change(book: Any) -> None:
        sheet = book["benchmarks"]
        sheet.delete_rows(first, sheet.max_row)

    return change


def _content(row: int, ident: str, value: Any) -> Callable[[], bytes]:
    return lambda: edited(lambda book: put(book, row, ident, value))


def _meta(field: str, value: Any) -> Callable[[], bytes]:
    return lambda: edited(lambda book: put_meta(book, field, value))


def _extra_standard(book: Any) -> None:
    sheet = book["benchmarks"]
    sheet.insert_rows(7)
    for ident, value in (("kind", "standard"), ("code", "1.9"), ("title[th]", "ว่าง"),
                         ("title[en]", "Empty")):  # fmt: skip
        put(book, 7, ident, value)


def _twice(book: Any) -> None:
    sheet = book["catalog"]
    sheet.append(["edition", "again"])


def _rename_sheet(book: Any) -> None:
    book["catalog"].title = "Sheet1"


def _no_title_en(book: Any) -> None:
    sheet = book["benchmarks"]
    sheet["D1"].value = None


CASES: list[tuple[str, Callable[[], bytes], str, dict[str, Any]]] = [
    ("not a zip", lambda: b"edition,version\nx,y\n", guard.NOT_A_WORKBOOK, {}),
    ("old .xls or password", lambda: guard._OLE_MAGIC + bytes(600), guard.OLD_OR_PROTECTED, {}),
    (
        "a zip, not a workbook",
        lambda: _zip(**{"word/document.xml": b"<w/>"}),
        guard.NOT_XLSX_ZIP,
        {},
    ),
    (
        "damaged part",
        lambda: _zip(**{"[Content_Types].xml": b"<Types/>", "xl/workbook.xml": b"<not a workbook"}),
        guard.DAMAGED,
        {},
    ),
    ("meta sheet renamed", lambda: edited(_rename_sheet), E.NO_SHEET, {"sheet": "catalog"}),
    (
        "content sheet deleted",
        lambda: edited(lambda book: book.remove(book["benchmarks"])),
        E.NO_SHEET,
        {"sheet": "benchmarks"},
    ),
    ("edition empty", _meta("edition", None), E.META_MISSING, {"field": "edition"}),
    ("catalog Thai title empty", _meta("title[th]", "  "), E.META_MISSING, {"field": "title[th]"}),
    ("status not known", _meta("status", "draft"), E.META_STATUS, {"row": 4, "value": "draft"}),
    (
        "threshold not a number",
        _meta("threshold[silver]", "seventy"),
        E.META_THRESHOLD,
        {"row": 11},
    ),
    ("threshold above 100", _meta("threshold[gold]", 180), E.META_THRESHOLD, {"value": "180"}),
    ("thresholds fall", _meta("threshold[bronze]", 95), E.META_THRESHOLD_ORDER, {}),
    ("valid from not a date", _meta("valid_from", "next year"), E.META_DATE, {"row": 9}),
    ("a field twice", lambda: edited(_twice), E.META_TWICE, {"field": "edition"}),
    ("note half empty", _meta("note[en]", None), E.META_HALF, {"field": "note[en]"}),
    ("column id removed", lambda: edited(_no_title_en), E.NO_COLUMN, {"name": "title[en]"}),
    (
        "column id twice",
        _content(1, "kind", "code"),
        E.COLUMN_TWICE,
        {"column": "B", "name": "code"},
    ),
    (
        "missing Thai title",
        _content(5, "title[th]", None),
        E.TITLE_TH,
        {"row": 5, "column": "C (title[th])"},
    ),
    (
        "missing English title",
        _content(6, "title[en]", ""),
        E.TITLE_EN,
        {"row": 6, "column": "D (title[en])"},
    ),
    (
        "missing Thai description",
        _content(5, "description[th]", None),
        E.DESCRIPTION_TH,
        {"row": 5},
    ),
    ("code missing", _content(8, "code", None), E.CODE_MISSING, {"row": 8, "column": "B (code)"}),
    ("code malformed", _content(5, "code", "1.1.a"), E.CODE_BAD, {"row": 5, "value": "1.1.a"}),
    (
        "code under the wrong standard",
        _content(6, "code", "1.2.2"),
        E.NOT_UNDER_STANDARD,
        {"row": 6, "code": "1.2.2", "parent": "1.1"},
    ),
    (
        "standard under the wrong dimension",
        _content(7, "code", "2.7"),
        E.NOT_UNDER_DIMENSION,
        {"row": 7, "parent": "1"},
    ),
    ("code used twice", _content(6, "code", "1.1.1"), E.CODE_TWICE, {"row": 6, "other": 5}),
    (
        "kind not known",
        _content(5, "kind", "indicator"),
        E.KIND_UNKNOWN,
        {"row": 5, "column": "A (kind)"},
    ),
    (
        "kind missing, code fits nowhere",
        lambda: edited(lambda b: (put(b, 6, "kind", None), put(b, 6, "code", "9.9.9"))),
        E.KIND_MISSING,
        {"row": 6},
    ),
    (
        "benchmark before any standard",
        lambda: edited(lambda b: put(b, 3, "kind", "benchmark")),
        E.BENCHMARK_ORPHAN,
        {"row": 3},
    ),
    (
        "level flag not yes/no",
        _content(5, "mandatory[silver]", "maybe"),
        E.FLAG_BAD,
        {"row": 5, "column": "J (mandatory[silver])", "value": "maybe"},
    ),
    (
        "level flags not progressive",
        _content(5, "mandatory[gold]", "no"),
        E.FLAG_NOT_PROGRESSIVE,
        {"row": 5, "column": "K (mandatory[gold])"},
    ),
    ("flag on a standard row", _content(4, "mandatory[gold]", "yes"), E.FLAG_NOT_HERE, {"row": 4}),
    (
        "verification on a dimension row",
        _content(3, "verification[th]", "x"),
        E.VERIFICATION_NOT_HERE,
        {"row": 3},
    ),
    (
        "no means of verification",
        _content(5, "verification[en]", None),
        E.VERIFICATION_MISSING,
        {"row": 5, "column": "H (verification[en])"},
    ),
    (
        "verification lines differ",
        _content(5, "verification[th]", "ก\nข"),
        E.VERIFICATION_LINES,
        {"row": 5},
    ),
    (
        "dimension description half",
        _content(3, "description[en]", None),
        E.HALF,
        {"row": 3, "other": "description[th]"},
    ),
    (
        "standard without benchmarks",
        lambda: edited(_extra_standard),
        E.STANDARD_EMPTY,
        {"row": 7, "code": "1.9"},
    ),
    ("no dimension at all", lambda: edited(_drop_rows(3)), E.NO_DIMENSION, {}),
]


@pytest.mark.parametrize(
    ("make", "template", "params"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_each_broken_workbook_has_its_named_error(
    make: Callable[[], bytes], template: str, params: dict[str, Any]
) -> None:
    with pytest.raises(CatalogError) as caught:
        read_catalog_workbook(make(), "criteria.xlsx")
    error = caught.value
    assert error.template == template, error.english()
    assert error.params["file"] == "criteria.xlsx"
    for key, value in params.items():
        assert error.params[key] == value, error.english()
    assert "Traceback" not in error.english() and "Error" not in error.english()


def test_enough_distinct_errors() -> None:
    assert len({c[2] for c in CASES}) >= 20


def test_the_error_in_the_clerks_language() -> None:
    from sealdesk.translation import load_translator

    th = load_translator("th")
    assert th is not None
    with pytest.raises(CatalogError) as caught:
        read_catalog_workbook(_content(5, "title[th]", None)(), "เกณฑ์.xlsx")
    text = caught.value.render(lambda context, source: th.translate(context, source))
    assert text == "สมุดงาน เกณฑ์.xlsx ชีต benchmarks แถว 5 คอลัมน์ C (title[th]): ไม่มีชื่อภาษาไทย"


def test_the_sheet_parts_exist() -> None:
    assert sheet_part(template_bytes(), "benchmarks") == "xl/worksheets/sheet2.xml"
    assert replaced({}) != b""
