"""``sealdesk trust``: at a district, the office keys it trusts.

sealdesk trust add OFFICE_PUBKEY [--yes]  # an office card or public key FILE, or the key
                                          # line itself (the QR text of the key sheet)
sealdesk trust list [--json]
sealdesk trust remove KEY_ID
"""

from __future__ import annotations

import argparse

from sealdesk.cli.common import (
    common_options,
    emit,
    json_option,
    name_arg,
    open_workspace,
    path_arg,
    printable,
    text_arg,
    to_jsonable,
    translate,
)
from sealdesk.cli.office_cmd import _confirm


def card_or_key_arg(value: str) -> str:
    """argparse type for ``trust add``'s argument: a file name or the key text itself (which
    may span lines, so not ``path_arg``); a NUL can be neither, and no file may be opened by it."""
    text = text_arg(value)
    if "\x00" in text:
        raise argparse.ArgumentTypeError(
            translate("CLI", "the value contains control characters or line breaks")
        )
    return text


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    common = common_options()
    p = sub.add_parser("trust", parents=[common], help="the office keys this district trusts")
    tsub = p.add_subparsers(dest="trust_command", required=True)
    q = tsub.add_parser(
        "add",
        parents=[common],
        help="trust an office card or public key: a FILE, or the key line itself (the QR text "
        "of the office's key sheet)",
    )
    q.add_argument("file", type=card_or_key_arg, metavar="OFFICE_PUBKEY")
    q.add_argument("--yes", action="store_true", help="do not ask to confirm the fingerprint")
    json_option(q)
    q.set_defaults(run=cmd_add)
    q = tsub.add_parser("list", parents=[common], help="list the trusted office keys")
    json_option(q)
    q.set_defaults(run=cmd_list)
    q = tsub.add_parser("remove", parents=[common], help="stop trusting an office key")
    q.add_argument("key_id", type=name_arg, metavar="KEY_ID")
    q.set_defaults(run=cmd_remove)

    # issue 16: the office's signed receipt of what it holds from this district
    p = sub.add_parser("receipt", parents=[common], help="receipts from City Hall")
    rsub = p.add_subparsers(dest="receipt_command", required=True)
    q = rsub.add_parser("import", parents=[common], help="record a receipt from City Hall")
    q.add_argument("file", type=path_arg, metavar="FILE")
    json_option(q)
    q.set_defaults(run=cmd_receipt_import)


def cmd_add(args: argparse.Namespace) -> int:
    from sealdesk.domain.fingerprint import group_hex
    from sealdesk.services.district_trust import read_office_card_or_key

    with open_workspace(args) as ws:
        card = read_office_card_or_key(args.file)
        if not args.json:
            if card.name:
                print(translate("CLI", "Office: {name}").format(name=printable(card.name)))
            print(translate("CLI", "Key id: {key_id}").format(key_id=card.key_id))
            print(
                translate("CLI", "Fingerprint: {fingerprint}").format(
                    fingerprint=group_hex(card.fingerprint)
                )
            )
        _confirm(args, translate("CLI", "Is this the fingerprint the office gave you?"))
        trusted = ws.trust_office(card)
        emit(
            args,
            to_jsonable(trusted),
            [translate("CLI", "Trusted the office key {key_id}.").format(key_id=trusted.key_id)],
        )
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    with open_workspace(args) as ws:
        offices = ws.trusted_offices()
    lines = [
        f"{o.key_id}  {o.fingerprint[:16]}  {printable(o.name)}  {o.added_at.date().isoformat()}"
        for o in offices
    ]
    if not offices:
        lines.append(translate("CLI", "No office key is trusted yet."))
    emit(args, offices, lines)
    return 0


def cmd_receipt_import(args: argparse.Namespace) -> int:
    with open_workspace(args) as ws:
        imported = ws.import_receipt(args.file)
    r = imported.receipt
    line = (
        translate("CLI", "This receipt was imported before; nothing changed.")
        if imported.duplicate
        else translate(
            "CLI",
            "Imported the receipt for round {round}: City Hall holds {bundles} bundles and "
            "{files} evidence files of this district.",
        ).format(round=r.round_be, bundles=len(r.bundles), files=len(r.evidence))
    )
    emit(args, imported, [line])
    return 0


def cmd_remove(args: argparse.Namespace) -> int:
    with open_workspace(args) as ws:
        ws.untrust_office(args.key_id)
    print(
        translate("CLI", "This district no longer trusts the office key {key_id}.").format(
            key_id=args.key_id.strip().upper()
        )
    )
    return 0
