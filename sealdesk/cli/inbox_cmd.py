"""``sealdesk inbox``: watch the scanner inbox folder, or take what is in it once.

    sealdesk inbox watch [--once] [--folder DIR] [--poll] [--settle SECONDS] [--json]
    sealdesk inbox set-folder DIR [--delete-originals | --keep-originals]
    sealdesk inbox list [--json]          # imported, waiting to be filed under a benchmark
    sealdesk inbox file SHA256-PREFIX... --benchmark CODE [--benchmark CODE ...]
    sealdesk inbox discard SHA256-PREFIX...   # to <inbox folder>/discarded/, recoverable
    sealdesk inbox discarded [--json]         # what was discarded
    sealdesk inbox restore NAME...            # back into the inbox list, waiting to be filed

The folder is a workspace setting ("inbox.folder"); by default "SealDesk Inbox" in the user's
documents folder. "inbox.after_import" is "move" (to imported/, the default) or "delete".
"""

from __future__ import annotations

import argparse
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sealdesk.cli.common import (
    common_options,
    emit,
    folder_arg,
    json_option,
    name_arg,
    open_workspace,
    printable,
    round_option,
    seconds,
    translate,
)
from sealdesk.errors import QT_TRANSLATE_NOOP, FileAccessError

if TYPE_CHECKING:
    from sealdesk.services.inbox import ImportResult, WatchConfig
    from sealdesk.services.workspace import Workspace

SETTLE_MIN = 0.1
SETTLE_MAX = 3600.0
"""``--settle`` in seconds: long enough to see a file change, at most an hour."""


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    common = common_options()
    p = sub.add_parser("inbox", parents=[common], help="the scanner inbox folder")
    isub = p.add_subparsers(dest="inbox_command", required=True)

    q = isub.add_parser("watch", parents=[common], help="import new files from the inbox folder")
    q.add_argument("--once", action="store_true", help="take what is there now, then exit")
    q.add_argument(
        "--folder", type=folder_arg, metavar="DIR", help="watch DIR instead of the setting"
    )
    q.add_argument("--poll", action="store_true", help="poll instead of file-system events")
    q.add_argument(
        "--settle",
        type=seconds(SETTLE_MIN, SETTLE_MAX),
        metavar="SECONDS",
        default=None,
        help="how long a file must stay unchanged before it is taken (default 2)",
    )
    json_option(q)
    q.set_defaults(run=cmd_watch)

    q = isub.add_parser("set-folder", parents=[common], help="choose the inbox folder")
    q.add_argument("folder", type=folder_arg, metavar="DIR")
    after = q.add_mutually_exclusive_group()
    after.add_argument(
        "--delete-originals",
        dest="after",
        action="store_const",
        const="delete",
        help="delete each file once it is imported",
    )
    after.add_argument(
        "--keep-originals",
        dest="after",
        action="store_const",
        const="move",
        help="move each imported file to imported/ (the default)",
    )
    q.set_defaults(run=cmd_set_folder, after=None)

    q = isub.add_parser("list", parents=[common], help="imported files waiting to be filed")
    json_option(q)
    round_option(q)
    q.set_defaults(run=cmd_list)

    q = isub.add_parser("file", parents=[common], help="file inbox documents under benchmarks")
    q.add_argument("sha256_prefixes", nargs="+", type=name_arg, metavar="SHA256-PREFIX")
    q.add_argument("--benchmark", action="append", required=True, type=name_arg, metavar="CODE")
    round_option(q)
    q.set_defaults(run=cmd_file)

    q = isub.add_parser(
        "discard", parents=[common], help="discard inbox documents (to discarded/, recoverable)"
    )
    q.add_argument("sha256_prefixes", nargs="+", type=name_arg, metavar="SHA256-PREFIX")
    json_option(q)
    q.set_defaults(run=cmd_discard)

    q = isub.add_parser("discarded", parents=[common], help="list the discarded scans")
    json_option(q)
    q.set_defaults(run=cmd_discarded)

    q = isub.add_parser("restore", parents=[common], help="bring discarded scans back")
    q.add_argument("names", nargs="+", type=name_arg, metavar="NAME")
    json_option(q)
    q.set_defaults(run=cmd_restore)


def _line_imported(result: ImportResult) -> str:
    if result.duplicate:
        text = translate("CLI", "Already stored: {name} ({sha}).")
    elif result.suggested:
        text = translate("CLI", "Imported {name} ({sha}); suggested benchmark {code}.")
    else:
        text = translate("CLI", "Imported {name} ({sha}).")
    return text.format(name=printable(result.name), sha=result.sha256[:12], code=result.suggested)


def _line_failed(path: Path, reason: str) -> str:
    return translate("CLI", "Could not import {name}: {reason} (moved to {folder})").format(
        name=printable(path.name), reason=printable(reason), folder=printable(str(path.parent))
    )


def _config(args: argparse.Namespace, ws: Workspace) -> WatchConfig:
    from sealdesk.services import inbox

    quiet = args.settle if args.settle is not None else inbox.DEFAULT_QUIET
    return inbox.watch_config(ws, quiet=quiet, poll=args.poll)


def cmd_watch(args: argparse.Namespace) -> int:
    from sealdesk.services import inbox

    with open_workspace(args) as ws:
        folder = (args.folder or inbox.inbox_folder(ws)).expanduser()
        config = _config(args, ws)
        if args.once:
            report = inbox.scan_once(ws, folder, config, translate=translate)
            lines = [_line_imported(r) for r in report.imported]
            lines += [_line_failed(p, why) for p, why in report.failed]
            lines += [
                translate("CLI", "Still changing, left for next time: {name}").format(
                    name=printable(p.name)
                )
                for p in report.waiting
            ]
            lines.append(
                translate(
                    "CLI", "{imported} imported, {duplicates} already stored, {failed} failed."
                ).format(
                    imported=len(report.imported) - len(report.duplicates),
                    duplicates=len(report.duplicates),
                    failed=len(report.failed),
                )
            )
            data = {
                "folder": folder,
                "imported": [_result_data(r) for r in report.imported],
                "failed": [{"path": p, "reason": why} for p, why in report.failed],
                "waiting": report.waiting,
            }
            emit(args, data, lines)
            return 1 if report.failed else 0

        quiet_output = getattr(args, "json", False)

        def say(line: str) -> None:
            if not quiet_output:
                print(line, flush=True)

        watcher = inbox.make_watcher(
            ws,
            folder,
            config,
            on_imported=lambda r: say(_line_imported(r)),
            on_failed=lambda p, why: say(_line_failed(p, why)),
            on_status=say,
            translate=translate,
        )
        done = threading.Event()
        watcher.start()
        try:
            say(translate("CLI", "Press Ctrl+C to stop."))
            while not done.wait(0.5):
                if not watcher.is_alive():
                    break
        except KeyboardInterrupt:
            pass
        finally:
            watcher.stop()
        counts = watcher.counts
        emit(
            args,
            counts,
            [
                translate(
                    "CLI", "{imported} imported, {duplicates} already stored, {failed} failed."
                ).format(
                    imported=counts["imported"],
                    duplicates=counts["duplicate"],
                    failed=counts["failed"],
                )
            ],
        )
    return 0


def _result_data(result: ImportResult) -> dict[str, Any]:
    return {
        "name": result.name,
        "sha256": result.sha256,
        "evidence_id": result.evidence.id,
        "duplicate": result.duplicate,
        "suggested": result.suggested,
        "moved_to": result.moved_to,
    }


def cmd_set_folder(args: argparse.Namespace) -> int:
    from sealdesk.services import inbox

    folder = args.folder.expanduser().resolve()
    with open_workspace(args) as ws:
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise FileAccessError(
                QT_TRANSLATE_NOOP("Errors", "The folder {folder} cannot be made ({reason})."),
                folder=str(folder),
                reason=error.strerror or str(error),
            ) from None
        inbox.set_folder(ws, folder, args.after)
        after = (
            translate("CLI", "imported files will be deleted")
            if inbox.delete_after_import(ws)
            else translate("CLI", "imported files will be moved to {folder}").format(
                folder=printable(str(folder / "imported"))
            )
        )
        print(
            translate("CLI", "Inbox folder: {folder} ({after}).").format(
                folder=printable(str(folder)), after=after
            )
        )
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    from sealdesk.services import inbox

    with open_workspace(args) as ws:
        items = inbox.waiting_to_be_filed(ws, args.round)
        lines = [
            translate("CLI", "{sha}  {name}  (suggested: {code})").format(
                sha=i.evidence.short_hash, name=printable(i.name), code=i.suggested
            )
            if i.suggested
            else f"{i.evidence.short_hash}  {printable(i.name)}"
            for i in items
        ]
        if not items:
            lines = [translate("CLI", "Nothing is waiting to be filed.")]
        data = [
            {
                "evidence_id": i.evidence.id,
                "sha256": i.evidence.sha256,
                "name": i.name,
                "suggested": i.suggested,
            }
            for i in items
        ]
        emit(args, data, lines)
    return 0


def cmd_file(args: argparse.Namespace) -> int:
    from sealdesk.services import inbox

    with open_workspace(args) as ws:
        items = [ws.find_evidence(p, args.round) for p in args.sha256_prefixes]
        inbox.file_many(ws, [i.id for i in items], args.benchmark, args.round)
        for item in items:
            print(
                translate("CLI", "Filed {name} under {codes}.").format(
                    name=printable(item.original_name), codes=", ".join(args.benchmark)
                )
            )
    return 0


def cmd_discard(args: argparse.Namespace) -> int:
    from sealdesk.services import inbox

    with open_workspace(args) as ws:
        items = [ws.find_evidence(p) for p in args.sha256_prefixes]
        data, lines = [], []
        for item in items:
            copy = inbox.discard(ws, item.id)
            data.append({"name": item.original_name, "sha256": item.sha256, "moved_to": copy})
            lines.append(
                translate("CLI", "Discarded {name}: kept in {path}").format(
                    name=printable(item.original_name), path=printable(str(copy))
                )
            )
        emit(args, data, lines)
    return 0


def cmd_discarded(args: argparse.Namespace) -> int:
    from sealdesk.services import inbox

    with open_workspace(args) as ws:
        scans = inbox.discarded(ws)
        lines = [f"{s.discarded_at:%Y-%m-%d %H:%M}  {printable(s.name)}" for s in scans] or [
            translate("CLI", "No scan has been discarded.")
        ]
        data = [
            {"name": s.name, "path": s.path, "size": s.size, "discarded_at": s.discarded_at}
            for s in scans
        ]
        emit(args, data, lines)
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from sealdesk.services import inbox

    with open_workspace(args) as ws:
        data, lines = [], []
        for name in args.names:
            added = inbox.restore(ws, name)
            data.append(
                {"name": name, "evidence_id": added.evidence.id, "sha256": added.evidence.sha256}
            )
            lines.append(
                translate("CLI", "Restored {name}: it is waiting to be filed again.").format(
                    name=printable(name)
                )
            )
        emit(args, data, lines)
    return 0
