"""The office and trust commands through the real ``main``, on real workspaces and bundles."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from sealdesk.bundle import keys
from sealdesk.cli import main
from tests.office.conftest import FAST_KDF, PASS, City


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(["--lang", "en", *argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def office_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("SEALDESK_LANG", "en")
    folder = tmp_path / "office"
    assert main(["office", "init", "--name", "ศูนย์ประสานงาน กทม.", "--workspace", str(folder)]) == 0
    keys.create_key(folder / "keys", PASS, kdf=FAST_KDF)
    return folder


@pytest.fixture
def pass_file(tmp_path: Path) -> Path:
    path = tmp_path / "pass.txt"
    path.write_text(PASS + "\n", "utf-8")
    return path


def test_each_kind_refuses_the_other_kinds_commands(
    office_dir: Path, city: City, capsys: pytest.CaptureFixture[str]
) -> None:
    district = str(city.districts["1001"].ws.path)
    code, _, err = run(capsys, "score", "--workspace", str(office_dir))
    assert code == 3 and "for a district office" in err
    code, _, err = run(capsys, "office", "status", "--workspace", district)
    assert code == 3 and "for the coordinating office" in err
    code, _, err = run(capsys, "trust", "list", "--workspace", str(office_dir))
    assert code == 3
    code, _out, _ = run(capsys, "key", "show", "--workspace", str(office_dir))
    assert code == 0
    code, _, _ = run(capsys, "audit", "--workspace", str(office_dir))
    assert code == 0


def test_enrol_needs_confirmation_then_keys_revoke(
    office_dir: Path, city: City, capsys: pytest.CaptureFixture[str]
) -> None:
    d1 = city.districts["1001"]
    ws = ["--workspace", str(office_dir)]
    code, out, err = run(capsys, "office", "enrol", str(d1.pub_file), "--district", "1001", *ws)
    assert code == 2 and "--yes" in err and "Fingerprint:" in out
    code, out, _ = run(
        capsys, "office", "enrol", str(d1.pub_file), "--district", "1001", "--yes", *ws
    )
    assert code == 0 and d1.key_id in out
    # the key line printed on the key sheet, as a scanner types it
    line = d1.pub_file.read_text("utf-8").splitlines()[1]
    d2 = city.districts["1002"]
    line2 = d2.pub_file.read_text("utf-8").splitlines()[1]
    code, _, _ = run(
        capsys, "office", "enrol", "--from-text", line2, "--district", "1002", "--yes", *ws
    )
    assert code == 0
    code, _, err = run(
        capsys, "office", "enrol", "--from-text", line, "--district", "1001", "--yes", *ws
    )
    assert code == 2 and "already on the trust list" in err
    fingerprint = keys.public_key(d1.ws.path / "keys").fingerprint
    code, _, err = run(
        capsys, "office", "enrol", "--from-text", fingerprint, "--district", "1001", "--yes", *ws
    )
    assert code == 2 and "fingerprint" in err
    code, out, _ = run(capsys, "office", "keys", "--json", *ws)
    listed = json.loads(out)
    assert [(k["district_code"], k["key_id"]) for k in listed] == [
        ("1001", d1.key_id),
        ("1002", d2.key_id),
    ]
    code, _, err = run(capsys, "office", "revoke", d1.key_id, "--reason", " ", *ws)
    assert code == 2
    code, out, _ = run(capsys, "office", "revoke", d1.key_id, "--reason", "เครื่องหาย", *ws)
    assert code == 0
    code, out, _ = run(capsys, "office", "keys", *ws)
    assert "revoked" in out and "เครื่องหาย" in out
    code, out, _ = run(capsys, "audit", "--json", *ws)
    actions = [e["action"] for e in json.loads(out)]
    assert actions.count("office.key.enrol") == 2 and "office.key.revoke" in actions


def test_receive_lines_and_exit_status(
    office_dir: Path, city: City, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ws = ["--workspace", str(office_dir)]
    for d in city.districts.values():
        assert main(["office", "enrol", str(d.pub_file), "--district", d.code, "--yes", *ws]) == 0
    capsys.readouterr()
    good = str(city.out / "1001-2569.zip")
    code, out, _ = run(capsys, "office", "receive", good, good, *ws)
    assert code == 0
    assert out.count("\n") == 2 and "taken in" in out and "already received" in out
    junk = tmp_path / "junk.zip"
    junk.write_bytes(b"not a zip at all")
    code, out, _ = run(
        capsys, "office", "receive", str(city.out / "1002-2569-a.zip"), str(junk), "--json", *ws
    )
    assert code == 1
    data = json.loads(out)
    assert [r["outcome"] for r in data] == ["taken", "quarantined"]
    assert data[1]["exit_code"] >= 10 and "damaged" in data[1]["message"]
    code, out, _ = run(capsys, "office", "quarantine", "--json", *ws)
    assert len(json.loads(out)) == 1
    code, out, _ = run(capsys, "office", "status", "--json", *ws)
    rows = json.loads(out)["rows"]
    assert len(rows) == 50 and rows[0]["bundle_id"] and rows[3]["state"] == "none"
    # in Thai (in its own process: a Thai translator, once installed, stays for the process)
    thai = subprocess.run(
        [sys.executable, "-m", "sealdesk", "--lang", "th", "office", "status", *ws],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])},
    )
    assert thai.returncode == 0 and "ส่งชุดข้อมูลแล้ว 2 จาก 50 เขต" in thai.stdout
    assert "พระนคร" in thai.stdout and "ตรวจสอบลายมือชื่อแล้ว" in thai.stdout


def test_trust_export_is_accepted_by_verify(
    office_dir: Path,
    city: City,
    pass_file: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    ws = ["--workspace", str(office_dir)]
    d = city.districts["1003"]
    assert main(["office", "enrol", str(d.pub_file), "--district", "1003", "--yes", *ws]) == 0
    trust = tmp_path / "trust-list.txt"
    code, out, _ = run(
        capsys,
        "office",
        "trust-export",
        "--out",
        str(trust),
        "--passphrase-file",
        str(pass_file),
        *ws,
    )
    assert code == 0 and "Keys on it: 1" in out
    code, out, _ = run(capsys, "verify", str(city.out / "1003-2569.zip"), "--trust", str(trust))
    assert code == 0 and "trusted key" in out
    code, _, _ = run(capsys, "verify", str(city.out / "1001-2569.zip"), "--trust", str(trust))
    assert code == 13  # 1001's key is not on the list
    forged = tmp_path / "forged.txt"
    forged.write_text(trust.read_text("utf-8").replace('"1003"', '"1004"'), "utf-8")
    code, _, err = run(capsys, "verify", str(city.out / "1003-2569.zip"), "--trust", str(forged))
    assert code != 0 and "changed" in err


def test_office_card_trusted_at_a_district(
    office_dir: Path,
    city: City,
    pass_file: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    card = tmp_path / "office-card.txt"
    code, _, _ = run(
        capsys,
        "office",
        "card",
        "--out",
        str(card),
        "--passphrase-file",
        str(pass_file),
        "--workspace",
        str(office_dir),
    )
    assert code == 0 and len(card.read_bytes()) < 1000  # fits as QR text
    district = tmp_path / "district"
    shutil.copytree(city.districts["1002"].ws.path, district)
    dws = ["--workspace", str(district)]
    code, out, err = run(capsys, "trust", "add", str(card), *dws)
    assert code == 2 and "ศูนย์ประสานงาน" in out
    code, out, _ = run(capsys, "trust", "add", str(card), "--yes", *dws)
    assert code == 0
    office_key = keys.public_key(office_dir / "keys")
    code, out, _ = run(capsys, "trust", "list", "--json", *dws)
    assert [o["key_id"] for o in json.loads(out)] == [office_key.key_id_hex]
    bare = tmp_path / "office.pub"
    keys.export_public(office_dir / "keys", bare)
    code, _, err = run(capsys, "trust", "add", str(bare), "--yes", *dws)
    assert code == 2 and "already trusted" in err
    changed = tmp_path / "changed-card.txt"
    changed.write_text(card.read_text("utf-8").replace("ศูนย์", "ศูนย"), "utf-8")
    code, _, err = run(capsys, "trust", "add", str(changed), "--yes", *dws)
    assert code != 0 and "changed" in err
    code, _, _ = run(capsys, "trust", "remove", office_key.key_id_hex, *dws)
    assert code == 0
    code, out, _ = run(capsys, "trust", "list", *dws)
    assert "No office key" in out


def test_intake_watch_once_takes_the_folder(
    office_dir: Path, city: City, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ws = ["--workspace", str(office_dir)]
    d = city.districts["1001"]
    assert main(["office", "enrol", str(d.pub_file), "--district", "1001", "--yes", *ws]) == 0
    folder = tmp_path / "intake"
    folder.mkdir()
    shutil.copy(city.out / "1001-2569.zip", folder / "จากเขตพระนคร.zip")
    shutil.copy(city.out / "1002-2569-a.zip", folder / "dusit.zip")
    capsys.readouterr()
    code, out, _ = run(
        capsys, "office", "intake", "watch", "--folder", str(folder), "--once", "--json", *ws
    )
    assert code == 1
    outcomes = sorted(r["outcome"] for r in json.loads(out))
    assert outcomes == ["quarantined", "taken"]
    assert (folder / "imported" / "จากเขตพระนคร.zip").is_file()
    assert (folder / "failed" / "dusit.zip").is_file()
    # once only: a second pass takes nothing again
    code, out, _ = run(
        capsys, "office", "intake", "watch", "--folder", str(folder), "--once", "--json", *ws
    )
    assert json.loads(out) == []


def test_the_office_workspace_backs_up_and_restores_whole(
    office_dir: Path, city: City, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ws = ["--workspace", str(office_dir)]
    d = city.districts["1001"]
    assert main(["office", "enrol", str(d.pub_file), "--district", "1001", "--yes", *ws]) == 0
    assert main(["office", "receive", str(city.out / "1001-2569.zip"), *ws]) == 0
    backup = tmp_path / "office-backup.zip"
    code, out, err = run(capsys, "backup", str(backup), *ws)
    assert code == 0, err
    restored = tmp_path / "restored"
    code, out, err = run(capsys, "restore", str(backup), "--workspace", str(restored))
    assert code == 0 and "coordinating office" in out, err
    code, out, _ = run(capsys, "check", "--workspace", str(restored))
    assert code == 0
    code, out, _ = run(capsys, "office", "status", "--json", "--workspace", str(restored))
    assert json.loads(out)["rows"][0]["state"] == "verified"


def test_the_quarantine_is_in_the_backup_and_released_after_restore(
    office_dir: Path, city: City, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Refused files are the record of what a district sent: a restored office still lists
    them, has the files as they came, and releases one once the district's key is enrolled."""
    ws = ["--workspace", str(office_dir)]
    refused = city.out / "1002-2569-a.zip"
    code, out, _ = run(capsys, "office", "receive", str(refused), "--json", *ws)
    assert code == 1 and json.loads(out)[0]["outcome"] == "quarantined"
    (kept,) = (office_dir / "quarantine").iterdir()
    # a file of the intake's own (not named by a hash) stays out of the backup
    (office_dir / "quarantine" / "stray.tmp").write_bytes(b"x")
    backup = tmp_path / "office-backup.zip"
    code, out, err = run(capsys, "backup", str(backup), *ws)
    assert code == 0, err
    import zipfile

    with zipfile.ZipFile(backup) as archive:
        names = [n for n in archive.namelist() if n.startswith("quarantine/")]
    assert names == [f"quarantine/{kept.name}"]
    restored = tmp_path / "restored"
    code, out, err = run(capsys, "restore", str(backup), "--workspace", str(restored))
    assert code == 0, err
    rws = ["--workspace", str(restored)]
    assert (restored / "quarantine" / kept.name).read_bytes() == refused.read_bytes()
    code, out, _ = run(capsys, "office", "quarantine", "--json", *rws)
    (row,) = json.loads(out)
    assert row["file_name"] == "1002-2569-a.zip" and row["sha256"] == kept.name
    code, out, _ = run(capsys, "check", *rws)
    assert code == 0, out
    d = city.districts["1002"]
    assert main(["office", "enrol", str(d.pub_file), "--district", "1002", "--yes", *rws]) == 0
    capsys.readouterr()
    code, out, _ = run(capsys, "office", "release", str(row["id"]), "--json", *rws)
    assert code == 0 and json.loads(out)["outcome"] == "taken", out
    assert not (restored / "quarantine" / kept.name).exists()
    code, out, _ = run(capsys, "office", "status", "--json", *rws)
    assert json.loads(out)["rows"][1]["state"] == "verified"


def test_a_damaged_refused_file_in_a_backup_is_left_out_the_rest_restored(
    office_dir: Path, city: City, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import zipfile

    ws = ["--workspace", str(office_dir)]
    run(capsys, "office", "receive", str(city.out / "1002-2569-a.zip"), *ws)
    backup = tmp_path / "office-backup.zip"
    assert run(capsys, "backup", str(backup), *ws)[0] == 0
    changed = tmp_path / "changed.zip"
    with zipfile.ZipFile(backup) as src, zipfile.ZipFile(changed, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename.startswith("quarantine/"):
                data = data[:-1] + bytes([data[-1] ^ 1])
            dst.writestr(info, data)
    # and a name out of the quarantine's shape makes the whole backup unusable
    hostile = tmp_path / "hostile.zip"
    shutil.copy(changed, hostile)
    with zipfile.ZipFile(hostile, "a") as dst:
        dst.writestr("quarantine/../escaped", b"x")
    code, out, err = run(capsys, "restore", str(hostile), "--workspace", str(tmp_path / "h"))
    assert code != 0 and "unexpected entry" in err + out
    assert not (tmp_path / "h").exists() and not (tmp_path / "escaped").exists()
    restored = tmp_path / "restored"
    code, out, err = run(capsys, "restore", str(changed), "--workspace", str(restored))
    assert code == 0, err
    assert list((restored / "quarantine").iterdir()) == []
    code, out, _ = run(capsys, "office", "quarantine", "--json", "--workspace", str(restored))
    assert [q["file_name"] for q in json.loads(out)] == ["1002-2569-a.zip"]


def test_verify_with_the_trust_list_checks_the_keys_district(
    office_dir: Path,
    city: City,
    pass_file: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """A second office PC or an auditor refuses what the office's intake refuses: a bundle
    signed by a key the trust list enrols for another district."""
    ws = ["--workspace", str(office_dir)]
    key_1001 = city.districts["1001"].pub_file  # enrolled, by mistake, for 1002
    assert main(["office", "enrol", str(key_1001), "--district", "1002", "--yes", *ws]) == 0
    trust = tmp_path / "trust-list.txt"
    argv = ["office", "trust-export", "--out", str(trust), "--passphrase-file", str(pass_file)]
    assert run(capsys, *argv, *ws)[0] == 0
    code, _, err = run(capsys, "verify", str(city.out / "1001-2569.zip"), "--trust", str(trust))
    assert code == 13
    assert "from district 1001" in err and "belongs to district 1002" in err, err
    code, out, _ = run(
        capsys, "verify", str(city.out / "1001-2569.zip"), "--trust", str(trust), "--json"
    )
    assert code == 13 and json.loads(out)["error"] == "KeyOfAnotherDistrictError"
    code, out, _ = run(capsys, "office", "receive", str(city.out / "1001-2569.zip"), "--json", *ws)
    assert code == 1 and json.loads(out)[0]["verifier_code"] == "WrongDistrictError"
    # the bare public key (no district in it) still verifies the signature alone, as before
    code, out, _ = run(capsys, "verify", str(city.out / "1001-2569.zip"), "--trust", str(key_1001))
    assert code == 0 and "trusted key" in out
    # the service takes the trust list's file itself too (the app's verify dialog passes it)
    from sealdesk.services import verification

    with pytest.raises(verification.KeyOfAnotherDistrictError):
        verification.verify_bundle(city.out / "1001-2569.zip", trust)
    with pytest.raises(verification.VerifyError) as refused:
        verification.verify_bundle(city.out / "1003-2569.zip", str(trust))
    assert refused.value.exit_code == 13  # 1003's key is not on the list
