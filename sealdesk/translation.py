"""The compiled translation catalogs (translations/sealdesk_<lang>.qm), for every process.

A process that translates without showing a window (the command line, printing, spreadsheets)
reads the catalog with sealdesk.qmcatalog, in pure Python: ``catalog(lang)`` and
``translate_to``. Importing PySide6.QtCore only for QTranslator would cost such a process about
0.13 s of CPU (issue 13), so nothing here imports Qt at module level.

The desktop app installs QTranslators (``load_translator``, which imports QtCore when called).
The catalog is read into memory and handed to QTranslator as bytes: loaded by file name,
QTranslator memory-maps the file, and rebuilding the .qm while the app runs (make translations)
would then crash it. ``quiet_feature_import_hook`` is called by the UI package right after it
loads QtCore.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING

from sealdesk.qmcatalog import QmCatalog, QmCatalogError
from sealdesk.resources import translations_dir

if TYPE_CHECKING:
    from PySide6.QtCore import QObject, QTranslator

__all__ = [
    "QT_USERS",
    "QmCatalog",
    "QmCatalogError",
    "catalog",
    "load_translator",
    "qm_path",
    "quiet_feature_import_hook",
    "translate_to",
]

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


def qm_path(lang: str) -> Path:
    return translations_dir() / f"sealdesk_{lang}.qm"


def load_translator(lang: str, parent: QObject | None = None) -> QTranslator | None:
    """A QTranslator for ``lang`` (the desktop app), or None when its catalog is missing or
    unreadable."""
    from PySide6.QtCore import QTranslator

    quiet_feature_import_hook()
    try:
        data = qm_path(lang).read_bytes()
    except OSError:
        return None
    translator = QTranslator(parent)
    if not data or not translator.load(data):
        return None
    translator.qm_data = data  # type: ignore[attr-defined]  # the bytes must outlive it
    return translator


@cache
def catalog(lang: str) -> QmCatalog:
    """The catalog of ``lang``, read once per process (QmCatalogError, a RuntimeError, when it
    is missing or damaged)."""
    return QmCatalog.load(qm_path(lang))


def translate_to(lang: str, context: str, text: str, n: int | None = None) -> str:
    """``text`` (English source) in ``lang``, whatever the app's own language is: a printed
    document's language is chosen per print. The source itself when lang is "en".

    With ``n``, ``text`` is a plural message (``%n`` in it, ``numerus="yes"`` in the .ts):
    the form for ``n`` is picked, in English too, and returned with ``%n`` still in it (the
    caller puts in the number in the document's digits)."""
    if n is not None:
        return catalog(lang).translate(context, text, None, n) or text
    if lang == "en":
        return text
    return catalog(lang).translate(context, text) or text
