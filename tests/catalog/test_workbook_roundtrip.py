"""sealdesk catalog template -> edit in a spreadsheet library -> from-xlsx -> diff: the same
catalog comes back, as domain objects and as the TOML file written."""

from __future__ import annotations

import dataclasses
import io
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from sealdesk.domain.catalog import Catalog, load_catalog, parse_catalog
from sealdesk.domain.catalog_diff import diff_catalogs
from sealdesk.domain.catalog_toml import catalog_toml
from sealdesk.domain.status import Level
from sealdesk.errors import FileAccessError
from sealdesk.services import catalog_book
from sealdesk.spreadsheet.catalog_reader import read_catalog_workbook
from sealdesk.spreadsheet.catalog_writer import write_catalog_workbook
from tests.catalog.books import edited, put, put_meta, shipped, template_bytes


def same(a: Catalog, b: Catalog) -> bool:
    """Equal as catalogs: everything but the source text and its hash."""
    return dataclasses.replace(a, sha256=b.sha256, source_text=b.source_text) == b


def test_template_round_trip_gives_back_the_same_catalog(tmp_path: Path) -> None:
    written = catalog_book.write_template(shipped(), tmp_path / "catalog.xlsx")
    assert written.benchmarks == 40
    toml = catalog_book.workbook_to_toml(written.path, tmp_path / "catalog.toml")
    assert toml.warnings == ()
    assert same(shipped(), toml.catalog)
    loaded = load_catalog(toml.path)  # the file written, through the ordinary loader
    assert same(shipped(), loaded) and loaded.sha256 == toml.catalog.sha256
    assert diff_catalogs(shipped(), loaded).empty


def test_awkward_texts_thresholds_and_date_survive(tmp_path: Path) -> None:
    text = shipped().source_text.replace(
        'version = "2023.1-template"', 'version = "2024.2"\nvalid_from = 2024-10-01'
    )
    text = text.replace(
        "bronze = 60, silver = 70, gold = 80", "bronze = 55, silver = 70, gold = 85"
    )
    text = text.replace(
        "The annual action plan", 'The \\"annual\\" action\\\\plan\\twith \\u0001 control'
    )
    catalog = parse_catalog(text, "awkward.toml")
    assert catalog.valid_from == date(2024, 10, 1)
    out = io.BytesIO()
    write_catalog_workbook(out, catalog)
    back = read_catalog_workbook(out.getvalue(), "awkward.xlsx")
    # a control character cannot be stored in a workbook: it alone is left out
    assert same(parse_catalog(text.replace("\\u0001", "")), back.catalog)
    assert back.catalog.benchmark("1.1.1").title.en.startswith('The "annual" action\\plan\twith')
    assert back.catalog.thresholds[Level.BRONZE] == 55
    assert same(catalog, parse_catalog(catalog_toml(catalog)))


def test_edited_in_a_spreadsheet_then_diffed(tmp_path: Path) -> None:
    def edit(book) -> None:  # type: ignore[no-untyped-def]
        put_meta(book, "version", "2024.1")
        put_meta(book, "status", "official")
        put_meta(book, "valid_from", "2567-10-01")  # a Thai clerk's Buddhist Era date
        put(book, 5, "title[en]", "The annual action plan has gender targets")
        put(book, 5, "mandatory[bronze]", "no")
        put(book, 6, "mandatory[bronze]", "ไม่")  # Thai no
        put(book, 6, "mandatory[silver]", "no")
        sheet = book["benchmarks"]
        sheet.insert_rows(7)
        for ident, value in (
            ("kind", "เกณฑ์"),  # Thai kind
            ("code", "1.1.3"),
            ("title[th]", "เกณฑ์ใหม่"),
            ("title[en]", "A new benchmark"),
            ("description[th]", "คำอธิบาย"),
            ("description[en]", "Description"),
            ("verification[th]", "หนังสือเวียน\nรายงานการประชุม"),
            ("verification[en]", "Circular\nMinutes"),
            ("mandatory[gold]", True),  # Excel's TRUE
        ):
            put(book, 7, ident, value)

    data = edited(edit)
    path = tmp_path / "edited.xlsx"
    path.write_bytes(data)
    new = catalog_book.read_workbook(path).catalog
    assert new.status == "official" and new.valid_from == date(2024, 10, 1)
    added = new.benchmark("1.1.3")
    assert added is not None and added.mandatory == frozenset({Level.GOLD})
    assert [v.en for v in added.verification] == ["Circular", "Minutes"]
    compared = catalog_book.compare(
        Path(__file__).parents[2] / "resources/catalogs/ges-pi-template.toml", path
    )
    diff = compared.diff
    assert [b.code for b in diff.added] == ["1.1.3"] and diff.removed == ()
    assert [r.code for r in diff.renamed] == ["1.1.1"]
    assert [(m.code, m.old, m.new) for m in diff.mandatory] == [
        ("1.1.1", Level.BRONZE, Level.SILVER),
        ("1.1.2", Level.BRONZE, Level.GOLD),
    ]
    text = diff.render(lang="en")
    assert "Added benchmark 1.1.3: A new benchmark. It is mandatory from Gold up." in text


def test_formatting_is_ignored_and_formulas_never_computed_are_warned() -> None:
    from openpyxl.styles import Font, PatternFill

    def edit(book) -> None:  # type: ignore[no-untyped-def]
        sheet = book["benchmarks"]
        for row in sheet.iter_rows(min_row=3, max_row=9):
            for cell in row:
                cell.font = Font(name="Arial", italic=True, color="FF0000")
                cell.fill = PatternFill("solid", fgColor="FFFF00")
        put(book, 3, "description[th]", '=CONCATENATE("ก","ข")')  # openpyxl stores no value
        put(book, 3, "description[en]", '=UPPER("x")')

    read = read_catalog_workbook(edited(edit), "formulas.xlsx")
    cells = sorted(w.params["cell"] for w in read.warnings)
    assert cells == ["E3", "F3"]
    assert "never computed" in read.warnings[0].english()
    dimension = read.catalog.dimension("1")
    assert dimension is not None and dimension.description.th == ""  # read as empty


def test_never_over_an_existing_file(tmp_path: Path) -> None:
    out = tmp_path / "catalog.xlsx"
    out.write_bytes(b"keep")
    with pytest.raises(FileAccessError):
        catalog_book.write_template(shipped(), out)
    assert out.read_bytes() == b"keep"
    catalog_book.write_template(shipped(), out, overwrite=True)
    assert load_workbook(out, read_only=True).sheetnames == ["catalog", "benchmarks"]


def test_the_workbook_is_made_for_people() -> None:
    book = load_workbook(io.BytesIO(template_bytes()))
    sheet = book["benchmarks"]
    assert sheet.freeze_panes == "C3"
    assert sheet["C2"].value.splitlines() == ["ชื่อ (ภาษาไทย)", "Title (Thai)"]
    assert sheet.column_dimensions["C"].width >= 40
    assert sheet["C5"].alignment.wrap_text
    assert sheet["B4"].number_format == "@" and sheet["B4"].value == "1.1"
    assert {dv.formula1 for dv in sheet.data_validations.dataValidation} == {
        '"dimension,standard,benchmark"',
        '"yes,no"',
    }
    rows = sum(1 for _ in sheet.iter_rows(min_row=3))
    assert rows == 5 + 20 + 40  # one row per dimension, standard and benchmark


def test_the_sample_workbook_is_the_shipped_catalog() -> None:
    sample = Path(__file__).resolve().parents[2] / "docs" / "samples" / "catalog-template.xlsx"
    assert same(shipped(), catalog_book.read_workbook(sample).catalog)


def test_valid_from_must_be_a_date_in_toml() -> None:
    from sealdesk.errors import CatalogError

    text = shipped().source_text.replace(
        'version = "2023.1-template"', 'version = "2"\nvalid_from = "1 Oct 2024"'
    )
    with pytest.raises(CatalogError, match="valid_from"):
        parse_catalog(text, "quoted.toml")


def test_the_office_exports_its_newest_edition(tmp_path: Path) -> None:
    from sealdesk.services.workspace import Workspace

    with Workspace.create_office(tmp_path / "office", name="สำนักพัฒนาสังคม") as office:
        catalog = catalog_book.current_catalog(office)
        written = catalog_book.write_template(catalog, tmp_path / "office.xlsx")
    assert same(shipped(), catalog_book.read_workbook(written.path).catalog)


def test_without_the_label_row_and_under_another_name(tmp_path: Path) -> None:
    """Row 2 (the labels for people) deleted: row 2 is data. A workbook named .toml is still
    read as a workbook (by its first bytes)."""
    data = edited(lambda book: book["benchmarks"].delete_rows(2))
    assert same(shipped(), read_catalog_workbook(data, "no-labels.xlsx").catalog)
    renamed = tmp_path / "criteria.toml"
    renamed.write_bytes(template_bytes())
    catalog, warnings = catalog_book.read_any(renamed)
    assert same(shipped(), catalog) and warnings == ()
