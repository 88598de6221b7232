"""Window sizes that fit small screens (a 1024x600 netbook at a district office)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QWidget


def fit_to_screen(widget: QWidget, width: int, height: int) -> None:
    """Resizes to width x height, or to the screen's free area when that is smaller."""
    screen = widget.screen() or QApplication.primaryScreen()
    if screen is None:
        widget.resize(width, height)
        return
    free = screen.availableGeometry()
    widget.resize(min(width, free.width()), min(height, free.height() - 30))
