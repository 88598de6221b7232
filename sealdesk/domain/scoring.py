"""Scoring rules, pure and testable.

- A benchmark counts as applicable unless its status is "not applicable".
- "Met" earns 1 point, "partially met" 1/2 point, "not met" and "not started" nothing.
- A dimension's (and the overall) percentage is points / applicable benchmarks x 100;
  with no applicable benchmark it is 0 %.
- A level is reached when the overall percentage is at least the level's threshold (catalog
  thresholds, by default Bronze 60 %, Silver 70 %, Gold 80 %) and every benchmark mandatory for
  that level is "met" or "not applicable" (partially met is not enough for a mandatory one).
- The projected level is the highest level reached. What is missing for the next level is the
  mandatory benchmarks not yet met, plus how many more benchmarks must be met to pass the
  threshold, with the candidates that could be.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from fractions import Fraction

from sealdesk.domain.catalog import Catalog
from sealdesk.domain.status import LEVELS, Level, Status

POINTS = {
    Status.MET: Fraction(1),
    Status.PARTIALLY_MET: Fraction(1, 2),
    Status.NOT_MET: Fraction(0),
    Status.NOT_STARTED: Fraction(0),
}


@dataclass(frozen=True, slots=True)
class Score:
    points: Fraction
    applicable: int
    met: int
    partially_met: int
    not_applicable: int
    total: int

    @property
    def percent(self) -> float:
        return float(self.fraction * 100)

    @property
    def fraction(self) -> Fraction:
        return self.points / self.applicable if self.applicable else Fraction(0)


@dataclass(frozen=True, slots=True)
class DimensionScore:
    code: str
    score: Score


@dataclass(frozen=True, slots=True)
class Gap:
    """What stands between the projected level and ``level``."""

    level: Level
    threshold: int
    mandatory_missing: tuple[str, ...]
    more_needed: int  # further benchmarks to be met beyond the mandatory ones
    candidates: tuple[str, ...]  # applicable, not yet met, not mandatory for the level

    @property
    def reached(self) -> bool:
        return not self.mandatory_missing and self.more_needed == 0


@dataclass(frozen=True, slots=True)
class ScoreReport:
    overall: Score
    dimensions: tuple[DimensionScore, ...]
    level: Level | None
    next_gap: Gap | None  # None once Gold is reached
    gaps: tuple[Gap, ...]  # one per level, lowest first


def score_of(statuses: list[Status]) -> Score:
    applicable = [s for s in statuses if s is not Status.NOT_APPLICABLE]
    return Score(
        points=sum((POINTS[s] for s in applicable), Fraction(0)),
        applicable=len(applicable),
        met=sum(s is Status.MET for s in applicable),
        partially_met=sum(s is Status.PARTIALLY_MET for s in applicable),
        not_applicable=len(statuses) - len(applicable),
        total=len(statuses),
    )


def gap_to(catalog: Catalog, statuses: Mapping[str, Status], level: Level) -> Gap:
    benchmarks = catalog.benchmarks()
    status = {b.code: statuses.get(b.code, Status.NOT_STARTED) for b in benchmarks}
    threshold = catalog.thresholds[level]
    mandatory_missing = tuple(
        b.code
        for b in benchmarks
        if b.mandatory_for(level) and status[b.code] not in (Status.MET, Status.NOT_APPLICABLE)
    )
    overall = score_of(list(status.values()))
    # Points once the missing mandatory benchmarks are met, then whole benchmarks still needed.
    points = overall.points + sum(1 - POINTS[status[c]] for c in mandatory_missing)
    required = Fraction(threshold * overall.applicable, 100)
    candidates = tuple(
        b.code
        for b in benchmarks
        if status[b.code] in (Status.NOT_STARTED, Status.NOT_MET, Status.PARTIALLY_MET)
        and b.code not in mandatory_missing
    )
    # Always reachable: meeting every applicable benchmark gives 100 %.
    more_needed = 0
    shortfall = required - points
    if shortfall > 0:
        # Each candidate gains 1 - its current points; take the largest gains first.
        gains = sorted((1 - POINTS[status[c]] for c in candidates), reverse=True)
        for gain in gains:
            if shortfall <= 0:
                break
            shortfall -= gain
            more_needed += 1
    return Gap(level, threshold, mandatory_missing, more_needed, candidates)


def score_round(catalog: Catalog, statuses: Mapping[str, Status]) -> ScoreReport:
    """Scores a round: ``statuses`` maps benchmark code -> status (missing = not started)."""
    dimensions = tuple(
        DimensionScore(
            d.code, score_of([statuses.get(b.code, Status.NOT_STARTED) for b in d.benchmarks()])
        )
        for d in catalog.dimensions
    )
    overall = score_of([statuses.get(b.code, Status.NOT_STARTED) for b in catalog.benchmarks()])
    gaps = tuple(gap_to(catalog, statuses, level) for level in LEVELS)
    level = None
    for gap in gaps:
        if overall.applicable and gap.reached:
            level = gap.level
    next_gap = None
    for gap in gaps:
        if level is None or gap.level.rank > level.rank:
            next_gap = gap
            break
    return ScoreReport(overall, dimensions, level, next_gap, gaps)
