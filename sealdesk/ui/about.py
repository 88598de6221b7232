"""Help > About: the version, and the licences of the fonts and libraries SealDesk ships.

``show_about(parent)`` opens the dialog (modal). The licence texts themselves travel with the
packaged app in ``licenses/`` next to ``resources/`` (see packaging/sealdesk.spec); the font
licence (OFL) is shown in full here because it asks to be shipped with the fonts.
"""

from __future__ import annotations

import html
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSysInfo, Qt, qVersion
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from sealdesk import __version__
from sealdesk.errors import QT_TRANSLATE_NOOP
from sealdesk.resources import fonts_dir, icon_path, resources_dir

TABLE_HEADERS = (
    QT_TRANSLATE_NOOP("AboutDialog", "Component"),
    QT_TRANSLATE_NOOP("AboutDialog", "Used for"),
    QT_TRANSLATE_NOOP("AboutDialog", "Licence"),
    QT_TRANSLATE_NOOP("AboutDialog", "Source code"),
)
# (component, what it does for SealDesk, licence, where its source is)
COMPONENTS: tuple[tuple[str, str, str, str], ...] = (
    (
        "Qt 6 / PySide6",
        QT_TRANSLATE_NOOP("AboutDialog", "Windows, printing and PDF preview"),
        "LGPL-3.0",
        "https://download.qt.io/official_releases/QtForPython/",
    ),
    (
        "Python",
        QT_TRANSLATE_NOOP("AboutDialog", "Programming language"),
        "PSF-2.0",
        "https://www.python.org/",
    ),
    (
        "SQLAlchemy, Alembic",
        QT_TRANSLATE_NOOP("AboutDialog", "Workspace database"),
        "MIT",
        "https://www.sqlalchemy.org/",
    ),
    (
        "ReportLab, rl_accel",
        QT_TRANSLATE_NOOP("AboutDialog", "PDF documents"),
        "BSD-3-Clause",
        "https://www.reportlab.com/",
    ),
    (
        "HarfBuzz / uharfbuzz",
        QT_TRANSLATE_NOOP("AboutDialog", "Thai text shaping in PDFs"),
        "MIT / Apache-2.0",
        "https://github.com/harfbuzz/uharfbuzz",
    ),
    (
        "PyThaiNLP",
        QT_TRANSLATE_NOOP("AboutDialog", "Thai word segmentation (word list: CC0-1.0)"),
        "Apache-2.0",
        "https://github.com/PyThaiNLP/pythainlp",
    ),
    (
        "cryptography",
        QT_TRANSLATE_NOOP("AboutDialog", "Signing the submission bundle"),
        "Apache-2.0 OR BSD-3-Clause",
        "https://cryptography.io/",
    ),
    (
        "watchdog",
        QT_TRANSLATE_NOOP("AboutDialog", "The scanner folder"),
        "Apache-2.0",
        "https://github.com/gorakhargosh/watchdog",
    ),
    (
        "filelock",
        QT_TRANSLATE_NOOP("AboutDialog", "The scanner folder"),
        "MIT",
        "https://github.com/tox-dev/filelock",
    ),
    (
        "qrcode",
        QT_TRANSLATE_NOOP("AboutDialog", "QR codes on printed sheets"),
        "BSD-3-Clause",
        "https://github.com/lincolnloop/python-qrcode",
    ),
    (
        "Pillow",
        QT_TRANSLATE_NOOP("AboutDialog", "Images in PDFs"),
        "MIT-CMU",
        "https://python-pillow.org/",
    ),
    (
        "platformdirs",
        QT_TRANSLATE_NOOP("AboutDialog", "Finding the user's data folder"),
        "MIT",
        "https://github.com/tox-dev/platformdirs",
    ),
    (
        "psutil",
        QT_TRANSLATE_NOOP("AboutDialog", "Telling network drives from local disks"),
        "BSD-3-Clause",
        "https://github.com/giampaolo/psutil",
    ),
    (
        "openpyxl, et-xmlfile",
        QT_TRANSLATE_NOOP("AboutDialog", "Spreadsheets of the city table"),
        "MIT",
        "https://openpyxl.readthedocs.io/",
    ),
    (
        "pyrage (age)",
        QT_TRANSLATE_NOOP("AboutDialog", "Encrypting personal data and backups (age format)"),
        "MIT",
        "https://github.com/woodruffw/pyrage",
    ),
    (
        "defusedxml",
        QT_TRANSLATE_NOOP("AboutDialog", "Safe reading of spreadsheet XML"),
        "PSF-2.0",
        "https://github.com/tiran/defusedxml",
    ),
    (
        "Mako, MarkupSafe",
        QT_TRANSLATE_NOOP("AboutDialog", "Used by Alembic"),
        "MIT / BSD-3-Clause",
        "https://www.makotemplates.org/",
    ),
    (
        "ICU",
        QT_TRANSLATE_NOOP("AboutDialog", "Unicode support inside Qt"),
        "Unicode-3.0",
        "https://icu.unicode.org/",
    ),
)


def licenses_dir() -> Path:
    """Where the packaged app keeps the licence texts (absent when running from source)."""
    return resources_dir().parent / "licenses"


def _about_html() -> str:
    title = QCoreApplication.translate("AboutDialog", "SealDesk {version}").format(
        version=__version__
    )
    lines = [
        f"<h2>{html.escape(title)}</h2>",
        "<p>"
        + html.escape(
            QCoreApplication.translate(
                "AboutDialog",
                "Prepares a district office's self-assessment for the "
                "Gender Equality Seal, offline.",
            )
        )
        + "</p>",
        "<p>"
        + html.escape(
            QCoreApplication.translate("AboutDialog", "Qt {qt}, Python {python}, {os}").format(
                qt=qVersion(),
                python=sys.version.split()[0],
                os=QSysInfo.prettyProductName(),
            )
        )
        + "</p>",
    ]
    return "\n".join(lines)


def _licences_html() -> str:
    cell = "<td>{}</td>"
    rows = "".join(
        "<tr>"
        + cell.format(html.escape(name))
        + cell.format(html.escape(QCoreApplication.translate("AboutDialog", purpose)))
        + cell.format(html.escape(licence))
        + cell.format(f"<a href='{html.escape(url)}'>{html.escape(url)}</a>")
        + "</tr>"
        for name, purpose, licence, url in COMPONENTS
    )
    header = "".join(
        f"<th align='left'>{html.escape(QCoreApplication.translate('AboutDialog', h))}</th>"
        for h in TABLE_HEADERS
    )
    fonts = QCoreApplication.translate("AboutDialog", "Fonts")
    libraries = QCoreApplication.translate("AboutDialog", "Libraries")
    ofl_title = QCoreApplication.translate("AboutDialog", "SIL Open Font Licence 1.1")
    parts = [
        f"<h3>{html.escape(fonts)}</h3>",
        "<p>"
        + html.escape(
            QCoreApplication.translate(
                "AboutDialog",
                "Sarabun, by the Sarabun Project Authors, under the SIL Open Font Licence 1.1 "
                "(full text below).",
            )
        )
        + "</p>",
        "<p>"
        + html.escape(
            QCoreApplication.translate(
                "AboutDialog",
                "DejaVu Sans Mono, for fingerprints in printed documents, under the Bitstream "
                "Vera licence (full text below).",
            )
        )
        + "</p>",
        f"<h3>{html.escape(libraries)}</h3>",
        f"<table cellspacing='6'><tr>{header}</tr>{rows}</table>",
        "<p>"
        + html.escape(
            QCoreApplication.translate(
                "AboutDialog",
                "Qt and PySide6 are used under the GNU LGPL version 3: their libraries are "
                "separate files in the installation folder and may be replaced with "
                "compatible versions built from the source code above.",
            )
        )
        + "</p>",
    ]
    if licenses_dir().is_dir():
        parts.append(
            "<p>"
            + html.escape(
                QCoreApplication.translate(
                    "AboutDialog", "The full licence texts are in {folder}."
                ).format(folder=licenses_dir())
            )
            + "</p>"
        )
    ofl = fonts_dir() / "OFL.txt"
    if ofl.is_file():
        parts.append(f"<h3>{html.escape(ofl_title)}</h3>")
        parts.append(f"<pre>{html.escape(ofl.read_text('utf-8'))}</pre>")
    dejavu = fonts_dir() / "DejaVu-LICENSE.txt"
    if dejavu.is_file():
        parts.append(f"<h3>{html.escape('DejaVu Sans Mono')}</h3>")
        parts.append(f"<pre>{html.escape(dejavu.read_text('utf-8'))}</pre>")
    return "\n".join(parts)


class AboutDialog(QDialog):
    """Version and licences; built once, texts in the current language."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("AboutDialog", "About SealDesk"))
        if icon_path().is_file():
            self.setWindowIcon(QIcon(str(icon_path())))
        self.resize(720, 560)
        layout = QVBoxLayout(self)
        tabs = QTabWidget(self)
        page = QWidget(self)
        row = QHBoxLayout(page)
        if icon_path().is_file():
            logo = QLabel(page)
            logo.setPixmap(QIcon(str(icon_path())).pixmap(96, 96))
            row.addWidget(logo, 0, Qt.AlignmentFlag.AlignTop)
        about = QLabel(_about_html(), page)
        about.setWordWrap(True)
        about.setOpenExternalLinks(True)
        about.setObjectName("aboutText")
        row.addWidget(about, 1, Qt.AlignmentFlag.AlignTop)
        tabs.addTab(page, QCoreApplication.translate("AboutDialog", "About"))
        licences = QTextBrowser(self)
        licences.setObjectName("licencesText")
        licences.setOpenExternalLinks(True)
        licences.setHtml(_licences_html())
        tabs.addTab(licences, QCoreApplication.translate("AboutDialog", "Licences"))
        layout.addWidget(tabs)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


def show_about(parent: QWidget | None) -> None:
    """Shows the About dialog, modal to ``parent``."""
    dialog = AboutDialog(parent)
    dialog.exec()
    dialog.deleteLater()
