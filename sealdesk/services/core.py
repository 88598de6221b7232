"""What every use case needs from an open workspace: the transaction, the audit writer, the one
audited-update helper and the round / catalog look-ups.

``WorkspaceCore`` is the base of the ``Workspace`` facade (services/workspace.py). The use-case
modules (rounds, assessments, evidence, inbox_log, audit, check) are functions taking the
workspace first; they import this module, never the facade, so the arrows go one way only:
workspace -> use cases -> core -> store, domain.

Every change runs in ``_transaction``: its audit rows are written in the same transaction (the
log and the data never disagree), and the events it ``_announce``s are published on
``ws.events`` only after the commit, never when it fails.
"""

from __future__ import annotations

import getpass
import json
import unicodedata
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from sealdesk.domain.catalog import Catalog
from sealdesk.domain.catalog_cache import catalog_of_text
from sealdesk.errors import QT_TRANSLATE_NOOP, InputError, SealDeskError
from sealdesk.events import Event, EventBus
from sealdesk.store.blobs import BlobStore
from sealdesk.store.db import WRITE_OPTION, make_engine
from sealdesk.store.db import read_only as read_only_fault
from sealdesk.store.models import AuditRow, CatalogEdition, Round

DB_NAME = "sealdesk.db"
UNSET: Any = object()
"""Default of an optional argument whose None is a real value (e.g. "clear the due date")."""

_PENDING_EVENTS = "sealdesk.pending_events"

_PARSED: dict[tuple[str, str], Catalog] = {}
"""The catalogs parsed in this process, by their text (and the name its errors would give): a
parsed catalog is an immutable value, so each text is parsed once in a process, however many
times a workspace holding it is opened (the app reopening one, a restore checking one)."""


def now() -> datetime:
    return datetime.now().replace(microsecond=0)


def nfc(value: str) -> str:
    """Text to store: NFC, and bytes that were not UTF-8 (a file name's, which Python gives as
    lone surrogates that SQLite cannot store) shown as U+FFFD."""
    value = value.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    return unicodedata.normalize("NFC", value)


def default_actor() -> str:
    try:
        return getpass.getuser()
    except Exception:
        return "unknown"


def _json(value: dict[str, Any] | None) -> str | None:
    return None if value is None else json.dumps(value, ensure_ascii=False, default=str)


class WorkspaceCore:
    """The open database, blob store and event bus of one workspace, and the plumbing the use
    cases share. Not used on its own: open a ``Workspace``."""

    def __init__(self, path: Path, actor: str | None = None, read_only: bool | None = None) -> None:
        self.path = path
        self.engine = make_engine(path / DB_NAME, read_only)
        self.read_only: bool = self.engine.sealdesk_read_only  # type: ignore[attr-defined]
        """Opened read-only (the folder or file cannot be written): changes are refused with
        one clear sentence, reading works."""
        self.why_read_only: SealDeskError = read_only_fault(path)
        """What a change is refused with when ``read_only`` (set by the facade to "the disk is
        full" when that is why it opened the workspace read-only)."""
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        self.blobs = BlobStore(path / "blobs")
        self.actor = actor or default_actor()
        self._catalogs: dict[int, Catalog] = {}
        self.events = EventBus()
        """Every change is announced here after its transaction commits (sealdesk.events)."""

    # ----------------------------------------------------------------- one unit of change

    @contextmanager
    def _transaction(self) -> Iterator[Session]:
        """One unit of change. The events announced in it (``_announce``) are published on
        ``self.events`` only after the commit, so a listener reads the new state, and never
        when the transaction fails (rolls back)."""
        if self.read_only:
            raise self.why_read_only
        with self._sessions() as session:
            with session.begin():
                session.connection(execution_options={WRITE_OPTION: True})  # BEGIN IMMEDIATE
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

    def _audited_update(
        self,
        session: Session,
        fields: Callable[[], dict[str, Any]],
        change: Callable[[], None],
        audit: tuple[str, str, str],
        whole_record: bool = False,
    ) -> bool:
        """Applies ``change`` to a row and audits it if ``fields()`` differ afterwards.

        ``audit`` is (action, entity, key). The audit event holds only the changed fields,
        or, with ``whole_record``, every field before and after. Returns whether anything
        changed (nothing is audited when nothing did). ``change`` may raise to refuse the
        update; the transaction then rolls back.
        """
        before = fields()
        change()
        after = fields()
        if after == before:
            return False
        action, entity, key = audit
        if whole_record:
            self._audit(session, action, entity, key, before, after)
        else:
            changed = [k for k in after if after[k] != before.get(k)]
            self._audit(
                session,
                action,
                entity,
                key,
                {k: before.get(k) for k in changed},
                {k: after[k] for k in changed},
            )
        return True

    # ----------------------------------------------------------------- rounds and catalogs

    def _store_catalog(
        self, session: Session, catalog: Catalog, signature: str = ""
    ) -> CatalogEdition:
        """The edition row of this text, made if new. A signed arrival of a text first held
        unsigned records its signer (the text is the same; only its standing changes)."""
        existing = session.scalar(
            select(CatalogEdition).where(CatalogEdition.sha256 == catalog.sha256)
        )
        if existing is not None:
            if catalog.signed_by and not existing.signed_by:
                existing.signed_by = catalog.signed_by
                existing.signature = signature
                self._catalogs.pop(existing.id, None)
            return existing
        edition = CatalogEdition(
            edition=catalog.edition,
            version=catalog.version,
            sha256=catalog.sha256,
            source_text=catalog.source_text,
            imported_at=now(),
            signed_by=catalog.signed_by,
            signature=signature,
        )
        session.add(edition)
        session.flush()
        return edition

    def _round(self, session: Session, round_be: int | None) -> Round:
        """The round with this year, or the latest round when ``round_be`` is None."""
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
            key = (edition.source_text, f"{edition.edition} {edition.version}")
            catalog = _PARSED.get(key) or _PARSED.setdefault(key, catalog_of_text(*key))
            if edition.signed_by:
                catalog = replace(catalog, signed_by=edition.signed_by)
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
