"""Alembic environment: SealDesk runs migrations itself on open, on the connection it passes."""

from alembic import context

from sealdesk.store import office_models  # noqa: F401  # the office's tables, on Base too
from sealdesk.store.models import Base

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
