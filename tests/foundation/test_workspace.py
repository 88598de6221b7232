from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, text
from sqlalchemy.exc import DatabaseError as SADatabaseError

from sealdesk.domain.status import Status
from sealdesk.errors import InputError, WorkspaceError
from sealdesk.resources import default_catalog_path
from sealdesk.services.workspace import DB_NAME, Workspace
from sealdesk.store import office_models
from sealdesk.store.db import head_revision, make_engine, migrate
from sealdesk.store.models import Base


def test_migrations_from_an_empty_file_match_the_models(tmp_path: Path) -> None:
    # the office's tables (store/office_models.py) are on the same Base: compared too
    assert office_models.OfficeBundle.__table__ is Base.metadata.tables["office_bundle"]
    db = tmp_path / "empty.db"
    db.touch()
    engine = make_engine(db)
    migrate(engine, db)
    with engine.connect() as connection:
        assert MigrationContext.configure(connection).get_current_revision() == head_revision()
        assert compare_metadata(MigrationContext.configure(connection), Base.metadata) == []
    engine.dispose()


def test_pragmas_on_every_connection(workspace: Workspace) -> None:
    with workspace.engine.connect() as connection:
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"


def test_reopen_keeps_everything(tmp_path: Path) -> None:
    ws = Workspace.create(tmp_path / "ws", "1030", 2568, actor="a")
    ws.assess("1.1.1", status="met", narrative="แผนปฏิบัติราชการ ๒๕๖๘")
    ws.add_round(2569)
    ws.close()
    again = Workspace.open(tmp_path / "ws")
    assert again.district.en == "Chatuchak"
    assert again.rounds() == [2568, 2569] and again.current_round == 2569
    assert again.assessment("1.1.1", round_be=2568).narrative == "แผนปฏิบัติราชการ ๒๕๖๘"
    assert again.assessment("1.1.1").status is Status.NOT_STARTED
    again.close()


def test_a_workspace_from_a_newer_sealdesk_is_refused_untouched(tmp_path: Path) -> None:
    Workspace.create(tmp_path / "ws", "1001", 2569).close()
    db = tmp_path / "ws" / DB_NAME
    with sqlite3.connect(db) as connection:
        connection.execute("UPDATE alembic_version SET version_num = 'ffff_from_the_future'")
    connection.close()
    before = db.read_bytes()
    with pytest.raises(WorkspaceError, match="newer SealDesk"):
        Workspace.open(tmp_path / "ws")
    assert db.read_bytes() == before


def test_missing_and_damaged_workspaces(tmp_path: Path) -> None:
    with pytest.raises(WorkspaceError, match="no SealDesk workspace"):
        Workspace.open(tmp_path / "nowhere")
    (tmp_path / "junk").mkdir()
    (tmp_path / "junk" / DB_NAME).write_bytes(b"this is not a database" * 100)
    with pytest.raises(WorkspaceError, match="damaged"):
        Workspace.open(tmp_path / "junk")
    with pytest.raises(WorkspaceError, match="already a workspace"):
        Workspace.create(tmp_path / "junk", "1001", 2569)


def test_create_refuses_bad_district_and_round(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="district"):
        Workspace.create(tmp_path / "a", "2001", 2569)
    with pytest.raises(InputError, match="Buddhist-Era"):
        Workspace.create(tmp_path / "b", "1001", 2026)
    assert not (tmp_path / "a").exists() and not (tmp_path / "b").exists()


def test_assessment_fields_and_not_applicable_needs_justification(workspace: Workspace) -> None:
    with pytest.raises(InputError, match="justification"):
        workspace.assess("2.4.1", status=Status.NOT_APPLICABLE)
    assert workspace.assessment("2.4.1").status is Status.NOT_STARTED
    done = workspace.assess(
        "2.4.1", status="not_applicable", justification="สำนักงานเขตไม่มีหน่วยงานย่อยด้านนี้"
    )
    assert done.status is Status.NOT_APPLICABLE and done.updated_by == "สมหญิง ใจดี"
    with pytest.raises(InputError, match="justification"):
        workspace.assess("2.4.1", justification="  ")
    with pytest.raises(InputError, match="not a status"):
        workspace.assess("2.4.1", status="done")
    with pytest.raises(InputError, match=r"no benchmark 9\.9\.9"):
        workspace.assess("9.9.9", status="met")
    assert set(workspace.assessments()) == {b.code for b in workspace.catalog().benchmarks()}


def test_action_plan_lifecycle(workspace: Workspace) -> None:
    item = workspace.add_action(
        "1.2.1", "จัดเก็บข้อมูลบุคลากรจำแนกตามเพศ", "ฝ่ายปกครอง", date(2026, 3, 31)
    )
    assert workspace.assessment("1.2.1").actions == (item,)
    updated = workspace.update_action(item.id, done=True, due_date=None)
    assert updated.done and updated.due_date is None and updated.action == item.action
    with pytest.raises(InputError):
        workspace.add_action("1.2.1", "   ")
    workspace.remove_action(item.id)
    assert workspace.assessment("1.2.1").actions == ()
    with pytest.raises(InputError):
        workspace.update_action(item.id, done=False)


def test_every_change_is_audited_and_the_log_is_append_only(workspace: Workspace) -> None:
    workspace.assess("1.1.1", status="met")
    workspace.assess("1.1.1", narrative="ข้อความ")
    workspace.assess("1.1.1", narrative="ข้อความ")  # no change, no event
    events = workspace.audit_log()
    updates = [e for e in events if e.action == "assessment.update"]
    assert len(updates) == 2
    assert updates[0].before == {"status": "not_started"} and updates[0].after == {"status": "met"}
    assert updates[1].after == {"narrative": "ข้อความ"}
    assert all(e.actor == "สมหญิง ใจดี" for e in events)
    with workspace.engine.begin() as connection, pytest.raises(SADatabaseError, match="append"):
        connection.execute(text("UPDATE audit_event SET actor = 'x'"))
    with workspace.engine.begin() as connection, pytest.raises(SADatabaseError, match="append"):
        connection.execute(text("DELETE FROM audit_event"))


def test_catalog_import_keeps_matching_work_and_reports_the_rest(
    workspace: Workspace, tmp_path: Path
) -> None:
    source = default_catalog_path().read_text("utf-8")
    workspace.assess("1.1.1", status="met", narrative="เก็บไว้")
    workspace.assess("5.4.2", status="not_met", narrative="เกณฑ์นี้จะหายไป")
    sample = tmp_path / "ประกาศ.pdf"
    sample.write_bytes(b"%PDF-1.4 evidence")
    added = workspace.add_evidence(sample, benchmarks=["1.1.1", "5.4.2"])
    newer = tmp_path / "newer.toml"
    edited = source.replace('version = "2023.1-template"', 'version = "2024.1"')
    edited = edited.replace('code = "5.4.2"', 'code = "5.4.3"')
    assert edited != source
    newer.write_text(edited, "utf-8")
    report = workspace.import_catalog(newer)
    assert report.new_edition.endswith("2024.1")
    assert report.kept_assessments == 1 and report.unmatched_assessments == ("5.4.2",)
    assert report.kept_links == 1
    assert report.unmatched_links == ((added.evidence.sha256, "5.4.2"),)
    assert report.new_benchmarks == ("5.4.3",)
    assert workspace.catalog().version == "2024.1"
    assert workspace.assessment("1.1.1").narrative == "เก็บไว้"
    assert "5.4.2" not in workspace.assessments()
    # The old assessment is kept in the database, not destroyed.
    engine = create_engine(f"sqlite:///{workspace.path / DB_NAME}")
    with engine.connect() as connection:
        kept = connection.execute(
            text("SELECT narrative FROM assessment WHERE benchmark_code = '5.4.2'")
        ).scalar()
    engine.dispose()
    assert kept == "เกณฑ์นี้จะหายไป"


def test_settings_round_trip(workspace: Workspace) -> None:
    assert workspace.get_setting("inbox.folder") is None
    workspace.set_setting("inbox.folder", "/tmp/สแกน")
    assert workspace.get_setting("inbox.folder") == "/tmp/สแกน"
    with pytest.raises(InputError, match="already exists"):
        workspace.add_round(2569)
