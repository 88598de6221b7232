"""review and feedback: the office's verdicts and feedback files, a district's received feedback

Revision ID: 0004_review
Revises: 0003_office_tables
Create Date: 2026-11-26 14:30:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0004_review"
down_revision = "0003_office_tables"
branch_labels = None
depends_on = None


# office_bundle and bundle_export are altered in place (ADD / DROP COLUMN, SQLite 3.35+), never
# recreated: with foreign keys on, dropping the old office_bundle in a batch copy would cascade
# to every indexed benchmark and evidence row of every received bundle.


def upgrade() -> None:
    op.create_table(
        "office_review",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("bundle_row_id", sa.Integer(), nullable=False),
        sa.Column("benchmark_code", sa.String(length=32), nullable=False),
        sa.Column("verdict", sa.String(length=32), nullable=False),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.Column("action", sa.Text(), nullable=False),
        sa.Column("action_due", sa.Date(), nullable=True),
        sa.Column("reviewed_by", sa.String(length=200), nullable=False),
        sa.Column("reviewed_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["bundle_row_id"], ["office_bundle.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("bundle_row_id", "benchmark_code"),
    )
    op.create_table(
        "office_feedback",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("feedback_id", sa.String(length=64), nullable=False),
        sa.Column("bundle_row_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("issued_at", sa.DateTime(), nullable=False),
        sa.Column("issued_by", sa.String(length=200), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("path", sa.Text(), nullable=False),
        sa.Column("document", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["bundle_row_id"], ["office_bundle.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("feedback_id"),
    )
    op.create_table(
        "received_feedback",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("feedback_id", sa.String(length=64), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("office_name", sa.Text(), nullable=False),
        sa.Column("office_key_id", sa.String(length=16), nullable=False),
        sa.Column("district_code", sa.String(length=8), nullable=False),
        sa.Column("round_be", sa.Integer(), nullable=False),
        sa.Column("bundle_id", sa.String(length=64), nullable=False),
        sa.Column("issued_at", sa.DateTime(), nullable=False),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        sa.Column("imported_by", sa.String(length=200), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("document", sa.Text(), nullable=False),
        sa.Column("letter_th", sa.LargeBinary(), nullable=True),
        sa.Column("letter_en", sa.LargeBinary(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("feedback_id"),
    )
    op.create_table(
        "feedback_action_taken",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("feedback_row_id", sa.Integer(), nullable=False),
        sa.Column("benchmark_code", sa.String(length=32), nullable=False),
        sa.Column("action_item_id", sa.Integer(), nullable=True),
        sa.Column("taken_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["action_item_id"], ["action_item.id"], ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["feedback_row_id"], ["received_feedback.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("feedback_row_id", "benchmark_code"),
    )
    with op.batch_alter_table("office_bundle", schema=None, recreate="never") as batch_op:
        batch_op.add_column(
            sa.Column(
                "tag_manifest_sha256", sa.String(length=64), nullable=False, server_default=""
            )
        )
        batch_op.add_column(sa.Column("answers_feedback_id", sa.String(length=64), nullable=True))
    with op.batch_alter_table("bundle_export", schema=None, recreate="never") as batch_op:
        batch_op.add_column(
            sa.Column(
                "tag_manifest_sha256", sa.String(length=64), nullable=False, server_default=""
            )
        )
        batch_op.add_column(sa.Column("answers_feedback_id", sa.String(length=64), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("bundle_export", schema=None, recreate="never") as batch_op:
        batch_op.drop_column("answers_feedback_id")
        batch_op.drop_column("tag_manifest_sha256")
    with op.batch_alter_table("office_bundle", schema=None, recreate="never") as batch_op:
        batch_op.drop_column("answers_feedback_id")
        batch_op.drop_column("tag_manifest_sha256")
    op.drop_table("feedback_action_taken")
    op.drop_table("received_feedback")
    op.drop_table("office_feedback")
    op.drop_table("office_review")
