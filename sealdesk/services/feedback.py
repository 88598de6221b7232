"""At a district: the feedback files the coordinating office sends back (issue 15).

``import_feedback`` verifies a feedback file (bundle/feedback.py: the bundle verifier against
the office keys this district trusts, ``district_trust.trusted_office_keys``) and refuses, with
one clear sentence each, a file signed by another key, changed after it was signed, made for
another district, or reviewing a bundle this workspace never exported; the same file twice is
taken once. What it says is kept (``received_feedback``): the verdicts, comments and required
actions, which the benchmark pages, the "feedback to answer" view and the dashboard read;
``take_action_into_plan`` puts a required action into the benchmark's action plan.

The next export answers the newest "returned" feedback of its round (``answering``): the
bundle says so in submission.json (``extra.answers_feedback``) and the office marks it
"resubmitted".
"""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from sealdesk.bundle.errors import (
    BadSignatureError,
    ContainerModifiedError,
    PayloadAddedError,
    PayloadChangedError,
    PayloadMissingError,
    SignerNotTrustedError,
    TagFileChangedError,
    VerifyError,
)
from sealdesk.domain.review import (
    BenchmarkReview,
    FeedbackImport,
    FeedbackKind,
    OpenFeedbackItem,
    ReceivedFeedback,
    open_items,
    received_feedback,
    reviews_of,
)
from sealdesk.domain.thaidate import local_time
from sealdesk.errors import QT_TRANSLATE_NOOP, InputError, SealDeskError
from sealdesk.events import FeedbackChanged
from sealdesk.services.catalog_editions import note_office_edition
from sealdesk.services.core import WorkspaceCore, now
from sealdesk.store.models import (
    ExportRow,
    FeedbackActionTaken,
    ReceivedFeedbackRow,
    Round,
)


class FeedbackRefusedError(SealDeskError):
    """A feedback file this district does not take; one clear sentence each (exit 60-65)."""

    exit_code = 60


class FeedbackUntrustedError(FeedbackRefusedError):
    exit_code = 61


class FeedbackOtherDistrictError(FeedbackRefusedError):
    exit_code = 62


class FeedbackUnknownBundleError(FeedbackRefusedError):
    exit_code = 63


class FeedbackTamperedError(FeedbackRefusedError):
    exit_code = 64


class FeedbackDamagedError(FeedbackRefusedError):
    exit_code = 65


_CHANGED = (
    BadSignatureError,
    ContainerModifiedError,
    PayloadAddedError,
    PayloadChangedError,
    PayloadMissingError,
    TagFileChangedError,
)


def _require_district(ws: WorkspaceCore) -> None:
    """The facade's ``district`` refuses the office's workspace with its one sentence (so a
    district's export need not import the office's services to ask)."""
    ws.district  # type: ignore[attr-defined]  # noqa: B018


# --- import ---------------------------------------------------------------------------------------


def import_feedback(ws: WorkspaceCore, path: Path) -> FeedbackImport:
    """Verifies and keeps a feedback file from a trusted office (see the module's doc)."""
    # the verifier and cryptography are imported here, not when an export asks ``answering``
    from sealdesk.bundle.feedback import read_feedback
    from sealdesk.services.district_trust import trusted_office_keys

    _require_district(ws)
    path = Path(path)
    trusted = trusted_office_keys(ws)
    try:
        got = read_feedback(path, trusted)
    except SignerNotTrustedError as error:
        raise FeedbackUntrustedError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{file} is signed by key {key_id}, which this district does not trust; trust "
                "the office's key first ('sealdesk trust add').",
            ),
            file=path.name,
            key_id=str(error.params.get("key_id", "")),
        ) from None
    except _CHANGED:
        raise FeedbackTamperedError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{file} was changed after the office signed it; ask the office to send it again.",
            ),
            file=path.name,
        ) from None
    except VerifyError:
        raise FeedbackDamagedError(
            QT_TRANSLATE_NOOP("Errors", "{file} is damaged or is not a SealDesk feedback file."),
            file=path.name,
        ) from None
    doc = got.document
    own = ws.district.code  # type: ignore[attr-defined]
    target = str((doc.get("district") or {}).get("code", ""))
    if target != own:
        raise FeedbackOtherDistrictError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{file} is feedback for district {district}, not for this district ({own}).",
            ),
            file=path.name,
            district=target,
            own=own,
        )
    reviewed = doc.get("reviews_bundle") or {}
    bundle_id = str(reviewed.get("bundle_id", ""))
    feedback_id = str(doc["feedback_id"])
    with ws._transaction() as session:
        known = session.scalar(
            select(ReceivedFeedbackRow).where(ReceivedFeedbackRow.feedback_id == feedback_id)
        )
        if known is not None:
            return FeedbackImport(_value(session, known), duplicate=True)
        issued = local_time(str(doc.get("issued_at", ""))) or now()
        # an older feedback file imported late does not name the office's current edition
        superseded = session.scalar(
            select(ReceivedFeedbackRow.id).where(ReceivedFeedbackRow.issued_at > issued).limit(1)
        )
        export = session.scalar(select(ExportRow).where(ExportRow.bundle_id == bundle_id))
        tag_sha = str(reviewed.get("tag_manifest_sha256", ""))
        if (
            export is None
            or (export.tag_manifest_sha256 and tag_sha and export.tag_manifest_sha256 != tag_sha)
            or session.get(Round, export.round_id).year_be != doc["round_be"]  # type: ignore[union-attr]
        ):
            raise FeedbackUnknownBundleError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{file} reviews bundle {bundle_id}, which this workspace never exported.",
                ),
                file=path.name,
                bundle_id=bundle_id,
            )
        row = ReceivedFeedbackRow(
            feedback_id=feedback_id,
            kind=FeedbackKind(str(doc.get("kind"))).value,
            office_name=str((doc.get("office") or {}).get("name", "")),
            office_key_id=got.signer_key_id,
            district_code=own,
            round_be=int(doc.get("round_be", 0)),
            bundle_id=bundle_id,
            issued_at=issued,
            imported_at=now(),
            imported_by=ws.actor,
            sha256=got.sha256,
            document=json.dumps(doc, ensure_ascii=False),
            letter_th=got.letters.get("th"),
            letter_en=got.letters.get("en"),
        )
        session.add(row)
        session.flush()
        ws._audit(
            session,
            "feedback.import",
            "received_feedback",
            feedback_id,
            None,
            {
                "kind": row.kind,
                "bundle_id": bundle_id,
                "office_key_id": row.office_key_id,
                "sha256": row.sha256,
                "file": str(path),
            },
        )
        ws._announce(session, FeedbackChanged(feedback_id, row.round_be))
        result = FeedbackImport(_value(session, row), duplicate=False)
    # after the commit: the status bar tells the clerk when the office names a newer edition
    if superseded is None:
        note_office_edition(ws, doc.get("catalog"))
    return result


# --- reading --------------------------------------------------------------------------------------


_reviews = reviews_of  # the document's reviews: domain/review.py


def _answered_by(session: Session, feedback_id: str) -> str | None:
    """The bundle id of the first export that answers the feedback, if one does."""
    return session.scalar(
        select(ExportRow.bundle_id)
        .where(ExportRow.answers_feedback_id == feedback_id)
        .order_by(ExportRow.id)
        .limit(1)
    )


def _value(session: Session, row: ReceivedFeedbackRow) -> ReceivedFeedback:
    return received_feedback(
        feedback_id=row.feedback_id,
        kind=row.kind,
        office_name=row.office_name,
        office_key_id=row.office_key_id,
        district_code=row.district_code,
        round_be=row.round_be,
        bundle_id=row.bundle_id,
        issued_at=row.issued_at,
        imported_at=row.imported_at,
        document=json.loads(row.document),
        answered_by=_answered_by(session, row.feedback_id),
    )


def feedback_list(ws: WorkspaceCore, round_be: int | None = None) -> tuple[ReceivedFeedback, ...]:
    """The feedback received, newest first (of one round, or of every round)."""
    _require_district(ws)
    with ws._sessions() as session:
        query = select(ReceivedFeedbackRow).order_by(
            ReceivedFeedbackRow.issued_at.desc(), ReceivedFeedbackRow.id.desc()
        )
        if round_be is not None:
            query = query.where(ReceivedFeedbackRow.round_be == round_be)
        return tuple(_value(session, r) for r in session.scalars(query))


def _latest(session: Session, round_be: int) -> ReceivedFeedbackRow | None:
    return session.scalar(
        select(ReceivedFeedbackRow)
        .where(ReceivedFeedbackRow.round_be == round_be)
        .order_by(ReceivedFeedbackRow.issued_at.desc(), ReceivedFeedbackRow.id.desc())
        .limit(1)
    )


def _round_of(ws: WorkspaceCore, round_be: int | None) -> int:
    return round_be if round_be is not None else ws.current_round  # type: ignore[attr-defined]


def office_view(ws: WorkspaceCore, round_be: int | None = None) -> dict[str, BenchmarkReview]:
    """The office's newest verdict per benchmark for the round (from the newest feedback),
    for the benchmark pages and the dashboard; empty when no feedback came."""
    _require_district(ws)
    round_be = _round_of(ws, round_be)
    with ws._sessions() as session:
        latest = _latest(session, round_be)
        if latest is None:
            return {}
        return {r.benchmark_code: r for r in _reviews(json.loads(latest.document))}


def answering(ws: WorkspaceCore, round_be: int | None = None) -> ReceivedFeedback | None:
    """The feedback the next export of the round answers: the newest feedback of the round
    when the office returned the submission with it; None otherwise."""
    _require_district(ws)
    round_be = _round_of(ws, round_be)
    with ws._sessions() as session:
        latest = _latest(session, round_be)
        if latest is None or latest.kind != FeedbackKind.RETURNED.value:
            return None
        return _value(session, latest)


def open_feedback(ws: WorkspaceCore, round_be: int | None = None) -> tuple[OpenFeedbackItem, ...]:
    """What the district has still to answer in the round: the benchmarks of the newest
    feedback, when it returned the submission and no export has answered it yet, whose verdict
    asks for something (partly meets, does not meet, evidence insufficient) or that carry a
    required action."""
    _require_district(ws)
    round_be = _round_of(ws, round_be)
    with ws._sessions() as session:
        latest = _latest(session, round_be)
        if latest is None or latest.kind != FeedbackKind.RETURNED.value:
            return ()
        feedback = _value(session, latest)
        if feedback.answered_by is not None:
            return ()
        taken = set(
            session.scalars(
                select(FeedbackActionTaken.benchmark_code).where(
                    FeedbackActionTaken.feedback_row_id == latest.id
                )
            )
        )
    return open_items(feedback, answered=False, taken=taken)


def feedback_letter(ws: WorkspaceCore, feedback_id: str, lang: str = "th") -> bytes | None:
    """The feedback letter PDF the file carried in ``lang`` ("th" or "en"), if it did."""
    _require_district(ws)
    with ws._sessions() as session:
        row = session.scalar(
            select(ReceivedFeedbackRow).where(ReceivedFeedbackRow.feedback_id == feedback_id)
        )
        if row is None:
            raise _no_feedback(feedback_id)
        return row.letter_th if lang == "th" else row.letter_en


def _no_feedback(feedback_id: str) -> InputError:
    return InputError(
        QT_TRANSLATE_NOOP("Errors", "No feedback {feedback_id} was received here."),
        feedback_id=feedback_id,
    )


__all__ = [
    "FeedbackRefusedError",
    "answering",
    "feedback_letter",
    "feedback_list",
    "import_feedback",
    "office_view",
    "open_feedback",
]
