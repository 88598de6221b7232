"""`sealdesk print checklist|filled|report|cover|key-sheet --out FILE.pdf`."""

from __future__ import annotations

import argparse

from sealdesk.cli import office_reports
from sealdesk.cli.common import (
    common_options,
    emit,
    json_option,
    open_workspace,
    path_arg,
    printable,
    round_option,
    translate_n,
)


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    common = common_options()
    p = sub.add_parser(
        "print",
        parents=[common],
        help="print a checklist, report, cover sheet or key sheet to PDF",
        description="Writes an A4 PDF. --lang chooses the document's language (default Thai).",
    )
    psub = p.add_subparsers(dest="document", required=True, metavar="DOCUMENT")
    helps = {
        "checklist": "blank checklist of the round, with tick boxes",
        "filled": "filled checklist: statuses, narratives, action plans, evidence, signatures",
        "report": "gap report: scores by dimension, chart, projected level, what is missing",
        "cover": "submission cover sheet of a bundle file, with its fingerprint as a QR code",
        "key-sheet": "key enrolment sheet: the district's public key, fingerprint and QR code",
    }
    for kind, text in helps.items():
        q = psub.add_parser(kind, parents=[common], help=text)
        q.add_argument("--out", type=path_arg, required=True, metavar="FILE.pdf")
        q.add_argument(
            "--overwrite", action="store_true", help="replace FILE.pdf if it already exists"
        )
        q.add_argument(
            "--thai-digits", action="store_true", help="Thai numerals in dates and numbers"
        )
        round_option(q)
        json_option(q)
        if kind == "cover":
            q.add_argument("--bundle", type=path_arg, required=True, metavar="FILE")
        if kind == "key-sheet":
            q.add_argument(
                "--public-key",
                type=path_arg,
                metavar="FILE",
                help="minisign public key file (default: the workspace's signing key)",
            )
        q.set_defaults(run=cmd_print, document=kind)
    office_reports.register_print(psub, common)  # the coordinating office's city-report


def cmd_print(args: argparse.Namespace) -> int:
    from sealdesk.services.printing import PrintOptions, print_to_file

    lang = getattr(args, "lang", None) or "th"
    options = PrintOptions(lang=lang, thai_digits=args.thai_digits)
    with open_workspace(args) as ws:
        round_be = args.round or ws.current_round
        printed = print_to_file(
            ws,
            args.document,
            args.out,
            overwrite=args.overwrite,
            round_be=round_be,
            options=options,
            bundle=getattr(args, "bundle", None),
            public_key=getattr(args, "public_key", None),
        )
    out, pages = printed.path, printed.pages
    data = {"document": args.document, "path": str(out), "pages": pages, "round": round_be}
    emit(args, data, [_wrote(pages).format(path=printable(str(out)))])
    return 0


WROTE = "Wrote {path} (%n pages)."
"""The CLI's report of a print, a plural message (``numerus="yes"`` in the .ts files)."""


def _wrote(pages: int) -> str:
    """ "Wrote {path} (1 page)." / "(2 pages)." in the CLI's language."""
    return translate_n("CLI", WROTE, pages)


def _lupdate_marks() -> None:  # pragma: no cover - never called
    """pyside6-lupdate marks a message plural only when it is translated with a literal
    number, so WROTE is written here once more for it (a test keeps both the same)."""
    from PySide6.QtCore import QCoreApplication

    QCoreApplication.translate("CLI", "Wrote {path} (%n pages).", None, 1)
