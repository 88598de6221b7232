"""The Session is the one bridge: workspace events become Qt signals on the GUI thread."""

from __future__ import annotations

import threading

from PySide6.QtCore import QThread

from sealdesk.domain.status import Status
from sealdesk.events import EvidenceChanged, InboxFiled, RoundsChanged, SettingChanged
from sealdesk.ui.session import Session

from .helpers import make_file, tiny_pdf


def test_an_event_published_on_a_worker_thread_arrives_on_the_gui_thread(qtbot, workspace):
    session = Session(workspace)
    seen: list[tuple[str, bool]] = []
    gui = QThread.currentThread()
    session.evidence_changed.connect(
        lambda: seen.append(("evidence", QThread.currentThread() is gui))
    )
    session.inbox_changed.connect(lambda: seen.append(("inbox", QThread.currentThread() is gui)))

    def publish() -> None:
        workspace.events.publish(EvidenceChanged(2569, (1,), ("1.1.1",)))
        workspace.events.publish(InboxFiled("scan.pdf", "imported", 1))

    with qtbot.waitSignals([session.evidence_changed, session.inbox_changed], timeout=5000):
        worker = threading.Thread(target=publish)
        worker.start()
        worker.join()
    assert seen == [("evidence", True), ("inbox", True)]


def test_an_event_published_on_the_gui_thread_is_delivered_at_once(qtbot, workspace):
    session = Session(workspace)
    keys: list[str] = []
    rounds: list[bool] = []
    session.setting_changed.connect(keys.append)
    session.rounds_changed.connect(lambda: rounds.append(True))
    workspace.events.publish(SettingChanged("target_level"))
    workspace.events.publish(RoundsChanged(2570))
    assert keys == ["target_level"] and rounds == [True]


def test_a_closed_session_no_longer_listens(qtbot, workspace):
    session = Session(workspace)
    keys: list[str] = []
    session.setting_changed.connect(keys.append)
    session.close()
    workspace.events.publish(SettingChanged("clerk"))
    assert keys == []


def test_a_change_made_by_the_session_is_announced_once_by_its_event(qtbot, workspace):
    session = Session(workspace)
    changed: list[str] = []
    session.assessment_changed.connect(lambda a: changed.append(a.benchmark_code))
    evidence: list[bool] = []
    session.evidence_changed.connect(lambda: evidence.append(True))
    session.set_status("1.1.1", Status.MET)
    session.add_action("1.1.1", action="ประชุมคณะทำงาน")
    assert changed == ["1.1.1", "1.1.1"]
    assert session.assessment("1.1.1").status is Status.MET
    session.undo.undo()
    assert changed[-1] == "1.1.1" and session.assessment("1.1.1").status is Status.NOT_STARTED
    assert evidence == []


def test_a_change_made_elsewhere_reaches_the_views(qtbot, window, ws, tmp_path):
    """The inbox watcher, an import job or the CLI change the workspace on another thread;
    the checklist, the page and the library follow without being told by anyone but the
    Session."""
    window.open_benchmark("1.2.1")

    def elsewhere() -> None:
        ws.assess("1.2.1", status=Status.MET)
        ws.add_evidence(make_file(tmp_path, "scan.pdf", tiny_pdf("scan")), ["1.2.1"])

    with qtbot.waitSignals(
        [window.session.assessment_changed, window.session.evidence_changed], timeout=5000
    ):
        worker = threading.Thread(target=elsewhere)
        worker.start()
        worker.join()
    assert window.model.status_of("1.2.1") is Status.MET
    assert window.page.evidence.count() == 1
    assert window.library.model.rowCount() == 1


def test_the_round_shown_is_the_sessions(qtbot, workspace):
    session = Session(workspace)
    workspace.add_round(2570)
    with qtbot.waitSignal(session.round_changed) as shown:
        session.set_round(2570)
    assert shown.args == [2570] and session.round == 2570
    assert session.catalog.version == workspace.catalog(2570).version
    with qtbot.assertNotEmitted(session.round_changed):
        session.set_round(2570)  # already shown


def test_no_widget_touches_the_workspace() -> None:
    """Widgets reach the workspace only through Session.query/run/job (grep, like the issue)."""
    import re
    from pathlib import Path

    import sealdesk.ui

    folder = Path(sealdesk.ui.__file__).parent
    touching = sorted(
        path.name
        for path in folder.glob("*.py")
        if path.name != "session.py" and re.search(r"\.ws\b", path.read_text("utf-8"))
    )
    assert touching == []
