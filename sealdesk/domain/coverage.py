"""Which of a benchmark's means of verification (the catalog's list of expected evidence) are
covered by linked evidence, as the paper checklist ticks them.

A link of an evidence file to a benchmark records the means it covers as 1-based positions in
the catalog's list ("1,3"); a link made before this existed, or where the clerk has not chosen,
covers none ("not assigned"): nothing is guessed from file names.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping


def parse_covers(text: str, count: int) -> tuple[int, ...]:
    """The positions stored in a link (``"1,3"``), kept only if the benchmark has them (a later
    catalog edition may list fewer means)."""
    found = set()
    for part in text.split(","):
        part = part.strip()
        if part.isdigit() and 1 <= int(part) <= count:
            found.add(int(part))
    return tuple(sorted(found))


def format_covers(positions: Iterable[int]) -> str:
    return ",".join(str(p) for p in sorted(set(positions)))


def means_covered(count: int, coverage: Mapping[int, tuple[int, ...]]) -> tuple[bool, ...]:
    """For each of ``count`` means of verification, whether any linked evidence covers it
    (``coverage``: evidence id -> the positions its link covers)."""
    covered = {p for positions in coverage.values() for p in positions}
    return tuple(i + 1 in covered for i in range(count))
