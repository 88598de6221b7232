"""Ready to submit: the view per dimension, the confirmation before an export with warnings,
and the reason of a partially met / not met benchmark on its page."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from sealdesk.bundle import keys
from sealdesk.domain.status import Status
from sealdesk.services import export
from sealdesk.services.keys import keys_dir
from sealdesk.services.workspace import Workspace
from sealdesk.ui.bundles import ExportDialog
from sealdesk.ui.mainwindow import MainWindow
from sealdesk.ui.ready import ConfirmExportDialog

from .helpers import make_file, tiny_pdf


def _texts(tree) -> list[str]:  # type: ignore[no-untyped-def]
    found = []
    for i in range(tree.topLevelItemCount()):
        top = tree.topLevelItem(i)
        found.append(top.text(0))
        found += [top.child(j).text(0) for j in range(top.childCount())]
    return found


def test_the_ready_view_lists_each_kind_per_dimension_and_opens_the_page(
    qtbot, window: MainWindow, ws: Workspace, tmp_path: Path
) -> None:
    ws.assess("1.1.1", status="met")  # no evidence: a blocker
    ws.assess("1.2.2", status="partially_met")  # no reason
    ws.assess("2.1.2", status="not_met", justification="ไม่มีงบประมาณปีนี้")  # a reason: fine
    ws.add_evidence(make_file(tmp_path, "plan.pdf", tiny_pdf("plan")), ["3.1.2"])
    ws.assess("3.1.2", status="met")
    window.show_tab(window.tabs.indexOf(window.ready))
    view = window.ready
    assert view.isVisible()
    lines = view.benchmark_items()
    assert "ระบุว่าผ่านแล้ว แต่ยังไม่ได้เชื่อมโยงหลักฐาน" in lines["1.1.1"].text(0)
    assert "เป็นเกณฑ์บังคับของระดับที่ตั้งเป้าไว้" in lines["1.2.1"].text(0)  # Bronze
    assert "ยังไม่ได้เริ่มประเมิน" in lines["1.2.1"].text(0)
    assert "ยังไม่ได้ระบุเหตุผลของสถานะ" in lines["1.2.2"].text(0)
    assert "ยังไม่ได้เริ่มประเมิน" in lines["1.1.2"].text(0)
    assert "2.1.2" not in lines and "3.1.2" not in lines
    texts = _texts(view.tree)
    assert any(t.startswith("มิติที่ 1") for t in texts)
    assert any("ยังไม่มีกุญแจลงนาม" in t for t in texts)  # the round's own findings on top
    assert "ระดับที่คาดว่าจะได้: ยังไม่ถึงระดับทองแดง" in view.level.plain_text()
    # a change elsewhere is seen at once, and a line opens its benchmark page
    ws.assess("1.2.2", status="partially_met", justification="ทำได้ครึ่งปี")
    assert "1.2.2" not in view.benchmark_items()  # not mandatory: the reason was all it lacked
    item = view.benchmark_items()["1.2.1"]
    view.tree.setCurrentItem(item)
    view.tree.setFocus()
    qtbot.keyClick(view.tree, Qt.Key.Key_Return)
    assert window.tabs.currentWidget() is window.page and window.page.code == "1.2.1"


def test_checking_every_file_finds_a_changed_one(
    qtbot, window: MainWindow, ws: Workspace, tmp_path: Path, jobs_finished: list
) -> None:
    item = ws.add_evidence(make_file(tmp_path, "plan.pdf", tiny_pdf("plan")), ["1.1.1"]).evidence
    ws.assess("1.1.1", status="met")
    path = ws.blob_path(item.sha256)
    data = bytearray(path.read_bytes())
    data[-2] ^= 0xFF
    path.chmod(0o644)
    path.write_bytes(bytes(data))
    window.show_tab(window.tabs.indexOf(window.ready))
    assert not any("เปลี่ยนไปจากตอนที่เพิ่มเข้ามา" in t for t in _texts(window.ready.tree))
    window.ready.check_files.click()
    jobs_finished[-1].wait()
    texts = _texts(window.ready.tree)
    assert any("plan.pdf" in t and "เปลี่ยนไปจากตอนที่เพิ่มเข้ามา" in t for t in texts)
    assert "ไฟล์หลักฐานที่เชื่อมโยงไว้ถูกเปลี่ยนแปลง" in window.ready.benchmark_items()["1.1.1"].text(0)


def test_export_with_warnings_asks_first_and_a_line_opens_the_page(
    qtbot, window: MainWindow, ws: Workspace, tmp_path: Path
) -> None:
    keys.create_key(keys_dir(ws), "รหัสผ่านยาวพอ 2569")
    ws.assess("1.2.2", status="not_met")
    window.export_bundle()
    dialog = window.findChild(ExportDialog)
    assert dialog.export_button.isEnabled()
    assert "ระดับที่คาดว่าจะได้" in dialog.level.text()
    dialog.destination.setText(str(tmp_path / "b.zip"))
    assert dialog.export() is None and not (tmp_path / "b.zip").exists()
    confirm = dialog.confirm
    assert isinstance(confirm, ConfirmExportDialog) and confirm.isVisible()
    assert confirm.back_button.isDefault()
    texts = _texts(confirm.findings)
    check = ws_check = export.preflight(ws)
    assert len([t for t in texts if t.startswith("⚠")]) == len(ws_check.warnings)
    kinds = {f.kind for f in check.warnings}
    assert {"not-started", "mandatory-not-met", "reason-missing", "below-target"} <= kinds
    assert any(t.startswith("⚠") and "ยังไม่ได้ระบุเหตุผล" in t and "1.2.2" in t for t in texts)
    tree = confirm.findings
    reason = next(
        tree.topLevelItem(i)
        for i in range(tree.topLevelItemCount())
        if "ยังไม่ได้ระบุเหตุผล" in tree.topLevelItem(i).text(0)
    )
    assert reason.child(0).text(0).startswith("1.2.2")
    tree.itemActivated.emit(reason.child(0), 0)
    assert not confirm.isVisible() and not dialog.isVisible()
    assert window.page.code == "1.2.2" and window.tabs.currentWidget() is window.page
    assert not (tmp_path / "b.zip").exists()


def test_partially_met_and_not_met_take_a_reason_on_the_page(
    qtbot, window: MainWindow, ws: Workspace
) -> None:
    window.open_benchmark("1.2.2")
    page = window.page
    assert page.justification.isHidden()
    combo = page.status
    index = combo.findData(Status.PARTIALLY_MET.value)
    combo.setCurrentIndex(index)
    combo.activated.emit(index)
    assert ws.assessment("1.2.2").status is Status.PARTIALLY_MET
    assert not page.justification.isHidden() and page.apply_na.isHidden()
    assert "ผู้ประเมิน" in page.justification.placeholderText()
    page.justification.setFocus()
    page.justification.insertPlainText("รอผลอนุมัติงบ")  # as typed: textChanged
    qtbot.waitUntil(lambda: ws.assessment("1.2.2").justification == "รอผลอนุมัติงบ", timeout=3000)
    # a reason typed and not yet saved is saved on leaving the page
    index = combo.findData(Status.NOT_MET.value)
    combo.setCurrentIndex(index)
    combo.activated.emit(index)
    assert ws.assessment("1.2.2").status is Status.NOT_MET
    assert ws.assessment("1.2.2").justification == "รอผลอนุมัติงบ"
    page.justification.insertPlainText(" ปีหน้า")
    window.open_benchmark("1.1.1")
    assert ws.assessment("1.2.2").justification == "รอผลอนุมัติงบ ปีหน้า"
    assert page.justification.isHidden()
    # met: no reason asked
    window.open_benchmark("1.2.2")
    index = combo.findData(Status.MET.value)
    combo.setCurrentIndex(index)
    combo.activated.emit(index)
    assert page.justification.isHidden()
