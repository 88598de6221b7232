"""The office's review (issue 15): verdicts with the comment rule, states and their effects,
progress, and what changed between the reviewed bundle and the one answering it."""

from __future__ import annotations

from datetime import date

import pytest

from sealdesk.domain.city import SubmissionState
from sealdesk.domain.review import Verdict
from sealdesk.errors import InputError
from sealdesk.events import ReviewChanged
from tests.review.conftest import Pair


def test_a_verdict_other_than_meets_needs_a_comment(pair: Pair) -> None:
    code = pair.codes[0]
    with pytest.raises(InputError, match="comment"):
        pair.office.review_benchmark("1001", code, Verdict.PARTLY_MEETS)
    with pytest.raises(InputError, match="due date"):
        pair.office.review_benchmark("1001", code, "meets", due=date(2027, 1, 31))
    with pytest.raises(InputError, match="no verdict"):
        pair.office.review_benchmark("1001", code, "great")
    with pytest.raises(InputError, match="no benchmark"):
        pair.office.review_benchmark("1001", "9.9.9", "meets")
    got = pair.office.review_benchmark("1001", code, "meets")
    assert got.verdict is Verdict.MEETS and got.comment == "" and got.reviewed_at is not None


def test_the_first_verdict_puts_it_in_review_and_is_announced(pair: Pair) -> None:
    seen: list[object] = []
    pair.office.events.subscribe(seen.append)
    assert pair.office.submission_review("1001").state is SubmissionState.VERIFIED
    code = pair.codes[1]
    review = pair.office.review_benchmark(
        "1001",
        code,
        Verdict.DOES_NOT_MEET,
        comment="ไม่มีรายงานการอบรม",
        action="ส่งรายชื่อผู้เข้าอบรม",
        due=date(2027, 1, 31),
    )
    assert review.action is not None and review.action.due == date(2027, 1, 31)
    sub = pair.office.submission_review("1001")
    assert sub.state is SubmissionState.IN_REVIEW
    assert sub.review_for(code) == review
    assert sub.review_for(pair.codes[0]).verdict is Verdict.NOT_REVIEWED
    assert [e for e in seen if isinstance(e, ReviewChanged)] == [
        ReviewChanged("1001", 2569, sub.bundle_id, (code,))
    ]
    city = pair.office.office_status(2569)
    row = next(r for r in city.rows if r.district_code == "1001")
    assert row.state is SubmissionState.IN_REVIEW and not row.confirmed
    # the same verdict again changes nothing and says nothing
    seen.clear()
    pair.office.review_benchmark(
        "1001", code, "does_not_meet", "ไม่มีรายงานการอบรม", "ส่งรายชื่อผู้เข้าอบรม", date(2027, 1, 31)
    )
    assert seen == []
    # taken back
    pair.office.review_benchmark("1001", code, Verdict.NOT_REVIEWED)
    assert pair.office.submission_review("1001").reviewed == 0


def test_progress_counts_every_district_with_a_submission(pair: Pair) -> None:
    (progress,) = pair.office.review_progress(2569)
    assert (progress.district_code, progress.reviewed, progress.total) == (
        "1001",
        0,
        len(pair.codes),
    )
    assert progress.state is SubmissionState.VERIFIED and not progress.done
    for code in pair.codes:
        pair.office.review_benchmark("1001", code, "meets")
    (progress,) = pair.office.review_progress()
    assert progress.done and progress.reviewed == len(pair.codes)
    assert progress.name_th == "พระนคร"


def test_issuing_reports_progress_and_a_cancel_writes_nothing(pair: Pair, tmp_path) -> None:
    from sealdesk.progress import Cancelled
    from tests.office.conftest import PASS

    pair.office.review_benchmark("1001", pair.codes[0], "partly_meets", comment="ยังไม่ครบ")
    out = tmp_path / "mail"
    out.mkdir()
    with pytest.raises(Cancelled):
        pair.office.return_submission(
            "1001", out=out / "fb.zip", passphrase=PASS, cancelled=lambda: True
        )
    assert list(out.iterdir()) == []  # nothing written, not even a temporary file
    assert pair.office.submission_review("1001").state is SubmissionState.IN_REVIEW
    steps: list[tuple[int, int]] = []
    pair.office.return_submission(
        "1001", out=out / "fb.zip", passphrase=PASS, progress=lambda d, t: steps.append((d, t))
    )
    assert steps == [(0, 4), (1, 4), (2, 4), (3, 4), (4, 4)]
    assert pair.office.submission_review("1001").state is SubmissionState.RETURNED
