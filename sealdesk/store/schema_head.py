"""The head revisions of the migration scripts, read without SQLAlchemy or Alembic.

Both the engine's quick look on open (store/db.py ``up_to_date``) and the app's first look
(services/first_look.py, plain ``sqlite3``) compare the database's ``alembic_version`` with
these heads; this module imports neither library, so the first window can ask it (issue 13).
"""

from __future__ import annotations

import re
from pathlib import Path

MIGRATIONS = Path(__file__).resolve().parent / "migrations"

_REVISION = re.compile(r"""^revision(?:\s*:\s*str)?\s*=\s*["']([^"']+)["']""", re.MULTILINE)
_DOWN_REVISION = re.compile(r"^down_revision\b[^=]*=(.*)$", re.MULTILINE)
_QUOTED = re.compile(r"""["']([^"']+)["']""")


def script_heads(migrations: Path | None = None) -> frozenset[str] | None:
    """The head revisions of the migration scripts, read from their ``revision`` and
    ``down_revision`` lines without importing Alembic; None when a script does not say them on
    one line each (then Alembic decides)."""
    versions = (migrations or MIGRATIONS) / "versions"
    revisions: set[str] = set()
    parents: set[str] = set()
    try:
        scripts = sorted(versions.glob("*.py"))
        for script in scripts:
            text = script.read_text(encoding="utf-8")
            revision, down = _REVISION.search(text), _DOWN_REVISION.search(text)
            if revision is None or down is None:
                return None
            revisions.add(revision.group(1))
            parents.update(_QUOTED.findall(down.group(1)))
    except (OSError, UnicodeDecodeError):
        return None
    heads = frozenset(revisions - parents)
    return heads or None
