"""Restoring a backup (written by services/backup.py) into an empty or new folder.

Nothing is written until the zip's directory has passed the same kind of checks as ``sealdesk
verify`` applies to a bundle (``bundle.archive.Limits``): entry count, declared sizes,
compression ratio, names (only the backup's own: the manifest, the database, blobs under their
hash, key files, the office's refused files under their hash), no links or special files, no
encryption, no compression but stored or deflated, no overlapping entries, and enough free
space. The manifest is read with a size bound and checked for its shape.

Entries are unpacked into a private, locked ``.sealdesk-restore-*`` folder beside the target
(mode 0700; key files 0600 in a 0700 ``keys`` folder), every blob hashed while it is written.
The restored workspace is then opened and checked there (``check_workspace``), and only then
renamed into place: a failed restore leaves the target as it was, and what a killed one left is
removed at the start of the next restore into the same folder. Evidence the backup itself
lists as left out (damaged at backup time) is reported, not restored; a blob damaged *in the
backup file* stops the restore unless ``partial`` is asked for, which restores the rest. A
refused file of the office's quarantine that does not hash to its name is not restored (the
office still lists it from the database; it is not evidence).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import stat
import struct
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sealdesk.bundle.archive import DEFAULT_LIMITS, Limits
from sealdesk.domain.assessment import Problem
from sealdesk.domain.backup import RestoreReport
from sealdesk.errors import QT_TRANSLATE_NOOP, SealDeskError, WorkspaceError, render_message
from sealdesk.fsutil import CHUNK, LOCK_NAME, claim_folder, fsync_dir, sweep_leftovers
from sealdesk.progress import Progress
from sealdesk.services.backup import (
    DB_ENTRY,
    FORMAT,
    KEY_RE_TEXT,
    MANIFEST,
    MAX_KEY_BYTES,
    MAX_KEYS,
    QUARANTINE_RE_TEXT,
)
from sealdesk.services.personal_data import opened_backup

BLOB_RE = re.compile(r"^blobs/([0-9a-f]{2})/([0-9a-f]{64})$")
KEY_RE = re.compile(KEY_RE_TEXT)
QUARANTINE_RE = re.compile(QUARANTINE_RE_TEXT)
"""The coordinating office's refused files (services/office_quarantine.py), named by SHA-256."""
FOLDER_ENTRIES = re.compile(r"^(blobs/|blobs/[0-9a-f]{2}/|keys/|quarantine/)$")
MAX_MANIFEST_BYTES = 16 * 1024 * 1024
STAGING_PREFIX = ".sealdesk-restore-"
READ_ERRORS = (
    zipfile.BadZipFile,
    zlib.error,
    EOFError,
    ValueError,
    struct.error,
    NotImplementedError,
    RuntimeError,  # an encrypted entry
)

CheckWorkspace = Callable[[Path], tuple[str, list[Problem]]]
"""Opens the workspace in a folder (migrating it) and checks it: (district code, problems)."""


class UnusableBackupError(WorkspaceError):
    """A backup that cannot be restored; the reason is a translated clause of its own."""

    def __init__(self, file: Path, reason: str, **params: Any) -> None:
        self.reason = reason
        self.reason_params = params
        super().__init__(
            QT_TRANSLATE_NOOP("Errors", "{file} is not a usable SealDesk backup: {why}."),
            file=str(file),
            why=reason.format(**params),
        )

    def render(self, translate: Any = None) -> str:
        why = render_message(self.context, self.reason, self.reason_params, translate)
        return render_message(self.context, self.template, {**self.params, "why": why}, translate)


def _shown(name: str) -> str:
    """An entry name as it may be shown: control characters escaped, at most 120 characters."""
    return ascii(name[:120])[1:-1]


def restore_backup(
    backup: Path,
    destination: Path,
    check_workspace: CheckWorkspace,
    *,
    partial: bool = False,
    limits: Limits = DEFAULT_LIMITS,
    progress: Progress | None = None,
    passphrase: str | None = None,
) -> RestoreReport:
    """Restores into ``destination``, which must not exist or be an empty folder.
    ``progress(done, total)`` is called after each entry (bytes); a ``Cancelled`` it raises
    stops the restore and leaves the target as it was. An encrypted backup (issue 18) needs
    its ``passphrase``; a wrong one is one sentence, and nothing is written."""
    destination = Path(os.path.abspath(destination))
    _check_target(destination)
    parent = destination.parent
    try:
        parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise WorkspaceError(
            QT_TRANSLATE_NOOP("Errors", "The folder {path} cannot be created ({reason})."),
            path=str(parent),
            reason=error.strerror or str(error),
        ) from None
    sweep_leftovers(parent, STAGING_PREFIX)
    with opened_backup(backup, passphrase, limits.max_total_bytes) as handle:
        try:
            archive = zipfile.ZipFile(handle)
        except (OSError, *READ_ERRORS):
            raise UnusableBackupError(
                backup, QT_TRANSLATE_NOOP("Errors", "it is not a zip file, or the zip is damaged")
            ) from None
        with archive:
            plan = _check_directory(backup, archive, limits)
            manifest = _read_manifest(backup, archive, plan[MANIFEST])
            _check_space(parent, archive)
            try:
                with claim_folder(parent, STAGING_PREFIX) as staging:
                    blobs = _unpack(backup, archive, plan, manifest, staging, partial, progress)
                    (staging / "blobs").mkdir(exist_ok=True)
                    district, problems = _opened(backup, staging, check_workspace)
                    _put_in_place(staging, destination)
            except OSError as error:
                raise WorkspaceError(
                    QT_TRANSLATE_NOOP(
                        "Errors", "The backup could not be restored into {path} ({reason})."
                    ),
                    path=str(destination),
                    reason=error.strerror or str(error),
                ) from None
    return RestoreReport(destination, district, blobs, tuple(problems))


def _check_target(destination: Path) -> None:
    try:
        info = os.lstat(destination)
    except FileNotFoundError:
        return
    except OSError as error:
        raise WorkspaceError(
            QT_TRANSLATE_NOOP("Errors", "The folder {path} cannot be created ({reason})."),
            path=str(destination),
            reason=error.strerror or str(error),
        ) from None
    if not stat.S_ISDIR(info.st_mode) or any(os.scandir(destination)):
        raise WorkspaceError(
            QT_TRANSLATE_NOOP(
                "Errors", "Restore needs an empty folder; {path} already has files in it."
            ),
            path=str(destination),
        )


def _is_link_or_special(info: zipfile.ZipInfo) -> bool:
    """As bundle.archive: a Unix mode that is not a file or folder, or Windows' reparse-point
    or device attribute."""
    mode = (info.external_attr >> 16) & 0xFFFF
    if info.create_system == 3 and mode and (mode & 0o170000) not in (0o100000, 0o040000, 0):
        return True
    return bool(info.external_attr & (0x400 | 0x40))


def _check_directory(
    backup: Path, archive: zipfile.ZipFile, limits: Limits
) -> dict[str, zipfile.ZipInfo]:
    """Every check that needs only the zip's directory; returns the entries to unpack."""
    infos = archive.infolist()
    if len(infos) > limits.max_entries:
        raise UnusableBackupError(
            backup,
            QT_TRANSLATE_NOOP("Errors", "it has {count} entries, more than the limit of {limit}"),
            count=len(infos),
            limit=limits.max_entries,
        )
    plan: dict[str, zipfile.ZipInfo] = {}
    total = keys = 0
    for info in infos:
        name = info.orig_filename
        if FOLDER_ENTRIES.match(name) and info.file_size == 0:
            continue
        blob = BLOB_RE.match(name)
        is_key = bool(KEY_RE.match(name))
        if name not in (MANIFEST, DB_ENTRY) and not is_key and not QUARANTINE_RE.match(name):
            if not (blob and blob.group(1) == blob.group(2)[:2]):
                raise UnusableBackupError(
                    backup,
                    QT_TRANSLATE_NOOP("Errors", "it holds an unexpected entry {name}"),
                    name=_shown(name),
                )
        if name in plan:
            raise UnusableBackupError(
                backup, QT_TRANSLATE_NOOP("Errors", "the entry {name} appears twice"), name=name
            )
        plan[name] = info
        why = _entry_problem(info, limits)
        if why is None and is_key:
            keys += 1
            if keys > MAX_KEYS or info.file_size > MAX_KEY_BYTES:
                why = QT_TRANSLATE_NOOP("Errors", "the entry {name} is too large or too many")
        if why is None and name == MANIFEST and info.file_size > MAX_MANIFEST_BYTES:
            why = QT_TRANSLATE_NOOP("Errors", "the entry {name} is too large or too many")
        if why is not None:
            raise UnusableBackupError(backup, why, name=name)
        total += info.file_size
        if total > limits.max_total_bytes:
            raise UnusableBackupError(
                backup,
                QT_TRANSLATE_NOOP(
                    "Errors", "it unpacks to more than {limit} bytes, the most allowed"
                ),
                limit=limits.max_total_bytes,
            )
    if MANIFEST not in plan or DB_ENTRY not in plan:
        raise UnusableBackupError(
            backup, QT_TRANSLATE_NOOP("Errors", "the manifest or the database is missing")
        )
    # entries must not overlap (the "overlapping files" zip bomb) nor run into the directory
    end_of_entries = getattr(archive, "start_dir", None)
    spans = sorted(infos, key=lambda i: i.header_offset)
    for info, after in zip(spans, [*spans[1:], None], strict=True):
        end = info.header_offset + 30 + len(info.orig_filename.encode("utf-8"))
        end += info.compress_size
        limit = after.header_offset if after is not None else end_of_entries
        if limit is not None and end > limit:
            raise UnusableBackupError(
                backup,
                QT_TRANSLATE_NOOP("Errors", "the entry {name} is malformed"),
                name=info.orig_filename,
            )
    return plan


def _entry_problem(info: zipfile.ZipInfo, limits: Limits) -> str | None:
    if _is_link_or_special(info):
        return QT_TRANSLATE_NOOP("Errors", "the entry {name} is a link or a special file")
    if info.flag_bits & 0x1:
        return QT_TRANSLATE_NOOP("Errors", "the entry {name} is encrypted")
    if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
        return QT_TRANSLATE_NOOP("Errors", "the entry {name} uses an unknown compression")
    if info.compress_type == zipfile.ZIP_STORED and info.compress_size != info.file_size:
        return QT_TRANSLATE_NOOP("Errors", "the entry {name} is malformed")
    if info.file_size >= limits.ratio_floor:
        if info.file_size // max(info.compress_size, 1) > limits.max_ratio:
            return QT_TRANSLATE_NOOP("Errors", "the entry {name} expands like a zip bomb")
    return None


def _read_manifest(backup: Path, archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> set[str]:
    """Checks the manifest's shape; returns the blobs it lists as left out (damaged when the
    backup was made)."""
    bad = QT_TRANSLATE_NOOP("Errors", "its manifest is not a SealDesk backup manifest")
    try:
        with archive.open(info) as source:
            data = source.read(MAX_MANIFEST_BYTES + 1)
        manifest = json.loads(data.decode("utf-8"))
    except (OSError, RecursionError, UnicodeDecodeError, *READ_ERRORS):
        raise UnusableBackupError(backup, bad) from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise UnusableBackupError(backup, bad)
    version = manifest.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise UnusableBackupError(backup, bad)
    if version > 2:
        raise UnusableBackupError(
            backup,
            QT_TRANSLATE_NOOP("Errors", "it was made by a newer SealDesk (format {version})"),
            version=version,
        )
    left_out = manifest.get("left_out", [])
    if not isinstance(left_out, list) or not all(
        isinstance(e, dict) and isinstance(e.get("sha256"), str) for e in left_out
    ):
        raise UnusableBackupError(backup, bad)
    return {entry["sha256"] for entry in left_out}


def _check_space(parent: Path, archive: zipfile.ZipFile) -> None:
    needed = sum(info.file_size for info in archive.infolist())
    try:
        free = shutil.disk_usage(parent).free
    except OSError:
        return
    if needed > free:
        raise WorkspaceError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "There is not enough free space in {path} to restore the backup "
                "({needed} bytes needed, {free} free).",
            ),
            path=str(parent),
            needed=needed,
            free=free,
        )


def _unpack(
    backup: Path,
    archive: zipfile.ZipFile,
    plan: dict[str, zipfile.ZipInfo],
    left_out: set[str],
    staging: Path,
    partial: bool,
    progress: Progress | None = None,
) -> int:
    """Writes every entry into ``staging``; returns how many blobs were restored."""
    restored = 0
    total = sum(info.file_size for info in plan.values())
    done = 0
    for name, info in plan.items():
        done += info.file_size
        if progress is not None:
            progress(done - info.file_size, total)
        if name == MANIFEST:
            continue
        blob = BLOB_RE.match(name)
        refused = QUARANTINE_RE.match(name)
        if blob and blob.group(2) in left_out:
            continue  # damaged when the backup was made: reported by the check, not restored
        parts = name.split("/")
        folder = staging.joinpath(*parts[:-1])
        folder.mkdir(mode=0o700 if parts[0] == "keys" else 0o755, parents=True, exist_ok=True)
        target = folder / parts[-1]
        mode = 0o600 if parts[0] == "keys" else 0o644
        digest = hashlib.sha256()
        fd = os.open(
            target, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), mode
        )
        try:
            with os.fdopen(fd, "wb") as out, archive.open(info) as source:
                while chunk := source.read(CHUNK):
                    digest.update(chunk)
                    out.write(chunk)
                out.flush()
                os.fsync(out.fileno())
            named = blob.group(2) if blob else refused.group(1) if refused else None
            intact = named is None or digest.hexdigest() == named
        except READ_ERRORS:
            intact = False
        if intact:
            restored += blob is not None
            continue
        target.unlink(missing_ok=True)
        if refused:
            continue  # a damaged refused file: the office still lists it (from the database)
        if blob is None:
            raise UnusableBackupError(
                backup, QT_TRANSLATE_NOOP("Errors", "the entry {name} is damaged"), name=name
            )
        if not partial:
            raise UnusableBackupError(
                backup,
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "evidence file {sha} in it is damaged (--partial restores everything else)",
                ),
                sha=blob.group(2)[:12],
            )
    for folder in (staging / "blobs", staging / "keys", staging / "quarantine", staging):
        if folder.is_dir():
            fsync_dir(folder)
    return restored


def _opened(
    backup: Path, staging: Path, check_workspace: CheckWorkspace
) -> tuple[str, list[Problem]]:
    """Opens and checks the restored workspace where it was unpacked (before it is put in
    place), so what restore reports is what ``check`` will say."""
    try:
        return check_workspace(staging)
    except SealDeskError as error:  # named the staging folder, which the user never gave
        if "newer SealDesk" in error.template:
            raise UnusableBackupError(
                backup, QT_TRANSLATE_NOOP("Errors", "it was made by a newer SealDesk")
            ) from None
        raise UnusableBackupError(
            backup, QT_TRANSLATE_NOOP("Errors", "its database is damaged and cannot be opened")
        ) from None
    except Exception:  # a damaged database: SQLite's errors, whatever their type
        raise UnusableBackupError(
            backup, QT_TRANSLATE_NOOP("Errors", "its database is damaged and cannot be opened")
        ) from None


def _put_in_place(staging: Path, destination: Path) -> None:
    """Renames the checked workspace into place in one step (over an empty folder, whose mode
    it takes), then removes the staging lock from it."""
    try:
        mode = stat.S_IMODE(os.stat(destination).st_mode)
    except FileNotFoundError:
        mode = None
    if mode is not None:
        os.chmod(staging, mode)
    try:
        os.replace(staging, destination)
    except OSError:
        if mode is None or os.name != "nt":
            raise
        os.rmdir(destination)  # Windows cannot rename over a folder
        os.replace(staging, destination)
    (destination / LOCK_NAME).unlink(missing_ok=True)
    fsync_dir(destination.parent)
