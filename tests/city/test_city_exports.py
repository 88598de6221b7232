"""`sealdesk office export` / `print city-report` and their service, on a real office."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from openpyxl import load_workbook

from sealdesk.cli import main
from sealdesk.errors import SealDeskError
from sealdesk.services.city_reports import export_city_table, print_city_report
from sealdesk.services.workspace import Workspace
from tests.city.conftest import OFFICE_NAME, Received
from tests.printing.print_pdftools import pdftotext


def test_export_csv_and_xlsx_of_a_real_office(received: Received, tmp_path: Path) -> None:
    with Workspace.open(received.office_path) as ws:
        written = export_city_table(ws, tmp_path / "city.csv")
        assert (written.format, written.rows, written.round_year_be) == ("csv", 50, 2569)
        rows = list(csv.reader(io.StringIO(written.path.read_text("utf-8-sig"))))
        by_code = {r[0]: r for r in rows[1:]}
        assert len(by_code) == 50
        assert by_code["1001"][2] == "ตรวจสอบลายมือชื่อแล้ว" and by_code["1001"][5]
        assert by_code["1003"][2] == "ยังไม่ได้รับ"
        with pytest.raises(SealDeskError):  # never over an existing file unless asked
            export_city_table(ws, tmp_path / "city.csv")
        with pytest.raises(SealDeskError):  # never into the workspace
            export_city_table(ws, received.office_path / "city.csv")
        xlsx = export_city_table(ws, tmp_path / "city.xlsx", lang="en").path
    sheet = load_workbook(xlsx).worksheets[0]
    values = list(sheet.iter_rows(min_row=3, values_only=True))
    assert [v[0] for v in values][:3] == ["1001", "1002", "1003"]
    assert values[0][2] == "Verified" and values[2][2] == "Nothing received"
    assert OFFICE_NAME in sheet["A1"].value


def test_print_city_report_cli(received: Received, tmp_path: Path, capsys) -> None:
    out = tmp_path / "city.pdf"
    args = ["--workspace", str(received.office_path), "print", "city-report", "--out", str(out)]
    assert main([*args, "--lang", "th", "--json"]) == 0
    assert '"pages": ' in capsys.readouterr().out
    flat = "".join(pdftotext(out).split())
    assert "สำนักงานเขตส่งผลการประเมินแล้ว2จาก50เขต" in flat
    assert OFFICE_NAME.replace(" ", "") in flat
    assert main([*args, "--lang", "en"]) != 0  # exists: not replaced without --overwrite
    assert main([*args, "--lang", "en", "--overwrite"]) == 0
    assert "2 of 50 districts" in " ".join(pdftotext(out).split())


def test_city_report_refused_in_a_district_workspace(workspace, tmp_path: Path) -> None:
    with pytest.raises(SealDeskError):
        print_city_report(workspace, tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()


def test_office_export_command(received: Received, tmp_path: Path, capsys) -> None:
    """``office export`` as cli/office_cmd.py registers it (register_office on its group)."""
    from sealdesk.cli import office_reports
    from sealdesk.cli.common import ArgumentParser, common_options

    parser = ArgumentParser(prog="sealdesk", parents=[common_options()])
    office = parser.add_subparsers(dest="command").add_parser("office", parents=[common_options()])
    office_reports.register_office(office.add_subparsers(dest="office_command"))
    out = tmp_path / "city.xlsx"
    args = parser.parse_args(
        ["--workspace", str(received.office_path), "office", "export", "--out", str(out)]
    )
    assert args.run(args) == 0
    assert "50" in capsys.readouterr().out
    assert load_workbook(out).worksheets[0].max_row == 52  # title, header, 50 districts
    args = parser.parse_args(
        ["--workspace", str(received.office_path), "office", "export", "--out", str(out),
         "--round", "2569", "--overwrite", "--json"]
    )  # fmt: skip
    assert args.run(args) == 0
    assert '"rows": 50' in capsys.readouterr().out


def test_office_export_through_main_and_kind_refusals(
    received: Received, workspace, tmp_path: Path, capsys
) -> None:
    out = tmp_path / "city.csv"
    office = ["--workspace", str(received.office_path)]
    assert main([*office, "office", "export", "--out", str(out), "--lang", "en"]) == 0
    assert out.read_bytes().startswith(b"\xef\xbb\xbfDistrict code,")
    assert main([*office, "office", "export", "--out", str(tmp_path / "city.ods")]) != 0
    assert ".csv" in capsys.readouterr().err
    district = ["--workspace", str(workspace.path)]
    workspace.close()
    assert main([*district, "office", "export", "--out", str(tmp_path / "d.csv")]) == 3
    assert main([*district, "print", "city-report", "--out", str(tmp_path / "d.pdf")]) == 3
    assert not (tmp_path / "d.csv").exists() and not (tmp_path / "d.pdf").exists()
