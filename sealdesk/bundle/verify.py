"""Reading and verifying a bundle, streaming from the zip: nothing is ever extracted to disk.

Order of the checks (each failure has its own error type and exit code, see errors.py):

1. The zip's end record and central directory, before any entry's bytes are read: entry count
   and declared total size against ``Limits``, names (``..``, absolute, drive letters,
   backslashes, control characters), links and special files (external attributes),
   duplicates (after NFC and case folding), encryption, compression method, compression
   ratio, overlapping entries, one top-level folder.
2. The signature: present, made by a trusted key, valid over tagmanifest-sha256.txt.
3. The tag manifest's hashes of bagit.txt, bag-info.txt and manifest-sha256.txt.
4. The payload: no file missing or added against the manifest, then every file's SHA-256
   (declared sizes bound the bytes read, whatever the compressed stream holds).
5. The container seal (zip comment): an Ed25519 signature by the same key over the SHA-256 of
   the whole zip, so even zip metadata that no manifest covers cannot change unnoticed. It is
   hashed in a second thread while steps 2-4 run.
"""

from __future__ import annotations

import binascii
import hashlib
import json
import struct
import threading
import unicodedata
import zipfile
import zlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature

from sealdesk.bundle import minisign
from sealdesk.bundle.baginfo import parse_bag_info
from sealdesk.bundle.errors import (
    AbsolutePathError,
    BadSignatureError,
    ContainerModifiedError,
    DuplicateEntryError,
    MalformedArchiveError,
    MissingSignatureError,
    NotABundleError,
    PayloadAddedError,
    PayloadChangedError,
    PayloadMissingError,
    SignerNotTrustedError,
    SymlinkEntryError,
    TagFileChangedError,
    TooLargeError,
    TooManyEntriesError,
    UnsafePathError,
    VerifyCancelledError,
    VerifyError,
    ZipBombError,
)
from sealdesk.bundle.minisign import PublicKey, group_hex
from sealdesk.bundle.writer import CHUNK, SEAL_CONTEXT, SEAL_MAGIC, SIGNATURE_NAME

TAG_FILES = ("bagit.txt", "bag-info.txt", "manifest-sha256.txt")
# What reading a damaged or doctored zip entry can raise: each means the entry changed.
ENTRY_READ_ERRORS = (
    zipfile.BadZipFile,
    zlib.error,
    OSError,
    EOFError,
    ValueError,
    struct.error,
    NotImplementedError,
)


@dataclass(frozen=True, slots=True)
class Limits:
    """What a bundle may hold; stated in docs/bundle-format.md."""

    max_entries: int = 20_000
    max_total_bytes: int = 16 * 1024**3  # declared uncompressed size of all entries
    max_ratio: int = 200  # uncompressed / compressed, for entries of at least ratio_floor bytes
    ratio_floor: int = 1024 * 1024
    max_tag_bytes: int = 64 * 1024 * 1024  # each tag file and the signature are read into memory
    max_name_bytes: int = 1024


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

    @property
    def bundle_fingerprint(self) -> str:
        return group_hex(self.bundle_sha256)


# --- trust ------------------------------------------------------------------------------------


def load_trust(trust: Path | str | Sequence[PublicKey | Path | str]) -> list[PublicKey]:
    """A .pub file, a folder of them, or a list of keys / key files."""
    if isinstance(trust, (str, Path)):
        return minisign.load_public_keys(Path(trust))
    keys: list[PublicKey] = []
    for item in trust:
        if isinstance(item, PublicKey):
            keys.append(item)
        else:
            keys.extend(minisign.load_public_keys(Path(item)))
    return keys


# --- the zip directory ------------------------------------------------------------------------


def _end_record(f: Any, size: int) -> tuple[int, int, int, bytes]:
    """(entry count, central directory size, its offset, comment) from the end records."""
    tail_len = min(size, 22 + 65535)
    f.seek(size - tail_len)
    tail = f.read(tail_len)
    pos = tail.rfind(b"PK\x05\x06")
    while pos >= 0:
        if pos + 22 <= len(tail):
            (_, _, _, _, count, cd_size, cd_offset, clen) = struct.unpack(
                "<4s4H2LH", tail[pos : pos + 22]
            )
            if pos + 22 + clen == len(tail):
                comment = tail[pos + 22 :]
                eocd_at = size - tail_len + pos
                if count == 0xFFFF or cd_size == 0xFFFFFFFF or cd_offset == 0xFFFFFFFF:
                    if eocd_at < 20:
                        raise MalformedArchiveError(detail="truncated zip64 end record")
                    f.seek(eocd_at - 20)
                    loc = f.read(20)
                    if loc[:4] != b"PK\x06\x07":
                        raise MalformedArchiveError(detail="missing zip64 locator")
                    (z64_at,) = struct.unpack("<Q", loc[8:16])
                    f.seek(z64_at)
                    rec = f.read(56)
                    if rec[:4] != b"PK\x06\x06" or len(rec) < 56:
                        raise MalformedArchiveError(detail="bad zip64 end record")
                    count, cd_size, cd_offset = struct.unpack("<QQQ", rec[32:56])
                return count, cd_size, cd_offset, comment
        pos = tail.rfind(b"PK\x05\x06", 0, pos)
    raise NotABundleError(detail="it is not a zip file")


def _is_link_or_special(info: zipfile.ZipInfo) -> bool:
    mode = (info.external_attr >> 16) & 0xFFFF
    if info.create_system == 3 and mode:  # unix
        kind = mode & 0o170000
        if kind not in (0o100000, 0o040000, 0):
            return True
    # MS-DOS/NTFS attributes: FILE_ATTRIBUTE_REPARSE_POINT (junctions, symlinks), DEVICE
    return bool(info.external_attr & (0x400 | 0x40))


def _check_name(name: str, limits: Limits) -> list[str]:
    if len(name.encode("utf-8")) > limits.max_name_bytes:
        raise MalformedArchiveError(detail=f"an entry name is too long: {name[:80]}...")
    if any(ord(c) < 32 or ord(c) == 0x7F for c in name):
        raise MalformedArchiveError(detail=f"control character in entry name {name!r}")
    unified = name.replace("\\", "/")
    if unified.startswith("/") or (len(unified) >= 2 and unified[1] == ":"):
        raise AbsolutePathError(name=name)
    parts = unified.split("/")
    if parts[-1] == "":  # a folder entry
        parts = parts[:-1]
    for part in parts:
        if len(part) >= 2 and part.strip(". ") == "":  # "..", and "..." or ".. " on Windows
            raise UnsafePathError(name=name)
    if any(part in ("", ".") for part in parts):
        raise MalformedArchiveError(detail=f"empty or '.' component in entry name {name!r}")
    if "\\" in name or ":" in name:
        raise MalformedArchiveError(detail=f"backslash or colon in entry name {name!r}")
    return parts


def _norm_key(name: str) -> str:
    return unicodedata.normalize("NFC", unicodedata.normalize("NFC", name).casefold())


def check_directory(zf: zipfile.ZipFile, limits: Limits, cd_offset: int) -> str:
    """The archive-safety checks on the central directory; returns the top-level folder."""
    infos = zf.infolist()
    if len(infos) > limits.max_entries:
        raise TooManyEntriesError(count=len(infos), limit=limits.max_entries)
    seen: dict[str, str] = {}
    total = 0
    tops: set[str] = set()
    for info in infos:
        name = info.orig_filename
        parts = _check_name(name, limits)
        if _is_link_or_special(info):
            raise SymlinkEntryError(name=name)
        key = _norm_key(name.rstrip("/"))
        if key in seen:
            raise DuplicateEntryError(name=name, other=seen[key])
        seen[key] = name
        if info.flag_bits & 0x1:
            raise MalformedArchiveError(detail=f"{name} is encrypted")
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise MalformedArchiveError(
                detail=f"{name} uses compression method {info.compress_type}"
            )
        total += info.file_size
        if total > limits.max_total_bytes:
            raise TooLargeError(size=total, limit=limits.max_total_bytes)
        if info.file_size >= limits.ratio_floor:
            ratio = info.file_size // max(info.compress_size, 1)
            if ratio > limits.max_ratio:
                raise ZipBombError(name=name, ratio=ratio)
        if info.compress_type == zipfile.ZIP_STORED and info.compress_size != info.file_size:
            raise MalformedArchiveError(detail=f"{name}: stored entry with two sizes")
        tops.add(parts[0])
    # entries must not overlap (the "overlapping files" zip bomb) nor run into the directory
    spans = sorted(((i.header_offset, i) for i in infos), key=lambda span: span[0])
    for (start, info), nxt in zip(spans, [*spans[1:], (cd_offset, None)], strict=True):
        end = start + 30 + len(info.orig_filename.encode("utf-8")) + info.compress_size
        if end > nxt[0]:
            raise MalformedArchiveError(detail=f"entry {info.orig_filename} overlaps the next")
    if len(tops) != 1:
        raise NotABundleError(detail="it does not hold exactly one top-level folder")
    top = tops.pop()
    if any(i.orig_filename == top or i.orig_filename == top + "/" for i in infos if not i.is_dir()):
        raise NotABundleError(detail="it does not hold exactly one top-level folder")
    return top


# --- reading entries --------------------------------------------------------------------------


def _read_small(zf: zipfile.ZipFile, info: zipfile.ZipInfo, limits: Limits) -> bytes:
    if info.file_size > limits.max_tag_bytes:
        raise TooLargeError(size=info.file_size, limit=limits.max_tag_bytes)
    try:
        with zf.open(info) as f:
            return f.read(limits.max_tag_bytes + 1)
    except ENTRY_READ_ERRORS as exc:
        raise _changed(info, exc) from None


def _changed(info: zipfile.ZipInfo, exc: BaseException) -> Exception:
    return (
        TagFileChangedError(name=info.filename)
        if "/data/" not in info.filename
        else (PayloadChangedError(name=info.filename.split("/", 1)[1]))
    )


def _hash_entry(zf: zipfile.ZipFile, info: zipfile.ZipInfo, tick: Callable[[int], None]) -> str:
    h = hashlib.sha256()
    try:
        with zf.open(info) as f:
            while True:
                chunk = f.read(CHUNK)
                if not chunk:
                    break
                h.update(chunk)
                tick(len(chunk))
    except ENTRY_READ_ERRORS as exc:
        raise _changed(info, exc) from None
    return h.hexdigest()


def _parse_manifest(data: bytes, what: str) -> dict[str, str]:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise NotABundleError(detail=f"{what} is not UTF-8") from None
    entries: dict[str, str] = {}
    for line in text.splitlines():
        if not line.strip():
            continue
        digest, sep, path = line.partition(" ")
        path = path.lstrip(" ").lstrip("*")
        if not sep or len(digest) != 64 or not path:
            raise NotABundleError(detail=f"{what} has a malformed line")
        path = path.replace("%0D", "\r").replace("%0A", "\n").replace("%25", "%")
        entries[unicodedata.normalize("NFC", path)] = digest.lower()
    return entries


class _FileHasher(threading.Thread):
    """SHA-256 of the file's first ``length`` bytes, in the background."""

    def __init__(self, path: Path, length: int) -> None:
        super().__init__(name="bundle-verify-hasher", daemon=True)
        self.path, self.length = path, length
        self.error: BaseException | None = None
        self.stop = threading.Event()

    def run(self) -> None:
        try:
            h = hashlib.sha256()
            buf = bytearray(CHUNK)
            view = memoryview(buf)
            left = self.length
            with open(self.path, "rb") as f:
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
    limits: Limits = Limits(),
    require_seal: bool = True,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> VerifyReport:
    """Checks a bundle completely and returns what it holds, or raises a VerifyError."""
    path = Path(path)
    trusted = load_trust(trust)
    try:
        size = path.stat().st_size
        f = open(path, "rb")
    except OSError as exc:
        raise NotABundleError(detail=exc.strerror or str(exc)) from None
    try:
        return _verify_open(f, path, size, trusted, limits, require_seal, progress, cancelled)
    except VerifyError:
        raise
    except (OSError, MemoryError):
        raise
    except Exception as exc:  # hostile input that trips the zip reader in an unforeseen way
        raise MalformedArchiveError(detail=f"{type(exc).__name__}: {exc}") from exc
    finally:
        f.close()


def _verify_open(
    f: Any,
    path: Path,
    size: int,
    trusted: list[PublicKey],
    limits: Limits,
    require_seal: bool,
    progress: Callable[[int, int], None] | None,
    cancelled: Callable[[], bool] | None,
) -> VerifyReport:
    hasher: _FileHasher | None = None
    try:
        count, _cd_size, cd_offset, comment = _end_record(f, size)
        if count > limits.max_entries:
            raise TooManyEntriesError(count=count, limit=limits.max_entries)
        if cd_offset > size:
            raise MalformedArchiveError(detail="the central directory lies past the end")
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
        hasher = _FileHasher(path, size - seal_len - 2)
        hasher.start()

        entries = {i.filename[len(top) + 1 :]: i for i in zf.infolist() if not i.is_dir()}
        for name in TAG_FILES:
            if name not in entries and name != "bagit.txt":
                raise NotABundleError(detail=f"{name} is missing")
        if "bagit.txt" not in entries:
            raise NotABundleError(detail="bagit.txt is missing")
        if SIGNATURE_NAME not in entries:
            raise MissingSignatureError(name=SIGNATURE_NAME)
        if "tagmanifest-sha256.txt" not in entries:
            raise MissingSignatureError(name="tagmanifest-sha256.txt")

        sig = minisign.parse_signature(_read_small(zf, entries[SIGNATURE_NAME], limits))
        signers = minisign.find_signer(sig, trusted)
        if not signers:
            raise SignerNotTrustedError(key_id=sig.key_id_hex)
        tagmanifest = _read_small(zf, entries["tagmanifest-sha256.txt"], limits)
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

        tags = _parse_manifest(tagmanifest, "tagmanifest-sha256.txt")
        for name in TAG_FILES:
            if name not in tags:
                raise NotABundleError(detail=f"the tag manifest does not cover {name}")
        tag_data: dict[str, bytes] = {}
        for name, digest in tags.items():
            if name not in entries:
                raise TagFileChangedError(name=name)
            data = _read_small(zf, entries[name], limits)
            if hashlib.sha256(data).hexdigest() != digest:
                raise TagFileChangedError(name=name)
            tag_data[name] = data

        manifest = _parse_manifest(tag_data["manifest-sha256.txt"], "manifest-sha256.txt")
        payload = {
            unicodedata.normalize("NFC", n): i for n, i in entries.items() if n.startswith("data/")
        }
        for name in manifest:
            if name not in payload:
                raise PayloadMissingError(name=name)
        for name in payload:
            if name not in manifest:
                raise PayloadAddedError(name=name)
        allowed_top = {*tags, "tagmanifest-sha256.txt", SIGNATURE_NAME}
        for name in entries:
            if not name.startswith("data/") and name not in allowed_top:
                raise PayloadAddedError(name=name)

        total = sum(payload[n].file_size for n in manifest)
        done = 0

        def tick(n: int) -> None:
            nonlocal done
            done += n
            if progress is not None:
                progress(done, total)
            if cancelled is not None and cancelled():
                raise VerifyCancelledError()

        for name, digest in manifest.items():
            if _hash_entry(zf, payload[name], tick) != digest:
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
            raw = _read_small(zf, payload["data/submission.json"], limits)
            try:
                submission = json.loads(raw)
            except (json.JSONDecodeError, UnicodeDecodeError):
                raise NotABundleError(detail="submission.json is not JSON") from None
        return _report(
            path, bag_info, sig, signer, submission, final.hexdigest(), sealed, total, len(manifest)
        )
    finally:
        if hasher is not None and hasher.is_alive():
            hasher.stop.set()
            hasher.join()


def _check_seal(hasher: _FileHasher, comment: bytes, signer: PublicKey, require: bool) -> bool:
    hasher.join()
    if hasher.error is not None:
        raise NotABundleError(detail=str(hasher.error))
    text = comment.decode("ascii", errors="replace")
    if not text.startswith(SEAL_MAGIC + " "):
        if require:
            raise ContainerModifiedError(detail="the container seal is missing")
        return False
    parts = text.split(" ")
    if len(parts) != 3 or parts[1] != signer.key_id_hex:
        raise ContainerModifiedError(detail="the container seal is malformed")
    try:
        sig = minisign.b64decode_strict(parts[2])
    except (binascii.Error, ValueError):
        raise ContainerModifiedError(detail="the container seal is malformed") from None
    h = hasher.hash.copy()
    h.update(b"\x00\x00")
    try:
        signer.ed25519().verify(sig, SEAL_CONTEXT + h.digest())
    except InvalidSignature:
        raise ContainerModifiedError(detail="the zip structure does not match its seal") from None
    return True


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
        status_counts=counts,
        benchmarks=tuple(benchmarks),
    )
