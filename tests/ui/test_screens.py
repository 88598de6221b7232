"""Every window and dialog fits the screens of a district office (issue 12): cheap laptops at
1366x768 and 1024x600, at Windows display scaling of 100, 125 and 150 %.

How the screen is simulated: each case runs tests/ui/screen_probe.py in a subprocess on Qt's
offscreen platform configured with a screen of that pixel size (``offscreen:configfile``), with
QT_SCALE_FACTOR for the scaling, so Qt itself reports the logical available area (911x512 for
1366x768 at 150 %). There is no window manager: the probe counts fit_to_screen's allowance for
a frame and title bar. The probe opens the first-run dialog, the main window and each dialog
and reports whether each lies within the area and whether any dialog button is out of view.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QSize

from sealdesk.ui.widgets import fit_to_screen, fits_screen

ROOT = Path(__file__).resolve().parents[2]
PROBE = ROOT / "tests" / "ui" / "screen_probe.py"

CASES = [
    (1366, 768, "1"),
    (1366, 768, "1.25"),
    (1366, 768, "1.5"),
    (1024, 600, "1"),
    (1024, 600, "1.25"),
    (1024, 600, "1.5"),
]
"""1024x600 at 150 % (683x400 logical pixels) is harsher than Windows allows on such a screen;
it is checked all the same."""


def probe(tmp_path: Path, width: int, height: int, scale: str, lang: str = "th") -> dict:
    config = tmp_path / "screen.json"
    screen = {"name": "s", "x": 0, "y": 0, "width": width, "height": height}
    screen |= {"logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}
    config.write_text(json.dumps({"screens": [screen]}))
    env = dict(os.environ)
    env |= {
        "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
        "QT_SCALE_FACTOR": scale,
        "PYTHONPATH": str(ROOT),
    }
    done = subprocess.run(
        [sys.executable, str(PROBE), str(width), str(height), lang, str(tmp_path)],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize(("width", "height", "scale"), CASES)
def test_every_window_fits_the_screen(tmp_path: Path, width: int, height: int, scale: str):
    result = probe(tmp_path, width, height, scale)
    area = result["area"]
    assert area == [round(width / float(scale)), round(height / float(scale))] or area == [
        int(width / float(scale)),
        int(height / float(scale)),
    ]
    names = {w["name"] for w in result["windows"]}
    assert {"first-run", "main-window", "print-preview", "export", "about"} <= names
    for window in result["windows"]:
        assert window["fits"], window
        assert not window["hidden_buttons"], window
        # The layout can really be shown at that size (nothing squeezed under its minimum).
        assert window["min"][0] <= area[0] and window["min"][1] <= area[1], window
    by_name = {w["name"]: w for w in result["windows"]}
    # 1280x800 does not fit any of these screens: the main window opens maximized.
    assert by_name["main-window"]["maximized"]
    assert by_name["first-run"]["buttons"] == 2  # Start and Cancel, both in view


def test_english_first_run_and_dialogs_fit_the_smallest_screen(tmp_path: Path):
    result = probe(tmp_path, 1024, 600, "1", lang="en")
    assert all(w["fits"] and not w["hidden_buttons"] for w in result["windows"]), result


def test_saved_geometry_is_restored_only_if_it_fits(window, qtbot, ws, languages):
    from sealdesk.ui.main import build_main_window

    area = window.screen().availableGeometry()
    window.showNormal()
    window.setGeometry(area.x() + 10, area.y() + 40, 800, 500)
    window.save_layout()
    window.close()
    again = build_main_window(ws, languages)
    qtbot.addWidget(again)
    # (the offscreen platform draws a 1-pixel frame, hence the slack)
    assert abs(again.width() - 800) <= 4 and abs(again.height() - 500) <= 4
    assert not again.isMaximized()
    # A geometry saved on a bigger screen does not come back.
    big = build_main_window(ws, languages)
    qtbot.addWidget(big)
    big.setGeometry(0, 0, area.width() + 900, area.height() + 700)
    big.save_layout()
    QSettings().sync()
    third = build_main_window(ws, languages)
    qtbot.addWidget(third)
    assert fits_screen(third, third.geometry()) or third.isMaximized() or bool(third.windowState())
    assert third.width() <= area.width() and third.height() <= area.height()


def test_fit_to_screen_bounds_a_dialog_and_keeps_it_on_screen(qtbot):
    from PySide6.QtWidgets import QDialog

    dialog = QDialog()
    qtbot.addWidget(dialog)
    area = dialog.screen().availableGeometry()
    fit_to_screen(dialog, QSize(area.width() * 2, area.height() * 2))
    assert dialog.width() < area.width() and dialog.height() < area.height()
    assert area.contains(dialog.geometry())


# ---------------------------------------------------------------------- Thai titles


def catalog_titles(window) -> list[str]:
    catalog = window.session.catalog
    titles = [b.title.th for b in catalog.benchmarks()]
    titles += [d.title.th for d in catalog.dimensions]
    return titles


def cut_at(text: str, shown: str) -> int:
    """Where ``shown`` (elided or not) leaves ``text``."""
    from sealdesk.ui.thaiwrap import ELLIPSIS

    kept = shown.removesuffix(ELLIPSIS)
    assert text.startswith(kept), (text, shown)
    return len(kept)


def test_elided_thai_never_ends_inside_a_cluster(window) -> None:
    from PySide6.QtGui import QFontMetrics

    from sealdesk.ui.thaiwrap import ELLIPSIS, cluster_boundary, elide

    metrics = QFontMetrics(window.font())
    checked = 0
    for title in catalog_titles(window):
        for width in range(30, 400, 17):
            shown = elide(title, metrics, width)
            assert metrics.horizontalAdvance(shown) <= width or shown == ELLIPSIS
            if shown.endswith(ELLIPSIS):
                cut = cut_at(title, shown)
                assert cluster_boundary(title, cut), (title, shown)
                checked += 1
    assert checked > 100


def test_tree_titles_wrap_on_two_lines_at_word_boundaries(qtbot, window) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QFontMetrics

    from sealdesk.ui.models import ChecklistModel
    from sealdesk.ui.thaiwrap import ELLIPSIS, cluster_boundary, word_boundaries

    window.showNormal()
    window.resize(1024, 600)
    window.splitter.setSizes([380, 644])
    qtbot.wait(50)
    tree = window.tree
    delegate = window.checklist.title_delegate
    font = tree.font()
    width = tree.columnWidth(ChecklistModel.TITLE) - 8
    assert width > 60
    wrapped = 0
    for title in catalog_titles(window):
        rows = delegate.title_lines(title, font, width)
        assert 1 <= len(rows) <= 2
        shown = "".join(rows)
        if len(rows) == 2:
            wrapped += 1
            # The first line ends between two words.
            assert len(rows[0]) in word_boundaries(title) or title[len(rows[0])] == " ", rows
        if shown.endswith(ELLIPSIS):
            rest = title[len(rows[0]) :].lstrip() if len(rows) == 2 else title
            assert cluster_boundary(rest, cut_at(rest, rows[-1])), rows
        for row in rows:
            assert QFontMetrics(font).horizontalAdvance(row) <= width
    assert wrapped >= 5
    # Rows are two lines high, and the tooltip holds the whole title.
    benchmark = window.session.catalog.benchmarks()[0]
    index = window.proxy.mapFromSource(window.model.index_of(benchmark.code, ChecklistModel.TITLE))
    assert tree.visualRect(index).height() >= 2 * QFontMetrics(font).lineSpacing()
    assert index.data(Qt.ItemDataRole.ToolTipRole) == benchmark.title.th
    assert not tree.grab().isNull()


def test_combo_boxes_elide_between_clusters(qtbot, window) -> None:
    from sealdesk.ui.thaiwrap import ELLIPSIS, cluster_boundary

    combo = window.show_filter
    combo.setCurrentIndex(combo.count() - 1)  # "Mandatory for Gold", in Thai
    combo.setFixedWidth(90)
    shown = combo.shown_text()
    assert shown.endswith(ELLIPSIS)
    assert cluster_boundary(combo.currentText(), cut_at(combo.currentText(), shown))
    assert combo.toolTip() == combo.currentText()


def test_a_narrow_benchmark_page_wraps_instead_of_scrolling_sideways(qtbot, window) -> None:
    from PySide6.QtWidgets import QBoxLayout

    page = window.page
    window.showNormal()
    window.resize(900, 560)
    window.splitter.setSizes([420, 480])
    qtbot.waitUntil(lambda: page.viewport().width() < 480, timeout=2000)
    body = page.widget()
    qtbot.waitUntil(lambda: body.width() <= page.viewport().width(), timeout=2000)
    assert page.evidence_buttons.direction() == QBoxLayout.Direction.TopToBottom
    for button in (page.add_files_button, page.link_button, page.unlink_button):
        assert button.mapTo(body, button.rect().topRight()).x() <= page.viewport().width()
    window.splitter.setSizes([300, 1000])
    window.resize(1300, 700)
    qtbot.waitUntil(
        lambda: page.evidence_buttons.direction() == QBoxLayout.Direction.LeftToRight,
        timeout=2000,
    )
