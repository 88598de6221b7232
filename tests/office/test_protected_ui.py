"""The office app's protected files (issue 18), real widgets under pytest-qt: the district view's
lock tab, opening with a reader's passphrase off the UI thread, the viewer's private copy erased
when it closes, a wrong passphrase shown as one sentence, and the access log dialog."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from sealdesk.services.office_trust import read_key_file
from sealdesk.services.workspace import Workspace
from sealdesk.ui.office_session import OfficeSession
from tests.office.conftest import FAST_KDF, PASS, export, make_district
from tests.office.protected_bundles import protect_bundle

READER_PASS = "ผู้อ่าน passphrase ยาวพอ"
SECRET = "รายงานของเขต 1001\n".encode() * 200


@pytest.fixture
def received(tmp_path: Path) -> Workspace:
    from sealdesk.bundle import keys

    d = make_district(tmp_path, "1001")
    plain = export(d, tmp_path, "plain")
    office = Workspace.create_office(tmp_path / "office", name="สำนักพัฒนาสังคม กทม.")
    keys.create_key(office.path / "keys", PASS, kdf=FAST_KDF)
    reader = office.add_office_reader("สมศรี ผู้ตรวจ", READER_PASS)
    bundle = tmp_path / "protected.zip"
    protect_bundle(
        plain, bundle, d.ws.path / "keys", PASS, {"รายงาน 1001.txt"},
        [(reader.name, reader.recipient)],
    )  # fmt: skip
    d.ws.close()
    office.enrol_key(read_key_file(d.pub_file), "1001")
    office.receive_bundles([bundle])
    yield office
    office.close()


def test_the_district_view_opens_a_protected_file_and_erases_the_copy(
    qtbot, received: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sealdesk.ui.district_view import DistrictSubmissionDialog
    from sealdesk.ui.protected_view import AccessLogDialog

    session = OfficeSession(received)
    submission = received.office_submission("1001", 2569)
    dialog = DistrictSubmissionDialog(session, submission)
    qtbot.addWidget(dialog)
    panel = dialog.protected
    assert panel is not None
    tab = dialog.tabs.indexOf(panel)
    assert dialog.tabs.tabText(tab) == "Protected (1)" and not dialog.tabs.tabIcon(tab).isNull()
    assert panel.files.count() == 1 and "p-001.age" in panel.files.item(0).text()
    assert all("รายงาน 1001" not in panel.files.item(i).text() for i in range(panel.files.count()))

    shown: list[str] = []
    monkeypatch.setattr(
        "sealdesk.ui.protected_view.show_error", lambda _parent, error: shown.append(str(error))
    )
    panel.open_with("p-001.age", "สมศรี ผู้ตรวจ", "not the passphrase at all")
    qtbot.waitUntil(lambda: bool(shown), timeout=30000)
    assert "does not unlock" in shown[0] and panel.viewer is None

    panel.open_with("p-001.age", "สมศรี ผู้ตรวจ", READER_PASS)
    qtbot.waitUntil(lambda: panel.viewer is not None, timeout=30000)
    viewer = panel.viewer
    copy = viewer.path
    assert copy.read_bytes() == SECRET and copy.suffix == ".txt"
    assert "รายงาน" not in copy.name
    assert os.stat(copy).st_mode & 0o777 == 0o600
    log_dialog = AccessLogDialog(session)
    qtbot.addWidget(log_dialog)
    assert log_dialog.table.rowCount() == 1
    assert log_dialog.table.item(0, 1).text() == "สมศรี ผู้ตรวจ"
    assert log_dialog.table.item(0, 5).text() == "p-001.age"
    shots = os.environ.get("SEALDESK_SHOTS")
    if shots:  # pictures to look at (docs): SEALDESK_SHOTS=/tmp/shots
        viewer.grab().save(f"{shots}/protected-viewer.png")
        log_dialog.grab().save(f"{shots}/access-log.png")
        dialog.tabs.setCurrentWidget(panel)
        dialog.grab().save(f"{shots}/district-protected.png")
    viewer.accept()
    qtbot.waitUntil(lambda: not copy.exists(), timeout=5000)
    assert not copy.parent.exists()
    session.close()


def test_the_readers_dialog_adds_and_removes_a_reader(qtbot, tmp_path: Path) -> None:
    from sealdesk.ui.readers_view import ReadersDialog

    office = Workspace.create_office(tmp_path / "office", name="สำนักพัฒนาสังคม กทม.")
    session = OfficeSession(office)
    try:
        dialog = ReadersDialog(session)
        qtbot.addWidget(dialog)
        assert dialog.table.rowCount() == 0 and not dialog.remove_button.isEnabled()
        dialog.add("นางสาวสมศรี ผู้ตรวจ", READER_PASS)
        qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=30000)
        assert dialog.table.item(0, 0).text() == "นางสาวสมศรี ผู้ตรวจ"
        assert dialog.table.item(0, 2).text().startswith("age1")
        shots = os.environ.get("SEALDESK_SHOTS")
        if shots:
            dialog.grab().save(f"{shots}/readers.png")
        dialog.remove("นางสาวสมศรี ผู้ตรวจ")
        qtbot.waitUntil(lambda: dialog.table.rowCount() == 0, timeout=5000)
        assert office.office_readers() == ()
    finally:
        session.close()
        office.close()
