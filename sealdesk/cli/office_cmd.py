"""``sealdesk office``: the coordinating office's commands.

    sealdesk office init --name TEXT [--workspace DIR]
    sealdesk office enrol PUBKEY_FILE --district CODE [--yes]
    sealdesk office enrol --from-text TEXT --district CODE [--yes]
    sealdesk office keys [--json]
    sealdesk office revoke KEY_ID --reason TEXT
    sealdesk office trust-export --out FILE [--passphrase-file FILE] [--overwrite]
    sealdesk office card --out FILE [--passphrase-file FILE] [--overwrite]
    sealdesk office receive FILE... [--json]
    sealdesk office quarantine [--json]
    sealdesk office release ID [--json]
    sealdesk office intake watch --folder DIR [--once] [--poll] [--json]
    sealdesk office status [--round YEAR_BE] [--json]
    sealdesk office publish-catalog FILE.toml --out FILE [--passphrase-file FILE] [--overwrite]

Every office command refuses a district workspace, and every district command an office one
(cli/common.open_workspace, exit 3); ``key``, ``audit``, ``check`` and ``backup`` serve both.
"""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from typing import Any

from sealdesk.cli import catalog_publish_cmd, office_personal, office_reports, review_cmd
from sealdesk.cli.bundle_cmd import _passphrase
from sealdesk.cli.common import (
    common_options,
    emit,
    folder_arg,
    json_option,
    name_arg,
    open_workspace,
    path_arg,
    printable,
    qt_translate,
    round_option,
    text_arg,
    to_jsonable,
    translate,
    workspace_dir,
)
from sealdesk.errors import QT_TRANSLATE_NOOP, InputError

EXIT_REFUSED = 1
"""``office receive`` and ``office intake watch --once`` when any file was refused."""


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    common = common_options()
    p = sub.add_parser("office", parents=[common], help="the coordinating office at City Hall")
    p.set_defaults(workspace_kind="office")
    osub = p.add_subparsers(dest="office_command", required=True)

    q = osub.add_parser("init", parents=[common], help="create the coordinating office's workspace")
    q.add_argument("--name", required=True, type=text_arg, metavar="TEXT")
    q.set_defaults(run=cmd_init)

    q = osub.add_parser("enrol", parents=[common], help="add a district's public key")
    q.add_argument("pubkey_file", nargs="?", type=path_arg, metavar="PUBKEY_FILE")
    q.add_argument("--from-text", type=text_arg, metavar="TEXT", help="the key line of the sheet")
    q.add_argument("--district", required=True, type=name_arg, metavar="CODE")
    q.add_argument("--yes", action="store_true", help="do not ask to confirm the fingerprint")
    json_option(q)
    q.set_defaults(run=cmd_enrol)

    q = osub.add_parser("keys", parents=[common], help="list the districts' keys")
    json_option(q)
    q.set_defaults(run=cmd_keys)

    q = osub.add_parser("revoke", parents=[common], help="revoke a district's key")
    q.add_argument("key_id", type=name_arg, metavar="KEY_ID")
    q.add_argument("--reason", required=True, type=text_arg, metavar="TEXT")
    q.set_defaults(run=cmd_revoke)

    for name, helptext in (
        ("trust-export", "write the trust list, signed by the office key"),
        ("card", "write the office card, signed by the office key"),
    ):
        q = osub.add_parser(name, parents=[common], help=helptext)
        q.add_argument("--out", required=True, type=path_arg, metavar="FILE")
        q.add_argument("--passphrase-file", type=path_arg, metavar="FILE")
        q.add_argument("--overwrite", action="store_true")
        q.set_defaults(run=cmd_trust_export if name == "trust-export" else cmd_card)

    # issue 16: a signed receipt of what the office holds from a district
    q = osub.add_parser("receipt", parents=[common], help="write a signed receipt for a district")
    q.add_argument("district", type=name_arg, metavar="DISTRICT")
    round_option(q)
    q.add_argument("--out", required=True, type=path_arg, metavar="FILE")
    q.add_argument("--passphrase-file", type=path_arg, metavar="FILE")
    q.add_argument("--overwrite", action="store_true")
    json_option(q)
    q.set_defaults(run=cmd_receipt)

    q = osub.add_parser("receive", parents=[common], help="verify and take in bundles")
    q.add_argument("files", nargs="+", type=path_arg, metavar="FILE")
    json_option(q)
    q.set_defaults(run=cmd_receive)

    q = osub.add_parser("quarantine", parents=[common], help="list the quarantined files")
    json_option(q)
    q.set_defaults(run=cmd_quarantine)

    q = osub.add_parser("release", parents=[common], help="receive a quarantined file again")
    q.add_argument("id", type=int, metavar="ID")
    json_option(q)
    q.set_defaults(run=cmd_release)

    q = osub.add_parser("intake", parents=[common], help="the intake folder")
    isub = q.add_subparsers(dest="intake_command", required=True)
    w = isub.add_parser("watch", parents=[common], help="receive the bundles put in a folder")
    w.add_argument("--folder", required=True, type=folder_arg, metavar="DIR")
    w.add_argument("--once", action="store_true", help="take what is there now, then exit")
    w.add_argument("--poll", action="store_true", help="poll instead of file-system events")
    json_option(w)
    w.set_defaults(run=cmd_intake_watch)

    q = osub.add_parser("status", parents=[common], help="the whole city: one row per district")
    round_option(q)
    json_option(q)
    q.set_defaults(run=cmd_status)

    office_reports.register_office(osub)
    review_cmd.register_office(osub)  # issue 15: review, return, accept, finalize, reviews
    office_personal.register_office(osub)  # issue 18
    catalog_publish_cmd.register_office(osub)


# --- init, keys ---------------------------------------------------------------------------------


def cmd_init(args: argparse.Namespace) -> int:
    from sealdesk.services.workspace import Workspace, default_actor

    path = workspace_dir(args)
    actor = getattr(args, "actor", None) or default_actor()
    with Workspace.create_office(path, name=args.name, actor=actor) as ws:
        ws.set_setting("clerk", actor)
        print(
            translate("CLI", "Created the workspace of the office {name} in {path}.").format(
                name=printable(ws.office_name), path=printable(str(path))
            )
        )
    return 0


def _confirm(args: argparse.Namespace, question: str) -> None:
    """Asks on the terminal unless --yes; without a terminal, --yes is required."""
    if getattr(args, "yes", False):
        return
    if not sys.stdin.isatty():
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Errors", "Compare the fingerprint with the paper, then confirm with --yes."
            )
        )
    answer = input(question + " ").strip().lower()
    if answer not in ("y", "yes", "ใช่", "ช"):
        raise InputError(QT_TRANSLATE_NOOP("Errors", "Not confirmed; nothing was changed."))


def _key_data(key: Any) -> dict[str, Any]:
    return to_jsonable(key)


def cmd_enrol(args: argparse.Namespace) -> int:
    from sealdesk.domain.districts import district
    from sealdesk.domain.fingerprint import group_hex
    from sealdesk.services.office_trust import parse_key_text, read_key_file

    if (args.pubkey_file is None) == (args.from_text is None):
        raise InputError(
            QT_TRANSLATE_NOOP("Errors", "Give either a key file or --from-text TEXT, not both.")
        )
    with open_workspace(args) as ws:
        place = district(args.district.strip())
        if args.from_text is not None:
            public = parse_key_text(args.from_text, "--from-text")
        else:
            public = read_key_file(args.pubkey_file)
        if not args.json:
            print(
                translate("CLI", "District: {code} {th} ({en})").format(
                    code=place.code, th=place.th, en=place.en
                )
            )
            print(translate("CLI", "Key id: {key_id}").format(key_id=public.key_id_hex))
            print(
                translate("CLI", "Fingerprint: {fingerprint}").format(
                    fingerprint=group_hex(public.fingerprint)
                )
            )
        _confirm(args, translate("CLI", "Is this the fingerprint on the district's signed sheet?"))
        key = ws.enrol_key(public, place.code)
        emit(
            args,
            _key_data(key),
            [
                translate("CLI", "Enrolled key {key_id} for district {district}.").format(
                    key_id=key.key_id, district=key.district_code
                )
            ],
        )
    return 0


def cmd_keys(args: argparse.Namespace) -> int:
    with open_workspace(args) as ws:
        keys = ws.office_keys()
        lines = []
        for k in keys:
            if k.revoked:
                state = translate("CLI", "revoked {date}: {reason}").format(
                    date=k.revoked_at.date().isoformat(), reason=printable(k.revoked_reason)
                )
            else:
                state = translate("CLI", "enrolled {date}").format(
                    date=k.enrolled_at.date().isoformat()
                )
            lines.append(f"{k.district_code}  {k.key_id}  {k.fingerprint[:16]}  {state}")
        if not keys:
            lines.append(translate("CLI", "No district key is enrolled yet."))
        emit(args, [_key_data(k) for k in keys], lines)
    return 0


def cmd_revoke(args: argparse.Namespace) -> int:
    with open_workspace(args) as ws:
        key = ws.revoke_key(args.key_id, args.reason)
    print(
        translate("CLI", "Revoked key {key_id} of district {district}.").format(
            key_id=key.key_id, district=key.district_code
        )
    )
    return 0


def cmd_trust_export(args: argparse.Namespace) -> int:
    with open_workspace(args) as ws:
        passphrase = _passphrase(args)
        count = ws.export_trust_list(args.out, passphrase, overwrite=args.overwrite)
    print(
        translate("CLI", "Wrote the trust list to {path}. Keys on it: {count}.").format(
            count=count, path=printable(str(args.out))
        )
    )
    return 0


def cmd_card(args: argparse.Namespace) -> int:
    from sealdesk.domain.fingerprint import group_hex

    with open_workspace(args) as ws:
        passphrase = _passphrase(args)
        public = ws.write_office_card(args.out, passphrase, overwrite=args.overwrite)
    print(
        translate("CLI", "Wrote the office card to {path}.").format(path=printable(str(args.out)))
    )
    print(
        translate("CLI", "Fingerprint: {fingerprint}").format(
            fingerprint=group_hex(public.fingerprint)
        )
    )
    return 0


def cmd_receipt(args: argparse.Namespace) -> int:
    with open_workspace(args) as ws:
        passphrase = _passphrase(args)
        receipt = ws.write_receipt(
            args.district, args.out, passphrase, round_be=args.round, overwrite=args.overwrite
        )
    emit(
        args,
        receipt,
        [
            translate(
                "CLI",
                "Wrote the receipt for district {district}, round {round} to {path}: {bundles} "
                "bundles, {files} evidence files.",
            ).format(
                district=receipt.district_code,
                round=receipt.round_be,
                path=printable(str(args.out)),
                bundles=len(receipt.bundles),
                files=len(receipt.evidence),
            )
        ],
    )
    return 0


# --- intake -------------------------------------------------------------------------------------


def _result_line(result: Any) -> str:
    # names in it come from the files and the bundles: shown, never acted on; in the CLI's
    # language (``translate``), not whatever translator the process has installed
    return printable(result.render(translate))


def _result_data(result: Any) -> dict[str, Any]:
    data = to_jsonable(result)
    data["message"] = result.render(translate)
    data.pop("params", None)
    return data


def cmd_receive(args: argparse.Namespace) -> int:
    with open_workspace(args) as ws:
        results = ws.receive_bundles(args.files)
    emit(args, [_result_data(r) for r in results], [_result_line(r) for r in results])
    return EXIT_REFUSED if any(r.outcome.refused for r in results) else 0


def cmd_quarantine(args: argparse.Namespace) -> int:
    from sealdesk.errors import render_message

    with open_workspace(args) as ws:
        kept = ws.office_quarantined()
    lines = [
        f"{q.id:>4}  {q.received_at.isoformat(' ')}  "
        + printable(render_message("Office", q.message, q.params, qt_translate))
        for q in kept
    ]
    if not kept:
        lines.append(translate("CLI", "Nothing is in quarantine."))
    emit(args, kept, lines)
    return 0


def cmd_release(args: argparse.Namespace) -> int:
    with open_workspace(args) as ws:
        result = ws.office_release(args.id)
    emit(args, _result_data(result), [_result_line(result)])
    return EXIT_REFUSED if result.outcome.refused else 0


class _StopOnTerm:
    """SIGTERM (a service manager, ``kill``) stops the watcher as Ctrl+C does: the file being
    taken is finished, the folder's lock is released and the workspace closed cleanly."""

    def __init__(self) -> None:
        self.previous: Any = None
        if threading.current_thread() is threading.main_thread():
            self.previous = signal.signal(signal.SIGTERM, self._interrupt)

    @staticmethod
    def _interrupt(signum: int, frame: Any) -> None:
        raise KeyboardInterrupt

    def restore(self) -> None:
        if self.previous is not None:
            signal.signal(signal.SIGTERM, self.previous)


def cmd_intake_watch(args: argparse.Namespace) -> int:
    from sealdesk.services.office_watch import (
        make_office_watcher,
        office_watch_config,
        scan_office_folder,
    )

    config = office_watch_config(poll=args.poll)
    with open_workspace(args) as ws:
        if args.once:
            report, results = scan_office_folder(ws, args.folder, config, translate=translate)
            lines = [_result_line(r) for r in results]
            lines += [
                translate("CLI", "Still changing, left for next time: {name}").format(
                    name=printable(p.name)
                )
                for p in report.waiting
            ]
            emit(args, [_result_data(r) for r in results], lines)
            return EXIT_REFUSED if any(r.outcome.refused for r in results) else 0

        quiet_output = getattr(args, "json", False)

        def say(line: str) -> None:
            if not quiet_output:
                print(line, flush=True)

        watcher, store = make_office_watcher(
            ws,
            args.folder,
            config,
            on_imported=lambda r: say(_result_line(r.evidence)),
            on_failed=lambda p, why: say(printable(why)),
            on_status=say,
            translate=translate,
        )
        done = threading.Event()
        stop_on_term = _StopOnTerm()
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
            stop_on_term.restore()
        emit(args, [_result_data(r) for r in store.results], [])
    return 0


# --- status -------------------------------------------------------------------------------------


def cmd_status(args: argparse.Namespace) -> int:
    from sealdesk.cli.common import current_language

    with open_workspace(args) as ws:
        city = ws.office_status(args.round)
    lang = current_language()
    lines = [
        translate(
            "CLI", "{office}: round {round}, {sent} of {total} districts sent a bundle."
        ).format(
            office=printable(city.office_name),
            round=city.round_year_be,
            sent=len(city.rows) - len(city.not_submitted()),
            total=len(city.rows),
        )
    ]
    for r in city.rows:
        name = r.name_th if lang == "th" else r.name_en
        state = translate("SubmissionState", r.state.label)
        if r.bundle_id is None:
            lines.append(f"{r.district_code}  {name:<20} {state}")
            continue
        level = translate("Level", r.projected_level.label) if r.projected_level else "-"
        when = r.received_at.isoformat(" ") if r.received_at else ""
        missing = ",".join(r.mandatory_missing) or "-"
        lines.append(
            f"{r.district_code}  {name:<20} {state:<12} {r.score_percent or 0:5.1f}%  {level:<8} "
            f"{missing}  {r.evidence_count:>3}  {r.catalog_edition}  {when}  {r.bundle_id}"
        )
        if r.catalog_standing is not None and r.catalog_standing.flagged:  # issue 17
            lines[-1] += "  ⚑ " + translate("Office", r.catalog_standing.label)
    emit(args, city, [printable(line) for line in lines])
    return 0
