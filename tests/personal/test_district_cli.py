"""The district's personal-data commands (issue 18): marking, encrypted backups and restore,
purge with its erasure report; nothing of a marked file in clear where it must not be."""

from __future__ import annotations

import json
import sqlite3
import zipfile
from datetime import date, timedelta
from pathlib import Path

import pytest
from pyrage import passphrase as age_passphrase

from sealdesk.cli import main
from sealdesk.services.personal_data import BackupNeedsPassphraseError
from tests.personal.conftest import SECRET_BYTES, SECRET_NAME, District, make_district
from tests.personal.test_protected_bundle import assert_nothing_personal


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(["--lang", "en", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_add_and_mark_from_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    d = make_district(tmp_path)
    d.ws.close()
    ws = ["--workspace", str(d.ws.path)]
    doc = tmp_path / "รายชื่อผู้เข้าอบรม.csv"
    doc.write_text("ชื่อ,เลขบัตรประชาชน\nสมชาย,3101700000001\n", "utf-8")
    code, out, _ = run(capsys, "evidence", "add", str(doc), "--personal-data", "--json", *ws)
    assert code == 0
    added = json.loads(out)[0]["evidence"]
    assert added["personal_data"] is True
    code, out, _ = run(capsys, "evidence", "mark", str(added["id"]), "--no-personal-data", *ws)
    assert code == 0 and "no longer marked" in out
    code, out, _ = run(capsys, "evidence", "mark", str(added["id"]), "--personal-data", *ws)
    assert code == 0 and "is marked" in out
    with pytest.raises(SystemExit) as refused:  # one of the two flags is required
        run(capsys, "evidence", "mark", str(added["id"]), *ws)
    assert refused.value.code == 2
    code, out, _ = run(capsys, "audit", "--json", *ws)
    log = out.encode("utf-8")
    assert SECRET_NAME.encode() not in log and "รายชื่อผู้เข้าอบรม".encode() not in log
    marks = [e for e in json.loads(out) if e["action"] == "evidence.mark"]
    assert [m["after"]["personal_data"] for m in marks] == [False, True]


def test_backup_is_encrypted_and_restored_with_its_passphrase(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    d = make_district(tmp_path)
    backup = tmp_path / "backup.zip"
    with pytest.raises(BackupNeedsPassphraseError, match="choose explicitly"):
        d.ws.backup_report(backup)
    assert not backup.exists()
    d.ws.close()
    ws = ["--workspace", str(d.ws.path)]
    code, _, err = run(capsys, "backup", str(backup), *ws)
    assert code != 0 and "--passphrase-file" in err and not backup.exists()  # no terminal
    secret = tmp_path / "pass.txt"
    secret.write_text("ลับมาก backup passphrase\n", "utf-8")
    code, _, _ = run(capsys, "backup", str(backup), "--passphrase-file", str(secret), *ws)
    assert code == 0
    raw = backup.read_bytes()
    assert raw.startswith(b"age-encryption.org/v1\n")
    assert_nothing_personal(raw, "the backup")
    # the age format's own passphrase mode (what `age -d` asks for) opens it
    plain = age_passphrase.decrypt(raw, "ลับมาก backup passphrase")
    assert zipfile.ZipFile(__import__("io").BytesIO(plain)).testzip() is None
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("not it\n", "utf-8")
    target = tmp_path / "restored"
    code, _, err = run(capsys, "restore", str(backup), "--passphrase-file", str(wrong),
                       "--workspace", str(target))  # fmt: skip
    assert code != 0 and "does not open this backup" in err
    assert not target.exists() or not any(target.iterdir())
    code, _, _ = run(capsys, "restore", str(backup), "--passphrase-file", str(secret),
                     "--workspace", str(target))  # fmt: skip
    assert code == 0
    code, out, _ = run(capsys, "evidence", "list", "--json", "--workspace", str(target))
    items = json.loads(out)
    assert [e["personal_data"] for e in items] == [True, False]
    blob = target / "blobs" / items[0]["sha256"][:2] / items[0]["sha256"]
    assert blob.read_bytes() == SECRET_BYTES
    # explicitly unencrypted: the clerk's choice
    clear = tmp_path / "clear.zip"
    code, _, _ = run(capsys, "backup", str(clear), "--unencrypted", *ws)
    assert code == 0 and clear.read_bytes().startswith(b"PK")


def test_purge_erases_marked_evidence_and_reports_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    d: District = make_district(tmp_path)
    secret = d.ws.get_evidence(d.secret_id)
    blob = d.ws.blob_path(secret.sha256)
    assert blob.exists()
    d.ws.close()
    ws = ["--workspace", str(d.ws.path)]
    report = tmp_path / "erasure.json"
    code, out, _ = run(capsys, "purge", "--before", "2000-01-01", "--yes", *ws)
    assert code == 0 and "Erased 0" in out and blob.exists()
    tomorrow = (date.today() + timedelta(days=1)).isoformat()
    code, out, _ = run(capsys, "purge", "--before", tomorrow, "--report", str(report), "--yes", *ws)
    assert code == 0 and "Erased 1" in out
    doc = json.loads(report.read_text("utf-8"))
    assert doc["format"] == "sealdesk-erasure-report"
    assert [e["sha256"] for e in doc["erased"]] == [secret.sha256]
    assert_nothing_personal(report.read_bytes(), "the erasure report")
    assert not blob.exists()
    code, out, _ = run(capsys, "evidence", "list", "--json", *ws)
    assert [e["original_name"] for e in json.loads(out)] == ["แผนงานประจำปี.txt"]
    # no byte of the file or its name anywhere in the workspace folder any more
    for path in Path(d.ws.path).rglob("*"):
        if path.is_file():
            assert_nothing_personal(path.read_bytes(), str(path))
    with sqlite3.connect(Path(d.ws.path) / "sealdesk.db") as connection:
        actions = [a for (a,) in connection.execute("SELECT action FROM audit_event")]
    connection.close()
    assert "evidence.purge" in actions
