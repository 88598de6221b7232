"""The benchmark page: status (N/A needs a justification), autosaved narrative, undo, actions."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from sealdesk.domain.status import Status
from sealdesk.services.workspace import Workspace
from sealdesk.ui.mainwindow import MainWindow
from sealdesk.ui.models import ChecklistModel


def choose_status(window: MainWindow, status: Status) -> None:
    combo = window.page.status
    index = combo.findData(status.value)
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def test_selecting_a_row_opens_its_benchmark(qtbot, window: MainWindow) -> None:
    index = window.proxy.mapFromSource(window.model.index_of("2.3.1"))
    window.tree.setCurrentIndex(index)
    assert window.page.code == "2.3.1"
    assert window.page.title.plain_text().startswith("2.3.1")
    assert "บุคลากร" in window.page.title.plain_text()
    verification = window.page.verification.plain_text()
    assert verification.startswith("• ")


def test_set_status_reaches_the_database_and_the_tree(window: MainWindow, ws: Workspace) -> None:
    window.open_benchmark("1.2.1")
    choose_status(window, Status.MET)
    assert ws.assessment("1.2.1").status is Status.MET
    assert ws.audit_log()[-1].actor == "สมหญิง ใจดี"
    assert window.model.index_of("1.2.1", ChecklistModel.STATUS).data() == "ผ่าน"
    assert window.saved_label.text() == "บันทึกการเปลี่ยนแปลงทั้งหมดแล้ว"


def test_not_applicable_requires_a_justification(qtbot, window: MainWindow, ws: Workspace) -> None:
    page = window.page
    window.open_benchmark("3.1.2")
    choose_status(window, Status.NOT_APPLICABLE)
    assert ws.assessment("3.1.2").status is Status.NOT_STARTED
    assert page.justification.isVisible()
    assert "เหตุผล" in page.justification_message.plain_text()

    qtbot.mouseClick(page.apply_na, Qt.MouseButton.LeftButton)  # still empty
    assert ws.assessment("3.1.2").status is Status.NOT_STARTED
    assert page.justification_message.plain_text()

    page.justification.insertPlainText("สำนักงานเขตไม่มีสถานศึกษาในสังกัด")
    qtbot.mouseClick(page.apply_na, Qt.MouseButton.LeftButton)
    saved = ws.assessment("3.1.2")
    assert saved.status is Status.NOT_APPLICABLE
    assert saved.justification == "สำนักงานเขตไม่มีสถานศึกษาในสังกัด"
    assert page.justification_message.plain_text() == ""

    choose_status(window, Status.MET)
    assert ws.assessment("3.1.2").status is Status.MET
    assert not page.justification.isVisible()


def test_narrative_autosaves(qtbot, window: MainWindow, ws: Workspace) -> None:
    page = window.page
    window.open_benchmark("1.1.1")
    page.narrative_timer.setInterval(50)
    page.narrative.setFocus()
    page.narrative.insertPlainText("สำนักงานเขตบรรจุเป้าหมายไว้ในแผนปฏิบัติราชการ ปี 2567")
    assert window.saved_label.text() == "กำลังบันทึก…"
    qtbot.waitUntil(lambda: ws.assessment("1.1.1").narrative.endswith("2567"), timeout=3000)
    assert window.saved_label.text() == "บันทึกการเปลี่ยนแปลงทั้งหมดแล้ว"
    assert not window.session._pending


def test_leaving_a_benchmark_saves_its_narrative_at_once(window: MainWindow, ws: Workspace) -> None:
    window.open_benchmark("1.1.1")
    window.page.narrative_timer.setInterval(60_000)
    window.page.narrative.insertPlainText("ร่างคำอธิบาย")
    window.open_benchmark("1.1.2")
    assert ws.assessment("1.1.1").narrative == "ร่างคำอธิบาย"


def test_undo_and_redo_status_and_narrative(qtbot, window: MainWindow, ws: Workspace) -> None:
    window.open_benchmark("2.2.1")
    choose_status(window, Status.PARTIALLY_MET)
    window.page.narrative_timer.setInterval(20)
    window.page.narrative.insertPlainText("ข้อความแรก")
    qtbot.waitUntil(lambda: ws.assessment("2.2.1").narrative == "ข้อความแรก", timeout=3000)
    assert window.menus.undo_action.isEnabled()

    window.tree.setFocus()
    qtbot.keySequence(window, QKeySequence.StandardKey.Undo)
    assert ws.assessment("2.2.1").narrative == ""
    assert window.page.narrative.toPlainText() == ""
    window.menus.undo_action.trigger()
    assert ws.assessment("2.2.1").status is Status.NOT_STARTED
    assert window.page.status.currentData() == Status.NOT_STARTED.value
    assert not window.menus.undo_action.isEnabled()

    window.menus.redo_action.trigger()
    assert ws.assessment("2.2.1").status is Status.PARTIALLY_MET
    window.menus.redo_action.trigger()
    assert ws.assessment("2.2.1").narrative == "ข้อความแรก"


def test_action_plan_add_mark_done_remove(qtbot, window: MainWindow, ws: Workspace) -> None:
    window.open_benchmark("1.3.1")
    window.session.add_action(
        "1.3.1",
        action="จัดอบรมการวิเคราะห์มิติทางเพศ",
        responsible="ฝ่ายปกครอง",
        due_date=date(2026, 3, 31),
    )
    table = window.page.actions
    assert table.rowCount() == 1
    assert table.item(0, 1).text() == "จัดอบรมการวิเคราะห์มิติทางเพศ"
    assert table.item(0, 3).text() == "31 มี.ค. 2569"  # Buddhist Era in the Thai UI
    table.item(0, 0).setCheckState(Qt.CheckState.Checked)
    assert ws.assessment("1.3.1").actions[0].done is True
    table.setCurrentCell(0, 1)
    window.page.remove_action()
    assert ws.assessment("1.3.1").actions == ()
    assert table.rowCount() == 0


def test_action_dialog_reads_buddhist_era_dates(qtbot, window: MainWindow) -> None:
    from sealdesk.ui.action_plan import ActionDialog

    dialog = ActionDialog(window)
    qtbot.addWidget(dialog)
    assert dialog.values()["due_date"] is None
    dialog.action.setText("ติดตามผล")
    dialog.due.enabled.setChecked(True)
    dialog.due.day.setValue(31)
    dialog.due.month.setCurrentIndex(1)  # กุมภาพันธ์: the day is clamped
    dialog.due.year.setValue(2568)
    assert dialog.due.month.currentText() == "กุมภาพันธ์"
    assert dialog.values() == {
        "action": "ติดตามผล",
        "responsible": "",
        "due_date": date(2025, 2, 28),
    }


def test_an_unusually_long_narrative_is_noted(window: MainWindow, ws: Workspace) -> None:
    from sealdesk.ui.benchmark_page import LONG_NARRATIVE_CHARS

    ws.assess("1.1.2", narrative="ความเท่าเทียม " * (LONG_NARRATIVE_CHARS // 14 + 10))
    page = window.page
    window.open_benchmark("1.1.1")
    assert page.narrative_note.isHidden()
    window.open_benchmark("1.1.2")
    assert not page.narrative_note.isHidden()
    assert "ยาวผิดปกติ" in page.narrative_note.plain_text()
    window.open_benchmark("1.1.1")
    assert page.narrative_note.isHidden()
