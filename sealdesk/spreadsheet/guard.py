"""A workbook from outside checked as a zip before any spreadsheet library opens it.

An .xlsx file is a zip of XML parts. Hostile ones are refused here, in time and memory bounded
by the limits below, with one sentence each: a file too large to be a catalog, a zip whose
parts declare more bytes (or a higher compression ratio) than any catalog workbook has (a zip
bomb; Python's zipfile never inflates a part past its declared size, so these checks bound
what openpyxl can later inflate), too many parts, and any part with an XML document type
declaration (the door to "billion laughs" entity expansion and external entities; workbooks
never need one, and defusedxml makes openpyxl refuse them too, as a second line).
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from sealdesk.errors import QT_TRANSLATE_NOOP, CatalogError, FileAccessError
from sealdesk.fsutil import read_regular_bytes

MAX_WORKBOOK_BYTES = 16 << 20
"""The largest workbook file read (16 MiB; the shipped catalog's workbook is about 30 KB)."""
MAX_PARTS = 500
"""The most parts (zip entries) a workbook may have."""
MAX_PART_BYTES = 4 << 20
"""The most bytes one part may unpack to (a 5,000-row catalog sheet is under 2 MiB; the bound
also bounds the memory openpyxl needs for one row of cells)."""
MAX_TOTAL_BYTES = 16 << 20
"""The most bytes all parts together may unpack to."""
MAX_RATIO = 200
"""The highest compression ratio allowed for a part of more than RATIO_FLOOR bytes (XML
compresses 5-30 times; zip bombs thousands of times)."""
RATIO_FLOOR = 1 << 20
_DTD_MARKS = tuple(
    mark.encode(encoding)
    for mark in ("<!DOCTYPE", "<!ENTITY")
    for encoding in ("utf-8", "utf-16-le", "utf-16-be")
)
_CHUNK = 1 << 20
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"

NOT_A_WORKBOOK = QT_TRANSLATE_NOOP(
    "Errors",
    "{file} is not an Excel workbook (.xlsx): save it from Excel or LibreOffice as an "
    "Excel workbook (.xlsx).",
)
OLD_OR_PROTECTED = QT_TRANSLATE_NOOP(
    "Errors",
    "{file} is an old-style .xls workbook or is protected with a password: save it as an "
    "Excel workbook (.xlsx) without a password.",
)
NOT_XLSX_ZIP = QT_TRANSLATE_NOOP(
    "Errors", "{file} is a zip file but not an Excel workbook (.xlsx): it has no workbook part."
)
TOO_MANY_PARTS = QT_TRANSLATE_NOOP(
    "Errors", "{file} has more parts than a workbook needs (over {limit}); it is refused."
)
ZIP_BOMB = QT_TRANSLATE_NOOP(
    "Errors",
    "{file} would unpack to far more than a catalog workbook holds (part {part}); it is "
    "refused as a possible zip bomb.",
)
XML_DTD = QT_TRANSLATE_NOOP(
    "Errors",
    "{file} contains an XML document type declaration (part {part}), which workbooks never "
    "need; it is refused as a possible XML bomb.",
)
DAMAGED = QT_TRANSLATE_NOOP("Errors", "{file} is damaged or is not a workbook SealDesk can read.")


def read_workbook_bytes(path: Path, name: str) -> bytes:
    """The bytes of a workbook file that passed every check above; CatalogError otherwise."""
    try:
        data = read_regular_bytes(path, MAX_WORKBOOK_BYTES)
    except FileAccessError as error:  # the same sentence, as the catalog's kind of error
        raise CatalogError(error.template, **error.params) from None
    check_workbook_zip(data, name)
    return data


def check_workbook_zip(data: bytes, name: str) -> None:
    """Refuses ``data`` unless it is an .xlsx zip within the limits, with no DTD in any part."""
    if data.startswith(_OLE_MAGIC):
        raise CatalogError(OLD_OR_PROTECTED, file=name)
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
    except Exception:  # BadZipFile, struct.error, ...: whatever a non-zip makes zipfile raise
        raise CatalogError(NOT_A_WORKBOOK, file=name) from None
    if len(infos) > MAX_PARTS:
        raise CatalogError(TOO_MANY_PARTS, file=name, limit=MAX_PARTS)
    names = {info.filename for info in infos}
    if "xl/workbook.xml" not in names or "[Content_Types].xml" not in names:
        raise CatalogError(NOT_XLSX_ZIP, file=name)
    total = 0
    for info in infos:
        total += info.file_size
        ratio = info.file_size / max(info.compress_size, 1)
        if (
            info.file_size > MAX_PART_BYTES
            or total > MAX_TOTAL_BYTES
            or (info.file_size > RATIO_FLOOR and ratio > MAX_RATIO)
        ):
            raise CatalogError(ZIP_BOMB, file=name, part=info.filename)
    with archive:
        for info in infos:
            if info.filename.endswith((".xml", ".rels", ".vml")) or "." not in info.filename:
                _no_dtd(archive, info, name)


def _no_dtd(archive: zipfile.ZipFile, info: zipfile.ZipInfo, name: str) -> None:
    tail = b""
    try:
        with archive.open(info) as part:
            while chunk := part.read(_CHUNK):
                window = tail + chunk
                if any(mark in window for mark in _DTD_MARKS):
                    raise CatalogError(XML_DTD, file=name, part=info.filename)
                tail = window[-32:]
    except CatalogError:
        raise
    except (zipfile.BadZipFile, NotImplementedError, OSError, EOFError, ValueError):
        raise CatalogError(DAMAGED, file=name) from None
    except Exception:  # zlib.error and kin from a damaged part: the same sentence
        raise CatalogError(DAMAGED, file=name) from None
