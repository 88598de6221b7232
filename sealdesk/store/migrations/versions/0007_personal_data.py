"""evidence.personal_data: the document names people (Thai PDPA), so it travels encrypted

Revision ID: 0007_personal_data
Revises: 0003_office_tables
Create Date: 2026-11-26 14:20:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0007_personal_data"
down_revision = "0006_catalog_editions"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Marked evidence is encrypted in bundles and backups, and left out of printed lists by
    # name (docs/personal-data.md); every existing document starts unmarked. A plain ADD
    # COLUMN, not a batch (copy-and-move) one: dropping the old evidence table would cascade
    # to evidence_link (ON DELETE CASCADE) and lose every link.
    op.add_column(
        "evidence",
        sa.Column("personal_data", sa.Boolean(), nullable=False, server_default=sa.false()),
    )


def downgrade() -> None:
    # SQLite >= 3.35 drops a column in place (no table copy, so no cascade)
    op.execute("ALTER TABLE evidence DROP COLUMN personal_data")
