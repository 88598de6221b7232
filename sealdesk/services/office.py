"""The coordinating office's workspace: what kind a workspace is, the whole city at a glance
(``office_status``), one district's submission read-only (``office_submission``), and where a
received evidence file's bytes are.

An office workspace is the same store as a district's (SQLite + Alembic + the blob store) with
the setting ``kind = office`` and ``office_name``, no district and no checklist of its own; its
tables are the office_* ones (store/office_models.py). Intake is services/office_intake.py, the
trust list services/office_trust.py. Functions take the workspace first and are bound as methods
on the facade (services/workspace.py).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from sqlalchemy import select

from sealdesk.domain.catalog import Catalog, parse_catalog
from sealdesk.domain.city import (
    BenchmarkColumn,
    CityStatus,
    DistrictRow,
    OfficeAction,
    OfficeAssessment,
    OfficeEvidence,
    OfficeSubmission,
    SubmissionState,
)
from sealdesk.domain.districts import all_districts, district
from sealdesk.domain.editions import CatalogRef, catalog_standing
from sealdesk.domain.scoring import score_round
from sealdesk.domain.status import Level, Status
from sealdesk.domain.thaidate import current_round_be
from sealdesk.errors import QT_TRANSLATE_NOOP, InputError, WorkspaceError
from sealdesk.services.core import WorkspaceCore

# What kind a workspace is: asked on every open, so kept apart (re-exported from here).
from sealdesk.services.workspace_kind import (  # noqa: F401
    KIND_SETTING,
    NAME_SETTING,
    OFFICE,
    WrongWorkspaceKindError,
    district_only,
    is_office,
    office_name,
    office_only,
)
from sealdesk.store.models import CatalogEdition
from sealdesk.store.office_models import OfficeAssessmentRow, OfficeBundle, OfficeEvidenceRow


def require_office(ws: WorkspaceCore) -> None:
    if not is_office(ws):
        raise office_only()


def check_office_name(name: str) -> str:
    name = " ".join(name.split())
    if not name:
        raise InputError(QT_TRANSLATE_NOOP("Errors", "Give the office a name."))
    return name


# --- rounds, catalogs -------------------------------------------------------------------------


def office_rounds(ws: WorkspaceCore) -> tuple[int, ...]:
    """The rounds for which anything was received, oldest first."""
    require_office(ws)
    with ws._sessions() as session:
        rounds = session.scalars(select(OfficeBundle.round_be).distinct()).all()
    return tuple(sorted(rounds))


def _catalogs(ws: WorkspaceCore, session: object) -> dict[str, Catalog]:
    """Every catalog edition the office holds, by sha256 (parsed once per workspace)."""
    cache: dict[str, Catalog] | None = getattr(ws, "_office_catalogs", None)
    rows = session.execute(select(CatalogEdition.id, CatalogEdition.sha256)).all()  # type: ignore[attr-defined]
    if cache is not None and len(cache) == len(rows):
        return cache
    cache = {}
    for row_id, sha in rows:
        edition = session.get(CatalogEdition, row_id)  # type: ignore[attr-defined]
        cache[sha] = parse_catalog(edition.source_text, f"{edition.edition} {edition.version}")
    ws._office_catalogs = cache  # type: ignore[attr-defined]
    return cache


def office_catalog(ws: WorkspaceCore, sha256: str | None = None) -> Catalog:
    """The catalog edition with this sha256 if the office holds it, else its newest one."""
    with ws._sessions() as session:
        return _catalog_for(_catalogs(ws, session), sha256)


def _catalog_for(catalogs: dict[str, Catalog], sha256: str | None) -> Catalog:
    """The bundle's own edition when the office holds it, else the office's newest one."""
    if sha256 and sha256 in catalogs:
        return catalogs[sha256]
    return list(catalogs.values())[-1]


def score_submission(
    ws: WorkspaceCore, catalog_sha256: str, doc: dict[str, Any]
) -> tuple[float, str | None, list[str]]:
    """(score %, projected level, mandatory benchmarks missing for the next level) of a
    received submission.json, against its own catalog edition when the office holds it."""
    catalog = office_catalog(ws, catalog_sha256)
    statuses = {
        str(b.get("code", "")): _status(str(b.get("status", "")))
        for b in doc.get("benchmarks", [])
        if isinstance(b, dict)
    }
    report = score_round(catalog, statuses)
    missing = list(report.next_gap.mandatory_missing) if report.next_gap is not None else []
    level = report.level.value if report.level is not None else None
    return report.overall.percent, level, missing


def _columns(catalog: Catalog) -> tuple[BenchmarkColumn, ...]:
    columns = []
    for b in catalog.benchmarks():
        lowest = min(b.mandatory, key=lambda lv: lv.rank) if b.mandatory else None
        columns.append(BenchmarkColumn(b.code, b.dimension_code, b.title.th, b.title.en, lowest))
    return tuple(columns)


# --- the whole city -----------------------------------------------------------------------------


def office_status(ws: WorkspaceCore, round_year_be: int | None = None) -> CityStatus:
    """One row per district (all 50) for the round: None means the latest round with anything
    received, else the current Buddhist Era year."""
    require_office(ws)
    with ws._sessions() as session:
        if round_year_be is None:
            latest = session.scalar(
                select(OfficeBundle.round_be).order_by(OfficeBundle.round_be.desc()).limit(1)
            )
            round_year_be = latest if latest is not None else current_round_be()
        catalogs = _catalogs(ws, session)
        published = _published_refs(session)
        bundles = session.scalars(
            select(OfficeBundle).where(
                OfficeBundle.round_be == round_year_be, OfficeBundle.current.is_(True)
            )
        ).all()
        ids = [b.id for b in bundles]
        statuses: dict[int, dict[str, Status]] = {i: {} for i in ids}
        for bundle_row_id, code, status in session.execute(
            select(
                OfficeAssessmentRow.bundle_row_id,
                OfficeAssessmentRow.benchmark_code,
                OfficeAssessmentRow.status,
            ).where(OfficeAssessmentRow.bundle_row_id.in_(ids))
        ):
            statuses[bundle_row_id][code] = _status(status)
        evidence_counts: dict[int, int] = dict.fromkeys(ids, 0)
        for (bundle_row_id,) in session.execute(
            select(OfficeEvidenceRow.bundle_row_id).where(OfficeEvidenceRow.bundle_row_id.in_(ids))
        ):
            evidence_counts[bundle_row_id] += 1
        from sealdesk.store.office_models import OfficeProtectedFile  # issue 18: they count too

        for (bundle_row_id,) in session.execute(
            select(OfficeProtectedFile.bundle_row_id).where(
                OfficeProtectedFile.bundle_row_id.in_(ids)
            )
        ):
            evidence_counts[bundle_row_id] += 1
    by_district = {b.district_code: b for b in bundles}
    editions = [b.catalog_sha256 for b in bundles]
    view_catalog = _catalog_for(
        catalogs, max(set(editions), key=editions.count) if editions else None
    )
    rows = []
    for place in all_districts():
        bundle = by_district.get(place.code)
        if bundle is None:
            rows.append(
                DistrictRow(
                    place.code,
                    place.th,
                    place.en,
                    SubmissionState.NONE,
                    None,
                    None,
                    None,
                    None,
                    None,
                    (),
                    0,
                    None,
                    {},
                )
            )
            continue
        got = statuses[bundle.id]
        rows.append(
            DistrictRow(
                district_code=place.code,
                name_th=place.th,
                name_en=place.en,
                state=SubmissionState(bundle.state),
                submitted_at=bundle.submitted_at,
                received_at=bundle.received_at,
                bundle_id=bundle.bundle_id,
                score_percent=bundle.score_percent,
                projected_level=Level(bundle.projected_level) if bundle.projected_level else None,
                mandatory_missing=tuple(json.loads(bundle.mandatory_missing)),
                evidence_count=evidence_counts[bundle.id],
                catalog_edition=bundle.catalog_edition,
                statuses=got,
                catalog_standing=catalog_standing(
                    bundle.catalog_sha256, bundle.catalog_signed_by, published
                ),
                catalog_version=bundle.catalog_version,
            )
        )
    return CityStatus(round_year_be, office_name(ws), _columns(view_catalog), tuple(rows))


def _published_refs(session: Any) -> list[CatalogRef]:
    """The editions the office published, oldest first (issue 17; the last is current)."""
    rows = session.execute(
        select(CatalogEdition.edition, CatalogEdition.version, CatalogEdition.sha256)
        .where(CatalogEdition.published_at.is_not(None))
        .order_by(CatalogEdition.published_at, CatalogEdition.id)
    ).all()
    return [CatalogRef(*row) for row in rows]


def _status(value: str) -> Status:
    try:
        return Status(value)
    except ValueError:
        return Status.NOT_STARTED


# --- one district's submission ------------------------------------------------------------------


def office_submission(
    ws: WorkspaceCore, district_code: str, round_year_be: int, bundle_id: str | None = None
) -> OfficeSubmission | None:
    """The district's current submission for the round (or the bundle ``bundle_id`` of its
    history); None when nothing was received."""
    require_office(ws)
    place = district(district_code)
    with ws._sessions() as session:
        query = select(OfficeBundle).where(
            OfficeBundle.district_code == place.code, OfficeBundle.round_be == round_year_be
        )
        all_bundles = session.scalars(query.order_by(OfficeBundle.received_at.desc())).all()
        if bundle_id is not None:
            chosen = next((b for b in all_bundles if b.bundle_id == bundle_id), None)
        else:
            chosen = next((b for b in all_bundles if b.current), None)
        if chosen is None:
            return None
        assessment_rows = session.scalars(
            select(OfficeAssessmentRow)
            .where(OfficeAssessmentRow.bundle_row_id == chosen.id)
            .order_by(OfficeAssessmentRow.id)
        ).all()
        evidence_rows = session.scalars(
            select(OfficeEvidenceRow)
            .where(OfficeEvidenceRow.bundle_row_id == chosen.id)
            .order_by(OfficeEvidenceRow.id)
        ).all()
        standing = catalog_standing(
            chosen.catalog_sha256, chosen.catalog_signed_by, _published_refs(session)
        )
    assessments = tuple(
        OfficeAssessment(
            code=a.benchmark_code,
            title_th=a.title_th,
            title_en=a.title_en,
            status=_status(a.status),
            narrative=a.narrative,
            justification=a.justification,
            actions=tuple(
                OfficeAction(
                    str(i.get("action", "")),
                    str(i.get("responsible", "")),
                    i.get("due_date") or None,
                    bool(i.get("done", False)),
                )
                for i in json.loads(a.actions)
                if isinstance(i, dict)
            ),
            evidence=tuple(str(s) for s in json.loads(a.evidence)),
        )
        for a in assessment_rows
    )
    evidence = tuple(
        OfficeEvidence(
            id=e.id,
            sha256=e.sha256,
            name=e.name,
            size=e.size,
            media_type=e.media_type,
            description=e.description,
            benchmarks=tuple(str(c) for c in json.loads(e.benchmarks)),
        )
        for e in evidence_rows
    )
    return OfficeSubmission(
        district_code=place.code,
        name_th=place.th,
        name_en=place.en,
        round_year_be=round_year_be,
        bundle_id=chosen.bundle_id,
        state=SubmissionState(chosen.state),
        received_at=chosen.received_at,
        submitted_at=chosen.submitted_at,
        catalog_edition=chosen.catalog_edition,
        catalog_sha256=chosen.catalog_sha256,
        signer_key_id=chosen.signer_key_id,
        bundle_sha256=chosen.sha256,
        current=chosen.current,
        assessments=assessments,
        evidence=evidence,
        checklist_pdf_sha256=chosen.checklist_sha256,
        history=tuple((b.bundle_id, b.received_at) for b in all_bundles),
        catalog_version=chosen.catalog_version,
        catalog_standing=standing,
    )


def office_bundle_file(
    ws: WorkspaceCore, bundle_id: str, out: Path, overwrite: bool = False
) -> Path:
    """Writes a received bundle, byte for byte as it came, to ``out`` (never over an existing
    file unless ``overwrite``, never into the workspace); its sha256 is checked."""
    from sealdesk.fsutil import atomic_writer, check_output
    from sealdesk.services.office_blobs import write_received

    require_office(ws)
    with ws._sessions() as session:
        row = session.scalar(select(OfficeBundle).where(OfficeBundle.bundle_id == bundle_id))
        if row is None:
            raise InputError(
                QT_TRANSLATE_NOOP("Errors", "The office holds no bundle {bundle_id}."),
                bundle_id=bundle_id,
            )
        skeleton, layout, sha256 = row.skeleton_sha256, json.loads(row.layout), row.sha256
        _refuse_purged(session, row)  # issue 18
    out = check_output(Path(out), overwrite, not_inside=[Path(ws.path)])
    with atomic_writer(out) as handle:
        if write_received(ws, skeleton, layout, handle) != sha256:
            raise WorkspaceError(
                QT_TRANSLATE_NOOP(
                    "Errors", "The stored bundle {bundle_id} is damaged; run 'sealdesk check'."
                ),
                bundle_id=bundle_id,
            )
    return out


def _refuse_purged(session: Any, row: OfficeBundle) -> None:
    """A bundle whose protected files were erased (retention) cannot be rebuilt as it came."""
    from sealdesk.store.office_models import OfficeProtectedFile

    purged = session.scalar(
        select(OfficeProtectedFile.purged_at).where(
            OfficeProtectedFile.bundle_row_id == row.id,
            OfficeProtectedFile.purged_at.is_not(None),
        )
    )
    if purged is not None:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The protected files of bundle {bundle_id} were erased on {date} (retention "
                "ended), so the bundle can no longer be rebuilt as it came.",
            ),
            bundle_id=row.bundle_id,
            date=purged.date().isoformat(),
        )


def office_evidence_path(ws: WorkspaceCore, sha256: str) -> Path:
    """Where the bytes of a received evidence file (or checklist PDF, or bundle) are; read it,
    never write it. InputError when the office holds no such file."""
    sha256 = sha256.strip().lower()
    if len(sha256) != 64 or not ws.blobs.has(sha256):
        raise InputError(
            QT_TRANSLATE_NOOP("Errors", "The office holds no file with the fingerprint {sha256}."),
            sha256=sha256,
        )
    return ws.blobs.path_of(sha256)


__all__ = [
    "WrongWorkspaceKindError",
    "district_only",
    "is_office",
    "office_evidence_path",
    "office_name",
    "office_only",
    "office_rounds",
    "office_status",
    "office_submission",
    "require_office",
]
