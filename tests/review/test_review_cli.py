"""The review and feedback commands through the real ``main`` (issue 15), on the two real
workspaces of the pair fixture: the names and flags of the issue, exit codes, --json."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sealdesk.cli import main
from tests.office.conftest import PASS
from tests.review.conftest import Pair


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(["--lang", "en", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_review_return_import_show_accept_on_the_command_line(
    pair: Pair, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SEALDESK_LANG", "en")
    office = ["--workspace", str(pair.office.path)]
    district = ["--workspace", str(pair.district.ws.path)]
    pass_file = tmp_path / "pass.txt"
    pass_file.write_text(PASS + "\n", "utf-8")
    codes = pair.codes

    code, _, err = run(
        capsys, "office", "review", "1001", codes[1], "--verdict", "partly_meets", *office
    )
    assert code == 2 and "comment" in err
    code, out, _ = run(
        capsys,
        "office", "review", "1001", codes[1], "--verdict", "partly_meets",
        "--comment", "ยังไม่ครบ", "--action", "แนบรายงาน", "--due", "2027-01-31",
        "--round", "2569", *office,
    )  # fmt: skip
    assert code == 0 and "Partly meets" in out and "In review" in out
    code, out, _ = run(capsys, "office", "reviews", "--json", *office)
    (progress,) = json.loads(out)
    assert progress["reviewed"] == 1 and progress["state"] == "in_review"
    fb = tmp_path / "fb.zip"
    code, out, _ = run(
        capsys, "office", "return", "1001", "--out", str(fb), "--passphrase-file", str(pass_file),
        *office,
    )  # fmt: skip
    assert code == 0 and fb.is_file() and "Returned" in out
    # never over an existing file
    code, _, _ = run(
        capsys, "office", "return", "1001", "--out", str(fb), "--passphrase-file", str(pass_file),
        *office,
    )  # fmt: skip
    assert code != 0

    # the district: not trusted yet, then trusted from the key line (the sheet's QR text)
    code, _, err = run(capsys, "feedback", "import", str(fb), *district)
    assert code == 61 and "does not trust" in err
    key_line = pair.office_pub.read_text().splitlines()[1]
    code, out, _ = run(capsys, "trust", "add", key_line, "--yes", *district)
    assert code == 0 and "Trusted" in out
    code, out, _ = run(capsys, "feedback", "import", str(fb), *district)
    assert code == 0 and "Imported" in out
    code, out, _ = run(capsys, "feedback", "import", str(fb), "--json", *district)
    assert code == 0 and json.loads(out)["duplicate"] is True
    code, out, _ = run(capsys, "feedback", "show", *district)
    assert code == 0 and "ยังไม่ครบ" in out and "แนบรายงาน" in out and codes[1] in out
    code, out, _ = run(capsys, "feedback", "show", "--json", *district)
    data = json.loads(out)
    assert data["open"][0]["benchmark_code"] == codes[1]
    assert data["feedback"][0]["kind"] == "returned"

    # the office commands refuse a district workspace, and the other way round
    code, _, _ = run(capsys, "office", "reviews", *district)
    assert code == 3
    code, _, _ = run(capsys, "feedback", "show", *office)
    assert code == 3

    # accepting needs a verdict on every benchmark
    code, _, err = run(
        capsys, "office", "accept", "1001", "--out", str(tmp_path / "a.zip"),
        "--passphrase-file", str(pass_file), *office,
    )  # fmt: skip
    assert code == 2 and "every benchmark" in err
    for c in codes:
        assert run(capsys, "office", "review", "1001", c, "--verdict", "meets", *office)[0] == 0
    for kind in ("accept", "finalize"):
        code, out, _ = run(
            capsys, "office", kind, "1001", "--out", str(tmp_path / f"{kind}.zip"),
            "--passphrase-file", str(pass_file), *office,
        )  # fmt: skip
        assert code == 0, out
    code, out, _ = run(capsys, "office", "status", "--json", *office)
    row = next(r for r in json.loads(out)["rows"] if r["district_code"] == "1001")
    assert row["state"] == "final"
    code, _, err = run(capsys, "office", "review", "1001", codes[0], "--verdict", "meets", *office)
    assert code == 2 and "final" in err
    # sealdesk verify checks a feedback file against the office key, as it checks a bundle
    code, _, _ = run(
        capsys, "verify", str(tmp_path / "accept.zip"), "--trust", str(pair.office_pub)
    )
    assert code == 0
    for kind in ("accept", "finalize"):
        code, out, _ = run(capsys, "feedback", "import", str(tmp_path / f"{kind}.zip"), *district)
        assert code == 0
    code, out, _ = run(capsys, "feedback", "show", *district)
    assert "Accepted as final" in out and "Still to answer" not in out


def test_misdirected_feedback_exit_codes(
    pair: Pair, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.office.conftest import make_district

    pair.office.review_benchmark("1001", pair.codes[0], "does_not_meet", comment="ไม่มีหลักฐาน")
    fb = tmp_path / "fb.zip"
    pair.office.return_submission("1001", out=fb, passphrase=PASS)
    other = make_district(tmp_path / "o", "1002") if (tmp_path / "o").mkdir() is None else None
    assert other is not None
    try:
        args = ["--workspace", str(other.ws.path)]
        assert run(capsys, "trust", "add", str(pair.office_pub), "--yes", *args)[0] == 0
        code, _, err = run(capsys, "feedback", "import", str(fb), *args)
        assert code == 62 and "1001" in err
        junk = tmp_path / "junk.zip"
        junk.write_bytes(b"PK\x05\x06" + b"\0" * 18)
        code, _, err = run(capsys, "feedback", "import", str(junk), *args)
        assert code == 65, err
    finally:
        other.ws.close()
