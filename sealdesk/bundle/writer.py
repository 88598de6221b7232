"""Writing the signed submission bundle: a serialized BagIt 1.0 bag in one .zip
(docs/bundle-format.md).

``write_bundle`` works on plain data: a ``Submission`` snapshot, a ``BlobSource`` opening the
stored evidence, an unlocked ``SigningKey``, and optionally a callable that writes the filled
checklist PDF (the export service passes one that prints it). It refuses to write while the
pre-flight rules (``sealdesk.domain.preflight``) find a blocker, streams the container
(``container``), and signs and seals it (``seal``).

The zip is written under a hidden temporary name that does not end in .zip, in the destination
folder, fsynced and only then renamed: a cancelled, failed or killed export leaves no file that
looks like a bundle.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sealdesk import __version__
from sealdesk.bundle.baginfo import friendly_bundle_id
from sealdesk.bundle.constants import BAGIT_TXT, SIGNATURE_NAME, TAG_MANIFEST
from sealdesk.bundle.container import (
    BundleZip,
    SourceReadError,
    bag_info_text,
    manifest_text,
    tag_manifest_text,
)
from sealdesk.bundle.delta import FETCH_NAME, FetchEntry, fetch_text
from sealdesk.bundle.errors import ExportBlockedError, ExportCancelledError, ExportFailedError
from sealdesk.bundle.keys import SigningKey
from sealdesk.bundle.minisign import group_hex
from sealdesk.bundle.names import NameAllocator
from sealdesk.bundle.protect import INDEX_PATH, ProtectionError
from sealdesk.bundle.protected import protected_for_fields, seal_protected
from sealdesk.bundle.seal import seal_container, trusted_comment
from sealdesk.bundle.submission import (
    BlobSource,
    Submission,
    encode_document,
    submission_document,
)
from sealdesk.domain.assessment import Evidence
from sealdesk.domain.preflight import LARGE_FILE, Finding, Preflight, StoredFile, preflight
from sealdesk.domain.status import Level
from sealdesk.errors import QT_TRANSLATE_NOOP, FileAccessError
from sealdesk.fsutil import check_output, claim_file, fsync_dir, sweep_leftovers
from sealdesk.progress import Cancelled, IsCancelled, Progress

MakeChecklistPdf = Callable[[Path], None]
"""Writes the filled checklist PDF to the path it is given."""

PARTIAL_SUFFIX = ".partial"
"""The bundle is written to ``.<name>.<random>.partial`` beside its final name, then renamed."""
CHECKLIST_SUFFIX = ".pdf.part"
"""The filled checklist is printed to ``.<name>.<random>.pdf.part`` beside it, then removed."""
PROTECTED_SUFFIX = ".age.part"
"""A marked document is encrypted to ``.<name>.<random>.age.part`` beside it (ciphertext only),
streamed into the bundle, then removed."""


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
    friendly_id: str = ""  # the bundle id as people see it: friendly_bundle_id(...)
    fetched_files: int = 0  # a delta bundle: payload files left out, listed in fetch.txt
    parts: int = 0  # written in parts: how many (``path`` is then the signed part list)

    @property
    def fingerprint(self) -> str:
        """The bundle's SHA-256 in groups of four, for the clerk to note down."""
        return group_hex(self.sha256)

    @property
    def short_fingerprint(self) -> str:
        """The first 128 bits of the SHA-256 in eight groups of four (as the key's short
        fingerprint): what a clerk reads out on the phone; the cover sheet has all of it."""
        return group_hex(self.sha256, 4, 8)


def stored_file_state(blobs: BlobSource) -> Callable[[Evidence], StoredFile]:
    """What ``blobs`` holds for an evidence item, told by its size and whether it opens."""

    def state(e: Evidence) -> StoredFile:
        size = blobs.size(e.sha256)
        if size is None:
            return StoredFile.MISSING
        if size != e.size:
            return StoredFile.WRONG_SIZE
        try:
            blobs.open(e.sha256).close()
        except OSError:
            return StoredFile.UNREADABLE
        return StoredFile.OK

    return state


def preflight_submission(
    sub: Submission,
    blobs: BlobSource,
    *,
    has_signing_key: bool,
    today: date | None = None,
    large_file: int = LARGE_FILE,
    target: Level | None = None,
    stored_file: Callable[[Evidence], StoredFile] | None = None,
) -> Preflight:
    """The domain's pre-flight rules applied to a submission and the store holding its files
    (``stored_file`` tells a file's state; by default its size and whether it opens)."""
    return preflight(
        sub.catalog,
        sub.assessments,
        sub.evidence,
        has_signing_key=has_signing_key,
        stored_file=stored_file or stored_file_state(blobs),
        today=today,
        large_file=large_file,
        target=target,
    )


def checked_target(
    out_path: Path, overwrite: bool = False, not_inside: Sequence[Path] = ()
) -> Path:
    """``out_path`` as an absolute path, if a bundle may be written there (fsutil.check_output:
    a regular file or nothing, not an existing one unless ``overwrite``, not inside
    ``not_inside``, in a folder that exists); ExportFailedError (exit 42) otherwise."""
    try:
        return check_output(Path(out_path), overwrite, not_inside)
    except FileAccessError as exc:
        raise ExportFailedError.refused(exc) from None


def default_bundle_name(sub: Submission, when: datetime) -> str:
    return f"sealdesk-{sub.district.code}-{sub.round_be}-{when:%Y%m%d-%H%M}.zip"


def write_bundle(
    sub: Submission,
    blobs: BlobSource,
    out_path: Path,
    signing_key: SigningKey,
    *,
    make_checklist_pdf: MakeChecklistPdf | None = None,
    progress: Progress | None = None,
    cancelled: IsCancelled | None = None,
    overwrite: bool = False,
    now: datetime | None = None,
    today: date | None = None,
    office_holds: frozenset[str] = frozenset(),
) -> ExportResult:
    """Writes the signed bundle to ``out_path``; raises ExportBlockedError with the whole list
    of blockers before writing anything, ExportCancelledError when ``cancelled()`` turns true,
    ExportFailedError when the file cannot be written. Evidence whose SHA-256 is in ``office_holds``
    (what the office holds, per its receipt) is left out of the zip and listed in fetch.txt:
    a delta bundle (``sealdesk.bundle.delta``)."""
    out_path = Path(out_path)
    check = preflight_submission(sub, blobs, has_signing_key=True, today=today)
    if check.blockers:
        raise ExportBlockedError(list(check.blockers))
    require_readers(sub)
    out_path = checked_target(out_path, overwrite)

    when = (now or datetime.now().astimezone()).replace(microsecond=0)
    bundle_id = str(uuid.uuid4())
    # What an export killed before (kill -9, a power cut) left beside this bundle goes now;
    # our own temporary files are locked while we write them, so a running export elsewhere
    # keeps its own (fsutil.claim_file / sweep_leftovers).
    folder, prefix = out_path.parent, f".{out_path.stem}."
    for suffix in (PARTIAL_SUFFIX, CHECKLIST_SUFFIX, PROTECTED_SUFFIX):
        sweep_leftovers(folder, prefix, suffix)
    checklist_pdf: Path | None = None
    bz: BundleZip | None = None
    held: list[int] = []
    encrypted: list[Path] = []  # the marked documents' ciphertext, removed when done
    try:
        tmp, fd = claim_file(folder, prefix, PARTIAL_SUFFIX)
        held.append(fd)
    except OSError as exc:
        raise ExportFailedError.from_os_error(str(out_path), exc) from exc
    try:
        if make_checklist_pdf is not None:
            checklist_pdf, fd = claim_file(folder, prefix, CHECKLIST_SUFFIX)
            held.append(fd)
            make_checklist_pdf(checklist_pdf)
        bz = BundleZip(tmp, when, friendly_bundle_id(sub.district.code, sub.round_be, bundle_id))
        result = _write(
            sub,
            blobs,
            bz,
            signing_key,
            checklist_pdf,
            bundle_id,
            when,
            progress,
            cancelled or (lambda: False),
            office_holds,
            lambda: _claim(folder, prefix, held, encrypted),
        )
        os.chmod(tmp, 0o644)  # claimed private while written; a bundle is meant to be shared
        os.replace(tmp, out_path)
        fsync_dir(out_path.parent)
    except BaseException as exc:
        if bz is not None:
            bz.abandon()
        with contextlib.suppress(OSError):
            tmp.unlink()
        if isinstance(exc, OSError):
            raise ExportFailedError.from_os_error(str(out_path), exc) from exc
        if isinstance(exc, SourceReadError):  # the checklist PDF we just printed
            raise ExportFailedError.from_os_error(str(out_path), exc.error) from exc
        if isinstance(exc, Cancelled) and not isinstance(exc, ExportCancelledError):
            raise ExportCancelledError() from None  # e.g. the checklist maker was cancelled
        raise
    finally:
        if checklist_pdf is not None:
            with contextlib.suppress(OSError):
                checklist_pdf.unlink()
        for path in encrypted:
            with contextlib.suppress(OSError):
                path.unlink()
        for fd in held:
            os.close(fd)
    return ExportResult(
        path=out_path,
        bundle_id=bundle_id,
        friendly_id=friendly_bundle_id(sub.district.code, sub.round_be, bundle_id),
        sha256=result.sha256,
        size=result.size,
        signer_key_id=signing_key.public.key_id_hex,
        created_at=when,
        trusted_comment=result.trusted_comment,
        payload_files=result.payload_files,
        payload_bytes=result.payload_bytes,
        warnings=check.warnings,
        fetched_files=result.fetched_files,
    )


def require_readers(sub: Submission) -> None:
    """Marked evidence is never written in clear: without readers to encrypt it to (the
    trusted office card's), the export is refused before anything is written."""
    if not sub.readers and any(e.personal_data for e in sub.linked_evidence()):
        raise ProtectionError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Evidence marked as personal data can only be sent encrypted, and no trusted "
                "office card names the people allowed to read it; add the office's current "
                "card with 'sealdesk trust add' first.",
            )
        )


def _claim(folder: Path, prefix: str, held: list[int], claimed: list[Path]) -> Path:
    path, fd = claim_file(folder, prefix, PROTECTED_SUFFIX)
    held.append(fd)
    claimed.append(path)
    return path


@dataclass(frozen=True, slots=True)
class _Written:
    sha256: str
    size: int
    trusted_comment: str
    payload_files: int
    payload_bytes: int
    fetched_files: int = 0


def _write(
    sub: Submission,
    blobs: BlobSource,
    bz: BundleZip,
    signing_key: SigningKey,
    checklist_pdf: Path | None,
    bundle_id: str,
    when: datetime,
    progress: Progress | None,
    cancelled: IsCancelled,
    held: frozenset[str],
    claim: Callable[[], Path],
) -> _Written:
    """Streams the bag into ``bz``, signs and seals it."""
    key_id = signing_key.public.key_id_hex
    names = NameAllocator()
    evidence = sub.linked_evidence()
    unique = {e.sha256: e for e in evidence}
    done = 0
    total = sum(e.size for e in unique.values())
    total += sum(e.size for e in unique.values() if e.personal_data)

    def tick(n: int) -> None:
        nonlocal done
        done += n
        if progress is not None:
            progress(done, total)
        if cancelled():
            raise ExportCancelledError()

    if cancelled():
        raise ExportCancelledError()
    sealed = seal_protected(list(unique.values()), blobs, sub.readers, claim, tick)
    paths: dict[str, str] = dict(sealed.paths)
    for e in evidence:
        if e.sha256 not in paths:
            paths[e.sha256] = "data/evidence/" + names.allocate(e.original_name)
    checklist_arc = "data/checklist.pdf" if checklist_pdf else None
    doc_bytes = encode_document(
        submission_document(
            sub,
            bundle_id=bundle_id,
            created_at=when,
            signer_key_id=key_id,
            evidence_paths=paths,
            checklist_path=checklist_arc,
            app_version=__version__,
            protected={sha: (c.sha256, c.size) for sha, c in sealed.files.items()},
            protected_index=INDEX_PATH if sealed.files else None,
        )
    )
    checklist_size = checklist_pdf.stat().st_size if checklist_pdf else 0
    payload_bytes = len(doc_bytes) + checklist_size + len(sealed.index)
    payload_bytes += sum(
        sealed.files[sha].size if sha in sealed.files else e.size for sha, e in unique.items()
    )
    total = done + payload_bytes - len(sealed.index)  # the index is written at once
    manifest: list[tuple[str, str]] = []
    corrupt: list[Finding] = list(sealed.corrupt)

    bz.add_bytes("bagit.txt", BAGIT_TXT)
    bz.add_bytes("data/submission.json", doc_bytes)
    manifest.append((hashlib.sha256(doc_bytes).hexdigest(), "data/submission.json"))
    tick(len(doc_bytes))
    if checklist_pdf is not None and checklist_arc is not None:
        with open(checklist_pdf, "rb") as src:
            manifest.append((bz.stream(checklist_arc, src, checklist_size, tick), checklist_arc))
    if sealed.index:
        bz.add_bytes(INDEX_PATH, sealed.index, stored=True)
        manifest.append((hashlib.sha256(sealed.index).hexdigest(), INDEX_PATH))
    for sha, c in sealed.files.items():
        with open(c.path, "rb") as src:
            manifest.append((bz.stream(paths[sha], src, c.size, tick), paths[sha]))
    fetched: list[FetchEntry] = []
    for sha, e in unique.items():
        if e.personal_data:  # carried encrypted above; never left out (its ciphertext is new)
            continue
        if sha in held:  # the office holds it: listed, not carried
            fetched.append(FetchEntry(sha, e.size, paths[sha]))
            manifest.append((sha, paths[sha]))
            tick(e.size)
            continue
        try:
            src = blobs.open(sha)
        except OSError as exc:
            read_error: OSError | None = exc
        else:
            read_error = None
            try:
                with src:
                    digest = bz.stream(paths[sha], src, e.size, tick)
            except SourceReadError as exc:  # a write error is an OSError: export failed
                read_error = exc.error
        if read_error is not None:
            corrupt.append(
                Finding(
                    "blob-unreadable",
                    sha,
                    QT_TRANSLATE_NOOP(
                        "Bundle", "The stored file of evidence {name} cannot be read: {error}."
                    ),
                    {"name": e.original_name, "error": read_error.strerror or str(read_error)},
                )
            )
            continue
        if digest != sha:
            corrupt.append(
                Finding(
                    "blob-corrupt",
                    sha,
                    QT_TRANSLATE_NOOP(
                        "Bundle", "The stored file of evidence {name} is damaged (hash differs)."
                    ),
                    {"name": e.original_name},
                )
            )
        manifest.append((sha, paths[sha]))
    if corrupt:
        raise ExportBlockedError(corrupt)

    manifest_bytes = manifest_text(manifest)
    bag_info = bag_info_text(
        [
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
            ("SealDesk-Catalog-Version", sub.catalog.version),
            (
                "SealDesk-Catalog-Signed-By",
                sub.catalog.signed_by if not sub.catalog.is_practice else "practice",
            ),
            ("SealDesk-Signer-Key-Id", key_id),
            ("SealDesk-Created", when.isoformat()),
            *protected_for_fields(sub.readers if sealed.files else ()),
        ]
    )
    bz.add_bytes("manifest-sha256.txt", manifest_bytes, stored=False)
    bz.add_bytes("bag-info.txt", bag_info, stored=False)
    extra_tags: list[tuple[str, bytes]] = []
    if fetched:
        extra_tags.append((FETCH_NAME, fetch_text(fetched)))
        bz.add_bytes(FETCH_NAME, extra_tags[0][1], stored=False)
    tagmanifest = tag_manifest_text(bag_info, manifest_bytes, extra_tags)
    bz.add_bytes(TAG_MANIFEST, tagmanifest, stored=False)
    trusted = trusted_comment(sub, bundle_id, when)
    signature = signing_key.sign_minisign(tagmanifest, trusted)
    bz.add_bytes(SIGNATURE_NAME, signature.encode("utf-8"), stored=True)
    bz.close_zip()
    sha, size = seal_container(bz, signing_key)
    bz.finish()
    if cancelled():
        raise ExportCancelledError()
    return _Written(sha, size, trusted, len(manifest), payload_bytes, len(fetched))
