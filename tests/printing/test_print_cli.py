"""`sealdesk print ...` against a real workspace."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from print_pdftools import pdf_pages, pdftotext

from sealdesk.cli import main
from sealdesk.domain.status import Status
from sealdesk.services.workspace import Workspace


@pytest.fixture()
def workspace(tmp_path: Path) -> Path:
    path = tmp_path / "ws"
    ws = Workspace.create(path, district_code="1010", round_be=2569, actor="สมหญิง")
    code = ws.catalog().benchmarks()[0].code
    ws.assess(code, status=Status.MET, narrative="ที่นี่ปู่ย่าตายายน้ำกำลังความเท่าเทียมทางเพศ")
    ws.close()
    return path


def test_print_filled_and_report(workspace: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "filled.pdf"
    assert main(["--workspace", str(workspace), "print", "filled", "--out", str(out)]) == 0
    assert "ที่นี่ปู่ย่าตายายน้ำกำลังความเท่าเทียมทางเพศ" in pdftotext(out)
    assert not out.with_name("filled.pdf.part").exists()
    out = tmp_path / "report.pdf"
    args = ["--workspace", str(workspace), "print", "report", "--out", str(out), "--lang", "en"]
    assert main([*args, "--round", "2569", "--json"]) == 0
    assert '"pages": ' in capsys.readouterr().out
    assert all("Page" in page for page in pdf_pages(out))


def test_print_errors_are_one_sentence(workspace: Path, tmp_path: Path, capsys) -> None:
    base = ["--workspace", str(workspace), "print"]
    code = main([*base, "cover", "--out", str(tmp_path / "c.pdf"), "--bundle", "missing.zip"])
    assert code != 0
    err = capsys.readouterr().err.strip()
    assert err.startswith("The bundle file missing.zip cannot be read") and "\n" not in err
    code = main([*base, "checklist", "--out", str(tmp_path / "no" / "dir" / "c.pdf")])
    assert code != 0
    assert "cannot be written" in capsys.readouterr().err


def test_the_page_count_is_a_plural_form(workspace: Path, tmp_path: Path, capsys) -> None:
    """ "(1 page)", never "(1 pages)": the CLI's message has %n plural forms."""
    from sealdesk.cli.print_cmd import _wrote

    one = _wrote(1)
    assert "1 pages" not in one and ("(1 page)." in one or "(1 หน้า)" in one)
    base = ["--workspace", str(workspace), "print"]
    assert main([*base, "report", "--out", str(tmp_path / "r.pdf"), "--lang", "en"]) == 0
    said = capsys.readouterr().out
    assert re.search(r"\((?:[2-9]|\d\d+) (?:pages|หน้า)\)", said), said
