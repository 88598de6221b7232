"""First run: pick the district (Thai or English search), round, clerk's name, catalog."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialogButtonBox

from sealdesk.domain.thaidate import current_round_be
from sealdesk.services.workspace import Workspace
from sealdesk.ui import i18n
from sealdesk.ui.firstrun import FirstRunDialog
from sealdesk.ui.main import build_main_window, open_workspace


def test_first_run_creates_the_workspace(qtbot, tmp_path: Path, languages: i18n.Languages) -> None:
    folder = tmp_path / "new-ws"
    dialog = FirstRunDialog(folder, languages)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.round.value() == current_round_be()
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    cancel = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    assert ok.text() == "เริ่มใช้งาน"
    assert cancel.text() == "ยกเลิก"  # Qt's own button, translated by our QPlatformTheme strings

    dialog.district_search.insert("บางรัก")
    assert dialog.district_proxy.rowCount() == 1
    assert dialog.district_code() == "1004"
    dialog.district_search.clear()
    qtbot.keyClicks(dialog.district_search, "bang kh")
    names = {
        dialog.district_proxy.index(r, 0).data() for r in range(dialog.district_proxy.rowCount())
    }
    assert any("Bang Khen" in n for n in names) and all("Bang Kh" in n for n in names)
    dialog.district_search.clear()
    qtbot.keyClicks(dialog.district_search, "1004")
    assert dialog.district_code() == "1004"

    # No name yet: an inline message, nothing created.
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.message.text()
    assert not (folder / "sealdesk.db").exists()

    dialog.clerk.insert("สมศรี รักงาน")
    dialog.round.setValue(2568)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    ws = dialog.workspace
    assert ws is not None
    try:
        assert ws.district.code == "1004"
        assert ws.rounds() == [2568]
        assert ws.actor == "สมศรี รักงาน"
        assert ws.get_setting("clerk") == "สมศรี รักงาน"
        assert ws.audit_log()[0].actor == "สมศรี รักงาน"
    finally:
        ws.close()


def test_first_run_reports_a_bad_catalog_inline(
    qtbot, tmp_path: Path, languages: i18n.Languages
) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text("[catalog\n", encoding="utf-8")
    dialog = FirstRunDialog(tmp_path / "ws", languages)
    qtbot.addWidget(dialog)
    dialog.select_district("1001")
    dialog.clerk.setText("สมศรี")
    dialog.catalog_file.setText(str(bad))
    dialog.from_file.setChecked(True)
    dialog.create()
    assert dialog.workspace is None
    assert "bad.toml" in dialog.message.text()
    assert "ชุดเกณฑ์" in dialog.message.text()  # the error, in Thai


def test_reopening_goes_back_to_the_last_benchmark(
    qtbot, ws: Workspace, languages: i18n.Languages
) -> None:
    ws.set_setting("clerk", "สมศรี")
    first = build_main_window(ws, languages)
    qtbot.addWidget(first)
    first.open_benchmark("3.2.1")
    first.tabs.setCurrentWidget(first.dashboard)
    first.splitter.setSizes([300, 900])
    sizes = first.splitter.sizes()
    first.close()
    QSettings().sync()

    again = open_workspace(ws.path, languages)
    assert again is not None
    try:
        assert again.actor == "สมศรี"
        second = build_main_window(again, languages)
        qtbot.addWidget(second)
        assert second.page.code == "3.2.1"
        assert second.tabs.currentWidget() is second.dashboard
        assert second.splitter.sizes() == sizes
    finally:
        again.close()


def test_a_narrow_first_run_scrolls_up_and_down_but_cuts_no_field_off(
    qtbot, tmp_path: Path, languages: i18n.Languages
) -> None:
    """On a small screen only the height scrolls: the office choice's long Thai radio text and
    the language box at the right stay whole (they were cut off at 1024x600)."""
    dialog = FirstRunDialog(tmp_path / "new-ws", languages)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.resize(300, 300)
    qtbot.waitUntil(lambda: dialog.scroll.verticalScrollBar().maximum() > 0)
    body, viewport = dialog.scroll.body, dialog.scroll.viewport()
    assert body.width() <= viewport.width()
    for widget in (dialog.kind_office, dialog.language, dialog.district_search):
        right = widget.mapTo(body, widget.rect().topRight()).x()
        assert right < viewport.width(), widget.objectName()
        assert widget.width() >= widget.minimumSizeHint().width()
