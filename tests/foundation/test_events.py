"""Every change a service makes is announced once on ``ws.events``, after its transaction
commits: a listener reads the new value, a failed or no-op call announces nothing, and a change
made on a worker thread is announced on that thread."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from sealdesk.errors import InputError
from sealdesk.events import (
    AssessmentChanged,
    BundleExported,
    Event,
    EvidenceChanged,
    InboxFiled,
    RoundsChanged,
    SettingChanged,
)
from sealdesk.resources import default_catalog_path
from sealdesk.services.workspace import Workspace


class Recorder:
    """Collects events; ``read`` runs inside the listener, so it sees the state at publish."""

    def __init__(self, ws: Workspace, read: Callable[[Workspace, Event], Any] | None = None):
        self.ws = ws
        self.read = read
        self.events: list[Event] = []
        self.seen: list[Any] = []
        self.threads: list[threading.Thread] = []

    def __call__(self, event: Event) -> None:
        self.events.append(event)
        self.threads.append(threading.current_thread())
        if self.read is not None:
            self.seen.append(self.read(self.ws, event))

    def take(self) -> list[Event]:
        events, self.events = self.events, []
        self.seen.clear()
        self.threads.clear()
        return events


@pytest.fixture
def recorder(workspace: Workspace) -> Iterator[Recorder]:
    rec = Recorder(workspace)
    unsubscribe = workspace.events.subscribe(rec)
    yield rec
    unsubscribe()


def _file(tmp_path: Path, name: str, content: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(content)
    return path


def test_assess_announces_after_commit_once(workspace: Workspace) -> None:
    rec = Recorder(workspace, lambda ws, e: ws.assessment(e.code, e.round_be).narrative)
    workspace.events.subscribe(rec)
    workspace.assess("1.1.1", status="met", narrative="ทำแล้ว")
    assert rec.events == [AssessmentChanged(2569, "1.1.1")]
    assert rec.seen == ["ทำแล้ว"]  # the listener reads the committed value
    rec.take()

    workspace.assess("1.1.1", status="met", narrative="ทำแล้ว")  # nothing changes
    assert rec.events == []
    with pytest.raises(InputError):
        workspace.assess("1.1.1", status="not_applicable")  # no justification: rolled back
    with pytest.raises(InputError):
        workspace.assess("9.9.9", status="met")
    with pytest.raises(InputError):
        workspace.assess("1.1.1", status="finished")
    assert rec.events == []
    assert workspace.assessment("1.1.1").status.value == "met"


def test_actions_announce_their_benchmark(workspace: Workspace, recorder: Recorder) -> None:
    workspace.add_round(2570)
    recorder.take()
    item = workspace.add_action("2.1.1", "จัดอบรม", round_be=2569)
    assert recorder.take() == [AssessmentChanged(2569, "2.1.1")]
    workspace.update_action(item.id, done=True)
    assert recorder.take() == [AssessmentChanged(2569, "2.1.1")]
    workspace.update_action(item.id, done=True)  # no change
    assert recorder.take() == []
    with pytest.raises(InputError):
        workspace.update_action(item.id, action="   ")
    with pytest.raises(InputError):
        workspace.add_action("2.1.1", "  ")
    with pytest.raises(InputError):
        workspace.remove_action(item.id + 100)
    assert recorder.take() == []
    workspace.remove_action(item.id)
    assert recorder.take() == [AssessmentChanged(2569, "2.1.1")]
    assert workspace.assessment("2.1.1", 2569).actions == ()


def test_evidence_changes_announce_ids_and_codes(
    workspace: Workspace, recorder: Recorder, tmp_path: Path
) -> None:
    seen: list[tuple[str, ...]] = []
    workspace.events.subscribe(
        lambda e: (
            seen.append(workspace.get_evidence(e.evidence_ids[0]).links)
            if isinstance(e, EvidenceChanged) and e.round_be is not None
            else None
        )
    )
    sample = _file(tmp_path, "คำสั่ง.pdf", b"%PDF-1.7 order")
    added = workspace.add_evidence(sample, benchmarks=["2.1.1", "1.1.1"])
    eid = added.evidence.id
    assert recorder.take() == [EvidenceChanged(2569, (eid,), ("2.1.1", "1.1.1"))]
    assert seen == [("1.1.1", "2.1.1")]  # committed before the listener ran

    again = workspace.add_evidence(_file(tmp_path, "copy.pdf", b"%PDF-1.7 order"))
    assert again.duplicate and recorder.take() == []  # same bytes, no new link: nothing new
    workspace.add_evidence(_file(tmp_path, "copy2.pdf", b"%PDF-1.7 order"), ["1.1.1", "1.1.2"])
    assert recorder.take() == [EvidenceChanged(2569, (eid,), ("1.1.2",))]

    workspace.link_evidence(eid, "1.2.1")
    assert recorder.take() == [EvidenceChanged(2569, (eid,), ("1.2.1",))]
    workspace.link_evidence(eid, "1.2.1")  # already linked
    assert recorder.take() == []
    workspace.unlink_evidence(eid, "1.2.1")
    assert recorder.take() == [EvidenceChanged(2569, (eid,), ("1.2.1",))]
    with pytest.raises(InputError):
        workspace.unlink_evidence(eid, "1.2.1")
    assert recorder.take() == []

    workspace.update_evidence(eid, description="คำสั่งเขต", expires_on=date(2027, 1, 1))
    assert recorder.take() == [EvidenceChanged(None, (eid,))]
    workspace.update_evidence(eid, description="คำสั่งเขต")
    assert recorder.take() == []

    with pytest.raises(InputError):
        workspace.remove_evidence(eid)  # still linked
    assert recorder.take() == []
    loose = workspace.add_evidence(_file(tmp_path, "wrong.pdf", b"%PDF-1.7 wrong scan"))
    assert recorder.take() == [EvidenceChanged(None, (loose.evidence.id,))]  # library only
    workspace.remove_evidence(loose.evidence.id)
    assert recorder.take() == [EvidenceChanged(None, (loose.evidence.id,))]


def test_failed_import_announces_nothing(
    workspace: Workspace, recorder: Recorder, tmp_path: Path
) -> None:
    from sealdesk.errors import EvidenceError

    with pytest.raises(EvidenceError):
        workspace.add_evidence(tmp_path / "missing.pdf")
    with pytest.raises(InputError):
        workspace.add_evidence(_file(tmp_path, "a.pdf", b"x"), benchmarks=["9.9.9"])
    assert recorder.take() == []


def test_rounds_settings_exports_and_inbox(
    workspace: Workspace, recorder: Recorder, tmp_path: Path
) -> None:
    workspace.add_round(2570)
    assert recorder.take() == [RoundsChanged(2570)]
    with pytest.raises(InputError):
        workspace.add_round(2570)
    with pytest.raises(InputError):
        workspace.add_round(2026)
    assert recorder.take() == []

    newer = tmp_path / "newer.toml"
    source = default_catalog_path().read_text("utf-8")
    newer.write_text(source.replace('version = "2023.1-template"', 'version = "2024.1"'), "utf-8")
    workspace.import_catalog(newer, round_be=2569)
    assert recorder.take() == [RoundsChanged(2569)]

    reads: list[str | None] = []
    workspace.events.subscribe(
        lambda e: (
            reads.append(workspace.get_setting(e.key)) if isinstance(e, SettingChanged) else None
        )
    )
    workspace.set_setting("target", "gold")
    assert recorder.take() == [SettingChanged("target")] and reads == ["gold"]
    workspace.set_setting("target", "gold")  # same value: nothing changed
    assert recorder.take() == []

    workspace.record_export(2569, "bundle-1", "ab" * 32, "/tmp/x.zip")
    assert recorder.take() == [BundleExported(2569, "bundle-1")]
    with pytest.raises(InputError):
        workspace.record_export(2400, "bundle-2", "ab" * 32, "/tmp/y.zip")
    assert recorder.take() == []

    added = workspace.add_evidence(_file(tmp_path, "scan.pdf", b"%PDF scan"))
    recorder.take()
    workspace.inbox_record("scan.pdf", 9, 1, "added", sha256=added.evidence.sha256)
    assert recorder.take() == [InboxFiled("scan.pdf", "added", added.evidence.id)]
    workspace.inbox_record("bad.pdf", 3, 1, "failed", detail="unreadable")
    assert recorder.take() == [InboxFiled("bad.pdf", "failed", None)]
    assert workspace.inbox_outcome("bad.pdf", 3, 1) == "failed"


def test_a_change_on_a_worker_thread_is_announced_on_that_thread(
    workspace: Workspace, recorder: Recorder, tmp_path: Path
) -> None:
    sample = _file(tmp_path, "scan.pdf", b"%PDF from the watcher")
    results: list[object] = []

    def work() -> None:
        added = workspace.add_evidence(sample, benchmarks=["1.1.1"])
        workspace.inbox_record("scan.pdf", 21, 5, "added", sha256=added.evidence.sha256)
        results.append(added)

    worker = threading.Thread(target=work, name="inbox-watcher")
    worker.start()
    worker.join(30)
    assert results, "the worker did not finish"
    eid = results[0].evidence.id  # type: ignore[attr-defined]
    assert recorder.events == [
        EvidenceChanged(2569, (eid,), ("1.1.1",)),
        InboxFiled("scan.pdf", "added", eid),
    ]
    assert all(t is worker for t in recorder.threads)


def test_a_failing_listener_does_not_undo_the_change(workspace: Workspace) -> None:
    def broken(_event: Event) -> None:
        raise RuntimeError("a broken view")

    workspace.events.subscribe(broken)
    rec = Recorder(workspace)
    workspace.events.subscribe(rec)
    workspace.assess("1.1.1", narrative="ยังอยู่")
    assert workspace.assessment("1.1.1").narrative == "ยังอยู่"
    assert rec.events == [AssessmentChanged(2569, "1.1.1")]
