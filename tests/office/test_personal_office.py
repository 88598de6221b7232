"""Issue 18 at the office: readers (age identities locked by a passphrase, in the signed card),
protected evidence taken in by neutral name, opened with a reader's passphrase and logged,
interop with the real ``age`` CLI, and purge leaving no recoverable blob."""

from __future__ import annotations

import json
import subprocess
import time
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import pyrage
import pytest
from pyrage import passphrase as age_passphrase
from pyrage import x25519
from sqlalchemy import select

from sealdesk.bundle import keys
from sealdesk.domain.city import IntakeOutcome
from sealdesk.errors import InputError
from sealdesk.services.office_readers import WrongReaderPassphraseError, unlock_identity
from sealdesk.services.office_trust import read_card
from sealdesk.services.workspace import Workspace
from sealdesk.store.office_models import OfficeEvidenceRow
from tests.office.conftest import FAST_KDF, PASS, District, export, make_district
from tests.office.protected_bundles import encrypt_with_age_cli, protect_bundle

READER_PASS = "ผู้อ่าน passphrase ยาวพอ"
SECRET_NAME = "รายงาน 1001.txt"
SECRET = "รายงานของเขต 1001\n".encode() * 200


@dataclass
class Setup:
    root: Path
    district: District
    office: Workspace
    plain: Path  # the district's bundle, nothing protected
    bundle: Path  # the same, its report protected (pyrage)
    bundle_cli: Path  # the same, encrypted by the age CLI
    index: dict[str, dict[str, object]]


def _office(path: Path) -> Workspace:
    ws = Workspace.create_office(path, name="สำนักพัฒนาสังคม กทม.")
    keys.create_key(ws.path / "keys", PASS, kdf=FAST_KDF)
    return ws


@pytest.fixture(scope="module")
def setup(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Setup]:
    root = tmp_path_factory.mktemp("personal")
    out = root / "out"
    out.mkdir()
    d = make_district(root, "1001")
    plain = export(d, out, "1001-plain")
    office = _office(root / "office")
    office.add_office_reader("สมศรี ผู้ตรวจ", READER_PASS)
    office.add_office_reader("สมชาย ผู้ตรวจ", READER_PASS + " 2")
    readers = [(r.name, r.recipient) for r in office.office_readers()]
    kd = d.ws.path / "keys"
    bundle = out / "1001-protected.zip"
    index = protect_bundle(plain, bundle, kd, PASS, {SECRET_NAME}, readers)
    bundle_cli = out / "1001-protected-cli.zip"
    protect_bundle(plain, bundle_cli, kd, PASS, {SECRET_NAME}, readers, encrypt_with_age_cli)
    try:
        yield Setup(root, d, office, plain, bundle, bundle_cli, index)
    finally:
        office.close()
        d.ws.close()


def _enrolled(setup: Setup, path: Path) -> Workspace:
    from sealdesk.services.office_trust import read_key_file

    ws = _office(path)
    ws.enrol_key(read_key_file(setup.district.pub_file), "1001")
    return ws


def _all_bytes(folder: Path) -> Iterator[tuple[Path, bytes]]:
    for p in sorted(folder.rglob("*")):
        if p.is_file() and not p.is_symlink():
            yield p, p.read_bytes()


# --- readers and the card -------------------------------------------------------------------------


def test_readers_go_into_the_signed_card_and_their_keys_stay_locked(
    setup: Setup, tmp_path: Path
) -> None:
    office = setup.office
    card = tmp_path / "card.txt"
    office.write_office_card(card, PASS)
    _, _, text = read_card(card.read_text(encoding="utf-8"), str(card))
    doc = json.loads(text.split("-----BEGIN SIGNATURE-----")[0])
    assert [r["name"] for r in doc["readers"]] == ["สมศรี ผู้ตรวจ", "สมชาย ผู้ตรวจ"]
    assert all(r["recipient"].startswith("age1") for r in doc["readers"])
    # the identity is kept in age's passphrase format: age (and pyrage) unlock it
    exported = office.export_reader_identity("สมศรี ผู้ตรวจ", tmp_path / "id.age")
    sealed = exported.read_bytes()
    assert sealed.startswith(b"age-encryption.org/v1\n-> scrypt ")
    assert exported.stat().st_mode & 0o777 == 0o600
    secret = age_passphrase.decrypt(sealed, READER_PASS).decode().strip()
    assert secret.startswith("AGE-SECRET-KEY-1")
    assert str(x25519.Identity.from_str(secret).to_public()) == doc["readers"][0]["recipient"]
    # no secret key in clear anywhere in the workspace
    for path, data in _all_bytes(office.path):
        assert secret.encode() not in data, path
    with pytest.raises(WrongReaderPassphraseError):
        unlock_identity(office, "สมศรี ผู้ตรวจ", "wrong passphrase!")


def test_a_removed_reader_leaves_the_card_and_their_key_is_wiped(tmp_path: Path) -> None:
    ws = _office(tmp_path / "o")
    try:
        ws.add_office_reader("ผู้อ่าน ชั่วคราว", READER_PASS)
        sealed = ws.export_reader_identity("ผู้อ่าน ชั่วคราว", tmp_path / "id.age").read_bytes()
        with pytest.raises(InputError):
            ws.add_office_reader("ผู้อ่าน ชั่วคราว", READER_PASS)
        ws.remove_office_reader("ผู้อ่าน ชั่วคราว")
        assert ws.office_readers() == ()
        assert [r.name for r in ws.office_readers(include_removed=True)] == ["ผู้อ่าน ชั่วคราว"]
        card = tmp_path / "card.txt"
        ws.write_office_card(card, PASS)
        assert '"readers":[]' in card.read_text(encoding="utf-8")
        with pytest.raises(InputError):
            ws.export_reader_identity("ผู้อ่าน ชั่วคราว", tmp_path / "again.age")
        # the encrypted identity is in no file of the workspace any more (free pages too)
        for path, data in _all_bytes(ws.path):
            assert sealed[-64:] not in data, path
    finally:
        ws.close()


# --- intake, opening, the access log ----------------------------------------------------------


def test_protected_evidence_is_taken_in_by_neutral_name_and_opened_with_a_log(
    setup: Setup, tmp_path: Path
) -> None:
    ws = _enrolled(setup, tmp_path / "o")
    try:
        ws.add_office_reader("สมศรี ผู้ตรวจ", READER_PASS)  # a reader of this office, not in card
        (result,) = ws.receive_bundles([setup.bundle])
        assert result.outcome is IntakeOutcome.TAKEN, result
        files = ws.protected_files()
        assert [(f.district_code, f.neutral_name) for f in files] == [("1001", "p-001.age")]
        assert files[0].recipients == ("สมศรี ผู้ตรวจ", "สมชาย ผู้ตรวจ")
        assert files[0].readable_by == ()  # same name, another key: not this office's reader
        with ws._sessions() as session:
            names = session.scalars(select(OfficeEvidenceRow.name)).all()
        assert SECRET_NAME not in names and "p-001.age" not in names
        # this office's reader has another key than the card's: it cannot open the file
        with pytest.raises(InputError):
            ws.open_protected(result.bundle_id, "p-001.age", "สมศรี ผู้ตรวจ", READER_PASS)
        assert ws.access_log() == ()
        # nothing of the file's name or content in clear in the office workspace
        for path, data in _all_bytes(ws.path):
            assert SECRET_NAME.encode() not in data, path
            assert SECRET[:64] not in data, path
    finally:
        ws.close()


def test_a_reader_opens_exactly_the_original_and_each_opening_is_logged(
    setup: Setup, tmp_path: Path
) -> None:
    ws = setup.office
    from sealdesk.services.office_trust import read_key_file

    if not ws.office_keys():
        ws.enrol_key(read_key_file(setup.district.pub_file), "1001")
    (result,) = ws.receive_bundles([setup.bundle])
    bundle_id = result.bundle_id
    (listed,) = ws.protected_files(bundle_id=bundle_id)
    assert listed.readable_by == ("สมศรี ผู้ตรวจ", "สมชาย ผู้ตรวจ")
    with pytest.raises(WrongReaderPassphraseError):
        ws.open_protected(bundle_id, "p-001.age", "สมศรี ผู้ตรวจ", "not the passphrase")
    assert ws.access_log() == ()
    opened = ws.open_protected(bundle_id, "p-001.age", "สมศรี ผู้ตรวจ", READER_PASS)
    assert opened.data == SECRET and opened.name == SECRET_NAME
    out = ws.extract_protected(
        bundle_id, "p-001.age", "สมชาย ผู้ตรวจ", READER_PASS + " 2", tmp_path / "x.txt"
    )
    assert (tmp_path / "x.txt").read_bytes() == SECRET and out.title
    assert (tmp_path / "x.txt").stat().st_mode & 0o777 == 0o600
    log = ws.access_log()
    assert [(e.reader, e.action, e.neutral_name, e.district_code) for e in log] == [
        ("สมศรี ผู้ตรวจ", "view", "p-001.age", "1001"),
        ("สมชาย ผู้ตรวจ", "extract", "p-001.age", "1001"),
    ]
    # the private copy for a viewer: 0600 in a 0700 folder, erased afterwards
    from sealdesk.services.office_protected import private_copy

    with private_copy(opened) as copy:
        assert copy.read_bytes() == SECRET and SECRET_NAME not in str(copy)
        assert copy.stat().st_mode & 0o777 == 0o600
        assert copy.parent.stat().st_mode & 0o777 == 0o700
    assert not copy.exists() and not copy.parent.exists()
    # the audit log and the access log name the file by its neutral name only
    for path, data in _all_bytes(ws.path):
        assert SECRET_NAME.encode() not in data, path
        assert SECRET[:64] not in data, path


# --- interop with the age CLI ---------------------------------------------------------------------


def test_the_age_cli_decrypts_a_file_from_the_bundle_with_the_reader_identity(
    setup: Setup, tmp_path: Path
) -> None:
    with zipfile.ZipFile(setup.bundle) as zf:
        name = next(n for n in zf.namelist() if n.endswith("protected/p-001.age"))
        (tmp_path / "p-001.age").write_bytes(zf.read(name))
    sealed = setup.office.export_reader_identity("สมศรี ผู้ตรวจ", tmp_path / "id.age")
    identity = tmp_path / "id.txt"
    identity.write_bytes(age_passphrase.decrypt(sealed.read_bytes(), READER_PASS))
    identity.chmod(0o600)
    run = subprocess.run(
        ["age", "-d", "-i", str(identity), str(tmp_path / "p-001.age")], capture_output=True
    )
    assert run.returncode == 0, run.stderr
    assert run.stdout == SECRET
    # and the locked identity file itself: age asks for the passphrase on a terminal (a pty
    # made by util-linux's script), exactly as a reader at the office would type it
    out = tmp_path / "by-age.txt"
    command = f"age -d -i {sealed} -o {out} {tmp_path / 'p-001.age'}"
    with subprocess.Popen(
        ["script", "-qec", command, "/dev/null"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    ) as run:
        time.sleep(1)  # age opens the terminal, then reads the passphrase from it
        stdout, stderr = run.communicate((READER_PASS + "\n").encode(), timeout=60)
    assert run.returncode == 0, stdout + stderr
    assert out.read_bytes() == SECRET


def test_files_encrypted_by_the_age_cli_open_in_sealdesk(setup: Setup, tmp_path: Path) -> None:
    ws = _enrolled(setup, tmp_path / "o")
    try:
        # the reader's identity of the card, carried over through its locked file
        sealed = setup.office.export_reader_identity("สมศรี ผู้ตรวจ", tmp_path / "id.age")
        _import_reader(ws, "สมศรี ผู้ตรวจ", sealed.read_bytes())
        (result,) = ws.receive_bundles([setup.bundle_cli])
        assert result.outcome is IntakeOutcome.TAKEN
        opened = ws.open_protected(result.bundle_id, "p-001.age", "สมศรี ผู้ตรวจ", READER_PASS)
        assert opened.data == SECRET and opened.name == SECRET_NAME
        # and any file age encrypted to the office's recipient
        recipient = ws.office_readers()[0].recipient
        loose = tmp_path / "คำร้อง นางสาวมาลี.age"  # a name that names someone
        loose.write_bytes(encrypt_with_age_cli(b"scan of a complaint", [recipient]))
        assert ws.open_age_file(loose, "สมศรี ผู้ตรวจ", READER_PASS, tmp_path / "l.bin") == 19
        assert (tmp_path / "l.bin").read_bytes() == b"scan of a complaint"
        assert [e.action for e in ws.access_log()] == ["view", "file"]
        assert ws.access_log()[-1].neutral_name == "-"
        for path, data in _all_bytes(ws.path):
            assert "นางสาวมาลี".encode() not in data, path
    finally:
        ws.close()


def _import_reader(ws: Workspace, name: str, sealed: bytes) -> None:
    """A second office PC holding the same reader (the locked identity copied over)."""
    from sealdesk.services.core import now
    from sealdesk.store.office_models import OfficeReader

    secret = age_passphrase.decrypt(sealed, READER_PASS).decode().strip()
    recipient = str(x25519.Identity.from_str(secret).to_public())
    with ws._transaction() as session:
        session.add(
            OfficeReader(
                name=name, recipient=recipient, identity=sealed, added_at=now(), added_by="t"
            )
        )


def test_a_bundle_with_protected_files_passes_bagit_and_minisign(
    setup: Setup, tmp_path: Path
) -> None:
    import sys

    import bagit

    bag_dir = tmp_path / "x"
    with zipfile.ZipFile(setup.bundle) as zf:
        zf.extractall(bag_dir)
    (bag_dir,) = list(bag_dir.iterdir())
    bagit.Bag(str(bag_dir)).validate()
    run = subprocess.run(
        [str(Path(sys.executable).with_name("bagit.py")), "--validate", str(bag_dir)],
        capture_output=True,
        text=True,
    )
    assert run.returncode == 0, run.stderr
    run = subprocess.run(
        [
            "minisign", "-V", "-p", str(setup.district.pub_file),
            "-m", str(bag_dir / "tagmanifest-sha256.txt"),
        ],
        capture_output=True,
        text=True,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    raw = setup.bundle.read_bytes()
    assert SECRET_NAME.encode() not in raw and SECRET[:64] not in raw


# --- purge ----------------------------------------------------------------------------------------


def test_purge_erases_the_protected_blobs_and_leaves_no_recoverable_byte(
    setup: Setup, tmp_path: Path
) -> None:
    ws = _enrolled(setup, tmp_path / "o")
    try:
        (taken,) = ws.receive_bundles([setup.bundle])
        # a protected bundle from a district whose key is not enrolled: quarantined
        other = make_district(tmp_path, "1002")
        plain = export(other, tmp_path, "1002-plain")
        refused = tmp_path / "1002-protected.zip"
        readers = [(r.name, r.recipient) for r in setup.office.office_readers()]
        protect_bundle(plain, refused, other.ws.path / "keys", PASS, {"รายงาน 1002.txt"}, readers)
        other.ws.close()
        (q,) = ws.receive_bundles([refused])
        assert q.outcome is IntakeOutcome.QUARANTINED
        (row,) = ws.protected_files()
        cipher = ws.blobs.path_of(row.sha256).read_bytes()
        with zipfile.ZipFile(refused) as zf:
            quarantined = zf.read(next(n for n in zf.namelist() if n.endswith("p-001.age")))
        assert ws.retention_years() == 3
        # nothing is past a retention ending yesterday
        assert ws.purge_protected(date.today() - timedelta(days=1)).files == ()
        report = tmp_path / "erasure.json"
        result = ws.purge_protected(date.today() + timedelta(days=1), report=report)
        assert [f["file"] for f in result.files] == ["p-001.age"]
        assert result.blobs_erased == 2 and result.quarantined_erased == 1  # file + index
        assert not ws.blobs.has(row.sha256)
        assert ws.protected_files() == ()
        with pytest.raises(InputError):
            ws.open_protected(taken.bundle_id, "p-001.age", "x", READER_PASS)
        # no byte of the ciphertext or of the refused bundle's protected file left anywhere
        identity = x25519.Identity.from_str(
            age_passphrase.decrypt(
                setup.office.export_reader_identity("สมศรี ผู้ตรวจ", tmp_path / "id.age").read_bytes(),
                READER_PASS,
            )
            .decode()
            .strip()
        )
        for path, data in _all_bytes(ws.path):
            assert cipher[200:264] not in data, path
            assert quarantined[200:264] not in data, path
            assert SECRET[:64] not in data, path
            if data.startswith(b"age-encryption.org/v1"):  # nothing left that the key opens
                with pytest.raises(pyrage.DecryptError):
                    pyrage.decrypt(data, [identity])
        doc = json.loads(report.read_text(encoding="utf-8"))
        assert doc["format"] == "sealdesk-erasure-report" and len(doc["files"]) == 1
        assert SECRET_NAME not in report.read_text(encoding="utf-8")
        assert ws.check() == []
        (kept,) = ws.office_quarantined()
        with pytest.raises(InputError, match="was erased"):
            ws.office_release(kept.id)
        with pytest.raises(InputError, match="can no longer be rebuilt"):
            ws.office_bundle_file(taken.bundle_id, tmp_path / "rebuilt.zip")
        # the rest of the submission stays
        assert ws.office_status().rows
    finally:
        ws.close()
