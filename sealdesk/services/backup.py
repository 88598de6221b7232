"""Writing a backup of a whole workspace as one .zip file (restoring it: services/restore.py).

The database is copied with SQLite's online backup API (a consistent snapshot even while the app
runs), then packed with every evidence blob and the signing keys; at the coordinating office
also the quarantine (the refused files, kept as they came under ``quarantine/<sha256>``: they
are the record of what a district sent, and a restored office lists and releases them). The blob
folder is classified by ``BlobStore.survey`` and judged by ``check.blob_problems``, exactly as
``sealdesk check`` does: each blob is hashed while it is copied (one read), never through a
link, never anything but a regular file. Damaged and missing evidence is left out, listed in the
manifest (``left_out``) and reported; everything intact is in the backup.

Leftovers: the zip is written to ``.<name>.<random>.sealdesk-backup.partial`` beside its final
name and the database snapshot to a private ``sealdesk-backup-*`` folder in the temporary
folder; both are locked while the backup runs, and what a killed backup left is removed at the
start of the next one.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import sqlite3
import stat
import tempfile
import zipfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from sqlalchemy import func, select

from sealdesk import __version__
from sealdesk.domain.assessment import Problem
from sealdesk.domain.backup import BackupReport, BackupStatus
from sealdesk.errors import QT_TRANSLATE_NOOP, SealDeskError, WorkspaceError
from sealdesk.fsutil import (
    check_output,
    claim_file,
    claim_folder,
    fsync_dir,
    sweep_leftovers,
)
from sealdesk.progress import Progress
from sealdesk.services.check import blob_problems
from sealdesk.services.core import WorkspaceCore, nfc
from sealdesk.store.blobs import BlobStore, hash_stream
from sealdesk.store.erase import erase_file
from sealdesk.store.models import AuditRow

MANIFEST = "sealdesk-backup.json"
DB_ENTRY = "sealdesk.db"
FORMAT = "sealdesk-backup"
VERSION = 2  # 2 added "left_out"; version 1 backups are restored as before
KEY_RE_TEXT = r"^keys/[A-Za-z0-9][A-Za-z0-9._-]{0,99}$"
QUARANTINE_RE_TEXT = r"^quarantine/([0-9a-f]{64})$"
MAX_KEY_BYTES = 1024 * 1024
MAX_KEYS = 16
PARTIAL_SUFFIX = ".sealdesk-backup.partial"
SNAPSHOT_PREFIX = "sealdesk-backup-"


def backup_destination(destination: Path, overwrite: bool, workspace: Path) -> Path:
    """The file a backup to ``destination`` writes: the name as given, with ".zip" added when
    it has another ending (as ever). Both the name given and the final one are checked by
    ``fsutil.check_output``: no device (/dev/full), folder or pipe, nothing inside the
    workspace, no existing file without ``overwrite``."""
    given = Path(os.path.abspath(Path(destination).expanduser()))
    try:
        info = os.stat(given)
    except OSError:
        info = None
    if info is not None and not stat.S_ISREG(info.st_mode):
        check_output(given, overwrite, not_inside=[workspace])  # raises: not an ordinary file
    final = given if given.suffix.lower() == ".zip" else given.with_name(given.name + ".zip")
    return check_output(final, overwrite, not_inside=[workspace])


def write_backup(
    destination: Path,
    *,
    copy_database: Callable[[Path], None],
    blobs: BlobStore,
    keys: Path,
    district_code: str,
    workspace: Path,
    overwrite: bool = False,
    progress: Progress | None = None,
    quarantine: Path | None = None,
    encrypt: Callable[[bytes], bytes] | None = None,
) -> BackupReport:
    """Writes the backup .zip atomically and says what it could not carry.

    ``copy_database(target)`` writes a consistent copy of the live database (SQLite's online
    backup API); ``keys`` is the workspace's key folder; ``workspace`` its folder (a backup is
    never written inside it). The zip is readable by its owner only (it holds the signing key).
    ``quarantine``: the office's quarantine folder, packed too (services/office_quarantine.py).
    ``encrypt``: turns the zip into what is written (age's passphrase mode when the workspace
    holds personal data, services/personal_data.py); the zip in clear then exists only in the
    private scratch folder beside the database snapshot, never beside the backup.
    """
    final = backup_destination(destination, overwrite, workspace)
    sweep_leftovers(final.parent, ".", PARTIAL_SUFFIX)
    sweep_leftovers(Path(tempfile.gettempdir()), SNAPSHOT_PREFIX)
    partial: Path | None = None
    try:
        with (
            claim_folder(Path(tempfile.gettempdir()), SNAPSHOT_PREFIX) as scratch,
            _erased_after(scratch / DB_ENTRY) as snapshot,  # the database copy in clear
        ):
            copy_database(snapshot)
            evidence = _evidence_in(snapshot)
            partial, fd = claim_file(final.parent, f".{final.name}.", PARTIAL_SUFFIX)
            with os.fdopen(fd, "wb") as out:
                if encrypt is None:
                    report = _write_zip(
                        out, snapshot, evidence, blobs, keys, district_code, progress, quarantine
                    )
                else:
                    report = _write_encrypted(
                        out, scratch, encrypt, final, lambda zipped: _write_zip(
                            zipped, snapshot, evidence, blobs, keys, district_code, progress,
                            quarantine,
                        ),
                    )  # fmt: skip
                out.flush()
                os.fsync(out.fileno())
                os.chmod(partial, 0o600)
                os.replace(partial, final)
            partial = None
            fsync_dir(final.parent)
    except OSError as error:
        raise WorkspaceError(
            QT_TRANSLATE_NOOP("Errors", "The backup {file} could not be written ({reason})."),
            file=str(final),
            reason=error.strerror or str(error),
        ) from None
    finally:
        if partial is not None:
            partial.unlink(missing_ok=True)
    return BackupReport(final, report[0], tuple(report[1]))


@contextmanager
def _erased_after(path: Path) -> Iterator[Path]:
    """``path``, erased (overwritten, not only unlinked) when the block ends, however it ends."""
    try:
        yield path
    finally:
        erase_file(path)


class BackupMemoryError(WorkspaceError):
    """An encrypted backup is made in memory: too little of it is one clear sentence."""


def _write_encrypted(
    out: BinaryIO,
    scratch: Path,
    encrypt: Callable[[bytes], bytes],
    final: Path,
    write_zip: Callable[[BinaryIO], tuple[int, list[Problem]]],
) -> tuple[int, list[Problem]]:
    """The zip is written in clear to the private (0700) scratch folder, read, encrypted and
    written to ``out``; the clear copy is then erased (overwritten, not only unlinked), also
    when writing it fails or is cancelled."""
    plain = scratch / "backup.zip"
    try:
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
        fd = os.open(plain, flags | getattr(os, "O_BINARY", 0), 0o600)
        with os.fdopen(fd, "wb") as zipped:
            report = write_zip(zipped)
        try:
            out.write(encrypt(plain.read_bytes()))
        except MemoryError:
            raise BackupMemoryError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "There is not enough memory to encrypt the backup {file}; nothing was "
                    "written. Close other programs and try again.",
                ),
                file=str(final),
            ) from None
    finally:
        erase_file(plain)
    return report


def _evidence_in(snapshot: Path) -> list[tuple[str, str, int | None]]:
    """(sha256, original name, size) of every evidence record in the database snapshot."""
    with sqlite3.connect(snapshot) as connection:
        rows = connection.execute("SELECT sha256, original_name, size FROM evidence").fetchall()
        tables = {t for (t,) in connection.execute("SELECT name FROM sqlite_master")}
        if "office_bundle" in tables:  # the coordinating office's blobs (services/office_blobs)
            rows += connection.execute(
                "SELECT skeleton_sha256, 'office', NULL FROM office_bundle "
                "UNION SELECT checklist_sha256, 'office', NULL FROM office_bundle "
                "WHERE checklist_sha256 IS NOT NULL "
                "UNION SELECT sha256, name, size FROM office_evidence"
            ).fetchall()
    connection.close()
    return [(str(s), str(n), z if isinstance(z, int) else None) for s, n, z in rows]


def _write_zip(
    out: object,
    snapshot: Path,
    evidence: list[tuple[str, str, int | None]],
    blobs: BlobStore,
    keys: Path,
    district_code: str,
    progress: Progress | None,
    quarantine: Path | None = None,
) -> tuple[int, list[Problem]]:
    survey = blobs.survey()
    total = snapshot.stat().st_size + sum(survey.blobs.values())
    done = 0
    copied: dict[str, tuple[str, int] | str] = {}  # sha256 -> (digest, length) or the error
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, allowZip64=True) as archive:  # type: ignore[arg-type]
        archive.write(snapshot, DB_ENTRY)
        done += snapshot.stat().st_size
        for sha256, size in sorted(survey.blobs.items()):
            try:
                handle = blobs.open_blob(sha256)
            except OSError as error:
                copied[sha256] = f"unreadable: {error.strerror or error}"
                continue
            info = zipfile.ZipInfo(f"blobs/{sha256[:2]}/{sha256}", (1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_STORED
            info.external_attr = (stat.S_IFREG | 0o600) << 16
            try:
                with archive.open(info, "w", force_zip64=True) as entry:
                    copied[sha256] = hash_stream(handle, entry)  # type: ignore[arg-type]
            except OSError as error:
                if error.errno == 28:  # ENOSPC: the backup itself fails
                    raise
                copied[sha256] = f"unreadable: {error.strerror or error}"
            done += size
            if progress is not None:
                progress(done, total)

        def verdict(sha256: str, size: int | None) -> str | None:
            if sha256 in survey.damaged:
                return survey.damaged[sha256]
            result = copied.get(sha256)
            if result is None:
                return "missing"
            if isinstance(result, str):
                return result
            digest, length = result
            if size is not None and length != size:
                return f"corrupt (size {length}, expected {size})"
            return None if digest == sha256 else "corrupt"

        problems = blob_problems(evidence, survey, verdict)
        sizes = {sha: size for sha, _, size in evidence}
        names = {sha: name for sha, name, _ in evidence}
        left_out = [
            {"sha256": sha, "name": names.get(sha, ""), "reason": reason}
            for sha in sorted({*sizes, *copied})
            if (reason := verdict(sha, sizes.get(sha))) is not None
        ]
        intact = len(copied) - sum(1 for entry in left_out if entry["sha256"] in copied)
        problems += _write_keys(archive, keys)
        if quarantine is not None:
            problems += _write_quarantine(archive, quarantine)
        archive.writestr(
            MANIFEST,
            json.dumps(
                {
                    "format": FORMAT,
                    "version": VERSION,
                    "app_version": __version__,
                    "district": district_code,
                    "blobs": intact,
                    "left_out": left_out,
                },
                ensure_ascii=False,
            ),
        )
    return intact, problems


def _write_keys(archive: zipfile.ZipFile, keys: Path) -> list[Problem]:
    """Copies the key files: regular files only, never through a link, each bounded."""

    problems: list[Problem] = []
    try:
        if keys.is_symlink() or not keys.is_dir():
            return [Problem("key-unreadable", "keys", "not a folder")] if keys.exists() else []
        names = sorted(os.listdir(keys))
    except OSError as error:
        return [Problem("key-unreadable", "keys", error.strerror or str(error))]
    for name in names:
        if not re.match(KEY_RE_TEXT, f"keys/{name}"):
            problems.append(Problem("foreign-file", f"keys/{name}", "not SealDesk's; left alone"))
            continue
        flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
        try:
            fd = os.open(keys / name, flags)
            with os.fdopen(fd, "rb") as handle:
                info = os.fstat(handle.fileno())
                if not stat.S_ISREG(info.st_mode) or info.st_size > MAX_KEY_BYTES:
                    problems.append(Problem("key-unreadable", f"keys/{name}", "not a key file"))
                    continue
                data = handle.read(MAX_KEY_BYTES + 1)
        except OSError as error:
            problems.append(Problem("key-unreadable", f"keys/{name}", error.strerror or str(error)))
            continue
        entry = zipfile.ZipInfo(f"keys/{name}", (1980, 1, 1, 0, 0, 0))
        entry.compress_type = zipfile.ZIP_DEFLATED
        entry.external_attr = (stat.S_IFREG | 0o600) << 16
        archive.writestr(entry, data)
    return problems


def _write_quarantine(archive: zipfile.ZipFile, folder: Path) -> list[Problem]:
    """Copies the office's refused files, each stored as it came under its SHA-256: regular
    files only, never through a link. A file that no longer hashes to its name is left out
    (restore would refuse it); ``sealdesk office quarantine`` still lists it from the database."""
    if folder.is_symlink() or not folder.is_dir():
        return []
    problems: list[Problem] = []
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    flags |= getattr(os, "O_BINARY", 0)
    for name in sorted(os.listdir(folder)):
        entry = f"quarantine/{name}"
        if not re.match(QUARANTINE_RE_TEXT, entry):
            continue  # the intake's temporary files, or not SealDesk's: left alone
        try:
            fd = os.open(folder / name, flags)
            with os.fdopen(fd, "rb") as handle:
                if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
                    continue
                digest = hashlib.sha256()
                while chunk := handle.read(1024 * 1024):
                    digest.update(chunk)
                if digest.hexdigest() != name:
                    problems.append(Problem("blob-corrupt", entry, "corrupt"))
                    continue
                handle.seek(0)
                info = zipfile.ZipInfo(entry, (1980, 1, 1, 0, 0, 0))
                info.compress_type = zipfile.ZIP_STORED
                info.external_attr = (stat.S_IFREG | 0o600) << 16
                with archive.open(info, "w", force_zip64=True) as out:
                    while chunk := handle.read(1024 * 1024):
                        out.write(chunk)
        except OSError as error:
            if error.errno == 28:  # ENOSPC: the backup itself fails
                raise
            problems.append(Problem("blob-unreadable", entry, error.strerror or str(error)))
    return problems


# ------------------------------------------------------------------ the last backup

BACKUP_ACTION = "workspace.backup"
"""The audit event of a backup made from the app: the last one says when the last backup was
made and the events after it how much changed since (the reminder in the status bar)."""


def record_backup(ws: WorkspaceCore, report: BackupReport) -> bool:
    """Writes the audit event of a finished backup; returns whether it was recorded. The backup
    exists either way: a workspace that cannot be written now (opened read-only, the disk
    full, another SealDesk writing) does not remember it, and the reminder stays."""
    if ws.read_only:
        return False
    try:
        with ws._transaction() as session:
            ws._audit(
                session,
                BACKUP_ACTION,
                "workspace",
                ws.path.name,
                None,
                # nfc: a file name with bytes that are not UTF-8 is stored with U+FFFD for them
                {"path": nfc(str(report.path)), "blobs": report.blobs, "complete": report.complete},
            )
    except SealDeskError:
        return False
    return True


def backup_status(ws: WorkspaceCore) -> BackupStatus:
    """The last recorded backup and the number of audit events after it."""
    with ws._sessions() as session:
        last = session.scalars(
            select(AuditRow).where(AuditRow.action == BACKUP_ACTION).order_by(AuditRow.id.desc())
        ).first()
        after = 0 if last is None else last.id
        changes = (
            session.scalar(select(func.count()).select_from(AuditRow).where(AuditRow.id > after))
            or 0
        )
    if last is None:
        return BackupStatus(None, None, int(changes))
    path = last.after and json.loads(last.after).get("path")
    return BackupStatus(last.at, str(path) if path else None, int(changes))
