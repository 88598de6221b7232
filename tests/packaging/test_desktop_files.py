"""Linux desktop integration files: valid, consistent with each other and with the version."""

from __future__ import annotations

import configparser
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from sealdesk import __version__
from sealdesk.resources import icon_path

LINUX = Path(__file__).resolve().parents[2] / "packaging" / "linux"
APP_ID = "th.go.bangkok.SealDesk"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"


def test_desktop_entry_has_thai_and_english() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # keys are case-sensitive
    entry.read(DESKTOP, encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Exec"] == "sealdesk"
    assert section["Icon"] == APP_ID
    assert section["Name[th]"] == "SealDesk"  # the brand stays in Latin letters
    for key in ("Comment[th]", "GenericName[th]", "Keywords[th]"):
        assert any("\u0e00" <= ch <= "\u0e7f" for ch in section[key]), key


def test_metainfo_matches_desktop_entry_and_version() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    assert root.find("launchable").text == DESKTOP.name
    versions = [r.get("version") for r in root.iter("release")]
    assert __version__ in versions, "add a <release> for the new version"


def test_icon_is_svg() -> None:
    root = ET.parse(icon_path()).getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="appstreamcli not installed")
def test_appstreamcli_validates_metainfo() -> None:
    result = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(METAINFO)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.skipif(
    shutil.which("desktop-file-validate") is None, reason="desktop-file-utils not installed"
)
def test_desktop_file_validate() -> None:
    result = subprocess.run(["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr
