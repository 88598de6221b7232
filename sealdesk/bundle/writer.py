"""The signed submission bundle: a serialized BagIt 1.0 bag in one .zip (docs/bundle-format.md).

``write_bundle`` takes plain data (a ``Submission`` and a ``BlobSource``); ``export_bundle``
gathers that from a ``Workspace`` and records the export. Each evidence byte is read once:
hashed (SHA-256, checked against its content address) and CRC'd while it is written into the
zip, in fixed-size chunks, so memory stays flat. A second thread hashes the finished part of the
zip as it grows, giving the bundle's own SHA-256 without reading it again at the end.

The zip is written under a hidden temporary name that does not end in .zip, in the destination
folder, fsynced and only then renamed: a cancelled, failed or killed export leaves no file that
looks like a bundle.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import os
import secrets
import threading
import uuid
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any, BinaryIO

from sealdesk import __version__
from sealdesk.bundle import keys as keymod
from sealdesk.bundle.errors import (
    ExportBlockedError,
    ExportCancelledError,
    ExportFailedError,
)
from sealdesk.bundle.minisign import group_hex
from sealdesk.bundle.names import NameAllocator
from sealdesk.bundle.submission import (
    BlobSource,
    DirectoryBlobs,
    Submission,
    encode_document,
    submission_document,
)
from sealdesk.domain.status import Status
from sealdesk.errors import QT_TRANSLATE_NOOP, render_message

CHUNK = 1 << 20
LARGE_FILE = 100 * 1024 * 1024
SIGNATURE_NAME = "tagmanifest-sha256.txt.minisig"
SEAL_MAGIC = "SealDesk-Seal/1"
SEAL_CONTEXT = b"SealDesk container seal v1\x00"
# Formats that are already compressed: deflating them again costs time and saves nothing.
STORED_EXTENSIONS = frozenset(
    "pdf jpg jpeg png gif webp heic heif avif jp2 zip 7z rar gz tgz bz2 xz zst docx xlsx pptx "
    "docm xlsm odt ods odp epub mp3 mp4 m4a m4v mov avi mkv webm ogg oga opus aac flac wma wmv "
    "3gp".split()
)
REGULAR_FILE_ATTR = (0o100644 & 0xFFFF) << 16
ZIP_SYSTEM_UNIX = 3

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


# --- pre-flight -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Finding:
    """One line of the pre-flight list; ``template`` is marked for translation (context Bundle)."""

    kind: str
    subject: str
    template: str
    params: dict[str, Any] = field(default_factory=dict)

    context = "Bundle"

    def english(self) -> str:
        return self.template.format(**self.params)

    def render(self, translate: Any = None) -> str:
        return render_message(self.context, self.template, self.params, translate)

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "subject": self.subject, "message": self.english()}


@dataclass(frozen=True, slots=True)
class Preflight:
    blockers: tuple[Finding, ...]
    warnings: tuple[Finding, ...]

    @property
    def ok(self) -> bool:
        return not self.blockers


def preflight(
    sub: Submission,
    blobs: BlobSource,
    *,
    has_signing_key: bool,
    today: date | None = None,
    large_file: int = LARGE_FILE,
) -> Preflight:
    """Everything that would stop or weaken an export, found before a byte is written.

    Blob corruption that only hashing can reveal is caught while streaming (the bytes are read
    once): the export then stops with the same kind of list and leaves nothing behind.
    """
    today = today or date.today()
    blockers: list[Finding] = []
    warnings: list[Finding] = []
    if not has_signing_key:
        blockers.append(
            Finding(
                "no-signing-key",
                "",
                QT_TRANSLATE_NOOP("Bundle", "There is no signing key; create one first."),
            )
        )
    for bm in sub.catalog.benchmarks():
        a = sub.assessments.get(bm.code)
        if a is None:
            continue
        if a.status == Status.MET and not sub.evidence_for(bm.code):
            blockers.append(
                Finding(
                    "met-without-evidence",
                    bm.code,
                    QT_TRANSLATE_NOOP(
                        "Bundle", "Benchmark {code} is marked met but has no evidence."
                    ),
                    {"code": bm.code},
                )
            )
        if a.status == Status.NOT_APPLICABLE and not a.justification.strip():
            blockers.append(
                Finding(
                    "not-applicable-without-justification",
                    bm.code,
                    QT_TRANSLATE_NOOP(
                        "Bundle",
                        "Benchmark {code} is marked not applicable without a justification.",
                    ),
                    {"code": bm.code},
                )
            )
    for e in sub.evidence:
        if not e.links:
            warnings.append(
                Finding(
                    "evidence-unlinked",
                    e.sha256,
                    QT_TRANSLATE_NOOP(
                        "Bundle", "Evidence {name} is linked to no benchmark and is left out."
                    ),
                    {"name": e.original_name},
                )
            )
            continue
        size = blobs.size(e.sha256)
        if size is None:
            blockers.append(
                Finding(
                    "blob-missing",
                    e.sha256,
                    QT_TRANSLATE_NOOP("Bundle", "The stored file of evidence {name} is missing."),
                    {"name": e.original_name},
                )
            )
        elif size != e.size:
            blockers.append(
                Finding(
                    "blob-corrupt",
                    e.sha256,
                    QT_TRANSLATE_NOOP(
                        "Bundle", "The stored file of evidence {name} is damaged (wrong size)."
                    ),
                    {"name": e.original_name},
                )
            )
        else:
            try:
                blobs.open(e.sha256).close()
            except OSError:
                blockers.append(
                    Finding(
                        "blob-unreadable",
                        e.sha256,
                        QT_TRANSLATE_NOOP(
                            "Bundle", "The stored file of evidence {name} cannot be read."
                        ),
                        {"name": e.original_name},
                    )
                )
        if e.size >= large_file:
            warnings.append(
                Finding(
                    "large-file",
                    e.sha256,
                    QT_TRANSLATE_NOOP("Bundle", "Evidence {name} is large ({mib} MiB)."),
                    {"name": e.original_name, "mib": e.size // (1024 * 1024)},
                )
            )
        if e.expired(today):
            warnings.append(
                Finding(
                    "evidence-expired",
                    e.sha256,
                    QT_TRANSLATE_NOOP("Bundle", "Evidence {name} expired on {date}."),
                    {"name": e.original_name, "date": e.expires_on.isoformat()},
                )
            )
    if sub.catalog.is_template:
        warnings.append(
            Finding(
                "template-catalog",
                sub.catalog.edition,
                QT_TRANSLATE_NOOP(
                    "Bundle", "The catalog {edition} is a template, not the official edition."
                ),
                {"edition": sub.catalog.edition},
            )
        )
    return Preflight(tuple(blockers), tuple(warnings))


# --- the zip writer ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ExportResult:
    path: Path
    bundle_id: str
    sha256: str  # of the .zip file, as `sha256sum` prints it
    size: int
    signer_key_id: str
    created_at: datetime
    trusted_comment: str
    payload_files: int
    payload_bytes: int
    warnings: tuple[Finding, ...]

    @property
    def fingerprint(self) -> str:
        """The bundle's SHA-256 in groups of four, for the clerk to note down."""
        return group_hex(self.sha256)


class _PrefixHasher(threading.Thread):
    """SHA-256 of the zip as it grows: hashes bytes [0, target) from its own file handle.

    The zip writer only advances ``target`` past an entry once that entry's local header has
    been rewritten, so every byte hashed is final.
    """

    def __init__(self, path: Path) -> None:
        super().__init__(name="bundle-hasher", daemon=True)
        self._f = open(path, "rb", buffering=0)  # exact reads: no read-ahead past target
        self._cond = threading.Condition()
        self._target = 0
        self._done = False
        self._aborted = False
        self.hasher = hashlib.sha256()
        self.position = 0
        self.error: BaseException | None = None

    def advance(self, target: int, final: bool = False) -> None:
        with self._cond:
            self._target = target
            self._done = final
            self._cond.notify()

    def abort(self) -> None:
        with self._cond:
            self._aborted = True
            self._cond.notify()

    def run(self) -> None:
        buf = bytearray(CHUNK)
        view = memoryview(buf)
        try:
            while True:
                with self._cond:
                    while self.position >= self._target and not self._done and not self._aborted:
                        self._cond.wait()
                    if self._aborted:
                        return
                    target, done = self._target, self._done
                while self.position < target:
                    n = self._f.readinto(view[: min(CHUNK, target - self.position)])
                    if not n:
                        raise OSError("the bundle file shrank while it was written")
                    self.hasher.update(view[:n])
                    self.position += n
                if done and self.position >= target:
                    return
        except BaseException as exc:  # reported to the writer thread
            self.error = exc
        finally:
            self._f.close()


def _should_store(name: str, sample: bytes) -> bool:
    ext = name.rsplit(".", 1)[-1].lower() if "." in name else ""
    if ext in STORED_EXTENSIONS:
        return True
    if len(sample) < 512:
        return False
    packed = len(zlib.compress(sample[: 256 * 1024], 1))
    ratio = min(len(sample), 256 * 1024) / max(packed, 1)
    # barely compressible: store; extremely compressible: store too, so a verifier's zip-bomb
    # limit never trips on a genuine file
    return ratio < 1.1 or ratio > 50


class _BundleZip:
    def __init__(self, tmp: Path, when: datetime) -> None:
        self.file = open(tmp, "w+b")
        self.zip = zipfile.ZipFile(self.file, "w", allowZip64=True)
        self.hasher = _PrefixHasher(tmp)
        self.hasher.start()
        self.date_time = (when.year, when.month, when.day, when.hour, when.minute, when.second)

    def info(self, name: str, size: int, stored: bool) -> zipfile.ZipInfo:
        zinfo = zipfile.ZipInfo(name, self.date_time)
        zinfo.create_system = ZIP_SYSTEM_UNIX
        zinfo.external_attr = REGULAR_FILE_ATTR
        zinfo.compress_type = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
        zinfo.file_size = size
        return zinfo

    def entry_done(self) -> None:
        self.file.flush()
        self.hasher.advance(self.file.tell())

    def add_bytes(self, name: str, data: bytes, stored: bool | None = None) -> None:
        if stored is None:
            stored = _should_store(name, data)
        with self.zip.open(self.info(name, len(data), stored), "w") as w:
            w.write(data)
        self.entry_done()


def _fsync_dir(path: Path) -> None:
    if hasattr(os, "O_DIRECTORY"):
        fd = os.open(path, os.O_RDONLY | os.O_DIRECTORY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _tag_line(value: str) -> str:
    return " ".join(str(value).split())


def _trusted_comment(sub: Submission, bundle_id: str, when: datetime) -> str:
    fields = [
        f"timestamp:{int(when.timestamp())}",
        "file:tagmanifest-sha256.txt",
        "prehashed",
        f"district:{sub.district.code} {_tag_line(sub.district.en)}",
        f"round:{sub.round_be}",
        f"bundle:{bundle_id}",
        f"time:{when.isoformat()}",
    ]
    return "\t".join(fields)


def default_bundle_name(sub: Submission, when: datetime) -> str:
    return f"sealdesk-{sub.district.code}-{sub.round_be}-{when:%Y%m%d-%H%M}.zip"


def write_bundle(
    sub: Submission,
    blobs: BlobSource,
    out_path: Path,
    signing_key: keymod.SigningKey,
    *,
    checklist: Path | Callable[[Path], Any] | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    overwrite: bool = False,
    now: datetime | None = None,
    today: date | None = None,
) -> ExportResult:
    """Writes the signed bundle to ``out_path``; raises ExportBlockedError with the whole list
    of blockers before writing anything, ExportCancelledError when ``cancelled()`` turns true."""
    out_path = Path(out_path)
    check = preflight(sub, blobs, has_signing_key=True, today=today)
    if check.blockers:
        raise ExportBlockedError(list(check.blockers))
    if out_path.exists() and not overwrite:
        raise ExportFailedError(path=str(out_path), detail="the file already exists")
    if not out_path.parent.is_dir():
        raise ExportFailedError(path=str(out_path), detail="the folder does not exist")

    when = (now or datetime.now().astimezone()).replace(microsecond=0)
    bundle_id = str(uuid.uuid4())
    bag = f"sealdesk-{sub.district.code}-{sub.round_be}-{bundle_id[:8]}"
    key_id = signing_key.public.key_id_hex
    cancelled = cancelled or (lambda: False)

    tmp = out_path.parent / f".{out_path.stem}.{secrets.token_hex(4)}.partial"
    generated_pdf: Path | None = None
    bz: _BundleZip | None = None
    try:
        checklist_file: Path | None = None
        if callable(checklist):
            generated_pdf = out_path.parent / f".{out_path.stem}.{secrets.token_hex(4)}.pdf.part"
            checklist(generated_pdf)
            checklist_file = generated_pdf
        elif checklist is not None:
            checklist_file = Path(checklist)

        names = NameAllocator()
        evidence = sub.linked_evidence()
        paths: dict[str, str] = {}
        for e in evidence:
            if e.sha256 not in paths:
                paths[e.sha256] = "data/evidence/" + names.allocate(e.original_name)
        checklist_arc = "data/checklist.pdf" if checklist_file else None
        doc = submission_document(
            sub,
            bundle_id=bundle_id,
            created_at=when,
            signer_key_id=key_id,
            evidence_paths=paths,
            checklist_path=checklist_arc,
            app_version=__version__,
        )
        doc_bytes = encode_document(doc)
        unique = {e.sha256: e for e in evidence}
        checklist_size = checklist_file.stat().st_size if checklist_file else 0
        total = len(doc_bytes) + checklist_size + sum(e.size for e in unique.values())
        done = 0
        manifest: list[tuple[str, str]] = []
        corrupt: list[Finding] = []

        def tick(n: int) -> None:
            nonlocal done
            done += n
            if progress is not None:
                progress(done, total)
            if cancelled():
                raise ExportCancelledError()

        if cancelled():
            raise ExportCancelledError()
        bz = _BundleZip(tmp, when)
        bz.add_bytes(
            f"{bag}/bagit.txt", b"BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n"
        )
        bz.add_bytes(f"{bag}/data/submission.json", doc_bytes)
        manifest.append((hashlib.sha256(doc_bytes).hexdigest(), "data/submission.json"))
        tick(len(doc_bytes))

        buf = bytearray(CHUNK)
        view = memoryview(buf)

        def stream(arcname: str, src: BinaryIO, size: int) -> str:
            h = hashlib.sha256()
            first = src.readinto(view)
            stored = _should_store(arcname, bytes(view[: min(first, 256 * 1024)]))
            written = 0
            with bz.zip.open(bz.info(f"{bag}/{arcname}", size, stored), "w") as w:
                n = first
                while n:
                    chunk = view[:n]
                    h.update(chunk)
                    w.write(chunk)
                    written += n
                    tick(n)
                    n = src.readinto(view)
            bz.entry_done()
            if written != size:
                raise OSError(f"{arcname} changed size while it was read")
            return h.hexdigest()

        if checklist_file is not None and checklist_arc is not None:
            with open(checklist_file, "rb") as src:
                digest = stream(checklist_arc, src, checklist_size)
            manifest.append((digest, checklist_arc))

        for sha, e in unique.items():
            try:
                with blobs.open(sha) as src:
                    digest = stream(paths[sha], src, e.size)
            except OSError as exc:
                corrupt.append(
                    Finding(
                        "blob-unreadable",
                        sha,
                        QT_TRANSLATE_NOOP(
                            "Bundle", "The stored file of evidence {name} cannot be read: {error}."
                        ),
                        {"name": e.original_name, "error": str(exc)},
                    )
                )
                continue
            if digest != sha:
                corrupt.append(
                    Finding(
                        "blob-corrupt",
                        sha,
                        QT_TRANSLATE_NOOP(
                            "Bundle",
                            "The stored file of evidence {name} is damaged (hash differs).",
                        ),
                        {"name": e.original_name},
                    )
                )
            manifest.append((sha, paths[sha]))
        if corrupt:
            raise ExportBlockedError(corrupt)

        payload_bytes = len(doc_bytes) + checklist_size + sum(e.size for e in unique.values())
        manifest_text = "".join(f"{d}  {p}\n" for d, p in manifest).encode("utf-8")
        info_lines = [
            ("Source-Organization", f"{sub.district.th} ({sub.district.en})"),
            ("Bagging-Date", when.date().isoformat()),
            ("Payload-Oxum", f"{payload_bytes}.{len(manifest)}"),
            ("External-Identifier", bundle_id),
            ("Bag-Software-Agent", f"SealDesk {__version__}"),
            ("SealDesk-District-Code", sub.district.code),
            ("SealDesk-District", f"{sub.district.th} / {sub.district.en}"),
            ("SealDesk-Round-BE", str(sub.round_be)),
            ("SealDesk-Catalog-Edition", sub.catalog.edition),
            ("SealDesk-Catalog-SHA256", sub.catalog.sha256),
            ("SealDesk-Signer-Key-Id", key_id),
            ("SealDesk-Created", when.isoformat()),
        ]
        bag_info = "".join(f"{k}: {_tag_line(v)}\n" for k, v in info_lines).encode("utf-8")
        bz.add_bytes(f"{bag}/manifest-sha256.txt", manifest_text, stored=False)
        bz.add_bytes(f"{bag}/bag-info.txt", bag_info, stored=False)
        tag_text = b"BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n"
        tagmanifest = "".join(
            f"{hashlib.sha256(data).hexdigest()}  {name}\n"
            for name, data in (
                ("bagit.txt", tag_text),
                ("bag-info.txt", bag_info),
                ("manifest-sha256.txt", manifest_text),
            )
        ).encode("utf-8")
        bz.add_bytes(f"{bag}/tagmanifest-sha256.txt", tagmanifest, stored=False)
        trusted = _trusted_comment(sub, bundle_id, when)
        signature = signing_key.sign_minisign(tagmanifest, trusted)
        bz.add_bytes(f"{bag}/{SIGNATURE_NAME}", signature.encode("utf-8"), stored=True)
        bz.zip.close()
        sha, size = _seal(bz, signing_key)
        bz.file.flush()
        os.fsync(bz.file.fileno())
        bz.file.close()
        if cancelled():
            raise ExportCancelledError()
        os.replace(tmp, out_path)
        _fsync_dir(out_path.parent)
    except ExportBlockedError:
        _cleanup(bz, tmp)
        raise
    except ExportCancelledError:
        _cleanup(bz, tmp)
        raise
    except OSError as exc:
        _cleanup(bz, tmp)
        raise ExportFailedError(path=str(out_path), detail=exc.strerror or str(exc)) from exc
    except BaseException:
        _cleanup(bz, tmp)
        raise
    finally:
        if generated_pdf is not None:
            with contextlib.suppress(OSError):
                generated_pdf.unlink()
    return ExportResult(
        path=out_path,
        bundle_id=bundle_id,
        sha256=sha,
        size=size,
        signer_key_id=key_id,
        created_at=when,
        trusted_comment=trusted,
        payload_files=len(manifest),
        payload_bytes=payload_bytes,
        warnings=check.warnings,
    )


def _seal(bz: _BundleZip, signing_key: keymod.SigningKey) -> tuple[str, int]:
    """Appends the container seal as the zip comment; returns the final SHA-256 and size.

    The seal is an Ed25519 signature over SHA-256 of the zip as closed (empty comment), so any
    change to any byte of the container, including zip metadata no manifest covers, is caught.
    """
    bz.file.flush()
    end = bz.file.tell()
    bz.hasher.advance(end - 2, final=True)
    bz.hasher.join()
    if bz.hasher.error is not None:
        raise OSError(str(bz.hasher.error))
    prefix = bz.hasher.hasher
    sealed = prefix.copy()
    sealed.update(b"\x00\x00")
    sig = signing_key.sign_raw(SEAL_CONTEXT + sealed.digest())
    comment = (
        f"{SEAL_MAGIC} {signing_key.public.key_id_hex} {base64.b64encode(sig).decode('ascii')}"
    ).encode("ascii")
    tail = len(comment).to_bytes(2, "little") + comment
    bz.file.seek(end - 2)
    bz.file.write(tail)
    final = prefix.copy()
    final.update(tail)
    return final.hexdigest(), end + len(comment)


def _cleanup(bz: _BundleZip | None, tmp: Path) -> None:
    try:
        if bz is not None:
            with contextlib.suppress(Exception):
                bz.hasher.abort()
                bz.hasher.join(timeout=10)
            bz.zip.fp = None  # abandon the archive: no central directory, no __del__ close
            with contextlib.suppress(Exception):
                bz.file.close()
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()


# --- from a workspace -------------------------------------------------------------------------


def keys_dir(ws: Any) -> Path:
    return Path(ws.path) / "keys"


def workspace_submission(ws: Any, round_be: int | None = None) -> Submission:
    round_be = round_be if round_be is not None else ws.current_round
    return Submission(
        district=ws.district,
        round_be=round_be,
        catalog=ws.catalog(round_be),
        assessments=ws.assessments(round_be),
        evidence=ws.evidence_list(round_be),
        actor=getattr(ws, "actor", ""),
    )


def workspace_preflight(ws: Any, round_be: int | None = None) -> Preflight:
    return preflight(
        workspace_submission(ws, round_be),
        DirectoryBlobs(ws.blob_path),
        has_signing_key=keymod.has_key(keys_dir(ws)),
    )


def _default_checklist(ws: Any, round_be: int) -> Callable[[Path], Any] | None:
    """The printing package's filled checklist (sealdesk.printing.documents), when present."""
    try:
        from sealdesk.printing.documents import filled_checklist
    except ImportError:
        return None

    def make(path: Path) -> None:
        filled_checklist(
            path,
            ws.catalog(round_be),
            ws.assessments(round_be),
            [e for e in ws.evidence_list(round_be) if e.links],
            ws.district,
            round_be,
            score=ws.score(round_be),
        )

    return make


def export_bundle(
    ws: Any,
    out_path: Path,
    passphrase: str,
    round_be: int | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    *,
    checklist: Path | Callable[[Path], Any] | bool | None = True,
    overwrite: bool = False,
) -> ExportResult:
    """Pre-flight, unlock the key, write the bundle, record the export in the workspace.

    ``checklist``: True = the printing package's filled checklist when available, a path or a
    callable writing the PDF to the path it is given, or None/False for none.
    """
    round_be = round_be if round_be is not None else ws.current_round
    sub = workspace_submission(ws, round_be)
    blobs = DirectoryBlobs(ws.blob_path)
    kdir = keys_dir(ws)
    check = preflight(sub, blobs, has_signing_key=keymod.has_key(kdir))
    if check.blockers:
        raise ExportBlockedError(list(check.blockers))
    key = keymod.unlock(kdir, passphrase)
    if checklist is True:
        checklist = _default_checklist(ws, round_be)
    elif checklist is False:
        checklist = None
    result = write_bundle(
        sub,
        blobs,
        out_path,
        key,
        checklist=checklist,
        progress=progress,
        cancelled=cancelled,
        overwrite=overwrite,
    )
    ws.record_export(round_be, result.bundle_id, result.sha256, str(result.path))
    return result
