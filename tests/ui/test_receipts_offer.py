"""Issue 16 in the office app: after intake the window offers "Write receipts for the districts
just received...": one signed receipt per district into a chosen folder, off the UI thread, the
passphrase asked once; a wrong passphrase writes nothing. Real office and district workspaces;
only the two OS dialogs (folder, passphrase) are answered by the test."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QInputDialog

from sealdesk.services.district_trust import read_office_card
from sealdesk.services.workspace import Workspace
from sealdesk.ui import i18n
from sealdesk.ui.errors import open_error_boxes
from sealdesk.ui.main import build_main_window
from sealdesk.ui.office_window import OfficeWindow
from tests.city.conftest import Received, received  # noqa: F401
from tests.office.conftest import PASS


@pytest.fixture
def window(received: Received, tmp_path: Path, languages: i18n.Languages):  # noqa: F811
    folder = tmp_path / "office"
    shutil.copytree(received.office_path, folder)
    ws = Workspace.open(folder)
    win = build_main_window(ws, languages)
    assert isinstance(win, OfficeWindow)
    yield win
    win.close()
    ws.close()


def _answer(monkeypatch: pytest.MonkeyPatch, folder: Path, passphrase: str) -> None:
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (passphrase, True))


def _close_boxes() -> list[str]:
    texts = [b.text() for b in open_error_boxes()]
    for box in open_error_boxes():
        box.close()
    return texts


def test_receipts_offered_after_intake_are_written_and_import_at_the_district(
    qtbot,
    window: OfficeWindow,
    received: Received,  # noqa: F811
    tmp_path: Path,
    jobs_finished,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    qtbot.addWidget(window)
    _close_boxes()  # a box another test left open is not this test's
    offer = window.receipts_offer
    assert offer.isHidden()  # nothing received in this window yet
    with qtbot.waitSignal(window.session.bundles_received, timeout=60_000):
        window.receive([received.bundles["1003"], received.bundles["1001"]])  # 1001: duplicate
        jobs_finished[-1].wait()
    assert not offer.isHidden()
    assert offer.caption() == "เขียนใบตอบรับสำหรับเขตที่เพิ่งได้รับ..." and "href" in offer.text()
    assert list(offer.pending) == [("1003", 2569)]

    out = tmp_path / "receipts"
    out.mkdir()
    _answer(monkeypatch, out, "not the passphrase")
    offer.linkActivated.emit("receipts")
    jobs_finished[-1].wait()
    assert list(out.iterdir()) == []  # a wrong passphrase writes nothing
    assert len(_close_boxes()) == 1 and not offer.isHidden() and offer.isEnabled()

    _answer(monkeypatch, out, PASS)
    with qtbot.waitSignal(offer.written, timeout=60_000) as written:
        offer.linkActivated.emit("receipts")
        jobs_finished[-1].wait()
    assert written.args[0] == (out / "receipt-1003-2569.txt",)
    assert offer.isHidden() and offer.pending == {}
    infos = _close_boxes()
    assert len(infos) == 1 and str(out) in infos[0] and "1" in infos[0]

    # the district trusts the office's card and imports the receipt: it names its bundle
    district = tmp_path / "ws-1003"
    shutil.copytree(received.root / "ws-1003", district)
    card = tmp_path / "card.txt"
    window.session.query(lambda ws: ws.write_office_card(card, PASS))
    d = Workspace.open(district)
    try:
        d.trust_office(read_office_card(card))
        imported = d.import_receipt(out / "receipt-1003-2569.txt")
        (bundle,) = imported.receipt.bundles
        assert bundle.bundle_id == d.exports(2569)[0].bundle_id
        assert len(imported.receipt.evidence) == 2
    finally:
        d.close()

    # several districts at once, never over an existing receipt
    paths = window.session.query(
        lambda ws: ws.write_receipts([("1001", 2569), ("1003", 2569)], out, PASS)
    )
    assert [p.name for p in paths] == ["receipt-1001-2569.txt", "receipt-1003-2569-2.txt"]

    # English, after a language change
    i18n_langs = window.languages
    assert i18n_langs is not None
    i18n_langs.set_language("en")
    assert offer.caption() == "Write receipts for the districts just received..."
    assert offer.caption() in offer.text()
