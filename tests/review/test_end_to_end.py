"""Done means (issue 15): two real workspaces, a district's and the office's, in separate
folders, passing files only as files: export, receive, review, return, import, change,
re-export, receive, see the changes, accept, import the acceptance. Tampered and misdirected
feedback files are refused; bagit-python and ``minisign -V`` accept every feedback file."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from datetime import date
from pathlib import Path

import bagit
import pytest

from sealdesk.domain.city import SubmissionState
from sealdesk.domain.review import FeedbackKind, Verdict
from sealdesk.services import feedback as feedback_service
from sealdesk.services.district_trust import read_office_card_or_key
from tests.bundle.conftest import rezip
from tests.office.conftest import PASS, export, make_district
from tests.review.conftest import Pair


def check_with_independent_tools(path: Path, office_pub: Path, tmp: Path) -> None:
    """bagit-python (library and bagit.py) and minisign -V accept the feedback file."""
    folder = tmp / f"x-{path.stem}"
    with zipfile.ZipFile(path) as zf:
        zf.extractall(folder)
    (bag_dir,) = list(folder.iterdir())
    assert bag_dir.name.startswith("sealdesk-feedback-1001-2569-")
    bag = bagit.Bag(str(bag_dir))
    bag.validate()
    assert bag.info["SealDesk-Document"] == "feedback"
    run = subprocess.run(
        [str(Path(sys.executable).with_name("bagit.py")), "--validate", str(bag_dir)],
        capture_output=True,
        text=True,
    )
    assert run.returncode == 0, run.stderr
    run = subprocess.run(
        ["minisign", "-V", "-p", str(office_pub), "-m", str(bag_dir / "tagmanifest-sha256.txt")],
        capture_output=True,
        text=True,
    )
    assert run.returncode == 0, run.stderr
    assert "district:1001" in run.stdout and "feedback:" in run.stdout
    for lang in ("th", "en"):
        assert (bag_dir / "data" / f"letter-{lang}.pdf").read_bytes().startswith(b"%PDF")


def test_the_whole_loop_between_two_workspaces(pair: Pair, tmp_path: Path) -> None:
    office, d, codes = pair.office, pair.district, pair.codes
    mail = tmp_path / "mail"  # what travels between the two, as files only
    mail.mkdir()
    # the district trusts the office key from the key line (the key sheet's QR text)
    key_line = pair.office_pub.read_text().splitlines()[1]
    d.ws.trust_office(read_office_card_or_key(key_line))

    # the office reviews and returns
    office.review_benchmark("1001", codes[0], Verdict.MEETS)
    office.review_benchmark(
        "1001",
        codes[1],
        Verdict.DOES_NOT_MEET,
        comment="ไม่มีรายงานการอบรม",
        action="ส่งรายชื่อผู้เข้าอบรม",
        due=date(2027, 1, 31),
    )
    office.review_benchmark("1001", codes[2], "evidence_insufficient", comment="ขาดหลักฐาน")
    returned = office.return_submission("1001", out=mail / "returned.zip", passphrase=PASS)
    assert office.submission_review("1001").state is SubmissionState.RETURNED
    check_with_independent_tools(mail / "returned.zip", pair.office_pub, tmp_path)

    # the district imports it, once
    got = d.ws.import_feedback(mail / "returned.zip")
    assert not got.duplicate and got.feedback.kind is FeedbackKind.RETURNED
    assert got.feedback.feedback_id == returned.feedback_id
    assert d.ws.import_feedback(mail / "returned.zip").duplicate
    assert len(d.ws.feedback_list()) == 1
    view = d.ws.office_view()
    assert view[codes[1]].comment == "ไม่มีรายงานการอบรม"
    open_items = d.ws.open_feedback()
    assert [i.benchmark_code for i in open_items] == [codes[1], codes[2]]
    assert not open_items[0].action_taken

    # the district answers: takes the action into its plan, changes, re-exports
    item = d.ws.take_action_into_plan(codes[1], returned.feedback_id)
    assert item.action == "ส่งรายชื่อผู้เข้าอบรม" and item.due_date == date(2027, 1, 31)
    assert d.ws.open_feedback()[0].action_taken
    d.ws.assess(codes[1], status="met", narrative="อยู่ระหว่างดำเนินการ\nจัดอบรมครบแล้ว")
    (pair.root / "src-1001" / "รายชื่อ.txt").write_text("รายชื่อผู้เข้าอบรม\n" * 50)
    d.ws.add_evidence(pair.root / "src-1001" / "รายชื่อ.txt", benchmarks=[codes[1]])
    import time

    time.sleep(1.1)  # signing times are to the second
    second = export(d, pair.out, "1001-b")
    assert d.ws.open_feedback() == ()  # the export answered it
    assert d.ws.feedback_list()[0].answered_by is not None

    # the office receives it: resubmitted, linked, with what changed
    shutil.copy(second, mail / "1001-b.zip")
    (result,) = office.receive_bundles([mail / "1001-b.zip"])
    assert result.outcome.value == "taken"
    sub = office.submission_review("1001")
    assert sub.state is SubmissionState.RESUBMITTED
    assert sub.answers_feedback_id == returned.feedback_id
    changes = office.submission_changes("1001")
    assert changes is not None and changes.answers_feedback_id == returned.feedback_id
    assert (codes[1], "partially_met", "met") in changes.status_changes
    (narrative,) = changes.narratives
    assert narrative.benchmark_code == codes[1] and "+จัดอบรมครบแล้ว" in narrative.diff
    assert changes.evidence_added == ("รายชื่อ.txt",) and changes.evidence_removed == ()

    # the verdicts of what did not change are kept when the reviewer asks; the rest is fresh
    assert office.carry_over_reviews("1001") == (codes[0], codes[2])
    again = office.submission_review("1001")
    assert again.state is SubmissionState.IN_REVIEW
    assert again.review_for(codes[2]).comment == "ขาดหลักฐาน"
    assert again.review_for(codes[1]).verdict is Verdict.NOT_REVIEWED
    assert office.carry_over_reviews("1001") == ()

    # accepted once every benchmark has a verdict; then it counts as confirmed
    with pytest.raises(Exception, match="verdict"):
        office.accept_submission("1001", out=mail / "accepted.zip", passphrase=PASS)
    for code in codes:
        office.review_benchmark("1001", code, "meets")
    accepted = office.accept_submission("1001", out=mail / "accepted.zip", passphrase=PASS)
    check_with_independent_tools(mail / "accepted.zip", pair.office_pub, tmp_path)
    row = next(r for r in office.office_status(2569).rows if r.district_code == "1001")
    assert row.confirmed and len(office.office_status(2569).confirmed()) == 1

    got = d.ws.import_feedback(mail / "accepted.zip")
    assert got.feedback.kind is FeedbackKind.ACCEPTED
    assert got.feedback.bundle_id == sub.bundle_id
    assert d.ws.open_feedback() == ()
    assert feedback_service.answering(d.ws) is None

    # final locks it
    office.finalize_submission("1001", out=mail / "final.zip", passphrase=PASS)
    check_with_independent_tools(mail / "final.zip", pair.office_pub, tmp_path)
    with pytest.raises(Exception, match="final"):
        office.review_benchmark("1001", codes[0], "does_not_meet", comment="x")
    assert d.ws.import_feedback(mail / "final.zip").feedback.kind is FeedbackKind.FINAL
    assert accepted.kind is FeedbackKind.ACCEPTED


def test_tampered_and_misdirected_feedback_is_refused(pair: Pair, tmp_path: Path) -> None:
    office, d, codes = pair.office, pair.district, pair.codes
    office.review_benchmark("1001", codes[1], "partly_meets", comment="ยังไม่ครบ")
    fb = tmp_path / "fb.zip"
    office.return_submission("1001", out=fb, passphrase=PASS)

    # not trusted yet
    with pytest.raises(feedback_service.FeedbackUntrustedError, match="does not trust"):
        d.ws.import_feedback(fb)
    d.ws.trust_office(read_office_card_or_key(str(pair.office_pub)))

    # tampered: one byte of the letter flipped in place
    data = bytearray(fb.read_bytes())
    data[data.index(b"%PDF") + 200] ^= 0x01
    bad = tmp_path / "tampered.zip"
    bad.write_bytes(bytes(data))
    with pytest.raises(feedback_service.FeedbackTamperedError, match="changed after"):
        d.ws.import_feedback(bad)

    # tampered: a verdict softened in feedback.json and the zip rebuilt
    def soften(name: str, content: bytes) -> bytes:
        if name.endswith("data/feedback.json"):
            return content.replace(b'"partly_meets"', b'"meets"')
        return content

    softened = rezip(fb, tmp_path / "softened.zip", soften)
    with pytest.raises(feedback_service.FeedbackTamperedError) as refused:
        d.ws.import_feedback(softened)
    assert refused.value.exit_code == 64

    # for another district: 1002 trusts the office too, but the file is 1001's
    other = make_district(tmp_path, "1002")
    try:
        other.ws.trust_office(read_office_card_or_key(str(pair.office_pub)))
        with pytest.raises(feedback_service.FeedbackOtherDistrictError, match="1001"):
            other.ws.import_feedback(fb)
    finally:
        other.ws.close()

    # a bundle this workspace never exported: a fresh 1001 workspace with the same key trust
    stranger = (
        make_district(tmp_path / "again", "1001") if (tmp_path / "again").mkdir() is None else None
    )
    assert stranger is not None
    try:
        stranger.ws.trust_office(read_office_card_or_key(str(pair.office_pub)))
        with pytest.raises(feedback_service.FeedbackUnknownBundleError, match="never exported"):
            stranger.ws.import_feedback(fb)
    finally:
        stranger.ws.close()
    assert d.ws.feedback_list() == ()
    # the good file is still taken
    assert not d.ws.import_feedback(fb).duplicate
