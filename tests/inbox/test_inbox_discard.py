"""Discarding a scan moves it to the inbox's discarded/ folder, recoverable; filing several
scans at once; the CLI equivalents (issue 12)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from inbox_helpers import QUIET

from sealdesk.cli import main
from sealdesk.errors import InputError
from sealdesk.events import Event, EvidenceChanged, InboxFiled
from sealdesk.inbox import WatchConfig
from sealdesk.services import inbox as inbox_service
from sealdesk.services.workspace import Workspace


def take_in(ws: Workspace, inbox: Path, files: dict[str, bytes]) -> dict[str, int]:
    inbox_service.set_folder(ws, inbox)
    for name, data in files.items():
        (inbox / name).write_bytes(data)
    report = inbox_service.scan_once(ws, inbox, WatchConfig(quiet=QUIET))
    return {r.name: r.evidence.id for r in report.imported}


def test_discard_keeps_the_bytes_in_discarded_and_restore_brings_the_scan_back(
    ws: Workspace, inbox: Path
) -> None:
    ids = take_in(
        ws, inbox, {"wrong page.pdf": b"%PDF-1.4 wrong", "1.2.1_policy.pdf": b"%PDF-1.4 p"}
    )
    wrong_sha = ws.get_evidence(ids["wrong page.pdf"]).sha256
    events: list[Event] = []
    ws.events.subscribe(events.append)

    copy = inbox_service.discard(ws, ids["wrong page.pdf"])
    assert copy == inbox / "discarded" / "wrong page.pdf"
    assert copy.read_bytes() == b"%PDF-1.4 wrong"
    assert [i.name for i in inbox_service.waiting_to_be_filed(ws)] == ["1.2.1_policy.pdf"]
    assert [e.original_name for e in ws.evidence_list()] == ["1.2.1_policy.pdf"]
    assert InboxFiled("discarded/wrong page.pdf", "discarded", None) in events
    assert EvidenceChanged(None, (ids["wrong page.pdf"],)) in events
    assert [a.entity_key for a in ws.audit_log() if a.action == "evidence.remove"] == [wrong_sha]
    stat = copy.stat()
    assert ws.inbox_outcome("discarded/wrong page.pdf", stat.st_size, stat.st_mtime_ns) == (
        "discarded"
    )
    [scan] = inbox_service.discarded(ws)
    assert (scan.name, scan.size) == ("wrong page.pdf", len(b"%PDF-1.4 wrong"))

    added = inbox_service.restore(ws, "wrong page.pdf")
    assert not copy.exists()
    assert inbox_service.discarded(ws) == []
    waiting = {i.name: i.evidence.id for i in inbox_service.waiting_to_be_filed(ws)}
    assert waiting == {
        "1.2.1_policy.pdf": ids["1.2.1_policy.pdf"],
        "wrong page.pdf": added.evidence.id,
    }
    assert ws.blob_path(added.evidence.sha256).read_bytes() == b"%PDF-1.4 wrong"
    assert ws.inbox_outcome("discarded/wrong page.pdf", stat.st_size, stat.st_mtime_ns) == (
        "restored"
    )


def test_a_second_discard_of_the_same_name_keeps_both(ws: Workspace, inbox: Path) -> None:
    ids = take_in(ws, inbox, {"scan.pdf": b"%PDF-1.4 one"})
    inbox_service.discard(ws, ids["scan.pdf"])
    ids = take_in(ws, inbox, {"scan.pdf": b"%PDF-1.4 two"})
    second = inbox_service.discard(ws, ids["scan.pdf"])
    assert second.name == "scan (2).pdf"
    assert sorted(s.name for s in inbox_service.discarded(ws)) == ["scan (2).pdf", "scan.pdf"]


def test_a_filed_scan_or_a_library_file_is_not_discarded(
    ws: Workspace, inbox: Path, tmp_path: Path
) -> None:
    ids = take_in(ws, inbox, {"a.pdf": b"%PDF-1.4 a"})
    inbox_service.file_under(ws, ids["a.pdf"], ["1.1.1"])
    with pytest.raises(InputError):
        inbox_service.discard(ws, ids["a.pdf"])
    assert not (inbox / "discarded" / "a.pdf").exists()  # the copy is taken back
    assert ws.get_evidence(ids["a.pdf"]).links == ("1.1.1",)
    own = tmp_path / "own.pdf"
    own.write_bytes(b"%PDF-1.4 own")
    item = ws.add_evidence(own).evidence
    with pytest.raises(InputError):
        inbox_service.discard(ws, item.id)
    with pytest.raises(InputError):
        inbox_service.restore(ws, "../ws/sealdesk.db")
    with pytest.raises(InputError):
        inbox_service.restore(ws, "nothing.pdf")


def test_file_several_scans_at_once(ws: Workspace, inbox: Path) -> None:
    ids = take_in(ws, inbox, {f"scan-{i}.pdf": f"%PDF-1.4 {i}".encode() for i in range(3)})
    inbox_service.file_many(ws, list(ids.values()), ["1.1.1", "2.1.1"])
    assert inbox_service.waiting_to_be_filed(ws) == []
    assert all(ws.get_evidence(i).links == ("1.1.1", "2.1.1") for i in ids.values())
    with pytest.raises(InputError):
        inbox_service.file_many(ws, list(ids.values()), [])


def test_cli_file_discard_discarded_restore(ws: Workspace, inbox: Path, capsys) -> None:
    ids = take_in(ws, inbox, {"a.pdf": b"%PDF-1.4 a", "b.pdf": b"%PDF-1.4 b"})
    sha = {n: ws.get_evidence(i).sha256 for n, i in ids.items()}
    wsdir = ["--workspace", str(ws.path)]
    ws.close()
    capsys.readouterr()
    assert main(["inbox", "file", sha["a.pdf"][:8], "--benchmark", "1.1.1", *wsdir]) == 0
    assert "1.1.1" in capsys.readouterr().out
    assert main(["inbox", "discard", sha["b.pdf"][:8], "--json", *wsdir]) == 0
    [discarded] = json.loads(capsys.readouterr().out)
    assert Path(discarded["moved_to"]) == inbox / "discarded" / "b.pdf"
    assert main(["inbox", "discarded", "--json", *wsdir]) == 0
    assert [s["name"] for s in json.loads(capsys.readouterr().out)] == ["b.pdf"]
    assert main(["inbox", "restore", "b.pdf", *wsdir]) == 0
    assert "b.pdf" in capsys.readouterr().out
    assert main(["inbox", "list", "--json", *wsdir]) == 0
    assert [i["name"] for i in json.loads(capsys.readouterr().out)] == ["b.pdf"]
    assert main(["inbox", "discarded", *wsdir]) == 0
    assert capsys.readouterr().out.strip() == "No scan has been discarded."
