"""The workspace check: SQLite's integrity and foreign-key checks, a re-hash of every evidence
blob against its name and size, and the blob folder's foreign files.

The blob folder is classified once, by ``BlobStore.survey`` (lstat only: nothing is followed or
read but regular files), and ``backup`` uses the same classification and the same re-hash, so
what ``check`` calls damaged or foreign is exactly what a backup leaves out and reports.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import select, text

from sealdesk.domain.assessment import Problem
from sealdesk.progress import Progress
from sealdesk.services.core import DB_NAME, WorkspaceCore
from sealdesk.store.blobs import BlobStore, BlobSurvey
from sealdesk.store.models import EvidenceRow


def check(ws: WorkspaceCore, progress: Progress | None = None) -> list[Problem]:
    """Checks the database and re-hashes every blob. Orphan blobs ("orphan-blob": harmless
    leftovers of an interrupted import) and files that are not SealDesk's ("foreign-file",
    left alone) are reported too; both kinds are in ``HARMLESS``."""
    problems: list[Problem] = []
    with ws.engine.connect() as connection:
        for (result,) in connection.execute(text("PRAGMA integrity_check")):
            if result != "ok":
                problems.append(Problem("database", DB_NAME, result))
        for row in connection.execute(text("PRAGMA foreign_key_check")):
            problems.append(Problem("database", str(row[0]), f"broken reference {tuple(row)}"))
    with ws._sessions() as session:
        rows = session.execute(
            select(EvidenceRow.sha256, EvidenceRow.original_name, EvidenceRow.size)
        ).all()
    survey = ws.blobs.survey()

    def verdict(sha256: str, size: int | None) -> str | None:
        return blob_verdict(ws.blobs, survey, sha256, size)

    evidence = [(sha256, name, size) for sha256, name, size in rows]
    evidence += [(sha256, "office", None) for sha256 in office_blobs(ws)]
    problems += blob_problems(evidence, survey, verdict, progress)
    return problems


OFFICE_RECORDS = (
    "SELECT EXISTS (SELECT 1 FROM office_bundle) OR EXISTS (SELECT 1 FROM office_evidence) "
    "OR EXISTS (SELECT 1 FROM office_protected)"
)
"""Does the database hold any of the office records that point at blobs (plain SQL)?"""


def office_blobs(ws: WorkspaceCore) -> list[str]:
    """The blobs the coordinating office's records point at (none in a district workspace).
    Where there are no such records (a district's), the office's models are not loaded."""
    with ws.engine.connect() as connection:
        if not connection.exec_driver_sql(OFFICE_RECORDS).scalar():
            return []
    from sealdesk.services.office_blobs import referenced_blobs

    return sorted(referenced_blobs(ws))


def blob_problems(
    evidence: list[tuple[str, str, int | None]],
    survey: BlobSurvey,
    verdict: Callable[[str, int | None], str | None],
    progress: Progress | None = None,
) -> list[Problem]:
    """The verdict on each evidence blob (sha256, original name, size), then the orphans and
    the foreign files: the one judgement shared by ``check`` and ``backup`` (``verdict`` is
    None for an intact blob, "missing", or what is wrong; backup's comes from its copy)."""
    problems: list[Problem] = []
    known = set()
    for done, (sha256, name, size) in enumerate(evidence, start=1):
        known.add(sha256)
        found = verdict(sha256, size)
        if found == "missing":
            problems.append(Problem("blob-missing", name, sha256))
        elif found is not None:
            problems.append(Problem("blob-corrupt", name, f"{sha256}: {found}"))
        if progress is not None:
            progress(done, len(evidence))
    for sha256 in sorted({*survey.blobs, *survey.damaged} - known):
        problems.append(Problem("orphan-blob", sha256, "not referenced by any record"))
    for path, what in survey.foreign:
        problems.append(Problem("foreign-file", path, f"{what}; left alone"))
    return problems


def blob_verdict(blobs: BlobStore, survey: BlobSurvey, sha256: str, size: int | None) -> str | None:
    if sha256 in survey.damaged:
        return survey.damaged[sha256]
    if sha256 not in survey.blobs:
        return "missing"
    return blobs.verify(sha256, size)
