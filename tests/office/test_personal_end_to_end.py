"""Issue 18 end to end, both sides real: the office adds a reader and writes its signed card, the
district trusts the card, marks a document as personal data and exports (its own writer), the
office receives the bundle and its reader opens exactly the original; nothing of the document's
name or content is in clear anywhere in the office workspace, before or after the purge."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from sealdesk.bundle import keys
from sealdesk.domain.city import IntakeOutcome
from sealdesk.services import district_trust
from sealdesk.services import export as export_service
from sealdesk.services.office_trust import read_key_file
from sealdesk.services.workspace import Workspace
from tests.personal.conftest import (
    FAST_KDF,
    PASS,
    SECRET_BYTES,
    SECRET_DESCRIPTION,
    SECRET_NAME,
    make_district,
)

READER_PASS = "ผู้อ่าน passphrase ยาวพอ"


def _raw(folder: Path) -> list[tuple[Path, bytes]]:
    return [(p, p.read_bytes()) for p in sorted(folder.rglob("*")) if p.is_file()]


def test_a_district_export_opens_at_the_office_for_its_reader_only(tmp_path: Path) -> None:
    office = Workspace.create_office(tmp_path / "office", name="ศูนย์ประสานงาน กทม.")
    d = make_district(tmp_path / "district", trust_card=False)
    try:
        keys.create_key(office.path / "keys", PASS, kdf=FAST_KDF)
        office.add_office_reader("นายตรวจ สอบ", READER_PASS)
        card = tmp_path / "card.txt"
        office.write_office_card(card, PASS)
        d.ws.trust_office(district_trust.read_office_card(card))
        bundle = tmp_path / "1001.zip"
        export_service.export_bundle(d.ws, bundle, passphrase=PASS, checklist=False)
        office.enrol_key(read_key_file(d.pub_file), "1001")
        (result,) = office.receive_bundles([bundle])
        assert result.outcome is IntakeOutcome.TAKEN, result
        (protected,) = office.protected_files()
        assert protected.recipients == ("นายตรวจ สอบ",)
        opened = office.open_protected(
            result.bundle_id, protected.neutral_name, "นายตรวจ สอบ", READER_PASS
        )
        assert opened.data == SECRET_BYTES
        assert opened.name == SECRET_NAME
        assert [e.neutral_name for e in office.access_log()] == [protected.neutral_name]
        (row,) = [r for r in office.office_status(2569).rows if r.district_code == "1001"]
        assert row.evidence_count == 2  # the protected document counts
        submission = office.office_submission("1001", 2569)
        assert SECRET_NAME not in [e.name for e in submission.evidence]
        for path, data in _raw(office.path):
            assert SECRET_NAME.encode() not in data, path
            assert SECRET_DESCRIPTION.encode() not in data, path
            assert b"FINAL-LINE-OF-THE-COMPLAINT" not in data, path
        office.purge_protected(date.today() + timedelta(days=1))
        assert not office.blobs.has(protected.sha256)
        assert office.check() == []
    finally:
        d.ws.close()
        office.close()
