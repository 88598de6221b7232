"""Alembic only when needed (issue 13): a workspace at the head revision opens without importing
Alembic; an outdated one is still migrated on open, with Alembic; a newer one is still refused."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from sealdesk.errors import WorkspaceError
from sealdesk.services.workspace import DB_NAME, Workspace
from sealdesk.store import db
from sealdesk.store.db import head_revision, script_heads

ROOT = Path(__file__).resolve().parents[2]

NEXT_MIGRATION = '''"""a later schema, for the test

Revision ID: 9001
Revises: {down}
"""

import sqlalchemy as sa
from alembic import op

revision = "9001"
down_revision: str | None = "{down}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table("later_table", sa.Column("id", sa.Integer(), primary_key=True))
    with op.batch_alter_table("setting") as batch:
        batch.add_column(sa.Column("later_column", sa.Text(), nullable=True))


def downgrade() -> None:
    op.drop_table("later_table")
'''


def _revisions(path: Path) -> set[str]:
    with sqlite3.connect(path / DB_NAME) as connection:
        return {row[0] for row in connection.execute("SELECT version_num FROM alembic_version")}


def test_the_quick_look_finds_alembics_head() -> None:
    assert script_heads() == {head_revision()}


def test_an_up_to_date_workspace_opens_without_importing_alembic(tmp_path: Path) -> None:
    Workspace.create(tmp_path / "ws", "1001", 2569).close()
    script = (
        "import sys\n"
        "from sealdesk.services.workspace import Workspace\n"
        "with Workspace.open(sys.argv[1]) as ws:\n"
        "    ws.score(); ws.evidence_list(); ws.catalog(); ws.check()\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'alembic'))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path / "ws")],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)},
        check=True,
    )
    assert done.stdout.strip() == "[]", done.stderr


def use_later_migrations(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Makes this process a later SealDesk: its migrations (a copy in ``tmp_path``) have one
    more revision, 9001, than a workspace written today (also for the first look's quick look
    at the schema, store/schema_head.py)."""
    from sealdesk.store import schema_head

    later = tmp_path / "migrations"
    shutil.copytree(db.MIGRATIONS, later, ignore=shutil.ignore_patterns("__pycache__"))
    (later / "versions" / "9001_later.py").write_text(NEXT_MIGRATION.format(down=head_revision()))
    monkeypatch.setattr(db, "MIGRATIONS", later)
    monkeypatch.setattr(schema_head, "MIGRATIONS", later)


def test_an_outdated_schema_is_migrated_on_open_with_alembic(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A real workspace written by this SealDesk (schema at today's head) ...
    with Workspace.create(tmp_path / "ws", "1030", 2568, actor="a") as ws:
        ws.assess("1.1.1", status="met", narrative="แผนปฏิบัติราชการ")
    old_head = head_revision()
    assert _revisions(tmp_path / "ws") == {old_head}
    # ... opened by a later SealDesk, whose migrations have one more revision.
    use_later_migrations(tmp_path, monkeypatch)
    assert script_heads() == {"9001"} and head_revision() == "9001"

    migrations_run: list[str] = []
    real_upgrade = __import__("alembic.command", fromlist=["upgrade"]).upgrade
    monkeypatch.setattr(
        "alembic.command.upgrade",
        lambda config, target: (migrations_run.append(target), real_upgrade(config, target)),
    )
    with Workspace.open(tmp_path / "ws") as ws:
        assert ws.assessment("1.1.1").narrative == "แผนปฏิบัติราชการ"
        assert db.up_to_date(ws.engine, tmp_path / "ws" / DB_NAME)
    assert migrations_run == ["head"]
    assert _revisions(tmp_path / "ws") == {"9001"}
    with sqlite3.connect(tmp_path / "ws" / DB_NAME) as connection:
        tables = {r[0] for r in connection.execute("SELECT name FROM sqlite_master")}
        columns = {r[1] for r in connection.execute("PRAGMA table_info(setting)")}
    assert "later_table" in tables and "later_column" in columns

    # opened again: nothing more to do, Alembic is not asked
    with Workspace.open(tmp_path / "ws"):
        pass
    assert migrations_run == ["head"]


def test_a_workspace_from_a_newer_sealdesk_is_still_refused(tmp_path: Path) -> None:
    Workspace.create(tmp_path / "ws", "1001", 2569).close()
    with sqlite3.connect(tmp_path / "ws" / DB_NAME) as connection:
        connection.execute("UPDATE alembic_version SET version_num = 'f00d'")
    connection.close()
    with pytest.raises(WorkspaceError, match="newer SealDesk"):
        Workspace.open(tmp_path / "ws")
    assert _revisions(tmp_path / "ws") == {"f00d"}  # untouched


def test_heads_of_a_branched_history(tmp_path: Path) -> None:
    versions = tmp_path / "m" / "versions"
    versions.mkdir(parents=True)
    for name, rev, down in (("a", "a1", "None"), ("b", "b1", '"a1"'), ("c", "c1", '"a1"'),
                            ("d", "d1", '("b1", "c1")')):  # fmt: skip
        (versions / f"{name}.py").write_text(f'revision = "{rev}"\ndown_revision = {down}\n')
    assert script_heads(tmp_path / "m") == {"d1"}
    (versions / "e.py").write_text("revision = compute()\n")
    assert script_heads(tmp_path / "m") is None  # not plain: Alembic decides
