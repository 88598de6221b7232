"""The office's blob store: a verified bundle's evidence and checklist PDF streamed into it
(stored once however many districts sent the same file), the bundle itself placed as it came,
and the sweep of blobs no record points at (left by an intake killed before its commit).
Used by services/office_intake.py only."""

from __future__ import annotations

import contextlib
import errno
import json
import os
import struct
import tempfile
import zipfile
from pathlib import Path
from typing import Any

from sqlalchemy import select

from sealdesk.fsutil import CHUNK, fsync_dir
from sealdesk.inbox.lock import FolderLock
from sealdesk.progress import IsCancelled, check_cancelled
from sealdesk.services.core import WorkspaceCore
from sealdesk.store.blobs import TMP_PREFIX
from sealdesk.store.models import OfficeBundle, OfficeEvidenceRow

INTAKE_DIR = "intake"
STAGE_PREFIX = "receiving-"
MAX_SUBMISSION_BYTES = 64 * 1024 * 1024


class DiskFull(Exception):
    """The office workspace's disk is full: nothing was indexed, the original is untouched."""


def intake_lock(ws: WorkspaceCore) -> FolderLock:
    """One intake at a time per office workspace (the app, the CLI, the watcher)."""
    folder = Path(ws.path) / INTAKE_DIR
    folder.mkdir(exist_ok=True)
    return FolderLock(folder)


def store_payload(
    ws: WorkspaceCore, stage: Path, cancelled: IsCancelled | None
) -> tuple[dict[str, Any], str | None]:
    """Streams the evidence and the checklist PDF of the verified copy into the blob store;
    returns submission.json and the checklist's sha256."""
    with zipfile.ZipFile(stage) as zf:
        entries = {i.filename.split("/", 1)[1]: i for i in zf.infolist() if "/" in i.filename}
        manifest = _manifest(zf, entries)
        info = entries.get("data/submission.json")
        doc: dict[str, Any] = {}
        if info is not None:
            with zf.open(info) as f:
                doc = json.loads(f.read(MAX_SUBMISSION_BYTES))
        for e in doc.get("evidence", []):
            arc = str(e.get("path", ""))
            if arc in entries and arc in manifest:
                _put_entry(ws, zf, entries[arc], manifest[arc], cancelled)
        checklist = None
        arc = doc.get("checklist_pdf")
        if isinstance(arc, str) and arc in entries and arc in manifest:
            checklist = manifest[arc]
            _put_entry(ws, zf, entries[arc], checklist, cancelled)
    return doc, checklist


def _manifest(zf: zipfile.ZipFile, entries: dict[str, zipfile.ZipInfo]) -> dict[str, str]:
    with zf.open(entries["manifest-sha256.txt"]) as f:
        text = f.read(MAX_SUBMISSION_BYTES).decode("utf-8")
    result = {}
    for line in text.splitlines():
        digest, _, name = line.partition(" ")
        result[name.strip()] = digest.strip()
    return result


def _put_entry(
    ws: WorkspaceCore,
    zf: zipfile.ZipFile,
    info: zipfile.ZipInfo,
    sha256: str,
    cancelled: IsCancelled | None,
) -> None:
    """One payload file (already verified against its sha256) into the blob store, unless it
    is there already (stored once). A stored entry is copied by the kernel straight out of
    the zip; a deflated one is inflated through Python."""
    if ws.blobs.has(sha256):
        return
    fd, name = tempfile.mkstemp(dir=ws.blobs.tmp, prefix=TMP_PREFIX)
    tmp = Path(name)
    try:
        with os.fdopen(fd, "wb") as out:
            if info.compress_type == zipfile.ZIP_STORED:
                copy_range(
                    zf.fp.fileno(), out.fileno(), _data_offset(zf, info), info.file_size, cancelled
                )  # type: ignore[union-attr]
            else:
                with zf.open(info) as source:
                    while chunk := source.read(CHUNK):
                        check_cancelled(cancelled)
                        out.write(chunk)
                out.flush()
            if os.fstat(out.fileno()).st_size != info.file_size:
                raise OSError(errno.EIO, "a payload file changed after verification")
            os.fsync(out.fileno())
        place_blob(ws, tmp, sha256)
    except OSError as error:
        tmp.unlink(missing_ok=True)
        if error.errno in (errno.ENOSPC, errno.EDQUOT):
            raise DiskFull() from None
        raise
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _data_offset(zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> int:
    """Where a stored entry's bytes start: after its local header (checked by the verifier)."""
    header = os.pread(zf.fp.fileno(), 30, info.header_offset)  # type: ignore[union-attr]
    if len(header) != 30 or header[:4] != b"PK\x03\x04":
        raise OSError(errno.EIO, "a local header changed after verification")
    name_len, extra_len = struct.unpack("<HH", header[26:30])
    return info.header_offset + 30 + name_len + extra_len


def copy_range(src: int, dst: int, offset: int, count: int, cancelled: IsCancelled | None) -> None:
    """``count`` bytes of ``src`` from ``offset`` to the end of ``dst``, in the kernel when it
    can (copy_file_range, else sendfile), else through a buffer."""
    done = 0
    step = 64 * CHUNK
    while done < count:
        check_cancelled(cancelled)
        n = min(step, count - done)
        try:
            if hasattr(os, "copy_file_range"):
                moved = os.copy_file_range(src, dst, n, offset + done)
            else:
                moved = os.sendfile(dst, src, offset + done, n)
        except OSError as error:
            if error.errno not in (errno.EXDEV, errno.ENOSYS, errno.EINVAL, errno.EOPNOTSUPP):
                raise
            moved = os.write(dst, os.pread(src, n, offset + done))
        if moved == 0:
            raise OSError(errno.EIO, "the file ended early")
        done += moved


def place_blob(ws: WorkspaceCore, source: Path, sha256: str) -> None:
    final = ws.blobs.path_of(sha256)
    if final.is_file():
        source.unlink(missing_ok=True)
        return
    final.parent.mkdir(exist_ok=True)
    os.replace(source, final)
    fsync_dir(final.parent)


# --- orphans -----------------------------------------------------------------------


def referenced_blobs(ws: WorkspaceCore) -> set[str]:
    """Every blob an office record points at: the bundles, checklists and evidence."""
    with ws._sessions() as session:
        refs = set(session.scalars(select(OfficeBundle.sha256)))
        refs |= {s for s in session.scalars(select(OfficeBundle.checklist_sha256)) if s}
        refs |= set(session.scalars(select(OfficeEvidenceRow.sha256).distinct()))
    return refs


def sweep_orphans(ws: WorkspaceCore, locked: bool = False) -> int:
    """Removes what an interrupted intake left (staged copies, blobs no record points at);
    only under the intake lock, so a receive running in another process is never disturbed."""
    lock = None if locked else intake_lock(ws)
    if lock is not None and not lock.acquire():
        return 0
    try:
        removed = 0
        for leftover in (Path(ws.path) / INTAKE_DIR).glob(STAGE_PREFIX + "*"):
            with contextlib.suppress(OSError):
                leftover.unlink()
                removed += 1
        ws.blobs.discard_leftovers()
        survey = ws.blobs.survey()
        for sha256 in set(survey.blobs) - referenced_blobs(ws):
            with contextlib.suppress(OSError):
                ws.blobs.path_of(sha256).unlink()
                removed += 1
        return removed
    finally:
        if lock is not None:
            lock.release()
