"""Review and feedback changes reach the UI's Session as its signals (issue 15), and the
feedback letter the file carries is a real PDF that says what it should."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from sealdesk.events import FeedbackChanged, ReviewChanged
from sealdesk.services.district_trust import read_office_card_or_key
from sealdesk.ui.session import Session
from tests.office.conftest import PASS
from tests.review.conftest import Pair


def test_review_and_feedback_signals(qtbot, pair: Pair, tmp_path: Path) -> None:
    office_session = Session(pair.office)
    district_session = Session(pair.district.ws)
    code = pair.codes[1]
    with qtbot.waitSignal(office_session.review_changed, timeout=5000) as changed:
        pair.office.review_benchmark(
            "1001", code, "does_not_meet", comment="ไม่มีรายงาน", action="แนบรายงานการอบรม"
        )
    assert changed.args[0] == ReviewChanged("1001", 2569, changed.args[0].bundle_id, (code,))
    fb = tmp_path / "fb.zip"
    with qtbot.waitSignal(office_session.review_changed, timeout=5000) as changed:
        issued = pair.office.return_submission("1001", out=fb, passphrase=PASS)
    assert changed.args[0].codes == ()

    pair.district.ws.trust_office(read_office_card_or_key(str(pair.office_pub)))
    with qtbot.waitSignal(district_session.feedback_changed, timeout=5000) as imported:
        pair.district.ws.import_feedback(fb)
    assert imported.args[0] == FeedbackChanged(issued.feedback_id, 2569)
    with (
        qtbot.waitSignal(district_session.feedback_changed, timeout=5000),
        qtbot.waitSignal(district_session.assessment_changed, timeout=5000) as assessed,
    ):
        pair.district.ws.take_action_into_plan(code, issued.feedback_id)
    assert [a.action for a in assessed.args[0].actions][-1] == "แนบรายงานการอบรม"
    with pytest.raises(Exception, match="already in the action plan"):
        pair.district.ws.take_action_into_plan(code, issued.feedback_id)
    with pytest.raises(Exception, match="no action"):
        pair.district.ws.take_action_into_plan(pair.codes[0], issued.feedback_id)
    office_session.close()
    district_session.close()


def test_the_letter_in_the_file_says_what_it_should(pair: Pair, tmp_path: Path) -> None:
    pair.office.review_benchmark(
        "1001", pair.codes[1], "evidence_insufficient", comment="Attach the training list."
    )
    fb = tmp_path / "fb.zip"
    issued = pair.office.return_submission("1001", out=fb, passphrase=PASS)
    pair.district.ws.trust_office(read_office_card_or_key(str(pair.office_pub)))
    pair.district.ws.import_feedback(fb)
    for lang in ("th", "en"):
        pdf = pair.district.ws.feedback_letter(issued.feedback_id, lang)
        assert pdf is not None and pdf.startswith(b"%PDF")
        (tmp_path / f"{lang}.pdf").write_bytes(pdf)
    text = subprocess.run(
        ["pdftotext", "-layout", str(tmp_path / "en.pdf"), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "Review of the submission" in text and "Returned with feedback" in text
    assert issued.feedback_id in text and "Evidence insufficient" in text
    assert "Attach the training list." in text and pair.codes[1] in text
    png = subprocess.run(
        [
            "pdftoppm",
            "-r",
            "30",
            "-png",
            "-singlefile",
            str(tmp_path / "th.pdf"),
            str(tmp_path / "th"),
        ],
        capture_output=True,
    )
    assert png.returncode == 0 and (tmp_path / "th.png").stat().st_size > 1000
