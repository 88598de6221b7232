"""Printing from a workspace: the thin layer the UI and the CLI call.

Each document is also available as a function of plain data in
:mod:`sealdesk.printing.documents`; this module only gathers that data from a
:class:`~sealdesk.services.workspace.Workspace`.
"""

from __future__ import annotations

from pathlib import Path
from typing import IO, Any

from sealdesk.domain.scoring import score_round
from sealdesk.errors import QT_TRANSLATE_NOOP, InputError
from sealdesk.printing import documents
from sealdesk.printing.layout import PrintOptions

#: The document kinds, as the CLI and the UI's Print menu name them.
KINDS = ("checklist", "filled", "report", "cover", "key-sheet")

Out = str | Path | IO[bytes]


def print_document(
    ws: Any,
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
            key = documents.read_public_key(Path(public_key))
        else:
            from sealdesk.bundle import keys

            key = keys.public_key(Path(ws.path) / "keys")
        return documents.key_sheet(out, key, district, round_be, options)
    raise InputError(
        QT_TRANSLATE_NOOP("Errors", "There is no document called {kind}; choose one of {kinds}."),
        kind=kind,
        kinds=", ".join(KINDS),
    )
