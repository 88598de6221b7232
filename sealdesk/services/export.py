"""Exporting the signed submission bundle of a round: the snapshot, the pre-flight check and
the export itself. The only door to ``sealdesk.bundle``'s writer for the UI and the CLI.

``export_bundle`` snapshots the round as plain data (``submission``), checks it with the
domain's pre-flight rules, unlocks the signing key, has the filled checklist PDF printed
(``sealdesk.services.printing``), writes the bundle and records the export in the workspace
(``record_export`` announces ``BundleExported``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from pathlib import Path

from sealdesk.bundle.errors import (
    BundleError,
    ExportBlockedError,
    ExportCancelledError,
    ExportFailedError,
    ExportNotConfirmedError,
)
from sealdesk.bundle.submission import DirectoryBlobs, Submission
from sealdesk.bundle.writer import (
    ExportResult,
    checked_target,
    default_bundle_name,
    preflight_submission,
    write_bundle,
)
from sealdesk.domain.assessment import Evidence
from sealdesk.domain.preflight import Finding, Preflight, StoredFile
from sealdesk.domain.status import Level
from sealdesk.errors import QT_TRANSLATE_NOOP
from sealdesk.progress import Cancelled, IsCancelled, Progress
from sealdesk.services import coverage, keys, personal_data
from sealdesk.services.check import blob_verdict
from sealdesk.services.workspace import Workspace

__all__ = [
    "BundleError",
    "ExportBlockedError",
    "ExportCancelledError",
    "ExportFailedError",
    "ExportNotConfirmedError",
    "ExportResult",
    "Finding",
    "Preflight",
    "Submission",
    "default_bundle_path",
    "export_bundle",
    "preflight",
    "submission",
    "target_level",
]


def submission(ws: Workspace, round_be: int | None = None) -> Submission:
    """The round as a frozen snapshot of plain data: what a bundle of it would carry."""
    round_be = round_be if round_be is not None else ws.current_round
    covered = coverage.round_coverage(ws, round_be)
    evidence = ws.evidence_list(round_be)
    readers = (
        personal_data.office_readers(ws)
        if any(e.personal_data and e.links for e in evidence)
        else ()
    )
    return Submission(
        district=ws.district,
        round_be=round_be,
        catalog=ws.catalog(round_be),
        assessments=ws.assessments(round_be),
        evidence=evidence,
        actor=ws.actor,
        extra={"verification_covered": {c: list(p) for c, p in covered.items()}} if covered else {},
        readers=readers,
    )


TARGET_SETTING = "target_level"
"""The workspace setting with the level aimed at (the dashboard's choice; Bronze if unset)."""


def target_level(ws: Workspace) -> Level:
    """The level the office aims at (a workspace setting shared by all; Bronze by default)."""
    try:
        return Level(ws.get_setting(TARGET_SETTING) or Level.BRONZE.value)
    except ValueError:
        return Level.BRONZE


def _rehashed(
    ws: Workspace, total: int, progress: Progress | None, cancelled: IsCancelled | None
) -> Callable[[Evidence], StoredFile]:
    """Each stored file's state by ``check``'s own judgement (one survey, then a re-hash of
    each file asked about, once): CHANGED when its bytes no longer match its fingerprint."""
    survey = ws.blobs.survey()
    seen: dict[str, StoredFile] = {}

    def state(e: Evidence) -> StoredFile:
        if e.sha256 not in seen:
            if cancelled is not None and cancelled():
                raise Cancelled()
            verdict = blob_verdict(ws.blobs, survey, e.sha256, e.size)
            if verdict is None:
                seen[e.sha256] = StoredFile.OK
            elif verdict == "missing":
                seen[e.sha256] = StoredFile.MISSING
            elif verdict.startswith("corrupt"):
                seen[e.sha256] = StoredFile.CHANGED
            else:
                seen[e.sha256] = StoredFile.UNREADABLE
            if progress is not None:
                progress(len(seen), max(total, len(seen)))
        return seen[e.sha256]

    return state


def preflight(
    ws: Workspace,
    round_be: int | None = None,
    *,
    level: Level | None = None,
    verify_files: bool = False,
    progress: Progress | None = None,
    cancelled: IsCancelled | None = None,
) -> Preflight:
    """What would stop (blockers) or weaken (warnings) an export of the round now, and the
    level it projects to. ``level`` is the level aimed at (default: the workspace's target).
    With ``verify_files`` every linked file is re-hashed as ``sealdesk check`` does, so a file
    whose bytes changed is a blocker now; without, only its size and whether it opens are
    looked at (the export's writer re-hashes while it streams, so nothing is hashed twice).
    """
    sub = submission(ws, round_be)
    return _with_readers_check(
        sub,
        preflight_submission(
            sub,
            DirectoryBlobs(ws.blob_path),
            has_signing_key=keys.has_key(ws),
            target=level or target_level(ws),
            stored_file=(
                _rehashed(ws, len({e.sha256 for e in sub.linked_evidence()}), progress, cancelled)
                if verify_files
                else None
            ),
        ),
    )


NO_READERS = Finding(
    "no-office-readers",
    "",
    QT_TRANSLATE_NOOP(
        "Bundle",
        "Evidence marked as personal data is sent encrypted, and no trusted office card names "
        "the people allowed to read it; add the office's current card first.",
    ),
)
"""Issue 18: marked evidence is never sent in clear (docs/personal-data.md)."""


def _with_readers_check(sub: Submission, check: Preflight) -> Preflight:
    """``check`` with the NO_READERS blocker when marked evidence has no one to go to."""
    if sub.readers or not any(e.personal_data for e in sub.linked_evidence()):
        return check
    return replace(check, blockers=(*check.blockers, NO_READERS))


def default_bundle_path(
    ws: Workspace, folder: Path, round_be: int | None = None, when: datetime | None = None
) -> Path:
    """``folder``/sealdesk-<district>-<round>-<date-time>.zip, the name offered for a bundle."""
    return Path(folder) / default_bundle_name(submission(ws, round_be), when or datetime.now())


def _checklist_maker(ws: Workspace, round_be: int) -> Callable[[Path], None]:
    """Writes the round's filled checklist PDF to the path it is given."""
    from sealdesk.services.printing import print_document

    def make(path: Path) -> None:
        print_document(ws, "filled", path, round_be=round_be)

    return make


def export_bundle(
    ws: Workspace,
    out: Path,
    *,
    passphrase: str,
    round_be: int | None = None,
    progress: Progress | None = None,
    cancelled: IsCancelled | None = None,
    checklist: bool = True,
    overwrite: bool = False,
) -> ExportResult:
    """Pre-flight, unlock the key, write the bundle (with the filled checklist PDF unless
    ``checklist`` is False), record the export.

    Raises ExportBlockedError (with every blocker) before anything is written,
    WrongPassphraseError, ExportCancelledError (a ``Cancelled``) or ExportFailedError (also
    for a target refused: an existing file without ``overwrite``, a device, a folder, a place
    inside the workspace, a folder that does not exist).
    """
    round_be = round_be if round_be is not None else ws.current_round
    sub = submission(ws, round_be)
    blobs = DirectoryBlobs(ws.blob_path)
    check = _with_readers_check(
        sub,
        preflight_submission(sub, blobs, has_signing_key=keys.has_key(ws), target=target_level(ws)),
    )
    if check.blockers:
        raise ExportBlockedError(list(check.blockers))
    # never over an existing file unless asked, never a device, never into the workspace
    out = checked_target(Path(out), overwrite, not_inside=[Path(ws.path)])
    key = keys.unlock(ws, passphrase)
    result = write_bundle(
        sub,
        blobs,
        out,
        key,
        make_checklist_pdf=_checklist_maker(ws, round_be) if checklist else None,
        progress=progress,
        cancelled=cancelled,
        overwrite=overwrite,
    )
    ws.record_export(round_be, result.bundle_id, result.sha256, str(result.path))
    return result
