"""Languages at run time: Qt translators for SealDesk's strings and Qt's own buttons.

Thai is the default (English when the system locale is not Thai). Switching installs another
QTranslator; Qt then sends a LanguageChange event to every widget, and each of our widgets
re-applies its texts in ``retranslate()``. Catalog texts (data, not code) follow ``current()``.

Qt's own dialogs: Qt's ``qtbase_<lang>.qm`` is loaded where Qt ships it, but PySide6 ships no
``qtbase_th.qm``, so the strings Qt's file dialog, message boxes and button boxes show are
listed below (``QT_DIALOG_TEXTS``, in Qt's own contexts) and translated in our .ts files. In the
Thai UI the file dialog is Qt's own (``AA_DontUseNativeDialogs``), which those strings make
Thai; in English the platform's dialog is used (on Windows it follows the language of Windows).
"""

from __future__ import annotations

import logging
from datetime import date

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLibraryInfo,
    QLocale,
    QObject,
    Qt,
    QTranslator,
    Signal,
)

from sealdesk.domain.thaidate import format_date
from sealdesk.errors import QT_TRANSLATE_NOOP
from sealdesk.translation import load_translator, qm_path

log = logging.getLogger(__name__)

LANGUAGES = ("th", "en")

# Qt's standard buttons (QDialogButtonBox, QMessageBox) ask for these in context "QPlatformTheme".
# The PySide6 wheels carry no qtbase_th.qm, so we translate them in our own .ts files.
QT_BUTTON_TEXTS = (
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save All"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Open"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Yes to &All"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&No"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "N&o to All"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Abort"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Retry"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Ignore"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Discard"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Don't Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close without Saving"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Help"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Apply"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Reset"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Restore Defaults"),
    # The context menu of every line and text editor.
    QT_TRANSLATE_NOOP("QLineEdit", "&Undo"),
    QT_TRANSLATE_NOOP("QLineEdit", "&Redo"),
    QT_TRANSLATE_NOOP("QLineEdit", "Cu&t"),
    QT_TRANSLATE_NOOP("QLineEdit", "&Copy"),
    QT_TRANSLATE_NOOP("QLineEdit", "&Paste"),
    QT_TRANSLATE_NOOP("QLineEdit", "Delete"),
    QT_TRANSLATE_NOOP("QLineEdit", "Select All"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "&Undo"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "&Redo"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "Cu&t"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "&Copy"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "&Paste"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "Delete"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "Select All"),
)

# Everything Qt's widget file dialog shows (recorded from Qt 6.11 with a recording translator;
# checked against the sources of qtbase_de.qm), in the contexts Qt looks them up in.
QT_DIALOG_TEXTS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Choose"),
    QT_TRANSLATE_NOOP("QFileDialog", "&Delete"),
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "&New Folder"),
    QT_TRANSLATE_NOOP("QFileDialog", "&Open"),
    QT_TRANSLATE_NOOP("QFileDialog", "&Rename"),
    QT_TRANSLATE_NOOP("QFileDialog", "&Save"),
    QT_TRANSLATE_NOOP("QFileDialog", "All Files (*)"),
    QT_TRANSLATE_NOOP("QFileDialog", "All files (*)"),
    QT_TRANSLATE_NOOP("QFileDialog", "Back"),
    QT_TRANSLATE_NOOP("QFileDialog", "Change to detail view mode"),
    QT_TRANSLATE_NOOP("QFileDialog", "Change to list view mode"),
    QT_TRANSLATE_NOOP("QFileDialog", "Create New Folder"),
    QT_TRANSLATE_NOOP("QFileDialog", "Create a New Folder"),
    QT_TRANSLATE_NOOP("QFileDialog", "Delete"),
    QT_TRANSLATE_NOOP("QFileDialog", "Detail View"),
    QT_TRANSLATE_NOOP("QFileDialog", "Directories"),
    QT_TRANSLATE_NOOP("QFileDialog", "Directory:"),
    QT_TRANSLATE_NOOP("QFileDialog", "File &name:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Find Directory"),
    QT_TRANSLATE_NOOP("QFileDialog", "Forward"),
    QT_TRANSLATE_NOOP("QFileDialog", "Go back"),
    QT_TRANSLATE_NOOP("QFileDialog", "Go forward"),
    QT_TRANSLATE_NOOP("QFileDialog", "Go to the parent directory"),
    QT_TRANSLATE_NOOP("QFileDialog", "List View"),
    QT_TRANSLATE_NOOP("QFileDialog", "List of places and bookmarks"),
    QT_TRANSLATE_NOOP("QFileDialog", "New Folder"),
    QT_TRANSLATE_NOOP("QFileDialog", "Open"),
    QT_TRANSLATE_NOOP("QFileDialog", "Parent Directory"),
    QT_TRANSLATE_NOOP("QFileDialog", "Recent Places"),
    QT_TRANSLATE_NOOP("QFileDialog", "Remove"),
    QT_TRANSLATE_NOOP("QFileDialog", "Save As"),
    QT_TRANSLATE_NOOP("QFileDialog", "Show &hidden files"),
    QT_TRANSLATE_NOOP("QFileDialog", "Sidebar"),
    QT_TRANSLATE_NOOP("QFileDialog", "%1 already exists.\nDo you want to replace it?"),
    QT_TRANSLATE_NOOP(
        "QFileDialog", "%1\nFile not found.\nPlease verify the correct file name was given."
    ),
    QT_TRANSLATE_NOOP(
        "QFileDialog",
        "%1\nDirectory not found.\nPlease verify the correct directory name was given.",
    ),
    QT_TRANSLATE_NOOP("QFileDialog", "Are you sure you want to delete '%1'?"),
    QT_TRANSLATE_NOOP("QFileDialog", "'%1' is write protected.\nDo you want to delete it anyway?"),
    QT_TRANSLATE_NOOP("QFileDialog", "Could not delete directory."),
    QT_TRANSLATE_NOOP("QFileSystemModel", "Name"),
    QT_TRANSLATE_NOOP("QFileSystemModel", "Size"),
    QT_TRANSLATE_NOOP("QFileSystemModel", "Type"),
    QT_TRANSLATE_NOOP("QFileSystemModel", "Kind"),
    QT_TRANSLATE_NOOP("QFileSystemModel", "Date Modified"),
    QT_TRANSLATE_NOOP("QFileSystemModel", "Computer"),
    QT_TRANSLATE_NOOP("QFileSystemModel", "My Computer"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Drive"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "File"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "%1 File"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "File Folder"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Folder"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Shortcut"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Unknown"),
    QT_TRANSLATE_NOOP("QDialogButtonBox", "OK"),
    QT_TRANSLATE_NOOP("QMessageBox", "Show Details..."),
    QT_TRANSLATE_NOOP("QMessageBox", "Hide Details..."),
)

_current = "th"


def current() -> str:
    """The language of the user interface now: "th" or "en"."""
    return _current


def short_date(value: date) -> str:
    """A date as the clerk reads it in the UI language: "26 พ.ย. 2569" (Buddhist Era) in Thai,
    "26 Nov 2026" in English."""
    return format_date(value, _current)


def system_default() -> str:
    return "th" if QLocale.system().language() == QLocale.Language.Thai else "en"


def load_qt_translator(lang: str, parent: QObject | None = None) -> QTranslator | None:
    """Qt's own ``qtbase_<lang>.qm`` from Qt's translations folder, or None (none for Thai)."""
    translator = QTranslator(parent)
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if lang != "en" and translator.load(f"qtbase_{lang}", folder):
        return translator
    translator.deleteLater()
    return None


class Languages(QObject):
    """Owns the installed translators; emits ``changed(lang)`` after a switch."""

    changed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._translator: QTranslator | None = None
        self._qt_translator: QTranslator | None = None

    def current(self) -> str:
        return _current

    def set_language(self, lang: str) -> None:
        global _current
        if lang not in LANGUAGES:
            lang = "en"
        app = QCoreApplication.instance()
        self._remove_translators()
        # Qt's own catalog first, where Qt ships one: ours (installed after) is searched first.
        self._qt_translator = load_qt_translator(lang, app)
        if self._qt_translator is not None:
            QCoreApplication.installTranslator(self._qt_translator)
        # Qt's widget file dialog in Thai (translated by us); the platform's in English.
        QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs, lang == "th")
        translator = load_translator(lang, app)
        if translator is not None:
            QCoreApplication.installTranslator(translator)
            self._translator = translator
        elif lang != "en":
            log.warning("translation %s is missing; run 'make translations'", qm_path(lang))
        _current = lang
        QLocale.setDefault(
            QLocale(QLocale.Language.Thai if lang == "th" else QLocale.Language.English)
        )
        # Deliver the LanguageChange events now, so every widget is re-translated at once.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        self.changed.emit(lang)

    def uninstall(self) -> None:
        """Takes this object's translators out of the application again, so that
        ``QCoreApplication.translate`` answers with the English source texts: for whoever
        shares the process after the window is gone (the CLI's messages in tests and scripts
        are English unless the CLI installs its own Thai catalog)."""
        self._remove_translators()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)

    def _remove_translators(self) -> None:
        for old in (self._translator, self._qt_translator):
            if old is not None:
                QCoreApplication.removeTranslator(old)
                old.deleteLater()
        self._translator = self._qt_translator = None
