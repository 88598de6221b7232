"""Dashboard: scores per dimension, projected level, and links to what is missing."""

from __future__ import annotations

from PySide6.QtCore import QUrl

from sealdesk.domain.status import Level, Status
from sealdesk.services.workspace import Workspace
from sealdesk.ui.mainwindow import MainWindow


def test_dashboard_follows_status_changes(qtbot, window: MainWindow, ws: Workspace) -> None:
    dashboard = window.dashboard
    assert [round(p) for _, p in dashboard.chart.rows] == [0, 0, 0, 0, 0]
    first = ws.catalog().dimensions[0]
    codes = [b.code for b in first.benchmarks()]
    for code in codes:
        window.session.set_status(code, Status.MET)
    assert dashboard.chart.rows[0][1] == 100
    assert dashboard.chart.rows[0][0].startswith("1. การวางแผน")
    assert dashboard.chart.thresholds[Level.BRONZE] == 60
    assert "ผ่าน 8 ข้อ" in dashboard.overall.text()

    html = dashboard.gaps.toHtml()
    missing = ws.score().next_gap
    assert missing is not None and missing.level is Level.BRONZE
    for code in missing.mandatory_missing:
        assert f"bm:{code}" in html

    # Meet every benchmark: Gold.
    for benchmark in ws.catalog().benchmarks():
        if benchmark.code not in codes:
            ws.assess(benchmark.code, status="met")
    window.session.set_status(codes[0], Status.MET)  # no change; nothing pushed
    window.session.assess(codes[0], narrative="ครบ")
    assert dashboard.level.text() == "ระดับที่คาดว่าจะได้: ทอง"
    assert "ทอง" in dashboard.gaps.toPlainText()


def test_a_missing_item_opens_its_benchmark(qtbot, window: MainWindow, ws: Workspace) -> None:
    window.tabs.setCurrentWidget(window.dashboard)
    code = ws.score().next_gap.mandatory_missing[0]
    window.dashboard.gaps.anchorClicked.emit(QUrl(f"bm:{code}"))
    assert window.tabs.currentWidget() is window.page
    assert window.page.code == code


def test_chart_paints(qtbot, window: MainWindow) -> None:
    window.tabs.setCurrentWidget(window.dashboard)
    image = window.dashboard.chart.grab().toImage()
    assert image.width() > 100 and image.height() > 100
    colors = {image.pixelColor(x, image.height() // 2).name() for x in range(image.width())}
    assert len(colors) > 2  # text, bars and threshold lines, not a blank widget


def test_colours_follow_the_level_rules_and_a_legend_says_so(
    qtbot, window: MainWindow, ws: Workspace
) -> None:
    """A dimension at 100 % is not drawn in a level's colour while no level is reached: the
    dimension bars are neutral, only the overall bar takes the projected level's colour."""
    from sealdesk.ui.dashboard import DIMENSION_COLOR, LEVEL_COLORS, NO_LEVEL_COLOR

    dashboard = window.dashboard
    window.tabs.setCurrentWidget(dashboard)
    first = ws.catalog().dimensions[0]
    for benchmark in first.benchmarks():
        window.session.set_status(benchmark.code, Status.MET)
    assert ws.score().level is None
    assert dashboard.chart.rows[0][1] == 100
    bars = dashboard.chart.bars()
    assert bars[0][2] == NO_LEVEL_COLOR  # the overall bar: no level yet
    assert {color for _l, _p, color in bars[1:]} == {DIMENSION_COLOR}
    legend = dashboard.legend.text()
    assert "ยังไม่ถึงระดับใด" in legend and "เส้นประ" in legend
    for level in Level:
        assert LEVEL_COLORS[level] in legend and "ทองแดง" in legend

    # The painted bar of the full dimension is the neutral colour, not a level's.
    qtbot.waitUntil(lambda: dashboard.chart.isVisible())
    image = dashboard.chart.grab().toImage()
    row = [
        image.pixelColor(x, y).name() for y in range(image.height()) for x in range(image.width())
    ]
    assert DIMENSION_COLOR in row
    assert NO_LEVEL_COLOR in row

    for benchmark in ws.catalog().benchmarks():
        ws.assess(benchmark.code, status="met")
    window.session.set_status(next(first.benchmarks()).code, Status.NOT_MET)
    window.session.set_status(next(first.benchmarks()).code, Status.MET)
    assert ws.score().level is Level.GOLD
    assert dashboard.chart.bars()[0][2] == LEVEL_COLORS[Level.GOLD]
    assert "สีของระดับที่คาดว่าจะได้" in dashboard.legend.text()


def test_legend_in_english(qtbot, window: MainWindow) -> None:
    window.set_language("en")
    assert "Dashed lines: the overall score each level needs." in window.dashboard.legend.text()
    assert window.dashboard.chart.bars()[0][0] == "Overall"
