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
from sealdesk.domain.review import ReceivedFeedback
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
    extra: dict[str, object] = {}
    if covered:
        extra["verification_covered"] = {c: list(p) for c, p in covered.items()}
    answered = _answering(ws, round_be)
    if answered is not None:  # issue 15: the feedback this bundle answers (docs/bundle-format.md)
        extra["answers_feedback"] = {
            "feedback_id": answered.feedback_id,
            "bundle_id": answered.bundle_id,
        }
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
        extra=extra,
        readers=readers,
    )


def _answering(ws: Workspace, round_be: int) -> ReceivedFeedback | None:
    from sealdesk.services.feedback import answering

    return answering(ws, round_be)


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


def _held_by_office(ws: Workspace, round_be: int) -> frozenset[str]:
    """The evidence City Hall holds from this round by its latest receipt (issue 16)."""
    from sealdesk.services import receipts

    latest = receipts.latest_receipt(ws, round_be)
    if latest is None:
        raise receipts.no_receipt(round_be)
    return latest.evidence


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
    delta: bool = False,
    part_size: int | None = None,
) -> ExportResult:
    """Pre-flight, unlock the key, write the bundle (with the filled checklist PDF unless
    ``checklist`` is False), record the export.

    Raises ExportBlockedError (with every blocker) before anything is written,
    WrongPassphraseError, ExportCancelledError (a ``Cancelled``) or ExportFailedError (also
    for a target refused: an existing file without ``overwrite``, a device, a folder, a place
    inside the workspace, a folder that does not exist).

    With ``delta`` (issue 16) the evidence City Hall holds by the latest imported receipt of
    the round is left out of the zip and listed in fetch.txt; refused when no receipt of the
    round was imported. With ``part_size`` the bundle is written as numbered parts of at most
    that many bytes plus a signed part list ``<out>.parts`` (the result's path), the folder of
    ``out`` created if needed (``sealdesk.services.export_parts``).
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
    if part_size:
        from sealdesk.services.export_parts import prepare_parts_folder

        prepare_parts_folder(Path(out), overwrite)
    # never over an existing file unless asked, never a device, never into the workspace
    out = checked_target(Path(out), overwrite, not_inside=[Path(ws.path)])
    held = _held_by_office(ws, round_be) if delta else frozenset()
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
        office_holds=held,
    )
    answered = sub.extra.get("answers_feedback")
    tag_manifest = _tag_manifest_sha256(result.path)  # of the whole zip, before any cutting
    if part_size:
        from sealdesk.services.export_parts import cut_into_parts

        result = cut_into_parts(result, sub, key, part_size, overwrite)
    ws.record_export(
        round_be,
        result.bundle_id,
        result.sha256,
        str(result.path),
        tag_manifest_sha256=tag_manifest,
        answers_feedback_id=answered["feedback_id"] if isinstance(answered, dict) else None,
    )
    return result


def _tag_manifest_sha256(path: Path) -> str:
    """Of the bundle just written (issue 15: a feedback file names it)."""
    from sealdesk.bundle.feedback import tag_manifest_sha256

    return tag_manifest_sha256(path)
