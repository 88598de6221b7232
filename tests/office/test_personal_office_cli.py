"""The office's personal-data commands through the real ``main`` (issue 18): readers, the card,
protected files by neutral name, opening with --passphrase-file, the access log, retention and
purge with its erasure report."""

from __future__ import annotations

import json
import subprocess
from datetime import date, timedelta
from pathlib import Path

import pytest

from sealdesk.bundle import keys
from sealdesk.cli import main
from tests.office.conftest import FAST_KDF, PASS, export, make_district
from tests.office.protected_bundles import protect_bundle

SECRET_NAME = "รายงาน 1001.txt"
SECRET = "รายงานของเขต 1001\n".encode() * 200


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(["--lang", "en", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_readers_protected_files_access_log_and_purge_from_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SEALDESK_LANG", "en")
    office = tmp_path / "office"
    ws = ["--workspace", str(office)]
    assert main(["office", "init", "--name", "ศูนย์ประสานงาน กทม.", *ws]) == 0
    keys.create_key(office / "keys", PASS, kdf=FAST_KDF)
    key_pass = tmp_path / "key.txt"
    key_pass.write_text(PASS + "\n", "utf-8")
    reader_pass = tmp_path / "reader.txt"
    reader_pass.write_text("ผู้ตรวจ passphrase ยาวพอ\n", "utf-8")
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("not the reader passphrase\n", "utf-8")
    name = ["--name", "สมศรี ผู้ตรวจ"]

    code, out, err = run(
        capsys, "office", "reader", "add", *name, "--passphrase-file", str(reader_pass), *ws
    )
    assert code == 0, err
    assert "age1" in out and "office card" in out
    code, out, _ = run(capsys, "office", "reader", "list", "--json", *ws)
    (reader,) = json.loads(out)
    code, _, err = run(
        capsys, "office", "card", "--out", str(tmp_path / "card.txt"),
        "--passphrase-file", str(key_pass), *ws,
    )  # fmt: skip
    assert code == 0, err
    assert reader["recipient"] in (tmp_path / "card.txt").read_text("utf-8")

    d = make_district(tmp_path, "1001")
    plain = export(d, tmp_path, "1001-plain")
    bundle = tmp_path / "1001-protected.zip"
    protect_bundle(
        plain, bundle, d.ws.path / "keys", PASS, {SECRET_NAME},
        [(reader["name"], reader["recipient"])],
    )  # fmt: skip
    d.ws.close()
    assert (
        run(capsys, "office", "enrol", str(d.pub_file), "--district", "1001", "--yes", *ws)[0] == 0
    )
    code, out, err = run(capsys, "office", "receive", str(bundle), "--json", *ws)
    assert code == 0, err
    bundle_id = json.loads(out)[0]["bundle_id"]

    code, out, _ = run(capsys, "office", "protected", "--json", *ws)
    (item,) = json.loads(out)
    assert item["neutral_name"] == "p-001.age" and SECRET_NAME not in out
    code, out, _ = run(
        capsys, "office", "protected", "--reader", reader["name"],
        "--passphrase-file", str(reader_pass), *ws,
    )  # fmt: skip
    assert code == 0 and "p-001.age" in out and SECRET_NAME in out  # unlocked: the real name
    target = tmp_path / "opened.txt"
    code, _, err = run(
        capsys, "office", "open-protected", bundle_id, "p-001.age", "--reader", reader["name"],
        "--passphrase-file", str(wrong), "--out", str(target), *ws,
    )  # fmt: skip
    assert code == 2 and "does not unlock" in err and not target.exists()
    code, out, err = run(
        capsys, "office", "open-protected", bundle_id, "p-001.age", "--reader", reader["name"],
        "--passphrase-file", str(reader_pass), "--out", str(target), *ws,
    )  # fmt: skip
    assert code == 0, err
    assert target.read_bytes() == SECRET and "access log" in out
    code, out, _ = run(capsys, "office", "access-log", "--json", *ws)
    log = json.loads(out)
    assert [(e["reader"], e["action"], e["neutral_name"]) for e in log] == [
        ("สมศรี ผู้ตรวจ", "index", "index.json.age"),
        ("สมศรี ผู้ตรวจ", "extract", "p-001.age"),
    ]
    code, out, _ = run(capsys, "audit", *ws)
    assert code == 0 and SECRET_NAME not in out and "p-001.age" in out

    code, out, _ = run(capsys, "office", "retention", "--years", "5", "--json", *ws)
    assert json.loads(out)["years"] == 5
    report = tmp_path / "erasure.json"
    tomorrow = (date.today() + timedelta(days=1)).isoformat()
    code, out, err = run(
        capsys, "office", "purge", "--before", tomorrow, "--report", str(report),
        "--passphrase-file", str(key_pass), *ws,
    )  # fmt: skip
    assert code == 0, err
    assert "Erased 1 protected file received before" in out
    # signed by the office key: minisign checks it with the key on the office card
    body, _, signature = report.read_text("utf-8").partition("-----BEGIN SIGNATURE-----\n")
    (tmp_path / "body.json").write_text(body, "utf-8")
    (tmp_path / "body.json.minisig").write_text(signature, "utf-8")
    office_pub = tmp_path / "office.pub"
    assert run(capsys, "key", "export", str(office_pub), *ws)[0] == 0
    check = subprocess.run(
        ["minisign", "-V", "-p", str(office_pub), "-m", str(tmp_path / "body.json")],
        capture_output=True,
        text=True,
    )
    assert check.returncode == 0, check.stderr
    doc = json.loads(body)
    assert [f["file"] for f in doc["files"]] == ["p-001.age"] and doc["retention_years"] == 5
    assert SECRET_NAME not in report.read_text("utf-8")
    code, out, _ = run(capsys, "office", "protected", "--all", *ws)
    assert "erased" in out
    code, _, err = run(
        capsys, "office", "open-protected", bundle_id, "p-001.age", "--reader", reader["name"],
        "--passphrase-file", str(reader_pass), "--out", str(tmp_path / "again.txt"), *ws,
    )  # fmt: skip
    assert code != 0 and "was erased" in err
    code, out, _ = run(capsys, "office", "reader", "remove", *name, *ws)
    assert code == 0 and "wiped" in out
    code, out, _ = run(capsys, "office", "reader", "list", *ws)
    assert "No reader" in out
