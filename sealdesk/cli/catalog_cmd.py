"""`sealdesk catalog template --out FILE.xlsx`, `sealdesk catalog from-xlsx FILE.xlsx --out
FILE.toml` and `sealdesk catalog diff OLD NEW`: authoring the catalog in a spreadsheet
(docs/catalog-format.md). cli/commands.py registers the ``catalog`` group and calls
:func:`register_authoring`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from sealdesk.cli.common import (
    current_language,
    emit,
    encodable,
    explicit_workspace_dir,
    json_option,
    open_workspace,
    path_arg,
    printable,
    round_option,
    translate,
    translate_n,
    workspace_dir,
)

WROTE = "Wrote {path}: catalog {edition} version {version}, %n benchmarks."
"""A plural message (``numerus="yes"``, shown with ``translate_n``)."""


def _lupdate_marks() -> None:  # pragma: no cover - never called
    """pyside6-lupdate marks a message plural only when it is translated with a literal
    number, so WROTE is written here once more for it (a test keeps both the same)."""
    from PySide6.QtCore import QCoreApplication

    QCoreApplication.translate(
        "CLI", "Wrote {path}: catalog {edition} version {version}, %n benchmarks.", None, 1
    )


def register_authoring(csub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    """Adds ``template``, ``from-xlsx`` and ``diff`` to the ``catalog`` subcommands."""
    q = csub.add_parser(
        "template",
        parents=[common],
        help="write the catalog as a workbook to edit in Excel or LibreOffice",
        description="Writes the round's catalog (the office's newest edition in an office "
        "workspace, the shipped template when there is no workspace, or --catalog FILE) as an "
        "XLSX workbook: a catalog sheet with the edition, version and titles, and a "
        "benchmarks sheet with one row per dimension, standard and benchmark.",
    )
    q.add_argument("--out", type=path_arg, required=True, metavar="FILE.xlsx")
    q.add_argument("--catalog", type=path_arg, metavar="FILE", help="a catalog TOML file instead")
    q.add_argument("--overwrite", action="store_true", help="replace FILE.xlsx if it exists")
    round_option(q)
    json_option(q)
    q.set_defaults(run=cmd_template, workspace_kind="any")

    q = csub.add_parser(
        "from-xlsx",
        parents=[common],
        help="read a catalog workbook back and write the catalog's TOML file",
    )
    q.add_argument("workbook", type=path_arg, metavar="FILE.xlsx")
    q.add_argument("--out", type=path_arg, required=True, metavar="FILE.toml")
    q.add_argument("--overwrite", action="store_true", help="replace FILE.toml if it exists")
    json_option(q)
    q.set_defaults(run=cmd_from_xlsx)

    q = csub.add_parser(
        "diff",
        parents=[common],
        help="what changed between two catalog editions, in sentences to forward",
        description="Compares two catalog files (TOML, or workbooks ending in .xlsx): "
        "benchmarks added, removed, renumbered, renamed, mandatory levels changed.",
    )
    q.add_argument("old", type=path_arg, metavar="OLD")
    q.add_argument("new", type=path_arg, metavar="NEW")
    json_option(q)
    q.set_defaults(run=cmd_diff)


def _qt_translate(context: str, text: str, disambiguation: str = "", n: int = -1) -> str:
    """The CLI's translation in the shape domain sentences expect (Qt's translate)."""
    return translate_n(context, text, n) if n >= 0 else translate(context, text)


def _warn(warnings: Any) -> list[str]:
    lines = [printable(w.render(_qt_translate)) for w in warnings]
    for line in lines:
        print(encodable(line), file=sys.stderr)
    return [w.english() for w in warnings]


def _source_catalog(args: argparse.Namespace) -> Any:
    from sealdesk.domain.catalog import load_catalog
    from sealdesk.resources import default_catalog_path

    if args.catalog is not None:
        return load_catalog(args.catalog)
    if explicit_workspace_dir(args) is None and not workspace_dir(args).exists():
        return load_catalog(default_catalog_path())
    from sealdesk.services.catalog_book import current_catalog

    with open_workspace(args) as ws:
        return current_catalog(ws, args.round)


def _wrote(path: Path, catalog: Any, count: int) -> str:
    return translate_n("CLI", WROTE, count).format(
        path=printable(str(path)),
        edition=printable(catalog.edition),
        version=printable(catalog.version),
    )


def cmd_template(args: argparse.Namespace) -> int:
    from sealdesk.services.catalog_book import write_template

    catalog = _source_catalog(args)
    not_inside = [p for p in (explicit_workspace_dir(args), workspace_dir(args)) if p]
    written = write_template(catalog, args.out, overwrite=args.overwrite, not_inside=not_inside)
    data = {
        "path": str(written.path),
        "edition": catalog.edition,
        "version": catalog.version,
        "sha256": catalog.sha256,
        "benchmarks": written.benchmarks,
    }
    emit(args, data, [_wrote(written.path, catalog, written.benchmarks)])
    return 0


def cmd_from_xlsx(args: argparse.Namespace) -> int:
    from sealdesk.services.catalog_book import workbook_to_toml

    written = workbook_to_toml(args.workbook, args.out, overwrite=args.overwrite)
    warnings = _warn(written.warnings)
    catalog = written.catalog
    count = len(catalog.benchmarks())
    data = {
        "path": str(written.path),
        "edition": catalog.edition,
        "version": catalog.version,
        "sha256": catalog.sha256,
        "benchmarks": count,
        "warnings": warnings,
    }
    emit(args, data, [_wrote(written.path, catalog, count)])
    return 0


def cmd_diff(args: argparse.Namespace) -> int:
    from sealdesk.services.catalog_book import compare

    compared = compare(args.old, args.new)
    warnings = _warn(compared.warnings)
    diff = compared.diff
    lines = [printable(line.render(_qt_translate)) for line in diff.lines(current_language())]
    data = {**diff.to_json(), "warnings": warnings}
    emit(args, data, lines)
    return 0
