"""Printing from a workspace: the use case the UI, the CLI and the export call.

The documents themselves are functions of plain data in :mod:`sealdesk.printing.documents`,
which knows nothing of workspaces, bundles or keys; this module gathers that data (catalog,
assessments, evidence, district, a bundle file's facts, the signing key) and hands it over.

The front ends import :class:`PrintOptions` and :data:`KINDS` from here, never from
``sealdesk.printing``; a cancelled print raises the one :class:`sealdesk.progress.Cancelled`.
"""

from __future__ import annotations

import base64
import errno
import os
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from sealdesk.domain.scoring import score_round
from sealdesk.errors import QT_TRANSLATE_NOOP, FileAccessError, InputError
from sealdesk.fsutil import atomic_writer, check_output
from sealdesk.printing import documents
from sealdesk.printing.documents import Out, PrintedKey
from sealdesk.printing.layout import PrintCancelled, PrintOptions

if TYPE_CHECKING:
    from sealdesk.bundle.minisign import PublicKey
    from sealdesk.services.workspace import Workspace

# The bundle reader, minisign and the keys (cryptography) are imported only by the documents
# that need them (cover, key sheet): a checklist or a report does not pay for them.

#: The document kinds, as the CLI and the UI's Print menu name them.
KINDS = ("checklist", "filled", "report", "cover", "key-sheet")


def print_document(
    ws: Workspace,
    kind: str,
    out: Out,
    *,
    round_be: int | None = None,
    options: PrintOptions | None = None,
    bundle: Path | None = None,
    public_key: Path | None = None,
) -> int:
    """Writes document ``kind`` of ``ws`` to ``out`` (a path or binary file); returns the page
    count. Safe to run on a worker thread (open the workspace in that thread); pass
    ``options.progress`` / ``options.cancelled`` for a progress bar and a Cancel button.

    ``cover`` needs ``bundle`` (the bundle file); ``key-sheet`` takes ``public_key`` (a
    minisign .pub file) or else uses the workspace's own signing key.
    """
    options = options or PrintOptions()
    if not options.preparer:  # the clerk's name, as the first-run dialog recorded it
        options = replace(options, preparer=ws.get_setting("clerk") or "")
    round_be = round_be or ws.current_round
    district = ws.district
    if kind == "checklist":
        return documents.blank_checklist(out, ws.catalog(round_be), district, round_be, options)
    if kind in ("filled", "report"):
        # Read the round once; the score is computed from the same data, not read again.
        catalog, assessments = ws.catalog(round_be), ws.assessments(round_be)
        score = score_round(catalog, {code: a.status for code, a in assessments.items()})
        if kind == "report":
            return documents.gap_report(
                out, catalog, assessments, district, round_be, options, score=score
            )
        return documents.filled_checklist(
            out,
            catalog,
            assessments,
            ws.evidence_list(round_be),
            district,
            round_be,
            options,
            score=score,
        )
    if kind == "cover":
        if bundle is None:
            raise InputError(
                QT_TRANSLATE_NOOP("Errors", "The cover sheet needs the bundle file (--bundle).")
            )
        from sealdesk.bundle.info import read_bundle_info

        info = read_bundle_info(Path(bundle), options.progress, options.cancelled)
        return documents.cover_sheet(out, info, district, round_be, options)
    if kind == "key-sheet":
        if public_key is not None:
            key = read_public_key(Path(public_key))
        else:
            from sealdesk.services import keys

            key = keys.public_key(ws)
        return documents.key_sheet(out, printed_key(key), district, round_be, options)
    raise InputError(
        QT_TRANSLATE_NOOP("Errors", "There is no document called {kind}; choose one of {kinds}."),
        kind=kind,
        kinds=", ".join(KINDS),
    )


def default_file_name(ws: Workspace, kind: str, lang: str, round_be: int | None = None) -> str:
    """The name a document is saved under unless the clerk types another, in the document's
    language: "แบบตรวจสอบ-เขตบางรัก-2569.pdf", "checklist-Bang-Rak-2569.pdf"."""
    return documents.file_name(kind, lang, ws.district, round_be or ws.current_round)


@dataclass(frozen=True)
class PrintedFile:
    path: Path
    pages: int


def print_to_file(
    ws: Workspace,
    kind: str,
    out: Path,
    *,
    overwrite: bool = False,
    round_be: int | None = None,
    options: PrintOptions | None = None,
    bundle: Path | None = None,
    public_key: Path | None = None,
) -> PrintedFile:
    """Writes document ``kind`` to the file ``out`` the user named; returns where and how many
    pages.

    The rules of every file a command writes (``fsutil.check_output``): never an existing file
    unless ``overwrite``, never a device, FIFO or folder, never inside the workspace folder;
    written to a temporary name beside it and renamed, so a failed or cancelled print leaves
    whatever was there before.
    """
    out = Path(out)
    if not Path(os.path.abspath(out.expanduser())).parent.is_dir():
        raise _not_written(out, os.strerror(errno.ENOENT))
    target = check_output(out, overwrite=overwrite, not_inside=[ws.path])
    try:
        with atomic_writer(target) as handle:
            pages = print_document(
                ws,
                kind,
                handle,
                round_be=round_be,
                options=options,
                bundle=bundle,
                public_key=public_key,
            )
    except OSError as error:
        raise _not_written(target, error.strerror or str(error)) from None
    return PrintedFile(target, pages)


def _not_written(path: Path, reason: str) -> FileAccessError:
    return FileAccessError(
        QT_TRANSLATE_NOOP("Errors", "The file {path} cannot be written ({reason})."),
        path=str(path),
        reason=reason,
    )


def print_sample(out: Out, text: str) -> int:
    """One page with ``text`` in the bundled Thai font, shaped and searchable: how the
    self-check proves that PDF output works. Returns the page count."""
    return documents.sample_page(out, text)


def read_public_key(path: Path) -> PublicKey:
    """A minisign public key file (line 1 untrusted comment, line 2 base64 of the key)."""
    from sealdesk.bundle.minisign import parse_public_key

    try:
        text = Path(path).read_text("utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise InputError(
            QT_TRANSLATE_NOOP("Errors", "The public key file {path} cannot be read ({reason})."),
            path=str(path),
            reason=getattr(error, "strerror", None) or str(error),
        ) from None
    return parse_public_key(text, source=str(path))


def printed_key(key: PublicKey) -> PrintedKey:
    """What the key enrolment sheet shows of ``key``: its id as minisign displays it, the
    public key file's base64 line, and the SHA-256 fingerprint of the raw key."""
    return PrintedKey(
        key_id=key.key_id_hex,
        key_line=base64.b64encode(key.blob()).decode("ascii"),
        fingerprint=key.fingerprint,
    )


__all__ = [
    "KINDS",
    "PrintCancelled",
    "PrintOptions",
    "PrintedFile",
    "default_file_name",
    "print_document",
    "print_sample",
    "print_to_file",
    "printed_key",
    "read_public_key",
]
