"""office readers of personal data, protected files, access log (issue 18)

Revision ID: 0008_readers
Revises: 0007_personal_data
Create Date: 2026-11-26 14:20:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0008_readers"
down_revision = "0007_personal_data"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "office_reader",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("recipient", sa.String(length=100), nullable=False),
        sa.Column("identity", sa.LargeBinary(), nullable=True),
        sa.Column("added_at", sa.DateTime(), nullable=False),
        sa.Column("added_by", sa.String(length=200), nullable=False),
        sa.Column("removed_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("name"),
        sa.UniqueConstraint("recipient"),
    )
    op.create_table(
        "office_protected",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("bundle_row_id", sa.Integer(), nullable=False),
        sa.Column("neutral_name", sa.String(length=100), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("index_sha256", sa.String(length=64), nullable=False),
        sa.Column("benchmarks", sa.Text(), nullable=False),
        sa.Column("recipients", sa.Text(), nullable=False),
        sa.Column("purged_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(["bundle_row_id"], ["office_bundle.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("bundle_row_id", "neutral_name"),
    )
    with op.batch_alter_table("office_protected", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_office_protected_sha256"), ["sha256"], unique=False)
    op.create_table(
        "office_access",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("reader", sa.String(length=200), nullable=False),
        sa.Column("actor", sa.String(length=200), nullable=False),
        sa.Column("action", sa.String(length=16), nullable=False),
        sa.Column("bundle_id", sa.String(length=64), nullable=False),
        sa.Column("district_code", sa.String(length=8), nullable=False),
        sa.Column("neutral_name", sa.String(length=100), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("office_access", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_office_access_at"), ["at"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("office_access", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_office_access_at"))
    op.drop_table("office_access")
    with op.batch_alter_table("office_protected", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_office_protected_sha256"))
    op.drop_table("office_protected")
    op.drop_table("office_reader")
