"""Loading the compiled translation catalogs (translations/sealdesk_<lang>.qm) into QtCore.

One loader for the desktop app, the command line and printing. The catalog is read into memory
and handed to QTranslator as bytes: loaded by file name, QTranslator memory-maps the file, and
rebuilding the .qm while the app runs (make translations) would then crash it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QTranslator

from sealdesk.resources import translations_dir


def qm_path(lang: str) -> Path:
    return translations_dir() / f"sealdesk_{lang}.qm"


def load_translator(lang: str, parent: QObject | None = None) -> QTranslator | None:
    """A translator for ``lang``, or None when its catalog is missing or unreadable."""
    try:
        data = qm_path(lang).read_bytes()
    except OSError:
        return None
    translator = QTranslator(parent)
    if not data or not translator.load(data):
        return None
    translator.qm_data = data  # the bytes must outlive the translator
    return translator
