"""Intake at the coordinating office: verify each received bundle against the trust list and
take it in, or quarantine it.

The order makes an interruption (kill -9, a full disk) harmless:

1. the file is verified where it is, read only (the original is never touched), with the
   existing verifier against every enrolled key that is not revoked, and the key's district
   must be the bundle's;
2. a refused file is copied to ``<ws>/quarantine/<sha256>`` with the verifier's code and the
   clerk's sentence: nothing of it reaches the blob store or the index;
3. a verified file is read once more, in one pass, hashed whole: its evidence and checklist PDF
   become blobs (a file several districts sent is stored once), the rest of the zip one
   "skeleton" blob, so each byte is written once and the file as received is rebuilt byte for
   byte (``ws.office_bundle_file``). Unless the pass hashes to what the verifier hashed (the
   file changed in between), nothing is indexed; else one transaction indexes it;
4. blobs no record points at (left by a process killed between 3 and its commit) are removed
   under the intake lock when the office workspace is opened or the next intake starts, so
   ``check`` never finds them.
"""

from __future__ import annotations

import errno
import json
import os
import shutil
import tempfile
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import Any, BinaryIO

from sqlalchemy import select

from sealdesk.bundle import verify as verifier
from sealdesk.bundle.errors import (
    BadSignatureError,
    ContainerModifiedError,
    DeltaIncompleteError,
    PayloadAddedError,
    PayloadChangedError,
    PayloadMissingError,
    SignerNotTrustedError,
    TagFileChangedError,
    VerifyError,
)
from sealdesk.bundle.minisign import PublicKey, parse_public_key
from sealdesk.bundle.submission import BlobSource, DirectoryBlobs
from sealdesk.domain.city import IntakeOutcome, IntakeResult, SubmissionState
from sealdesk.domain.thaidate import local_time
from sealdesk.errors import QT_TRANSLATE_NOOP, InputError, SealDeskError
from sealdesk.events import BundlesReceived
from sealdesk.fsutil import open_regular, sha256_file
from sealdesk.progress import Cancelled, IsCancelled, Progress, check_cancelled
from sealdesk.services.core import WorkspaceCore, now
from sealdesk.services.office import require_office, score_submission
from sealdesk.services.office_blobs import (
    INTAKE_DIR,
    STAGE_PREFIX,
    Changed,
    DiskFull,
    copy_range,
    ingest,
    intake_lock,
    sweep_orphans,
)
from sealdesk.services.office_intake_text import (  # re-exported: office_watch uses M_DISK_FULL
    M_CHANGED,
    M_CHANGED_NOW,
    M_DAMAGED,
    M_DELTA_MISSING,
    M_DISK_FULL,
    M_DUPLICATE,
    M_FAILED,
    M_FINAL,
    M_HISTORY,
    M_REVOKED_KEY,
    M_TAKEN,
    M_UNKNOWN_KEY,
    M_WRONG_DISTRICT,
)
from sealdesk.services.office_parts import finish_group, take_parts
from sealdesk.services.office_protected import index_protected
from sealdesk.services.office_quarantine import (
    QUARANTINE_DIR,
    Refused,
    quarantine,
    release_quarantined,
)
from sealdesk.services.receipts import held_evidence
from sealdesk.services.review import answered_feedback, intake_tag_manifest_sha256
from sealdesk.store.office_models import (
    OfficeAssessmentRow,
    OfficeBundle,
    OfficeEvidenceRow,
    OfficeFeedbackRow,
    OfficeKey,
)
from sealdesk.store.office_models import OfficeQuarantine as QuarantineRow

_CHANGED = (
    BadSignatureError,
    ContainerModifiedError,
    PayloadAddedError,
    PayloadChangedError,
    PayloadMissingError,
    TagFileChangedError,
)


# --- the entry point ------------------------------------------------------------------------------


def receive_bundles(
    ws: WorkspaceCore,
    paths: Sequence[Path],
    progress: Progress | None = None,
    cancelled: IsCancelled | None = None,
) -> tuple[IntakeResult, ...]:
    """Verifies and takes in each file; one result per file, in order. Announces
    ``BundlesReceived`` after the files that changed anything were committed."""
    require_office(ws)
    if ws.read_only:
        raise ws.why_read_only
    lock = intake_lock(ws)
    if not lock.acquire():
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Another SealDesk is receiving bundles into this office workspace; try again "
                "in a moment.",
            )
        )
    results: list[IntakeResult] = []
    try:
        sweep_orphans(ws, locked=True)
        parts = take_parts(ws, paths, cancelled)  # issue 16: bundles sent in parts
        results.extend(parts.results)
        paths = parts.others
        for index, path in enumerate(paths):
            check_cancelled(cancelled)
            results.append(_receive_one(ws, Path(path), cancelled))
            if progress is not None:
                progress(index + 1, len(paths))
        for assembled, group in parts.assembled:
            results.append(_receive_one(ws, assembled, cancelled))
            finish_group(group, results[-1])
    finally:
        lock.release()
    changed = [r for r in results if r.outcome in (IntakeOutcome.TAKEN, IntakeOutcome.HISTORY)]
    if results:
        event = BundlesReceived(
            tuple(sorted({r.district_code for r in changed if r.district_code})),
            tuple(sorted({r.round_year_be for r in changed if r.round_year_be})),
        )
        ws.events.publish(event)
    return tuple(results)


def _receive_one(ws: WorkspaceCore, path: Path, cancelled: IsCancelled | None) -> IntakeResult:
    name = path.name
    try:
        with open_regular(path) as handle:  # a regular file, or refused at once
            size = os.fstat(handle.fileno()).st_size
        try:
            report, key_district = _verify(ws, path, cancelled)
        except Refused as refused:
            return _set_aside(ws, path, None, refused, cancelled)
    except (DiskFull, Cancelled):
        raise
    except Exception as error:  # gone, a folder, unreadable: nothing was kept
        return _failed(path, error)
    sha256 = report.bundle_sha256  # of the whole file, hashed by the verifier
    with ws._sessions() as session:
        known = session.scalar(
            select(OfficeBundle).where(OfficeBundle.bundle_id == report.bundle_id)
        )
    if known is not None:
        release_quarantined(ws, sha256)
        return IntakeResult(
            str(path),
            IntakeOutcome.DUPLICATE,
            M_DUPLICATE,
            {"file": name, "bundle_id": report.bundle_id},
            report.district_code,
            report.round_be,
            report.bundle_id,
        )
    if report.district_code != key_district:
        wrong = Refused(
            "WrongDistrictError",
            SignerNotTrustedError.exit_code,
            M_WRONG_DISTRICT,
            district=report.district_code,
            key_id=report.signer_key_id,
            key_district=key_district,
        )
        return _set_aside(ws, path, sha256, wrong, cancelled)
    try:
        outcome, message = _take(ws, name, path, sha256, size, report, cancelled)
    except DiskFull:  # what it had placed in the blob store is no record's: remove it
        sweep_orphans(ws, locked=True)
        return IntakeResult(str(path), IntakeOutcome.FAILED, M_DISK_FULL, {"file": name})
    except Changed:
        sweep_orphans(ws, locked=True)
        return IntakeResult(str(path), IntakeOutcome.FAILED, M_CHANGED_NOW, {"file": name})
    release_quarantined(ws, sha256)
    return IntakeResult(
        str(path),
        outcome,
        message,
        {
            "file": name,
            "district": report.district_code,
            "round": str(report.round_be),
            "bundle_id": report.bundle_id,
        },
        report.district_code,
        report.round_be,
        report.bundle_id,
    )


def _failed(path: Path, error: BaseException) -> IntakeResult:
    reason = error.english() if isinstance(error, SealDeskError) else str(error)
    return IntakeResult(
        str(path), IntakeOutcome.FAILED, M_FAILED, {"file": path.name, "reason": reason}
    )


def _set_aside(
    ws: WorkspaceCore,
    path: Path,
    sha256: str | None,
    refused: Refused,
    cancelled: IsCancelled | None,
) -> IntakeResult:
    """A refused file into the quarantine: a copy of it (the original is never touched)."""
    try:
        stage, size = _stage_copy(ws, path, cancelled)
    except DiskFull:
        return IntakeResult(str(path), IntakeOutcome.FAILED, M_DISK_FULL, {"file": path.name})
    except Cancelled:
        raise
    except Exception as error:
        return _failed(path, error)
    try:
        return quarantine(ws, path, stage, sha256 or sha256_file(stage), size, refused)
    finally:
        stage.unlink(missing_ok=True)


# --- 1. the staged copy ---------------------------------------------------------------------------


def _stage_copy(ws: WorkspaceCore, path: Path, cancelled: IsCancelled | None) -> tuple[Path, int]:
    """A copy of ``path`` (a regular file) in the intake folder, made by the kernel where it
    can (copy_file_range / sendfile, as ``cp`` does), fsynced."""
    folder = Path(ws.path) / INTAKE_DIR
    with open_regular(path) as source:
        fd, name = tempfile.mkstemp(dir=folder, prefix=STAGE_PREFIX)
        stage = Path(name)
        try:
            with os.fdopen(fd, "wb") as out:
                size = os.fstat(source.fileno()).st_size
                copy_range(source.fileno(), out.fileno(), 0, size, cancelled)
                os.fsync(out.fileno())
        except OSError as error:
            stage.unlink(missing_ok=True)
            if error.errno in (errno.ENOSPC, errno.EDQUOT):
                raise DiskFull() from None
            raise
        except BaseException:
            stage.unlink(missing_ok=True)
            raise
    return stage, size


# --- 2. verification ------------------------------------------------------------------------------


class _OwnBlobs:
    """The office's blobs, limited to the SHA-256s in ``own``: any other is missing."""

    def __init__(self, blobs: BlobSource, own: set[str]) -> None:
        self._blobs, self._own = blobs, own

    def open(self, sha256: str) -> BinaryIO:
        if sha256 not in self._own:
            raise FileNotFoundError(sha256)
        return self._blobs.open(sha256)

    def size(self, sha256: str) -> int | None:
        return self._blobs.size(sha256) if sha256 in self._own else None


def _verify(
    ws: WorkspaceCore, stage: Path, cancelled: IsCancelled | None
) -> tuple[verifier.VerifyReport, str]:
    with ws._sessions() as session:
        rows = session.scalars(select(OfficeKey)).all()
    active = [r for r in rows if r.revoked_at is None]
    trusted = [parse_public_key(r.public_key) for r in active]

    def held(signer: PublicKey) -> BlobSource:
        """A delta bundle (issue 16) is completed only from the evidence its signer's district
        sent in earlier bundles (what a receipt to it lists), never from another district's."""
        district = next(r.district_code for r in active if r.key_id == signer.key_id_hex)
        with ws._sessions() as session:
            own = held_evidence(session, district)
        return _OwnBlobs(DirectoryBlobs(ws.blobs.path_of), own)

    try:
        report = verifier.verify_bundle(stage, trusted, cancelled=cancelled, fetched=held)
    except DeltaIncompleteError as error:
        names = str(error.params.get("names", ""))
        raise Refused(type(error).__name__, error.exit_code, M_DELTA_MISSING, names=names) from None
    except SignerNotTrustedError as error:
        key_id = str(error.params.get("key_id", ""))
        revoked = any(r.key_id == key_id for r in rows)
        message = M_REVOKED_KEY if revoked else M_UNKNOWN_KEY
        code = "RevokedKeyError" if revoked else type(error).__name__
        raise Refused(code, error.exit_code, message, key_id=key_id) from None
    except _CHANGED as error:
        raise Refused(type(error).__name__, error.exit_code, M_CHANGED) from None
    except Cancelled:
        raise
    except VerifyError as error:
        raise Refused(type(error).__name__, error.exit_code, M_DAMAGED) from None
    key_district = next(r.district_code for r in active if r.key_id == report.signer_key_id)
    return report, key_district


# --- 3. taking it in ------------------------------------------------------------------------------


def _take(
    ws: WorkspaceCore,
    name: str,
    source: Path,
    sha256: str,
    size: int,
    report: verifier.VerifyReport,
    cancelled: IsCancelled | None,
) -> tuple[IntakeOutcome, str]:
    """Indexes a verified bundle; returns its outcome and the clerk's sentence."""
    doc, checklist, skeleton, layout, protected = ingest(ws, source, sha256, cancelled)
    submitted = local_time(report.signed_at)
    score, level, missing = score_submission(ws, report.catalog_sha256, doc)
    tag_sha = intake_tag_manifest_sha256(source)
    with ws._transaction() as session:
        answers = answered_feedback(session, doc, report.district_code, report.round_be)
        current = session.scalar(
            select(OfficeBundle).where(
                OfficeBundle.district_code == report.district_code,
                OfficeBundle.round_be == report.round_be,
                OfficeBundle.current.is_(True),
            )
        )
        # a final submission is locked (issue 15): a later bundle only joins the history
        final = current is not None and current.state == SubmissionState.FINAL.value
        # an answer to the feedback on the current bundle is newer by definition (signed after
        # the feedback was issued); otherwise signed later (to the second; a tie keeps current)
        answers_current = (
            answers is not None
            and current is not None
            and current.id
            == (
                session.scalar(
                    select(OfficeFeedbackRow.bundle_row_id).where(
                        OfficeFeedbackRow.feedback_id == answers
                    )
                )
            )
        )
        newest = not final and (
            current is None
            or answers_current
            or (submitted or datetime.min) > (current.submitted_at or datetime.min)
        )
        if newest and current is not None:
            current.current = False
        row = OfficeBundle(
            bundle_id=report.bundle_id,
            sha256=sha256,
            size=size,
            file_name=name,
            district_code=report.district_code,
            round_be=report.round_be,
            received_at=now(),
            submitted_at=submitted,
            signer_key_id=report.signer_key_id,
            catalog_edition=report.catalog_edition,
            catalog_sha256=report.catalog_sha256,
            catalog_version=report.catalog_version,
            catalog_signed_by=report.catalog_signed_by,
            checklist_sha256=checklist,
            current=newest,
            state="resubmitted" if answers else "verified",
            tag_manifest_sha256=tag_sha,
            answers_feedback_id=answers,
            score_percent=score,
            projected_level=level,
            mandatory_missing=json.dumps(missing),
            skeleton_sha256=skeleton,
            layout=json.dumps(layout),
        )
        session.add(row)
        session.flush()
        _index(session, row.id, doc)
        index_protected(session, row.id, doc, protected)  # issue 18
        ws._audit(
            session,
            "office.receive",
            "office_bundle",
            report.bundle_id,
            None,
            {
                "district": report.district_code,
                "round": report.round_be,
                "sha256": sha256,
                "current": newest,
                "replaces": current.bundle_id if newest and current else None,
                "answers_feedback": answers,
                "kept_behind_final": final,
            },
        )
    if newest:
        return IntakeOutcome.TAKEN, M_TAKEN
    return IntakeOutcome.HISTORY, M_FINAL if final else M_HISTORY


def _index(session: Any, bundle_row_id: int, doc: dict[str, Any]) -> None:
    for b in doc.get("benchmarks", []):
        title = b.get("title") or {}
        session.add(
            OfficeAssessmentRow(
                bundle_row_id=bundle_row_id,
                benchmark_code=str(b.get("code", "")),
                title_th=str(title.get("th", "")),
                title_en=str(title.get("en", "")),
                status=str(b.get("status", "not_started")),
                narrative=str(b.get("narrative", "")),
                justification=str(b.get("justification", "")),
                actions=json.dumps(b.get("action_plan", []), ensure_ascii=False),
                evidence=json.dumps(b.get("evidence", [])),
            )
        )
    for e in doc.get("evidence", []):
        if e.get("protected"):  # issue 18: by neutral name only, in office_protected
            continue
        session.add(
            OfficeEvidenceRow(
                bundle_row_id=bundle_row_id,
                sha256=str(e["sha256"]),
                name=str(e.get("original_name", "")),
                size=int(e.get("size", 0)),
                media_type=str(e.get("media_type", "")),
                description=str(e.get("description", "")),
                benchmarks=json.dumps(e.get("benchmarks", []), ensure_ascii=False),
            )
        )


def release(ws: WorkspaceCore, quarantine_id: int) -> IntakeResult:
    """Receives a quarantined file again (after its key was enrolled, say)."""
    require_office(ws)
    with ws._sessions() as session:
        row = session.get(QuarantineRow, quarantine_id)
        if row is None or row.released_at is not None:
            raise InputError(
                QT_TRANSLATE_NOOP("Errors", "There is no quarantined file {id}."),
                id=quarantine_id,
            )
        kept = Path(ws.path) / QUARANTINE_DIR / row.sha256
        file_name = row.file_name
    if not kept.is_file():  # erased by a purge (issue 18): it carried protected files
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The quarantined file {id} was erased when its retention period ended; ask the "
                "district to send it again.",
            ),
            id=quarantine_id,
        )
    # received under its own name, from a copy (the quarantined file stays until taken)
    with tempfile.TemporaryDirectory(dir=Path(ws.path) / INTAKE_DIR) as tmp:
        named = Path(tmp) / file_name
        shutil.copyfile(kept, named)
        return receive_bundles(ws, [named])[0]
