"""The office's blob store: a verified bundle's evidence and checklist PDF streamed into it
(stored once however many districts sent the same file), the bundle itself placed as it came,
and the sweep of blobs no record points at (left by an intake killed before its commit).
Used by services/office_intake.py only."""

from __future__ import annotations

import contextlib
import errno
import hashlib
import json
import os
import struct
import tempfile
import zipfile
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from sqlalchemy import select

from sealdesk.fsutil import CHUNK, fsync_dir, open_regular
from sealdesk.progress import IsCancelled, check_cancelled
from sealdesk.services.core import WorkspaceCore
from sealdesk.store.blobs import TMP_PREFIX
from sealdesk.store.office_models import OfficeBundle, OfficeEvidenceRow, OfficeProtectedFile

if TYPE_CHECKING:
    from sealdesk.inbox.lock import FolderLock

INTAKE_DIR = "intake"
STAGE_PREFIX = "receiving-"
MAX_SUBMISSION_BYTES = 64 * 1024 * 1024
PROTECTED_PREFIX = "data/evidence/protected/"
"""Where a bundle carries its protected (age-encrypted) evidence and their index (issue 18)."""


class DiskFull(Exception):
    """The office workspace's disk is full: nothing was indexed, the original is untouched."""


def intake_lock(ws: WorkspaceCore) -> FolderLock:
    """One intake at a time per office workspace (the app, the CLI, the watcher)."""
    # Imported here: sealdesk.inbox loads watchdog and filelock, which ``check`` and the other
    # users of referenced_blobs never need.
    from sealdesk.inbox.lock import FolderLock

    folder = Path(ws.path) / INTAKE_DIR
    folder.mkdir(exist_ok=True)
    return FolderLock(folder)


class Changed(Exception):
    """The received file changed between its verification and its intake."""


def ingest(
    ws: WorkspaceCore, source: Path, bundle_sha256: str, cancelled: IsCancelled | None
) -> tuple[dict[str, Any], str | None, str, list[list[Any]], dict[str, tuple[str, int]]]:
    """Takes a verified bundle into the blob store in one pass over it, writing each byte once:
    the evidence and the checklist PDF as blobs (a file several districts sent is stored once),
    everything else of the zip as one "skeleton" blob. ``layout`` lists the pieces in order
    (["s", length] from the skeleton, ["b", sha256, length] a blob), so the file as received
    is rebuilt byte for byte (``write_received``). The whole pass is hashed: Changed unless it
    is the file the verifier checked. Returns (submission.json, checklist sha256, skeleton
    sha256, layout, {path under data/evidence/protected/: (sha256, size)})."""
    written: list[Path] = []
    try:
        with open_regular(source) as handle, zipfile.ZipFile(handle) as zf:
            fd = handle.fileno()
            total = os.fstat(fd).st_size
            entries = {i.filename.split("/", 1)[1]: i for i in zf.infolist() if "/" in i.filename}
            manifest = _manifest(zf, entries)
            info = entries.get("data/submission.json")
            doc: dict[str, Any] = {}
            if info is not None:
                with zf.open(info) as f:
                    doc = json.loads(f.read(MAX_SUBMISSION_BYTES))
            wanted = [str(e.get("path", "")) for e in doc.get("evidence", [])]
            # issue 18: the protected files and their encrypted index are blobs of their own,
            # so a purge erases them and leaves the rest of the bundle
            protected = {
                n: (manifest[n], entries[n].file_size)
                for n in entries
                if n.startswith(PROTECTED_PREFIX) and n in manifest
            }
            wanted.extend(protected)
            arc = doc.get("checklist_pdf")
            checklist = manifest.get(arc) if isinstance(arc, str) and arc in entries else None
            if checklist is not None:
                wanted.append(str(arc))
            ranges, deflated = [], []
            for name in dict.fromkeys(w for w in wanted if w in entries and w in manifest):
                entry = entries[name]
                if entry.compress_type == zipfile.ZIP_STORED and entry.file_size > 0:
                    ranges.append((_data_offset(zf, entry), entry.file_size, manifest[name]))
                else:
                    deflated.append((entry, manifest[name]))
            ranges.sort()
            digest = hashlib.sha256()
            layout: list[list[Any]] = []
            pending: list[tuple[Path, str]] = []
            sk_fd, sk_name = tempfile.mkstemp(dir=ws.blobs.tmp, prefix=TMP_PREFIX)
            skeleton = Path(sk_name)
            written.append(skeleton)
            sk_digest = hashlib.sha256()
            with os.fdopen(sk_fd, "wb") as sk:
                pos = 0
                for offset, size, sha in ranges:
                    if offset < pos:
                        raise Changed()
                    _pass(fd, pos, offset - pos, [digest, sk_digest], sk, cancelled)
                    layout.append(["s", offset - pos])
                    if ws.blobs.has(sha) or any(sha == p for _, p in pending):
                        _pass(fd, offset, size, [digest], None, cancelled)
                    else:
                        b_fd, b_name = tempfile.mkstemp(dir=ws.blobs.tmp, prefix=TMP_PREFIX)
                        written.append(Path(b_name))
                        with os.fdopen(b_fd, "wb") as out:
                            _pass(fd, offset, size, [digest], out, cancelled)
                            os.fsync(out.fileno())
                        pending.append((Path(b_name), sha))
                    layout.append(["b", sha, size])
                    pos = offset + size
                _pass(fd, pos, total - pos, [digest, sk_digest], sk, cancelled)
                layout.append(["s", total - pos])
                sk.flush()
                os.fsync(sk.fileno())
            if digest.hexdigest() != bundle_sha256:
                raise Changed()
            for entry, sha in deflated:
                _put_entry(ws, zf, entry, sha, cancelled)
        skeleton_sha = sk_digest.hexdigest()
        for tmp, sha in pending:
            place_blob(ws, tmp, sha)
        place_blob(ws, skeleton, skeleton_sha)
        return doc, checklist, skeleton_sha, layout, protected
    except OSError as error:
        if error.errno in (errno.ENOSPC, errno.EDQUOT):
            raise DiskFull() from None
        raise
    finally:
        for tmp in written:
            tmp.unlink(missing_ok=True)


def _pass(
    fd: int,
    offset: int,
    count: int,
    digests: list[Any],
    out: BinaryIO | None,
    cancelled: IsCancelled | None,
) -> None:
    """Reads ``count`` bytes of ``fd`` from ``offset``, hashing them, writing them to ``out``."""
    end = offset + count
    while offset < end:
        check_cancelled(cancelled)
        data = os.pread(fd, min(16 * CHUNK, end - offset), offset)
        if not data:
            raise Changed()
        for d in digests:
            d.update(data)
        if out is not None:
            out.write(data)
        offset += len(data)


def write_received(
    ws: WorkspaceCore, skeleton_sha: str, layout: list[list[Any]], out: BinaryIO
) -> str:
    """Writes the bundle as it was received to ``out``; returns its sha256."""
    digest = hashlib.sha256()
    with ws.blobs.open_blob(skeleton_sha) as skeleton:
        for piece in layout:
            if piece[0] == "s":
                left = int(piece[1])
                while left:
                    data = skeleton.read(min(16 * CHUNK, left))
                    if not data:
                        raise OSError(errno.EIO, "the stored bundle is incomplete")
                    digest.update(data)
                    out.write(data)
                    left -= len(data)
            else:
                with ws.blobs.open_blob(str(piece[1])) as blob:
                    while data := blob.read(16 * CHUNK):
                        digest.update(data)
                        out.write(data)
    return digest.hexdigest()


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
                digest = hashlib.sha256()
                with zf.open(info) as source:
                    while chunk := source.read(CHUNK):
                        check_cancelled(cancelled)
                        digest.update(chunk)
                        out.write(chunk)
                out.flush()
                if digest.hexdigest() != sha256:
                    raise Changed()
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
        refs = set(session.scalars(select(OfficeBundle.skeleton_sha256)))
        refs |= {s for s in session.scalars(select(OfficeBundle.checklist_sha256)) if s}
        refs |= set(session.scalars(select(OfficeEvidenceRow.sha256).distinct()))
        # issue 18: protected files and their indexes, until purged
        refs |= set(
            session.scalars(
                select(OfficeProtectedFile.sha256).where(OfficeProtectedFile.purged_at.is_(None))
            )
        )
        refs |= {
            s
            for s in session.scalars(
                select(OfficeProtectedFile.index_sha256).where(
                    OfficeProtectedFile.purged_at.is_(None)
                )
            )
            if s
        }
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
