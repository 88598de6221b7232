"""Loading the compiled translation catalogs (translations/sealdesk_<lang>.qm) into QtCore.

One loader for the desktop app, the command line and printing. The catalog is read into memory
and handed to QTranslator as bytes: loaded by file name, QTranslator memory-maps the file, and
rebuilding the .qm while the app runs (make translations) would then crash it.
"""

from __future__ import annotations

from functools import cache
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


@cache
def _document_translator(lang: str) -> QTranslator:
    translator = load_translator(lang)
    if translator is None:
        raise RuntimeError(f"{qm_path(lang)} is missing: run 'make translations'")
    return translator


def translate_to(lang: str, context: str, text: str, n: int | None = None) -> str:
    """``text`` (English source) in ``lang``, whatever the app's own language is: a printed
    document's language is chosen per print. The source itself when lang is "en".

    With ``n``, ``text`` is a plural message (``%n`` in it, ``numerus="yes"`` in the .ts):
    the form for ``n`` is picked, in English too, and returned with ``%n`` still in it (the
    caller puts in the number in the document's digits)."""
    if n is not None:
        return _document_translator(lang).translate(context, text, None, n) or text
    if lang == "en":
        return text
    return _document_translator(lang).translate(context, text) or text
