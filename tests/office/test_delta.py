"""Issue 16 end to end, with separate district and office workspaces: full export, receive,
receipt, change, delta export, office completion; the refusals (no receipt imported, a forged
receipt, a receipt from an untrusted key or for another district, a delta whose left-out files
the office does not hold); and what independent tools (bagit-python, minisign) make of a delta.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from sealdesk.bundle import keys
from sealdesk.bundle.delta import FETCH_URL_PREFIX
from sealdesk.bundle.errors import DeltaIncompleteError
from sealdesk.bundle.verify import verify_bundle
from sealdesk.domain.city import IntakeOutcome
from sealdesk.errors import InputError
from sealdesk.fsutil import sha256_file
from sealdesk.services import export as export_service
from sealdesk.services.core import DB_NAME
from sealdesk.services.district_trust import read_office_card
from sealdesk.services.office_trust import read_key_file
from sealdesk.services.workspace import Workspace
from tests.office.conftest import FAST_KDF, PASS, District, export, make_district


def _trust_office(office: Workspace, d: District, root: Path) -> Path:
    card = root / "office.card"
    if not card.exists():
        office.write_office_card(card, PASS)
    d.ws.trust_office(read_office_card(card))
    return card


@pytest.fixture
def pair(tmp_path: Path, office: Workspace) -> tuple[District, Workspace, Path]:
    d = make_district(tmp_path, "1001")
    office.enrol_key(read_key_file(d.pub_file), "1001")
    _trust_office(office, d, tmp_path)
    out = tmp_path / "out"
    out.mkdir()
    return d, office, out


def _receipt(office: Workspace, d: District, out: Path, name: str) -> Path:
    path = out / name
    office.write_receipt("1001", path, PASS)
    return path


def _change(d: District, src: Path) -> Path:
    codes = [b.code for b in d.ws.catalog().benchmarks()]
    new = src / "คำสั่งใหม่.txt"
    new.write_bytes("คำสั่งแต่งตั้งคณะทำงาน\n".encode() * 100)
    d.ws.add_evidence(new, benchmarks=[codes[2]])
    d.ws.assess(codes[0], status="met", narrative="แก้ไขตามข้อเสนอแนะของสำนักงาน")
    return new


def test_full_receipt_delta_completion(pair: tuple[District, Workspace, Path]) -> None:
    d, office, out = pair
    full = out / "full.zip"
    export_service.export_bundle(d.ws, full, passphrase=PASS, checklist=False)
    [taken] = office.receive_bundles([full])
    assert taken.outcome is IntakeOutcome.TAKEN

    receipt_file = _receipt(office, d, out, "receipt-1.txt")
    text = receipt_file.read_text("utf-8")
    doc = json.loads(text.split("-----BEGIN SIGNATURE-----")[0])
    assert doc["district"] == "1001" and doc["round_be"] == 2569
    assert [b["bundle_id"] for b in doc["bundles"]] == [taken.bundle_id]
    assert len(doc["evidence"]) == 2 and "catalog" in doc
    imported = d.ws.import_receipt(receipt_file)
    assert not imported.duplicate and imported.receipt.evidence == frozenset(doc["evidence"])
    assert d.ws.import_receipt(receipt_file).duplicate  # the same file twice: taken once
    assert len(d.ws.receipts()) == 1

    new = _change(d, out.parent / "src-1001")
    time.sleep(1.1)  # signing times are to the second: the delta is the newer bundle
    delta = out / "delta.zip"
    result = export_service.export_bundle(d.ws, delta, passphrase=PASS, checklist=False, delta=True)
    assert result.fetched_files == 2 and result.payload_files == 4
    with zipfile.ZipFile(delta) as zf:
        names = [n.split("/", 1)[1] for n in zf.namelist()]
        fetch = zf.read(next(n for n in zf.namelist() if n.endswith("/fetch.txt"))).decode()
        manifest = zf.read(next(n for n in zf.namelist() if n.endswith("/manifest-sha256.txt")))
    assert "data/evidence/คำสั่งใหม่.txt" in names
    assert not any("หนังสือเวียน" in n for n in names)  # held by the office: not carried
    assert "หนังสือเวียน" in manifest.decode()  # but the signed manifest lists every file
    assert all(line.startswith(FETCH_URL_PREFIX) for line in fetch.splitlines())
    assert len(fetch.splitlines()) == 2
    assert delta.stat().st_size < full.stat().st_size

    # nobody but the office can supply what it leaves out
    with pytest.raises(DeltaIncompleteError) as missing:
        verify_bundle(delta, [d.pub_file])
    assert "หนังสือเวียน กทม.pdf" in str(missing.value.params["names"])

    [completed] = office.receive_bundles([delta])
    assert completed.outcome is IntakeOutcome.TAKEN, completed.params
    sub = office.office_submission("1001", 2569)
    names_held = {e.name for e in sub.evidence}
    assert {"หนังสือเวียน กทม.pdf", "คำสั่งใหม่.txt"} <= names_held
    # every evidence file of the completed submission opens from the office's store
    for e in sub.evidence:
        assert office.office_evidence_path(e.sha256).is_file()
    assert new.read_bytes() == next(
        office.office_evidence_path(e.sha256).read_bytes()
        for e in sub.evidence
        if e.name == "คำสั่งใหม่.txt"
    )

    # the district's bundles: City Hall has received the full one (by the receipt)
    receipt2 = _receipt(office, d, out, "receipt-2.txt")
    d.ws.import_receipt(receipt2)
    latest = d.ws.latest_receipt(2569)
    assert {b.bundle_id for b in latest.bundles} == {taken.bundle_id, completed.bundle_id}


def test_delta_without_receipt_is_refused(pair: tuple[District, Workspace, Path]) -> None:
    d, _office, out = pair
    with pytest.raises(InputError) as refused:
        export_service.export_bundle(
            d.ws, out / "delta.zip", passphrase=PASS, checklist=False, delta=True
        )
    assert "No receipt from City Hall has been imported for round 2569" in refused.value.english()
    assert not (out / "delta.zip").exists()


def test_forged_and_foreign_receipts_are_refused(
    pair: tuple[District, Workspace, Path], tmp_path: Path
) -> None:
    d, office, out = pair
    full = out / "full.zip"
    export_service.export_bundle(d.ws, full, passphrase=PASS, checklist=False)
    office.receive_bundles([full])
    good = _receipt(office, d, out, "receipt.txt")
    text = good.read_text("utf-8")

    forged = out / "forged.txt"  # one more evidence file "held": the signature no longer holds
    forged.write_text(text.replace('"evidence": [', '"evidence": [\n  "' + "0" * 64 + '",'))
    with pytest.raises(InputError) as e:
        d.ws.import_receipt(forged)
    assert "not a valid receipt from City Hall" in e.value.english()

    # a receipt signed by another office key (a valid signature, but not a trusted key)
    other = Workspace.create_office(tmp_path / "other", name="สำนักงานอื่น")
    try:
        keys.create_key(other.path / "keys", PASS, kdf=FAST_KDF)
        other.enrol_key(read_key_file(d.pub_file), "1001")
        other.receive_bundles([full])
        stranger = out / "stranger.txt"
        other.write_receipt("1001", stranger, PASS)
    finally:
        other.close()
    with pytest.raises(InputError) as e:
        d.ws.import_receipt(stranger)
    assert "which this district does not trust" in e.value.english()

    # a receipt for another district, from the trusted office
    d2 = make_district(tmp_path, "1002")
    try:
        _trust_office(office, d2, out.parent)
        with pytest.raises(InputError) as e:
            d2.ws.import_receipt(good)
        assert "made for district 1001, not for this district (1002)" in e.value.english()
    finally:
        d2.ws.close()
    assert d.ws.receipts() == () and d.ws.latest_receipt(2569) is None


def test_delta_the_office_cannot_complete_is_refused_naming_files(
    pair: tuple[District, Workspace, Path], tmp_path: Path
) -> None:
    d, office, out = pair
    full = out / "full.zip"
    export_service.export_bundle(d.ws, full, passphrase=PASS, checklist=False)
    office.receive_bundles([full])
    d.ws.import_receipt(_receipt(office, d, out, "receipt.txt"))
    _change(d, out.parent / "src-1001")
    delta = out / "delta.zip"
    export_service.export_bundle(d.ws, delta, passphrase=PASS, checklist=False, delta=True)

    fresh = Workspace.create_office(tmp_path / "fresh", name="สำนักงานใหม่")
    try:
        fresh.enrol_key(read_key_file(d.pub_file), "1001")
        [refused] = fresh.receive_bundles([delta])
        assert refused.outcome is IntakeOutcome.QUARANTINED
        assert refused.verifier_code == "DeltaIncompleteError"
        assert "หนังสือเวียน กทม.pdf" in refused.params["names"]
        assert "รายงาน 1001.txt" in refused.params["names"]
    finally:
        fresh.close()


def test_independent_tools_accept_the_delta(
    pair: tuple[District, Workspace, Path], tmp_path: Path
) -> None:
    """What an IT person runs: minisign on the signature; bagit-python reads the holey bag,
    lists exactly the files fetch.txt promises as still to be fetched, and validates the bag
    once they are in place."""
    bagit = pytest.importorskip("bagit")
    if shutil.which("minisign") is None:
        pytest.skip("minisign is not installed")
    d, office, out = pair
    full = out / "full.zip"
    export_service.export_bundle(d.ws, full, passphrase=PASS, checklist=False)
    office.receive_bundles([full])
    d.ws.import_receipt(_receipt(office, d, out, "receipt.txt"))
    _change(d, out.parent / "src-1001")
    delta = out / "delta.zip"
    export_service.export_bundle(d.ws, delta, passphrase=PASS, checklist=False, delta=True)

    unpacked = tmp_path / "check"
    with zipfile.ZipFile(delta) as zf:
        zf.extractall(unpacked)
    [bag_dir] = list(unpacked.iterdir())
    subprocess.run(
        ["minisign", "-Vm", "tagmanifest-sha256.txt", "-p", str(d.pub_file)],
        cwd=bag_dir,
        check=True,
        capture_output=True,
    )
    bag = bagit.Bag(str(bag_dir))
    bag.validate_fetch()  # fetch.txt's lines are well formed
    to_fetch = sorted(bag.compare_fetch_with_fs())
    missing, added = bag.compare_manifests_with_fs()
    assert sorted(missing) == to_fetch and added == [] and len(to_fetch) == 2
    assert not bag.is_valid()  # a holey bag is not complete until fetched

    # "fetch": the files the office holds, by the SHA-256 in each URL
    for url, _size, name in bag.fetch_entries():
        sha = url.removeprefix(FETCH_URL_PREFIX)
        shutil.copyfile(office.office_evidence_path(sha), bag_dir / name)
    done = subprocess.run(
        [str(Path(sys.executable).with_name("bagit.py")), "--validate", str(bag_dir)],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    assert "is valid" in done.stderr


def test_a_workspace_from_before_receipts_is_migrated(tmp_path: Path) -> None:
    """0005_receipts: down to 0004 drops the receipt table, opening adds it back."""
    import sqlite3

    from alembic import command

    from sealdesk.services.core import DB_NAME
    from sealdesk.store.db import _alembic_config, make_engine

    Workspace.create(tmp_path / "ws", "1001", 2569, actor="a").close()
    db = tmp_path / "ws" / DB_NAME
    engine = make_engine(db)
    config = _alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0004_review")
    engine.dispose()
    with sqlite3.connect(db) as connection:
        tables = {r[0] for r in connection.execute("SELECT name FROM sqlite_master")}
    connection.close()
    assert "receipt" not in tables
    again = Workspace.open(tmp_path / "ws")
    try:
        assert again.receipts() == () and again.latest_receipt(2569) is None
    finally:
        again.close()


def test_a_receipt_signed_by_a_key_wearing_the_trusted_key_id_is_refused(
    pair: tuple[District, Workspace, Path],
) -> None:
    """minisign key ids are chosen by whoever makes the key: the whole key must match."""
    import base64

    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from sealdesk.bundle import minisign

    d, office, out = pair
    full = out / "full.zip"
    export_service.export_bundle(d.ws, full, passphrase=PASS, checklist=False)
    office.receive_bundles([full])
    text = _receipt(office, d, out, "receipt.txt").read_text("utf-8")
    body = text.split("-----BEGIN SIGNATURE-----\n")[0]
    doc = json.loads(body)
    trusted = minisign.parse_public_key(doc["office_public_key"])
    impostor = Ed25519PrivateKey.generate()
    raw = impostor.public_key().public_bytes_raw()
    doc["office_public_key"] = base64.b64encode(b"Ed" + trusted.key_id + raw).decode("ascii")
    doc["evidence"].append("0" * 64)
    forged_body = json.dumps(doc, ensure_ascii=False, indent=1) + "\n"
    signature = minisign.sign(impostor, trusted.key_id, forged_body.encode("utf-8"), "receipt")
    forged = out / "impostor.txt"
    forged.write_text(forged_body + "-----BEGIN SIGNATURE-----\n" + signature, "utf-8")
    with pytest.raises(InputError) as e:
        d.ws.import_receipt(forged)
    assert "which this district does not trust" in e.value.english()
    assert d.ws.receipts() == ()


def test_a_delta_cannot_borrow_another_districts_file(
    pair: tuple[District, Workspace, Path], tmp_path: Path
) -> None:
    """A district that knows a file another district sent cannot claim it in a delta: the
    office completes a delta only from what that district itself sent before."""
    d1, office, out = pair
    office.receive_bundles([export(d1, out, "full-1001")])
    d2 = make_district(tmp_path, "1002")
    office.enrol_key(read_key_file(d2.pub_file), "1002")
    _trust_office(office, d2, tmp_path)
    office.receive_bundles([export(d2, out, "full-1002")])
    receipt = out / "receipt-1002.txt"
    office.write_receipt("1002", receipt, PASS)
    d2.ws.import_receipt(receipt)

    # 1002 claims 1001's report as its own and edits the receipt in its own store to say the
    # office already holds it (a district controls its own workspace)
    borrowed = tmp_path / "src-1002" / "รายงานยืม.txt"
    borrowed.write_bytes((tmp_path / "src-1001" / "รายงาน 1001.txt").read_bytes())
    codes = [b.code for b in d2.ws.catalog().benchmarks()]
    d2.ws.add_evidence(borrowed, benchmarks=[codes[2]])
    with sqlite3.connect(d2.ws.path / DB_NAME) as db:
        [(text,)] = db.execute("SELECT document FROM receipt").fetchall()
        body, sep, sig = text.partition("\n-----BEGIN SIGNATURE-----\n")
        doc = json.loads(body)
        doc["evidence"].append(sha256_file(borrowed))
        db.execute("UPDATE receipt SET document = ?", (json.dumps(doc) + sep + sig,))
    db.close()
    time.sleep(1.1)  # signing times are to the second
    delta = out / "delta-1002.zip"
    sent = export_service.export_bundle(d2.ws, delta, passphrase=PASS, checklist=False, delta=True)
    assert sent.fetched_files == 3  # the circular, its own report and the borrowed file

    [refused] = office.receive_bundles([delta])
    assert refused.outcome is IntakeOutcome.QUARANTINED
    assert refused.verifier_code == "DeltaIncompleteError"
    assert refused.params["names"] == "รายงานยืม.txt"  # what it sent itself is completed
    # the honest district's own delta is still completed from its own files
    _change(d1, tmp_path / "src-1001")
    d1.ws.import_receipt(_receipt(office, d1, out, "receipt-1001.txt"))
    delta1 = out / "delta-1001.zip"
    export_service.export_bundle(d1.ws, delta1, passphrase=PASS, checklist=False, delta=True)
    [taken] = office.receive_bundles([delta1])
    assert taken.outcome is IntakeOutcome.TAKEN, taken.params
