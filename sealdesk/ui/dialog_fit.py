"""Sizing a dialog from the screen it opens on, never larger than the available area (the
cheap laptops of district offices have 1366x768 and 1024x600 screens)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


def fit_to_screen(dialog: QWidget, width: int, height: int) -> None:
    """Sizes ``dialog`` to (width, height), never larger than the available screen area."""
    screen = dialog.screen() or (dialog.parentWidget().screen() if dialog.parentWidget() else None)
    if screen is not None:
        area = screen.availableGeometry()
        width = min(width, int(area.width() * 0.95))
        height = min(height, int(area.height() * 0.9))
    dialog.resize(width, height)
