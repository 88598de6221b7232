"""Every kind of value a command takes is checked by the parser (issue 11, part H4): a value no
command can use is one translated sentence and exit 2, never exit 70 ("something unexpected")
and never silently accepted. The cases named in the issue, then the type functions at their
bounds, then the real script with bytes that are not UTF-8."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from sealdesk.cli import main
from sealdesk.cli.common import (
    bounded_int,
    folder_arg,
    name_arg,
    parse_date,
    path_arg,
    round_year,
    seconds,
    text_arg,
)
from sealdesk.domain.thaidate import check_document_date
from sealdesk.errors import InputError
from sealdesk.services.workspace import Workspace

NOT_UTF8 = os.fsdecode(b"\xff\xfe note")  # what Python makes of argv bytes that are not UTF-8
TWENTY_DIGITS = "9" * 20


@pytest.fixture
def ws_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "ws"
    Workspace.create(folder, "1001", 2569, actor="สุดา").close()
    monkeypatch.setenv("SEALDESK_WORKSPACE", str(folder))
    monkeypatch.setenv("SEALDESK_LANG", "en")
    return folder


def refused(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    """Runs the CLI; asserts the parser refused the value (exit 2, one sentence, no traceback,
    nothing on stdout); returns the message."""
    with pytest.raises(SystemExit) as stopped:
        main(list(argv))
    out, err = capsys.readouterr()
    assert stopped.value.code == 2, (argv, err)
    assert out == "" and "Traceback" not in err and "unexpected" not in err
    return err.strip().splitlines()[-1]


def audit_count(ws_dir: Path) -> int:
    with Workspace.open(ws_dir) as ws:
        return len(ws.audit_log())


def test_the_issues_numbers_are_refused_not_crashed_on(
    ws_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = audit_count(ws_dir)
    for argv in (
        ["score", "--round", TWENTY_DIGITS],
        ["catalog", "show", "--round", TWENTY_DIGITS],
        ["assess", "1.1.1", "--status", "met", "--round", TWENTY_DIGITS],
        ["round", "add", TWENTY_DIGITS],
    ):
        assert "Buddhist-Era year from 2500 to 2700" in refused(capsys, *argv)
    for limit in (TWENTY_DIGITS, "-5", "0", "1e3", "nan", ""):
        message = refused(capsys, "audit", "--limit", limit)
        assert "whole number from 1 to 1000000000" in message
    assert audit_count(ws_dir) == before


def test_settle_seconds_are_finite_and_within_an_hour(
    ws_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "scans"
    folder.mkdir()
    for value in ("1e308", "-5", "nan", "inf", "-inf", "0", "3601", "1e-9", "0x10", ""):
        message = refused(
            capsys, "inbox", "watch", "--once", "--folder", str(folder), f"--settle={value}"
        )
        assert "seconds from 0.1 to 3600" in message, value
    # A value inside the range still works (the inbox tests use 0.2).
    assert main(["inbox", "watch", "--once", "--folder", str(folder), "--settle", "0.2"]) == 0


def test_a_file_where_a_folder_belongs(
    ws_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    file = tmp_path / "a-file.txt"
    file.write_text("x", "utf-8")
    assert refused(capsys, "inbox", "set-folder", str(file)).endswith("is not a folder")
    assert refused(capsys, "inbox", "watch", "--once", "--folder", str(file)).endswith(
        "is not a folder"
    )
    # Below a file no folder can be made: a sentence, exit 2, and the setting is unchanged.
    code = main(["inbox", "set-folder", str(file / "inside")])
    _, err = capsys.readouterr()
    assert code == 2 and "cannot be made" in err and "Traceback" not in err
    with Workspace.open(ws_dir) as ws:
        assert ws.get_setting("inbox.folder") is None


def test_text_that_is_not_utf8_is_refused_before_anything_is_stored(
    ws_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    doc = tmp_path / "plan.pdf"
    doc.write_bytes(b"%PDF-1.4 plan")
    before = audit_count(ws_dir)
    for argv in (
        ["assess", "1.1.1", "--status", "met", "--note", NOT_UTF8],
        ["assess", "1.1.2", "--status", "not_applicable", "--justification", NOT_UTF8],
        ["assess", NOT_UTF8, "--status", "met"],
        ["evidence", "add", str(doc), "--description", NOT_UTF8],
        ["evidence", "add", str(doc), "--benchmark", NOT_UTF8],
        ["assess", "1.1.1", "--status", "met", "--actor", NOT_UTF8],
        ["evidence", "link", NOT_UTF8, "--benchmark", "1.1.1"],
    ):
        assert "not UTF-8" in refused(capsys, *argv)
    for argv in (
        ["assess", "1.1.1", "--status", "met", "--actor", "สุดา\n2026-01-01 forged entry"],
        ["assess", "1.1.1\x1b[31m", "--status", "met"],
    ):
        assert "control characters" in refused(capsys, *argv)
    assert "too long" in refused(capsys, "assess", "1.1.1", "--actor", "ก" * 201)
    assert audit_count(ws_dir) == before


def test_effective_dates_a_clerk_did_not_mean(
    ws_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    doc = tmp_path / "plan.pdf"
    doc.write_bytes(b"%PDF-1.4 plan")
    base = ["evidence", "add", str(doc), "--effective-date"]
    message = refused(capsys, *base, "2569-01-15")
    assert "Buddhist-Era year" in message and "2026-01-15" in message
    for value in ("9999-12-31", "0001-01-01", "1949-12-31"):
        assert "not a plausible date" in refused(capsys, *base, value)
    for value in ("20240709", "2024-W28-2", "2024-07-09T00:00", "", "๒๕๖๙-๐๑-๑๕"):
        assert "YYYY-MM-DD" in refused(capsys, *base, value)
    with Workspace.open(ws_dir) as ws:
        assert ws.evidence_list() == []
    assert main([*base, "2024-07-09", "--json"]) == 0
    added = json.loads(capsys.readouterr().out)
    assert added[0]["evidence"]["effective_date"] == "2024-07-09"


def test_an_empty_name_never_means_the_current_or_default_folder(
    ws_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for argv in (
        ["score", "--workspace", ""],
        ["evidence", "add", ""],
        ["catalog", "import", " "],
        ["backup", ""],
        ["inbox", "set-folder", ""],
        ["init", "--district", "1001", "--catalog", ""],
    ):
        assert "not empty text" in refused(capsys, *argv)


def test_the_type_functions_at_their_bounds() -> None:
    import argparse

    today = date.today()
    whole = bounded_int(1, 10)
    assert [whole(v) for v in ("1", "10", " 7 ", "๓")] == [1, 10, 7, 3]
    assert round_year("2500") == 2500 and round_year("2700") == 2700
    assert round_year("๒๕๖๙") == 2569  # Thai digits
    assert seconds(0.1, 3600)("0.1") == 0.1 and seconds(0.1, 3600)("3600") == 3600
    assert parse_date(f"{today.year + 5}-12-31") == date(today.year + 5, 12, 31)
    assert parse_date("1950-01-01") == date(1950, 1, 1)
    assert text_arg("บรรทัด 1\nบรรทัด 2\t") == "บรรทัด 1\nบรรทัด 2\t"
    assert name_arg("ก" * 200) == "ก" * 200
    assert path_arg("a.pdf") == Path("a.pdf")
    bad = [
        (whole, "0"), (whole, "11"), (whole, "1" * 19), (whole, "1.0"), (whole, "1_0"),
        (round_year, "2499"), (round_year, "2701"), (round_year, "2026"), (round_year, "-2569"),
        (seconds(0.1, 3600), "0.09"), (seconds(0.1, 3600), "3600.1"),
        (seconds(0.1, 3600), "1" * 400), (seconds(0.1, 3600), "1e2"),
        (parse_date, f"{today.year + 6}-01-01"), (parse_date, "1949-12-31"),
        (parse_date, f"{today.year + 543}-02-03"), (parse_date, "2024-02-30"),
        (name_arg, "a\x00b"), (name_arg, "a\u2028b"), (name_arg, "ก" * 201),
        (text_arg, NOT_UTF8), (path_arg, ""), (path_arg, "   "),
    ]  # fmt: skip
    for parse, value in bad:
        with pytest.raises(argparse.ArgumentTypeError):
            parse(value)


def test_folder_arg(tmp_path: Path) -> None:
    import argparse

    assert folder_arg(str(tmp_path)) == tmp_path
    assert folder_arg(str(tmp_path / "new")) == tmp_path / "new"  # made when needed
    (tmp_path / "f").write_text("x", "utf-8")
    with pytest.raises(argparse.ArgumentTypeError):
        folder_arg(str(tmp_path / "f"))
    with pytest.raises(argparse.ArgumentTypeError):
        folder_arg("/dev/null")


def test_document_dates_at_their_named_bounds() -> None:
    today = date(2026, 11, 26)
    for ok in (date(1950, 1, 1), date(2031, 12, 31), date(2026, 11, 26)):
        check_document_date(ok, today)
    with pytest.raises(InputError, match=r"Buddhist-Era year.*2026-01-15"):
        check_document_date(date(2569, 1, 15), today)
    with pytest.raises(InputError, match=r"Buddhist-Era year.*2025-02-29"):
        check_document_date(date(2568, 2, 29), today)  # no such CE date: still a clear hint
    for bad in (date(1949, 12, 31), date(2032, 1, 1), date(9999, 12, 31), date(1, 1, 1)):
        with pytest.raises(InputError, match="not a plausible date"):
            check_document_date(bad, today)


def test_the_real_script_with_bytes_that_are_not_utf8(tmp_path: Path) -> None:
    """Real argv bytes and a real stdout: a non-UTF-8 note is refused with a sentence; a file
    whose name is not UTF-8 (and holds an ESC sequence) is stored, listed and printed as JSON
    without a crash and without the ESC reaching the terminal."""
    folder = tmp_path / "ws"
    Workspace.create(folder, "1001", 2569).close()
    env = {**os.environ, "SEALDESK_LANG": "en", "SEALDESK_WORKSPACE": str(folder)}
    script = [sys.executable, "-c", "import sys; from sealdesk.cli import main; "
              "sys.exit(main(sys.argv[1:]))"]  # fmt: skip

    def run(*argv: bytes) -> subprocess.CompletedProcess[bytes]:
        return subprocess.run([*script, *argv], capture_output=True, env=env, timeout=120)

    result = run(b"assess", b"1.1.1", b"--status", b"met", b"--note", b"\xff\xfe note")
    assert result.returncode == 2 and b"not UTF-8" in result.stderr
    assert b"Traceback" not in result.stderr
    odd = os.fsencode(tmp_path) + b"/\xff\xfeplan\x1b[31m.pdf"
    with open(odd, "wb") as handle:
        handle.write(b"%PDF-1.4 odd")
    # Stored as a carriable name (domain.names.evidence_name): the bytes that are not UTF-8 and
    # the escape character become "_", so the terminal never receives them.
    for argv in ([b"evidence", b"add", odd], [b"evidence", b"list"], [b"audit"]):
        result = run(*argv)
        assert result.returncode == 0, result.stderr
        assert b"\x1b" not in result.stdout and b"______plan_[31m.pdf" in result.stdout
    result = run(b"evidence", b"list", b"--json")
    assert result.returncode == 0
    assert json.loads(result.stdout)[0]["original_name"] == "______plan_[31m.pdf"


def test_a_double_dash_as_a_value_and_an_unknown_home_folder(
    ws_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Found by the randomized test: Python's parser turned ``--note=--`` into an empty list
    (exit 70 deep in the store), and ``~nobody`` made expanduser raise past main (a crash)."""
    assert main(["assess", "1.1.1", "--status", "met", "--note=--", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["narrative"] == "--"
    code = main(["evidence", "link", "00", "--benchmark=--"])
    err = capsys.readouterr().err
    assert code == 2 and "Traceback" not in err
    for argv in (
        ["score", "--workspace", "~no-such-user-here/ws"],
        ["inbox", "set-folder", "~no-such-user-here/scans"],
        ["catalog", "import", "~no-such-user-here/c.toml"],
    ):
        assert "home folder" in refused(capsys, *argv)


def test_names_too_long_for_the_file_system(
    ws_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Found by the randomized test: a 300-character Thai name (900 bytes) made Path.exists()
    raise: exit 70, or an OSError past main."""
    long_name = str(ws_dir.parent / ("ก" * 300))
    for argv in (
        ["score", "--workspace", long_name],
        ["init", "--district", "1001", "--workspace", long_name],
        ["inbox", "set-folder", long_name],
        ["inbox", "watch", "--once", "--folder", long_name],
        ["backup", long_name],
    ):
        assert "too long" in refused(capsys, *argv)
