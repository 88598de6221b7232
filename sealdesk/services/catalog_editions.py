"""Signed catalog editions (issue 17): the office publishes them, districts import them.

- At the office: ``publish_catalog`` signs a TOML catalog with the office key into an edition
  file (bundle/edition.py: a zip minisign can check) and records it as published; the latest
  published edition is the office's current one. ``current_edition`` / ``catalog_ref`` give it
  to the documents the office sends (feedback, receipts: ``"catalog": {...}``), and
  ``standing`` tells how a received submission's edition stands against it.
- At a district: ``read_for_district`` accepts an edition file only if an office key the
  district trusts signed it; a bare TOML catalog is read as a practice catalog (pre-flight and
  the bundle say so). ``newer_edition`` tells the clerk when an office document names another
  (newer) edition than the round uses.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select

from sealdesk.domain.catalog import Catalog, load_catalog, parse_catalog
from sealdesk.domain.editions import (
    NEWER_EDITION_MESSAGE,  # noqa: F401  (the app's flag)
    CatalogRef,
    CatalogStanding,
    catalog_standing,
)
from sealdesk.domain.editions import newer_edition as _newer
from sealdesk.domain.editions import office_edition_notice as _notice
from sealdesk.errors import QT_TRANSLATE_NOOP, CatalogError, InputError
from sealdesk.events import CatalogPublished
from sealdesk.fsutil import check_output
from sealdesk.services.core import WorkspaceCore, now
from sealdesk.services.office import district_only, is_office, require_office
from sealdesk.store.models import CatalogEdition


@dataclass(frozen=True)
class PublishedEdition:
    """An edition the office published."""

    edition: str
    version: str
    sha256: str
    key_id: str
    published_at: datetime
    file: str = ""

    @property
    def ref(self) -> CatalogRef:
        return CatalogRef(self.edition, self.version, self.sha256)


@dataclass(frozen=True)
class IncomingEdition:
    """A catalog a district is about to use: signed by a trusted office key, or practice."""

    catalog: Catalog
    signature: str  # the minisign signature text; "" for a practice catalog
    office_name: str  # the trusted office's name, "" when unsigned or unnamed

    @property
    def signed(self) -> bool:
        return bool(self.catalog.signed_by)


# --- at the office ------------------------------------------------------------------------


def read_source(path: Path) -> Catalog:
    """The TOML catalog the office is about to publish (validated whole)."""
    return load_catalog(Path(path))


def publish_catalog(
    ws: WorkspaceCore,
    source: Path,
    out: Path,
    passphrase: str,
    overwrite: bool = False,
) -> PublishedEdition:
    """Signs ``source`` with the office key into the edition file ``out``, and records it as
    the office's current edition. Audited; announces CatalogPublished."""
    from sealdesk.bundle.edition import trusted_comment, write_edition
    from sealdesk.services import keys as keys_service

    require_office(ws)
    catalog = read_source(source)
    if catalog.is_template:
        raise CatalogError(
            QT_TRANSLATE_NOOP(
                "Errors",
                'The catalog {file} is marked as a template; set status = "official" before '
                "publishing it.",
            ),
            file=str(source),
        )
    with ws._sessions() as session:
        for row in _published_rows(session):
            if row.sha256 == catalog.sha256:
                raise InputError(
                    QT_TRANSLATE_NOOP(
                        "Errors", "The edition {edition} {version} was already published."
                    ),
                    edition=row.edition,
                    version=row.version,
                )
            if row.edition == catalog.edition and row.version == catalog.version:
                raise InputError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "The edition {edition} {version} was already published with other "
                        "text; give this one a new version.",
                    ),
                    edition=catalog.edition,
                    version=catalog.version,
                )
    out = check_output(Path(out), overwrite, not_inside=[Path(ws.path)])
    signing = keys_service.unlock(ws, passphrase)
    data = catalog.source_text.encode("utf-8")
    comment = trusted_comment(catalog.edition, catalog.version, catalog.sha256)
    signature = signing.sign_minisign(data, comment)
    write_edition(out, data, signature, signing.public)
    key_id = signing.public.key_id_hex
    signed = replace(catalog, signed_by=key_id)
    with ws._transaction() as session:
        row = ws._store_catalog(session, signed, signature)
        row.signed_by, row.signature = key_id, signature
        row.published_at = now()
        ws._audit(
            session,
            "catalog.publish",
            "catalog_edition",
            catalog.sha256,
            None,
            {
                "edition": catalog.edition,
                "version": catalog.version,
                "key_id": key_id,
                "file": str(out),
            },
        )
        ws._announce(session, CatalogPublished(catalog.edition, catalog.version, catalog.sha256))
        published = _published(row, str(out))
    return published


def _published_rows(session: Any) -> list[CatalogEdition]:
    return list(
        session.scalars(
            select(CatalogEdition)
            .where(CatalogEdition.published_at.is_not(None))
            .order_by(CatalogEdition.published_at, CatalogEdition.id)
        )
    )


def _published(row: CatalogEdition, file: str = "") -> PublishedEdition:
    assert row.published_at is not None
    return PublishedEdition(
        row.edition, row.version, row.sha256, row.signed_by, row.published_at, file
    )


def published_editions(ws: WorkspaceCore) -> tuple[PublishedEdition, ...]:
    """The editions the office published, oldest first: the last one is current."""
    require_office(ws)
    with ws._sessions() as session:
        return tuple(_published(r) for r in _published_rows(session))


def current_edition(ws: WorkspaceCore) -> PublishedEdition | None:
    """The office's current catalog edition (the latest published), or None."""
    editions = published_editions(ws)
    return editions[-1] if editions else None


def catalog_ref(ws: WorkspaceCore) -> dict[str, str] | None:
    """The ``"catalog"`` field of a document the office sends (feedback, receipt): its current
    edition as ``{"edition", "version", "sha256"}``, or None when it has published none."""
    current = current_edition(ws)
    return current.ref.as_dict() if current is not None else None


def standing(ws: WorkspaceCore, sha256: str, signed_by: str) -> CatalogStanding:
    """How a submission made with this catalog stands against the office's editions."""
    return catalog_standing(sha256, signed_by, [p.ref for p in published_editions(ws)])


# --- at a district ------------------------------------------------------------------------


def read_for_district(ws: WorkspaceCore, path: Path) -> IncomingEdition:
    """A catalog file a district is about to use, checked: a signed edition only from an office
    key this district trusts; a bare TOML catalog as practice."""
    from sealdesk.bundle.edition import is_edition_file

    if is_office(ws):
        raise district_only()
    path = Path(path)
    if not is_edition_file(path):
        return IncomingEdition(load_catalog(path), "", "")
    return _read_signed(ws, path)


def _read_signed(ws: WorkspaceCore, path: Path) -> IncomingEdition:
    from sealdesk.bundle.edition import check_signature, read_edition, trusted_comment
    from sealdesk.bundle.errors import BadSignatureError
    from sealdesk.services.district_trust import trusted_offices

    edition = read_edition(path)
    offices = {o.key_id: o for o in trusted_offices(ws)}
    office = offices.get(edition.key_id)
    if office is None:
        raise CatalogError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The catalog edition {file} is signed by the office key {key_id}, which this "
                "district does not trust; add the office's card with 'sealdesk trust add' first.",
            ),
            file=str(path),
            key_id=edition.key_id,
        )
    from sealdesk.bundle.minisign import parse_public_key

    try:
        check_signature(edition, parse_public_key(office.public_key))
    except BadSignatureError:
        raise CatalogError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The catalog edition {file} was changed after the office signed it; ask the "
                "office for the file again.",
            ),
            file=str(path),
        ) from None
    catalog = parse_catalog(edition.catalog_text, path.name)
    expected = trusted_comment(catalog.edition, catalog.version, catalog.sha256)
    if edition.signature.trusted_comment != expected:
        raise CatalogError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The catalog edition {file} does not name the catalog it holds; ask the office "
                "for the file again.",
            ),
            file=str(path),
        )
    signed = replace(catalog, signed_by=edition.key_id)
    return IncomingEdition(signed, edition.signature_text, office.name)


def preview_import(
    ws: WorkspaceCore, path: Path, round_be: int | None = None
) -> tuple[Catalog, IncomingEdition]:
    """(the round's catalog now, the checked incoming one): what the app shows, with the diff,
    before the clerk imports. Nothing is changed."""
    incoming = read_for_district(ws, path)
    with ws._sessions() as session:
        old = ws._catalog_of(session, ws._round(session, round_be))
    return old, incoming


def newer_edition(ws: WorkspaceCore, named: Any, round_be: int | None = None) -> CatalogRef | None:
    """The edition an office document (feedback, receipt) names in its ``"catalog"`` field when
    it differs from the round's: the office names its current one, so it is newer. None when
    the document names none or the same."""
    with ws._sessions() as session:
        used = ws._catalog_of(session, ws._round(session, round_be))
    return _newer(CatalogRef.from_field(named), used.sha256)


OFFICE_EDITION_SETTING = "office_catalog_edition"
"""At a district: the edition the office's latest feedback or receipt named (JSON), or unset."""


def note_office_edition(ws: WorkspaceCore, named: Any) -> CatalogRef | None:
    """Records the edition an office document names (its ``"catalog"`` field), when the
    district imports that document: the feedback and receipt importers call this, so the app
    can tell the clerk when the office uses a newer edition. Audited (a workspace setting)."""
    ref = CatalogRef.from_field(named)
    if ref is not None:
        ws.set_setting(OFFICE_EDITION_SETTING, json.dumps(ref.as_dict()))  # type: ignore[attr-defined]
    return ref


def office_edition_notice(ws: WorkspaceCore, round_be: int | None = None) -> CatalogRef | None:
    """The newer edition the office last named, when the round uses another one; else None
    (the rule: domain/editions.py, which the app's first look uses too)."""
    text = ws.get_setting(OFFICE_EDITION_SETTING)  # type: ignore[attr-defined]
    if not text:
        return None
    with ws._sessions() as session:
        used = ws._catalog_of(session, ws._round(session, round_be))
    return _notice(text, used.sha256)
