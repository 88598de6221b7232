"""Junk names, benchmark suggestions from file names, and collision-free destinations."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from sealdesk.inbox.rules import (
    is_junk,
    is_junk_name,
    is_junk_stat,
    suggest_benchmark,
    unique_destination,
)

CODES = {"1.1.1", "1.2.1", "1.2.2", "3.4.1"}


@pytest.mark.parametrize(
    "name",
    [
        "Thumbs.db",
        "thumbs.db",
        "desktop.ini",
        "Desktop.ini",
        ".DS_Store",
        "~$report.docx",
        "scan.tmp",
        "scan.TMP",
        "scan.pdf.part",
        "scan.pdf.crdownload",
        ".hidden.pdf",
        "._scan.pdf",
        "report.docx~",
        ".~lock.report.odt#",
    ],
)
def test_junk_names(name: str) -> None:
    assert is_junk_name(name)


@pytest.mark.parametrize(
    "name",
    ["scan.pdf", "1.2.1_policy.pdf", "1.2.1 นโยบาย.pdf", "IMG_0001.JPG", "a.tmp.pdf", "party.pdf"],
)
def test_real_documents_are_not_junk(name: str) -> None:
    assert not is_junk_name(name)


def test_not_a_regular_file_is_junk(tmp_path: Path) -> None:
    (tmp_path / "folder.pdf").mkdir()
    target = tmp_path / "real.pdf"
    target.write_bytes(b"x")
    link = tmp_path / "link.pdf"
    os.symlink(target, link)
    assert is_junk(tmp_path / "folder.pdf")
    assert is_junk(link)
    assert is_junk(tmp_path / "missing.pdf")
    assert not is_junk(target)


def test_windows_hidden_and_system_attributes_are_junk() -> None:
    """Windows reports the hidden/system attributes in st_file_attributes (absent elsewhere)."""
    regular = stat.S_IFREG | 0o644

    class WindowsStat:  # the OS edge: what os.lstat returns on Windows
        def __init__(self, attributes: int) -> None:
            self.st_mode = regular
            self.st_file_attributes = attributes

    assert is_junk_stat(WindowsStat(0x2))  # FILE_ATTRIBUTE_HIDDEN
    assert is_junk_stat(WindowsStat(0x4))  # FILE_ATTRIBUTE_SYSTEM
    assert not is_junk_stat(WindowsStat(0x20))  # FILE_ATTRIBUTE_ARCHIVE: an ordinary file


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("1.2.1_policy.pdf", "1.2.1"),
        ("1.2.1 นโยบาย.pdf", "1.2.1"),
        ("1.2.1-นโยบาย.pdf", "1.2.1"),
        ("1.2.1.pdf", "1.2.1"),
        ("3.4.1(2).jpg", "3.4.1"),
        ("๑.๒.๑ นโยบาย.pdf", "1.2.1"),  # Thai digits
        ("1.2.1.7_detail.pdf", "1.2.1"),  # the longest code that exists
        ("9.9.9_unknown.pdf", None),  # not in the catalog
        ("1.2_standard.pdf", None),  # a standard, not a benchmark
        ("policy 1.2.1.pdf", None),  # not at the start
        ("1.2.10_x.pdf", None),  # 1.2.10 is not 1.2.1
        ("2567 report.pdf", None),
        ("scan.pdf", None),
    ],
)
def test_suggest_benchmark(name: str, code: str | None) -> None:
    assert suggest_benchmark(name, CODES) == code


def test_unique_destination(tmp_path: Path) -> None:
    assert unique_destination(tmp_path, "a.pdf") == tmp_path / "a.pdf"
    (tmp_path / "a.pdf").write_bytes(b"1")
    assert unique_destination(tmp_path, "a.pdf") == tmp_path / "a (2).pdf"
    (tmp_path / "a (2).pdf").write_bytes(b"2")
    assert unique_destination(tmp_path, "a.pdf") == tmp_path / "a (3).pdf"
    (tmp_path / "noext").write_bytes(b"3")
    assert unique_destination(tmp_path, "noext") == tmp_path / "noext (2)"
