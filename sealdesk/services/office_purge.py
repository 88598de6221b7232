"""Retention at the coordinating office (issue 18): the retention period (a setting, three
years by default: the Seal's validity) and ``purge_protected``, which erases the protected
evidence of the bundles received before a date and writes an erasure report.

What a purge erases, in this order (a purge killed half-way is finished by the next one):

1. in one transaction, the protected files are marked purged and the erasure is audited;
2. their blobs (the ciphertext) and their bundles' encrypted indexes, unless a file not purged
   still needs the same blob, are overwritten and removed (store/erase.py);
3. quarantined files received before the date that carry protected files are erased too;
4. viewer folders a crashed app left in the temporary folder are erased;
5. the database is rewritten without its free pages (secure_delete, VACUUM), so no deleted
   byte is left in it or in its write-ahead log.

The rest of each bundle (its checklist, the other evidence, the scores) stays; rebuilding a
purged bundle as it came is no longer possible, and ``office_bundle_file`` says so.
"""

from __future__ import annotations

import json
import zipfile
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from sqlalchemy import select

from sealdesk.errors import QT_TRANSLATE_NOOP, InputError
from sealdesk.events import ProtectedAccessed
from sealdesk.fsutil import atomic_write_text, check_output
from sealdesk.services.core import WorkspaceCore, now
from sealdesk.services.office import require_office
from sealdesk.services.office_blobs import PROTECTED_PREFIX
from sealdesk.services.office_protected import sweep_view_folders
from sealdesk.services.office_quarantine import QUARANTINE_DIR
from sealdesk.store.erase import compact_database, erase_file
from sealdesk.store.models import Setting
from sealdesk.store.office_models import OfficeBundle, OfficeProtectedFile, OfficeQuarantine

RETENTION_SETTING = "retention_years"
DEFAULT_RETENTION_YEARS = 3
REPORT_FORMAT = "sealdesk-erasure-report"


@dataclass(frozen=True, slots=True)
class PurgeResult:
    before: date
    purged_at: datetime
    files: tuple[dict[str, Any], ...]
    blobs_erased: int
    quarantined_erased: int
    report: Path | None = None
    extra: dict[str, Any] = field(default_factory=dict)


def retention_years(ws: WorkspaceCore) -> int:
    """How many years the office keeps protected evidence after receiving it."""
    with ws._sessions() as session:
        row = session.get(Setting, RETENTION_SETTING)
    try:
        return int(row.value) if row is not None else DEFAULT_RETENTION_YEARS
    except ValueError:
        return DEFAULT_RETENTION_YEARS


def set_retention_years(ws: WorkspaceCore, years: int) -> None:
    require_office(ws)
    if not 1 <= years <= 50:
        raise InputError(QT_TRANSLATE_NOOP("Errors", "The retention period is from 1 to 50 years."))
    before = retention_years(ws)
    with ws._transaction() as session:
        row = session.get(Setting, RETENTION_SETTING)
        if row is None:
            session.add(Setting(key=RETENTION_SETTING, value=str(years)))
        else:
            row.value = str(years)
        ws._audit(
            session, "office.retention", "setting", RETENTION_SETTING,
            {"years": before}, {"years": years},
        )  # fmt: skip


def retention_cutoff(ws: WorkspaceCore, today: date | None = None) -> date:
    """The date before which received protected evidence is past the retention period."""
    today = today or date.today()
    years = retention_years(ws)
    try:
        return today.replace(year=today.year - years)
    except ValueError:  # 29 February
        return today.replace(year=today.year - years, day=28)


def purge_protected(
    ws: WorkspaceCore,
    before: date,
    report: Path | None = None,
    overwrite: bool = False,
    passphrase: str | None = None,
) -> PurgeResult:
    """Erases the protected evidence of bundles received before ``before`` (see the module's
    docstring) and writes the erasure report (JSON: bundle, district, neutral name, ciphertext
    SHA-256 and size of each file; never a name or a title) to ``report`` if given, signed by
    the office key when its ``passphrase`` is given (checked before anything is erased).
    Audited."""
    require_office(ws)
    if ws.read_only:
        raise ws.why_read_only
    signing = None
    if passphrase is not None:
        from sealdesk.services import keys as keys_service

        signing = keys_service.unlock(ws, passphrase)
    if report is not None:
        report = check_output(Path(report), overwrite, not_inside=[Path(ws.path)])
    cutoff = datetime.combine(before, time.min)
    stamp = now()
    with ws._transaction() as session:
        rows = session.execute(
            select(OfficeProtectedFile, OfficeBundle)
            .join(OfficeBundle, OfficeBundle.id == OfficeProtectedFile.bundle_row_id)
            .where(OfficeBundle.received_at < cutoff, OfficeProtectedFile.purged_at.is_(None))
            .order_by(OfficeBundle.district_code, OfficeBundle.id, OfficeProtectedFile.id)
        ).all()
        files = []
        for p, b in rows:
            p.purged_at = stamp
            files.append(
                {
                    "bundle_id": b.bundle_id,
                    "district": b.district_code,
                    "round_be": b.round_be,
                    "received_at": b.received_at.isoformat(),
                    "file": p.neutral_name,
                    "sha256": p.sha256,
                    "size": p.size,
                }
            )
        ws._audit(
            session,
            "office.purge",
            "office_protected",
            before.isoformat(),
            None,
            {"before": before.isoformat(), "files": files},
        )
        bundles = sorted({f["bundle_id"] for f in files})
        for bundle_id in bundles:
            ws._announce(session, ProtectedAccessed(bundle_id))
    blobs = _erase_purged_blobs(ws)
    quarantined = _erase_quarantined(ws, cutoff)
    sweep_view_folders()
    compact_database(ws.engine)
    result = PurgeResult(before, stamp, tuple(files), blobs, quarantined, report)
    if report is not None:
        atomic_write_text(report, _report_text(ws, result, signing))
    return result


def _erase_purged_blobs(ws: WorkspaceCore) -> int:
    """Erases every blob of a purged file (and index) that nothing not purged still needs."""
    with ws._sessions() as session:
        all_rows = session.scalars(select(OfficeProtectedFile)).all()
    keep = {r.sha256 for r in all_rows if r.purged_at is None}
    keep |= {r.index_sha256 for r in all_rows if r.purged_at is None}
    gone = {r.sha256 for r in all_rows if r.purged_at is not None}
    gone |= {r.index_sha256 for r in all_rows if r.purged_at is not None and r.index_sha256}
    count = 0
    for sha in sorted(gone - keep):
        count += erase_file(ws.blobs.path_of(sha))
    return count


def _carries_protected(path: Path) -> bool:
    try:
        with zipfile.ZipFile(path) as zf:
            return any(PROTECTED_PREFIX in n for n in zf.namelist())
    except Exception:  # not a readable zip: whatever it is, it cannot be told apart, erase it
        return True


def _erase_quarantined(ws: WorkspaceCore, cutoff: datetime) -> int:
    """Quarantined files received before the cutoff that carry protected files are erased;
    their entry stays in the list (the record that something was refused), marked."""
    folder = Path(ws.path) / QUARANTINE_DIR
    with ws._sessions() as session:
        rows = session.scalars(
            select(OfficeQuarantine).where(OfficeQuarantine.received_at < cutoff)
        ).all()
        candidates = {r.sha256 for r in rows}
    count = 0
    for sha in sorted(candidates):
        path = folder / sha
        if path.is_file() and _carries_protected(path):
            count += erase_file(path)
    return count


def _report_text(ws: WorkspaceCore, result: PurgeResult, signing: Any = None) -> str:
    """The erasure report: JSON; signed like the trust list (the JSON, a line
    ``-----BEGIN SIGNATURE-----``, the office key's minisign signature) when ``signing``."""
    from sealdesk.services.office import office_name
    from sealdesk.services.office_trust import SIGNATURE_MARK

    doc = {
        "format": REPORT_FORMAT,
        "version": 1,
        "office": office_name(ws),
        "erased_at": result.purged_at.isoformat(),
        "erased_by": ws.actor,
        "received_before": result.before.isoformat(),
        "retention_years": retention_years(ws),
        "files": list(result.files),
        "blobs_erased": result.blobs_erased,
        "quarantined_files_erased": result.quarantined_erased,
        "database": "rewritten without free pages (secure_delete, VACUUM)",
    }
    if signing is not None:
        doc["office_public_key"] = signing.public.minisign_text().splitlines()[1]
    body = json.dumps(doc, ensure_ascii=False, indent=2) + "\n"
    if signing is None:
        return body
    signature = signing.sign_minisign(body.encode("utf-8"), "sealdesk erasure report")
    return body + SIGNATURE_MARK + "\n" + signature


__all__ = [
    "DEFAULT_RETENTION_YEARS",
    "PurgeResult",
    "purge_protected",
    "retention_cutoff",
    "retention_years",
    "set_retention_years",
]
