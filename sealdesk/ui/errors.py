"""Errors at the edge: one translated sentence in a dialog, never a traceback.

``show_error`` turns a SealDeskError into its message in the user's language. Anything else
that escapes (a bug) goes through ``install_excepthook``: the traceback is appended to
<workspace>/logs/sealdesk.log and the user sees a polite note saying where it was written.
"""

from __future__ import annotations

import logging
import sys
import traceback
from datetime import datetime
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from sealdesk.errors import SealDeskError

log = logging.getLogger("sealdesk")

_open_boxes: list[QMessageBox] = []


def message_of(error: BaseException) -> str:
    if isinstance(error, SealDeskError):
        return error.render(QCoreApplication.translate)
    return QCoreApplication.translate(
        "Errors", "Something unexpected went wrong. Your saved work is safe; try again."
    )


def _show(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str) -> QMessageBox:
    from sealdesk.ui.thaiwrap import wrap

    box = QMessageBox(icon, title, wrap(text), QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("errorBox")
    _open_boxes.append(box)
    box.finished.connect(lambda _r: _open_boxes.remove(box) if box in _open_boxes else None)
    # A box still open when its window goes is deleted with it: forget it then too.
    box.destroyed.connect(lambda *_: _open_boxes.remove(box) if box in _open_boxes else None)
    box.open()  # window-modal but does not block the event loop
    return box


def show_error(parent: QWidget | None, error: BaseException) -> QMessageBox:
    """Shows ``error`` as one sentence in the user's language."""
    return _show(
        parent,
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("Errors", "SealDesk"),
        message_of(error),
    )


def show_info(parent: QWidget | None, text: str) -> QMessageBox:
    """Shows an informative message (window-modal, not blocking the event loop)."""
    return _show(
        parent, QMessageBox.Icon.Information, QCoreApplication.translate("Errors", "SealDesk"), text
    )


def open_error_boxes() -> list[QMessageBox]:
    return list(_open_boxes)


def setup_logging(log_dir: Path) -> Path:
    """Sends the ``sealdesk`` logger to <workspace>/logs/sealdesk.log; returns its path."""
    log_dir.mkdir(parents=True, exist_ok=True)
    path = log_dir / "sealdesk.log"
    for handler in list(log.handlers):
        if isinstance(handler, logging.FileHandler):
            log.removeHandler(handler)
            handler.close()
    handler = logging.FileHandler(path, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    return path


class ExceptHook:
    """sys.excepthook: logs unexpected exceptions and tells the user politely."""

    def __init__(self, log_file: Path, parent: QWidget | None = None) -> None:
        self.log_file = log_file
        self.parent = parent
        self.previous = sys.excepthook

    def __call__(
        self, kind: type[BaseException], error: BaseException, tb: TracebackType | None
    ) -> None:
        if isinstance(error, SealDeskError):
            show_error(self.parent, error)
            return
        text = "".join(traceback.format_exception(kind, error, tb))
        try:
            with open(self.log_file, "a", encoding="utf-8") as out:
                out.write(f"--- {datetime.now().isoformat(timespec='seconds')}\n{text}\n")
        except OSError:
            pass
        log.error("unexpected error: %s", error)
        sys.stderr.write(text)
        _show(
            self.parent,
            QMessageBox.Icon.Critical,
            QCoreApplication.translate("Errors", "SealDesk"),
            QCoreApplication.translate(
                "Errors",
                "Something unexpected went wrong. Your saved work is safe. The details were "
                "written to {path}; please send that file to your IT support.",
            ).format(path=str(self.log_file)),
        )


def install_excepthook(log_file: Path, parent: QWidget | None = None) -> ExceptHook:
    hook = ExceptHook(log_file, parent)
    sys.excepthook = hook
    return hook
