"""Issue 17's "Done means", end to end through the real ``main``: the catalog template as a
workbook -> edited with openpyxl -> from-xlsx -> diff -> office publish-catalog -> import at a
district -> export -> the office flags nothing; a later edition -> the office flags the older
one and the district is told of the newer edition; an unsigned or untrusted one is refused or
marked. Real workspaces, keys, workbooks and zips."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from openpyxl import load_workbook

from sealdesk.bundle import keys
from sealdesk.cli import main
from sealdesk.services.workspace import Workspace
from tests.office.conftest import FAST_KDF, PASS, export, make_district


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(["--lang", "en", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def edit(book: Path, out: Path, version: str, change: dict[str, object]) -> None:
    """What a coordinator does in Excel, done with openpyxl: set the meta sheet's version and
    status, and change cells of benchmark 1.1.1's row (by column id, row 1)."""
    wb = load_workbook(io.BytesIO(book.read_bytes()))
    meta = wb["catalog"]
    for row in meta.iter_rows(min_row=2):
        if row[0].value == "version":
            row[1].value = version
        if row[0].value == "status":
            row[1].value = "official"
    sheet = wb["benchmarks"]
    ids = {cell.value: cell.column for cell in sheet[1]}
    target = next(
        r for r in range(2, sheet.max_row + 1) if sheet.cell(r, ids["code"]).value == "1.1.1"
    )
    for ident, value in change.items():
        sheet.cell(target, ids[ident]).value = value
    wb.save(out)


def status_row(capsys: pytest.CaptureFixture[str], ows: list[str], code: str) -> dict:
    rc, out, err = run(capsys, "office", "status", "--json", *ows)
    assert rc == 0, err
    return next(r for r in json.loads(out)["rows"] if r["district_code"] == code)


def test_workbook_to_published_edition_to_bundle_and_the_office_flags(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SEALDESK_LANG", "en")
    office = tmp_path / "office"
    ows = ["--workspace", str(office)]
    assert run(capsys, "office", "init", "--name", "ศูนย์ประสานงาน กทม.", *ows)[0] == 0
    keys.create_key(office / "keys", PASS, kdf=FAST_KDF)
    pass_file = tmp_path / "pass.txt"
    pass_file.write_text(PASS + "\n", "utf-8")
    signed = ["--passphrase-file", str(pass_file)]

    # authoring: the template as a workbook, edited, read back, compared
    book = tmp_path / "catalog.xlsx"
    assert run(capsys, "catalog", "template", "--out", str(book))[0] == 0
    edited = tmp_path / "catalog-2026.1.xlsx"
    edit(book, edited, "2026.1", {"mandatory[bronze]": "no"})
    first = tmp_path / "catalog-2026.1.toml"
    code, _, err = run(capsys, "catalog", "from-xlsx", str(edited), "--out", str(first))
    assert code == 0, err
    template_toml = tmp_path / "template.toml"
    assert run(capsys, "catalog", "from-xlsx", str(book), "--out", str(template_toml))[0] == 0
    code, out, err = run(capsys, "catalog", "diff", str(template_toml), str(first))
    assert code == 0 and "1 benchmark changed the levels it is mandatory for." in out, err

    # publishing, and a district importing what its trusted office signed
    ed1 = tmp_path / "ges-pi-2026.1.zip"
    code, out, err = run(
        capsys, "office", "publish-catalog", str(first), "--out", str(ed1), *signed, *ows
    )
    assert code == 0, err
    card = tmp_path / "office-card.txt"
    assert run(capsys, "office", "card", "--out", str(card), *signed, *ows)[0] == 0
    d = make_district(tmp_path, "1001")
    dws = ["--workspace", str(d.ws.path)]
    assert run(capsys, "trust", "add", str(card), "--yes", *dws)[0] == 0
    code, out, err = run(capsys, "catalog", "import", str(ed1), *dws)
    assert code == 0 and "Signed by the trusted office key" in out, err
    code, _, err = run(capsys, "export", "--check-only", "--out", str(tmp_path / "x.zip"), *dws)
    assert "practice-catalog" not in err and "template-catalog" not in err
    bundle = export(d, tmp_path, "1001-2026.1")

    # the office takes it in and flags nothing
    assert (
        run(capsys, "office", "enrol", str(d.pub_file), "--district", "1001", "--yes", *ows)[0] == 0
    )
    assert run(capsys, "office", "receive", str(bundle), *ows)[0] == 0
    row = status_row(capsys, ows, "1001")
    assert row["catalog_standing"] == "current" and row["catalog_version"] == "2026.1"
    code, out, _ = run(capsys, "office", "status", *ows)
    assert "⚑" not in next(x for x in out.splitlines() if x.startswith("1001"))

    # a newer edition: the district's submission is now made with an older one
    edited2 = tmp_path / "catalog-2026.2.xlsx"
    edit(edited, edited2, "2026.2", {"mandatory[silver]": "no"})
    second = tmp_path / "catalog-2026.2.toml"
    assert run(capsys, "catalog", "from-xlsx", str(edited2), "--out", str(second))[0] == 0
    ed2 = tmp_path / "ges-pi-2026.2.zip"
    code, _, err = run(
        capsys, "office", "publish-catalog", str(second), "--out", str(ed2), *signed, *ows
    )
    assert code == 0, err
    row = status_row(capsys, ows, "1001")
    assert row["catalog_standing"] == "older"
    code, out, _ = run(capsys, "office", "status", *ows)
    assert "⚑ Older edition" in next(x for x in out.splitlines() if x.startswith("1001"))
    # the office's documents name its current edition: the district learns it is newer
    with Workspace.open(office) as ows_ws:
        ref = ows_ws.catalog_ref()
    assert ref is not None and ref["version"] == "2026.2"
    newer = d.ws.newer_catalog_edition(ref)
    assert newer is not None and newer.version == "2026.2"

    # an edition from an office the district does not trust is refused with one sentence
    other = tmp_path / "other-office"
    assert run(capsys, "office", "init", "--name", "สำนักงานอื่น", "--workspace", str(other))[0] == 0
    keys.create_key(other / "keys", PASS, kdf=FAST_KDF)
    forged = tmp_path / "forged.zip"
    code, _, err = run(
        capsys,
        "office",
        "publish-catalog",
        str(second),
        "--out",
        str(forged),
        *signed,
        "--workspace",
        str(other),
    )
    assert code == 0, err
    code, _, err = run(capsys, "catalog", "import", str(forged), *dws)
    assert code == 2 and "which this district does not trust" in err
    assert len(err.strip().splitlines()) == 1
    d.ws.close()
