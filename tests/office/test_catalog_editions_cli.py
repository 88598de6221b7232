"""Issue 17 through the real ``main``: ``office publish-catalog``, ``catalog import`` of a signed
edition and of a practice TOML, ``export --check-only`` saying so, and ``office status``
flagging a practice submission. Real workspaces, keys and files."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from sealdesk.bundle import keys
from sealdesk.cli import main
from tests.office.conftest import FAST_KDF, PASS, export, make_district
from tests.office.test_catalog_editions import official


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(["--lang", "en", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_publish_then_import_at_a_district(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SEALDESK_LANG", "en")
    office = tmp_path / "office"
    ows = ["--workspace", str(office)]
    assert run(capsys, "office", "init", "--name", "ศูนย์ประสานงาน", *ows)[0] == 0
    public = keys.create_key(office / "keys", PASS, kdf=FAST_KDF)
    pass_file = tmp_path / "pass.txt"
    pass_file.write_text(PASS + "\n", "utf-8")
    source = official(tmp_path, "2026.1")
    edition = tmp_path / "ges-pi-2026.1.zip"
    pub = ["--passphrase-file", str(pass_file)]
    code, out, err = run(
        capsys, "office", "publish-catalog", str(source), "--out", str(edition), *pub, *ows
    )
    assert code == 0, err
    assert "Published the catalog edition ges-pi-2023 2026.1" in out
    assert public.key_id_hex in out
    assert zipfile.is_zipfile(edition)
    second = official(tmp_path, "2026.2")
    code, _, err = run(
        capsys, "office", "publish-catalog", str(second), "--out", str(edition), *pub, *ows
    )
    assert code == 2 and "already exists" in err  # never over an existing file
    code, _, err = run(
        capsys,
        "office",
        "publish-catalog",
        str(source),
        "--out",
        str(tmp_path / "b.zip"),
        *pub,
        *ows,
    )
    assert code == 2 and "already published" in err
    card = tmp_path / "card.txt"
    assert run(capsys, "office", "card", "--out", str(card), *pub, *ows)[0] == 0

    d = make_district(tmp_path, "1001")
    dws = ["--workspace", str(d.ws.path)]
    code, _, err = run(capsys, "export", "--check-only", "--out", str(tmp_path / "x.zip"), *dws)
    assert "[template-catalog]" in err
    code, _, err = run(capsys, "catalog", "import", str(edition), *dws)
    assert code == 2 and "does not trust" in err and public.key_id_hex in err
    assert run(capsys, "trust", "add", str(card), "--yes", *dws)[0] == 0
    code, out, err = run(capsys, "catalog", "import", str(edition), *dws)
    assert code == 0, err
    assert f"Signed by the trusted office key {public.key_id_hex}." in out
    code, out, _ = run(capsys, "catalog", "import", str(official(tmp_path, "2026.7")), *dws)
    assert code == 0 and "practice only" in out
    code, _, err = run(capsys, "export", "--check-only", "--out", str(tmp_path / "x.zip"), *dws)
    assert "[practice-catalog] The catalog ges-pi-2023 2026.7 is not signed" in err
    bundle = export(d, tmp_path, "1001-practice")
    d.ws.close()

    assert (
        run(capsys, "office", "enrol", str(d.pub_file), "--district", "1001", "--yes", *ows)[0] == 0
    )
    assert run(capsys, "office", "receive", str(bundle), *ows)[0] == 0
    code, out, _ = run(capsys, "office", "status", *ows)
    line = next(x for x in out.splitlines() if x.startswith("1001"))
    assert "⚑ Practice catalog (not signed)" in line
    code, out, _ = run(capsys, "office", "status", "--json", *ows)
    row = next(r for r in json.loads(out)["rows"] if r["district_code"] == "1001")
    assert row["catalog_standing"] == "practice" and row["catalog_version"] == "2026.7"
