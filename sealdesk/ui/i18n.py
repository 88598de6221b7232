"""Languages at run time: Qt translators for SealDesk's strings and Qt's own buttons.

Thai is the default (English when the system locale is not Thai). Switching installs another
QTranslator; Qt then sends a LanguageChange event to every widget, and each of our widgets
re-applies its texts in ``retranslate()``. Catalog texts (data, not code) follow ``current()``.
"""

from __future__ import annotations

import logging
from datetime import date

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, QTranslator, Signal

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


class Languages(QObject):
    """Owns the installed translators; emits ``changed(lang)`` after a switch."""

    changed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._translator: QTranslator | None = None

    def current(self) -> str:
        return _current

    def set_language(self, lang: str) -> None:
        global _current
        if lang not in LANGUAGES:
            lang = "en"
        app = QCoreApplication.instance()
        if self._translator is not None:
            QCoreApplication.removeTranslator(self._translator)
            self._translator.deleteLater()
            self._translator = None
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
