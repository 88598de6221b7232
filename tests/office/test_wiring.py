"""Seams between issues 15, 16 and 17, closed after their merge: the office's feedback and
receipt name its latest PUBLISHED catalog edition, and a district importing either learns of
a newer one. Real workspaces, keys and files passed only as files."""

from __future__ import annotations

import json
import time
from pathlib import Path

from sealdesk.domain.editions import CatalogRef
from sealdesk.services.workspace import Workspace
from tests.office.conftest import PASS, export
from tests.office.test_catalog_editions import official, receive, trusting_district


def _named(path: Path) -> dict[str, str] | None:
    """The ``"catalog"`` field of a signed receipt (JSON before the signature)."""
    text = path.read_text("utf-8")
    return json.loads(text.split("-----BEGIN SIGNATURE-----")[0])["catalog"]


def test_receipt_and_feedback_name_the_published_edition_and_the_district_learns_of_it(
    office: Workspace, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    # an office that has published nothing names no edition
    d = trusting_district(tmp_path, office)
    receive(office, d, export(d, out, "practice"))
    office.write_receipt("1001", out / "r0.txt", PASS)
    assert _named(out / "r0.txt") is None

    first = office.publish_catalog(official(tmp_path, "2026.1"), out / "ed1.zip", PASS)
    d.ws.import_catalog(out / "ed1.zip")
    office.receive_bundles([export(d, out, "v1")])
    second = office.publish_catalog(
        official(tmp_path, "2026.2", retitle="ปรับปรุง"), out / "ed2.zip", PASS
    )
    assert second.sha256 != first.sha256
    newer = CatalogRef("ges-pi-2023", "2026.2", second.sha256)

    # the receipt names the latest published edition, not merely a catalog the office holds
    office.write_receipt("1001", out / "early.txt", PASS)  # imported late, below
    time.sleep(1.1)  # issue times are to the second: r1 is the newer receipt
    office.write_receipt("1001", out / "r1.txt", PASS)
    assert _named(out / "r1.txt") == newer.as_dict()
    assert d.ws.office_catalog_notice() is None
    assert not d.ws.import_receipt(out / "r1.txt").duplicate
    assert d.ws.office_catalog_notice() == newer

    # the district moves to 2026.2: nothing to tell; the office then publishes 2026.3
    d.ws.import_catalog(out / "ed2.zip")
    assert d.ws.office_catalog_notice() is None
    third = office.publish_catalog(
        official(tmp_path, "2026.3", retitle="ฉบับที่สาม"), out / "ed3.zip", PASS
    )
    codes = [b.code for b in d.ws.catalog().benchmarks()]
    office.review_benchmark("1001", codes[0], "does_not_meet", comment="ขาดหลักฐาน")
    office.return_submission("1001", out=out / "returned.zip", passphrase=PASS)
    assert not d.ws.import_feedback(out / "returned.zip").duplicate
    assert d.ws.office_catalog_notice() == CatalogRef("ges-pi-2023", "2026.3", third.sha256)
    # an older receipt imported late (it names 2026.2) does not bring the notice back
    d.ws.import_catalog(out / "ed3.zip")
    assert d.ws.office_catalog_notice() is None
    assert _named(out / "early.txt") == newer.as_dict()
    assert not d.ws.import_receipt(out / "early.txt").duplicate
    assert d.ws.office_catalog_notice() is None
    d.ws.close()


def test_a_delta_with_protected_evidence_carries_it_encrypted_and_completes(
    tmp_path: Path,
) -> None:
    """Issue 16 x 18: a receipt lists only evidence the office holds in clear; a protected
    file is re-encrypted on every export, so a delta always carries it and the office still
    completes the delta, and its reader opens the document."""
    import hashlib
    import zipfile

    from sealdesk.bundle import keys
    from sealdesk.domain.city import IntakeOutcome
    from sealdesk.services import district_trust
    from sealdesk.services import export as export_service
    from sealdesk.services.office_trust import read_key_file
    from tests.personal.conftest import FAST_KDF, PLAIN_BYTES, SECRET_BYTES, make_district

    reader_pass = "ผู้อ่าน passphrase ยาวพอ"
    office = Workspace.create_office(tmp_path / "office", name="ศูนย์ประสานงาน กทม.")
    d = make_district(tmp_path / "district", trust_card=False)
    try:
        keys.create_key(office.path / "keys", PASS, kdf=FAST_KDF)
        office.add_office_reader("นายตรวจ สอบ", reader_pass)
        card = tmp_path / "card.txt"
        office.write_office_card(card, PASS)
        d.ws.trust_office(district_trust.read_office_card(card))
        office.enrol_key(read_key_file(d.pub_file), "1001")
        full = tmp_path / "full.zip"
        export_service.export_bundle(d.ws, full, passphrase=PASS, checklist=False)
        (taken,) = office.receive_bundles([full])
        assert taken.outcome is IntakeOutcome.TAKEN, taken

        office.write_receipt("1001", tmp_path / "receipt.txt", PASS)
        receipt = d.ws.import_receipt(tmp_path / "receipt.txt").receipt
        plain_sha = hashlib.sha256(PLAIN_BYTES).hexdigest()
        # only what the office holds in clear; never the protected plaintext or a ciphertext
        assert receipt.evidence == frozenset({plain_sha})

        d.ws.assess(d.codes[1], status="partially_met", narrative="แก้ไขตามข้อเสนอแนะ")
        time.sleep(1.1)  # signing times are to the second: the delta is the newer bundle
        delta = tmp_path / "delta.zip"
        result = export_service.export_bundle(
            d.ws, delta, passphrase=PASS, checklist=False, delta=True
        )
        assert result.fetched_files == 1  # the plain document only
        with zipfile.ZipFile(delta) as zf:
            names = zf.namelist()
            fetch = zf.read(next(n for n in names if n.endswith("/fetch.txt"))).decode()
            carried = [n for n in names if "/data/evidence/protected/" in n]
        assert plain_sha in fetch and len(fetch.splitlines()) == 1  # left out: the office has it
        # the protected document and its index: re-encrypted, carried
        assert sorted(n.rsplit("/", 1)[1] for n in carried) == ["index.json.age", "p-001.age"]
        assert hashlib.sha256(SECRET_BYTES).hexdigest() not in fetch

        (completed,) = office.receive_bundles([delta])
        assert completed.outcome is IntakeOutcome.TAKEN, completed.params
        protected = [p for p in office.protected_files() if p.bundle_id == completed.bundle_id]
        assert len(protected) == 1
        opened = office.open_protected(
            completed.bundle_id, protected[0].neutral_name, "นายตรวจ สอบ", reader_pass
        )
        assert opened.data == SECRET_BYTES
        sub = office.office_submission("1001", 2569)
        assert sub is not None and sub.bundle_id == completed.bundle_id
        assert office.office_evidence_path(plain_sha).read_bytes() == PLAIN_BYTES
    finally:
        d.ws.close()
        office.close()
