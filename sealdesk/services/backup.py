"""Backup and restore of a whole workspace as one .zip file.

The database is copied with SQLite's online backup API (a consistent snapshot even while the
app runs), then packed with every evidence blob and the signing keys. A restore checks every
entry's name and every blob's hash before the restored workspace is put in place.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import tempfile
import zipfile
from collections.abc import Callable
from pathlib import Path

from sealdesk import __version__
from sealdesk.errors import QT_TRANSLATE_NOOP, WorkspaceError
from sealdesk.fsutil import CHUNK, atomic_writer
from sealdesk.progress import Progress
from sealdesk.store.blobs import BlobStore

MANIFEST = "sealdesk-backup.json"
DB_ENTRY = "sealdesk.db"
BLOB_RE = re.compile(r"^blobs/([0-9a-f]{2})/([0-9a-f]{64})$")
KEY_RE = re.compile(r"^keys/[A-Za-z0-9._-]{1,100}$")


def write_backup(
    destination: Path,
    *,
    copy_database: Callable[[Path], None],
    blobs: BlobStore,
    keys: Path,
    district_code: str,
    progress: Progress | None = None,
) -> Path:
    """Writes the backup .zip atomically; returns its path (".zip" is added if missing).

    ``copy_database(target)`` writes a consistent copy of the live database (SQLite's online
    backup API); ``keys`` is the workspace's key folder. The zip is written under a temporary
    name, readable by its owner only (it holds the signing key), and renamed when complete.
    """
    if destination.suffix.lower() != ".zip":
        destination = destination.with_name(destination.name + ".zip")
    folder = destination.parent
    if not folder.is_dir():
        raise WorkspaceError(
            QT_TRANSLATE_NOOP("Errors", "The folder {path} does not exist."), path=str(folder)
        )
    try:
        with tempfile.TemporaryDirectory() as scratch, atomic_writer(destination, 0o600) as out:
            snapshot = Path(scratch) / DB_ENTRY
            copy_database(snapshot)
            hashes = list(blobs.iter_hashes())
            total = snapshot.stat().st_size + sum(blobs.path_of(h).stat().st_size for h in hashes)
            done = 0
            with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, allowZip64=True) as archive:
                archive.writestr(
                    MANIFEST,
                    json.dumps(
                        {
                            "format": "sealdesk-backup",
                            "version": 1,
                            "app_version": __version__,
                            "district": district_code,
                            "blobs": len(hashes),
                        }
                    ),
                )
                archive.write(snapshot, DB_ENTRY)
                done += snapshot.stat().st_size
                for sha256 in hashes:
                    path = blobs.path_of(sha256)
                    archive.write(path, f"blobs/{sha256[:2]}/{sha256}", zipfile.ZIP_STORED)
                    done += path.stat().st_size
                    if progress is not None:
                        progress(done, total)
                if keys.is_dir():
                    for key in sorted(keys.iterdir()):
                        if key.is_file() and KEY_RE.match(f"keys/{key.name}"):
                            archive.write(key, f"keys/{key.name}")
    except OSError as error:
        raise WorkspaceError(
            QT_TRANSLATE_NOOP("Errors", "The backup {file} could not be written ({reason})."),
            file=str(destination),
            reason=error.strerror or str(error),
        ) from None
    return destination


def _bad_backup(path: Path, why: str) -> WorkspaceError:
    return WorkspaceError(
        QT_TRANSLATE_NOOP("Errors", "{file} is not a usable SealDesk backup: {why}."),
        file=str(path),
        why=why,
    )


def restore_backup(backup: Path, destination: Path) -> None:
    """Restores into ``destination``, which must not exist or be an empty folder."""
    if destination.exists() and (not destination.is_dir() or any(destination.iterdir())):
        raise WorkspaceError(
            QT_TRANSLATE_NOOP(
                "Errors", "Restore needs an empty folder; {path} already has files in it."
            ),
            path=str(destination),
        )
    try:
        archive = zipfile.ZipFile(backup)
    except (OSError, zipfile.BadZipFile) as error:
        raise _bad_backup(backup, str(error)) from None
    parent = destination.parent
    parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(dir=parent, prefix=".sealdesk-restore-"))
    try:
        with archive:
            names = archive.namelist()
            if MANIFEST not in names or DB_ENTRY not in names:
                raise _bad_backup(backup, "the manifest or the database is missing")
            if len(names) != len(set(names)):
                raise _bad_backup(backup, "an entry appears twice")
            manifest = json.loads(archive.read(MANIFEST))
            if manifest.get("format") != "sealdesk-backup":
                raise _bad_backup(backup, "unknown format")
            for info in archive.infolist():
                name = info.filename
                if name in (MANIFEST, DB_ENTRY):
                    target = staging / name
                else:
                    blob = BLOB_RE.match(name)
                    if not (blob and blob.group(1) == blob.group(2)[:2]) and not KEY_RE.match(name):
                        raise _bad_backup(backup, f"unexpected entry {name!r}")
                    target = staging.joinpath(*name.split("/"))
                target.parent.mkdir(parents=True, exist_ok=True)
                digest = hashlib.sha256()
                with archive.open(info) as source, open(target, "wb") as out:
                    while chunk := source.read(CHUNK):
                        digest.update(chunk)
                        out.write(chunk)
                blob = BLOB_RE.match(name)
                if blob and digest.hexdigest() != blob.group(2):
                    raise _bad_backup(backup, f"evidence file {blob.group(2)[:12]} is damaged")
            (staging / MANIFEST).unlink()
            (staging / "blobs").mkdir(exist_ok=True)
        if destination.exists():
            destination.rmdir()
        os.replace(staging, destination)
    except (OSError, zipfile.BadZipFile, ValueError) as error:
        shutil.rmtree(staging, ignore_errors=True)
        raise _bad_backup(backup, str(error)) from None
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
