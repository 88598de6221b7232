"""The Session is the one bridge: workspace events become Qt signals on the GUI thread."""

from __future__ import annotations

import threading

from PySide6.QtCore import QThread

from sealdesk.events import EvidenceChanged, InboxFiled, RoundsChanged, SettingChanged
from sealdesk.ui.session import Session


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
