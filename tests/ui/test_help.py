"""Help > Guide (Thai and English, shipped as resources) and Help > Keyboard shortcuts (read
from the window's real QActions)."""

from __future__ import annotations

import re

from PySide6.QtGui import QAction, QKeySequence

from sealdesk.resources import resources_dir
from sealdesk.ui.help import GuideDialog, ShortcutsDialog, guide_text, plain, shortcuts
from sealdesk.ui.mainwindow import MainWindow


def test_the_guide_opens_in_both_languages(qtbot, window: MainWindow) -> None:
    window.menus.commands["guide"].trigger()
    dialog = window.findChild(GuideDialog, "guideDialog")
    assert dialog is not None and dialog.isVisible()
    text = dialog.browser.toPlainText()
    assert text.startswith("คู่มือการใช้งาน SealDesk ฉบับย่อ")
    for step in ("เริ่มใช้งานครั้งแรก", "ส่งออกชุดข้อมูลสำหรับยื่นประเมิน", "ใบปะหน้าชุดเอกสาร"):
        assert step in text
    assert dialog.windowTitle() == "คู่มือการใช้งาน SealDesk"
    window.set_language("en")
    text = dialog.browser.toPlainText()
    assert text.startswith("SealDesk: a short guide")
    assert "Export the submission bundle" in text and "cover sheet" in text
    assert dialog.windowTitle() == "SealDesk guide"
    assert window.menus.commands["guide"].shortcut() == QKeySequence(
        QKeySequence.StandardKey.HelpContents
    )


def test_the_guides_are_shipped_resources() -> None:
    for lang in ("th", "en"):
        assert (resources_dir() / "help" / f"guide-{lang}.md").is_file()
    assert guide_text("fr") == guide_text("en")


def _menu_items(window: MainWindow) -> dict[str, set[str]]:
    items: dict[str, set[str]] = {}
    for menu in window.menus.menus.values():
        items[plain(menu.title())] = {plain(a.text()) for a in menu.actions() if a.text()}
    return items


def test_every_menu_entry_the_guide_names_exists(qtbot, window: MainWindow) -> None:
    """ "**File > Back up the workspace**" in the guide is a real entry of the real menu, in
    each language: the guide cannot drift from the menus unnoticed."""
    for lang in ("th", "en"):
        window.set_language(lang)
        items = _menu_items(window)
        named = re.findall(r"\*\*([^*>]+) > ([^*]+)\*\*", guide_text(lang))
        assert len(named) >= 5
        for menu, entry in named:
            assert entry.strip() in items[menu.strip()], (lang, menu, entry)


def test_the_shortcut_list_is_read_from_the_real_actions(qtbot, window: MainWindow) -> None:
    window.menus.commands["shortcuts"].trigger()
    dialog = window.findChild(ShortcutsDialog, "shortcutsDialog")
    assert dialog is not None and dialog.isVisible()
    rows = dialog.rows()
    assert rows == [(s.command, s.keys) for s in shortcuts(window)]
    assert ("แฟ้ม › ส่งออกชุดข้อมูลสำหรับยื่นประเมิน", "Ctrl+E") in rows
    assert ("ช่วยเหลือ › คู่มือการใช้งาน", "F1") in rows
    # Every action of the window that has a shortcut is listed, with its keys.
    listed = {keys for _c, keys in rows}
    for action in window.findChildren(QAction):
        for key in action.shortcuts():
            if not key.isEmpty():
                assert any(
                    key.toString(QKeySequence.SequenceFormat.NativeText) in keys for keys in listed
                )
    # It cannot go stale: a changed shortcut shows the next time the list is opened.
    window.menus.commands["audit"].setShortcut(QKeySequence("Ctrl+Shift+L"))
    dialog.close()
    window.menus.commands["shortcuts"].trigger()
    assert ("เครื่องมือ › บันทึกการเปลี่ยนแปลง", "Ctrl+Shift+L") in dialog.rows()
    window.set_language("en")
    assert ("Tools › Audit log", "Ctrl+Shift+L") in dialog.rows()
    assert dialog.table.horizontalHeaderItem(0).text() == "Command"


def test_plain_menu_texts() -> None:
    assert plain("ส่งออกชุดข้อมูล(&E)...") == "ส่งออกชุดข้อมูล"
    assert plain("&Export the submission bundle...") == "Export the submission bundle"
    assert plain("Save && close") == "Save & close"
