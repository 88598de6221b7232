"""Translation of printed documents, whose language is chosen per print.

The app's installed QTranslator follows the UI language; a document may be printed in the
other language, so printing asks a QTranslator of its own, loaded once from the same compiled
catalog (translations/sealdesk_th.qm). English is the source language and needs none.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QTranslator

from sealdesk.translation import load_translator, qm_path


@cache
def _translator(lang: str) -> QTranslator:
    translator = load_translator(lang)
    if translator is None:
        raise RuntimeError(f"{qm_path(lang)} is missing: run 'make translations'")
    return translator


def translate(lang: str, context: str, text: str) -> str:
    """``text`` (English source) in ``lang``; the source itself when lang is "en"."""
    if lang == "en":
        return text
    return _translator(lang).translate(context, text) or text
