"""sealdesk.services.inbox, the one door to the inbox: settings, listing, filing, events; and
the inbox package staying a format library that knows nothing of workspaces."""

from __future__ import annotations

import ast
from pathlib import Path

from inbox_helpers import QUIET, Collector, watcher_for

from sealdesk.events import Event, EvidenceChanged, InboxFiled
from sealdesk.inbox import WatchConfig
from sealdesk.services import inbox as inbox_service

INBOX_PACKAGE = Path(__file__).resolve().parents[2] / "sealdesk" / "inbox"


def test_settings(ws, tmp_path: Path) -> None:
    assert inbox_service.chosen_folder(ws) is None
    assert inbox_service.inbox_folder(ws) == inbox_service.default_inbox_folder()
    assert inbox_service.default_inbox_folder().name == "SealDesk Inbox"
    assert not inbox_service.delete_after_import(ws)
    inbox_service.set_folder(ws, tmp_path / "scans")
    assert inbox_service.chosen_folder(ws) == tmp_path / "scans"
    assert not inbox_service.delete_after_import(ws)
    inbox_service.set_folder(ws, tmp_path / "scans", "delete")
    assert inbox_service.delete_after_import(ws)
    assert inbox_service.watch_config(ws).delete_after_import
    assert not inbox_service.watch_config(ws, delete_after_import=False).delete_after_import
    assert inbox_service.watch_config(ws, quiet=0.5).quiet == 0.5


def test_filing_announces_what_changed(ws, inbox) -> None:
    events: list[Event] = []
    ws.events.subscribe(events.append)
    (inbox / "1.2.1_policy.pdf").write_bytes(b"%PDF-1.4 policy")
    report = inbox_service.scan_once(ws, inbox, WatchConfig(quiet=QUIET))
    [result] = report.imported
    evidence_id = result.evidence.id
    assert EvidenceChanged(None, (evidence_id,)) in events
    assert InboxFiled("1.2.1_policy.pdf", "imported", evidence_id) in events
    [item] = inbox_service.waiting_to_be_filed(ws)
    assert (item.name, item.suggested) == ("1.2.1_policy.pdf", "1.2.1")
    events.clear()
    inbox_service.file_under(ws, evidence_id, ["1.2.1"])
    assert ws.get_evidence(evidence_id).links == ("1.2.1",)
    # The facade announces the link once, with the round it was made in.
    assert events == [EvidenceChanged(ws.current_round, (evidence_id,), ("1.2.1",))]
    assert inbox_service.waiting_to_be_filed(ws) == []


def test_run_once_leaves_the_callers_callbacks_alone(ws, inbox) -> None:
    collector = Collector()
    watcher = watcher_for(ws, inbox, quiet=QUIET, **collector.callbacks())
    seen_during: list[object] = []

    def on_imported(result: object) -> None:
        seen_during.append(watcher.on_imported)
        collector.on_imported(result)  # type: ignore[arg-type]

    watcher.on_imported = on_imported
    (inbox / "a.pdf").write_bytes(b"%PDF-1.4 a")
    report = watcher.run_once()
    assert [r.name for r in report.imported] == ["a.pdf"] == collector.names()
    assert seen_during == [on_imported]  # never swapped for a wrapper, not even meanwhile
    assert watcher.on_imported is on_imported


def test_the_inbox_package_knows_nothing_of_workspaces() -> None:
    offences = []
    for path in sorted(INBOX_PACKAGE.glob("*.py")):
        tree = ast.parse(path.read_text("utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            elif isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            else:
                names = []
            for name in names:
                if name.startswith(
                    (
                        "sealdesk.services",
                        "sealdesk.store",
                        "sealdesk.bundle",
                        "sealdesk.printing",
                        "sealdesk.ui",
                        "sealdesk.cli",
                    )
                ):
                    offences.append(f"{path.name} imports {name}")
            if isinstance(node, ast.arg) and node.arg in ("ws", "workspace"):
                offences.append(f"{path.name} takes a workspace ({node.arg})")
    assert offences == []
