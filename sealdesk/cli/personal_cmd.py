"""Personal data at a district (issue 18, docs/personal-data.md), on the command line:

sealdesk evidence add FILE --personal-data | --no-personal-data
sealdesk evidence mark ID --personal-data | --no-personal-data
sealdesk backup FILE [--passphrase-file F | --unencrypted]
sealdesk restore FILE [--passphrase-file F]
sealdesk purge --before DATE [--report FILE] [--yes]

The options of ``evidence``, ``backup`` and ``restore`` are registered by cli/commands.py
with the helpers here; ``purge`` is this module's own command.
"""

from __future__ import annotations

import argparse
from typing import Any

from sealdesk.cli.common import (
    common_options,
    emit,
    json_option,
    open_workspace,
    parse_date,
    path_arg,
    printable,
    translate,
    translate_n,
)
from sealdesk.errors import QT_TRANSLATE_NOOP, SealDeskError

PURGED = "Erased %n documents marked as personal data, added before {before}."
CONFIRM_PURGE = (
    "Erase %n documents marked as personal data, for good? They cannot be restored except "
    "from an earlier backup."
)
"""Plural messages (``numerus="yes"``, shown with ``translate_n``)."""


def _lupdate_marks() -> None:  # pragma: no cover - never called
    """pyside6-lupdate marks a message plural only when it is translated with a literal
    number, so the plural messages above are written here once more for it."""
    from PySide6.QtCore import QCoreApplication

    QCoreApplication.translate(
        "CLI", "Erased %n documents marked as personal data, added before {before}.", None, 1
    )
    QCoreApplication.translate(
        "CLI",
        "Erase %n documents marked as personal data, for good? They cannot be restored except "
        "from an earlier backup.",
        None,
        1,
    )


def personal_data_option(
    parser: argparse.ArgumentParser, *, default: bool | None = None, required: bool = False
) -> None:
    group = parser.add_mutually_exclusive_group(required=required)
    group.add_argument(
        "--personal-data",
        dest="personal_data",
        action="store_true",
        default=default,
        help="the file names people: it travels encrypted to the office's readers",
    )
    group.add_argument(
        "--no-personal-data",
        dest="personal_data",
        action="store_false",
        help="the file names no one (clears the mark, or the benchmark's usual one)",
    )


def marked_when_added(ws: Any, args: argparse.Namespace) -> bool:
    """--personal-data or --no-personal-data as given; without either, what the catalog says
    of the benchmarks the file is added to (``personal_data = true``)."""
    if args.personal_data is not None:
        return bool(args.personal_data)
    if not args.benchmark:
        return False
    catalog = ws.catalog(args.round)
    usual = {b.code for b in catalog.benchmarks() if b.personal_data}
    return any(code in usual for code in args.benchmark)


def cmd_evidence_mark(args: argparse.Namespace) -> int:
    with open_workspace(args) as ws:
        evidence = ws.mark_evidence(args.evidence_id, args.personal_data)
    line = (
        translate("CLI", "Evidence {id} is marked as containing personal data.")
        if evidence.personal_data
        else translate("CLI", "Evidence {id} is no longer marked as containing personal data.")
    )
    emit(args, evidence, [line.format(id=evidence.id)])
    return 0


# --- backup and restore ---------------------------------------------------------------------


def backup_passphrase_options(parser: argparse.ArgumentParser) -> None:
    group = parser.add_mutually_exclusive_group()
    group.add_argument(
        "--passphrase-file",
        type=path_arg,
        metavar="FILE",
        help="encrypt the backup with this passphrase (age passphrase mode)",
    )
    group.add_argument(
        "--unencrypted",
        action="store_true",
        help="write it in clear even if the workspace holds personal data",
    )


def backup_passphrase(ws: Any, args: argparse.Namespace) -> str | None:
    """The passphrase to encrypt a backup with: from --passphrase-file, or asked for (twice)
    when the workspace holds personal data and --unencrypted was not given; None otherwise."""
    from sealdesk.cli.bundle_cmd import _passphrase
    from sealdesk.services.personal_data import has_personal_data

    if args.passphrase_file is not None:
        return _passphrase(args)
    if args.unencrypted or not has_personal_data(ws):
        return None
    return _passphrase(
        args,
        confirm=True,
        prompt=QT_TRANSLATE_NOOP("CLI", "Passphrase to encrypt the backup with: "),
    )


def restore_passphrase(args: argparse.Namespace) -> str | None:
    """From --passphrase-file, or asked for when the backup is encrypted."""
    from sealdesk.cli.bundle_cmd import _passphrase
    from sealdesk.services.personal_data import backup_is_encrypted

    if args.passphrase_file is not None:
        return _passphrase(args)
    try:
        encrypted = backup_is_encrypted(args.file)
    except (OSError, SealDeskError):
        return None  # the restore itself says what is wrong with the file, in its own order
    if not encrypted:
        return None
    return _passphrase(args, prompt=QT_TRANSLATE_NOOP("CLI", "Passphrase of the backup: "))


# --- purge ------------------------------------------------------------------------------------


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    common = common_options()
    p = sub.add_parser(
        "purge",
        parents=[common],
        help="erase evidence marked as personal data once its retention has ended",
    )
    p.add_argument("--before", required=True, type=parse_date, metavar="YYYY-MM-DD")
    p.add_argument("--report", type=path_arg, metavar="FILE", help="write the erasure report")
    p.add_argument("--overwrite", action="store_true", help="replace an existing report file")
    p.add_argument("--yes", action="store_true", help="do not ask to confirm")
    json_option(p)
    p.set_defaults(run=cmd_purge)


def cmd_purge(args: argparse.Namespace) -> int:
    from sealdesk.cli.office_cmd import _confirm

    with open_workspace(args) as ws:
        count = sum(
            1 for e in ws.evidence_list() if e.personal_data and e.added_at.date() < args.before
        )
        if count:
            _confirm(
                args,
                translate_n("CLI", CONFIRM_PURGE, count),
            )
        report = ws.purge_personal_data(args.before, args.report, args.overwrite)
    lines = [translate_n("CLI", PURGED, len(report.erased)).format(before=args.before)]
    for e in report.erased:
        lines.append(f"  {e.evidence_id}  {e.sha256[:12]}  {e.size:>10}  {e.added_at:%Y-%m-%d}")
    if report.report_path is not None:
        lines.append(
            translate("CLI", "Erasure report written to {file}.").format(
                file=printable(str(report.report_path))
            )
        )
    emit(args, report.as_json(), lines)
    return 0
