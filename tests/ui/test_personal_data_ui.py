"""Issue 18 in the district's window: the add and file dialogs ask whether the files contain
personal data (ticked already when the benchmark says its evidence usually does), the details
dialog marks and unmarks, and a workspace holding personal data is backed up encrypted unless
the clerk explicitly says otherwise; restoring asks for the passphrase."""

from __future__ import annotations

from pathlib import Path

from sealdesk.services.workspace import Workspace
from sealdesk.ui.mainwindow import MainWindow

ROOT = Path(__file__).resolve().parents[2]


def _catalog_with_personal_data(tmp_path: Path) -> tuple[Path, str]:
    """The shipped template, with its first benchmark saying its evidence names people."""
    text = (ROOT / "resources" / "catalogs" / "ges-pi-template.toml").read_text("utf-8")
    head, sep, tail = text.partition("mandatory = ")
    line, newline, rest = tail.partition("\n")
    text = head + sep + line + newline + "personal_data = true\n" + rest
    text = text.replace('version = "', 'version = "pd-', 1)
    path = tmp_path / "catalog-pd.toml"
    path.write_text(text, "utf-8")
    return path, ""


def test_the_add_dialog_asks_and_follows_the_benchmark(
    qtbot, window: MainWindow, ws: Workspace, tmp_path: Path, jobs_finished
) -> None:
    from sealdesk.ui.benchmark_picker import ChooseBenchmarksDialog

    path, _ = _catalog_with_personal_data(tmp_path)
    ws.import_catalog(path)
    window.session.set_round(ws.current_round)
    usual = next(b.code for b in ws.catalog().benchmarks() if b.personal_data)
    other = next(b.code for b in ws.catalog().benchmarks() if not b.personal_data)
    dialog = ChooseBenchmarksDialog(
        window, window.session, "Add files", "1 file", ["a.pdf"], "Add", [other]
    )
    qtbot.addWidget(dialog)
    assert not dialog.personal.isChecked()
    dialog.picker.set_checked(usual, True)
    assert dialog.personal.isChecked()  # the benchmark's hint ticks it
    assert dialog.chosen().personal_data is True
    dialog.personal.click()  # the clerk's word wins from now on
    dialog.picker.set_checked(other, False)
    assert not dialog.personal.isChecked() and dialog.chosen().personal_data is False
    assert sorted(dialog.chosen()) == [usual]
    # adding through the window with the answer "yes" stores the files marked
    doc = tmp_path / "ทะเบียนประวัติ.pdf"
    doc.write_bytes(b"%PDF-1.4 names\n")
    window.import_files_under((usual,), [doc], personal_data=True)
    jobs_finished[-1].wait()
    (item,) = ws.evidence_list()
    assert item.personal_data and item.links == (usual,)


def test_details_dialog_marks_and_unmarks(
    qtbot, window: MainWindow, ws: Workspace, tmp_path: Path
) -> None:
    from sealdesk.ui.evidence import EditEvidenceDialog

    doc = tmp_path / "รายชื่อ.pdf"
    doc.write_bytes(b"%PDF-1.4 list\n")
    added = ws.add_evidence(doc, ["1.1.2"])
    dialog = EditEvidenceDialog(window, added.evidence)
    qtbot.addWidget(dialog)
    assert not dialog.personal.isChecked()
    dialog.personal.setChecked(True)
    window.session.update_evidence(added.evidence.id, **dialog.values())
    assert ws.get_evidence(added.evidence.id).personal_data
    marks = [e for e in ws.audit_log() if e.action == "evidence.mark"]
    assert len(marks) == 1 and "รายชื่อ" not in str(marks[0].after)


def test_backup_passphrase_dialog(qtbot) -> None:
    from sealdesk.ui.backup_protect import BackupPassphraseDialog

    dialog = BackupPassphraseDialog()
    qtbot.addWidget(dialog)
    assert not dialog.ok.isEnabled()
    dialog.passphrase.setText("ยาวพอแล้วนะ")
    assert not dialog.ok.isEnabled()  # not typed twice yet
    dialog.again.setText("ยาวพอแล้วนะ")
    assert dialog.ok.isEnabled() and dialog.choice() == ("ยาวพอแล้วนะ", False)
    dialog.again.setText("")
    dialog.unencrypted.setChecked(True)  # the explicit choice
    assert dialog.ok.isEnabled() and dialog.choice() == (None, True)


def test_encrypted_backup_and_restore_from_the_window(
    qtbot, window: MainWindow, ws: Workspace, tmp_path: Path, jobs_finished, monkeypatch
) -> None:
    from sealdesk.ui import maintenance
    from sealdesk.ui.maintenance import RestoreDialog

    doc = tmp_path / "คำร้อง.pdf"
    doc.write_bytes(b"%PDF-1.4 complaint of a named person\n")
    ws.add_evidence(doc, ["1.1.2"], personal_data=True)
    monkeypatch.setattr(maintenance, "show_info", lambda *a, **k: None)
    backup = tmp_path / "backup.zip"
    window.maintenance.start_backup(backup, passphrase="รหัสผ่านสำรอง")
    jobs_finished[-1].wait()
    assert backup.read_bytes().startswith(b"age-encryption.org/v1\n")
    assert b"named person" not in backup.read_bytes()
    dialog = RestoreDialog(window)
    qtbot.addWidget(dialog)
    dialog.set_backup(backup)
    dialog.passphrase.setText("wrong one")
    errors: list[object] = []
    monkeypatch.setattr(maintenance, "show_error", lambda _parent, error: errors.append(error))
    dialog.restore()
    jobs_finished[-1].wait()
    assert errors and "does not open this backup" in str(errors[0])
    target = Path(dialog.folder_edit.text())
    assert not target.exists() or not any(target.iterdir())
    dialog.passphrase.setText("รหัสผ่านสำรอง")
    dialog.restore()
    jobs_finished[-1].wait()
    assert dialog.report is not None and dialog.report.complete


def test_filing_scans_marks_them_when_the_clerk_says_so(
    qtbot, window: MainWindow, ws: Workspace, tmp_path: Path
) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from sealdesk.inbox.config import WatchConfig
    from sealdesk.services import inbox as inbox_service
    from sealdesk.ui.benchmark_picker import ChooseBenchmarksDialog

    folder = tmp_path / "SealDesk Inbox"
    folder.mkdir()
    inbox_service.set_folder(ws, folder)
    (folder / "1.2.1_คำร้อง.pdf").write_bytes(b"%PDF-1.4 a complaint\n")
    (folder / "scan-002.pdf").write_bytes(b"%PDF-1.4 a list\n")
    assert len(inbox_service.scan_once(ws, folder, WatchConfig(quiet=0.2)).imported) == 2
    panel = window.inbox
    window.tabs.setCurrentWidget(panel)
    qtbot.waitUntil(lambda: panel.list.count() == 2)
    for i in range(panel.list.count()):
        entry = panel.list.item(i)
        entry.setSelected(entry.text().startswith("scan-002"))

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ChooseBenchmarksDialog):
            QTimer.singleShot(20, answer)
            return
        dialog.picker.set_checked("3.1.1", True)
        dialog.personal.click()  # "they contain personal data"
        dialog.accept()

    QTimer.singleShot(0, answer)
    panel.file_under_button.click()
    marked = {e.original_name: e.personal_data for e in ws.evidence_list()}
    assert marked == {"1.2.1_คำร้อง.pdf": False, "scan-002.pdf": True}


def test_the_library_shows_a_lock_on_marked_documents(tmp_path: Path, ws: Workspace, qapp) -> None:
    from PySide6.QtCore import Qt

    from sealdesk.ui.models import EvidenceModel

    doc = tmp_path / "ข้อร้องเรียน.pdf"
    doc.write_bytes(b"%PDF-1.4 complaint\n")
    added = ws.add_evidence(doc, personal_data=True).evidence
    model = EvidenceModel()
    model.set_items([added])
    name = model.index(0, EvidenceModel.NAME)
    assert not model.data(name, Qt.ItemDataRole.DecorationRole).isNull()
    assert "ข้อร้องเรียน.pdf" in model.data(name, Qt.ItemDataRole.ToolTipRole)
    model.set_items([ws.mark_evidence(added.id, False)])
    assert model.data(name, Qt.ItemDataRole.DecorationRole) is None
