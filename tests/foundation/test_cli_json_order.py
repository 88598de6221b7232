"""A command's --json output is the same in every process: a set (a benchmark's mandatory levels
are a frozenset) is listed in a stable order, not in the order the process's string hashing
gives it."""

from __future__ import annotations

import json
import subprocess
import sys
from enum import Enum
from pathlib import Path

from sealdesk.cli.common import in_order, to_jsonable
from sealdesk.domain.status import LEVELS, Level
from sealdesk.services.workspace import Workspace

ROOT = Path(__file__).resolve().parents[2]
HASH_SEEDS = ("0", "1", "2", "3")
"""Seeds that, before the fix, listed {bronze, silver, gold} in at least three different orders."""


def catalog_show_json(workspace: Path, home: Path, seed: str) -> str:
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "sealdesk",
            "catalog",
            "show",
            "--json",
            "--workspace",
            str(workspace),
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={
            "PYTHONPATH": str(ROOT),
            "PATH": "/usr/bin:/bin",
            "HOME": str(home),
            "PYTHONHASHSEED": seed,
        },
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_catalog_show_json_is_the_same_whatever_the_hash_seed(tmp_path: Path) -> None:
    Workspace.create(tmp_path / "ws", "1001", 2569).close()
    outputs = {seed: catalog_show_json(tmp_path / "ws", tmp_path, seed) for seed in HASH_SEEDS}
    assert len(set(outputs.values())) == 1, "the output depends on PYTHONHASHSEED"

    catalog = json.loads(outputs["0"])
    mandatory = [
        benchmark["mandatory"]
        for dimension in catalog["dimensions"]
        for standard in dimension["standards"]
        for benchmark in standard["benchmarks"]
    ]
    assert ["bronze", "silver", "gold"] in mandatory and ["silver", "gold"] in mandatory
    # the domain's order, as the plain output's "[bronze,silver,gold]" marks
    rank = {level.value: level.rank for level in LEVELS}
    assert all(levels == sorted(levels, key=rank.__getitem__) for levels in mandatory)


class Shade(Enum):
    DARK = "z"
    LIGHT = "a"


def test_a_set_is_listed_in_a_stable_order() -> None:
    assert in_order(frozenset({Level.GOLD, Level.BRONZE, Level.SILVER})) == list(LEVELS)
    assert in_order({Shade.LIGHT, Shade.DARK}) == [Shade.DARK, Shade.LIGHT]  # not by value
    assert in_order({"c", "a", "b"}) == ["a", "b", "c"]
    assert sorted(in_order({1, "a"}), key=str) == [1, "a"]  # no order between them: all kept
    assert to_jsonable({"levels": frozenset({Level.SILVER, Level.GOLD})}) == {
        "levels": ["silver", "gold"]
    }
    assert to_jsonable((3, 1, 2)) == [3, 1, 2]  # a sequence keeps its own order
