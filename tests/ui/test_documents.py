"""Print, export and verify the bundle, and the scanner inbox, from the window."""

from __future__ import annotations

import subprocess
from pathlib import Path

from PySide6.QtGui import QPageSize, QPdfWriter

from sealdesk.bundle import keys
from sealdesk.services.keys import keys_dir
from sealdesk.services.workspace import Workspace
from sealdesk.ui.bundles import ExportDialog, VerifyDialog
from sealdesk.ui.mainwindow import MainWindow
from sealdesk.ui.printing import PrintPreviewDialog

from .helpers import make_file, tiny_pdf

PASSPHRASE = "รหัสผ่านยาวพอ 2569"


def previews(window: MainWindow) -> list[PrintPreviewDialog]:
    """The print previews the window has opened, oldest first."""
    return window.findChildren(PrintPreviewDialog)


def test_print_filled_checklist_preview_save_and_print(
    qtbot, window: MainWindow, ws: Workspace, tmp_path: Path, jobs_finished: list
) -> None:
    ws.assess("1.1.1", status="met", narrative="มีแผนปฏิบัติราชการที่ผ่านการอนุมัติ")
    window.reload()
    window.print_document("filled")
    jobs_finished[-1].wait()
    qtbot.waitUntil(lambda: len(previews(window)) == 1, timeout=2000)
    [preview] = previews(window)
    assert preview.page_count() >= 1
    assert "แบบตรวจสอบ" in preview.windowTitle()
    saved = preview.save_to(tmp_path / "checklist.pdf")
    assert saved.read_bytes().startswith(b"%PDF")
    writer = QPdfWriter(str(tmp_path / "printed.pdf"))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setResolution(72)
    assert preview.render_to(writer) == preview.page_count()
    assert (tmp_path / "printed.pdf").stat().st_size > 1000
    preview.close()


def test_export_is_blocked_without_a_key_then_exports_and_verifies(
    qtbot, window: MainWindow, ws: Workspace, tmp_path: Path, jobs_finished: list
) -> None:
    ws.add_evidence(make_file(tmp_path, "plan.pdf", tiny_pdf("plan")), ["1.1.1"])
    ws.assess("1.1.1", status="met")
    window.export_bundle()  # Bundle > Export...
    dialog = window.findChild(ExportDialog)
    assert isinstance(dialog, ExportDialog)
    texts = [dialog.checks.item(i).text() for i in range(dialog.checks.count())]
    assert any("ยังไม่มีกุญแจลงนาม" in t for t in texts)
    assert not dialog.export_button.isEnabled()
    assert not dialog.create_key.isHidden()

    keys.create_key(keys_dir(ws), PASSPHRASE)
    dialog.refresh()
    assert dialog.export_button.isEnabled()
    target = tmp_path / "out" / "bundle.zip"
    target.parent.mkdir()
    dialog.destination.setText(str(target))

    dialog.passphrase.setText("wrong passphrase")
    assert dialog.export() is None  # benchmarks not started: the warnings are confirmed first
    assert dialog.confirm is not None and dialog.confirm.isVisible()
    dialog.confirm.export_button.click()
    jobs_finished[-1].wait()
    assert "รหัสผ่านไม่ถูกต้อง" in dialog.message.text().replace("\u200b", "")
    assert not target.exists()

    dialog.passphrase.setText(PASSPHRASE)
    dialog.export()
    dialog.confirm.export_button.click()
    jobs_finished[-1].wait()
    assert target.is_file()
    result = dialog.result
    assert result is not None and result.fingerprint in dialog.message.text().replace("\u200b", "")
    assert [e.bundle_id for e in ws.exports()] == [result.bundle_id]

    # The cover sheet of the bundle just written, for the director to sign.
    opened = len(previews(window))
    assert dialog.cover_button.isEnabled()
    dialog.cover_button.click()
    qtbot.waitUntil(lambda: len(previews(window)) == opened + 1, timeout=30_000)
    cover_preview = previews(window)[-1]
    cover = cover_preview.save_to(tmp_path / "cover.pdf")
    text = subprocess.run(
        ["pdftotext", "-raw", str(cover), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert result.bundle_id in text and result.sha256[:16] in text.replace(" ", "").lower()
    cover_preview.close()

    verify = VerifyDialog(window.session, window)
    qtbot.addWidget(verify)
    verify.bundle.setText(str(target))
    verify.verify()
    jobs_finished[-1].wait()
    assert verify.report is not None and verify.report.bundle_id == result.bundle_id
    shown = verify.result_label.text().replace("\u200b", "")
    assert "✔" in shown and "บางรัก" in shown and result.fingerprint in shown

    # A tampered bundle: one clear Thai sentence, no traceback.
    data = bytearray(target.read_bytes())
    data[len(data) // 2] ^= 0xFF
    bad = tmp_path / "bad.zip"
    bad.write_bytes(bytes(data))
    verify.bundle.setText(str(bad))
    verify.verify()
    jobs_finished[-1].wait()
    assert verify.result_label.text().startswith("✖")
    assert "Traceback" not in verify.result_label.text()


def test_inbox_takes_scans_and_files_them(
    qtbot, window: MainWindow, ws: Workspace, tmp_path: Path
) -> None:
    folder = tmp_path / "inbox"
    folder.mkdir()
    window.inbox.set_folder(folder)
    assert window.inbox.bridge.watcher is not None
    make_file(folder, "1.2.1 ทะเบียนผู้รับบริการ.pdf", tiny_pdf("register"))
    qtbot.waitUntil(lambda: window.inbox.list.count() == 1, timeout=20_000)
    assert window.tabs.tabText(3) == "ถาดรับเอกสาร (1)"
    assert "แนะนำ: 1.2.1" in window.inbox.list.item(0).text()
    window.inbox.list.item(0).setSelected(True)
    window.inbox.file_selected()
    assert ws.evidence_list()[0].links == ("1.2.1",)
    assert window.inbox.list.count() == 0
    assert window.tabs.tabText(3) == "ถาดรับเอกสาร"
    window.inbox.bridge.stop()
