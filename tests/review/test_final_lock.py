"""Issue 15: "accepted can be made final (locked)". A bundle that arrives after the district's
submission was made final is verified and kept in the history; the final one stays current.
Through the real ``main``: ``office receive`` in English and Thai, and ``--json``."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from sealdesk.cli import main
from tests.office.conftest import PASS, export
from tests.review.conftest import Pair


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_a_bundle_after_final_is_kept_in_history_and_the_final_stays_current(
    pair: Pair, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    office = ["--workspace", str(pair.office.path)]
    first = pair.office.office_submission("1001", 2569)
    assert first is not None
    for code in pair.codes:
        pair.office.review_benchmark("1001", code, "meets")
    pair.office.accept_submission("1001", out=tmp_path / "accept.zip", passphrase=PASS)
    pair.office.finalize_submission("1001", out=tmp_path / "final.zip", passphrase=PASS)

    # the district, not yet told, changes a narrative and sends a newer bundle, twice over
    time.sleep(1.1)  # signing times are to the second: these are the newer bundles
    pair.district.ws.assess(pair.codes[0], status="met", narrative="แก้ไขหลังส่งฉบับสุดท้าย")
    later = export(pair.district, pair.out, "1001-b")
    code, out, _ = run(capsys, "--lang", "en", "office", "receive", str(later), *office)
    assert code == 0, out
    assert (
        "the submission of district 1001, round 2569 is final; the new bundle was kept in the "
        "history and does not replace it." in out
    )
    time.sleep(1.1)
    again = export(pair.district, pair.out, "1001-c")
    code, out, _ = run(capsys, "--lang", "th", "office", "receive", str(again), *office)
    assert code == 0 and "ถูกเก็บไว้ในประวัติและไม่แทนที่ฉบับสุดท้าย" in out, out
    code, out, _ = run(capsys, "--lang", "th", "office", "receive", str(again), "--json", *office)
    assert code == 0  # the same file twice: nothing changed
    assert [r["outcome"] for r in json.loads(out)] == ["duplicate"]

    # the final submission stays current and final; both later bundles are in the history
    code, out, _ = run(capsys, "--lang", "en", "office", "status", "--json", *office)
    row = next(r for r in json.loads(out)["rows"] if r["district_code"] == "1001")
    assert row["state"] == "final"
    current = pair.office.office_submission("1001", 2569)
    assert current is not None and current.bundle_id == first.bundle_id
    code, out, _ = run(capsys, "--lang", "th", "office", "receive", str(later), *office)
    assert code == 0  # a duplicate: nothing changed
    assert pair.office.office_submission("1001", 2569).bundle_id == first.bundle_id
