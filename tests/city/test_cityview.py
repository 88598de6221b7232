"""The city view under pytest-qt: colours per status, the legend, sorting, the filters."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from sealdesk.domain.city import SubmissionState
from sealdesk.domain.status import Level, Status
from sealdesk.ui.cityview import FIXED, HEAT_COLORS, NOT_SUBMITTED, STATUS_ROLE, CityView
from tests.city.citydata import SILENT, make_city_status


def _view(qtbot) -> CityView:  # type: ignore[no-untyped-def]
    view = CityView()
    qtbot.addWidget(view)
    view.set_status(make_city_status())
    return view


def test_every_cell_is_coloured_by_its_status(qtbot) -> None:
    view = _view(qtbot)
    status = view.model.status
    assert status is not None
    model = view.model
    assert model.rowCount() == 50 and model.columnCount() == len(FIXED) + len(status.columns)
    seen: set[Status | None] = set()
    for r, row in enumerate(status.rows):
        for c, column in enumerate(status.columns, start=len(FIXED)):
            index = model.index(r, c)
            expected = (
                None
                if row.state is SubmissionState.NONE
                else row.statuses.get(column.code, Status.NOT_STARTED)
            )
            assert index.data(STATUS_ROLE) == expected
            colour = index.data(Qt.ItemDataRole.BackgroundRole).color()
            assert colour == QColor(HEAT_COLORS[expected])
            seen.add(expected)
    assert {Status.MET, Status.PARTIALLY_MET, Status.NOT_MET, None} <= seen
    # the colours are told apart: no two statuses share one
    assert len(set(HEAT_COLORS.values())) == len(HEAT_COLORS)


def test_the_legend_shows_each_colour_with_its_name(qtbot) -> None:
    view = _view(qtbot)
    legend = view.legend
    for status, swatch in legend.swatches.items():
        assert HEAT_COLORS[status] in swatch.styleSheet()
        assert legend.names[status].text()
    assert legend.names[Status.MET].text() in ("Met", "ผ่าน")


def test_sort_by_score_and_back_by_district(qtbot) -> None:
    view = _view(qtbot)
    view.table.sortByColumn(FIXED.index("score"), Qt.SortOrder.DescendingOrder)
    shown = view.visible_districts()
    scores = {r.district_code: r.score_percent or -1 for r in view.model.rows}
    assert [scores[c] for c in shown] == sorted(scores.values(), reverse=True)
    assert set(shown[-3:]) == set(SILENT)  # nothing received sorts last
    view.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert view.visible_districts() == sorted(scores)


def test_filters_by_level_dimension_and_mandatory_for_silver(qtbot) -> None:
    view = _view(qtbot)
    status = view.model.status
    assert status is not None
    view.level.setCurrentIndex(view.level.findData(NOT_SUBMITTED))
    assert view.visible_districts() == list(SILENT)
    view.level.setCurrentIndex(view.level.findData(Level.SILVER.value))
    silver = [r.district_code for r in status.rows if r.projected_level is Level.SILVER]
    assert silver and view.visible_districts() == silver
    view.level.setCurrentIndex(0)
    assert len(view.visible_districts()) == 50

    view.dimension.setCurrentIndex(view.dimension.findData("2"))
    assert view.visible_benchmarks() == [c.code for c in status.columns if c.dimension_code == "2"]
    view.dimension.setCurrentIndex(0)
    view.silver.setChecked(True)
    mandatory = [c.code for c in status.columns if c.mandatory_from in (Level.BRONZE, Level.SILVER)]
    assert mandatory and view.visible_benchmarks() == mandatory
    assert len(mandatory) < len(status.columns)
    view.silver.setChecked(False)
    view.search.setText("พระนคร")
    assert view.visible_districts() == ["1001"]


def test_double_click_asks_for_the_district(qtbot) -> None:
    view = _view(qtbot)
    view.table.sortByColumn(FIXED.index("score"), Qt.SortOrder.AscendingOrder)
    index = view.proxy.index(5, 2)
    with qtbot.waitSignal(view.district_activated) as blocker:
        view.table.doubleClicked.emit(index)
    assert blocker.args == [view.visible_districts()[5]]


def test_show_benchmark_scrolls_to_its_column(qtbot) -> None:
    view = _view(qtbot)
    last = view.model.columns[-1].code
    assert view.show_benchmark(last)
    current = view.table.currentIndex()
    assert view.model.column(view.proxy.mapToSource(current).column()).code == last
    view.dimension.setCurrentIndex(view.dimension.findData("1"))
    assert not view.show_benchmark(last)  # hidden by the dimension filter
