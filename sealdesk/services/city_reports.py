"""The coordinating office's city table written out: the CSV/XLSX export and the city report.

Both read ``ws.office_status(round)`` (so a district workspace is refused there, with the one
sentence every office-only command gives) and hand the plain `CityStatus` to a formats package:
sealdesk.spreadsheet for the table, sealdesk.printing.city for the PDF. Files are written as
every command writes them: ``fsutil.check_output`` (never an existing file unless asked, never
inside the workspace) and ``atomic_writer`` (a failed or cancelled write leaves what was there).
"""

from __future__ import annotations

import errno
import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sealdesk.errors import QT_TRANSLATE_NOOP, FileAccessError
from sealdesk.fsutil import atomic_writer, check_output
from sealdesk.printing.city import city_report
from sealdesk.printing.layout import PrintOptions
from sealdesk.spreadsheet.writers import format_of, write_city_table

if TYPE_CHECKING:
    from sealdesk.services.workspace import Workspace


@dataclass(frozen=True)
class WrittenTable:
    path: Path
    format: str  # "csv" or "xlsx"
    rows: int  # district rows (always all 50)
    round_year_be: int


@dataclass(frozen=True)
class WrittenReport:
    path: Path
    pages: int
    round_year_be: int


def _target(ws: Workspace, out: Path, overwrite: bool) -> Path:
    out = Path(out)
    if not Path(os.path.abspath(out.expanduser())).parent.is_dir():
        raise _not_written(out, os.strerror(errno.ENOENT))
    return check_output(out, overwrite=overwrite, not_inside=[ws.path])


def export_city_table(
    ws: Workspace,
    out: Path,
    *,
    round_year_be: int | None = None,
    lang: str = "th",
    overwrite: bool = False,
) -> WrittenTable:
    """Writes the city table of a round to ``out``: CSV or XLSX by its extension."""
    fmt = format_of(Path(out))
    status = ws.office_status(round_year_be)
    target = _target(ws, out, overwrite)
    try:
        with atomic_writer(target) as handle:
            rows = write_city_table(handle, fmt, status, lang)
    except OSError as error:
        raise _not_written(target, error.strerror or str(error)) from None
    return WrittenTable(target, fmt, rows, status.round_year_be)


def print_city_report(
    ws: Workspace,
    out: Path,
    *,
    round_year_be: int | None = None,
    options: PrintOptions | None = None,
    overwrite: bool = False,
) -> WrittenReport:
    """Writes the city report of a round to the PDF ``out``."""
    status = ws.office_status(round_year_be)
    target = _target(ws, out, overwrite)
    try:
        with atomic_writer(target) as handle:
            pages = city_report(handle, status, options)
    except OSError as error:
        raise _not_written(target, error.strerror or str(error)) from None
    return WrittenReport(target, pages, status.round_year_be)


def _not_written(path: Path, reason: str) -> FileAccessError:
    return FileAccessError(
        QT_TRANSLATE_NOOP("Errors", "The file {path} cannot be written ({reason})."),
        path=str(path),
        reason=reason,
    )
