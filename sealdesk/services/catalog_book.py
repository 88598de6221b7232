"""Authoring the catalog in a spreadsheet: the catalog as a workbook, a workbook back to the
catalog's TOML, and what changed between two editions (docs/catalog-format.md).

No workspace is needed: the front ends pass the catalog to write (the round's, the office's
newest, or a file's) and files to read. Files are written as every command writes them
(``fsutil.check_output``: never an existing file unless asked, never inside the workspace;
``atomic_writer``: a failed write leaves what was there).
"""

from __future__ import annotations

import errno
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sealdesk.domain.catalog import Catalog, load_catalog
from sealdesk.domain.catalog_diff import CatalogDiff, diff_catalogs
from sealdesk.errors import QT_TRANSLATE_NOOP, FileAccessError
from sealdesk.fsutil import atomic_writer, check_output, open_regular
from sealdesk.spreadsheet.catalog_reader import (
    WorkbookCatalog,
    WorkbookWarning,
    read_catalog_workbook,
)
from sealdesk.spreadsheet.catalog_writer import write_catalog_workbook
from sealdesk.spreadsheet.guard import read_workbook_bytes

if TYPE_CHECKING:
    from sealdesk.services.workspace import Workspace

WORKBOOK_SUFFIXES = (".xlsx", ".xlsm")


@dataclass(frozen=True)
class WrittenWorkbook:
    path: Path
    catalog: Catalog
    benchmarks: int


@dataclass(frozen=True)
class WrittenToml:
    path: Path
    catalog: Catalog
    warnings: tuple[WorkbookWarning, ...]


@dataclass(frozen=True)
class ComparedCatalogs:
    diff: CatalogDiff
    warnings: tuple[WorkbookWarning, ...]  # from either file, when one is a workbook


def _target(out: Path, overwrite: bool, not_inside: Sequence[Path]) -> Path:
    out = Path(out)
    if not Path(os.path.abspath(out.expanduser())).parent.is_dir():
        raise _not_written(out, os.strerror(errno.ENOENT))
    return check_output(out, overwrite=overwrite, not_inside=not_inside)


def _not_written(path: Path, reason: str) -> FileAccessError:
    return FileAccessError(
        QT_TRANSLATE_NOOP("Errors", "The file {path} cannot be written ({reason})."),
        path=str(path),
        reason=reason,
    )


def is_workbook(path: Path) -> bool:
    """Whether ``path`` is read as a workbook: named .xlsx or .xlsm, or starting as a zip or
    an old-style (OLE) workbook does, whatever its name (a catalog is never either)."""
    path = Path(path)
    if path.suffix.lower() in WORKBOOK_SUFFIXES:
        return True
    try:
        with open_regular(path, None) as handle:
            head = handle.read(8)
    except (FileAccessError, OSError):
        return False  # the catalog loader says why it cannot be read
    return head.startswith((b"PK\x03\x04", b"\xd0\xcf\x11\xe0"))


def read_workbook(path: Path) -> WorkbookCatalog:
    """Reads a catalog workbook; CatalogError naming the sheet, row and column otherwise."""
    path = Path(path)
    return read_catalog_workbook(read_workbook_bytes(path, path.name), path.name)


def read_any(path: Path) -> tuple[Catalog, tuple[WorkbookWarning, ...]]:
    """A catalog from a workbook (.xlsx) or a TOML file (anything else)."""
    if is_workbook(path):
        book = read_workbook(path)
        return book.catalog, book.warnings
    return load_catalog(Path(path)), ()


def current_catalog(ws: Workspace, round_be: int | None = None) -> Catalog:
    """The catalog a workspace works with: a district's round's edition, or the newest
    edition the coordinating office holds."""
    if ws.is_office:
        from sealdesk.services.office import office_catalog

        return office_catalog(ws)
    return ws.catalog(round_be)


def write_template(
    catalog: Catalog, out: Path, *, overwrite: bool = False, not_inside: Sequence[Path] = ()
) -> WrittenWorkbook:
    """Writes ``catalog`` as a workbook for people to edit (``sealdesk catalog template``)."""
    target = _target(out, overwrite, not_inside)
    try:
        with atomic_writer(target) as handle:
            count = write_catalog_workbook(handle, catalog)
    except OSError as error:
        raise _not_written(target, error.strerror or str(error)) from None
    return WrittenWorkbook(target, catalog, count)


def workbook_to_toml(
    workbook: Path, out: Path, *, overwrite: bool = False, not_inside: Sequence[Path] = ()
) -> WrittenToml:
    """Reads a catalog workbook and writes it as the catalog's TOML (``catalog from-xlsx``)."""
    book = read_workbook(workbook)
    target = _target(out, overwrite, not_inside)
    try:
        with atomic_writer(target) as handle:
            handle.write(book.toml_text.encode("utf-8"))
    except OSError as error:
        raise _not_written(target, error.strerror or str(error)) from None
    return WrittenToml(target, book.catalog, book.warnings)


def compare(old: Path, new: Path) -> ComparedCatalogs:
    """What changed from the catalog file ``old`` to ``new`` (each TOML or a workbook)."""
    before, warned_before = read_any(old)
    after, warned_after = read_any(new)
    return ComparedCatalogs(diff_catalogs(before, after), warned_before + warned_after)
