"""SQLAlchemy 2 typed declarative models of a workspace database.

Schema changes go through Alembic migrations (sealdesk/store/migrations); these classes describe
the newest schema and must match the last migration (a test checks this).

The coordinating office's tables are mapped in office_models.py (on ``Base`` as well), imported
by the office's services only: a district's start and read-only commands do not pay for them.

The annotations are real objects, not strings (no ``from __future__ import annotations``):
with strings SQLAlchemy evaluates every ``Mapped[...]`` of every class on import, a fair part
of the time a read-only command takes. A class named before it is defined is quoted.
"""

from datetime import date, datetime

from sqlalchemy import (
    ForeignKey,
    Index,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class Setting(Base):
    """Key/value settings of the workspace (district, clerk, inbox folder...)."""

    __tablename__ = "setting"
    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class CatalogEdition(Base):
    """A catalog as imported: its full text is kept so a workspace is self-contained."""

    __tablename__ = "catalog_edition"
    id: Mapped[int] = mapped_column(primary_key=True)
    edition: Mapped[str] = mapped_column(String(100))
    version: Mapped[str] = mapped_column(String(100))
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    source_text: Mapped[str] = mapped_column(Text)
    imported_at: Mapped[datetime]
    # issue 17: the office key id that signed it ("" = unsigned, practice only), its minisign
    # signature, and at the office when it was published (the latest is the current edition)
    signed_by: Mapped[str] = mapped_column(String(16), default="", server_default="")
    signature: Mapped[str] = mapped_column(Text, default="", server_default="")
    published_at: Mapped[datetime | None]


class Round(Base):
    __tablename__ = "round"
    id: Mapped[int] = mapped_column(primary_key=True)
    year_be: Mapped[int] = mapped_column(unique=True)
    catalog_id: Mapped[int] = mapped_column(ForeignKey("catalog_edition.id"))
    created_at: Mapped[datetime]
    catalog: Mapped[CatalogEdition] = relationship()


class AssessmentRow(Base):
    __tablename__ = "assessment"
    __table_args__ = (UniqueConstraint("round_id", "benchmark_code"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("round.id", ondelete="CASCADE"))
    benchmark_code: Mapped[str] = mapped_column(String(32))
    status: Mapped[str] = mapped_column(String(32), default="not_started")
    narrative: Mapped[str] = mapped_column(Text, default="")
    justification: Mapped[str] = mapped_column(Text, default="")
    updated_by: Mapped[str] = mapped_column(String(200), default="")
    updated_at: Mapped[datetime | None]
    actions: Mapped[list["ActionRow"]] = relationship(
        back_populates="assessment", order_by="ActionRow.id", cascade="all, delete-orphan"
    )


class ActionRow(Base):
    __tablename__ = "action_item"
    id: Mapped[int] = mapped_column(primary_key=True)
    assessment_id: Mapped[int] = mapped_column(ForeignKey("assessment.id", ondelete="CASCADE"))
    action: Mapped[str] = mapped_column(Text)
    responsible: Mapped[str] = mapped_column(String(200), default="")
    due_date: Mapped[date | None]
    done: Mapped[bool] = mapped_column(default=False)
    assessment: Mapped[AssessmentRow] = relationship(back_populates="actions")


class EvidenceRow(Base):
    __tablename__ = "evidence"
    id: Mapped[int] = mapped_column(primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    original_name: Mapped[str] = mapped_column(String(1000))
    size: Mapped[int]
    media_type: Mapped[str] = mapped_column(String(200))
    added_at: Mapped[datetime]
    added_by: Mapped[str] = mapped_column(String(200), default="")
    effective_date: Mapped[date | None]
    expires_on: Mapped[date | None]
    description: Mapped[str] = mapped_column(Text, default="")
    source: Mapped[str] = mapped_column(Text, default="")
    # names people (issue 18): encrypted in bundles and backups, never printed by name
    personal_data: Mapped[bool] = mapped_column(default=False, server_default=false())


class EvidenceLink(Base):
    __tablename__ = "evidence_link"
    __table_args__ = (UniqueConstraint("evidence_id", "round_id", "benchmark_code"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    evidence_id: Mapped[int] = mapped_column(ForeignKey("evidence.id", ondelete="CASCADE"))
    round_id: Mapped[int] = mapped_column(ForeignKey("round.id", ondelete="CASCADE"))
    benchmark_code: Mapped[str] = mapped_column(String(32))
    # the means of verification it covers: 1-based positions in the catalog, "1,3"; "" = none
    covers: Mapped[str] = mapped_column(String(200), default="", server_default="")


class AuditRow(Base):
    """Append-only: triggers in the migration refuse UPDATE and DELETE."""

    __tablename__ = "audit_event"
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime]
    actor: Mapped[str] = mapped_column(String(200))
    action: Mapped[str] = mapped_column(String(100))
    entity: Mapped[str] = mapped_column(String(100))
    entity_key: Mapped[str] = mapped_column(String(200))
    before: Mapped[str | None] = mapped_column(Text)  # JSON
    after: Mapped[str | None] = mapped_column(Text)  # JSON


class ExportRow(Base):
    __tablename__ = "bundle_export"
    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("round.id", ondelete="CASCADE"))
    bundle_id: Mapped[str] = mapped_column(String(64), unique=True)
    sha256: Mapped[str] = mapped_column(String(64))
    path: Mapped[str] = mapped_column(Text)
    at: Mapped[datetime]
    actor: Mapped[str] = mapped_column(String(200))
    # issue 15: the SHA-256 of its tag manifest, and the feedback it answers (if any)
    tag_manifest_sha256: Mapped[str] = mapped_column(String(64), default="", server_default="")
    answers_feedback_id: Mapped[str | None] = mapped_column(String(64))


class InboxFile(Base):
    """A file the scanner inbox has handled, so it is taken once, across restarts."""

    __tablename__ = "inbox_file"
    __table_args__ = (Index("ix_inbox_file_name", "name", "size", "mtime_ns"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(1000))
    size: Mapped[int]
    mtime_ns: Mapped[int]
    sha256: Mapped[str | None] = mapped_column(String(64))
    outcome: Mapped[str] = mapped_column(String(32))  # imported, duplicate, failed
    detail: Mapped[str] = mapped_column(Text, default="")
    at: Mapped[datetime]


# --- a district's trust in the coordinating office (issue 14) ----------------------------------


class TrustedOffice(Base):
    """At a district: an office key (from its card or a bare public key) it trusts."""

    __tablename__ = "trusted_office"
    id: Mapped[int] = mapped_column(primary_key=True)
    key_id: Mapped[str] = mapped_column(String(16), unique=True)
    name: Mapped[str] = mapped_column(Text, default="")
    public_key: Mapped[str] = mapped_column(String(100))
    fingerprint: Mapped[str] = mapped_column(String(64))
    card: Mapped[str] = mapped_column(Text, default="")  # the card as received, if any
    added_at: Mapped[datetime]
    added_by: Mapped[str] = mapped_column(String(200))


# --- review and feedback (issue 15) -------------------------------------------------------------


class ReceivedFeedbackRow(Base):
    """At a district: a feedback file it imported from a trusted office."""

    __tablename__ = "received_feedback"
    id: Mapped[int] = mapped_column(primary_key=True)
    feedback_id: Mapped[str] = mapped_column(String(64), unique=True)
    kind: Mapped[str] = mapped_column(String(16))
    office_name: Mapped[str] = mapped_column(Text, default="")
    office_key_id: Mapped[str] = mapped_column(String(16))
    district_code: Mapped[str] = mapped_column(String(8))
    round_be: Mapped[int]
    bundle_id: Mapped[str] = mapped_column(String(64))
    issued_at: Mapped[datetime]
    imported_at: Mapped[datetime]
    imported_by: Mapped[str] = mapped_column(String(200), default="")
    sha256: Mapped[str] = mapped_column(String(64))  # of the feedback file
    document: Mapped[str] = mapped_column(Text)  # feedback.json as signed
    letter_th: Mapped[bytes | None] = mapped_column(LargeBinary)
    letter_en: Mapped[bytes | None] = mapped_column(LargeBinary)


class FeedbackActionTaken(Base):
    """At a district: a required action of a feedback taken into the benchmark's action plan."""

    __tablename__ = "feedback_action_taken"
    __table_args__ = (UniqueConstraint("feedback_row_id", "benchmark_code"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    feedback_row_id: Mapped[int] = mapped_column(
        ForeignKey("received_feedback.id", ondelete="CASCADE")
    )
    benchmark_code: Mapped[str] = mapped_column(String(32))
    action_item_id: Mapped[int | None] = mapped_column(
        ForeignKey("action_item.id", ondelete="SET NULL")
    )
    taken_at: Mapped[datetime]


# --- receipts (issue 16) ----------------------------------------------------------------------


class ReceiptRow(Base):
    """At a district: a signed receipt from City Hall saying which bundles and evidence files
    the office holds (services/receipts.py). The document is kept as received; a file is
    taken once (``sha256`` of its text)."""

    __tablename__ = "receipt"
    __table_args__ = (Index("ix_receipt_round", "round_be"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    office_key_id: Mapped[str] = mapped_column(String(16))
    district_code: Mapped[str] = mapped_column(String(8))
    round_be: Mapped[int]
    issued_at: Mapped[datetime]
    imported_at: Mapped[datetime]
    imported_by: Mapped[str] = mapped_column(String(200))
    document: Mapped[str] = mapped_column(Text)  # the signed text as received
