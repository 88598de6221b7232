"""The city view on a 1024 px screen: the district column stays put while the heat map scrolls
sideways under it, and it still selects, sorts and opens a district."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from sealdesk.ui.office_window import OfficeWindow
from tests.city.conftest import Received, received  # noqa: F401
from tests.ui.test_office_window import office  # noqa: F401


def test_the_district_column_stays_while_the_map_scrolls(qtbot, office: OfficeWindow) -> None:  # noqa: F811
    window = office
    window.resize(1000, 560)
    window.show()
    qtbot.waitExposed(window)
    city = window.city
    table, frozen = city.table, city.table.frozen
    model = table.model()
    assert frozen.isVisible()
    assert [c for c in range(model.columnCount()) if not frozen.isColumnHidden(c)] == [0]
    assert frozen.width() == table.columnWidth(0) > 0
    assert frozen.model() is model and frozen.selectionModel() is table.selectionModel()

    bar = table.horizontalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)  # the map is wider than the window
    bar.setValue(bar.maximum())
    first = model.index(0, 0)
    assert frozen.visualRect(first).left() == 0  # the district name did not move
    assert table.visualRect(first).right() < 0  # the column below it scrolled away

    # a benchmark shown on request lands beside the district column, not under it
    last = city.visible_benchmarks()[len(city.visible_benchmarks()) // 2]
    bar.setValue(bar.maximum())
    assert city.show_benchmark(last)
    assert table.visualRect(table.currentIndex()).left() >= table.columnWidth(0)

    table.verticalScrollBar().setValue(7)
    assert frozen.verticalScrollBar().value() == 7
    frozen.verticalScrollBar().setValue(3)
    assert table.verticalScrollBar().value() == 3

    # the arrows stay in the table; the frozen column never takes the focus
    assert frozen.focusPolicy() == Qt.FocusPolicy.NoFocus


def test_the_frozen_column_sorts_and_opens_a_district(qtbot, office: OfficeWindow) -> None:  # noqa: F811
    window = office
    window.resize(1000, 560)
    window.show()
    qtbot.waitExposed(window)
    city = window.city
    frozen = city.table.frozen
    before = city.visible_districts()
    header = frozen.horizontalHeader()
    centre = QPoint(header.sectionViewportPosition(0) + 10, header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    qtbot.wait(50)
    after = city.visible_districts()
    assert after != before and sorted(after) == sorted(before)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    qtbot.wait(50)
    assert city.visible_districts() != after

    row = frozen.visualRect(frozen.model().index(2, 0)).center()
    qtbot.mouseClick(frozen.viewport(), Qt.MouseButton.LeftButton, pos=row)
    assert city.table.currentIndex().row() == 2  # the shared selection
    with qtbot.waitSignal(city.district_activated) as opened:
        frozen.doubleClicked.emit(frozen.model().index(2, 0))
    assert opened.args == [city.visible_districts()[2]]
