"""Migrations 0004-0008, as one chain: an issue-14 workspace (0003_office_tables) of each kind,
with rows in every table, is upgraded to the newest schema on open and keeps every row; the
whole chain downgrades back to 0003 keeping the rows of the tables 0003 had."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from alembic import command
from alembic.script import ScriptDirectory

from sealdesk.services.workspace import DB_NAME, Workspace
from sealdesk.store import db
from tests.review.conftest import Pair

BASE = "0003_office_tables"
CHAIN = ["0004_review", "0005_receipts", "0006_catalog_editions", "0007_personal_data"]
CHAIN += ["0008_readers"]


def _counts(path: Path) -> dict[str, int]:
    with sqlite3.connect(path / DB_NAME) as connection:
        names = [
            r[0]
            for r in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            if r[0] != "alembic_version" and not r[0].startswith("sqlite_")
        ]
        counts = {n: connection.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in names}
    connection.close()
    return counts


def _version(path: Path) -> str:
    with sqlite3.connect(path / DB_NAME) as connection:
        (version,) = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    connection.close()
    return str(version)


def test_the_chain_is_0004_to_0008_in_order() -> None:
    script = ScriptDirectory.from_config(db._alembic_config())
    down = BASE
    for revision in CHAIN:
        found = script.get_revision(revision)
        assert found is not None and found.down_revision == down, revision
        down = revision
    assert script.get_current_head() == CHAIN[-1]


def test_an_issue_14_workspace_keeps_every_row_both_ways(pair: Pair) -> None:
    pair.office.submission_review("1001")
    pair.office.review_benchmark("1001", pair.codes[0], "meets")
    paths = (pair.office.path, pair.district.ws.path)
    before = {p: _counts(p) for p in paths}
    assert before[pair.office.path]["office_bundle"] == 1
    assert before[pair.office.path]["office_evidence"] == 2
    assert before[pair.district.ws.path]["evidence_link"] > 0
    for ws in (pair.office, pair.district.ws):
        config = db._alembic_config()
        with ws.engine.begin() as connection:
            config.attributes["connection"] = connection
            command.downgrade(config, BASE)
        ws.close()
    old_tables: dict[Path, set[str]] = {}
    for path in paths:
        assert _version(path) == BASE
        down = _counts(path)
        assert "office_review" not in down and "office_reader" not in down
        for table, count in down.items():  # every table 0003 had keeps its rows
            assert count == before[path][table], (path, table)
        old_tables[path] = set(down)
    for path in paths:
        with Workspace.open(path):  # migrated on open
            pass
        assert _version(path) == CHAIN[-1]
        after = _counts(path)
        assert set(after) == set(before[path])
        for table in old_tables[path]:
            assert after[table] == before[path][table], (path, table)
