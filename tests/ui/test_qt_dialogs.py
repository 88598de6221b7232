"""Qt's own dialogs in the Thai UI: PySide6 ships no qtbase_th.qm, so SealDesk translates the
strings Qt's widget file dialog shows; in Thai that dialog is used instead of the platform's."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QFileDialog,
    QLabel,
    QMessageBox,
    QTreeView,
)

from sealdesk.ui import i18n
from sealdesk.ui.mainwindow import MainWindow

THAI = re.compile(r"[\u0e00-\u0e7f]")


def _visible_texts(dialog: QFileDialog) -> list[str]:
    texts = [w.text() for w in dialog.findChildren(QLabel) if w.isVisible() and w.text()]
    texts += [b.text() for b in dialog.findChildren(QAbstractButton) if b.isVisible() and b.text()]
    tree = dialog.findChild(QTreeView, "treeView")
    model = tree.model()
    texts += [
        str(model.headerData(c, Qt.Orientation.Horizontal))
        for c in range(model.columnCount())
        if not tree.isColumnHidden(c)
    ]
    return texts


def _open_dialog(qtbot, parent, folder: Path, mode: str) -> QFileDialog:
    dialog = QFileDialog(parent, "เลือกไฟล์", str(folder), "ไฟล์สำรองข้อมูล SealDesk (*.zip);;ทุกไฟล์ (*)")
    if mode == "save":
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setViewMode(QFileDialog.ViewMode.Detail)
    dialog.open()
    qtbot.waitExposed(dialog)
    return dialog


def test_the_file_dialog_is_thai_in_the_thai_ui(
    qtbot, window: MainWindow, languages: i18n.Languages, tmp_path: Path
) -> None:
    (tmp_path / "เอกสาร.pdf").write_bytes(b"%PDF")
    assert QCoreApplication.testAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs)
    for mode in ("open", "save"):
        dialog = _open_dialog(qtbot, window, tmp_path, mode)
        texts = _visible_texts(dialog)
        assert len(texts) >= 8, texts
        english = [t for t in texts if not THAI.search(t)]
        assert english == []
        assert "มองหาใน(&L):" in texts and "ชื่อไฟล์(&N):" in texts and "ชื่อ" in texts
        assert ("เปิด(&O)" if mode == "open" else "บันทึก(&S)") in texts and "ยกเลิก" in texts
        dialog.close()


def test_english_uses_the_platform_dialog_and_qt_texts(
    qtbot, window: MainWindow, languages: i18n.Languages, tmp_path: Path
) -> None:
    window.set_language("en")
    assert not QCoreApplication.testAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs)
    dialog = QFileDialog(window, "Choose", str(tmp_path))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.open()
    qtbot.waitExposed(dialog)
    assert "&Look in:" in _visible_texts(dialog)
    dialog.close()
    window.set_language("th")
    assert QCoreApplication.testAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs)


def test_message_box_buttons_are_thai(qtbot, languages: i18n.Languages) -> None:
    box = QMessageBox(
        QMessageBox.Icon.Question,
        "SealDesk",
        "ข้อความ",
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
    )
    box.setDetailedText("รายละเอียด")
    qtbot.addWidget(box)
    box.open()
    qtbot.waitExposed(box)
    texts = [b.text() for b in box.findChildren(QAbstractButton) if b.isVisible() and b.text()]
    assert "แสดงรายละเอียด..." in texts
    assert all(THAI.search(t) for t in texts), texts
    box.close()
    assert QApplication.instance() is not None
