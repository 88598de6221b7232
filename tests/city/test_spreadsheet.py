"""The city table exported as CSV and XLSX, read back with csv and openpyxl."""

from __future__ import annotations

import csv
import io
from pathlib import Path, PurePath

import pytest
from openpyxl import load_workbook

from sealdesk.errors import InputError
from sealdesk.spreadsheet.writers import format_of, write_city_table
from tests.city.citydata import SILENT, make_city_status


def test_format_follows_the_extension() -> None:
    assert format_of(PurePath("city.CSV")) == "csv"
    assert format_of(PurePath("city.xlsx")) == "xlsx"
    with pytest.raises(InputError):
        format_of(PurePath("city.ods"))


def test_csv_has_a_bom_thai_headers_and_all_50_districts() -> None:
    status = make_city_status()
    out = io.BytesIO()
    assert write_city_table(out, "csv", status, "th") == 50
    data = out.getvalue()
    assert data.startswith(b"\xef\xbb\xbf")  # Excel reads UTF-8 only with the BOM
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    header, body = rows[0], rows[1:]
    assert header[:3] == ["รหัสเขต", "เขต", "สถานะ"]
    assert header[11:] == [c.code for c in status.columns]
    assert len(body) == 50 and [r[0] for r in body] == [r.district_code for r in status.rows]
    by_code = {r[0]: r for r in body}
    assert by_code["1001"][1] == "พระนคร"
    assert by_code[SILENT[0]][2] == "ยังไม่ได้รับ"
    assert by_code[SILENT[0]][6] == "" and by_code[SILENT[0]][11:] == [""] * 40
    # Buddhist Era dates in Thai
    assert by_code["1001"][3].endswith("/2569 09:30")
    assert by_code["1001"][6] == f"{status.rows[0].score_percent:.1f}"


def test_csv_in_english_has_ce_dates_and_english_labels() -> None:
    out = io.BytesIO()
    write_city_table(out, "csv", make_city_status(), "en")
    rows = list(csv.reader(io.StringIO(out.getvalue().decode("utf-8-sig"))))
    assert rows[0][:3] == ["District code", "District", "State"]
    assert rows[1][1] == "Phra Nakhon" and rows[1][2] == "Verified"
    assert rows[1][3] == "2026-06-01 09:30"
    assert "Met" in rows[1][11:]


def test_xlsx_reads_back_with_frozen_panes_widths_and_the_gaps_sheet(tmp_path: Path) -> None:
    status = make_city_status()
    path = tmp_path / "city.xlsx"
    with path.open("wb") as handle:
        write_city_table(handle, "xlsx", status, "th")
    book = load_workbook(path)
    assert book.sheetnames == ["เขต", "ประเด็นที่ขาดร่วมกัน"]
    sheet = book["เขต"]
    assert sheet.freeze_panes == "C3"
    assert "2569" in sheet["A1"].value
    header = [c.value for c in sheet[2]]
    assert header[0] == "รหัสเขต" and header[11] == status.columns[0].code
    rows = list(sheet.iter_rows(min_row=3, values_only=True))
    assert len(rows) == 50
    first = rows[0]
    assert first[0] == "1001" and first[1] == "พระนคร"
    assert first[6] == pytest.approx(round(status.rows[0].score_percent, 1))
    assert isinstance(first[9], int)
    assert sheet.column_dimensions["B"].width >= 10  # room for the Thai names
    gaps = list(book["ประเด็นที่ขาดร่วมกัน"].iter_rows(min_row=2, values_only=True))
    code, n = status.common_gaps(1)[0]
    assert gaps[0][0] == code and gaps[0][2] == n and gaps[0][1]
