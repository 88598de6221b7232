"""Reading and verifying a bundle, streaming from the zip: nothing is ever extracted to disk.

Order of the checks (each failure has its own error type and exit code, see errors.py):

1. The zip's end record and central directory, before any entry's bytes are read
   (``archive``: entry count and sizes against ``Limits``, names, links, duplicates,
   encryption, compression, overlaps, one top-level folder).
2. The signature: present, made by a trusted key, valid over tagmanifest-sha256.txt.
3. The tag manifest's hashes of bagit.txt, bag-info.txt and manifest-sha256.txt.
4. The payload: no file missing or added against the manifest, then every file's SHA-256
   (declared sizes bound the bytes read, whatever the compressed stream holds).
5. The container seal (zip comment, ``seal``): an Ed25519 signature by the same key over the
   SHA-256 of the whole zip, so even zip metadata that no manifest covers cannot change
   unnoticed. It is hashed in a second thread while steps 2-4 run.
"""

from __future__ import annotations

import hashlib
import json
import os
import struct
import threading
import unicodedata
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from sealdesk.bundle import minisign
from sealdesk.bundle.archive import (
    DEFAULT_LIMITS,
    Limits,
    check_directory,
    end_record,
    hash_entry,
    parse_manifest,
    read_small,
)
from sealdesk.bundle.baginfo import parse_bag_info
from sealdesk.bundle.constants import CHUNK, SIGNATURE_NAME, TAG_FILES, TAG_MANIFEST
from sealdesk.bundle.delta import FETCH_NAME, FetchEntry, parse_fetch
from sealdesk.bundle.errors import (
    BadSignatureError,
    ContainerModifiedError,
    DeltaIncompleteError,
    MalformedArchiveError,
    MissingSignatureError,
    NotABundleError,
    PayloadAddedError,
    PayloadChangedError,
    PayloadMissingError,
    SignerNotTrustedError,
    TagFileChangedError,
    TooManyEntriesError,
    VerifyCancelledError,
    VerifyError,
)
from sealdesk.bundle.minisign import PublicKey, group_hex
from sealdesk.bundle.seal import check_seal
from sealdesk.bundle.submission import BlobSource
from sealdesk.errors import SealDeskError
from sealdesk.fsutil import open_regular

__all__ = ["BenchmarkSummary", "Limits", "VerifyReport", "load_trust", "verify_bundle"]


@dataclass(frozen=True, slots=True)
class BenchmarkSummary:
    code: str
    title_th: str
    title_en: str
    status: str
    evidence_count: int
    has_narrative: bool
    actions: int


@dataclass(frozen=True, slots=True)
class VerifyReport:
    path: str
    bundle_id: str
    district_code: str
    district_th: str
    district_en: str
    round_be: int
    catalog_edition: str
    catalog_sha256: str
    signer_key_id: str
    signer_fingerprint: str
    signed_at: str
    trusted_comment: str
    bundle_sha256: str
    container_sealed: bool
    payload_files: int
    payload_bytes: int
    evidence_count: int
    status_counts: dict[str, int]
    benchmarks: tuple[BenchmarkSummary, ...] = field(default=())
    fetched_files: int = 0  # a delta bundle: payload files taken from ``fetched``
    catalog_version: str = ""
    catalog_signed_by: str = ""  # the office key that signed the catalog; "" = practice catalog

    @property
    def bundle_fingerprint(self) -> str:
        return group_hex(self.bundle_sha256)


def _catalog_signer(catalog: dict[str, Any], bag_info: dict[str, str]) -> str:
    """The office key id that signed the bundle's catalog, "" for a practice catalog (and for
    every bundle made before catalogs were signed)."""
    if catalog.get("practice"):
        return ""
    signer = str(catalog.get("signed_by") or bag_info.get("SealDesk-Catalog-Signed-By", ""))
    return "" if signer == "practice" else signer


# --- trust ------------------------------------------------------------------------------------


def load_trust(
    trust: Path | str | Sequence[PublicKey | Path | str],
    skipped: list[tuple[str, SealDeskError]] | None = None,
) -> list[PublicKey]:
    """A .pub file, a folder of them, or a list of keys / key files. A .pub file of a folder
    that cannot be used is left out and told in ``skipped`` (file, error) when a list is given,
    so one damaged key does not stop every verification; a file named on its own must be good.
    """
    if isinstance(trust, (str, Path)):
        return minisign.load_public_keys(Path(trust), skipped)
    keys: list[PublicKey] = []
    for item in trust:
        if isinstance(item, PublicKey):
            keys.append(item)
        else:
            keys.extend(minisign.load_public_keys(Path(item), skipped))
    return keys


class _FileHasher(threading.Thread):
    """SHA-256 of the file's first ``length`` bytes, in the background, read through a handle
    of its own on the very file being verified (its identity is checked, so a file swapped in
    meanwhile is an error, not hashed in its place)."""

    def __init__(self, path: Path, length: int, identity: tuple[int, int]) -> None:
        super().__init__(name="bundle-verify-hasher", daemon=True)
        self.path, self.length, self.identity = path, length, identity
        self.error: BaseException | None = None
        self.stop = threading.Event()

    def run(self) -> None:
        try:
            h = hashlib.sha256()
            buf = bytearray(CHUNK)
            view = memoryview(buf)
            left = self.length
            with open_regular(self.path) as f:
                info = os.fstat(f.fileno())
                if (info.st_dev, info.st_ino) != self.identity:
                    raise OSError("the file was replaced while it was checked")
                while left and not self.stop.is_set():
                    n = f.readinto(view[: min(CHUNK, left)])
                    if not n:
                        raise OSError("file shrank")
                    h.update(view[:n])
                    left -= n
            self.hash = h
        except BaseException as exc:
            self.error = exc


# --- verification -----------------------------------------------------------------------------


def verify_bundle(
    path: Path | str,
    trust: Path | str | Sequence[PublicKey | Path | str],
    *,
    limits: Limits = DEFAULT_LIMITS,
    require_seal: bool = True,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    fetched: BlobSource | Callable[[PublicKey], BlobSource] | None = None,
) -> VerifyReport:
    """Checks a bundle completely and returns what it holds, or raises a VerifyError.

    A delta bundle (fetch.txt) is completed from ``fetched`` (the office's store, by SHA-256)
    and checked exactly as a full one; DeltaIncompleteError names the files it cannot supply.
    ``fetched`` may be a function of the verified signer's key, so that a delta is completed
    only from what its own signer sent before (never from another district's files).
    """
    path = Path(path)
    trusted = load_trust(trust)
    # only a regular file: a FIFO or a device is refused at once instead of hanging or growing
    with open_regular(path) as f:
        info = os.fstat(f.fileno())
        try:
            return _verify_open(
                f,
                path,
                info.st_size,
                (info.st_dev, info.st_ino),
                trusted,
                limits,
                require_seal,
                progress,
                cancelled,
                fetched,
            )
        except VerifyError:
            raise
        except (OSError, MemoryError):
            raise
        except Exception as exc:  # hostile input that trips the zip reader in an unforeseen way
            raise MalformedArchiveError(detail="the zip reader cannot make sense of it") from exc


def _verify_open(
    f: Any,
    path: Path,
    size: int,
    identity: tuple[int, int],
    trusted: list[PublicKey],
    limits: Limits,
    require_seal: bool,
    progress: Callable[[int, int], None] | None,
    cancelled: Callable[[], bool] | None,
    fetched: BlobSource | Callable[[PublicKey], BlobSource] | None = None,
) -> VerifyReport:
    hasher: _FileHasher | None = None
    try:
        end = end_record(f, size)
        count, cd_offset, comment = end.count, end.cd_offset, end.comment
        if end.prefix > 0:  # a self-extractor stub or other bytes put before the zip
            raise ContainerModifiedError(detail=f"{end.prefix} bytes were put before the zip")
        if count > limits.max_entries:
            raise TooManyEntriesError(count=count, limit=limits.max_entries)
        if cd_offset > size or end.prefix < 0:
            raise MalformedArchiveError(detail="the central directory lies past the end")
        if count == 0:
            raise NotABundleError(detail="the zip file is empty")
        try:
            zf = zipfile.ZipFile(f)
        except (
            zipfile.BadZipFile,
            zipfile.LargeZipFile,
            ValueError,
            struct.error,
            NotImplementedError,
        ) as exc:
            raise MalformedArchiveError(detail=str(exc)) from None
        top = check_directory(zf, limits, cd_offset)

        # the container seal is hashed alongside the content checks
        seal_len = len(comment)
        hasher = _FileHasher(path, size - seal_len - 2, identity)
        hasher.start()

        entries = {i.filename[len(top) + 1 :]: i for i in zf.infolist() if not i.is_dir()}
        for name in TAG_FILES:
            if name not in entries and name != "bagit.txt":
                raise NotABundleError(detail=f"{name} is missing")
        if "bagit.txt" not in entries:
            raise NotABundleError(detail="bagit.txt is missing")
        if SIGNATURE_NAME not in entries:
            raise MissingSignatureError(name=SIGNATURE_NAME)
        if TAG_MANIFEST not in entries:
            raise MissingSignatureError(name=TAG_MANIFEST)

        sig = minisign.parse_signature(_read_signed(zf, entries[SIGNATURE_NAME], limits))
        signers = minisign.find_signer(sig, trusted)
        if not signers:
            raise SignerNotTrustedError(key_id=sig.key_id_hex)
        tagmanifest = _read_signed(zf, entries[TAG_MANIFEST], limits)
        error: BadSignatureError | None = None
        signer = None
        for candidate in signers:
            try:
                minisign.verify(sig, candidate, tagmanifest)
                signer = candidate
                break
            except BadSignatureError as exc:
                error = exc
        if signer is None:
            raise error or BadSignatureError(detail="no key matched")

        tags = parse_manifest(tagmanifest, TAG_MANIFEST)
        for name in TAG_FILES:
            if name not in tags:
                raise NotABundleError(detail=f"the tag manifest does not cover {name}")
        tag_data: dict[str, bytes] = {}
        for name, digest in tags.items():
            if name not in entries:
                raise TagFileChangedError(name=name)
            data = read_small(zf, entries[name], limits)
            if hashlib.sha256(data).hexdigest() != digest:
                raise TagFileChangedError(name=name)
            tag_data[name] = data

        manifest = parse_manifest(tag_data["manifest-sha256.txt"], "manifest-sha256.txt")
        payload = {
            unicodedata.normalize("NFC", n): i for n, i in entries.items() if n.startswith("data/")
        }
        fetch = parse_fetch(tag_data[FETCH_NAME]) if FETCH_NAME in tag_data else {}
        for name, entry in fetch.items():
            if name in payload or manifest.get(name) != entry.sha256:
                raise NotABundleError(detail=f"fetch.txt does not match the manifest: {name}")
        for name in manifest:
            if name not in payload and name not in fetch:
                raise PayloadMissingError(name=name)
        for name in payload:
            if name not in manifest:
                raise PayloadAddedError(name=name)
        allowed_top = {*tags, TAG_MANIFEST, SIGNATURE_NAME}
        for name in entries:
            if not name.startswith("data/") and name not in allowed_top:
                raise PayloadAddedError(name=name)

        if callable(fetched):  # the store this signer may draw on
            fetched = fetched(signer)
        sizes = _fetched_sizes(fetch, fetched)
        total = sum(payload[n].file_size if n in payload else sizes[n] for n in manifest)
        done = 0

        def tick(n: int) -> None:
            nonlocal done
            done += n
            if progress is not None:
                progress(done, total)
            if cancelled is not None and cancelled():
                raise VerifyCancelledError()

        for name, digest in manifest.items():
            if name in fetch:
                assert fetched is not None  # _fetched_sizes made sure
                if _hash_blob(fetched, digest, tick) != digest:
                    raise PayloadChangedError(name=name)
            elif hash_entry(zf, payload[name], tick) != digest:
                raise PayloadChangedError(name=name)

        bag_info = parse_bag_info(tag_data["bag-info.txt"])
        oxum = f"{total}.{len(manifest)}"
        if bag_info.get("Payload-Oxum", oxum) != oxum:
            raise PayloadChangedError(name="Payload-Oxum")

        sealed = _check_seal(hasher, comment, signer, require_seal)
        final = hasher.hash.copy()
        final.update(len(comment).to_bytes(2, "little") + comment)

        submission: dict[str, Any] = {}
        if "data/submission.json" in payload:
            raw = read_small(zf, payload["data/submission.json"], limits)
            try:
                submission = json.loads(raw)
            except (json.JSONDecodeError, UnicodeDecodeError):
                raise NotABundleError(detail="submission.json is not JSON") from None
        report = _report(
            path, bag_info, sig, signer, submission, final.hexdigest(), sealed, total, len(manifest)
        )
        return replace(report, fetched_files=len(fetch)) if fetch else report
    finally:
        if hasher is not None and hasher.is_alive():
            hasher.stop.set()
            hasher.join()


def _fetched_sizes(fetch: dict[str, FetchEntry], fetched: BlobSource | None) -> dict[str, int]:
    """The size of each file fetch.txt leaves out, as held in ``fetched``; every file it does
    not hold is named at once."""
    sizes: dict[str, int] = {}
    missing: list[str] = []
    for name, entry in fetch.items():
        size = fetched.size(entry.sha256) if fetched is not None else None
        if size is None:
            missing.append(name.removeprefix("data/evidence/"))
        else:
            sizes[name] = size
    if missing:
        raise DeltaIncompleteError(names=", ".join(sorted(missing)))
    return sizes


def _hash_blob(fetched: BlobSource, sha256: str, tick: Callable[[int], None]) -> str:
    h = hashlib.sha256()
    with fetched.open(sha256) as f:
        while chunk := f.read(CHUNK):
            h.update(chunk)
            tick(len(chunk))
    return h.hexdigest()


def _read_signed(zf: zipfile.ZipFile, info: zipfile.ZipInfo, limits: Limits) -> bytes:
    """The signature or the tag manifest: bytes that no longer read back as written (a raw
    flip in the zip) are a signature that does not hold, as an edited text would be."""
    try:
        return read_small(zf, info, limits)
    except TagFileChangedError:
        raise BadSignatureError(
            detail=f"{info.filename.rsplit('/', 1)[-1]} was damaged after signing"
        ) from None


def _check_seal(hasher: _FileHasher, comment: bytes, signer: PublicKey, require: bool) -> bool:
    hasher.join()
    if hasher.error is not None:
        raise NotABundleError(detail=str(hasher.error))
    return check_seal(hasher.hash, comment, signer, require)


def _report(
    path: Path,
    bag_info: dict[str, str],
    sig: minisign.Signature,
    signer: PublicKey,
    sub: dict[str, Any],
    sha: str,
    sealed: bool,
    payload_bytes: int,
    payload_files: int,
) -> VerifyReport:
    district = sub.get("district") or {}
    catalog = sub.get("catalog") or {}
    benchmarks = []
    counts: dict[str, int] = {}
    for b in sub.get("benchmarks", []):
        status = str(b.get("status", ""))
        counts[status] = counts.get(status, 0) + 1
        title = b.get("title") or {}
        benchmarks.append(
            BenchmarkSummary(
                code=str(b.get("code", "")),
                title_th=str(title.get("th", "")),
                title_en=str(title.get("en", "")),
                status=status,
                evidence_count=len(b.get("evidence", [])),
                has_narrative=bool(str(b.get("narrative", "")).strip()),
                actions=len(b.get("action_plan", [])),
            )
        )
    fields = dict(part.split(":", 1) for part in sig.trusted_comment.split("\t") if ":" in part)
    bundle_id = bag_info.get("External-Identifier", "")
    if fields.get("bundle", bundle_id) != bundle_id or sub.get("bundle_id", bundle_id) != bundle_id:
        raise BadSignatureError(detail="the signed bundle id differs from the bag's")
    try:
        round_be = int(bag_info.get("SealDesk-Round-BE") or sub.get("round_be") or 0)
    except ValueError:
        round_be = 0
    return VerifyReport(
        path=str(path),
        bundle_id=bundle_id,
        district_code=str(district.get("code") or bag_info.get("SealDesk-District-Code", "")),
        district_th=str(district.get("th", "")),
        district_en=str(district.get("en", "")),
        round_be=round_be,
        catalog_edition=str(catalog.get("edition") or bag_info.get("SealDesk-Catalog-Edition", "")),
        catalog_sha256=str(catalog.get("sha256") or bag_info.get("SealDesk-Catalog-SHA256", "")),
        signer_key_id=signer.key_id_hex,
        signer_fingerprint=signer.fingerprint,
        signed_at=fields.get("time", ""),
        trusted_comment=sig.trusted_comment,
        bundle_sha256=sha,
        container_sealed=sealed,
        payload_files=payload_files,
        payload_bytes=payload_bytes,
        evidence_count=len(sub.get("evidence", [])),
        catalog_version=str(catalog.get("version") or bag_info.get("SealDesk-Catalog-Version", "")),
        catalog_signed_by=_catalog_signer(catalog, bag_info),
        status_counts=counts,
        benchmarks=tuple(benchmarks),
    )
