"""`sealdesk key ...`, `sealdesk export` and `sealdesk verify`: the signed submission bundle.

Exit codes (also in docs/bundle-format.md): 0 ok; key problems 30-35; export blocked 40,
cancelled 41, failed 42; verification: 10 not a bundle, 11 unsigned, 12 bad signature,
13 signer not trusted, 14 tag file changed, 15 payload changed, 16 payload missing,
17 payload added, 18 container altered, 19 cancelled, 21-28 hostile archive.
"""

from __future__ import annotations

import argparse
import getpass
import sys
import warnings
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sealdesk.cli.common import (
    common_options,
    emit,
    json_option,
    open_workspace,
    path_arg,
    printable,
    qt_translate,
    round_option,
    to_jsonable,
    translate,
    workspace_dir,
)
from sealdesk.errors import QT_TRANSLATE_NOOP, InputError
from sealdesk.fsutil import read_regular_text

if TYPE_CHECKING:
    from sealdesk.services.keys import PublicKey


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    common = common_options()

    p = sub.add_parser("key", parents=[common], help="the district's signing key")
    ksub = p.add_subparsers(dest="key_command", required=True)
    q = ksub.add_parser("create", parents=[common], help="create the signing key")
    q.add_argument(
        "--replace", action="store_true", help="replace the current key (kept in history)"
    )
    q.add_argument("--passphrase-file", type=path_arg, metavar="FILE")
    json_option(q)
    q.set_defaults(run=cmd_key_create, workspace_kind="any")
    q = ksub.add_parser("show", parents=[common], help="show the key id and fingerprint")
    json_option(q)
    q.set_defaults(run=cmd_key_show, workspace_kind="any")
    q = ksub.add_parser("export", parents=[common], help="write the public key (minisign format)")
    q.add_argument("file", type=path_arg, metavar="FILE")
    q.add_argument("--overwrite", action="store_true", help="replace FILE if it exists")
    q.set_defaults(run=cmd_key_export, workspace_kind="any")
    q = ksub.add_parser("passwd", parents=[common], help="change the key's passphrase")
    q.add_argument("--passphrase-file", type=path_arg, metavar="FILE", help="old passphrase")
    q.add_argument("--new-passphrase-file", type=path_arg, metavar="FILE")
    q.set_defaults(run=cmd_key_passwd, workspace_kind="any")

    p = sub.add_parser("export", parents=[common], help="write the signed submission bundle")
    p.add_argument(
        "--out", type=path_arg, metavar="FILE", help="default: a new name in the current folder"
    )
    p.add_argument(
        "--delta",
        action="store_true",
        help="leave out the evidence City Hall holds by its latest receipt (fetch.txt)",
    )
    p.add_argument(
        "--part-size",
        metavar="SIZE",
        help="write numbered parts of at most SIZE (e.g. 20MB) and a signed part list",
    )
    p.add_argument("--passphrase-file", type=path_arg, metavar="FILE")
    p.add_argument("--overwrite", action="store_true", help="replace FILE if it exists")
    p.add_argument("--no-checklist", action="store_true", help="leave out the checklist PDF")
    p.add_argument(
        "--check-only", action="store_true", help="only run the pre-flight check, write nothing"
    )
    p.add_argument(
        "--yes",
        action="store_true",
        help="export although the pre-flight check lists warnings (blockers still stop it)",
    )
    json_option(p)
    round_option(p)
    p.set_defaults(run=cmd_export)

    p = sub.add_parser("verify", parents=[common], help="verify a bundle (no workspace needed)")
    p.add_argument("file", type=path_arg, metavar="FILE")
    p.add_argument(
        "--trust",
        type=path_arg,
        metavar="PATH",
        help="a minisign public key, or a folder of .pub files (default: this workspace's keys)",
    )
    p.add_argument(
        "--allow-unsealed",
        action="store_true",
        help="accept a bundle re-zipped after signing if its signed content is intact",
    )
    json_option(p)
    p.set_defaults(run=cmd_verify)


# --- passphrases ----------------------------------------------------------------------------


MAX_PASSPHRASE_FILE = 4096
"""A passphrase file holds one line; a bigger one (or /dev/zero) is refused, not read."""


def _read_passphrase_file(path: Path) -> str:
    """The first line of ``path`` (a regular file of at most MAX_PASSPHRASE_FILE bytes), or of
    standard input when ``path`` is "-"; the line ends at LF or CR LF only."""
    if str(path) == "-":
        data = sys.stdin.buffer.read(MAX_PASSPHRASE_FILE + 1)
        if len(data) > MAX_PASSPHRASE_FILE:
            raise InputError(
                QT_TRANSLATE_NOOP(
                    "Errors", "The passphrase on standard input is longer than {limit} bytes."
                ),
                limit=MAX_PASSPHRASE_FILE,
            )
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise InputError(
                QT_TRANSLATE_NOOP("Errors", "The passphrase on standard input is not UTF-8 text.")
            ) from None
    else:
        text = read_regular_text(path, MAX_PASSPHRASE_FILE)
    return text.split("\n", 1)[0].removesuffix("\r")


def _ask(prompt: str) -> str:
    """getpass, but a clear sentence instead of Python's warning (and reading the passphrase
    in the clear) when there is no terminal to type it in."""
    with warnings.catch_warnings():
        warnings.simplefilter("error", getpass.GetPassWarning)
        try:
            return getpass.getpass(prompt)
        except (getpass.GetPassWarning, EOFError, OSError):
            raise InputError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "There is no terminal to type the passphrase in; "
                    "give it with --passphrase-file FILE.",
                )
            ) from None


def _passphrase(
    args: argparse.Namespace,
    attr: str = "passphrase_file",
    confirm: bool = False,
    prompt: str = QT_TRANSLATE_NOOP("CLI", "Passphrase of the signing key: "),
) -> str:
    path = getattr(args, attr, None)
    if path is not None:
        return _read_passphrase_file(path)
    first = _ask(translate("CLI", prompt))
    if confirm:
        from sealdesk.services.keys import check_passphrase

        check_passphrase(first)  # too short: say so before asking for it again
        again = _ask(translate("CLI", "The same passphrase again: "))
        if again != first:
            raise InputError(QT_TRANSLATE_NOOP("Errors", "The two passphrases differ."))
    return first


# --- key ------------------------------------------------------------------------------------


def _key_json(public: PublicKey) -> dict[str, Any]:
    return {
        "key_id": public.key_id_hex,
        "fingerprint": public.fingerprint,
        "fingerprint_short": public.fingerprint_grouped,
        "public_key": public.minisign_text().splitlines()[1],
    }


def cmd_key_create(args: argparse.Namespace) -> int:
    from sealdesk.services import keys

    with open_workspace(args) as ws:
        keys.check_can_create(ws, args.replace)
        passphrase = _passphrase(
            args,
            confirm=True,
            prompt=QT_TRANSLATE_NOOP("CLI", "New passphrase for the signing key: "),
        )
        public = keys.create(ws, passphrase, replace=args.replace)
    emit(
        args,
        _key_json(public),
        [
            translate("CLI", "Created signing key {key_id}.").format(key_id=public.key_id_hex),
            translate("CLI", "Fingerprint: {fingerprint}").format(
                fingerprint=public.fingerprint_grouped
            ),
            translate("CLI", "Keep the passphrase safe: without it no bundle can be signed."),
        ],
    )
    return 0


def cmd_key_show(args: argparse.Namespace) -> int:
    from sealdesk.services import keys

    with open_workspace(args) as ws:
        info = keys.info(ws)
    data = {
        **_key_json(info.public),
        "created": info.created,
        "kdf": {"name": "scrypt", "n": info.kdf.n, "r": info.kdf.r, "p": info.kdf.p},
        "history": [
            {**_key_json(old), "created": created, "retired": retired}
            for old, created, retired in info.history
        ],
    }
    lines = [
        translate("CLI", "Signing key {key_id}, created {created}").format(
            key_id=info.public.key_id_hex, created=info.created
        ),
        translate("CLI", "Fingerprint: {fingerprint}").format(
            fingerprint=info.public.fingerprint_grouped
        ),
    ]
    for old, _created, retired in info.history:
        lines.append(
            translate("CLI", "Earlier key {key_id}, retired {retired}").format(
                key_id=old.key_id_hex, retired=retired
            )
        )
    emit(args, data, [printable(line) for line in lines])  # dates come from the key file
    return 0


def cmd_key_export(args: argparse.Namespace) -> int:
    from sealdesk.services import keys

    with open_workspace(args) as ws:
        public = keys.export_public(ws, args.file, overwrite=args.overwrite)
    print(
        translate("CLI", "Wrote public key {key_id} to {path}.").format(
            key_id=public.key_id_hex, path=args.file
        )
    )
    return 0


def cmd_key_passwd(args: argparse.Namespace) -> int:
    from sealdesk.services import keys

    with open_workspace(args) as ws:
        old = _passphrase(args)
        keys.unlock(ws, old)  # wrong passphrase: stop before asking for the new one
        new = _passphrase(
            args,
            "new_passphrase_file",
            confirm=True,
            prompt=QT_TRANSLATE_NOOP("CLI", "New passphrase for the signing key: "),
        )
        keys.change_passphrase(ws, old, new)
    print(translate("CLI", "The passphrase was changed."))
    return 0


# --- export ---------------------------------------------------------------------------------


def cmd_export(args: argparse.Namespace) -> int:
    from sealdesk.cli.preflight_cmd import BLOCKERS, WARNINGS, print_findings, show
    from sealdesk.services import export
    from sealdesk.services.export import ExportBlockedError, ExportNotConfirmedError

    with open_workspace(args) as ws:
        check = export.preflight(ws, args.round)
        if args.check_only or check.blockers:
            show(args, check)
            if check.blockers:
                raise ExportBlockedError(list(check.blockers))
            return 0
        if check.warnings and not args.yes:
            show(args, check)
            raise ExportNotConfirmedError(list(check.warnings))
        part_size = None
        if args.part_size is not None:
            from sealdesk.services.export_parts import parse_size

            part_size = parse_size(args.part_size)
        if args.delta and ws.latest_receipt(args.round or ws.current_round) is None:
            from sealdesk.services.receipts import no_receipt

            raise no_receipt(args.round or ws.current_round)  # before asking the passphrase
        out = args.out or export.default_bundle_path(ws, Path.cwd(), args.round)
        passphrase = _passphrase(args)
        progress = None
        if sys.stderr.isatty() and not args.json:

            def progress(done: int, total: int) -> None:
                pct = 100 * done // total if total else 100
                print(f"\r{pct:3d}%", end="", file=sys.stderr, flush=True)

        try:
            result = export.export_bundle(
                ws,
                out,
                passphrase=passphrase,
                round_be=args.round,
                progress=progress,
                checklist=not args.no_checklist,
                overwrite=args.overwrite,
                delta=args.delta,
                part_size=part_size,
            )
        except ExportBlockedError as exc:
            print_findings(BLOCKERS, exc.problems)
            raise
        finally:
            if progress is not None:
                print("\r", end="", file=sys.stderr)
        print_findings(WARNINGS, result.warnings)
        data = {
            "path": str(result.path),
            "bundle_id": result.bundle_id,
            "sha256": result.sha256,
            "size": result.size,
            "signer_key_id": result.signer_key_id,
            "created_at": result.created_at.isoformat(),
            "payload_files": result.payload_files,
            "payload_bytes": result.payload_bytes,
            "warnings": [f.to_json() for f in result.warnings],
            "fetched_files": result.fetched_files,
            "parts": result.parts,
        }
        extra = []
        if result.fetched_files:
            extra.append(
                translate(
                    "CLI", "Delta bundle: {count} files City Hall holds were left out (fetch.txt)."
                ).format(count=result.fetched_files)
            )
        if result.parts:
            extra.append(
                translate(
                    "CLI", "Written in {count} parts; send them all with the part list {path}."
                ).format(count=result.parts, path=result.path)
            )
        emit(
            args,
            data,
            [
                *extra,
                translate(
                    "CLI", "Wrote bundle {path} ({files} files, signed by key {key_id})."
                ).format(path=result.path, files=result.payload_files, key_id=result.signer_key_id),
                translate("CLI", "Bundle id: {bundle_id}").format(bundle_id=result.bundle_id),
                translate("CLI", "Bundle fingerprint (SHA-256): {fingerprint}").format(
                    fingerprint=result.fingerprint
                ),
            ],
        )
    return 0


# --- verify ---------------------------------------------------------------------------------


def cmd_verify(args: argparse.Namespace) -> int:
    from sealdesk.services import keys, verification
    from sealdesk.services.verification import VerifyError, verify_bundle

    trust: verification.Trust | None = args.trust
    if trust is None:
        if not keys.folder_has_key(workspace_dir(args)):
            raise InputError(
                QT_TRANSLATE_NOOP(
                    "Errors", "Say whose bundles to trust with --trust KEY.pub or --trust FOLDER."
                )
            )
        trust = verification.workspace_folder_trust(workspace_dir(args))
    skipped: list[tuple[str, Any]] = []
    trusted = verification.load_trust(trust, skipped)
    for file, error in skipped:  # one damaged key in a trust folder does not stop the rest
        print(
            printable(
                translate("CLI", "Warning: the key file {path} was left out: {reason}").format(
                    path=file, reason=error.render(qt_translate)
                )
            ),
            file=sys.stderr,
        )
    try:
        report = verify_bundle(
            args.file,
            trusted,
            require_seal=not args.allow_unsealed,
            districts=verification.trust_list_districts(trust),
        )
    except VerifyError as exc:
        message = exc.render(qt_translate)
        if args.json:
            emit(
                args,
                {
                    "ok": False,
                    "error": type(exc).__name__,
                    "exit_code": exc.exit_code,
                    "message": message,
                },
                [],
            )
        else:  # names in the message come from the bundle: shown, never acted on
            print(printable(message), file=sys.stderr)
        return exc.exit_code
    if args.json:
        emit(args, {"ok": True, **to_jsonable(report)}, [])
        return 0
    from sealdesk.domain.status import Status

    def label(status: str) -> str:
        try:
            return translate("Status", Status(status).label)
        except ValueError:
            return status

    lines = [
        translate("CLI", "The bundle is intact and signed by a trusted key."),
        translate("CLI", "District: {code} {th} ({en})").format(
            code=report.district_code, th=report.district_th, en=report.district_en
        ),
        translate("CLI", "Round: {round}").format(round=report.round_be),
        translate("CLI", "Catalog: {edition}").format(edition=report.catalog_edition),
        translate("CLI", "Signed by key {key_id} at {time}").format(
            key_id=report.signer_key_id, time=report.signed_at
        ),
        translate("CLI", "Bundle id: {bundle_id}").format(bundle_id=report.bundle_id),
        translate("CLI", "Bundle fingerprint (SHA-256): {fingerprint}").format(
            fingerprint=report.bundle_fingerprint
        ),
        translate("CLI", "{files} files, {evidence} evidence documents").format(
            files=report.payload_files, evidence=report.evidence_count
        ),
    ]
    if not report.container_sealed:
        lines.append(
            translate("CLI", "Note: the zip was re-packed after signing; its content is intact.")
        )
    for b in report.benchmarks:
        lines.append(f"  {b.code:<8} {label(b.status):<16} {b.evidence_count:>3}  {b.title_th}")
    # everything above but the labels comes from the bundle: shown, never acted on
    emit(args, report, [printable(line) for line in lines])
    return 0
