"""What the CLI prints from user data reaches the terminal with its control characters shown,
never acted on (issue 11, part H4): catalog titles, evidence names, narratives in the audit
log, inbox file names."""

from __future__ import annotations

from pathlib import Path

import pytest

from sealdesk.cli import main
from sealdesk.domain.names import evidence_name
from sealdesk.resources import default_catalog_path
from sealdesk.services.workspace import Workspace

ESC = "\x1b]0;pwned\x07\x1b[31m"
SHOWN = "\\x1b]0;pwned\\x07\\x1b[31m"


@pytest.fixture
def ws_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "ws"
    text = default_catalog_path().read_text("utf-8")
    catalog = tmp_path / "catalog.toml"
    catalog.write_text(
        text.replace('en = "', 'en = "\\u001b]0;pwned\\u0007\\u001b[31m', 3).replace(
            'edition = "', 'edition = "\\u001b[2J', 1
        ),
        "utf-8",
    )
    Workspace.create(folder, "1001", 2569, catalog_path=catalog, actor="สุดา").close()
    monkeypatch.setenv("SEALDESK_WORKSPACE", str(folder))
    monkeypatch.setenv("SEALDESK_LANG", "en")
    return folder


def printed(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    assert main(list(argv)) in (0, 1)
    out, err = capsys.readouterr()
    return out + err


def test_catalog_titles_and_editions_are_escaped(
    ws_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for argv in (["catalog", "show"], ["score"]):
        out = printed(capsys, *argv)
        assert "\x1b" not in out and "\x07" not in out, argv
        assert SHOWN in out or "\\x1b[2J" in out, argv


def test_evidence_names_narratives_and_inbox_names_are_escaped(
    ws_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    doc = tmp_path / f"plan{ESC}.pdf"
    doc.write_bytes(b"%PDF-1.4 plan")
    # The stored name is made safe on the way in (domain.names.evidence_name): no control
    # character is kept, so none can reach a terminal, a manifest or a printed page.
    stored = evidence_name(f"plan{ESC}.pdf")
    assert "\x1b" not in stored and "\x07" not in stored
    out = printed(capsys, "evidence", "add", str(doc), "--benchmark", "1.1.1")
    assert "\x1b" not in out and stored in out
    with Workspace.open(ws_dir) as ws:
        sha = ws.evidence_list()[0].sha256
    for argv in (
        ["evidence", "list"],
        ["evidence", "unlink", sha[:8], "--benchmark", "1.1.1"],
        ["audit"],
    ):
        out = printed(capsys, *argv)
        assert "\x1b" not in out and "\x07" not in out and stored in out, argv
    printed(capsys, "assess", "1.1.1", "--status", "met", "--note", f"ทำแล้ว {ESC}")
    out = printed(capsys, "audit")
    assert "\x1b" not in out and f"ทำแล้ว {SHOWN}" in out
    scans = tmp_path / "scans"
    scans.mkdir()
    (scans / f"1.2.1 scan{ESC}.pdf").write_bytes(b"%PDF-1.4 scan")
    out = printed(capsys, "inbox", "watch", "--once", "--settle", "0.1", "--folder", str(scans))
    assert "\x1b" not in out and SHOWN in out
    out = printed(capsys, "inbox", "list")
    assert "\x1b" not in out and SHOWN in out
