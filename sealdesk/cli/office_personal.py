"""The coordinating office's commands for personal data (issue 18):

    sealdesk office reader add --name NAME [--passphrase-file F]
    sealdesk office reader list [--all] [--json]
    sealdesk office reader remove --name NAME
    sealdesk office reader export --name NAME --out FILE [--overwrite]
    sealdesk office protected [--bundle ID] [--district CODE] [--reader NAME] [--json]
    sealdesk office open-protected BUNDLE_ID FILE --reader NAME --out OUT [--overwrite]
    sealdesk office open-protected --age FILE.age --reader NAME --out OUT

(each with [--passphrase-file F] for the reader's passphrase)
    sealdesk office access-log [--json]
    sealdesk office retention [--years N]
    sealdesk office purge [--before DATE] [--report FILE [--sign]] [--overwrite] [--json]

cli/office_cmd.py calls :func:`register_office`. No original name or title of a protected file
is printed unless a reader unlocked the index (``protected --reader``), which is logged.
"""

from __future__ import annotations

import argparse
from typing import Any

from sealdesk.cli.bundle_cmd import _passphrase
from sealdesk.cli.common import (
    bounded_int,
    common_options,
    emit,
    json_option,
    name_arg,
    open_workspace,
    parse_date,
    path_arg,
    printable,
    text_arg,
    to_jsonable,
    translate,
    translate_n,
)
from sealdesk.errors import QT_TRANSLATE_NOOP, InputError

READER_PROMPT = QT_TRANSLATE_NOOP("CLI", "Passphrase of the reader: ")
KEPT_YEARS = (
    "Protected evidence is kept %n years after it is received; now that means what was "
    "received before {date}."
)
ERASED = "Erased %n protected files received before {date}."
"""Plural messages (``numerus="yes"``, shown with ``translate_n``)."""


def _lupdate_marks() -> None:  # pragma: no cover - never called
    """pyside6-lupdate marks a message plural only when it is translated with a literal
    number: the plural messages above, once more for it."""
    from PySide6.QtCore import QCoreApplication

    QCoreApplication.translate(
        "CLI",
        "Protected evidence is kept %n years after it is received; now that means what was "
        "received before {date}.",
        None,
        1,
    )
    QCoreApplication.translate("CLI", "Erased %n protected files received before {date}.", None, 1)


def register_office(osub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    common = common_options()

    q = osub.add_parser("reader", parents=[common], help="the people allowed to read personal data")
    rsub = q.add_subparsers(dest="reader_command", required=True)
    r = rsub.add_parser(
        "add", parents=[common], help="create a reader's key, locked by a passphrase"
    )
    r.add_argument("--name", required=True, type=text_arg, metavar="NAME")
    r.add_argument("--passphrase-file", type=path_arg, metavar="FILE")
    json_option(r)
    r.set_defaults(run=cmd_reader_add, workspace_kind="office")
    r = rsub.add_parser("list", parents=[common], help="list the readers")
    r.add_argument("--all", action="store_true", help="removed readers too")
    json_option(r)
    r.set_defaults(run=cmd_reader_list, workspace_kind="office")
    r = rsub.add_parser("remove", parents=[common], help="remove a reader and wipe their key")
    r.add_argument("--name", required=True, type=text_arg, metavar="NAME")
    r.set_defaults(run=cmd_reader_remove, workspace_kind="office")
    r = rsub.add_parser(
        "export", parents=[common], help="write a reader's key, still locked, for 'age -d -i'"
    )
    r.add_argument("--name", required=True, type=text_arg, metavar="NAME")
    r.add_argument("--out", required=True, type=path_arg, metavar="FILE")
    r.add_argument("--overwrite", action="store_true")
    r.set_defaults(run=cmd_reader_export, workspace_kind="office")

    q = osub.add_parser("protected", parents=[common], help="list the protected evidence")
    q.add_argument("--bundle", type=name_arg, metavar="BUNDLE_ID")
    q.add_argument("--district", type=name_arg, metavar="CODE")
    q.add_argument("--reader", type=text_arg, metavar="NAME", help="unlock the titles (logged)")
    q.add_argument("--passphrase-file", type=path_arg, metavar="FILE")
    q.add_argument("--all", action="store_true", help="erased files too")
    json_option(q)
    q.set_defaults(run=cmd_protected, workspace_kind="office")

    q = osub.add_parser(
        "open-protected", parents=[common], help="decrypt one protected file to a file (logged)"
    )
    q.add_argument("bundle_id", nargs="?", type=name_arg, metavar="BUNDLE_ID")
    q.add_argument("file", nargs="?", type=name_arg, metavar="FILE", help="e.g. p-001.age")
    q.add_argument("--age", type=path_arg, metavar="FILE.age", help="any file age encrypted")
    q.add_argument("--reader", required=True, type=text_arg, metavar="NAME")
    q.add_argument("--passphrase-file", type=path_arg, metavar="FILE")
    q.add_argument("--out", required=True, type=path_arg, metavar="OUT")
    q.add_argument("--overwrite", action="store_true")
    json_option(q)
    q.set_defaults(run=cmd_open_protected, workspace_kind="office")

    q = osub.add_parser("access-log", parents=[common], help="who opened which protected file")
    json_option(q)
    q.set_defaults(run=cmd_access_log, workspace_kind="office")

    q = osub.add_parser("retention", parents=[common], help="show or set the retention period")
    q.add_argument("--years", type=bounded_int(1, 50), metavar="N")
    json_option(q)
    q.set_defaults(run=cmd_retention, workspace_kind="office")

    q = osub.add_parser(
        "purge", parents=[common], help="erase protected evidence past the retention period"
    )
    q.add_argument("--before", type=parse_date, metavar="YYYY-MM-DD")
    q.add_argument("--report", type=path_arg, metavar="FILE", help="the erasure report (JSON)")
    q.add_argument("--sign", action="store_true", help="sign the report with the office key")
    q.add_argument("--passphrase-file", type=path_arg, metavar="FILE", help="of the office key")
    q.add_argument("--overwrite", action="store_true")
    json_option(q)
    q.set_defaults(run=cmd_purge, workspace_kind="office")


def _reader_passphrase(args: argparse.Namespace, confirm: bool = False) -> str:
    return _passphrase(args, confirm=confirm, prompt=READER_PROMPT)


# --- readers --------------------------------------------------------------------------------------


def cmd_reader_add(args: argparse.Namespace) -> int:
    with open_workspace(args) as ws:
        reader = ws.add_office_reader(args.name, _reader_passphrase(args, confirm=True))
    emit(
        args,
        to_jsonable(reader),
        [
            translate("CLI", "Added the reader {name}; recipient {recipient}.").format(
                name=printable(reader.name), recipient=reader.recipient
            ),
            translate(
                "CLI",
                "Write the office card again (sealdesk office card) and send it to the districts.",
            ),
        ],
    )
    return 0


def cmd_reader_list(args: argparse.Namespace) -> int:
    with open_workspace(args) as ws:
        readers = ws.office_readers(include_removed=args.all)
    lines = []
    for r in readers:
        state = (
            translate("CLI", "removed {date}").format(date=r.removed_at.date().isoformat())
            if r.removed_at
            else translate("CLI", "added {date}").format(date=r.added_at.date().isoformat())
        )
        lines.append(f"{printable(r.name)}  {r.recipient}  {state}")
    if not readers:
        lines.append(translate("CLI", "No reader of personal data yet."))
    emit(args, [to_jsonable(r) for r in readers], lines)
    return 0


def cmd_reader_remove(args: argparse.Namespace) -> int:
    with open_workspace(args) as ws:
        reader = ws.remove_office_reader(args.name)
    print(
        translate(
            "CLI",
            "Removed the reader {name}; their key is wiped. Write the office card again.",
        ).format(name=printable(reader.name))
    )
    return 0


def cmd_reader_export(args: argparse.Namespace) -> int:
    with open_workspace(args) as ws:
        out = ws.export_reader_identity(args.name, args.out, overwrite=args.overwrite)
    print(
        translate("CLI", "Wrote the reader's key, locked by their passphrase, to {path}.").format(
            path=printable(str(out))
        )
    )
    return 0


# --- protected files ------------------------------------------------------------------------------


def cmd_protected(args: argparse.Namespace) -> int:
    with open_workspace(args) as ws:
        files = ws.protected_files(
            bundle_id=args.bundle, district_code=args.district, include_purged=args.all
        )
        titles: dict[str, dict[str, dict[str, Any]]] = {}
        if args.reader is not None:
            passphrase = _reader_passphrase(args)
            for bundle_id in dict.fromkeys(f.bundle_id for f in files if not f.purged_at):
                titles[bundle_id] = ws.protected_titles(bundle_id, args.reader, passphrase)
    data, lines = [], []
    for f in files:
        meta = titles.get(f.bundle_id, {}).get(f.neutral_name, {})
        item = to_jsonable(f)
        if meta:
            item.update({"name": meta.get("name", ""), "title": meta.get("title", "")})
        data.append(item)
        shown = printable(str(meta.get("title") or meta.get("name") or "")) if meta else ""
        if f.purged_at:
            state = translate("CLI", "erased {date}").format(date=f.purged_at.date().isoformat())
        elif f.readable_by:
            state = translate("CLI", "protected")
        else:
            state = translate("CLI", "protected; no reader of this office can open it")
        lines.append(
            f"{f.district_code}  {f.round_be}  {f.bundle_id}  {f.neutral_name}  {f.size}  "
            f"{state}{'  ' + shown if shown else ''}"
        )
    if not files:
        lines.append(translate("CLI", "The office holds no protected evidence."))
    emit(args, data, lines)
    return 0


def cmd_open_protected(args: argparse.Namespace) -> int:
    by_bundle = args.bundle_id is not None and args.file is not None
    if by_bundle == (args.age is not None):
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Errors", "Give either a bundle and a protected file, or --age FILE, not both."
            )
        )
    with open_workspace(args) as ws:
        passphrase = _reader_passphrase(args)
        if args.age is not None:
            size = ws.open_age_file(args.age, args.reader, passphrase, args.out, args.overwrite)
            data: dict[str, Any] = {"out": str(args.out), "size": size}
        else:
            opened = ws.extract_protected(
                args.bundle_id, args.file, args.reader, passphrase, args.out, args.overwrite
            )
            size = len(opened.data)
            data = {
                "out": str(args.out),
                "size": size,
                "name": opened.name,
                "title": opened.title,
                "media_type": opened.media_type,
            }
    emit(
        args,
        data,
        [
            translate(
                "CLI", "Decrypted to {path} ({size} bytes); the opening is in the access log."
            ).format(path=printable(str(args.out)), size=size)
        ],
    )
    return 0


def cmd_access_log(args: argparse.Namespace) -> int:
    with open_workspace(args) as ws:
        entries = ws.access_log()
    lines = [
        f"{e.at.isoformat(sep=' ')}  {printable(e.reader)}  {e.action}  "
        f"{e.district_code or '-'}  {e.bundle_id or '-'}  {printable(e.neutral_name)}"
        for e in entries
    ]
    if not entries:
        lines.append(translate("CLI", "No protected file was opened yet."))
    emit(args, [to_jsonable(e) for e in entries], lines)
    return 0


# --- retention ------------------------------------------------------------------------------------


def cmd_retention(args: argparse.Namespace) -> int:
    with open_workspace(args) as ws:
        if args.years is not None:
            ws.set_retention_years(args.years)
        years, cutoff = ws.retention_years(), ws.retention_cutoff()
    emit(
        args,
        {"years": years, "purge_before": cutoff.isoformat()},
        [translate_n("CLI", KEPT_YEARS, years).format(date=cutoff.isoformat())],
    )
    return 0


def cmd_purge(args: argparse.Namespace) -> int:
    with open_workspace(args) as ws:
        before = args.before or ws.retention_cutoff()
        sign = args.report is not None and (args.sign or args.passphrase_file is not None)
        result = ws.purge_protected(
            before,
            report=args.report,
            overwrite=args.overwrite,
            passphrase=_passphrase(args) if sign else None,
        )
    lines = [translate_n("CLI", ERASED, len(result.files)).format(date=before.isoformat())]
    if result.report is not None:
        lines.append(
            translate("CLI", "Wrote the erasure report to {path}.").format(
                path=printable(str(result.report))
            )
        )
    emit(
        args,
        {
            "before": before.isoformat(),
            "files": list(result.files),
            "blobs_erased": result.blobs_erased,
            "quarantined_erased": result.quarantined_erased,
            "report": str(result.report) if result.report else None,
        },
        lines,
    )
    return 0
