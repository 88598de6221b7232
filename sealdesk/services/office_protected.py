"""Protected evidence at the coordinating office (issue 18): indexed at intake by neutral name
only, opened by a reader with their passphrase, every opening in the access log.

A bundle carries each protected file as ``data/evidence/protected/p-NNN.age`` (age X25519
ciphertext of the original bytes) and one encrypted index ``index.json.age`` ({neutral name:
{name, title, media_type, sha256, size}}); both are kept as blobs exactly as they came (the
ciphertext: nothing is decrypted at intake, the office database never holds an original name
or title). Opening decrypts to memory; ``extract_protected`` writes one file (0600) where the
reader asks; the app's viewer uses ``private_copy``, a file in a private temporary folder that
is erased when the viewer closes. Each opening is a row of ``office_access`` (who, when, which
file, by neutral name) and an audit row, written before the bytes are handed over.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path, PurePosixPath
from typing import Any

import pyrage
from sqlalchemy import select

from sealdesk.errors import QT_TRANSLATE_NOOP, InputError, WorkspaceError
from sealdesk.events import ProtectedAccessed
from sealdesk.fsutil import atomic_write_bytes, check_output, read_regular_bytes
from sealdesk.services.core import WorkspaceCore, now
from sealdesk.services.office import require_office
from sealdesk.services.office_readers import unlock_identity
from sealdesk.store.blobs import MAX_BLOB_BYTES
from sealdesk.store.erase import erase_tree
from sealdesk.store.office_models import OfficeAccess, OfficeBundle, OfficeProtectedFile

INDEX_NAME = "index.json.age"
MAX_INDEX_BYTES = 16 * 1024 * 1024
VIEW_PREFIX = "sealdesk-view-"
"""The private temporary folders of the viewer (erased after viewing, and by purge)."""
VIEWABLE_SUFFIXES = frozenset(
    ".pdf .txt .csv .jpg .jpeg .png .gif .bmp .tif .tiff .webp .heic "
    ".doc .docx .xls .xlsx .ppt .pptx .odt .ods .odp .rtf".split()
)
"""The extensions a viewer's copy may keep: the original name comes from the district's
encrypted index, and "Open in another program" would run a program (.exe, .bat, .lnk...) or, on
Windows, follow a backslash out of the folder; any other extension is dropped."""


@dataclass(frozen=True, slots=True)
class ProtectedFile:
    """A protected file as the office knows it without a key: neutral name, ciphertext."""

    bundle_id: str
    district_code: str
    round_be: int
    received_at: datetime
    neutral_name: str
    sha256: str  # of the ciphertext
    size: int
    benchmarks: tuple[str, ...]
    recipients: tuple[str, ...]  # the readers' names it was encrypted to
    purged_at: datetime | None
    readable_by: tuple[str, ...] = ()  # this office's readers whose key it was encrypted to


@dataclass(frozen=True, slots=True)
class OpenedFile:
    """A protected file decrypted (in memory): what the index says of it, and its bytes."""

    neutral_name: str
    name: str
    title: str
    media_type: str
    data: bytes


@dataclass(frozen=True, slots=True)
class AccessEntry:
    at: datetime
    reader: str
    actor: str
    action: str
    bundle_id: str
    district_code: str
    neutral_name: str
    sha256: str


# --- intake ---------------------------------------------------------------------------------


def index_protected(
    session: Any,
    bundle_row_id: int,
    doc: dict[str, Any],
    protected: dict[str, tuple[str, int]],
) -> int:
    """Indexes a received bundle's protected files by neutral name (in intake's transaction);
    returns how many."""
    index = next((sha for n, (sha, _) in protected.items() if n.endswith("/" + INDEX_NAME)), "")
    listed = {str(e.get("path", "")): e for e in doc.get("evidence", []) if e.get("protected")}
    recipients = [
        {"name": str(r.get("name", "")), "recipient": str(r.get("recipient", ""))}
        for r in doc.get("protected_for", [])
        if isinstance(r, dict)
    ]
    count = 0
    for path, (sha, size) in sorted(protected.items()):
        neutral = PurePosixPath(path).name
        if neutral == INDEX_NAME:
            continue
        entry = listed.get(path, {})
        session.add(
            OfficeProtectedFile(
                bundle_row_id=bundle_row_id,
                neutral_name=neutral,
                sha256=sha,
                size=size,
                index_sha256=index,
                benchmarks=json.dumps(list(entry.get("benchmarks", [])), ensure_ascii=False),
                recipients=json.dumps(recipients, ensure_ascii=False),
            )
        )
        count += 1
    return count


# --- listing ----------------------------------------------------------------------------------


def protected_files(
    ws: WorkspaceCore,
    bundle_id: str | None = None,
    district_code: str | None = None,
    include_purged: bool = False,
) -> tuple[ProtectedFile, ...]:
    """The protected files the office holds (neutral names only; no key needed)."""
    require_office(ws)
    query = select(OfficeProtectedFile, OfficeBundle).join(
        OfficeBundle, OfficeBundle.id == OfficeProtectedFile.bundle_row_id
    )
    if bundle_id is not None:
        query = query.where(OfficeBundle.bundle_id == bundle_id)
    if district_code is not None:
        query = query.where(OfficeBundle.district_code == district_code)
    if not include_purged:
        query = query.where(OfficeProtectedFile.purged_at.is_(None))
    query = query.order_by(OfficeBundle.district_code, OfficeBundle.id, OfficeProtectedFile.id)
    from sealdesk.services.office_readers import readers

    mine = {r.recipient: r.name for r in readers(ws)}
    with ws._sessions() as session:
        return tuple(
            ProtectedFile(
                bundle_id=b.bundle_id,
                district_code=b.district_code,
                round_be=b.round_be,
                received_at=b.received_at,
                neutral_name=p.neutral_name,
                sha256=p.sha256,
                size=p.size,
                benchmarks=tuple(json.loads(p.benchmarks or "[]")),
                recipients=tuple(_names(p.recipients)),
                purged_at=p.purged_at,
                readable_by=tuple(mine[k] for k in _keys(p.recipients) if k in mine),
            )
            for p, b in session.execute(query).all()
        )


def _recipients(text: str | None) -> list[dict[str, str]]:
    items = json.loads(text or "[]")
    return [i for i in items if isinstance(i, dict)] if isinstance(items, list) else []


def _names(text: str | None) -> list[str]:
    return [str(i.get("name", "")) for i in _recipients(text)]


def _keys(text: str | None) -> list[str]:
    return [str(i.get("recipient", "")) for i in _recipients(text)]


def access_log(ws: WorkspaceCore) -> tuple[AccessEntry, ...]:
    """Every opening of protected evidence, oldest first."""
    require_office(ws)
    with ws._sessions() as session:
        rows = session.scalars(select(OfficeAccess).order_by(OfficeAccess.id)).all()
        return tuple(
            AccessEntry(
                r.at, r.reader, r.actor, r.action, r.bundle_id, r.district_code,
                r.neutral_name, r.sha256,
            )
            for r in rows
        )  # fmt: skip


# --- opening ----------------------------------------------------------------------------------


def _not_held(bundle_id: str, neutral_name: str) -> InputError:
    return InputError(
        QT_TRANSLATE_NOOP(
            "Errors", "The office holds no protected file {file} in bundle {bundle_id}."
        ),
        file=neutral_name,
        bundle_id=bundle_id,
    )


def _row(ws: WorkspaceCore, bundle_id: str, neutral_name: str) -> tuple[OfficeProtectedFile, str]:
    with ws._sessions() as session:
        found = session.execute(
            select(OfficeProtectedFile, OfficeBundle)
            .join(OfficeBundle, OfficeBundle.id == OfficeProtectedFile.bundle_row_id)
            .where(
                OfficeBundle.bundle_id == bundle_id,
                OfficeProtectedFile.neutral_name == neutral_name,
            )
        ).first()
    if found is None:
        raise _not_held(bundle_id, neutral_name)
    row, bundle = found
    if row.purged_at is not None:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Errors", "The protected file {file} was erased on {date} (retention ended)."
            ),
            file=neutral_name,
            date=row.purged_at.date().isoformat(),
        )
    return row, bundle.district_code


def _decrypt(ws: WorkspaceCore, sha256: str, identity: Any, reader: str, limit: int) -> bytes:
    with ws.blobs.open_blob(sha256) as handle:
        data = handle.read(limit + 1)
    if len(data) > limit:
        raise WorkspaceError(
            QT_TRANSLATE_NOOP("Errors", "The protected file is too large to open.")
        )
    try:
        return pyrage.decrypt(data, [identity])
    except pyrage.DecryptError:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "This file was not encrypted for the reader {name}; ask a reader it was "
                "encrypted for.",
            ),
            name=reader,
        ) from None


def _log(
    ws: WorkspaceCore,
    reader: str,
    action: str,
    bundle_id: str,
    district_code: str,
    neutral_name: str,
    sha256: str,
) -> None:
    """The access log's row and an audit row, committed before anything is handed over."""
    with ws._transaction() as session:
        session.add(
            OfficeAccess(
                at=now(),
                reader=reader,
                actor=ws.actor,
                action=action,
                bundle_id=bundle_id,
                district_code=district_code,
                neutral_name=neutral_name,
                sha256=sha256,
            )
        )
        ws._audit(
            session,
            "office.protected." + action,
            "office_protected",
            f"{bundle_id}/{neutral_name}",
            None,
            {"reader": reader, "sha256": sha256},
        )
        ws._announce(session, ProtectedAccessed(bundle_id))


def _index(data: bytes) -> dict[str, dict[str, Any]]:
    try:
        index = json.loads(data.decode("utf-8"))
    except (ValueError, UnicodeDecodeError):
        index = None
    if not isinstance(index, dict):
        raise WorkspaceError(
            QT_TRANSLATE_NOOP("Errors", "The bundle's index of protected files is damaged.")
        )
    return {str(k): v for k, v in index.items() if isinstance(v, dict)}


def protected_titles(
    ws: WorkspaceCore, bundle_id: str, reader: str, passphrase: str
) -> dict[str, dict[str, Any]]:
    """The decrypted index of a bundle's protected files ({neutral name: {name, title,
    media_type, sha256, size}}); reading it is logged (action ``index``)."""
    files = protected_files(ws, bundle_id=bundle_id)
    if not files:
        raise _not_held(bundle_id, INDEX_NAME)
    row, district = _row(ws, bundle_id, files[0].neutral_name)
    name, identity = unlock_identity(ws, reader, passphrase)
    data = _decrypt(ws, row.index_sha256, identity, name, MAX_INDEX_BYTES)
    _log(ws, name, "index", bundle_id, district, INDEX_NAME, row.index_sha256)
    return _index(data)


def open_protected(
    ws: WorkspaceCore,
    bundle_id: str,
    neutral_name: str,
    reader: str,
    passphrase: str,
    action: str = "view",
) -> OpenedFile:
    """Decrypts one protected file to memory, checks it against the encrypted index's SHA-256,
    and logs the opening (who, when, which file) before returning it."""
    require_office(ws)
    row, district = _row(ws, bundle_id, neutral_name)
    name, identity = unlock_identity(ws, reader, passphrase)
    meta: dict[str, Any] = {}
    if row.index_sha256:
        meta = _index(_decrypt(ws, row.index_sha256, identity, name, MAX_INDEX_BYTES)).get(
            neutral_name, {}
        )
    data = _decrypt(ws, row.sha256, identity, name, MAX_BLOB_BYTES)
    expected = str(meta.get("sha256", ""))
    if expected and hashlib.sha256(data).hexdigest() != expected:
        raise WorkspaceError(
            QT_TRANSLATE_NOOP(
                "Errors", "The protected file {file} does not match its index; it is damaged."
            ),
            file=neutral_name,
        )
    _log(ws, name, action, bundle_id, district, neutral_name, row.sha256)
    return OpenedFile(
        neutral_name=neutral_name,
        name=str(meta.get("name", neutral_name)),
        title=str(meta.get("title", "")),
        media_type=str(meta.get("media_type", "application/octet-stream")),
        data=data,
    )


def extract_protected(
    ws: WorkspaceCore,
    bundle_id: str,
    neutral_name: str,
    reader: str,
    passphrase: str,
    out: Path,
    overwrite: bool = False,
) -> OpenedFile:
    """Writes one protected file decrypted to ``out`` (readable by its owner only, never into
    the workspace); logged as ``extract``."""
    out = check_output(Path(out), overwrite, not_inside=[Path(ws.path)])
    opened = open_protected(ws, bundle_id, neutral_name, reader, passphrase, action="extract")
    atomic_write_bytes(out, opened.data, mode=0o600)
    return opened


def open_age_file(
    ws: WorkspaceCore, path: Path, reader: str, passphrase: str, out: Path, overwrite: bool = False
) -> int:
    """Decrypts any file encrypted with ``age`` to the office's recipients (say by ``age -r``,
    outside SealDesk) to ``out`` (0600); logged as ``file`` with the ciphertext's SHA-256.
    Returns the size written."""
    require_office(ws)
    out = check_output(Path(out), overwrite, not_inside=[Path(ws.path)])
    data = read_regular_bytes(Path(path), MAX_BLOB_BYTES)
    name, identity = unlock_identity(ws, reader, passphrase)
    try:
        plain = pyrage.decrypt(data, [identity])
    except pyrage.DecryptError:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "This file was not encrypted for the reader {name}; ask a reader it was "
                "encrypted for.",
            ),
            name=name,
        ) from None
    sha = hashlib.sha256(data).hexdigest()
    # by its SHA-256 only: the file's own name may name someone
    _log(ws, name, "file", "", "", "-", sha)
    atomic_write_bytes(out, plain, mode=0o600)
    return len(plain)


@contextlib.contextmanager
def private_copy(opened: OpenedFile) -> Iterator[Path]:
    """The decrypted file in a private temporary folder (0700, the file 0600), named by its
    neutral name with the original's extension (so no original name reaches the system's
    lists of recent files); erased (overwritten, removed) when the block ends."""
    folder = Path(tempfile.mkdtemp(prefix=VIEW_PREFIX))
    try:
        suffix = PurePosixPath(opened.name).suffix
        suffix = suffix if suffix.lower() in VIEWABLE_SUFFIXES else ""
        target = folder / (PurePosixPath(opened.neutral_name).stem + suffix)
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as handle:
            handle.write(opened.data)
        yield target
    finally:
        erase_tree(folder)


def sweep_view_folders() -> int:
    """Erases viewer folders a crashed app left in the temporary folder; returns how many."""
    count = 0
    for folder in Path(tempfile.gettempdir()).glob(VIEW_PREFIX + "*"):
        try:
            info = folder.lstat()
        except OSError:
            continue
        mine = not hasattr(os, "getuid") or info.st_uid == os.getuid()
        if mine and folder.is_dir() and not folder.is_symlink():
            erase_tree(folder)
            count += 1
    return count


__all__ = [
    "AccessEntry",
    "OpenedFile",
    "ProtectedFile",
    "access_log",
    "extract_protected",
    "index_protected",
    "open_age_file",
    "open_protected",
    "private_copy",
    "protected_files",
    "protected_titles",
    "sweep_view_folders",
]
