"""Loading the compiled translation catalogs (translations/sealdesk_<lang>.qm) into QtCore.

One loader for the desktop app, the command line and printing. The catalog is read into memory
and handed to QTranslator as bytes: loaded by file name, QTranslator memory-maps the file, and
rebuilding the .qm while the app runs (make translations) would then crash it.

This module is also the first door to Qt for every process (the UI package imports it before
anything else; the command line and printing reach Qt only through it), so it quiets PySide6's
``__feature__`` import hook right after loading QtCore: see ``quiet_feature_import_hook``.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path
from types import ModuleType

from PySide6.QtCore import QObject, QTranslator

from sealdesk.resources import translations_dir

QT_USERS = ("sealdesk.ui", "sealdesk.translation", "PySide6", "shiboken6", "pytestqt")
"""The modules that use PySide6, by name prefix: the UI (the layering test keeps PySide6 out
of every other SealDesk module but this one), PySide6 itself and the Qt test plugin."""


def quiet_feature_import_hook() -> bool:
    """Stops PySide6 from reading the source of every module imported after it; True when
    the hook is quiet (or there is none to quiet).

    Once QtCore is loaded, shiboken's ``__feature__`` support (``from __feature__ import
    snake_case``) calls ``shibokensupport.feature._mod_uses_pyside`` for every newly imported
    module: ``inspect.getsource`` reads the whole source file (into linecache, where it stays)
    to look for the word "PySide6". For SQLAlchemy, ReportLab, pythainlp and our own modules
    that is a tenth of a second of start-up and several MiB kept for nothing. The answer only
    matters to a module that selects a feature, and SealDesk never does (a test checks that no
    module imports ``__feature__``), so the answer is taken from the module's name instead:
    0 ("uses PySide, no feature") for the modules in QT_USERS, -1 ("ignore") for the others,
    which is what the source scan answers for them too.
    """
    feature = sys.modules.get("shibokensupport.feature")
    if feature is None:
        return "shiboken6" not in sys.modules  # no hook at all: nothing to quiet
    scan = getattr(feature, "_mod_uses_pyside", None)
    if not callable(scan):
        return False  # another shiboken than the one this was written for: leave it alone
    if getattr(scan, "quiet", False):
        return True

    def mod_uses_pyside(module: ModuleType) -> bool:
        name = getattr(module, "__name__", None)
        return isinstance(name, str) and name.startswith(QT_USERS)

    mod_uses_pyside.quiet = True  # type: ignore[attr-defined]
    feature._mod_uses_pyside = mod_uses_pyside
    return True


quiet_feature_import_hook()


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
