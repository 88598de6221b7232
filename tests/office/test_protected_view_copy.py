"""The viewer's private copy of a decrypted protected file (issue 18) is named by its neutral
name and the original's extension only when that extension is a known kind of document: the
name comes from the district's encrypted index, and "Open in another program" hands the copy
to the system, which would run a ".exe" or ".bat", or follow a backslash out of the folder."""

from __future__ import annotations

import pytest

from sealdesk.services.office_protected import OpenedFile, private_copy


def _opened(name: str) -> OpenedFile:
    return OpenedFile("p-001.age", name, "", "application/octet-stream", b"%PDF-1.4 x")


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("รายชื่อผู้เข้าอบรม.pdf", "p-001.pdf"),
        ("scan.JPG", "p-001.JPG"),
        ("table.xlsx", "p-001.xlsx"),
        ("report.pdf.exe", "p-001"),
        ("run.bat", "p-001"),
        ("x.p\\..\\..\\evil", "p-001"),
        ("link.lnk", "p-001"),
        ("no extension", "p-001"),
    ],
)
def test_the_copy_keeps_only_a_document_extension(name: str, expected: str) -> None:
    with private_copy(_opened(name)) as copy:
        assert copy.name == expected
        assert copy.read_bytes() == b"%PDF-1.4 x"
    assert not copy.parent.exists()
