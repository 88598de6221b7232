"""The checklist tree and its filter: Thai and English text, codes, status, evidence, level."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex
from PySide6.QtTest import QAbstractItemModelTester

from sealdesk.domain.status import Level, Status
from sealdesk.services.workspace import Workspace
from sealdesk.ui.mainwindow import MainWindow
from sealdesk.ui.models import ChecklistModel


def test_model_is_a_consistent_tree(ws: Workspace, qapp) -> None:
    model = ChecklistModel(ws.catalog())
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    assert model.rowCount(QModelIndex()) == 5
    codes = []

    def walk(parent: QModelIndex) -> None:
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            assert model.parent(index) == parent
            codes.append(index.data())
            walk(index)

    walk(QModelIndex())
    assert len([c for c in codes if c.count(".") == 2]) == 40


def test_every_benchmark_is_shown_with_thai_titles(window: MainWindow) -> None:
    assert len(window.visible_codes()) == 40
    index = window.model.index_of("1.1.1", ChecklistModel.TITLE)
    assert index.data().startswith("สำนักงานเขตมีแผนปฏิบัติราชการ")
    assert window.model.index_of("1.1.1", ChecklistModel.STATUS).data() == "ยังไม่เริ่ม"


def test_filter_by_thai_english_and_code(qtbot, window: MainWindow) -> None:
    window.search.insert("ข้อมูลจำแนกตามเพศ")  # Thai words of 1.2.x
    thai = window.visible_codes()
    assert thai and all(code.startswith("1.2") for code in thai)

    window.search.clear()
    qtbot.keyClicks(window.search, "policy statement")
    assert window.visible_codes() == ["1.1.2"]

    window.search.clear()
    qtbot.keyClicks(window.search, "3.2.")
    assert window.visible_codes() == ["3.2.1", "3.2.2"]

    window.search.clear()
    assert len(window.visible_codes()) == 40


def test_filter_by_status_evidence_and_mandatory(
    window: MainWindow, ws: Workspace, tmp_path
) -> None:
    ws.assess("2.1.1", status="met")
    ws.assess("2.1.2", status="partially_met")
    path = tmp_path / "plan.pdf"
    path.write_bytes(b"%PDF-1.4 plan")
    ws.add_evidence(path, benchmarks=["1.1.1"])
    window.reload()

    window.set_show_filter("status", Status.MET.value)
    assert window.visible_codes() == ["2.1.1"]
    window.set_show_filter("status", Status.PARTIALLY_MET.value)
    assert window.visible_codes() == ["2.1.2"]

    window.set_show_filter("no_evidence")
    shown = window.visible_codes()
    assert "1.1.1" not in shown and len(shown) == 39

    catalog = ws.catalog()
    for level in (Level.BRONZE, Level.SILVER, Level.GOLD):
        window.set_show_filter("mandatory", level.value)
        expected = [b.code for b in catalog.benchmarks() if b.mandatory_for(level)]
        assert window.visible_codes() == expected
    assert window.visible_codes() != []

    # Text and mode combine.
    window.search.insert("1.1")
    assert window.visible_codes() == [c for c in expected if c.startswith("1.1")]
    window.set_show_filter("all")
    window.search.clear()
    assert len(window.visible_codes()) == 40


def test_mandatory_mark_follows_the_level_aimed_at(window: MainWindow, ws: Workspace) -> None:
    silver_only = next(
        b
        for b in ws.catalog().benchmarks()
        if b.mandatory_for(Level.SILVER) and not b.mandatory_for(Level.BRONZE)
    )
    index = window.model.index_of(silver_only.code, ChecklistModel.MANDATORY)
    assert index.data() == "☆"
    window.target.setCurrentIndex(window.target.findData(Level.SILVER.value))
    assert ws.get_setting("target_level") == "silver"
    assert index.data() == "★"


def test_a_cut_short_column_header_names_itself_in_a_tooltip(ws: Workspace, qapp) -> None:
    """At 1024 px the status and mandatory headers read "Stat" and "Ma": the tooltip says it."""
    from PySide6.QtCore import Qt

    model = ChecklistModel(ws.catalog())
    horizontal, tip = Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole
    for column in (model.STATUS, model.MANDATORY):
        shown = model.headerData(column, horizontal, Qt.ItemDataRole.DisplayRole)
        assert shown and model.headerData(column, horizontal, tip) == shown
    assert model.headerData(0, Qt.Orientation.Vertical, tip) is None
