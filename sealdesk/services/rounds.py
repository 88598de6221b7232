"""Rounds and catalog editions: list and add rounds, read a round's catalog, and switch a round
to another catalog edition while keeping all work whose benchmark code remains."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from sealdesk.domain.assessment import CatalogImportReport
from sealdesk.domain.catalog import Catalog
from sealdesk.domain.status import Status
from sealdesk.domain.thaidate import check_round_year
from sealdesk.errors import QT_TRANSLATE_NOOP, InputError
from sealdesk.events import RoundsChanged
from sealdesk.services.core import WorkspaceCore, now
from sealdesk.store.models import AssessmentRow, EvidenceLink, EvidenceRow, Round


def rounds(ws: WorkspaceCore) -> list[int]:
    with ws._sessions() as session:
        return list(session.scalars(select(Round.year_be).order_by(Round.year_be)))


def current_round(ws: WorkspaceCore) -> int:
    """The latest round."""
    with ws._sessions() as session:
        return ws._round(session, None).year_be


def add_round(ws: WorkspaceCore, round_be: int, catalog_path: Path | None = None) -> None:
    """Starts a new round; it uses the given catalog, or the latest round's catalog."""
    check_round_year(round_be)
    incoming = None
    if catalog_path:
        from sealdesk.services.catalog_editions import read_for_district

        incoming = read_for_district(ws, catalog_path)
    with ws._transaction() as session:
        if session.scalar(select(Round).where(Round.year_be == round_be)):
            raise InputError(
                QT_TRANSLATE_NOOP("Errors", "Round {round} already exists."), round=round_be
            )
        if incoming is not None:
            catalog_id = ws._store_catalog(session, incoming.catalog, incoming.signature).id
        else:
            catalog_id = ws._round(session, None).catalog_id
        session.add(Round(year_be=round_be, catalog_id=catalog_id, created_at=now()))
        ws._audit(session, "round.add", "round", str(round_be), None, {"round": round_be})
        ws._announce(session, RoundsChanged(round_be))


def catalog(ws: WorkspaceCore, round_be: int | None = None) -> Catalog:
    with ws._sessions() as session:
        return ws._catalog_of(session, ws._round(session, round_be))


def import_catalog(
    ws: WorkspaceCore, path: Path, round_be: int | None = None
) -> CatalogImportReport:
    """Switches a round to another catalog edition, keeping all work whose code remains.

    ``path`` is an edition signed by an office key this district trusts, or a bare TOML
    catalog (practice only); services/catalog_editions.py reads and checks it."""
    from sealdesk.services.catalog_editions import read_for_district

    incoming = read_for_district(ws, path)
    return switch_catalog(ws, incoming.catalog, round_be, incoming.signature)


def switch_catalog(
    ws: WorkspaceCore, new: Catalog, round_be: int | None = None, signature: str = ""
) -> CatalogImportReport:
    """Switches a round to the edition ``new`` (already read and checked)."""
    with ws._transaction() as session:
        round_row = ws._round(session, round_be)
        old = ws._catalog_of(session, round_row)
        rows = session.scalars(
            select(AssessmentRow).where(AssessmentRow.round_id == round_row.id)
        ).all()
        worked = [r for r in rows if _has_work(r)]
        links = session.execute(
            select(EvidenceRow.sha256, EvidenceLink.benchmark_code)
            .join(EvidenceLink, EvidenceLink.evidence_id == EvidenceRow.id)
            .where(EvidenceLink.round_id == round_row.id)
        ).all()
        edition = ws._store_catalog(session, new, signature)
        round_row.catalog_id = edition.id
        report = CatalogImportReport(
            old_edition=f"{old.edition} {old.version}",
            new_edition=f"{new.edition} {new.version}",
            kept_assessments=sum(new.has(r.benchmark_code) for r in worked),
            kept_links=sum(new.has(code) for _, code in links),
            unmatched_assessments=tuple(
                sorted(r.benchmark_code for r in worked if not new.has(r.benchmark_code))
            ),
            unmatched_links=tuple(sorted((s, c) for s, c in links if not new.has(c))),
            new_benchmarks=tuple(b.code for b in new.benchmarks() if not old.has(b.code)),
            signed_by="" if new.is_practice else new.signed_by,
        )
        ws._audit(
            session,
            "catalog.import",
            "round",
            str(round_row.year_be),
            {"catalog": report.old_edition, "sha256": old.sha256},
            {
                "catalog": report.new_edition,
                "sha256": new.sha256,
                "signed_by": new.signed_by,
                "unmatched_assessments": list(report.unmatched_assessments),
                "unmatched_links": [list(x) for x in report.unmatched_links],
            },
        )
        ws._announce(session, RoundsChanged(round_row.year_be))
    return report


def _has_work(row: AssessmentRow) -> bool:
    return bool(
        row.status != Status.NOT_STARTED.value or row.narrative or row.justification or row.actions
    )
