"""The first look at a district workspace: what the app's first window shows, read with plain
``sqlite3`` before SQLAlchemy, the models and the services are imported (issue 13).

The desktop app shows its main window from a ``FirstLook`` and opens the workspace
(``Workspace.open``: engine, migrations, services) after the first paint; the UI's Session
answers the first window's reads from here until the workspace is attached. The values are
the ones the services return (``tests/ui/test_first_look.py`` compares them on randomized
workspaces), read in one read-only transaction.

``first_look`` declines (returns None) whenever the normal path must decide: no database, a
schema not at the migration scripts' head (Alembic migrates it on open), the coordinating
office's workspace (its own window), a locked, damaged or odd file -- the normal open then
gives the proper message. It never writes: the database is opened with ``mode=ro``.

A district in review (issue 15) starts on its first look too: the look holds the round's
feedback from the office (as services/feedback.py reads it: the benchmark pages show the
verdicts) and the newer-edition notice (as services/catalog_editions.py: the status bar's
flag), both built by the same domain functions as the services'.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path
from urllib.parse import quote

from sealdesk.domain.assessment import ActionItem, Assessment, Evidence
from sealdesk.domain.backup import BackupStatus
from sealdesk.domain.catalog import Catalog
from sealdesk.domain.catalog_cache import catalog_of_text
from sealdesk.domain.coverage import parse_covers
from sealdesk.domain.districts import District, district
from sealdesk.domain.editions import CatalogRef, office_edition_notice
from sealdesk.domain.review import OpenFeedbackItem, ReceivedFeedback, open_items, received_feedback
from sealdesk.domain.status import Status
from sealdesk.store.schema_head import script_heads

DB_NAME = "sealdesk.db"  # the same name as sealdesk.services.core.DB_NAME
KIND_SETTING, OFFICE = "kind", "office"  # as services/workspace_kind.py
BACKUP_ACTION = "workspace.backup"  # as services/backup.py
OFFICE_EDITION_SETTING = "office_catalog_edition"  # as services/catalog_editions.py
BUSY_TIMEOUT_S = 0.2  # a writer holding the file: take the normal path, do not wait long


@dataclass(frozen=True)
class FirstLook:
    """What the first window of a district workspace shows, as the services would read it."""

    path: Path
    round_be: int
    rounds: tuple[int, ...]
    catalog: Catalog
    district: District
    settings: Mapping[str, str]
    assessments: Mapping[str, Assessment]  # every benchmark of the catalog, in catalog order
    evidence: tuple[Evidence, ...]  # every document, with its links in the round shown
    coverage: Mapping[str, Mapping[int, tuple[int, ...]]]  # code -> as services/coverage.py
    backup: BackupStatus  # as services/backup.py backup_status (the status bar's reminder)
    feedback: tuple[ReceivedFeedback, ...] = ()  # the round's, newest first: feedback_list
    open_feedback: tuple[OpenFeedbackItem, ...] = ()  # as services/feedback.py open_feedback
    edition_notice: CatalogRef | None = None  # as catalog_editions.office_edition_notice

    def coverage_of(self, code: str) -> dict[int, tuple[int, ...]]:
        """As services/coverage.py ``coverage``: evidence id -> the means its link covers."""
        return dict(self.coverage.get(code, {}))

    def setting(self, key: str, default: str | None = None) -> str | None:
        return self.settings.get(key, default)


def first_look(
    folder: Path, round_be: int | None = None, legacy_round_key: str | None = None
) -> FirstLook | None:
    """The first look at the district workspace in ``folder`` on ``round_be`` (else on the
    round named by the setting ``legacy_round_key``, else the latest), or None when the normal
    open must decide (see the module's docstring)."""
    db_path = Path(folder) / DB_NAME
    if not db_path.is_file():
        return None
    try:
        uri = f"file:{quote(str(db_path.resolve()))}?mode=ro"
        connection = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_S)
    except (sqlite3.Error, OSError):
        return None
    try:
        connection.execute("BEGIN")  # one snapshot for every read below
        return _read(connection, Path(folder), round_be, legacy_round_key)
    except Exception:
        # a locked, damaged or unexpected file: the normal open gives the proper message
        return None
    finally:
        connection.close()


def _read(
    db: sqlite3.Connection, folder: Path, round_be: int | None, legacy_round_key: str | None
) -> FirstLook | None:
    if not _at_head(db):
        return None
    settings = {str(k): str(v) for k, v in db.execute("SELECT key, value FROM setting")}
    if settings.get(KIND_SETTING) == OFFICE:
        return None
    rounds = tuple(int(r) for (r,) in db.execute("SELECT year_be FROM round ORDER BY year_be"))
    if not rounds:
        return None
    if round_be is None and legacy_round_key and settings.get(legacy_round_key, "").isdigit():
        round_be = int(settings[legacy_round_key])
    if round_be not in rounds:
        round_be = rounds[-1]
    round_id, catalog_id = db.execute(
        "SELECT id, catalog_id FROM round WHERE year_be = ?", (round_be,)
    ).fetchone()
    catalog = _catalog(db, catalog_id)
    feedback = _feedback(db, round_be)
    return FirstLook(
        path=folder,
        round_be=round_be,
        rounds=rounds,
        catalog=catalog,
        district=district(settings.get("district") or ""),
        settings=settings,
        assessments=_assessments(db, round_id, catalog),
        evidence=_evidence(db, round_id),
        coverage=_coverage(db, round_id, catalog),
        backup=_backup_status(db),
        feedback=feedback,
        open_feedback=_open_feedback(db, feedback),
        edition_notice=office_edition_notice(settings.get(OFFICE_EDITION_SETTING), catalog.sha256),
    )


def _at_head(db: sqlite3.Connection) -> bool:
    table = db.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
    ).fetchone()
    if table is None:
        return False
    current = frozenset(str(r) for (r,) in db.execute("SELECT version_num FROM alembic_version"))
    return bool(current) and current == script_heads()


def _catalog(db: sqlite3.Connection, catalog_id: int) -> Catalog:
    """As services/core.py ``_catalog_of``."""
    edition, version, source_text, signed_by = db.execute(
        "SELECT edition, version, source_text, signed_by FROM catalog_edition WHERE id = ?",
        (catalog_id,),
    ).fetchone()
    catalog = catalog_of_text(source_text, f"{edition} {version}")
    return replace(catalog, signed_by=signed_by) if signed_by else catalog


def _assessments(db: sqlite3.Connection, round_id: int, catalog: Catalog) -> dict[str, Assessment]:
    """As services/assessments.py ``assessments`` (store/mapping.py ``assessment_value``)."""
    actions: dict[int, list[tuple]] = {}
    for row in db.execute(
        "SELECT a.assessment_id, a.id, a.action, a.responsible, a.due_date, a.done "
        "FROM action_item a JOIN assessment s ON s.id = a.assessment_id "
        "WHERE s.round_id = ? ORDER BY a.id",
        (round_id,),
    ):
        actions.setdefault(row[0], []).append(row[1:])
    found: dict[str, Assessment] = {}
    for row_id, code, status, narrative, justification, updated_by, updated_at in db.execute(
        "SELECT id, benchmark_code, status, narrative, justification, updated_by, updated_at "
        "FROM assessment WHERE round_id = ?",
        (round_id,),
    ):
        found[code] = Assessment(
            benchmark_code=code,
            status=Status(status),
            narrative=narrative,
            justification=justification,
            actions=tuple(
                ActionItem(
                    id=item_id,
                    benchmark_code=code,
                    action=action,
                    responsible=responsible,
                    due_date=_date(due),
                    done=bool(done),
                )
                for item_id, action, responsible, due, done in actions.get(row_id, ())
            ),
            updated_by=updated_by,
            updated_at=_datetime(updated_at),
        )
    return {b.code: found.get(b.code) or Assessment(b.code) for b in catalog.benchmarks()}


def _evidence(db: sqlite3.Connection, round_id: int) -> tuple[Evidence, ...]:
    """As services/evidence.py ``evidence_list`` (store/mapping.py ``evidence_value``)."""
    links: dict[int, list[str]] = {}
    for evidence_id, code in db.execute(
        "SELECT evidence_id, benchmark_code FROM evidence_link WHERE round_id = ? "
        "ORDER BY benchmark_code",
        (round_id,),
    ):
        links.setdefault(evidence_id, []).append(code)
    return tuple(
        Evidence(
            id=row[0],
            sha256=row[1],
            original_name=row[2],
            size=row[3],
            media_type=row[4],
            added_at=_datetime(row[5]),  # type: ignore[arg-type]
            added_by=row[6],
            effective_date=_date(row[7]),
            expires_on=_date(row[8]),
            description=row[9],
            source=row[10],
            links=tuple(links.get(row[0], ())),
            personal_data=bool(row[11]),
        )
        for row in db.execute(
            "SELECT id, sha256, original_name, size, media_type, added_at, added_by, "
            "effective_date, expires_on, description, source, personal_data "
            "FROM evidence ORDER BY id"
        )
    )


def _coverage(
    db: sqlite3.Connection, round_id: int, catalog: Catalog
) -> dict[str, dict[int, tuple[int, ...]]]:
    """As services/coverage.py ``coverage``, for every benchmark of the round at once."""
    found: dict[str, dict[int, tuple[int, ...]]] = {}
    for evidence_id, code, covers in db.execute(
        "SELECT evidence_id, benchmark_code, covers FROM evidence_link WHERE round_id = ?",
        (round_id,),
    ):
        benchmark = catalog.benchmark(code)
        count = len(benchmark.verification) if benchmark is not None else 0
        found.setdefault(code, {})[evidence_id] = parse_covers(covers, count)
    return found


def _feedback(db: sqlite3.Connection, round_be: int) -> tuple[ReceivedFeedback, ...]:
    """As services/feedback.py ``feedback_list`` of the round: newest first."""
    rows = db.execute(
        "SELECT feedback_id, kind, office_name, office_key_id, district_code, round_be, "
        "bundle_id, issued_at, imported_at, document FROM received_feedback "
        "WHERE round_be = ? ORDER BY issued_at DESC, id DESC",
        (round_be,),
    ).fetchall()
    found = []
    for row in rows:
        answered = db.execute(
            "SELECT bundle_id FROM bundle_export WHERE answers_feedback_id = ? ORDER BY id LIMIT 1",
            (row[0],),
        ).fetchone()
        found.append(
            received_feedback(
                feedback_id=row[0],
                kind=row[1],
                office_name=row[2],
                office_key_id=row[3],
                district_code=row[4],
                round_be=int(row[5]),
                bundle_id=row[6],
                issued_at=_datetime(row[7]),  # type: ignore[arg-type]
                imported_at=_datetime(row[8]),  # type: ignore[arg-type]
                document=json.loads(row[9]),
                answered_by=None if answered is None else answered[0],
            )
        )
    return tuple(found)


def _open_feedback(
    db: sqlite3.Connection, feedback: tuple[ReceivedFeedback, ...]
) -> tuple[OpenFeedbackItem, ...]:
    """As services/feedback.py ``open_feedback`` of the round (its newest feedback)."""
    if not feedback:
        return ()
    latest = feedback[0]
    taken = {
        str(code)
        for (code,) in db.execute(
            "SELECT t.benchmark_code FROM feedback_action_taken t "
            "JOIN received_feedback f ON f.id = t.feedback_row_id WHERE f.feedback_id = ?",
            (latest.feedback_id,),
        )
    }
    return open_items(latest, answered=latest.answered_by is not None, taken=taken)


def _backup_status(db: sqlite3.Connection) -> BackupStatus:
    """As services/backup.py ``backup_status``."""
    last = db.execute(
        "SELECT id, at, after FROM audit_event WHERE action = ? ORDER BY id DESC LIMIT 1",
        (BACKUP_ACTION,),
    ).fetchone()
    after = 0 if last is None else last[0]
    (changes,) = db.execute("SELECT count(*) FROM audit_event WHERE id > ?", (after,)).fetchone()
    if last is None:
        return BackupStatus(None, None, int(changes))
    path = last[2] and json.loads(last[2]).get("path")
    return BackupStatus(_datetime(last[1]), str(path) if path else None, int(changes))


def _datetime(text: str | None) -> datetime | None:
    """A DATETIME as SQLAlchemy's SQLite dialect stores it ('YYYY-MM-DD HH:MM:SS[.ffffff]')."""
    return None if text is None else datetime.fromisoformat(text)


def _date(text: str | None) -> date | None:
    return None if text is None else date.fromisoformat(text)
