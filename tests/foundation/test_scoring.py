"""Scoring rules (see sealdesk/domain/scoring.py for the rules in words)."""

from __future__ import annotations

from fractions import Fraction

from hypothesis import given, settings
from hypothesis import strategies as st

from sealdesk.domain.catalog import Catalog, load_catalog
from sealdesk.domain.scoring import POINTS, score_round
from sealdesk.domain.status import LEVELS, Level, Status
from sealdesk.resources import default_catalog_path

CATALOG: Catalog = load_catalog(default_catalog_path())
CODES = [b.code for b in CATALOG.benchmarks()]
statuses_strategy = st.fixed_dictionaries({code: st.sampled_from(list(Status)) for code in CODES})


def test_nothing_assessed_scores_zero_and_no_level() -> None:
    report = score_round(CATALOG, {})
    assert report.overall.percent == 0
    assert report.level is None
    assert report.next_gap is not None and report.next_gap.level is Level.BRONZE


def test_everything_met_is_gold() -> None:
    report = score_round(CATALOG, dict.fromkeys(CODES, Status.MET))
    assert report.overall.percent == 100
    assert report.level is Level.GOLD
    assert report.next_gap is None
    assert all(d.score.percent == 100 for d in report.dimensions)


def test_partially_met_counts_half_and_not_applicable_is_left_out() -> None:
    statuses = dict.fromkeys(CODES, Status.NOT_MET)
    statuses[CODES[0]] = Status.PARTIALLY_MET
    statuses[CODES[1]] = Status.MET
    statuses[CODES[2]] = Status.NOT_APPLICABLE
    overall = score_round(CATALOG, statuses).overall
    assert overall.applicable == 39
    assert overall.points == Fraction(3, 2)
    assert abs(overall.percent - 150 / 39) < 1e-9


def test_percentage_alone_is_not_enough_without_mandatory_benchmarks() -> None:
    mandatory = [b.code for b in CATALOG.benchmarks() if b.mandatory_for(Level.BRONZE)]
    statuses = dict.fromkeys(CODES, Status.MET)
    statuses[mandatory[0]] = Status.PARTIALLY_MET  # 97.5 %, yet a bronze benchmark is only partial
    report = score_round(CATALOG, statuses)
    assert report.overall.percent > 90
    assert report.level is None
    assert report.next_gap is not None
    assert report.next_gap.mandatory_missing == (mandatory[0],)
    assert report.next_gap.more_needed == 0


def test_thresholds_are_inclusive() -> None:
    # 24 of 40 met is exactly 60 %: with every bronze-mandatory benchmark among them, Bronze.
    ordered = sorted(CATALOG.benchmarks(), key=lambda b: -len(b.mandatory))
    statuses = {b.code: Status.MET for b in ordered[:24]}
    report = score_round(CATALOG, statuses)
    assert report.overall.percent == 60
    assert report.level is Level.BRONZE


@settings(max_examples=200, deadline=None)
@given(statuses_strategy)
def test_projected_level_is_earned(statuses: dict[str, Status]) -> None:
    report = score_round(CATALOG, statuses)
    if report.level is not None:
        assert report.overall.percent >= CATALOG.thresholds[report.level]
        for b in CATALOG.benchmarks():
            if b.mandatory_for(report.level):
                assert statuses[b.code] in (Status.MET, Status.NOT_APPLICABLE)
    higher = [lv for lv in LEVELS if report.level is None or lv.rank > report.level.rank]
    if higher:
        assert report.next_gap is not None and report.next_gap.level is higher[0]
        assert not report.next_gap.reached


@settings(max_examples=200, deadline=None)
@given(statuses_strategy)
def test_percentages_are_bounded_and_consistent(statuses: dict[str, Status]) -> None:
    report = score_round(CATALOG, statuses)
    assert 0 <= report.overall.percent <= 100
    applicable = [s for s in statuses.values() if s is not Status.NOT_APPLICABLE]
    assert report.overall.applicable == len(applicable)
    assert report.overall.points == sum((POINTS[s] for s in applicable), Fraction(0))
    assert sum(d.score.applicable for d in report.dimensions) == report.overall.applicable
    assert sum(d.score.points for d in report.dimensions) == report.overall.points


@settings(max_examples=200, deadline=None)
@given(statuses_strategy, st.sampled_from(CODES))
def test_meeting_a_benchmark_never_lowers_the_level(statuses: dict[str, Status], code: str) -> None:
    before = score_round(CATALOG, statuses)
    improved = dict(statuses, **{code: Status.MET})
    after = score_round(CATALOG, improved)
    rank = lambda lv: -1 if lv is None else lv.rank  # noqa: E731
    assert rank(after.level) >= rank(before.level)
    if statuses[code] is not Status.NOT_APPLICABLE:
        assert after.overall.percent >= before.overall.percent


@settings(max_examples=200, deadline=None)
@given(statuses_strategy)
def test_following_the_gap_reaches_the_next_level_and_no_less_would(
    statuses: dict[str, Status],
) -> None:
    report = score_round(CATALOG, statuses)
    gap = report.next_gap
    if gap is None:
        return
    # Meet the missing mandatory ones, then the candidates with the largest gain first.
    candidates = sorted(gap.candidates, key=lambda c: POINTS[statuses[c]])
    plan = dict(statuses)
    for code in gap.mandatory_missing:
        plan[code] = Status.MET
    for code in candidates[: gap.more_needed]:
        plan[code] = Status.MET
    reached = score_round(CATALOG, plan)
    assert reached.level is not None and reached.level.rank >= gap.level.rank
    if gap.more_needed:
        short = dict(statuses)
        for code in gap.mandatory_missing:
            short[code] = Status.MET
        for code in candidates[: gap.more_needed - 1]:
            short[code] = Status.MET
        fell_short = score_round(CATALOG, short)
        assert fell_short.overall.percent < gap.threshold
