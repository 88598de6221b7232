"""Evidence -> means-of-verification coverage: which of a benchmark's means of verification each
linked evidence file covers (chosen by the clerk; ``sealdesk.domain.coverage`` holds the rules).

Kept on the link row (``covers``); a bundle carries it as submission.json's optional
``extra.verification_covered`` (docs/bundle-format.md): a compatible addition.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from sealdesk.domain.coverage import format_covers, parse_covers
from sealdesk.errors import QT_TRANSLATE_NOOP, InputError
from sealdesk.events import EvidenceChanged
from sealdesk.services.core import WorkspaceCore
from sealdesk.store.models import EvidenceLink, EvidenceRow, Round


def _means_count(ws: WorkspaceCore, session: Session, round_row: Round, code: str) -> int:
    benchmark = ws._catalog_of(session, round_row).benchmark(code)
    return len(benchmark.verification) if benchmark is not None else 0


def coverage(
    ws: WorkspaceCore, code: str, round_be: int | None = None
) -> dict[int, tuple[int, ...]]:
    """Evidence id -> the 1-based means of verification its link to ``code`` covers (every
    linked file is a key; an empty tuple = not assigned)."""
    with ws._sessions() as session:
        round_row = ws._round(session, round_be)
        code = ws._benchmark_code(session, round_row, code)
        count = _means_count(ws, session, round_row, code)
        rows = session.execute(
            select(EvidenceLink.evidence_id, EvidenceLink.covers).where(
                EvidenceLink.round_id == round_row.id, EvidenceLink.benchmark_code == code
            )
        ).all()
        return {evidence_id: parse_covers(covers, count) for evidence_id, covers in rows}


def set_coverage(
    ws: WorkspaceCore,
    evidence_id: int,
    code: str,
    means: Iterable[int],
    round_be: int | None = None,
) -> tuple[int, ...]:
    """Records which means of verification of ``code`` the linked evidence covers (replacing
    what was recorded); one audited change, announced as EvidenceChanged."""
    with ws._transaction() as session:
        round_row = ws._round(session, round_be)
        code = ws._benchmark_code(session, round_row, code)
        count = _means_count(ws, session, round_row, code)
        wanted = sorted(set(means))
        if any(not 1 <= p <= count for p in wanted):
            raise InputError(
                QT_TRANSLATE_NOOP(
                    "Errors", "Benchmark {code} has {count} means of verification, numbered from 1."
                ),
                code=code,
                count=count,
            )
        evidence = session.get(EvidenceRow, evidence_id)
        link = session.scalar(
            select(EvidenceLink).where(
                EvidenceLink.evidence_id == evidence_id,
                EvidenceLink.round_id == round_row.id,
                EvidenceLink.benchmark_code == code,
            )
        )
        if evidence is None or link is None:
            raise InputError(
                QT_TRANSLATE_NOOP(
                    "Errors", "Evidence {id} is not linked to benchmark {code} in round {round}."
                ),
                id=evidence_id,
                code=code,
                round=round_row.year_be,
            )
        before = parse_covers(link.covers, count)
        if list(before) == wanted:
            return before
        link.covers = format_covers(wanted)
        ws._audit(
            session,
            "evidence.coverage",
            "evidence",
            evidence.sha256,
            {"benchmark": code, "round": round_row.year_be, "covers": list(before)},
            {"benchmark": code, "round": round_row.year_be, "covers": wanted},
        )
        ws._announce(session, EvidenceChanged(round_row.year_be, (evidence_id,), (code,)))
        return tuple(wanted)


def round_coverage(ws: WorkspaceCore, round_be: int | None = None) -> dict[str, tuple[int, ...]]:
    """Benchmark code -> the means of verification covered by any of its linked evidence (only
    benchmarks with at least one), for the bundle."""
    with ws._sessions() as session:
        round_row = ws._round(session, round_be)
        catalog = ws._catalog_of(session, round_row)
        rows = session.execute(
            select(EvidenceLink.benchmark_code, EvidenceLink.covers).where(
                EvidenceLink.round_id == round_row.id, EvidenceLink.covers != ""
            )
        ).all()
    covered: dict[str, set[int]] = {}
    for code, covers in rows:
        benchmark = catalog.benchmark(code)
        if benchmark is not None:
            positions = parse_covers(covers, len(benchmark.verification))
            if positions:
                covered.setdefault(code, set()).update(positions)
    return {code: tuple(sorted(covered[code])) for code in sorted(covered)}
