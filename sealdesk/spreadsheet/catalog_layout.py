"""The catalog workbook's layout, shared by its writer and its reader (docs/catalog-format.md).

Two sheets, after the conventions of XLSForm and CISO Assistant's framework workbooks:

- ``catalog`` (the meta sheet): one field a row, its id in column A (``edition``,
  ``title[th]``, ...), its value in column B, what it means (Thai and English) in column C;
- ``benchmarks`` (the content sheet): row 1 holds the column ids the reader keys on (their
  order is free, unknown columns are ignored), row 2 the same columns named in Thai and
  English for people; from row 3 one row per dimension, standard and benchmark, in order.
  Means of verification are one a line inside the cell, Thai and English line by line.
"""

from __future__ import annotations

from sealdesk.domain.status import LEVELS
from sealdesk.errors import QT_TRANSLATE_NOOP

META_SHEET = "catalog"
CONTENT_SHEET = "benchmarks"

KIND = "kind"
CODE = "code"
DIMENSION, STANDARD, BENCHMARK = "dimension", "standard", "benchmark"
KINDS = {
    DIMENSION: DIMENSION,
    STANDARD: STANDARD,
    BENCHMARK: BENCHMARK,
    "มิติ": DIMENSION,
    "มาตรฐาน": STANDARD,
    "เกณฑ์": BENCHMARK,
    "ตัวชี้วัด": BENCHMARK,
}
"""What the reader accepts in the kind column (the writer writes the English ids)."""

YES, NO = "yes", "no"
FLAGS = {"yes": True, "y": True, "ใช่": True, "no": False, "n": False, "ไม่": False, "ไม่ใช่": False}
"""What the reader accepts as a level flag (a blank cell is no; the writer writes yes/no)."""


def mandatory_column(level: str) -> str:
    return f"mandatory[{level}]"


COLUMNS: tuple[tuple[str, str, float], ...] = (
    (KIND, QT_TRANSLATE_NOOP("CatalogWorkbook", "Kind of row"), 12),
    (CODE, QT_TRANSLATE_NOOP("CatalogWorkbook", "Code"), 9),
    ("title[th]", QT_TRANSLATE_NOOP("CatalogWorkbook", "Title (Thai)"), 42),
    ("title[en]", QT_TRANSLATE_NOOP("CatalogWorkbook", "Title (English)"), 36),
    ("description[th]", QT_TRANSLATE_NOOP("CatalogWorkbook", "Description (Thai)"), 56),
    ("description[en]", QT_TRANSLATE_NOOP("CatalogWorkbook", "Description (English)"), 48),
    (
        "verification[th]",
        QT_TRANSLATE_NOOP("CatalogWorkbook", "Means of verification (Thai, one a line)"),
        44,
    ),
    (
        "verification[en]",
        QT_TRANSLATE_NOOP("CatalogWorkbook", "Means of verification (English, one a line)"),
        40,
    ),
    (
        mandatory_column("bronze"),
        QT_TRANSLATE_NOOP("CatalogWorkbook", "Mandatory for Bronze (yes/no)"),
        13,
    ),
    (
        mandatory_column("silver"),
        QT_TRANSLATE_NOOP("CatalogWorkbook", "Mandatory for Silver (yes/no)"),
        13,
    ),
    (
        mandatory_column("gold"),
        QT_TRANSLATE_NOOP("CatalogWorkbook", "Mandatory for Gold (yes/no)"),
        13,
    ),
)
"""The content sheet's columns: id (row 1), label (row 2, Thai and English), width."""
COLUMN_IDS = tuple(c[0] for c in COLUMNS)
FLAG_COLUMNS = tuple(mandatory_column(level.value) for level in LEVELS)

META_FIELDS: tuple[tuple[str, str], ...] = (
    (
        "edition",
        QT_TRANSLATE_NOOP("CatalogWorkbook", "Edition id: stays the same across revisions"),
    ),
    ("version", QT_TRANSLATE_NOOP("CatalogWorkbook", "Version: changes with every revision")),
    ("status", QT_TRANSLATE_NOOP("CatalogWorkbook", "Status: template or official")),
    ("title[th]", QT_TRANSLATE_NOOP("CatalogWorkbook", "Title of the catalog (Thai)")),
    ("title[en]", QT_TRANSLATE_NOOP("CatalogWorkbook", "Title of the catalog (English)")),
    ("note[th]", QT_TRANSLATE_NOOP("CatalogWorkbook", "Note (Thai, optional)")),
    ("note[en]", QT_TRANSLATE_NOOP("CatalogWorkbook", "Note (English, optional)")),
    (
        "valid_from",
        QT_TRANSLATE_NOOP("CatalogWorkbook", "Valid from (a date such as 2024-10-01, optional)"),
    ),
    ("threshold[bronze]", QT_TRANSLATE_NOOP("CatalogWorkbook", "Score needed for Bronze (%)")),
    ("threshold[silver]", QT_TRANSLATE_NOOP("CatalogWorkbook", "Score needed for Silver (%)")),
    ("threshold[gold]", QT_TRANSLATE_NOOP("CatalogWorkbook", "Score needed for Gold (%)")),
)
"""The meta sheet's fields: id (column A) and what it means (column C)."""
META_IDS = tuple(f[0] for f in META_FIELDS)
META_HEADERS = (
    QT_TRANSLATE_NOOP("CatalogWorkbook", "Field"),
    QT_TRANSLATE_NOOP("CatalogWorkbook", "Value"),
    QT_TRANSLATE_NOOP("CatalogWorkbook", "What it is"),
)
