"""The coordinating office's tables (issue 14 and after): bundles received and their index,
the trust list, quarantine, review and feedback, readers of personal data, protected files
and their access log.

Mapped on the same ``Base`` as store/models.py, in a module of their own so that a district's
start and read-only commands, which never touch these tables, do not build their mappers;
the office's services import them from here. Schema changes go through the migrations (the
models of both modules must match the last one: a test checks this).
"""

from datetime import date, datetime

from sqlalchemy import Float, ForeignKey, Index, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from sealdesk.store.models import Base

# --- the coordinating office (issue 14) ---------------------------------------------------------


class OfficeKey(Base):
    """A district's public key on the office's trust list; revoked keys stay, marked."""

    __tablename__ = "office_key"
    id: Mapped[int] = mapped_column(primary_key=True)
    key_id: Mapped[str] = mapped_column(String(16), unique=True)
    district_code: Mapped[str] = mapped_column(String(8), index=True)
    public_key: Mapped[str] = mapped_column(String(100))  # the minisign base64 line
    fingerprint: Mapped[str] = mapped_column(String(64))
    enrolled_at: Mapped[datetime]
    enrolled_by: Mapped[str] = mapped_column(String(200))
    revoked_at: Mapped[datetime | None]
    revoked_reason: Mapped[str] = mapped_column(Text, default="")


class OfficeBundle(Base):
    """A bundle the office took in: the zip as received is the blob ``sha256``."""

    __tablename__ = "office_bundle"
    __table_args__ = (Index("ix_office_bundle_district_round", "district_code", "round_be"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    bundle_id: Mapped[str] = mapped_column(String(64), unique=True)
    sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int]
    file_name: Mapped[str] = mapped_column(String(1000))
    district_code: Mapped[str] = mapped_column(String(8))
    round_be: Mapped[int]
    received_at: Mapped[datetime]
    submitted_at: Mapped[datetime | None]
    signer_key_id: Mapped[str] = mapped_column(String(16))
    catalog_edition: Mapped[str] = mapped_column(String(100))
    catalog_sha256: Mapped[str] = mapped_column(String(64))
    # issue 17: the bundle's catalog version and signing office key ("" = practice catalog)
    catalog_version: Mapped[str] = mapped_column(String(100), default="", server_default="")
    catalog_signed_by: Mapped[str] = mapped_column(String(16), default="", server_default="")
    checklist_sha256: Mapped[str | None] = mapped_column(String(64))
    current: Mapped[bool] = mapped_column(default=False)
    state: Mapped[str] = mapped_column(String(32), default="verified")
    # scored once at intake against the bundle's catalog edition, so the city view is quick
    score_percent: Mapped[float | None] = mapped_column(Float)
    projected_level: Mapped[str | None] = mapped_column(String(16))
    mandatory_missing: Mapped[str] = mapped_column(Text, default="[]")  # JSON list of codes
    # the file as received = the skeleton blob's pieces and the payload blobs, in ``layout``
    # order (services/office_blobs.py): each byte of a bundle is stored once
    skeleton_sha256: Mapped[str] = mapped_column(String(64), default="")
    layout: Mapped[str] = mapped_column(Text, default="[]")  # JSON
    # issue 15: the SHA-256 of its tag manifest (what a feedback file names), and the feedback
    # it answers when the district says so (its state is then "resubmitted")
    tag_manifest_sha256: Mapped[str] = mapped_column(String(64), default="", server_default="")
    answers_feedback_id: Mapped[str | None] = mapped_column(String(64))


class OfficeAssessmentRow(Base):
    """One benchmark of a received bundle, indexed for the city view."""

    __tablename__ = "office_assessment"
    __table_args__ = (UniqueConstraint("bundle_row_id", "benchmark_code"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    bundle_row_id: Mapped[int] = mapped_column(ForeignKey("office_bundle.id", ondelete="CASCADE"))
    benchmark_code: Mapped[str] = mapped_column(String(32))
    title_th: Mapped[str] = mapped_column(Text, default="")
    title_en: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(32))
    narrative: Mapped[str] = mapped_column(Text, default="")
    justification: Mapped[str] = mapped_column(Text, default="")
    actions: Mapped[str] = mapped_column(Text, default="[]")  # JSON list
    evidence: Mapped[str] = mapped_column(Text, default="[]")  # JSON list of sha256


class OfficeEvidenceRow(Base):
    """An evidence document of a received bundle; the bytes are the blob ``sha256``."""

    __tablename__ = "office_evidence"
    __table_args__ = (UniqueConstraint("bundle_row_id", "sha256"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    bundle_row_id: Mapped[int] = mapped_column(ForeignKey("office_bundle.id", ondelete="CASCADE"))
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    name: Mapped[str] = mapped_column(String(1000))
    size: Mapped[int]
    media_type: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    benchmarks: Mapped[str] = mapped_column(Text, default="[]")  # JSON list of codes


class OfficeQuarantine(Base):
    """A received file the verifier refused: kept under quarantine/, never indexed."""

    __tablename__ = "office_quarantine"
    id: Mapped[int] = mapped_column(primary_key=True)
    file_name: Mapped[str] = mapped_column(String(1000))
    sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int]
    received_at: Mapped[datetime]
    verifier_code: Mapped[str] = mapped_column(String(64))
    exit_code: Mapped[int]
    message: Mapped[str] = mapped_column(Text)
    params: Mapped[str] = mapped_column(Text, default="{}")  # JSON
    released_at: Mapped[datetime | None]


# --- review and feedback (issue 15) -------------------------------------------------------------


class OfficeReviewRow(Base):
    """At the office: the verdict on one benchmark of one received bundle."""

    __tablename__ = "office_review"
    __table_args__ = (UniqueConstraint("bundle_row_id", "benchmark_code"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    bundle_row_id: Mapped[int] = mapped_column(ForeignKey("office_bundle.id", ondelete="CASCADE"))
    benchmark_code: Mapped[str] = mapped_column(String(32))
    verdict: Mapped[str] = mapped_column(String(32))
    comment: Mapped[str] = mapped_column(Text, default="")
    action: Mapped[str] = mapped_column(Text, default="")  # the required action, "" = none
    action_due: Mapped[date | None]
    reviewed_by: Mapped[str] = mapped_column(String(200), default="")
    reviewed_at: Mapped[datetime]


class OfficeFeedbackRow(Base):
    """At the office: a feedback file it issued (returned, accepted or final)."""

    __tablename__ = "office_feedback"
    id: Mapped[int] = mapped_column(primary_key=True)
    feedback_id: Mapped[str] = mapped_column(String(64), unique=True)
    bundle_row_id: Mapped[int] = mapped_column(ForeignKey("office_bundle.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(16))
    issued_at: Mapped[datetime]
    issued_by: Mapped[str] = mapped_column(String(200), default="")
    sha256: Mapped[str] = mapped_column(String(64))  # of the feedback file written
    path: Mapped[str] = mapped_column(Text, default="")
    document: Mapped[str] = mapped_column(Text)  # feedback.json as signed


# --- issue 18 at the office: readers of personal data, protected files, their access log -------


class OfficeReader(Base):
    """A person the office allows to read protected evidence: an age X25519 identity, kept
    encrypted with that person's passphrase (age's scrypt mode); its recipient goes into the
    office card. A removed reader keeps the row (the access log names them) but not the key."""

    __tablename__ = "office_reader"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    recipient: Mapped[str] = mapped_column(String(100), unique=True)  # age1...
    identity: Mapped[bytes | None] = mapped_column(LargeBinary)  # age passphrase-encrypted
    added_at: Mapped[datetime]
    added_by: Mapped[str] = mapped_column(String(200))
    removed_at: Mapped[datetime | None]


class OfficeProtectedFile(Base):
    """A protected evidence file of a received bundle, known by its neutral name only; the
    blob ``sha256`` is the age ciphertext, ``index_sha256`` the bundle's encrypted index (the
    real names and titles). ``purged_at`` once erased."""

    __tablename__ = "office_protected"
    __table_args__ = (UniqueConstraint("bundle_row_id", "neutral_name"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    bundle_row_id: Mapped[int] = mapped_column(ForeignKey("office_bundle.id", ondelete="CASCADE"))
    neutral_name: Mapped[str] = mapped_column(String(100))
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    size: Mapped[int]
    index_sha256: Mapped[str] = mapped_column(String(64), default="")
    benchmarks: Mapped[str] = mapped_column(Text, default="[]")  # JSON list of codes
    recipients: Mapped[str] = mapped_column(Text, default="[]")  # JSON: protected_for
    purged_at: Mapped[datetime | None]


class OfficeAccess(Base):
    """One opening of protected evidence (who, when, which file): the access log."""

    __tablename__ = "office_access"
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(index=True)
    reader: Mapped[str] = mapped_column(String(200))
    actor: Mapped[str] = mapped_column(String(200))
    action: Mapped[str] = mapped_column(String(16))  # view, extract, index, file
    bundle_id: Mapped[str] = mapped_column(String(64), default="")
    district_code: Mapped[str] = mapped_column(String(8), default="")
    neutral_name: Mapped[str] = mapped_column(String(100))
    sha256: Mapped[str] = mapped_column(String(64))
