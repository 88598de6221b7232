"""The city report, read back with pdftotext and looked at with pdftoppm."""

from __future__ import annotations

import subprocess
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from sealdesk.domain.city import SubmissionState
from sealdesk.printing.city import city_report
from sealdesk.printing.layout import PrintOptions
from tests.city.citydata import SILENT, make_city_status
from tests.printing.print_pdftools import pdffonts, pdftotext

PRINTED = date(2026, 11, 26)


def test_thai_city_report_has_the_figures_the_table_the_gaps_and_the_silent(
    tmp_path: Path,
) -> None:
    status = make_city_status()
    pdf = tmp_path / "city-th.pdf"
    pages = city_report(pdf, status, PrintOptions("th", print_date=PRINTED))
    assert pages >= 2
    flat = "".join(pdftotext(pdf).split())
    assert "รายงานภาพรวมระดับกรุงเทพมหานคร" in flat
    assert "สำนักงานเขตส่งผลการประเมินแล้ว47จาก50เขต" in flat
    assert "รอบการประเมินพ.ศ.2569" in flat
    for row in status.rows:  # every district, in the table or the list of the silent
        assert row.name_th.replace(" ", "") in flat
    code, count = status.common_gaps(1)[0]
    gaps_part = flat.split("ตัวชี้วัดที่เขตส่วนใหญ่ยังไม่ผ่าน")[1].split("เขตที่ยังไม่ได้ส่ง")[0]
    assert gaps_part.index(code) < gaps_part.index(str(count))
    silent_part = flat.split("เขตที่ยังไม่ได้ส่งผลการประเมิน")[-1]
    for row in status.rows:
        assert (row.district_code in silent_part) == (row.district_code in SILENT)
    assert "พิมพ์เมื่อ26พ.ย.2569" in flat  # Buddhist Era
    assert all(f["emb"] == "yes" for f in pdffonts(pdf))


def test_english_city_report_and_a_city_where_everyone_sent(tmp_path: Path) -> None:
    status = make_city_status()
    rows = tuple(
        replace(r, state=SubmissionState.RECEIVED) if r.state is SubmissionState.NONE else r
        for r in status.rows
    )
    pdf = tmp_path / "city-en.pdf"
    city_report(pdf, replace(status, rows=rows), PrintOptions("en", print_date=PRINTED))
    text = " ".join(pdftotext(pdf).split())
    assert "City-wide report" in text and "50 of 50 districts have sent" in text
    assert "Every district has submitted." in text
    assert "Phra Nakhon" in text and "Assessment round B.E. 2569 (2026)" in text


@pytest.mark.parametrize("lang", ["th", "en"])
def test_city_report_renders_to_an_image(tmp_path: Path, lang: str) -> None:
    pdf = tmp_path / f"city-{lang}.pdf"
    city_report(pdf, make_city_status(), PrintOptions(lang, print_date=PRINTED))
    subprocess.run(
        ["pdftoppm", "-r", "40", "-png", "-f", "1", "-l", "1", str(pdf), str(tmp_path / "p")],
        check=True,
    )
    assert (tmp_path / "p-1.png").stat().st_size > 5000
