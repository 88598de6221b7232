"""The workspace database: engine with pragmas on every connection, migrations on open.

Faults are told apart here, once (``classify``): every error SQLite reports through the engine
becomes the sentence that says what is really wrong: the disk is full, the workspace cannot be
written (no permission, a read-only disk), another SealDesk is writing, or the file is damaged.
A workspace that cannot be written is opened read-only (``can_write``), so reading commands
(score, check, audit, lists, printing) still work on it.

Alembic (and the SQL dialects it imports, half a second) is imported only when a schema needs a
migration: ``migrate`` first compares the ``alembic_version`` row, read with plain SQL, with the
head revision read from the migration files' ``revision`` / ``down_revision`` lines.
"""

from __future__ import annotations

import errno
import os
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.exc import DatabaseError

from sealdesk.errors import QT_TRANSLATE_NOOP, SealDeskError, WorkspaceError
from sealdesk.fsutil import network_file_system
from sealdesk.store import schema_head

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def _alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head_revision() -> str:
    """The head revision as Alembic finds it (see ``script_heads`` for the quick look)."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_alembic_config()).get_current_head()
    assert head is not None
    return head


class DiskFullError(WorkspaceError):
    """The disk holding the workspace is full."""


class ReadOnlyError(WorkspaceError):
    """The workspace cannot be written: no permission, or a read-only disk."""


class BusyError(WorkspaceError):
    """Another SealDesk held the workspace's write lock for longer than the busy timeout."""


BUSY_TIMEOUT_MS = 10_000
"""How long a change waits for another process's change to finish before it gives up."""

_FULL = {sqlite3.SQLITE_FULL}
_READ_ONLY = {sqlite3.SQLITE_READONLY, sqlite3.SQLITE_PERM, sqlite3.SQLITE_AUTH}
_BUSY = {sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED}
_DAMAGED = {sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB, sqlite3.SQLITE_FORMAT}
_ERRNO_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}
_ERRNO_READ_ONLY = {errno.EROFS, errno.EACCES, errno.EPERM}


def can_write(db_path: Path) -> bool:
    """May this process write the database and its folder (journal files live beside it)?"""
    folder = Path(db_path).parent
    if not os.access(folder, os.W_OK):
        return False
    return not Path(db_path).exists() or os.access(db_path, os.W_OK)


def disk_full(folder: Path) -> SealDeskError:
    return DiskFullError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "The disk that holds the workspace {path} is full; nothing was changed. Free some "
            "space and try again.",
        ),
        path=str(folder),
    )


def read_only(folder: Path) -> SealDeskError:
    return ReadOnlyError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "The workspace {path} cannot be written (no permission, or a read-only disk); "
            "it can only be read. Nothing was changed.",
        ),
        path=str(folder),
    )


def damaged(db_path: Path) -> SealDeskError:
    return WorkspaceError(
        QT_TRANSLATE_NOOP(
            "Errors", "The workspace database {file} is damaged or is not a SealDesk file."
        ),
        file=str(db_path),
    )


def classify(error: BaseException, db_path: Path) -> SealDeskError | None:
    """The sentence for an error SQLite (or the OS under it) reported on ``db_path``, or None
    for errors that are not faults of the disk or file (a constraint, a programming error)."""
    original = getattr(error, "orig", None) or error
    if isinstance(original, sqlite3.IntegrityError | sqlite3.ProgrammingError):
        return None
    folder = Path(db_path).parent
    if isinstance(original, OSError):
        if original.errno in _ERRNO_FULL:
            return disk_full(folder)
        if original.errno in _ERRNO_READ_ONLY:
            return read_only(folder)
        return None
    if not isinstance(original, sqlite3.DatabaseError):
        return None
    code = getattr(original, "sqlite_errorcode", 0) & 0xFF
    if code in _FULL:
        return disk_full(folder)
    if code in _READ_ONLY:
        return read_only(folder)
    if code in _BUSY:
        return BusyError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Another SealDesk is writing to the workspace {path}; nothing was changed. "
                "Try again in a moment.",
            ),
            path=str(folder),
        )
    if code in (sqlite3.SQLITE_IOERR, sqlite3.SQLITE_CANTOPEN):
        # the OS said no: tell a full disk and a folder we may not write from a damaged file
        try:
            free = os.statvfs(folder).f_bavail * os.statvfs(folder).f_frsize
        except (OSError, AttributeError):
            free = None
        if free is not None and free < 64 * 1024:
            return disk_full(folder)
        if not can_write(db_path):
            return read_only(folder)
    if code in _DAMAGED or code in (sqlite3.SQLITE_IOERR, sqlite3.SQLITE_CANTOPEN):
        return damaged(db_path)
    return None


def make_engine(db_path: Path, read_only: bool | None = None) -> Engine:
    """The engine of one workspace database. ``read_only`` (by default: when the file or its
    folder cannot be written, see ``can_write``) opens it with SQLite's ``mode=ro``: no journal
    file is created, nothing can be written, and every read works."""
    if read_only is None:
        read_only = not can_write(db_path)
    if read_only:
        from urllib.request import pathname2url  # urllib.request is heavy: only when needed

        # A WAL database whose -wal file is gone (closed cleanly) can only be opened read-only
        # in a folder we cannot write if SQLite is told that nobody writes it (immutable);
        # with a -wal file present, its content is read through it.
        wal = Path(f"{db_path}-wal")
        immutable = "" if wal.exists() and wal.stat().st_size > 0 else "&immutable=1"
        uri = f"file:{pathname2url(str(Path(db_path).absolute()))}?mode=ro{immutable}"

        def _connect_read_only() -> sqlite3.Connection:
            return sqlite3.connect(
                uri, uri=True, check_same_thread=False, timeout=BUSY_TIMEOUT_MS / 1000
            )

        engine = create_engine("sqlite://", creator=_connect_read_only)
    else:
        engine = create_engine(
            f"sqlite:///{db_path}",
            connect_args={"check_same_thread": False, "timeout": BUSY_TIMEOUT_MS / 1000},
        )
    engine.sealdesk_read_only = read_only  # type: ignore[attr-defined]
    # WAL needs shared memory, which network file systems do not provide reliably.
    journal = "DELETE" if network_file_system(db_path) else "WAL"

    @event.listens_for(engine, "handle_error")
    def _classify(context) -> None:  # type: ignore[no-untyped-def]
        fault = classify(context.original_exception, Path(db_path))
        if fault is not None:
            raise fault from None

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
        # The driver's own transaction handling starts a transaction only at the first write,
        # so a read-then-write (get or create) of two processes could interleave; SQLAlchemy
        # emits BEGIN itself instead (_begin below).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        if not read_only:
            cursor.execute(f"PRAGMA journal_mode={journal}")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(
            "PRAGMA synchronous=FULL" if journal == "DELETE" else "PRAGMA synchronous=NORMAL"
        )
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
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


def script_heads(migrations: Path | None = None) -> frozenset[str] | None:
    """The scripts' heads (store/schema_head.py: no SQLAlchemy, for the app's first look)."""
    return schema_head.script_heads(migrations or MIGRATIONS)


def schema_revisions(connection: Connection) -> frozenset[str]:
    """The revisions the database says it is at (none for a new file), read with plain SQL."""
    table = connection.exec_driver_sql(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
    ).first()
    if table is None:
        return frozenset()
    rows = connection.exec_driver_sql("SELECT version_num FROM alembic_version").all()
    return frozenset(str(row[0]) for row in rows)


def up_to_date(engine: Engine, db_path: Path) -> bool:
    """Is the schema at the scripts' head? A quick look, without Alembic."""
    try:
        with engine.connect() as connection:
            current = schema_revisions(connection)
    except DatabaseError as error:
        raise classify(error, db_path) or damaged(db_path) from None
    return bool(current) and current == script_heads()


def migrate(engine: Engine, db_path: Path) -> None:
    """Brings the schema up to date; refuses, untouched, a database from a newer SealDesk.
    Alembic is imported only when the schema is not at the head already (``up_to_date``)."""
    if up_to_date(engine, db_path):
        return
    from alembic import command
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(_alembic_config())
    try:
        with engine.connect() as connection:
            current = MigrationContext.configure(connection).get_current_revision()
    except DatabaseError as error:
        raise classify(error, db_path) or damaged(db_path) from None
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
    if getattr(engine, "sealdesk_read_only", False):
        raise read_only(Path(db_path).parent)
    config = _alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
