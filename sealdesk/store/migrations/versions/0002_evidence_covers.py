"""evidence_link.covers: which means of verification a linked file covers

Revision ID: 0002_evidence_covers
Revises: 0001
Create Date: 2026-11-26 11:40:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0002_evidence_covers"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # The 1-based positions of the benchmark's means of verification (catalog order) that the
    # linked file covers, comma-separated; "" = not assigned yet (every existing link).
    with op.batch_alter_table("evidence_link", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("covers", sa.String(length=200), nullable=False, server_default="")
        )


def downgrade() -> None:
    with op.batch_alter_table("evidence_link", schema=None) as batch_op:
        batch_op.drop_column("covers")
