"""The workspace database: engine with pragmas on every connection, migrations on open."""

from __future__ import annotations

from pathlib import Path

from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import DatabaseError

from sealdesk.errors import QT_TRANSLATE_NOOP, WorkspaceError
from sealdesk.fsutil import network_file_system

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def _alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(_alembic_config()).get_current_head()
    assert head is not None
    return head


def make_engine(db_path: Path) -> Engine:
    engine = create_engine(
        f"sqlite:///{db_path}",
        connect_args={"check_same_thread": False, "timeout": 10},
    )
    # WAL needs shared memory, which network file systems do not provide reliably.
    journal = "DELETE" if network_file_system(db_path) else "WAL"

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
        # The driver's own transaction handling starts a transaction only at the first write,
        # so a read-then-write (get or create) of two processes could interleave; SQLAlchemy
        # emits BEGIN itself instead (_begin below).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA journal_mode={journal}")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(
            "PRAGMA synchronous=FULL" if journal == "DELETE" else "PRAGMA synchronous=NORMAL"
        )
        cursor.execute("PRAGMA busy_timeout=10000")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(connection) -> None:  # type: ignore[no-untyped-def]
        # A unit of change takes the write lock at its start (BEGIN IMMEDIATE, waiting up to
        # the busy timeout for another writer), so what it read cannot change before it
        # writes: two processes adding the same file or assessing the same benchmark are
        # serialized and the second finds the first's row. Reads begin deferred.
        immediate = connection.get_execution_options().get(WRITE_OPTION, False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


WRITE_OPTION = "sealdesk_write"
"""Execution option of a connection whose transaction will write (see make_engine._begin)."""


def migrate(engine: Engine, db_path: Path) -> None:
    """Brings the schema up to date; refuses, untouched, a database from a newer SealDesk."""
    from alembic import command

    script = ScriptDirectory.from_config(_alembic_config())
    try:
        with engine.connect() as connection:
            current = MigrationContext.configure(connection).get_current_revision()
    except DatabaseError:
        raise WorkspaceError(
            QT_TRANSLATE_NOOP(
                "Errors", "The workspace database {file} is damaged or is not a SealDesk file."
            ),
            file=str(db_path),
        ) from None
    if current is not None:
        try:
            script.get_revision(current)
        except Exception:
            raise WorkspaceError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "This workspace was written by a newer SealDesk; please install the newer "
                    "version to open it (nothing was changed).",
                )
            ) from None
    if current == script.get_current_head():
        return
    config = _alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
