"""The Workspace service: the one door through which the UI and the CLI change anything.

Every public method is one transaction; a change writes its audit event in that same
transaction, so the log and the data never disagree. Methods return domain value objects,
never ORM rows, and raise SealDeskError subclasses for anything a user can cause.
"""

from __future__ import annotations

import getpass
import json
import mimetypes
import sqlite3
import unicodedata
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session, sessionmaker

from sealdesk.domain.assessment import (
    ActionItem,
    Assessment,
    AuditEvent,
    CatalogImportReport,
    Evidence,
    EvidenceAdded,
    ExportRecord,
    Problem,
)
from sealdesk.domain.catalog import Catalog, load_catalog, parse_catalog
from sealdesk.domain.districts import District, district
from sealdesk.domain.scoring import ScoreReport, score_round
from sealdesk.domain.status import Status
from sealdesk.errors import QT_TRANSLATE_NOOP, EvidenceError, InputError, WorkspaceError
from sealdesk.events import (
    AssessmentChanged,
    BundleExported,
    Event,
    EventBus,
    EvidenceChanged,
    InboxFiled,
    RoundsChanged,
    SettingChanged,
)
from sealdesk.resources import default_catalog_path
from sealdesk.store.blobs import BlobStore, Cancelled, ImportCancelled, Progress
from sealdesk.store.db import make_engine, migrate
from sealdesk.store.models import (
    ActionRow,
    AssessmentRow,
    AuditRow,
    CatalogEdition,
    EvidenceLink,
    EvidenceRow,
    ExportRow,
    InboxFile,
    Round,
    Setting,
)

DB_NAME = "sealdesk.db"
__all__ = ["DB_NAME", "ImportCancelled", "Workspace", "default_actor", "now"]
_UNSET: Any = object()
_PENDING_EVENTS = "sealdesk.pending_events"


def now() -> datetime:
    return datetime.now().replace(microsecond=0)


def nfc(value: str) -> str:
    return unicodedata.normalize("NFC", value)


def default_actor() -> str:
    try:
        return getpass.getuser()
    except Exception:
        return "unknown"


def _json(value: dict[str, Any] | None) -> str | None:
    return None if value is None else json.dumps(value, ensure_ascii=False, default=str)


def guess_media_type(path: Path) -> str:
    guessed, _ = mimetypes.guess_type(path.name)
    if guessed:
        return guessed
    try:
        with open(path, "rb") as handle:
            head = handle.read(8)
    except OSError:
        head = b""
    for magic, media in (
        (b"%PDF", "application/pdf"),
        (b"\xff\xd8\xff", "image/jpeg"),
        (b"\x89PNG", "image/png"),
        (b"II*\x00", "image/tiff"),
        (b"MM\x00*", "image/tiff"),
        (b"PK\x03\x04", "application/zip"),
    ):
        if head.startswith(magic):
            return media
    return "application/octet-stream"


class Workspace:
    """One district office's workspace: a folder with the database and the evidence blobs."""

    def __init__(self, path: Path, actor: str | None = None) -> None:
        """Use Workspace.open or Workspace.create."""
        self.path = path
        self.engine = make_engine(path / DB_NAME)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        self.blobs = BlobStore(path / "blobs")
        self.actor = actor or default_actor()
        self._catalogs: dict[int, Catalog] = {}
        self.events = EventBus()
        """Every change is announced here after its transaction commits (sealdesk.events)."""

    # ----------------------------------------------------------------- opening

    @classmethod
    def create(
        cls,
        path: Path,
        district_code: str,
        round_be: int,
        catalog_path: Path | None = None,
        actor: str | None = None,
    ) -> Workspace:
        """Makes a new workspace for one district office, with its first round."""
        place = district(district_code)
        _check_round_year(round_be)
        catalog = load_catalog(catalog_path or default_catalog_path())
        path = Path(path)
        if (path / DB_NAME).exists():
            raise WorkspaceError(
                QT_TRANSLATE_NOOP(
                    "Errors", "There is already a workspace in {path}; open it instead."
                ),
                path=str(path),
            )
        try:
            path.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise WorkspaceError(
                QT_TRANSLATE_NOOP("Errors", "The folder {path} cannot be created ({reason})."),
                path=str(path),
                reason=error.strerror or str(error),
            ) from None
        workspace = cls(path, actor)
        migrate(workspace.engine, path / DB_NAME)
        with workspace._transaction() as session:
            session.add(Setting(key="district", value=place.code))
            edition = workspace._store_catalog(session, catalog)
            session.add(Round(year_be=round_be, catalog_id=edition.id, created_at=now()))
            workspace._audit(
                session,
                "workspace.create",
                "workspace",
                place.code,
                None,
                {"district": place.code, "round": round_be, "catalog": catalog.edition},
            )
        return workspace

    @classmethod
    def open(cls, path: Path, actor: str | None = None) -> Workspace:
        """Opens an existing workspace, migrating it to the current schema."""
        path = Path(path)
        if not (path / DB_NAME).is_file():
            raise WorkspaceError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "There is no SealDesk workspace in {path}; create one with 'sealdesk init'.",
                ),
                path=str(path),
            )
        workspace = cls(path, actor)
        try:
            migrate(workspace.engine, path / DB_NAME)
            if workspace.get_setting("district") is None:
                raise WorkspaceError(
                    QT_TRANSLATE_NOOP("Errors", "The workspace in {path} is incomplete."),
                    path=str(path),
                )
        except BaseException:
            workspace.close()
            raise
        workspace.blobs.discard_leftovers()
        return workspace

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # ----------------------------------------------------------------- plumbing

    @contextmanager
    def _transaction(self) -> Iterator[Session]:
        """One unit of change. The events announced in it (``_announce``) are published on
        ``self.events`` only after the commit, so a listener reads the new state, and never
        when the transaction fails (rolls back)."""
        with self._sessions() as session:
            with session.begin():
                yield session
            pending: list[Event] = session.info.pop(_PENDING_EVENTS, [])
        for event in dict.fromkeys(pending):
            self.events.publish(event)

    @staticmethod
    def _announce(session: Session, event: Event) -> None:
        """Queues ``event`` to be published once ``session``'s transaction has committed."""
        session.info.setdefault(_PENDING_EVENTS, []).append(event)

    def _audit(
        self,
        session: Session,
        action: str,
        entity: str,
        key: str,
        before: dict[str, Any] | None,
        after: dict[str, Any] | None,
    ) -> None:
        session.add(
            AuditRow(
                at=now(),
                actor=self.actor,
                action=action,
                entity=entity,
                entity_key=key,
                before=_json(before),
                after=_json(after),
            )
        )

    def _store_catalog(self, session: Session, catalog: Catalog) -> CatalogEdition:
        existing = session.scalar(
            select(CatalogEdition).where(CatalogEdition.sha256 == catalog.sha256)
        )
        if existing is not None:
            return existing
        edition = CatalogEdition(
            edition=catalog.edition,
            version=catalog.version,
            sha256=catalog.sha256,
            source_text=catalog.source_text,
            imported_at=now(),
        )
        session.add(edition)
        session.flush()
        return edition

    def _round(self, session: Session, round_be: int | None) -> Round:
        query = select(Round)
        if round_be is None:
            row = session.scalar(query.order_by(Round.year_be.desc()).limit(1))
        else:
            row = session.scalar(query.where(Round.year_be == round_be))
        if row is None:
            raise InputError(
                QT_TRANSLATE_NOOP("Errors", "This workspace has no round {round}."),
                round=round_be,
            )
        return row

    def _catalog_of(self, session: Session, round_row: Round) -> Catalog:
        catalog = self._catalogs.get(round_row.catalog_id)
        if catalog is None:
            edition = session.get(CatalogEdition, round_row.catalog_id)
            assert edition is not None
            catalog = parse_catalog(edition.source_text, f"{edition.edition} {edition.version}")
            self._catalogs[round_row.catalog_id] = catalog
        return catalog

    def _benchmark_code(self, session: Session, round_row: Round, code: str) -> str:
        code = code.strip()
        if not self._catalog_of(session, round_row).has(code):
            raise InputError(
                QT_TRANSLATE_NOOP(
                    "Errors", "There is no benchmark {code} in the catalog of round {round}."
                ),
                code=code,
                round=round_row.year_be,
            )
        return code

    # ----------------------------------------------------------------- settings and rounds

    @property
    def district(self) -> District:
        return district(self.get_setting("district") or "")

    def get_setting(self, key: str, default: str | None = None) -> str | None:
        with self._sessions() as session:
            row = session.get(Setting, key)
            return default if row is None else row.value

    def set_setting(self, key: str, value: str) -> None:
        with self._transaction() as session:
            row = session.get(Setting, key)
            before = None if row is None else {"value": row.value}
            if row is None:
                session.add(Setting(key=key, value=value))
            else:
                row.value = value
            self._audit(session, "setting.set", "setting", key, before, {"value": value})
            if before is None or before["value"] != value:
                self._announce(session, SettingChanged(key))

    def rounds(self) -> list[int]:
        with self._sessions() as session:
            return list(session.scalars(select(Round.year_be).order_by(Round.year_be)))

    @property
    def current_round(self) -> int:
        with self._sessions() as session:
            return self._round(session, None).year_be

    def add_round(self, round_be: int, catalog_path: Path | None = None) -> None:
        """Starts a new round; it uses the given catalog, or the latest round's catalog."""
        _check_round_year(round_be)
        catalog = load_catalog(catalog_path) if catalog_path else None
        with self._transaction() as session:
            if session.scalar(select(Round).where(Round.year_be == round_be)):
                raise InputError(
                    QT_TRANSLATE_NOOP("Errors", "Round {round} already exists."), round=round_be
                )
            if catalog is not None:
                catalog_id = self._store_catalog(session, catalog).id
            else:
                catalog_id = self._round(session, None).catalog_id
            session.add(Round(year_be=round_be, catalog_id=catalog_id, created_at=now()))
            self._audit(session, "round.add", "round", str(round_be), None, {"round": round_be})
            self._announce(session, RoundsChanged(round_be))

    def catalog(self, round_be: int | None = None) -> Catalog:
        with self._sessions() as session:
            return self._catalog_of(session, self._round(session, round_be))

    def import_catalog(self, path: Path, round_be: int | None = None) -> CatalogImportReport:
        """Switches a round to another catalog edition, keeping all work whose code remains."""
        new = load_catalog(path)
        with self._transaction() as session:
            round_row = self._round(session, round_be)
            old = self._catalog_of(session, round_row)
            rows = session.scalars(
                select(AssessmentRow).where(AssessmentRow.round_id == round_row.id)
            ).all()
            worked = [r for r in rows if _has_work(r)]
            links = session.execute(
                select(EvidenceRow.sha256, EvidenceLink.benchmark_code)
                .join(EvidenceLink, EvidenceLink.evidence_id == EvidenceRow.id)
                .where(EvidenceLink.round_id == round_row.id)
            ).all()
            edition = self._store_catalog(session, new)
            round_row.catalog_id = edition.id
            report = CatalogImportReport(
                old_edition=f"{old.edition} {old.version}",
                new_edition=f"{new.edition} {new.version}",
                kept_assessments=sum(new.has(r.benchmark_code) for r in worked),
                kept_links=sum(new.has(code) for _, code in links),
                unmatched_assessments=tuple(
                    sorted(r.benchmark_code for r in worked if not new.has(r.benchmark_code))
                ),
                unmatched_links=tuple(sorted((s, c) for s, c in links if not new.has(c))),
                new_benchmarks=tuple(b.code for b in new.benchmarks() if not old.has(b.code)),
            )
            self._audit(
                session,
                "catalog.import",
                "round",
                str(round_row.year_be),
                {"catalog": report.old_edition, "sha256": old.sha256},
                {
                    "catalog": report.new_edition,
                    "sha256": new.sha256,
                    "unmatched_assessments": list(report.unmatched_assessments),
                    "unmatched_links": [list(x) for x in report.unmatched_links],
                },
            )
            self._announce(session, RoundsChanged(round_row.year_be))
        return report

    # ----------------------------------------------------------------- assessment

    def assessments(self, round_be: int | None = None) -> dict[str, Assessment]:
        """Every benchmark of the round's catalog, in catalog order, assessed or not."""
        with self._sessions() as session:
            round_row = self._round(session, round_be)
            catalog = self._catalog_of(session, round_row)
            rows = {
                r.benchmark_code: r
                for r in session.scalars(
                    select(AssessmentRow).where(AssessmentRow.round_id == round_row.id)
                )
            }
            return {
                b.code: _assessment(rows[b.code]) if b.code in rows else Assessment(b.code)
                for b in catalog.benchmarks()
            }

    def assessment(self, code: str, round_be: int | None = None) -> Assessment:
        with self._sessions() as session:
            round_row = self._round(session, round_be)
            code = self._benchmark_code(session, round_row, code)
            row = self._assessment_row(session, round_row, code, create=False)
            return Assessment(code) if row is None else _assessment(row)

    def _assessment_row(
        self, session: Session, round_row: Round, code: str, create: bool = True
    ) -> AssessmentRow | None:
        row = session.scalar(
            select(AssessmentRow).where(
                AssessmentRow.round_id == round_row.id, AssessmentRow.benchmark_code == code
            )
        )
        if row is None and create:
            row = AssessmentRow(
                round_id=round_row.id,
                benchmark_code=code,
                status=Status.NOT_STARTED.value,
                narrative="",
                justification="",
                updated_by="",
            )
            session.add(row)
        return row

    def assess(
        self,
        code: str,
        status: Status | str | None = None,
        narrative: str | None = None,
        justification: str | None = None,
        round_be: int | None = None,
    ) -> Assessment:
        """Sets any of a benchmark's status, narrative and justification."""
        if status is not None:
            try:
                status = Status(status)
            except ValueError:
                raise InputError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "{status} is not a status; use not_started, met, partially_met, "
                        "not_met or not_applicable.",
                    ),
                    status=status,
                ) from None
        with self._transaction() as session:
            round_row = self._round(session, round_be)
            code = self._benchmark_code(session, round_row, code)
            row = self._assessment_row(session, round_row, code)
            assert row is not None
            before = _assessment_fields(row)
            if status is not None:
                row.status = status.value
            if narrative is not None:
                row.narrative = narrative
            if justification is not None:
                row.justification = justification.strip()
            if row.status == Status.NOT_APPLICABLE.value and not row.justification:
                raise InputError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "Benchmark {code} can be marked not applicable only with a justification.",
                    ),
                    code=code,
                )
            after = _assessment_fields(row)
            if after == before:
                return _assessment(row)
            row.updated_by = self.actor
            row.updated_at = now()
            changed = {k for k in after if after[k] != before.get(k)}
            self._audit(
                session,
                "assessment.update",
                "assessment",
                f"{round_row.year_be}/{code}",
                {k: before.get(k) for k in changed},
                {k: after[k] for k in changed},
            )
            self._announce(session, AssessmentChanged(round_row.year_be, code))
            session.flush()
            return _assessment(row)

    def add_action(
        self,
        code: str,
        action: str,
        responsible: str = "",
        due_date: date | None = None,
        round_be: int | None = None,
    ) -> ActionItem:
        if not action.strip():
            raise InputError(QT_TRANSLATE_NOOP("Errors", "An action needs a description."))
        with self._transaction() as session:
            round_row = self._round(session, round_be)
            code = self._benchmark_code(session, round_row, code)
            row = self._assessment_row(session, round_row, code)
            item = ActionRow(
                action=action.strip(), responsible=responsible.strip(), due_date=due_date
            )
            assert row is not None
            row.actions.append(item)
            session.flush()
            self._audit(
                session,
                "action.add",
                "action_item",
                str(item.id),
                None,
                _action_fields(item) | {"benchmark": code, "round": round_row.year_be},
            )
            self._announce(session, AssessmentChanged(round_row.year_be, code))
            return _action(item, code)

    def update_action(
        self,
        action_id: int,
        action: str | None = None,
        responsible: str | None = None,
        due_date: date | None = _UNSET,
        done: bool | None = None,
    ) -> ActionItem:
        with self._transaction() as session:
            item = self._action_row(session, action_id)
            before = _action_fields(item)
            if action is not None:
                if not action.strip():
                    raise InputError(QT_TRANSLATE_NOOP("Errors", "An action needs a description."))
                item.action = action.strip()
            if responsible is not None:
                item.responsible = responsible.strip()
            if due_date is not _UNSET:
                item.due_date = due_date
            if done is not None:
                item.done = done
            after = _action_fields(item)
            if after != before:
                self._audit(session, "action.update", "action_item", str(action_id), before, after)
                self._announce(session, self._action_changed(session, item))
            return _action(item, item.assessment.benchmark_code)

    def remove_action(self, action_id: int) -> None:
        with self._transaction() as session:
            item = self._action_row(session, action_id)
            self._audit(
                session, "action.remove", "action_item", str(action_id), _action_fields(item), None
            )
            self._announce(session, self._action_changed(session, item))
            session.delete(item)

    def _action_row(self, session: Session, action_id: int) -> ActionRow:
        item = session.get(ActionRow, action_id)
        if item is None:
            raise InputError(QT_TRANSLATE_NOOP("Errors", "There is no action {id}."), id=action_id)
        return item

    @staticmethod
    def _action_changed(session: Session, item: ActionRow) -> AssessmentChanged:
        round_row = session.get(Round, item.assessment.round_id)
        assert round_row is not None
        return AssessmentChanged(round_row.year_be, item.assessment.benchmark_code)

    def score(self, round_be: int | None = None) -> ScoreReport:
        catalog = self.catalog(round_be)
        statuses = {code: a.status for code, a in self.assessments(round_be).items()}
        return score_round(catalog, statuses)

    # ----------------------------------------------------------------- evidence

    def add_evidence(
        self,
        path: Path,
        benchmarks: Sequence[str] = (),
        effective_date: date | None = None,
        description: str = "",
        source: str = "",
        round_be: int | None = None,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
        expires_on: date | None = None,
    ) -> EvidenceAdded:
        """Copies a file into the store and records it; the same bytes are stored once.

        The blob is complete on disk before the record is committed, so a crash at any point
        leaves either nothing or an unreferenced blob (reported by check), never a record
        without its file.
        """
        path = Path(path)
        with self._sessions() as session:
            round_row = self._round(session, round_be)
            codes = [self._benchmark_code(session, round_row, c) for c in benchmarks]
        if path.is_dir():
            raise EvidenceError(
                QT_TRANSLATE_NOOP("Errors", "{file} is a folder, not a file."), file=str(path)
            )
        stored = self.blobs.put(path, progress=progress, cancelled=cancelled)
        with self._transaction() as session:
            round_row = self._round(session, round_be)
            row = session.scalar(select(EvidenceRow).where(EvidenceRow.sha256 == stored.sha256))
            duplicate = row is not None
            if row is None:
                row = EvidenceRow(
                    sha256=stored.sha256,
                    original_name=nfc(path.name),
                    size=stored.size,
                    media_type=guess_media_type(path),
                    added_at=now(),
                    added_by=self.actor,
                    effective_date=effective_date,
                    expires_on=expires_on,
                    description=description,
                    source=source or f"file:{nfc(str(path))}",
                )
                session.add(row)
                session.flush()
                self._audit(
                    session, "evidence.add", "evidence", stored.sha256, None, _evidence_fields(row)
                )
            linked = tuple(
                code for code in dict.fromkeys(codes) if self._link(session, row, round_row, code)
            )
            if not duplicate or linked:
                self._announce(session, EvidenceChanged(round_row.year_be, (row.id,), linked))
            return EvidenceAdded(self._evidence(session, row, round_row), duplicate)

    def _link(self, session: Session, row: EvidenceRow, round_row: Round, code: str) -> bool:
        exists = session.scalar(
            select(EvidenceLink).where(
                EvidenceLink.evidence_id == row.id,
                EvidenceLink.round_id == round_row.id,
                EvidenceLink.benchmark_code == code,
            )
        )
        if exists is not None:
            return False
        session.add(EvidenceLink(evidence_id=row.id, round_id=round_row.id, benchmark_code=code))
        self._audit(
            session,
            "evidence.link",
            "evidence",
            row.sha256,
            None,
            {"benchmark": code, "round": round_row.year_be},
        )
        return True

    def link_evidence(self, evidence_id: int, code: str, round_be: int | None = None) -> Evidence:
        with self._transaction() as session:
            round_row = self._round(session, round_be)
            code = self._benchmark_code(session, round_row, code)
            row = self._evidence_row(session, evidence_id)
            if self._link(session, row, round_row, code):
                self._announce(session, EvidenceChanged(round_row.year_be, (row.id,), (code,)))
            return self._evidence(session, row, round_row)

    def unlink_evidence(self, evidence_id: int, code: str, round_be: int | None = None) -> Evidence:
        with self._transaction() as session:
            round_row = self._round(session, round_be)
            row = self._evidence_row(session, evidence_id)
            link = session.scalar(
                select(EvidenceLink).where(
                    EvidenceLink.evidence_id == row.id,
                    EvidenceLink.round_id == round_row.id,
                    EvidenceLink.benchmark_code == code,
                )
            )
            if link is None:
                raise InputError(
                    QT_TRANSLATE_NOOP(
                        "Errors", "{name} is not linked to benchmark {code} in round {round}."
                    ),
                    name=row.original_name,
                    code=code,
                    round=round_row.year_be,
                )
            session.delete(link)
            self._audit(
                session,
                "evidence.unlink",
                "evidence",
                row.sha256,
                {"benchmark": code, "round": round_row.year_be},
                None,
            )
            self._announce(session, EvidenceChanged(round_row.year_be, (row.id,), (code,)))
            session.flush()
            return self._evidence(session, row, round_row)

    def update_evidence(
        self,
        evidence_id: int,
        description: str | None = None,
        effective_date: date | None = _UNSET,
        expires_on: date | None = _UNSET,
    ) -> Evidence:
        with self._transaction() as session:
            row = self._evidence_row(session, evidence_id)
            before = _evidence_fields(row)
            if description is not None:
                row.description = description
            if effective_date is not _UNSET:
                row.effective_date = effective_date
            if expires_on is not _UNSET:
                row.expires_on = expires_on
            after = _evidence_fields(row)
            if after != before:
                changed = {k for k in after if after[k] != before[k]}
                self._audit(
                    session,
                    "evidence.update",
                    "evidence",
                    row.sha256,
                    {k: before[k] for k in changed},
                    {k: after[k] for k in changed},
                )
                self._announce(session, EvidenceChanged(None, (row.id,)))
            return self._evidence(session, row, self._round(session, None))

    def remove_evidence(self, evidence_id: int) -> None:
        """Removes a document that supports no benchmark in any round (e.g. a wrong scan)."""
        with self._transaction() as session:
            row = self._evidence_row(session, evidence_id)
            used = session.scalar(
                select(func.count())
                .select_from(EvidenceLink)
                .where(EvidenceLink.evidence_id == row.id)
            )
            if used:
                raise InputError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "{name} still supports {count} benchmark(s); unlink it first.",
                    ),
                    name=row.original_name,
                    count=used,
                )
            sha256 = row.sha256
            self._audit(session, "evidence.remove", "evidence", sha256, _evidence_fields(row), None)
            self._announce(session, EvidenceChanged(None, (row.id,)))
            session.delete(row)
        self.blobs.path_of(sha256).unlink(missing_ok=True)

    def _evidence_row(self, session: Session, evidence_id: int) -> EvidenceRow:
        row = session.get(EvidenceRow, evidence_id)
        if row is None:
            raise InputError(
                QT_TRANSLATE_NOOP("Errors", "There is no evidence document {id}."), id=evidence_id
            )
        return row

    def _evidence(self, session: Session, row: EvidenceRow, round_row: Round) -> Evidence:
        codes = session.scalars(
            select(EvidenceLink.benchmark_code)
            .where(EvidenceLink.evidence_id == row.id, EvidenceLink.round_id == round_row.id)
            .order_by(EvidenceLink.benchmark_code)
        ).all()
        return _evidence_value(row, tuple(codes))

    def get_evidence(self, evidence_id: int, round_be: int | None = None) -> Evidence:
        with self._sessions() as session:
            return self._evidence(
                session, self._evidence_row(session, evidence_id), self._round(session, round_be)
            )

    def find_evidence(self, sha256_prefix: str, round_be: int | None = None) -> Evidence:
        prefix = sha256_prefix.strip().lower()
        if len(prefix) < 4 or any(c not in "0123456789abcdef" for c in prefix):
            raise InputError(
                QT_TRANSLATE_NOOP(
                    "Errors", "Give at least the first 4 hexadecimal digits of the SHA-256."
                )
            )
        with self._sessions() as session:
            rows = session.scalars(
                select(EvidenceRow).where(EvidenceRow.sha256.startswith(prefix)).limit(2)
            ).all()
            if not rows:
                raise InputError(
                    QT_TRANSLATE_NOOP("Errors", "No evidence document has a hash starting {p}."),
                    p=prefix,
                )
            if len(rows) > 1:
                raise InputError(
                    QT_TRANSLATE_NOOP(
                        "Errors", "More than one document's hash starts {p}; give more digits."
                    ),
                    p=prefix,
                )
            return self._evidence(session, rows[0], self._round(session, round_be))

    def evidence_list(self, round_be: int | None = None) -> list[Evidence]:
        """Every document in the workspace, with the benchmarks it supports in the round."""
        with self._sessions() as session:
            round_row = self._round(session, round_be)
            links: dict[int, list[str]] = {}
            for evidence_id, code in session.execute(
                select(EvidenceLink.evidence_id, EvidenceLink.benchmark_code)
                .where(EvidenceLink.round_id == round_row.id)
                .order_by(EvidenceLink.benchmark_code)
            ):
                links.setdefault(evidence_id, []).append(code)
            rows = session.scalars(select(EvidenceRow).order_by(EvidenceRow.id)).all()
            return [_evidence_value(r, tuple(links.get(r.id, ()))) for r in rows]

    def evidence_for(self, code: str, round_be: int | None = None) -> list[Evidence]:
        return [e for e in self.evidence_list(round_be) if code in e.links]

    def blob_path(self, sha256: str) -> Path:
        return self.blobs.path_of(sha256)

    # ----------------------------------------------------------------- audit, exports, inbox

    def audit_log(self, limit: int | None = None) -> list[AuditEvent]:
        """Events oldest first; with ``limit``, the most recent ``limit`` of them."""
        with self._sessions() as session:
            query = select(AuditRow).order_by(AuditRow.id.desc())
            if limit is not None:
                query = query.limit(limit)
            rows = list(session.scalars(query))
        return [
            AuditEvent(
                id=r.id,
                at=r.at,
                actor=r.actor,
                action=r.action,
                entity=r.entity,
                entity_key=r.entity_key,
                before=json.loads(r.before) if r.before else None,
                after=json.loads(r.after) if r.after else None,
            )
            for r in reversed(rows)
        ]

    def record_export(self, round_be: int, bundle_id: str, sha256: str, path: str) -> None:
        with self._transaction() as session:
            round_row = self._round(session, round_be)
            session.add(
                ExportRow(
                    round_id=round_row.id,
                    bundle_id=bundle_id,
                    sha256=sha256,
                    path=path,
                    at=now(),
                    actor=self.actor,
                )
            )
            self._audit(
                session,
                "bundle.export",
                "round",
                str(round_be),
                None,
                {"bundle_id": bundle_id, "sha256": sha256, "path": path},
            )
            self._announce(session, BundleExported(round_row.year_be, bundle_id))

    def exports(self, round_be: int | None = None) -> list[ExportRecord]:
        with self._sessions() as session:
            query = select(ExportRow, Round.year_be).join(Round).order_by(ExportRow.id)
            if round_be is not None:
                query = query.where(Round.year_be == round_be)
            return [
                ExportRecord(year, r.bundle_id, r.sha256, r.path, r.at, r.actor)
                for r, year in session.execute(query)
            ]

    def inbox_outcome(self, name: str, size: int, mtime_ns: int) -> str | None:
        """What the inbox already did with this exact file (name, size, mtime), if anything."""
        with self._sessions() as session:
            return session.scalar(
                select(InboxFile.outcome)
                .where(
                    InboxFile.name == name,
                    InboxFile.size == size,
                    InboxFile.mtime_ns == mtime_ns,
                )
                .order_by(InboxFile.id.desc())
                .limit(1)
            )

    def inbox_record(
        self,
        name: str,
        size: int,
        mtime_ns: int,
        outcome: str,
        sha256: str | None = None,
        detail: str = "",
    ) -> None:
        with self._transaction() as session:
            session.add(
                InboxFile(
                    name=name,
                    size=size,
                    mtime_ns=mtime_ns,
                    sha256=sha256,
                    outcome=outcome,
                    detail=detail,
                    at=now(),
                )
            )
            evidence_id = None
            if sha256 is not None:
                evidence_id = session.scalar(
                    select(EvidenceRow.id).where(EvidenceRow.sha256 == sha256)
                )
            self._announce(session, InboxFiled(name, outcome, evidence_id))

    # ----------------------------------------------------------------- check, backup, restore

    def check(self, progress: Progress | None = None) -> list[Problem]:
        """Checks the database and re-hashes every blob. Orphan blobs are reported as
        "orphan-blob": harmless leftovers of an interrupted import."""
        problems: list[Problem] = []
        with self.engine.connect() as connection:
            for (result,) in connection.execute(text("PRAGMA integrity_check")):
                if result != "ok":
                    problems.append(Problem("database", DB_NAME, result))
            for row in connection.execute(text("PRAGMA foreign_key_check")):
                problems.append(Problem("database", str(row[0]), f"broken reference {tuple(row)}"))
        with self._sessions() as session:
            rows = session.execute(select(EvidenceRow.sha256, EvidenceRow.original_name)).all()
        known = {sha for sha, _ in rows}
        for done, (sha256, name) in enumerate(rows, start=1):
            verdict = self.blobs.verify(sha256)
            if verdict == "missing":
                problems.append(Problem("blob-missing", name, sha256))
            elif verdict is not None:
                problems.append(Problem("blob-corrupt", name, f"{sha256}: {verdict}"))
            if progress is not None:
                progress(done, len(rows))
        for sha256 in self.blobs.iter_hashes():
            if sha256 not in known:
                problems.append(Problem("orphan-blob", sha256, "not referenced by any record"))
        return problems

    def backup(self, destination: Path, progress: Progress | None = None) -> Path:
        """Writes a consistent copy (SQLite backup API + blobs) as one .zip, atomically."""
        from sealdesk.services.backup import write_backup

        return write_backup(self, Path(destination), progress)

    @staticmethod
    def restore(backup_file: Path, destination: Path) -> Workspace:
        from sealdesk.services.backup import restore_backup

        restore_backup(Path(backup_file), Path(destination))
        return Workspace.open(Path(destination))

    def sqlite_backup_to(self, target: Path) -> None:
        """Copies the live database into ``target`` with SQLite's online backup API."""
        raw = self.engine.raw_connection()
        try:
            source: sqlite3.Connection = raw.driver_connection  # type: ignore[assignment]
            with sqlite3.connect(target) as copy:
                source.backup(copy)
            copy.close()
        finally:
            raw.close()


def _check_round_year(round_be: int) -> None:
    if not 2500 <= round_be <= 2700:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Errors", "{round} is not a Buddhist-Era year (for example {example})."
            ),
            round=round_be,
            example=datetime.now().year + 543,
        )


def _has_work(row: AssessmentRow) -> bool:
    return bool(
        row.status != Status.NOT_STARTED.value or row.narrative or row.justification or row.actions
    )


def _assessment_fields(row: AssessmentRow) -> dict[str, Any]:
    return {"status": row.status, "narrative": row.narrative, "justification": row.justification}


def _action_fields(item: ActionRow) -> dict[str, Any]:
    return {
        "action": item.action,
        "responsible": item.responsible,
        "due_date": item.due_date.isoformat() if item.due_date else None,
        "done": bool(item.done),
    }


def _evidence_fields(row: EvidenceRow) -> dict[str, Any]:
    return {
        "name": row.original_name,
        "size": row.size,
        "media_type": row.media_type,
        "effective_date": row.effective_date.isoformat() if row.effective_date else None,
        "expires_on": row.expires_on.isoformat() if row.expires_on else None,
        "description": row.description,
        "source": row.source,
    }


def _action(item: ActionRow, code: str) -> ActionItem:
    return ActionItem(
        id=item.id,
        benchmark_code=code,
        action=item.action,
        responsible=item.responsible,
        due_date=item.due_date,
        done=bool(item.done),
    )


def _assessment(row: AssessmentRow) -> Assessment:
    return Assessment(
        benchmark_code=row.benchmark_code,
        status=Status(row.status),
        narrative=row.narrative,
        justification=row.justification,
        actions=tuple(_action(a, row.benchmark_code) for a in row.actions),
        updated_by=row.updated_by,
        updated_at=row.updated_at,
    )


def _evidence_value(row: EvidenceRow, links: tuple[str, ...]) -> Evidence:
    return Evidence(
        id=row.id,
        sha256=row.sha256,
        original_name=row.original_name,
        size=row.size,
        media_type=row.media_type,
        added_at=row.added_at,
        added_by=row.added_by,
        effective_date=row.effective_date,
        expires_on=row.expires_on,
        description=row.description,
        source=row.source,
        links=links,
    )
