"""The status bar's workspace path shortens in the middle on a small screen (at 1024 px and
150 % it showed "Workspace:" and nothing after it)."""

from __future__ import annotations

from sealdesk.ui.mainwindow import MainWindow


def test_a_long_workspace_path_is_shortened_in_the_middle(qtbot, window: MainWindow) -> None:
    label = window.workspace_label
    full = label.text()
    assert str(window.session.workspace_path) in full
    label.resize(label.fontMetrics().horizontalAdvance(full) + 10, label.height())
    assert label.shown_text() == full
    label.resize(label.fontMetrics().horizontalAdvance(full) // 2, label.height())
    shown = label.shown_text()
    assert "…" in shown and shown != full
    assert label.fontMetrics().horizontalAdvance(shown) <= label.width()
    assert shown[0] == full[0] and shown[-1] == full[-1]  # both ends kept
    assert label.toolTip() == full
