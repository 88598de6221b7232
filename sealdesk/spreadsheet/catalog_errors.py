"""The sentences a catalog workbook can be refused (or warned about) with, one per problem.

Each names the workbook ({file}), the sheet, and where it can: the row and the column (its
letter and id, such as ``D (title[th])``). The errors are CatalogError templates (context
Errors); the warnings are in context CatalogWorkbook. Tests match an error by its template.
"""

from __future__ import annotations

from sealdesk.errors import QT_TRANSLATE_NOOP

NO_SHEET = QT_TRANSLATE_NOOP(
    "Errors",
    "Workbook {file} has no sheet named {sheet}: a catalog workbook needs the sheets catalog "
    "and benchmarks.",
)
TOO_MANY_ROWS = QT_TRANSLATE_NOOP(
    "Errors",
    "Workbook {file}, sheet {sheet}: more than {limit} rows, far more than a catalog needs; "
    "delete the rows below the catalog.",
)
META_MISSING = QT_TRANSLATE_NOOP(
    "Errors", "Workbook {file}, sheet {sheet}: the field {field} is missing or empty."
)
META_TWICE = QT_TRANSLATE_NOOP(
    "Errors", "Workbook {file}, sheet {sheet}, row {row}: the field {field} appears twice."
)
META_STATUS = QT_TRANSLATE_NOOP(
    "Errors",
    "Workbook {file}, sheet {sheet}, row {row}: the status must be template or official, "
    "not {value}.",
)
META_HALF = QT_TRANSLATE_NOOP(
    "Errors",
    "Workbook {file}, sheet {sheet}: the field {field} is empty while {other} is filled in.",
)
META_THRESHOLD = QT_TRANSLATE_NOOP(
    "Errors",
    "Workbook {file}, sheet {sheet}, row {row}: {field} must be a whole percentage from 1 to "
    "100, not {value}.",
)
META_THRESHOLD_ORDER = QT_TRANSLATE_NOOP(
    "Errors",
    "Workbook {file}, sheet {sheet}: the thresholds must not fall from Bronze to Silver to Gold.",
)
META_DATE = QT_TRANSLATE_NOOP(
    "Errors",
    "Workbook {file}, sheet {sheet}, row {row}: {value} is not a date; write it as 2024-10-01.",
)
NO_COLUMN = QT_TRANSLATE_NOOP(
    "Errors", "Workbook {file}, sheet {sheet}: row 1 has no column named {name}."
)
COLUMN_TWICE = QT_TRANSLATE_NOOP(
    "Errors",
    "Workbook {file}, sheet {sheet}, row {row}, column {column}: the column name {name} "
    "appears twice.",
)
NO_DIMENSION = QT_TRANSLATE_NOOP(
    "Errors", "Workbook {file}, sheet {sheet}: there is no dimension row."
)
KIND_UNKNOWN = QT_TRANSLATE_NOOP(
    "Errors",
    "Workbook {file}, sheet {sheet}, row {row}, column {column}: {value} is not a kind of "
    "row; write dimension, standard or benchmark.",
)
KIND_MISSING = QT_TRANSLATE_NOOP(
    "Errors",
    "Workbook {file}, sheet {sheet}, row {row}, column {column}: the kind of row is missing; "
    "write dimension, standard or benchmark.",
)
CODE_MISSING = QT_TRANSLATE_NOOP(
    "Errors", "Workbook {file}, sheet {sheet}, row {row}, column {column}: the code is missing."
)
CODE_BAD = QT_TRANSLATE_NOOP(
    "Errors",
    "Workbook {file}, sheet {sheet}, row {row}, column {column}: {value} is not a code; "
    "write digits separated by dots, such as 1.2.1.",
)
CODE_TWICE = QT_TRANSLATE_NOOP(
    "Errors",
    "Workbook {file}, sheet {sheet}, row {row}, column {column}: the code {code} is already "
    "used in row {other}.",
)
NOT_UNDER_DIMENSION = QT_TRANSLATE_NOOP(
    "Errors",
    "Workbook {file}, sheet {sheet}, row {row}, column {column}: the code {code} does not fit "
    "under dimension {parent} above it.",
)
NOT_UNDER_STANDARD = QT_TRANSLATE_NOOP(
    "Errors",
    "Workbook {file}, sheet {sheet}, row {row}, column {column}: the code {code} does not fit "
    "under standard {parent} above it.",
)
STANDARD_ORPHAN = QT_TRANSLATE_NOOP(
    "Errors",
    "Workbook {file}, sheet {sheet}, row {row}, column {column}: standard {code} must come "
    "below a dimension row.",
)
BENCHMARK_ORPHAN = QT_TRANSLATE_NOOP(
    "Errors",
    "Workbook {file}, sheet {sheet}, row {row}, column {column}: benchmark {code} must come "
    "below a standard row.",
)
DIMENSION_EMPTY = QT_TRANSLATE_NOOP(
    "Errors", "Workbook {file}, sheet {sheet}, row {row}: dimension {code} has no standard."
)
STANDARD_EMPTY = QT_TRANSLATE_NOOP(
    "Errors", "Workbook {file}, sheet {sheet}, row {row}: standard {code} has no benchmark."
)
TITLE_TH = QT_TRANSLATE_NOOP(
    "Errors",
    "Workbook {file}, sheet {sheet}, row {row}, column {column}: the Thai title is missing.",
)
TITLE_EN = QT_TRANSLATE_NOOP(
    "Errors",
    "Workbook {file}, sheet {sheet}, row {row}, column {column}: the English title is missing.",
)
DESCRIPTION_TH = QT_TRANSLATE_NOOP(
    "Errors",
    "Workbook {file}, sheet {sheet}, row {row}, column {column}: the benchmark's Thai "
    "description is missing.",
)
DESCRIPTION_EN = QT_TRANSLATE_NOOP(
    "Errors",
    "Workbook {file}, sheet {sheet}, row {row}, column {column}: the benchmark's English "
    "description is missing.",
)
HALF = QT_TRANSLATE_NOOP(
    "Errors",
    "Workbook {file}, sheet {sheet}, row {row}, column {column}: this is empty while {other} "
    "is filled in.",
)
VERIFICATION_MISSING = QT_TRANSLATE_NOOP(
    "Errors",
    "Workbook {file}, sheet {sheet}, row {row}, column {column}: a benchmark needs at least "
    "one means of verification (one a line).",
)
VERIFICATION_LINES = QT_TRANSLATE_NOOP(
    "Errors",
    "Workbook {file}, sheet {sheet}, row {row}: the Thai and English means of verification "
    "must have the same number of lines (one means of verification a line).",
)
VERIFICATION_NOT_HERE = QT_TRANSLATE_NOOP(
    "Errors",
    "Workbook {file}, sheet {sheet}, row {row}, column {column}: only benchmark rows have "
    "means of verification.",
)
FLAG_BAD = QT_TRANSLATE_NOOP(
    "Errors",
    "Workbook {file}, sheet {sheet}, row {row}, column {column}: {value} is not yes or no.",
)
FLAG_NOT_HERE = QT_TRANSLATE_NOOP(
    "Errors",
    "Workbook {file}, sheet {sheet}, row {row}, column {column}: only benchmarks are "
    "mandatory for a level; leave this empty.",
)
FLAG_NOT_PROGRESSIVE = QT_TRANSLATE_NOOP(
    "Errors",
    "Workbook {file}, sheet {sheet}, row {row}, column {column}: a benchmark mandatory for a "
    "lower level must be mandatory for this level too.",
)

FORMULA_NOT_COMPUTED = QT_TRANSLATE_NOOP(
    "CatalogWorkbook",
    "Workbook {file}, sheet {sheet}, cell {cell}: the formula's value was never computed, so "
    "the cell is read as empty; open and save the workbook in Excel or LibreOffice.",
)
UNKNOWN_FIELD = QT_TRANSLATE_NOOP(
    "CatalogWorkbook",
    "Workbook {file}, sheet {sheet}, row {row}: the field {field} is not known and is ignored.",
)
