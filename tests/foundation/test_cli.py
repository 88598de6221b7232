"""Every foundation subcommand, success and failure, through the real ``main``."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from sealdesk.cli import main


@pytest.fixture
def ws_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "ws"
    monkeypatch.setenv("SEALDESK_WORKSPACE", str(folder))
    monkeypatch.setenv("SEALDESK_LANG", "en")
    return folder


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_init_and_failures(ws_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "init", "--district", "1007", "--round", "2569", "--clerk", "สุดา")
    assert code == 0 and "Pathum Wan" in out and (ws_dir / "sealdesk.db").is_file()
    code, _, err = run(capsys, "init", "--district", "1007")
    assert code == 2 and "already a workspace" in err and "Traceback" not in err
    code, _, err = run(capsys, "init", "--district", "42", "--workspace", str(ws_dir / "x"))
    assert code == 2 and "not a Bangkok district code" in err
    bad_catalog = ws_dir.parent / "bad.toml"
    bad_catalog.write_text("[catalog\n", "utf-8")
    code, _, err = run(
        capsys, "init", "--district", "1001", "--catalog", str(bad_catalog),
        "--workspace", str(ws_dir.parent / "y"),
    )  # fmt: skip
    assert code == 2 and "bad.toml, line 1" in err
    assert not (ws_dir.parent / "y").exists()


def test_commands_without_a_workspace(ws_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for argv in (["score"], ["evidence", "list"], ["audit"], ["check"], ["catalog", "show"]):
        code, out, err = run(capsys, *argv)
        assert code == 2 and "sealdesk init" in err and out == ""


def test_a_clerks_session(ws_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run(capsys, "init", "--district", "1001", "--round", "2569", "--clerk", "สุดา")

    code, out, _ = run(capsys, "catalog", "show", "--json")
    catalog = json.loads(out)
    assert code == 0 and catalog["status"] == "template" and len(catalog["dimensions"]) == 5

    code, out, _ = run(capsys, "assess", "1.1.1", "--status", "met", "--note", "มีแผน")
    assert code == 0 and "1.1.1: Met" in out
    code, _, err = run(capsys, "assess", "1.1.2", "--status", "not_applicable")
    assert code == 2 and "justification" in err
    code, _, err = run(capsys, "assess", "8.8.8", "--status", "met")
    assert code == 2 and "no benchmark 8.8.8" in err

    doc = tmp_path / "แผนปฏิบัติราชการ.pdf"
    doc.write_bytes(b"%PDF-1.4 plan")
    code, out, _ = run(capsys, "evidence", "add", str(doc), "--benchmark", "1.1.1",
                       "--effective-date", "2024-07-09", "--json")  # fmt: skip
    added = json.loads(out)[0]
    assert code == 0 and added["evidence"]["effective_date"] == "2024-07-09"
    sha = added["evidence"]["sha256"]
    code, out, _ = run(capsys, "evidence", "add", str(doc))
    assert code == 0 and "Already stored" in out
    code, _, err = run(capsys, "evidence", "add", str(tmp_path / "missing.pdf"))
    assert code == 2 and "no longer exists" in err
    with pytest.raises(SystemExit) as bad_date:
        main(["evidence", "add", str(doc), "--effective-date", "9/7/2567"])
    assert bad_date.value.code == 2
    capsys.readouterr()

    code, out, _ = run(capsys, "evidence", "link", sha[:8], "--benchmark", "2.1.1")
    assert code == 0 and "1.1.1, 2.1.1" in out
    code, out, _ = run(capsys, "evidence", "unlink", sha[:8], "--benchmark", "2.1.1")
    assert code == 0 and "2.1.1" not in out
    code, _, err = run(capsys, "evidence", "unlink", sha[:8], "--benchmark", "2.1.1")
    assert code == 2 and "not linked" in err
    code, _, err = run(capsys, "evidence", "link", "zzzz", "--benchmark", "2.1.1")
    assert code == 2 and "hexadecimal" in err
    code, out, _ = run(capsys, "evidence", "list", "--json")
    assert [e["links"] for e in json.loads(out)] == [["1.1.1"]]

    code, out, _ = run(capsys, "score", "--json")
    score = json.loads(out)
    assert code == 0 and score["overall"]["met"] == 1 and score["level"] is None
    code, out, _ = run(capsys, "score")
    assert "Projected level: none yet." in out and "mandatory, not met" in out

    code, out, _ = run(capsys, "check")
    assert code == 0 and "Everything checked out" in out
    code, out, _ = run(capsys, "audit", "--limit", "2", "--json")
    events = json.loads(out)
    assert code == 0 and len(events) == 2 and events[-1]["actor"] == "สุดา"
    assert events[-1]["action"] == "evidence.unlink"

    code, out, _ = run(capsys, "round", "add", "2570")
    assert code == 0
    code, out, _ = run(capsys, "round", "list", "--json")
    assert json.loads(out) == [2569, 2570]
    code, _, err = run(capsys, "round", "add", "2570")
    assert code == 2 and "already exists" in err

    backup = tmp_path / "backup.zip"
    code, out, _ = run(capsys, "backup", str(backup))
    assert code == 0 and backup.is_file()
    code, _, err = run(capsys, "restore", str(backup))
    assert code == 2 and "empty folder" in err
    code, out, _ = run(capsys, "restore", str(backup), "--workspace", str(tmp_path / "copy"))
    assert code == 0 and "Phra Nakhon" in out

    # A broken blob makes check fail, naming it.
    from sealdesk.services.workspace import Workspace

    with Workspace.open(ws_dir) as ws:
        ws.blob_path(sha).write_bytes(b"changed")
    code, out, _ = run(capsys, "check")
    assert code == 1 and "blob-corrupt" in out and "แผนปฏิบัติราชการ.pdf" in out


def test_catalog_import_reports(ws_dir: Path, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    from sealdesk.resources import default_catalog_path

    run(capsys, "init", "--district", "1001", "--round", "2569")
    run(capsys, "assess", "5.4.2", "--status", "not_met")
    newer = tmp_path / "new.toml"
    newer.write_text(
        default_catalog_path().read_text("utf-8").replace('code = "5.4.2"', 'code = "5.4.9"'),
        "utf-8",
    )
    code, out, _ = run(capsys, "catalog", "import", str(newer))
    assert code == 0 and "the assessment of 5.4.2" in out
    code, _, err = run(capsys, "catalog", "import", str(tmp_path / "nope.toml"))
    assert code == 2 and "cannot be read" in err


def test_help_for_every_subcommand_and_no_traceback_from_the_real_script(ws_dir: Path) -> None:
    script = Path(sys.executable).with_name("sealdesk")
    for argv in (
        ["--help"],
        ["init", "--help"],
        ["evidence", "add", "--help"],
        ["score", "--help"],
    ):
        result = subprocess.run([str(script), *argv], capture_output=True, text=True)
        assert result.returncode == 0 and "--workspace" in result.stdout
    result = subprocess.run([str(script), "score"], capture_output=True, text=True)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr


def test_messages_in_thai_when_asked(
    ws_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from sealdesk.cli import common

    # The translator installed below is process-wide: restore the English state afterwards.
    monkeypatch.setattr(common, "_translator", common._translator)
    monkeypatch.setattr(common, "_language", common._language)
    code, out, err = run(capsys, "--lang", "th", "score")
    assert code == 2 and "sealdesk init" in err
    assert "ไม่พบพื้นที่ทำงาน" in err  # "There is no SealDesk workspace" in Thai
    code, out, _ = run(capsys, "init", "--district", "1001", "--round", "2569", "--lang", "th")
    assert code == 0 and "พระนคร" in out and "Created" not in out
