"""`sealdesk catalog template / from-xlsx / diff` through the real ``main``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sealdesk.cli import main
from tests.catalog.books import edited, put


@pytest.fixture(autouse=True)
def _english_and_no_default_workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from sealdesk.cli import common

    monkeypatch.setattr(common, "_translator", common._translator)
    monkeypatch.setattr(common, "_language", common._language)
    monkeypatch.setenv("SEALDESK_LANG", "en")
    monkeypatch.delenv("SEALDESK_WORKSPACE", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "home" / "data"))


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_template_from_xlsx_and_diff(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    book, toml = tmp_path / "catalog.xlsx", tmp_path / "catalog.toml"
    code, out, err = run(capsys, "catalog", "template", "--out", str(book))
    assert code == 0, err
    assert out == f"Wrote {book}: catalog ges-pi-2023 version 2023.1-template, 40 benchmarks.\n"
    code, out, _ = run(capsys, "catalog", "template", "--out", str(book))
    assert code == 2 and out == ""  # never over an existing file without --overwrite
    code, out, err = run(capsys, "catalog", "from-xlsx", str(book), "--out", str(toml), "--json")
    assert code == 0, err
    data = json.loads(out)
    assert data["benchmarks"] == 40 and data["warnings"] == [] and toml.is_file()

    changed = tmp_path / "changed.xlsx"
    changed.write_bytes(edited(lambda b: put(b, 5, "mandatory[bronze]", "no")))
    code, out, err = run(capsys, "catalog", "diff", str(toml), str(changed))
    assert code == 0, err
    assert "1 benchmark changed the levels it is mandatory for." in out.splitlines()
    code, out, _ = run(capsys, "catalog", "diff", str(toml), str(changed), "--lang", "th")
    assert code == 0 and "เกณฑ์ 1 ข้อเปลี่ยนระดับที่บังคับ" in out.splitlines()
    assert "เป็นเกณฑ์บังคับตั้งแต่ระดับเงินขึ้นไปแล้ว เดิมบังคับตั้งแต่ระดับทองแดงขึ้นไป" in out


def test_template_of_a_workspace_round_and_of_a_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ws = tmp_path / "ws"
    assert (
        run(capsys, "init", "--district", "1001", "--round", "2569", "--workspace", str(ws))[0] == 0
    )
    book = tmp_path / "round.xlsx"
    code, out, err = run(capsys, "catalog", "template", "--out", str(book), "--workspace", str(ws))
    assert code == 0 and "40 benchmarks" in out, err
    code, _, err = run(
        capsys, "catalog", "template", "--out", str(ws / "inside.xlsx"), "--workspace", str(ws)
    )
    assert code == 2 and not (ws / "inside.xlsx").exists()  # never into the workspace
    small = tmp_path / "small.toml"
    small.write_text(_SMALL, "utf-8")
    code, out, err = run(
        capsys, "catalog", "template", "--out", str(tmp_path / "s.xlsx"), "--catalog", str(small)
    )
    assert code == 0 and "catalog small version 1, 1 benchmark." in out, err


_SMALL = """
[catalog]
edition = "small"
version = "1"
status = "official"
title = { th = "เล็ก", en = "Small" }

[[dimension]]
code = "1"
title = { th = "มิติ", en = "Dimension" }

[[dimension.standard]]
code = "1.1"
title = { th = "มาตรฐาน", en = "Standard" }

[[dimension.standard.benchmark]]
code = "1.1.1"
title = { th = "เกณฑ์", en = "Benchmark" }
description = { th = "คำอธิบาย", en = "Description" }
verification = [{ th = "คำสั่ง", en = "Order" }]
mandatory = []
"""


def test_a_broken_workbook_is_one_sentence(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(edited(lambda b: put(b, 6, "mandatory[gold]", "maybe")))
    code, out, err = run(
        capsys, "catalog", "from-xlsx", str(broken), "--out", str(tmp_path / "x.toml")
    )
    assert code == 2 and out == "" and "Traceback" not in err
    assert (
        "broken.xlsx, sheet benchmarks, row 6, column K (mandatory[gold]): maybe is not yes or no."
        in err
    )
    assert not (tmp_path / "x.toml").exists()
    code, _, err = run(capsys, "catalog", "diff", str(broken), str(broken), "--lang", "th")
    assert code == 2 and "แถว 6 คอลัมน์ K (mandatory[gold]): maybe ไม่ใช่ yes (ใช่) หรือ no (ไม่ใช่)" in err
