"""Intake at the office with real bundles from real district workspaces."""

from __future__ import annotations

import shutil
import time
from pathlib import Path

from sealdesk.domain.city import IntakeOutcome, SubmissionState
from sealdesk.domain.status import Status
from sealdesk.services.office_trust import read_key_file
from sealdesk.services.workspace import Workspace
from tests.office.conftest import City, enrol_all


def test_office_workspace_has_no_district_and_shows_all_50(office: Workspace) -> None:
    assert office.is_office
    assert office.office_name == "สำนักพัฒนาสังคม กทม."
    status = office.office_status(2569)
    assert len(status.rows) == 50
    assert all(r.state is SubmissionState.NONE for r in status.rows)
    assert len(status.not_submitted()) == 50
    assert office.office_rounds() == ()


def test_receive_takes_indexes_and_stores_shared_evidence_once(
    office: Workspace, city: City, tmp_path: Path
) -> None:
    enrol_all(office, city)
    files = [city.out / f"{n}.zip" for n in ("1001-2569", "1002-2569-a", "1003-2569")]
    results = office.receive_bundles(files)
    assert [r.outcome for r in results] == [IntakeOutcome.TAKEN] * 3
    assert [r.district_code for r in results] == ["1001", "1002", "1003"]
    status = office.office_status()
    assert status.round_year_be == 2569
    rows = {r.district_code: r for r in status.rows}
    assert rows["1001"].state is SubmissionState.VERIFIED
    assert rows["1001"].evidence_count == 2
    # scored as the district scores itself
    own = city.districts["1001"].ws.score(2569)
    assert rows["1001"].score_percent == own.overall.percent
    assert rows["1001"].projected_level == own.level
    assert rows["1001"].mandatory_missing == own.next_gap.mandatory_missing
    assert rows["1004"].state is SubmissionState.NONE
    assert len(status.not_submitted()) == 47
    sub = office.office_submission("1001", 2569)
    assert sub is not None and sub.current
    first = sub.assessments[0]
    assert first.status is Status.MET and first.narrative == "เขต 1001 ดำเนินการครบถ้วนแล้ว"
    assert sub.assessments[1].actions[0].action == "จัดอบรมเจ้าหน้าที่"
    names = sorted(e.name for e in sub.evidence)
    assert names == ["รายงาน 1001.txt", "หนังสือเวียน กทม.pdf"]
    circular = next(e for e in sub.evidence if e.name == "หนังสือเวียน กทม.pdf")
    assert office.office_evidence_path(circular.sha256).read_bytes().startswith(b"%PDF-1.4")
    # the circular all three sent is one blob; each byte of a bundle is stored once, and
    # the bundles are kept as they came
    blobs = list(office.blobs.iter_hashes())
    assert len(blobs) == 3 + 3 + 1  # three skeletons, three reports, one circular
    stored = sum(office.blobs.path_of(b).stat().st_size for b in blobs)
    assert stored < sum(f.stat().st_size for f in files)
    kept = office.office_bundle_file(sub.bundle_id, tmp_path / "kept.zip")
    assert kept.read_bytes() == files[0].read_bytes()
    assert office.check() == []


def test_same_bundle_twice_is_taken_once(office: Workspace, city: City) -> None:
    enrol_all(office, city)
    f = city.out / "1001-2569.zip"
    first, second = office.receive_bundles([f, f])
    assert first.outcome is IntakeOutcome.TAKEN
    assert second.outcome is IntakeOutcome.DUPLICATE
    assert not second.outcome.refused


def test_newer_bundle_becomes_current_older_stays_in_history(office: Workspace, city: City) -> None:
    enrol_all(office, city)
    newer, older = city.out / "1002-2569-b.zip", city.out / "1002-2569-a.zip"
    r1, r2 = office.receive_bundles([newer, older])  # arriving in the wrong order
    assert r1.outcome is IntakeOutcome.TAKEN
    assert r2.outcome is IntakeOutcome.HISTORY
    sub = office.office_submission("1002", 2569)
    assert sub is not None and sub.bundle_id == r1.bundle_id
    assert len(sub.history) == 2
    old = office.office_submission("1002", 2569, bundle_id=r2.bundle_id)
    assert old is not None and not old.current
    assert (
        office.office_status(2569).rows[1].statuses[sub.assessments[2].code] is Status.PARTIALLY_MET
    )


def test_unknown_key_is_quarantined_then_released_after_enrolment(
    office: Workspace, city: City
) -> None:
    f = city.out / "1001-2569.zip"
    (result,) = office.receive_bundles([f])
    assert result.outcome is IntakeOutcome.QUARANTINED and result.outcome.refused
    assert result.verifier_code == "SignerNotTrustedError" and result.exit_code == 13
    assert "not on the trust list" in result.render()
    assert office.office_status(2569).rows[0].state is SubmissionState.NONE
    assert office.blobs.survey().blobs == {} or not list(office.blobs.iter_hashes())
    (kept,) = office.office_quarantined()
    assert (office.path / "quarantine" / kept.sha256).read_bytes() == f.read_bytes()
    office.enrol_key(read_key_file(city.districts["1001"].pub_file), "1001")
    released = office.office_release(kept.id)
    assert released.outcome is IntakeOutcome.TAKEN
    assert office.office_quarantined() == ()
    assert not (office.path / "quarantine" / kept.sha256).exists()


def test_revoked_key_and_wrong_district_and_changed_file(
    office: Workspace, city: City, tmp_path: Path
) -> None:
    enrol_all(office, city)
    d1 = city.districts["1001"]
    office.revoke_key(d1.key_id, "the key was lost")
    (r,) = office.receive_bundles([city.out / "1001-2569.zip"])
    assert r.outcome is IntakeOutcome.QUARANTINED and r.verifier_code == "RevokedKeyError"
    assert "revoked" in r.render()
    # 1002's key enrolled for 1004 (say): a bundle of 1002 signed by it is the wrong district
    other = Workspace.create_office(tmp_path / "o2", name="second office")
    other.enrol_key(read_key_file(city.districts["1002"].pub_file), "1004")
    (r,) = other.receive_bundles([city.out / "1002-2569-a.zip"])
    assert r.outcome is IntakeOutcome.QUARANTINED and r.verifier_code == "WrongDistrictError"
    assert "1004" in r.render()
    other.close()
    changed = tmp_path / "changed.zip"
    data = bytearray((city.out / "1003-2569.zip").read_bytes())
    at = data.find("เขต 1003".encode())
    data[at] ^= 1
    changed.write_bytes(bytes(data))
    (r,) = office.receive_bundles([changed])
    assert r.outcome is IntakeOutcome.QUARANTINED
    damaged = tmp_path / "damaged.zip"
    damaged.write_bytes(b"PK\x03\x04 not really a zip")
    (r,) = office.receive_bundles([damaged])
    assert r.outcome is IntakeOutcome.QUARANTINED and "damaged" in r.render()
    assert office.office_status(2569).rows[2].state is SubmissionState.NONE
    assert list(office.blobs.iter_hashes()) == []


def test_rounds_and_status_per_round(office: Workspace, city: City) -> None:
    enrol_all(office, city)
    office.receive_bundles(sorted(city.out.glob("*.zip")))
    assert office.office_rounds() == (2569, 2570)
    assert office.office_status().round_year_be == 2570
    r2570 = office.office_status(2570)
    assert [r.district_code for r in r2570.rows if r.state is not SubmissionState.NONE] == ["1003"]


def test_a_missing_file_fails_without_keeping_anything(office: Workspace, tmp_path: Path) -> None:
    (r,) = office.receive_bundles([tmp_path / "nope.zip"])
    assert r.outcome is IntakeOutcome.FAILED
    assert not list((office.path / "intake").glob("receiving-*"))
    shutil.rmtree(tmp_path / "office" / "quarantine", ignore_errors=True)


def test_a_change_of_key_two_keys_then_revoke_the_old_one(
    office: Workspace, city: City, tmp_path: Path
) -> None:
    from sealdesk.bundle import keys
    from sealdesk.errors import InputError
    from sealdesk.services import export as export_service
    from tests.office.conftest import FAST_KDF, PASS

    d = city.districts["1003"]
    old_key = read_key_file(d.pub_file)
    office.enrol_key(old_key, "1003")
    # the district replaces its key (the old one stays in its key's history)
    district = Workspace.open(shutil.copytree(d.ws.path, tmp_path / "d1003"))
    new_public = keys.create_key(district.path / "keys", PASS, replace=True, kdf=FAST_KDF)
    new_pub = tmp_path / "new.pub"
    keys.export_public(district.path / "keys", new_pub)
    office.enrol_key(read_key_file(new_pub), "1003")  # two keys during the change
    third = tmp_path / "third.pub"
    third.write_text(read_key_file(city.districts["1002"].pub_file).minisign_text(), "utf-8")
    try:
        office.enrol_key(read_key_file(third), "1003")
        raise AssertionError("a third key was enrolled")
    except InputError as error:
        assert "two keys" in error.english()
    newer = tmp_path / "newer.zip"
    time.sleep(1.1)
    export_service.export_bundle(district, newer, passphrase=PASS, round_be=2569, checklist=False)
    district.close()
    (old_result,) = office.receive_bundles([city.out / "1003-2569.zip"])
    assert old_result.outcome is IntakeOutcome.TAKEN
    office.revoke_key(old_key.key_id_hex, "replaced by the new key")
    (new_result,) = office.receive_bundles([newer])
    assert new_result.outcome is IntakeOutcome.TAKEN  # signed by the new key: taken, current
    sub = office.office_submission("1003", 2569)
    assert sub is not None and sub.signer_key_id == new_public.key_id_hex
    assert [k.revoked for k in office.office_keys()] == [True, False]
    actions = [e.action for e in office.audit_log()]
    assert actions.count("office.key.enrol") == 2 and actions.count("office.key.revoke") == 1
