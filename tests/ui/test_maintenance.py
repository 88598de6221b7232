"""File > Back up / Restore, Tools > Check / Audit log, and the backup reminder: real
workspaces, real zips, real background jobs; only the OS file dialog and the process start are
replaced (the edge of the OS)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QProcess
from PySide6.QtWidgets import QFileDialog, QMessageBox
from shiboken6 import isValid

from sealdesk.domain.status import Status
from sealdesk.services import backup as backup_service
from sealdesk.services.workspace import Workspace
from sealdesk.ui import jobs
from sealdesk.ui.audit_log import AuditLogDialog
from sealdesk.ui.check_dialog import CheckDialog
from sealdesk.ui.errors import open_error_boxes
from sealdesk.ui.maintenance import RestoreDialog, cancellable
from sealdesk.ui.mainwindow import MainWindow

from .helpers import make_file, tiny_pdf


def _menu_texts(window: MainWindow, menu: str) -> list[str]:
    return [a.text() for a in window.menus.menus[menu].actions() if not a.isSeparator()]


def _boxes(text: str) -> list[QMessageBox]:
    return [b for b in open_error_boxes() if isValid(b) and text in b.text()]


@pytest.fixture
def filled(ws: Workspace, tmp_path: Path) -> Workspace:
    ws.assess("1.1.1", status="met", narrative="มีแผนปฏิบัติราชการ")
    ws.add_evidence(make_file(tmp_path / "in", "คำสั่งเขต.pdf", tiny_pdf()), benchmarks=["1.1.1"])
    return ws


def test_the_entries_are_in_the_file_and_tools_menus(qtbot, window: MainWindow) -> None:
    assert "สำรองข้อมูลพื้นที่ทำงาน(&B)..." in _menu_texts(window, "file")
    assert "กู้คืนจากข้อมูลสำรอง(&T)..." in _menu_texts(window, "file")
    assert _menu_texts(window, "tools") == ["ตรวจสอบพื้นที่ทำงาน(&C)...", "บันทึกการเปลี่ยนแปลง(&A)"]
    assert window.menus.menus["tools"].title() == "เครื่องมือ(&T)"
    window.set_language("en")
    assert _menu_texts(window, "tools") == ["&Check the workspace...", "&Audit log"]


def test_back_up_from_the_menu_writes_a_real_backup_and_records_it(
    qtbot,
    window: MainWindow,
    filled: Workspace,
    tmp_path: Path,
    jobs_finished: list,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    target = tmp_path / "usb" / "backup.zip"
    target.parent.mkdir()
    asked: list[str] = []

    def save_dialog(_parent, _title, proposed, _filter, *a, **k):
        asked.append(proposed)
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_dialog)
    window.menus.commands["backup"].trigger()
    jobs_finished[-1].wait()
    assert Path(asked[0]).name.startswith("sealdesk-backup-1004-")
    assert target.is_file()
    qtbot.waitUntil(lambda: bool(_boxes("บันทึกข้อมูลสำรองไว้ที่")))
    status = backup_service.backup_status(filled)
    assert status.last_path == str(target) and status.changes_since == 0
    assert not window.maintenance.reminder.isVisibleTo(window)

    # The file restores into a real workspace with the same work in it.
    report = Workspace.restore_report(target, tmp_path / "restored")
    assert report.complete and report.blobs == 1
    with Workspace.open(tmp_path / "restored") as copy:
        assert copy.assessment("1.1.1").status is Status.MET


def test_a_cancelled_backup_leaves_nothing(filled: Workspace, tmp_path: Path) -> None:
    job = jobs.Job(lambda _job: None)
    job.cancel()
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(jobs.JobCancelled):
        filled.backup_report(out / "b.zip", progress=cancellable(job))
    assert list(out.iterdir()) == []


def test_the_reminder_appears_when_work_piles_up_and_goes_after_a_backup(
    qtbot, window: MainWindow, ws: Workspace, tmp_path: Path, jobs_finished: list
) -> None:
    reminder = window.maintenance.reminder
    boxes = len(open_error_boxes())
    assert not reminder.isVisibleTo(window)  # a new workspace is not nagged
    codes = [b.code for b in ws.catalog().benchmarks()][:20]
    for code in codes:
        window.session.set_status(code, Status.MET)
    assert reminder.isVisibleTo(window)
    assert window.maintenance.reminder_label.text() == "พื้นที่ทำงานนี้ยังไม่เคยสำรองข้อมูล"
    assert window.maintenance.reminder_button.text() == "สำรองข้อมูลเดี๋ยวนี้"
    assert len(open_error_boxes()) == boxes  # a status bar line, never a dialog
    window.maintenance.start_backup(tmp_path / "b.zip")
    jobs_finished[-1].wait()
    qtbot.waitUntil(lambda: not reminder.isVisibleTo(window))


def test_restore_goes_into_a_new_folder_and_offers_to_open_it(
    qtbot,
    window: MainWindow,
    filled: Workspace,
    tmp_path: Path,
    jobs_finished: list,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    backup = filled.backup(tmp_path / "b.zip")
    started: list[tuple[str, list[str]]] = []
    monkeypatch.setattr(
        QProcess, "startDetached", lambda program, args: started.append((program, args)) or True
    )
    window.menus.commands["restore"].trigger()
    dialog = window.findChild(RestoreDialog, "restoreDialog")
    assert dialog is not None and dialog.isVisible()
    dialog.set_backup(backup)
    assert Path(dialog.folder_edit.text()) == tmp_path / "b"  # a new folder beside it
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "keep.txt").write_text("mine")

    # A folder with files in it is refused: nothing is overwritten.
    dialog.folder_edit.setText(str(tmp_path / "b"))
    dialog.restore_button.click()
    jobs_finished[-1].wait()
    qtbot.waitUntil(lambda: bool(_boxes("ต้องใช้โฟลเดอร์ว่าง") or _boxes("empty folder")))
    assert [p.name for p in (tmp_path / "b").iterdir()] == ["keep.txt"]

    dialog.folder_edit.clear()
    dialog.set_backup(backup)
    assert Path(dialog.folder_edit.text()) == tmp_path / "b-2"
    dialog.restore_button.click()
    jobs_finished[-1].wait()
    qtbot.waitUntil(lambda: dialog.report is not None)
    assert "กู้คืนข้อมูลสำรองลงใน" in dialog.message.text()
    with Workspace.open(tmp_path / "b-2") as copy:
        assert copy.assessment("1.1.1").narrative == "มีแผนปฏิบัติราชการ"
    box = dialog.findChild(QMessageBox, "openRestored")
    assert box is not None and box.isVisible()
    box.button(QMessageBox.StandardButton.Open).click()
    assert started and started[0][1][-4:] == ["--workspace", str(tmp_path / "b-2"), "--lang", "th"]


def test_check_reports_a_healthy_workspace_then_a_damaged_file(
    qtbot, window: MainWindow, filled: Workspace, jobs_finished: list
) -> None:
    window.menus.commands["check"].trigger()
    jobs_finished[-1].wait()
    qtbot.waitUntil(lambda: window.findChild(CheckDialog, "checkDialog") is not None)
    dialog = window.findChild(CheckDialog, "checkDialog")
    assert "ไม่พบปัญหา" in dialog.summary.text()
    dialog.close()
    dialog.setObjectName("seen")

    evidence = filled.evidence_list()[0]
    filled.blob_path(evidence.sha256).chmod(0o644)
    filled.blob_path(evidence.sha256).write_bytes(b"not the document")
    window.menus.commands["check"].trigger()
    jobs_finished[-1].wait()
    qtbot.waitUntil(lambda: window.findChild(CheckDialog, "checkDialog") is not None)
    dialog = window.findChild(CheckDialog, "checkDialog")
    assert "เสียหายหรือหายไป" in dialog.summary.text()
    texts = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    assert "ไฟล์หลักฐาน คำสั่งเขต.pdf เสียหาย" in texts


def test_audit_log_lists_real_events_and_filters(
    qtbot, window: MainWindow, filled: Workspace
) -> None:
    window.session.set_status("1.2.1", Status.NOT_APPLICABLE, justification="ไม่มีหน่วยงาน")
    window.menus.commands["audit"].trigger()
    dialog = window.findChild(AuditLogDialog, "auditLogDialog")
    assert dialog is not None and dialog.isVisible()
    rows = dialog.visible_rows()
    assert len(rows) == len(filled.audit_log())
    newest = rows[0]
    assert newest[1] == "สมหญิง ใจดี"
    assert newest[2] == "เปลี่ยนผลการประเมิน"
    assert newest[3] == "2569/1.2.1"
    assert "not_applicable" in newest[4] or "ไม่เกี่ยวข้อง" in newest[4]
    assert "2569" in newest[0]  # Buddhist Era
    assert "เพิ่มเอกสารหลักฐาน" in [r[2] for r in rows]
    # Evidence is named by its file name, not its hash.
    assert [r[3] for r in rows if r[2] == "เพิ่มเอกสารหลักฐาน"] == ["คำสั่งเขต.pdf"]
    assert "เชื่อมเอกสารหลักฐานกับเกณฑ์" in [r[2] for r in rows if r[3] == "คำสั่งเขต.pdf"]
    dialog.search.setText("1.2.1")
    assert [r[3] for r in dialog.visible_rows()] == ["2569/1.2.1"]
    assert dialog.count.text().startswith("แสดง 1 รายการ")


def test_a_typed_backup_path_proposes_a_new_folder(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    dialog = RestoreDialog(window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.backup_edit, str(tmp_path / "backup.zip"))
    dialog.backup_edit.editingFinished.emit()
    assert Path(dialog.folder_edit.text()) == tmp_path / "backup"
    dialog.backup_edit.clear()
    dialog.folder_edit.clear()
    assert dialog.restore() is None
    assert "โปรดเลือกไฟล์สำรองข้อมูลและโฟลเดอร์ใหม่ก่อน" in dialog.message.text().replace("\u200b", "")
