"""catalog editions: who signed a district's edition, what the office published, and which
edition a received bundle was made with (issue 17)

Revision ID: 0006_catalog_editions
Revises: 0003_office_tables
Create Date: 2026-11-26 14:30:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0006_catalog_editions"
down_revision = "0005_receipts"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # signed_by: the office key id that signed the edition ("" = unsigned: practice only);
    # signature: its minisign signature as received or made; published_at: at the office, when
    # it published the edition (the latest one published is the office's current edition).
    with op.batch_alter_table("catalog_edition", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("signed_by", sa.String(length=16), nullable=False, server_default="")
        )
        batch_op.add_column(sa.Column("signature", sa.Text(), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("published_at", sa.DateTime(), nullable=True))
    # what the received bundle says of its catalog: its version and the office key that signed
    # it ("" = a practice catalog; every bundle made before signed editions existed)
    with op.batch_alter_table("office_bundle", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("catalog_version", sa.String(length=100), nullable=False, server_default="")
        )
        batch_op.add_column(
            sa.Column("catalog_signed_by", sa.String(length=16), nullable=False, server_default="")
        )


def downgrade() -> None:
    # not in batch mode: rebuilding these tables would drop tables others refer to (foreign
    # keys are on); SQLite >= 3.35 drops a plain column in place
    op.drop_column("office_bundle", "catalog_signed_by")
    op.drop_column("office_bundle", "catalog_version")
    op.drop_column("catalog_edition", "published_at")
    op.drop_column("catalog_edition", "signature")
    op.drop_column("catalog_edition", "signed_by")
