"""``sealdesk office publish-catalog FILE.toml --out FILE``: the coordinating office signs a
catalog edition with its key (docs/catalog-format.md, "Signed editions"). The office command
group is in cli/office_cmd.py, which calls :func:`register_office`."""

from __future__ import annotations

import argparse

from sealdesk.cli.bundle_cmd import _passphrase
from sealdesk.cli.common import (
    common_options,
    emit,
    json_option,
    open_workspace,
    path_arg,
    printable,
    translate,
)


def register_office(office_sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = office_sub.add_parser(
        "publish-catalog",
        parents=[common_options()],
        help="sign a catalog edition with the office key, for the districts to import",
        description="Checks FILE.toml, signs it with the office key and writes the edition "
        "file (a zip holding catalog.toml and catalog.toml.minisig, which minisign -V checks). "
        "The published edition becomes the office's current one.",
    )
    p.add_argument("file", type=path_arg, metavar="FILE.toml")
    p.add_argument("--out", type=path_arg, required=True, metavar="FILE")
    p.add_argument("--passphrase-file", type=path_arg, metavar="FILE")
    p.add_argument("--overwrite", action="store_true", help="replace FILE if it already exists")
    json_option(p)
    p.set_defaults(run=cmd_publish_catalog, workspace_kind="office")


def cmd_publish_catalog(args: argparse.Namespace) -> int:
    from sealdesk.domain.fingerprint import group_hex

    with open_workspace(args) as ws:
        passphrase = _passphrase(args)
        published = ws.publish_catalog(args.file, args.out, passphrase, overwrite=args.overwrite)
    emit(
        args,
        published,
        [
            translate("CLI", "Published the catalog edition {edition} {version} to {path}.").format(
                edition=printable(published.edition),
                version=printable(published.version),
                path=printable(str(args.out)),
            ),
            translate("CLI", "Signed by the office key {key_id}.").format(key_id=published.key_id),
            translate("CLI", "Catalog fingerprint (SHA-256): {fingerprint}").format(
                fingerprint=group_hex(published.sha256)
            ),
        ],
    )
    return 0
