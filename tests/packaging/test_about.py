"""Help > About: the version from its single source, and the licences of what we ship."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QTextBrowser

from sealdesk import __version__
from sealdesk.resources import icon_path
from sealdesk.ui.about import COMPONENTS, AboutDialog


def test_about_shows_version_and_licences(qtbot) -> None:
    dialog = AboutDialog(None)
    qtbot.addWidget(dialog)
    about = dialog.findChild(QLabel, "aboutText").text()
    assert "SealDesk" in about and __version__ in about  # in whichever language is installed
    licences = dialog.findChild(QTextBrowser, "licencesText").toPlainText()
    assert "SIL OPEN FONT LICENSE Version 1.1" in licences  # the OFL, in full
    assert "Copyright 2018 The Sarabun Project Authors" in licences
    for name, _purpose, licence, _url in COMPONENTS:
        assert name in licences and licence in licences
    lgpl_note = QCoreApplication.translate(
        "AboutDialog",
        "Qt and PySide6 are used under the GNU LGPL version 3: their libraries are "
        "separate files in the installation folder and may be replaced with "
        "compatible versions built from the source code above.",
    )  # in whichever language an earlier test left installed
    assert "LGPL-3.0" in licences and "GNU LGPL" in lgpl_note and lgpl_note in licences


def test_every_shipped_distribution_is_listed() -> None:
    """A new runtime dependency must show up in About (and in the spec's licence list)."""
    from importlib.metadata import requires

    listed = " ".join(name.lower() for name, *_ in COMPONENTS)
    runtime = [r.split(";")[0] for r in requires("sealdesk") or () if "extra ==" not in r]
    names = [r.split("[")[0].split("=")[0].split(">")[0].split("<")[0].strip() for r in runtime]
    aliases = {"pyside6-essentials": "pyside6", "pyside6-addons": "pyside6"}
    for name in names:
        key = aliases.get(name.lower(), name.lower())
        assert key in listed, f"{name} is a dependency but not in the About dialog"


def test_icon_exists() -> None:
    assert icon_path().is_file()
