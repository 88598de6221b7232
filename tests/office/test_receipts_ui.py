"""Issue 16 in the desktop app: the district's sent bundles show what City Hall's receipts
say, a receipt imported from the panel updates it through the Session's signal, and the export
dialog offers a delta (once a receipt is in) and parts sized for how the bundle travels."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from sealdesk.services import export as export_service
from sealdesk.services.district_trust import read_office_card
from sealdesk.services.office_trust import read_key_file
from sealdesk.services.workspace import Workspace
from sealdesk.ui.errors import open_error_boxes
from sealdesk.ui.receipts import SendOptions, SentBundles
from sealdesk.ui.session import Session
from tests.office.conftest import PASS, make_district

tr = QCoreApplication.translate


def test_sent_bundles_show_city_halls_receipt(qtbot, tmp_path: Path, office: Workspace) -> None:
    d = make_district(tmp_path, "1001")
    office.enrol_key(read_key_file(d.pub_file), "1001")
    office.write_office_card(tmp_path / "card.txt", PASS)
    d.ws.trust_office(read_office_card(tmp_path / "card.txt"))
    full = tmp_path / "full.zip"
    export_service.export_bundle(d.ws, full, passphrase=PASS, checklist=False)
    office.receive_bundles([full])
    receipt = tmp_path / "receipt.txt"
    office.write_receipt("1001", receipt, PASS)

    session = Session(d.ws)
    panel = SentBundles(session)
    qtbot.addWidget(panel)
    panel.show()
    options = SendOptions(session)
    qtbot.addWidget(options)
    assert panel.list.topLevelItemCount() == 1
    assert panel.list.topLevelItem(0).text(1) == tr("Receipts", "No receipt from City Hall yet")
    assert not options.delta.isEnabled()
    assert options.part_size() is None
    options.parts.setCurrentIndex(1)
    assert options.part_size() == 15_000_000

    with qtbot.waitSignal(session.exports_changed):
        panel.import_receipt(receipt)
    received = tr("Receipts", "City Hall has received it (receipt of {date})")
    assert panel.list.topLevelItem(0).text(1).startswith(received.split("{date}")[0])
    assert any("{bundles}" not in b.text() and "1" in b.text() for b in open_error_boxes())
    again = SendOptions(session)
    qtbot.addWidget(again)
    assert again.delta.isEnabled()
    for box in open_error_boxes():
        box.close()
    session.close()
    d.ws.close()
