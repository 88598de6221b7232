"""The workspace check: SQLite's integrity and foreign-key checks, and a re-hash of every
evidence blob against its name."""

from __future__ import annotations

from sqlalchemy import select, text

from sealdesk.domain.assessment import Problem
from sealdesk.progress import Progress
from sealdesk.services.core import DB_NAME, WorkspaceCore
from sealdesk.store.models import EvidenceRow


def check(ws: WorkspaceCore, progress: Progress | None = None) -> list[Problem]:
    """Checks the database and re-hashes every blob. Orphan blobs are reported as
    "orphan-blob": harmless leftovers of an interrupted import."""
    problems: list[Problem] = []
    with ws.engine.connect() as connection:
        for (result,) in connection.execute(text("PRAGMA integrity_check")):
            if result != "ok":
                problems.append(Problem("database", DB_NAME, result))
        for row in connection.execute(text("PRAGMA foreign_key_check")):
            problems.append(Problem("database", str(row[0]), f"broken reference {tuple(row)}"))
    with ws._sessions() as session:
        rows = session.execute(select(EvidenceRow.sha256, EvidenceRow.original_name)).all()
    known = {sha for sha, _ in rows}
    for done, (sha256, name) in enumerate(rows, start=1):
        verdict = ws.blobs.verify(sha256)
        if verdict == "missing":
            problems.append(Problem("blob-missing", name, sha256))
        elif verdict is not None:
            problems.append(Problem("blob-corrupt", name, f"{sha256}: {verdict}"))
        if progress is not None:
            progress(done, len(rows))
    for sha256 in ws.blobs.iter_hashes():
        if sha256 not in known:
            problems.append(Problem("orphan-blob", sha256, "not referenced by any record"))
    return problems
