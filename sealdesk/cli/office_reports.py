"""`sealdesk office export --out FILE [--round YEAR_BE]` and
`sealdesk print city-report --out FILE --lang th|en`: the coordinating office's city table as
a spreadsheet and as a printed report. The office command group itself is in cli/office_cmd.py,
which calls :func:`register_office`; cli/print_cmd.py calls :func:`register_print`."""

from __future__ import annotations

import argparse

from sealdesk.cli.common import (
    common_options,
    emit,
    json_option,
    open_workspace,
    path_arg,
    printable,
    round_option,
    translate,
    translate_n,
)


def register_office(office_sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Adds ``export`` to the ``office`` subcommands."""
    p = office_sub.add_parser(
        "export",
        parents=[common_options()],
        help="the city table (all 50 districts) as CSV or XLSX, by the file's extension",
        description="Writes one row per district with its state, score, projected level and "
        "each benchmark's status. FILE.csv is UTF-8 with a byte-order mark (Excel reads the "
        "Thai); FILE.xlsx has a second sheet of the common gaps. --lang chooses the headers.",
    )
    p.add_argument("--out", type=path_arg, required=True, metavar="FILE")
    p.add_argument("--overwrite", action="store_true", help="replace FILE if it already exists")
    round_option(p)
    json_option(p)
    p.set_defaults(run=cmd_export, workspace_kind="office")


def register_print(print_sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    """Adds ``city-report`` to the ``print`` documents."""
    q = print_sub.add_parser(
        "city-report",
        parents=[common],
        help="city-wide report of the coordinating office: figures, districts, common gaps",
    )
    q.add_argument("--out", type=path_arg, required=True, metavar="FILE.pdf")
    q.add_argument("--overwrite", action="store_true", help="replace FILE.pdf if it already exists")
    q.add_argument("--thai-digits", action="store_true", help="Thai numerals in dates and numbers")
    round_option(q)
    json_option(q)
    q.set_defaults(run=cmd_city_report, document="city-report", workspace_kind="office")


def cmd_export(args: argparse.Namespace) -> int:
    from sealdesk.services.city_reports import export_city_table

    lang = getattr(args, "lang", None) or "th"
    with open_workspace(args) as ws:
        written = export_city_table(
            ws, args.out, round_year_be=args.round, lang=lang, overwrite=args.overwrite
        )
    data = {
        "path": str(written.path),
        "format": written.format,
        "rows": written.rows,
        "round": written.round_year_be,
    }
    line = translate("CLI", "Wrote {path} ({rows} districts, round {round}).").format(
        path=printable(str(written.path)), rows=written.rows, round=written.round_year_be
    )
    emit(args, data, [line])
    return 0


def cmd_city_report(args: argparse.Namespace) -> int:
    from sealdesk.services.city_reports import print_city_report
    from sealdesk.services.printing import PrintOptions

    lang = getattr(args, "lang", None) or "th"
    options = PrintOptions(lang=lang, thai_digits=args.thai_digits)
    with open_workspace(args) as ws:
        written = print_city_report(
            ws, args.out, round_year_be=args.round, options=options, overwrite=args.overwrite
        )
    data = {
        "document": "city-report",
        "path": str(written.path),
        "pages": written.pages,
        "round": written.round_year_be,
    }
    # the same plural message as every print (cli/print_cmd.py WROTE and its lupdate mark)
    line = translate_n("CLI", "Wrote {path} (%n pages).", written.pages).format(
        path=printable(str(written.path))
    )
    emit(args, data, [line])
    return 0
