"""sealdesk.qmcatalog reads Qt's .qm catalogs in pure Python for the command line and printing
(issue 13): it must answer as QTranslator does on the same file, for every message, and a
command line or print process in Thai must not load Qt at all."""

from __future__ import annotations

import os
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from sealdesk.qmcatalog import MAGIC, QmCatalog, QmCatalogError, elf_hash, numerus_form
from sealdesk.services.workspace import Workspace
from sealdesk.translation import qm_path
from tests.fresh_process import ROOT, run_fresh

LANGS = ("th", "en")


def ts_messages(lang: str) -> list[tuple[str, str, str | None, bool]]:
    """(context, source, disambiguation, plural?) of every message of the .ts file the .qm was
    built from: a list made independently of the reader under test."""
    root = ET.parse(ROOT / "translations" / f"sealdesk_{lang}.ts").getroot()
    found = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            comment = message.findtext("comment")
            found.append(
                (name, message.findtext("source") or "", comment, message.get("numerus") == "yes")
            )
    return found


@pytest.fixture(scope="module", params=LANGS)
def pair(request: pytest.FixtureRequest):  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QTranslator

    lang = request.param
    data = qm_path(lang).read_bytes()
    qt = QTranslator()
    assert qt.load(data)
    qt.qm_data = data  # QTranslator reads these bytes in place: they must outlive it
    return lang, QmCatalog(data, f"sealdesk_{lang}.qm"), qt


def test_every_message_as_qtranslator_gives_it(pair) -> None:  # type: ignore[no-untyped-def]
    lang, catalog, qt = pair
    messages = ts_messages(lang)
    assert len(messages) > 1000
    differ = []
    translated = 0
    for context, source, comment, plural in messages:
        # the disambiguation written, none, and one that is not there (Qt falls back to none)
        for asked in dict.fromkeys((comment, None, "no such disambiguation")):
            numbers = range(-1, 201) if plural else (-1, 0, 1, 2)
            for n in numbers:
                ours = catalog.translate(context, source, asked, n)
                if ours != qt.translate(context, source, asked, n):
                    differ.append((context, source[:40], asked, n, ours[:40]))
                translated += bool(ours)
    assert differ == []
    assert translated > len(messages)  # the comparison is not between two empty answers


def test_thai_is_thai_and_english_plurals_pick_their_form(pair) -> None:  # type: ignore[no-untyped-def]
    lang, catalog, _qt = pair
    stopped = catalog.translate("CLI", "Stopped; nothing half-done was kept.")
    if lang == "th":
        assert stopped == "หยุดแล้ว ไม่มีงานที่ทำค้างไว้ครึ่งทางถูกบันทึก"
        assert numerus_form(1, catalog.rules) == numerus_form(7, catalog.rules) == 0
    else:
        assert numerus_form(1, catalog.rules) == 0
        assert numerus_form(0, catalog.rules) == numerus_form(2, catalog.rules) == 1
    assert catalog.translate("CLI", "no such message in the catalog") == ""
    assert catalog.translate("No such context", "Stopped; nothing half-done was kept.") == ""


def test_unknown_words_and_contexts_as_qtranslator(pair) -> None:  # type: ignore[no-untyped-def]
    _lang, catalog, qt = pair
    for context, source in [
        ("", ""),
        ("CLI", ""),
        ("", "Cancel"),
        ("Print", "ไทย"),
        ("x" * 300, "y"),
    ]:
        assert catalog.translate(context, source) == qt.translate(context, source)


def test_elf_hash_is_qts() -> None:
    """Reference values of Qt's elfHash (qtranslator.cpp), 0 made 1."""
    assert elf_hash(b"") == 1
    assert elf_hash(b"a") == 0x61
    assert elf_hash(b"ab") == 0x672
    assert elf_hash(b"a", b"b") == elf_hash(b"ab")
    assert elf_hash(b"x" * 100) < 1 << 32


# ------------------------------------------------------------------ missing or damaged catalogs


def test_a_missing_catalog_says_so(tmp_path: Path) -> None:
    with pytest.raises(
        QmCatalogError, match=r"sealdesk_th\.qm is missing: run 'make translations'"
    ):
        QmCatalog.load(tmp_path / "sealdesk_th.qm")


@pytest.mark.parametrize(
    ("damage", "message"),
    [
        (lambda data: b"", "is not a Qt translation catalog"),
        (lambda data: b"<TS version='2.1'></TS>", "is not a Qt translation catalog"),
        (lambda data: data[: len(data) // 2], "is cut short"),
        (lambda data: data[:-3], "is cut short"),
    ],
)
def test_a_damaged_catalog_says_so(tmp_path: Path, damage, message: str) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "sealdesk_th.qm"
    path.write_bytes(damage(qm_path("th").read_bytes()))
    with pytest.raises(QmCatalogError, match=message) as raised:
        QmCatalog.load(path)
    assert str(path) in str(raised.value)


def test_a_damaged_message_is_an_error_not_a_wrong_answer() -> None:
    """A hash table pointing into the middle of a message record: no Thai is made up."""
    catalog = QmCatalog(qm_path("th").read_bytes())
    broken = bytearray(catalog.messages)
    broken[:] = b"\x06\xff\xff\xff\xf0" * (len(broken) // 5) + b"\x00" * (len(broken) % 5)
    catalog.messages = bytes(broken)
    with pytest.raises(QmCatalogError, match="is damaged"):
        catalog.translate("CLI", "Stopped; nothing half-done was kept.")


def test_a_fifo_is_refused_without_hanging(tmp_path: Path) -> None:
    if not hasattr(os, "mkfifo"):
        pytest.skip("no FIFOs on this system")
    path = tmp_path / "sealdesk_th.qm"
    os.mkfifo(path)
    with pytest.raises(QmCatalogError, match="cannot be read"):
        QmCatalog.load(path)


def test_magic_is_what_lrelease_writes() -> None:
    assert qm_path("th").read_bytes()[:16] == MAGIC


# ------------------------------------------------------- no Qt in a Thai command line or print

NO_QT = """
import sys
from sealdesk.cli import main
sys.exit(main(sys.argv[2:] + ["--workspace", sys.argv[1]]))
"""


@pytest.mark.parametrize(
    ("command", "thai"),
    [
        (["--lang", "th", "score"], "เกณฑ์บังคับที่ยังไม่ผ่าน"),  # "mandatory, not met"
        (["print", "filled", "--lang", "th", "--out", "{out}"], "หน้า)"),  # "(%n pages)"
    ],
)
def test_a_thai_command_line_does_not_load_qt(
    tmp_path: Path, command: list[str], thai: str
) -> None:
    Workspace.create(tmp_path / "ws", "1001", 2569).close()
    out = tmp_path / "filled.pdf"
    done = run_fresh(
        NO_QT,
        str(tmp_path / "ws"),
        *[arg.format(out=out) for arg in command],
        watch=("PySide6", "shiboken6"),
        home=tmp_path,
    )
    assert done.returncode == 0, done.stderr
    assert done.modules == [], done.stdout
    assert thai in done.stdout, done.stdout  # and it did speak Thai
    if out.exists():  # the printed labels are Thai too ("Self-assessment results")
        text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True)
        assert "ผลการประเมินตนเอง" in text.stdout
