"""The translations: complete, placeholders kept, and in step with the sources."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TS = {lang: ROOT / "translations" / f"sealdesk_{lang}.ts" for lang in ("th", "en")}
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%n|%L?\d+")


def messages(path: Path) -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(path).getroot()
    return [
        (context.findtext("name") or "", message.findtext("source") or "", message)
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def translations_of(message: ET.Element) -> list[str]:
    element = message.find("translation")
    if element is None:
        return []
    forms = [form.text or "" for form in element.iter("numerusform")]
    return forms if message.get("numerus") == "yes" else [element.text or ""]


@pytest.mark.parametrize("lang", ["th", "en"])
def test_every_message_is_translated_and_finished(lang: str) -> None:
    problems = []
    for context, source, message in messages(TS[lang]):
        element = message.find("translation")
        forms = translations_of(message)
        if element is None or element.get("type") in ("unfinished", "vanished", "obsolete"):
            problems.append((context, source, "unfinished"))
        elif not forms or any(not form.strip() for form in forms):
            problems.append((context, source, "empty"))
    assert problems == []


@pytest.mark.parametrize("lang", ["th", "en"])
def test_translations_keep_every_placeholder(lang: str) -> None:
    problems = []
    for context, source, message in messages(TS[lang]):
        expected = sorted(PLACEHOLDER.findall(source))
        for form in translations_of(message):
            found = sorted(PLACEHOLDER.findall(form))
            if message.get("numerus") == "yes" and "%n" not in form:
                problems.append((context, source, form))
            elif found != expected:
                problems.append((context, source, form))
    assert problems == []


def test_thai_translations_are_thai() -> None:
    """No English left in the Thai UI (names, codes and technical words excepted)."""
    allowed = {"SealDesk", "Qt {qt}, Python {python}, {os}"}
    english = []
    for context, source, message in messages(TS["th"]):
        for form in translations_of(message):
            letters = re.sub(r"\{[^{}]*\}|%n|&\w|\([^)]*\)|\*\.\w+|--\w+|'[^']*'", "", form)
            if form in allowed or (context == "Errors" and source == "SealDesk"):
                continue
            if not re.search(r"[\u0e00-\u0e7f]", letters) and re.search(r"[A-Za-z]{3}", letters):
                english.append((context, source, form))
    assert english == []


def test_lupdate_finds_no_string_missing_from_the_ts_files(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    subprocess.run(
        [sys.executable, str(ROOT / "translations" / "lupdate.py"), str(fresh)], check=True
    )
    extracted = {(c, s) for c, s, _ in messages(fresh)}
    for lang, path in TS.items():
        known = {(c, s) for c, s, _ in messages(path)}
        missing = sorted(extracted - known)
        assert missing == [], f"run translations/lupdate.py and translate ({lang}): {missing}"
        stale = sorted(known - extracted)
        assert stale == [], f"strings no longer in the sources ({lang}): {stale}"


def test_the_qm_files_load(qapp) -> None:
    from PySide6.QtCore import QTranslator

    for lang in ("th", "en"):
        translator = QTranslator()
        assert translator.load(str(TS[lang].with_suffix(".qm"))), lang
    th = QTranslator()
    th.load(str(TS["th"].with_suffix(".qm")))
    assert th.translate("Status", "Not applicable") == "ไม่เกี่ยวข้อง"
    assert th.translate("Evidence", "Added %n documents.", "", 3) == "เพิ่มเอกสาร %n รายการแล้ว"
