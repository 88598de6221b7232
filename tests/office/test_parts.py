"""Issue 16: a bundle exported in parts, delivered to the office out of order over several
receives, one part damaged and sent again; the parts wait in the office workspace."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from sealdesk.bundle.parts import parse_size
from sealdesk.domain.city import IntakeOutcome
from sealdesk.errors import InputError
from sealdesk.services import export as export_service
from sealdesk.services.office_trust import read_key_file
from sealdesk.services.workspace import Workspace
from tests.office.conftest import PASS, make_district


def test_parse_size() -> None:
    assert parse_size("20MB") == 20_000_000
    assert parse_size("1.5GB") == 1_500_000_000
    assert parse_size("512KiB") == 524_288
    assert parse_size("4000") == 4000
    for bad in ("20 parsecs", "", "10"):
        with pytest.raises(InputError):
            parse_size(bad)


def test_parts_out_of_order_damaged_and_resent(tmp_path: Path, office: Workspace) -> None:
    d = make_district(tmp_path, "1001")
    office.enrol_key(read_key_file(d.pub_file), "1001")
    out = tmp_path / "to-send" / "by-email" / "bundle.zip"  # the folder does not exist yet
    result = export_service.export_bundle(
        d.ws, out, passphrase=PASS, checklist=False, part_size=10_000
    )
    folder = out.parent
    assert result.path == folder / "bundle.zip.parts" and not out.exists()
    parts = sorted(folder.glob("bundle.zip.0*"))
    assert result.parts == len(parts) >= 3
    assert all(p.stat().st_size <= 10_000 for p in parts)
    text = result.path.read_text("utf-8")
    doc = json.loads(text.split("-----BEGIN SIGNATURE-----")[0])
    assert doc["bundle_sha256"] == result.sha256 and doc["bundle_id"] == result.bundle_id
    for p, entry in zip(parts, doc["parts"], strict=True):  # each part checkable on its own
        assert hashlib.sha256(p.read_bytes()).hexdigest() == entry["sha256"]
    joined = b"".join(p.read_bytes() for p in parts)
    assert hashlib.sha256(joined).hexdigest() == result.sha256  # `cat` joins them

    # day 1: the last part and the first, no part list yet
    first = office.receive_bundles([parts[-1], parts[0]])
    assert [r.outcome for r in first] == [IntakeOutcome.PARTIAL] * 2
    assert all("bundle.zip" in r.params["bundle"] for r in first)

    # day 2: the part list and part 2, damaged on the way
    damaged = tmp_path / "mail" / parts[1].name
    damaged.parent.mkdir()
    data = bytearray(parts[1].read_bytes())
    data[100] ^= 0xFF
    damaged.write_bytes(bytes(data))
    second = office.receive_bundles([damaged, result.path])
    outcomes = {r.params.get("file"): r for r in second}
    assert outcomes[parts[1].name].outcome is IntakeOutcome.FAILED
    assert "damaged" in outcomes[parts[1].name].message
    summary = outcomes["bundle.zip"]
    assert summary.outcome is IntakeOutcome.PARTIAL
    still = summary.params["missing"].split(", ")
    assert parts[1].name in still and parts[0].name not in still and parts[-1].name not in still
    assert office.office_submission("1001", 2569) is None  # nothing taken yet

    # the parts wait in the office workspace, not in the clerk's folder
    waiting = list((office.path / "parts").rglob("*.ok"))
    assert len(waiting) == 2

    # day 3: the rest, part 2 sent again
    rest = [p for p in parts if p.name in still]
    third = office.receive_bundles(rest)
    taken = [r for r in third if r.outcome is IntakeOutcome.TAKEN]
    assert len(taken) == 1 and taken[0].bundle_id == result.bundle_id
    assert taken[0].params["file"] == "bundle.zip"
    assert not any((office.path / "parts").iterdir())  # assembled and received: cleaned up
    sub = office.office_submission("1001", 2569)
    assert sub is not None and len(sub.evidence) == 2
    d.ws.close()


def test_part_list_from_an_unknown_key_is_refused(tmp_path: Path, office: Workspace) -> None:
    d = make_district(tmp_path, "1002")  # its key is not enrolled
    out = tmp_path / "out" / "b.zip"
    result = export_service.export_bundle(
        d.ws, out, passphrase=PASS, checklist=False, part_size=30_000
    )
    [refused] = office.receive_bundles([result.path])
    assert refused.outcome is IntakeOutcome.FAILED
    assert "not signed by an enrolled district key" in refused.message
    d.ws.close()


def test_parts_through_the_intake_folder(tmp_path: Path, office: Workspace) -> None:
    """Parts saved into the watched intake folder: each is taken once, the set is joined and
    received when the last one settles."""
    from sealdesk.services.office_watch import office_watch_config, scan_office_folder

    d = make_district(tmp_path, "1003")
    office.enrol_key(read_key_file(d.pub_file), "1003")
    out = tmp_path / "made" / "b.zip"
    result = export_service.export_bundle(
        d.ws, out, passphrase=PASS, checklist=False, part_size=30_000
    )
    intake = tmp_path / "intake"
    intake.mkdir()
    for p in sorted(out.parent.iterdir()):
        (intake / p.name).write_bytes(p.read_bytes())
    _report, results = scan_office_folder(office, intake, office_watch_config(quiet=0.2))
    taken = [r for r in results if r.outcome is IntakeOutcome.TAKEN]
    assert [r.bundle_id for r in taken] == [result.bundle_id]
    assert not any(r.outcome.refused for r in results)
    d.ws.close()


def test_a_new_export_under_the_same_name_rechecks_the_waiting_parts(
    tmp_path: Path, office: Workspace
) -> None:
    d = make_district(tmp_path, "1004")
    office.enrol_key(read_key_file(d.pub_file), "1004")
    out = tmp_path / "made" / "b.zip"
    export_service.export_bundle(d.ws, out, passphrase=PASS, checklist=False, part_size=20_000)
    first = sorted(out.parent.glob("b.zip.0*"))
    office.receive_bundles([out.parent / "b.zip.parts", first[0]])  # checked: good
    codes = [b.code for b in d.ws.catalog().benchmarks()]
    d.ws.assess(codes[3], status="partially_met", narrative="เพิ่มเติม")
    again = export_service.export_bundle(
        d.ws, out, passphrase=PASS, checklist=False, part_size=20_000, overwrite=True
    )
    results = office.receive_bundles(sorted(out.parent.iterdir()))
    taken = [r for r in results if r.outcome is IntakeOutcome.TAKEN]
    assert [r.bundle_id for r in taken] == [again.bundle_id]
    d.ws.close()


def test_a_part_list_naming_a_bundle_dot_dot_is_refused(tmp_path: Path, office: Workspace) -> None:
    """A signed part list whose bundle is named ".." (or ".") would have the joined bundle
    renamed onto its own folder: refused as a part list, the other files still received."""
    from sealdesk.bundle.parts import Part, part_list_text
    from sealdesk.services import keys

    d = make_district(tmp_path, "1005")
    office.enrol_key(read_key_file(d.pub_file), "1005")
    out = tmp_path / "made" / "b.zip"
    result = export_service.export_bundle(
        d.ws, out, passphrase=PASS, checklist=False, part_size=30_000
    )
    doc = json.loads(result.path.read_text("utf-8").split("-----BEGIN SIGNATURE-----")[0])
    hostile = tmp_path / "hostile"
    hostile.mkdir()
    parts = []
    for entry in doc["parts"]:
        name = f"...{entry['index']:03d}"
        (hostile / name).write_bytes((out.parent / entry["name"]).read_bytes())
        parts.append(Part(entry["index"], name, entry["offset"], entry["size"], entry["sha256"]))
    listing = hostile / "...parts"
    listing.write_text(
        part_list_text(
            parts,
            bundle_name="..",
            bundle_sha256=doc["bundle_sha256"],
            bundle_size=doc["bundle_size"],
            bundle_id=doc["bundle_id"],
            district="1005",
            round_be=doc["round_be"],
            key=keys.unlock(d.ws, PASS),
        ),
        "utf-8",
    )
    results = office.receive_bundles(sorted(hostile.iterdir()))
    refused = [r for r in results if r.params.get("file") == listing.name]
    assert [r.outcome for r in refused] == [IntakeOutcome.FAILED]
    assert not any(r.outcome is IntakeOutcome.TAKEN for r in results)
    d.ws.close()
