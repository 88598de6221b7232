"""Migration 0004_review (issue 15): an office workspace and a district workspace of the schema
before it are migrated on open, keeping every row; the new columns start empty; downgrade
removes exactly what it added."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from alembic import command

from sealdesk.services.workspace import DB_NAME, Workspace
from sealdesk.store import db
from tests.review.conftest import Pair

REVISION = "0004_review"
NEW_TABLES = {"office_review", "office_feedback", "received_feedback", "feedback_action_taken"}


def _down_revision() -> str:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(db._alembic_config()).get_revision(REVISION)
    assert script is not None
    return str(script.down_revision)


def _downgrade(ws: Workspace) -> None:
    config = db._alembic_config()
    with ws.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, _down_revision())


def _schema(path: Path) -> tuple[set[str], set[str], set[str]]:
    with sqlite3.connect(path / DB_NAME) as connection:
        tables = {r[0] for r in connection.execute("SELECT name FROM sqlite_master")}
        bundle = {r[1] for r in connection.execute("PRAGMA table_info(office_bundle)")}
        export = {r[1] for r in connection.execute("PRAGMA table_info(bundle_export)")}
    connection.close()
    return tables, bundle, export


def test_workspaces_before_review_are_migrated_keeping_their_rows(pair: Pair) -> None:
    office_path, district_path = pair.office.path, pair.district.ws.path
    bundle_id = pair.office.submission_review("1001").bundle_id
    for ws in (pair.office, pair.district.ws):
        _downgrade(ws)
        ws.close()
    tables, bundle_columns, export_columns = _schema(office_path)
    assert not tables & NEW_TABLES
    assert "tag_manifest_sha256" not in bundle_columns | export_columns
    assert "answers_feedback_id" not in bundle_columns | export_columns

    with Workspace.open(office_path) as office:  # migrated on open
        review = office.submission_review("1001")
        assert review.bundle_id == bundle_id and review.reviewed == 0
        # every indexed benchmark and evidence row survived both ways (no cascade)
        submission = office.office_submission("1001", 2569)
        assert submission is not None
        assert len(submission.assessments) == len(pair.codes) == len(review.reviews)
        assert len(submission.evidence) == 2
        assert review.state is not None and review.state.value == "verified"
        office.review_benchmark("1001", pair.codes[0], "meets")
    with Workspace.open(district_path) as district:
        (record,) = district.exports()
        assert record.bundle_id == bundle_id
        assert district.feedback_list() == () and district.open_feedback() == ()
    tables, bundle_columns, _ = _schema(office_path)
    assert NEW_TABLES <= tables and "tag_manifest_sha256" in bundle_columns
    with sqlite3.connect(office_path / DB_NAME) as connection:
        (tag,) = connection.execute("SELECT tag_manifest_sha256 FROM office_bundle").fetchone()
    connection.close()
    assert tag == ""  # received before the migration: computed when a feedback names it
