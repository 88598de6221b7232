"""Hostile workbooks (XML bomb, zip bomb, 1,000,000 rows, a part lying about its size) are
refused, each with its sentence, in a child process whose memory is capped (RLIMIT_AS) and
which must finish within a generous deadline: bounded time and memory, not a measurement."""

from __future__ import annotations

import io
import json
import struct
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from sealdesk.spreadsheet import catalog_errors as E
from sealdesk.spreadsheet import guard
from tests.catalog.books import replaced, sheet_part, template_bytes

ROOT = Path(__file__).resolve().parents[2]
MEMORY_CAP = 768 << 20  # the child's whole address space: Python, openpyxl and the file
DEADLINE = 120  # seconds; a refusal takes well under one

ENTITIES = (
    b'<!DOCTYPE worksheet [<!ENTITY lol "lol">'
    + b"".join(
        b'<!ENTITY lol%d "%s">' % (i, (b"&lol%d;" % (i - 1) if i > 1 else b"&lol;") * 10)
        for i in range(1, 10)
    )
    + b"]>"
)
LAUGHS = (
    b'<?xml version="1.0"?>\n'
    + ENTITIES
    + b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
    b'<row r="1"><c r="A1" t="inlineStr"><is><t>&lol9;</t></is></c></row></sheetData></worksheet>'
)
"""The content sheet as a "billion laughs": one cell that expands to 10^9 times "lol"."""
SHEET_HEAD = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
)
SHEET_TAIL = b"</sheetData></worksheet>"


STRINGS = "xl/sharedStrings.xml"  # a part openpyxl's own workbooks leave out (inline strings)


def utf16(xml: bytes) -> bytes:
    """The same XML declared and encoded as UTF-16 (a byte search for "<!DOCTYPE" misses it)."""
    return xml.replace(b'"1.0"?>', b'"1.0" encoding="UTF-16"?>').decode().encode("utf-16")


def million_rows() -> bytes:
    rows = b"".join(b'<row r="%d"><c r="A%d" t="n"><v>1</v></c></row>' % (i, i)
                    for i in range(1, 1_000_001))  # fmt: skip
    return SHEET_HEAD + rows + SHEET_TAIL


def one_far_row() -> bytes:
    return SHEET_HEAD + b'<row r="1000000"><c r="A1000000" t="n"><v>1</v></c></row>' + SHEET_TAIL


def lying_about_size(data: bytes, part: str, declared: int) -> bytes:
    """``data`` with ``part``'s uncompressed size in the central directory and the local
    header set to ``declared`` (smaller than what it inflates to)."""
    buf = bytearray(data)
    info = zipfile.ZipFile(io.BytesIO(data)).getinfo(part)
    struct.pack_into("<I", buf, info.header_offset + 22, declared)  # local header
    central = buf.find(b"PK\x01\x02")
    name = part.encode()
    while central >= 0:
        length = struct.unpack_from("<H", buf, central + 28)[0]
        if bytes(buf[central + 46 : central + 46 + length]) == name:
            struct.pack_into("<I", buf, central + 24, declared)
            break
        central = buf.find(b"PK\x01\x02", central + 4)
    return bytes(buf)


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Path, str]]:
    folder = tmp_path_factory.mktemp("hostile")
    content = sheet_part(template_bytes(), "benchmarks")
    zeros = bytes(16 << 20)
    books = {
        "xml bomb": (replaced({content: LAUGHS}), guard.XML_DTD),
        "xml bomb in UTF-16": (
            replaced({content: utf16(LAUGHS)}),
            guard.XML_DTD,
        ),
        "zip bomb": (replaced({"xl/media/image1.png": zeros}, level=1), guard.ZIP_BOMB),
        "1,000,000 rows": (replaced({content: million_rows()}, level=1), guard.ZIP_BOMB),
        "a row at 1,000,000": (replaced({content: one_far_row()}), E.TOO_MANY_ROWS),
        "lying part size": (
            lying_about_size(replaced({STRINGS: zeros[: 8 << 20]}, level=1), STRINGS, 1000),
            guard.DAMAGED,
        ),
    }  # fmt: skip
    out = {}
    for name, (data, template) in books.items():
        path = folder / (name.replace(" ", "_").replace(",", "") + ".xlsx")
        path.write_bytes(data)
        out[name] = (path, template)
    return out


CHILD = """
import json, resource, sys
resource.setrlimit(resource.RLIMIT_AS, ({cap}, {cap}))
from sealdesk.errors import CatalogError
from sealdesk.services.catalog_book import read_workbook
results = {{}}
for path in sys.argv[1:]:
    try:
        read_workbook(path)
        results[path] = None
    except CatalogError as error:
        results[path] = error.template
print(json.dumps(results))
"""


def test_hostile_workbooks_are_refused_in_bounded_time_and_memory(
    hostile: dict[str, tuple[Path, str]],
) -> None:
    paths = [str(path) for path, _ in hostile.values()]
    done = subprocess.run(
        [sys.executable, "-c", CHILD.format(cap=MEMORY_CAP), *paths],
        capture_output=True,
        text=True,
        timeout=DEADLINE,
        cwd=ROOT,
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
    )
    assert done.returncode == 0, done.stderr[-2000:]
    results = json.loads(done.stdout)
    for name, (path, template) in hostile.items():
        assert results[str(path)] == template, name


def test_the_hostile_files_are_what_they_claim(hostile: dict[str, tuple[Path, str]]) -> None:
    """The fixtures really are hostile: the bomb declares a DTD with nested entities, the
    1,000,000-row sheet unpacks to tens of megabytes, the lying part inflates past its size."""
    bomb = zipfile.ZipFile(hostile["xml bomb"][0]).read(sheet_part(template_bytes(), "benchmarks"))
    assert b"<!ENTITY lol9" in bomb
    rows = zipfile.ZipFile(hostile["1,000,000 rows"][0])
    info = next(i for i in rows.infolist() if i.filename.startswith("xl/worksheets/sheet2"))
    assert (
        info.file_size > 40_000_000
        and hostile["1,000,000 rows"][0].stat().st_size < guard.MAX_WORKBOOK_BYTES
    )
    lying = zipfile.ZipFile(hostile["lying part size"][0]).getinfo("xl/sharedStrings.xml")
    assert lying.file_size == 1000 and lying.compress_size > 1000


def test_too_many_rows_even_when_small(tmp_path: Path) -> None:
    """6,000 real rows (a few hundred KB) pass the zip checks and stop at the row cap."""
    from sealdesk.errors import CatalogError
    from sealdesk.spreadsheet.catalog_reader import MAX_ROWS, read_catalog_workbook

    row = b'<row r="%d"><c r="B%d" t="inlineStr"><is><t>1.%d</t></is></c></row>'
    rows = b"".join(row % (i, i, i) for i in range(1, MAX_ROWS + 1000))
    data = replaced({sheet_part(template_bytes(), "benchmarks"): SHEET_HEAD + rows + SHEET_TAIL})
    with pytest.raises(CatalogError) as caught:
        read_catalog_workbook(data, "long.xlsx")
    assert caught.value.template == E.TOO_MANY_ROWS and caught.value.params["limit"] == MAX_ROWS


def test_defusedxml_is_the_second_line(hostile: dict[str, tuple[Path, str]]) -> None:
    """Past SealDesk's own DTD scan, openpyxl (with defusedxml installed) refuses the bomb too."""
    import defusedxml
    from openpyxl import load_workbook
    from openpyxl.xml import DEFUSEDXML

    assert DEFUSEDXML
    with pytest.raises(ValueError) as caught:  # openpyxl wraps the refusal
        load_workbook(hostile["xml bomb"][0], read_only=True)
    cause = caught.value.__cause__ or caught.value.__context__
    assert isinstance(cause, defusedxml.DefusedXmlException)
