"""The Session over an office workspace: receiving and trust changes arrive as its signals."""

from __future__ import annotations

from sealdesk.events import BundlesReceived
from sealdesk.services.office_trust import read_key_file
from sealdesk.services.workspace import Workspace
from sealdesk.ui.session import Session
from tests.office.conftest import City


def test_received_bundles_and_trust_changes_reach_the_session(
    qtbot, office: Workspace, city: City
) -> None:
    session = Session(office)
    d = city.districts["1001"]
    with qtbot.waitSignal(session.trust_changed, timeout=5000) as trusted:
        office.enrol_key(read_key_file(d.pub_file), d.code)
    assert trusted.args == [d.key_id]
    with qtbot.waitSignal(session.bundles_received, timeout=5000) as received:
        office.receive_bundles([city.out / "1001-2569.zip"])
    event = received.args[0]
    assert isinstance(event, BundlesReceived)
    assert event.districts == ("1001",) and event.rounds == (2569,)
    session.close()
