"""At the coordinating office: returning a submission with feedback, accepting it, making it
final. Each writes a signed feedback file for the district (bundle/feedback.py) with the
feedback letter in Thai and English (printing/feedback.py), then records it and changes the
submission's state in one transaction (docs/office.md, "Review and feedback").

    return:   verified | resubmitted | in review | returned -> returned  (something to answer)
    accept:   verified | resubmitted | in review | returned -> accepted  (every benchmark has
              a verdict)
    finalize: accepted -> final (locked)

The key is unlocked first (a wrong passphrase writes nothing); the file is written before the
record, so a record never names a file that was not written.
"""

from __future__ import annotations

import io
import tempfile
import uuid
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select

from sealdesk.bundle.baginfo import friendly_bundle_id
from sealdesk.bundle.feedback import SCHEMA, SCHEMA_VERSION, encode, write_feedback
from sealdesk.bundle.feedback import tag_manifest_sha256 as read_tag_manifest_sha256
from sealdesk.domain.city import SubmissionState
from sealdesk.domain.districts import district
from sealdesk.domain.review import BenchmarkReview, FeedbackKind, IssuedFeedback, Verdict
from sealdesk.errors import QT_TRANSLATE_NOOP, InputError
from sealdesk.events import ReviewChanged
from sealdesk.progress import IsCancelled, Progress, check_cancelled
from sealdesk.services import keys as keys_service
from sealdesk.services.core import WorkspaceCore
from sealdesk.services.office import office_name, require_office
from sealdesk.services.review import _locked, _state, current_bundle, reviews_of
from sealdesk.store.office_models import OfficeAssessmentRow, OfficeBundle, OfficeFeedbackRow

OPEN_STATES = (
    SubmissionState.VERIFIED,
    SubmissionState.RESUBMITTED,
    SubmissionState.IN_REVIEW,
    SubmissionState.RETURNED,
)
"""States a submission may be returned or accepted from."""

ASKS_NOTHING = (Verdict.MEETS, Verdict.NA_AGREED, Verdict.NOT_REVIEWED)


def return_submission(
    ws: WorkspaceCore,
    district_code: str,
    round_year_be: int | None = None,
    *,
    out: Path,
    passphrase: str,
    overwrite: bool = False,
    progress: Progress | None = None,
    cancelled: IsCancelled | None = None,
) -> IssuedFeedback:
    """Returns the district's current submission with feedback: writes the signed feedback
    file to ``out``; the submission is then "returned"."""
    return _issue(
        ws,
        FeedbackKind.RETURNED,
        district_code,
        round_year_be,
        out,
        passphrase,
        overwrite,
        progress,
        cancelled,
    )


def accept_submission(
    ws: WorkspaceCore,
    district_code: str,
    round_year_be: int | None = None,
    *,
    out: Path,
    passphrase: str,
    overwrite: bool = False,
    progress: Progress | None = None,
    cancelled: IsCancelled | None = None,
) -> IssuedFeedback:
    """Accepts the district's current submission (it counts as confirmed from now on) and
    writes the signed feedback file saying so to ``out``."""
    return _issue(
        ws,
        FeedbackKind.ACCEPTED,
        district_code,
        round_year_be,
        out,
        passphrase,
        overwrite,
        progress,
        cancelled,
    )


def finalize_submission(
    ws: WorkspaceCore,
    district_code: str,
    round_year_be: int | None = None,
    *,
    out: Path,
    passphrase: str,
    overwrite: bool = False,
    progress: Progress | None = None,
    cancelled: IsCancelled | None = None,
) -> IssuedFeedback:
    """Makes an accepted submission final (locked: no more verdicts) and writes the signed
    feedback file saying so to ``out``."""
    return _issue(
        ws,
        FeedbackKind.FINAL,
        district_code,
        round_year_be,
        out,
        passphrase,
        overwrite,
        progress,
        cancelled,
    )


def _check_allowed(
    kind: FeedbackKind, bundle: OfficeBundle, reviews: tuple[BenchmarkReview, ...]
) -> None:
    state = _state(bundle)
    if state is SubmissionState.FINAL:
        raise _locked(bundle)
    if kind is FeedbackKind.FINAL:
        if state is not SubmissionState.ACCEPTED:
            raise InputError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Accept the submission of district {district} before making it final.",
                ),
                district=bundle.district_code,
            )
        return
    if state not in OPEN_STATES:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The submission of district {district} is already accepted; give a verdict to "
                "reopen its review first.",
            ),
            district=bundle.district_code,
        )
    if kind is FeedbackKind.RETURNED:
        if all(r.verdict in ASKS_NOTHING and r.action is None for r in reviews):
            raise InputError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Nothing to return: no benchmark of district {district} has a verdict or a "
                    "required action for the district to answer.",
                ),
                district=bundle.district_code,
            )
        return
    missing = [r.benchmark_code for r in reviews if r.verdict is Verdict.NOT_REVIEWED]
    if missing:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Give every benchmark a verdict before accepting; still without one: {codes}.",
            ),
            codes=", ".join(missing),
        )


def _issue(
    ws: WorkspaceCore,
    kind: FeedbackKind,
    district_code: str,
    round_year_be: int | None,
    out: Path,
    passphrase: str,
    overwrite: bool,
    progress: Progress | None = None,
    cancelled: IsCancelled | None = None,
) -> IssuedFeedback:
    """Checks the rules, unlocks the key, prints the letters, writes the file, records it.
    ``progress(done, 4)`` after each step; ``cancelled()`` is asked before the file is
    written (then nothing is written or recorded)."""

    def step(done: int) -> None:
        if progress is not None:
            progress(done, 4)
        check_cancelled(cancelled)

    require_office(ws)
    if ws.read_only:
        raise ws.why_read_only
    with ws._sessions() as session:
        bundle = current_bundle(ws, session, district_code, round_year_be)
        reviews = reviews_of(session, bundle.id)
        _check_allowed(kind, bundle, reviews)
        titles = {
            code: (th, en)
            for code, th, en in session.execute(
                select(
                    OfficeAssessmentRow.benchmark_code,
                    OfficeAssessmentRow.title_th,
                    OfficeAssessmentRow.title_en,
                ).where(OfficeAssessmentRow.bundle_row_id == bundle.id)
            )
        }
    step(0)
    key = keys_service.unlock(ws, passphrase)  # a wrong passphrase: nothing is written
    step(1)
    tag_sha = bundle.tag_manifest_sha256 or _tag_manifest_of(ws, bundle.bundle_id)
    issued = datetime.now().astimezone().replace(microsecond=0)
    place = district(bundle.district_code)
    doc = _document(ws, kind, bundle, tag_sha, reviews, titles, key.public.key_id_hex, issued)
    letters = _letters(ws, doc, kind, bundle, reviews, titles, issued, step)
    written = write_feedback(
        doc, letters, Path(out), key, overwrite=overwrite, not_inside=[Path(ws.path)], now=issued
    )
    if progress is not None:
        progress(4, 4)
    with ws._transaction() as session:
        row = session.get(OfficeBundle, bundle.id)
        assert row is not None
        before = row.state
        row.state = {
            FeedbackKind.RETURNED: SubmissionState.RETURNED,
            FeedbackKind.ACCEPTED: SubmissionState.ACCEPTED,
            FeedbackKind.FINAL: SubmissionState.FINAL,
        }[kind].value
        if not row.tag_manifest_sha256:
            row.tag_manifest_sha256 = tag_sha
        session.add(
            OfficeFeedbackRow(
                feedback_id=doc["feedback_id"],
                bundle_row_id=row.id,
                kind=kind.value,
                issued_at=issued.replace(tzinfo=None),
                issued_by=ws.actor,
                sha256=written.sha256,
                path=str(written.path),
                document=encode(doc).decode("utf-8"),
            )
        )
        ws._audit(
            session,
            f"review.{kind.value}",
            "office_bundle",
            row.bundle_id,
            {"state": before},
            {
                "state": row.state,
                "feedback_id": doc["feedback_id"],
                "file": str(written.path),
                "sha256": written.sha256,
            },
        )
        ws._announce(session, ReviewChanged(row.district_code, row.round_be, row.bundle_id))
    return IssuedFeedback(
        feedback_id=doc["feedback_id"],
        kind=kind,
        district_code=place.code,
        round_year_be=bundle.round_be,
        bundle_id=bundle.bundle_id,
        path=str(written.path),
        sha256=written.sha256,
        issued_at=issued.replace(tzinfo=None),
    )


def _tag_manifest_of(ws: WorkspaceCore, bundle_id: str) -> str:
    """The tag manifest's SHA-256 of a bundle received before it was recorded at intake: the
    bundle is rebuilt, byte for byte, into a private temporary folder and read."""
    from sealdesk.services.office import office_bundle_file

    with tempfile.TemporaryDirectory(prefix="sealdesk-review-") as tmp:
        path = office_bundle_file(ws, bundle_id, Path(tmp) / "bundle.zip")
        return read_tag_manifest_sha256(path)


def _review_data(review: BenchmarkReview, titles: dict[str, tuple[str, str]]) -> dict[str, Any]:
    th, en = titles.get(review.benchmark_code, ("", ""))
    action = None
    if review.action is not None:
        due = review.action.due.isoformat() if review.action.due else None
        action = {"text": review.action.text, "due": due}
    return {
        "code": review.benchmark_code,
        "title": {"th": th, "en": en},
        "verdict": review.verdict.value,
        "comment": review.comment,
        "action": action,
        "reviewed_at": review.reviewed_at.isoformat() if review.reviewed_at else None,
        "reviewed_by": review.reviewed_by,
    }


def _document(
    ws: WorkspaceCore,
    kind: FeedbackKind,
    bundle: OfficeBundle,
    tag_sha: str,
    reviews: tuple[BenchmarkReview, ...],
    titles: dict[str, tuple[str, str]],
    key_id: str,
    issued: datetime,
) -> dict[str, Any]:
    """The content of data/feedback.json (schema ``sealdesk.feedback`` version 1)."""
    place = district(bundle.district_code)
    edition = current_catalog_ref(ws)
    return {
        "schema": SCHEMA,
        "schema_version": SCHEMA_VERSION,
        "feedback_id": str(uuid.uuid4()),
        "kind": kind.value,
        "issued_at": issued.isoformat(),
        "issued_by": ws.actor,
        "office": {"name": office_name(ws), "key_id": key_id},
        "district": {"code": place.code, "th": place.th, "en": place.en},
        "round_be": bundle.round_be,
        "reviews_bundle": {
            "bundle_id": bundle.bundle_id,
            "tag_manifest_sha256": tag_sha,
            "sha256": bundle.sha256,
            "submitted_at": bundle.submitted_at.isoformat() if bundle.submitted_at else None,
        },
        "catalog": edition,
        "reviews": [_review_data(r, titles) for r in reviews],
        "letters": {lang: f"data/letter-{lang}.pdf" for lang in ("th", "en")},
    }


def current_catalog_ref(ws: WorkspaceCore) -> dict[str, str] | None:
    """The office's current catalog edition as ``{"edition", "version", "sha256"}``: the
    latest it published (services/catalog_editions.py, issue 17), None while it has published
    none (the shared agreement on office documents: a district learns of a newer edition)."""
    from sealdesk.services.catalog_editions import catalog_ref

    return catalog_ref(ws)


def _letters(
    ws: WorkspaceCore,
    doc: dict[str, Any],
    kind: FeedbackKind,
    bundle: OfficeBundle,
    reviews: tuple[BenchmarkReview, ...],
    titles: dict[str, tuple[str, str]],
    issued: datetime,
    step: Callable[[int], None],
) -> dict[str, bytes]:
    """The feedback letter in Thai and in English, as PDF bytes (steps 2 and 3)."""
    from sealdesk.printing.feedback import LetterData, feedback_letter
    from sealdesk.printing.layout import PrintOptions

    data = LetterData(
        office_name=office_name(ws),
        district=district(bundle.district_code),
        round_be=bundle.round_be,
        kind=kind,
        feedback_id=doc["feedback_id"],
        bundle_id=friendly_bundle_id(bundle.district_code, bundle.round_be, bundle.bundle_id),
        issued_at=issued,
        reviewer=ws.actor,
        reviews=reviews,
        titles=titles,
    )
    letters = {}
    for lang in ("th", "en"):
        buffer = io.BytesIO()
        feedback_letter(
            buffer, data, PrintOptions(lang=lang, print_date=issued.date(), preparer=ws.actor)
        )
        letters[lang] = buffer.getvalue()
        step(len(letters) + 1)
    return letters


__all__ = ["accept_submission", "finalize_submission", "return_submission"]
