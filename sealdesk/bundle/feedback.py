"""The feedback file: what the coordinating office sends back to a district about one bundle
(returned with feedback, accepted, or final), in the same container as the submission bundle
(docs/bundle-format.md, "The feedback file").

A serialized BagIt 1.0 bag in one .zip, one top-level folder, SHA-256 manifests, the minisign
signature by the office key over the tag manifest and the container seal, written with the
bundle's own container (``container``) and sealing (``seal``); so ``sealdesk verify``'s verifier,
bagit-python and ``minisign -V`` check it as they check a bundle. Its payload:

    data/feedback.json    every verdict, comment and required action; the bundle it reviews
                          (id and SHA-256 of its tag manifest); the office's catalog edition
    data/letter-th.pdf    the printable feedback letter in Thai
    data/letter-en.pdf    the same in English

Plain data in, a file out: the review service builds the document and prints the letters.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import os
import zipfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sealdesk import __version__
from sealdesk.bundle import verify as verifier
from sealdesk.bundle.archive import DEFAULT_LIMITS, read_small
from sealdesk.bundle.constants import BAGIT_TXT, SIGNATURE_NAME, TAG_MANIFEST
from sealdesk.bundle.container import (
    BundleZip,
    bag_info_text,
    manifest_text,
    tag_line,
    tag_manifest_text,
)
from sealdesk.bundle.errors import (
    ExportFailedError,
    NotABundleError,
    PayloadChangedError,
)
from sealdesk.bundle.keys import SigningKey
from sealdesk.bundle.minisign import PublicKey
from sealdesk.bundle.seal import seal_container
from sealdesk.fsutil import check_output, claim_file, fsync_dir, read_regular_bytes

SCHEMA = "sealdesk.feedback"
SCHEMA_VERSION = 1
DOCUMENT = "data/feedback.json"
LETTER = "data/letter-{lang}.pdf"
MAX_FEEDBACK_BYTES = 64 * 1024 * 1024
"""A feedback file holds a JSON document and two letters: far below this."""
PARTIAL_SUFFIX = ".partial"


@dataclass(frozen=True, slots=True)
class WrittenFeedback:
    path: Path
    feedback_id: str
    sha256: str  # of the .zip file
    size: int


@dataclass(frozen=True, slots=True)
class ReadFeedback:
    """A feedback file that verified: its document, its letters, who signed it."""

    document: dict[str, Any]
    letters: dict[str, bytes]  # language -> PDF bytes
    sha256: str  # of the whole file
    signer_key_id: str
    report: verifier.VerifyReport


def folder_name(doc: Mapping[str, Any]) -> str:
    """The bag's one top-level folder: sealdesk-feedback-<district>-<round>-<kind>-<8 hex>."""
    district = doc["district"]["code"]
    short = str(doc["feedback_id"]).replace("-", "")[:8].lower()
    return f"sealdesk-feedback-{district}-{doc['round_be']}-{doc['kind']}-{short}"


def encode(doc: Mapping[str, Any]) -> bytes:
    return (json.dumps(doc, ensure_ascii=False, indent=2, default=str) + "\n").encode("utf-8")


def trusted_comment(doc: Mapping[str, Any], when: datetime) -> str:
    """The minisign trusted comment (signed, shown by ``minisign -V``)."""
    reviewed = doc["reviews_bundle"]
    fields = [
        f"timestamp:{int(when.timestamp())}",
        f"file:{TAG_MANIFEST}",
        "prehashed",
        f"feedback:{doc['feedback_id']}",
        f"kind:{doc['kind']}",
        f"district:{doc['district']['code']} {tag_line(doc['district'].get('en', ''))}",
        f"round:{doc['round_be']}",
        f"reviews:{reviewed['bundle_id']}",
        f"time:{when.isoformat()}",
    ]
    return "\t".join(fields)


def write_feedback(
    doc: Mapping[str, Any],
    letters: Mapping[str, bytes],
    out_path: Path,
    signing_key: SigningKey,
    *,
    overwrite: bool = False,
    not_inside: Sequence[Path] = (),
    now: datetime | None = None,
) -> WrittenFeedback:
    """Writes the signed feedback file for ``doc`` (schema ``sealdesk.feedback``, made by the
    review service) with its letters (language -> PDF bytes) to ``out_path``: never over an
    existing file unless ``overwrite``, through a hidden temporary name renamed at the end."""
    out_path = check_output(Path(out_path), overwrite, not_inside)
    when = (now or datetime.now().astimezone()).replace(microsecond=0)
    folder, prefix = out_path.parent, f".{out_path.stem}."
    try:
        tmp, fd = claim_file(folder, prefix, PARTIAL_SUFFIX)
    except OSError as exc:
        raise ExportFailedError.from_os_error(str(out_path), exc) from exc
    bz: BundleZip | None = None
    try:
        bz = BundleZip(tmp, when, folder_name(doc))
        sha, size = _write(bz, doc, letters, signing_key, when)
        os.chmod(tmp, 0o644)
        os.replace(tmp, out_path)
        fsync_dir(out_path.parent)
    except BaseException as exc:
        if bz is not None:
            bz.abandon()
        with contextlib.suppress(OSError):
            tmp.unlink()
        if isinstance(exc, OSError):
            raise ExportFailedError.from_os_error(str(out_path), exc) from exc
        raise
    finally:
        os.close(fd)
    return WrittenFeedback(out_path, str(doc["feedback_id"]), sha, size)


def _write(
    bz: BundleZip,
    doc: Mapping[str, Any],
    letters: Mapping[str, bytes],
    signing_key: SigningKey,
    when: datetime,
) -> tuple[str, int]:
    payload: list[tuple[str, bytes]] = [(DOCUMENT, encode(doc))]
    payload += [(LETTER.format(lang=lang), pdf) for lang, pdf in sorted(letters.items())]
    bz.add_bytes("bagit.txt", BAGIT_TXT)
    for name, data in payload:
        bz.add_bytes(name, data)
    manifest = manifest_text((hashlib.sha256(data).hexdigest(), name) for name, data in payload)
    reviewed = doc["reviews_bundle"]
    info = bag_info_text(
        [
            ("Source-Organization", str(doc["office"]["name"])),
            ("Bagging-Date", when.date().isoformat()),
            ("Payload-Oxum", f"{sum(len(d) for _, d in payload)}.{len(payload)}"),
            ("External-Identifier", str(doc["feedback_id"])),
            ("Bag-Software-Agent", f"SealDesk {__version__}"),
            ("SealDesk-Document", "feedback"),
            ("SealDesk-Feedback-Kind", str(doc["kind"])),
            ("SealDesk-District-Code", str(doc["district"]["code"])),
            ("SealDesk-Round-BE", str(doc["round_be"])),
            ("SealDesk-Reviews-Bundle", str(reviewed["bundle_id"])),
            ("SealDesk-Reviews-Tag-Manifest-SHA256", str(reviewed["tag_manifest_sha256"])),
            ("SealDesk-Signer-Key-Id", signing_key.public.key_id_hex),
            ("SealDesk-Created", when.isoformat()),
        ]
    )
    bz.add_bytes("manifest-sha256.txt", manifest, stored=False)
    bz.add_bytes("bag-info.txt", info, stored=False)
    tagmanifest = tag_manifest_text(info, manifest)
    bz.add_bytes(TAG_MANIFEST, tagmanifest, stored=False)
    signature = signing_key.sign_minisign(tagmanifest, trusted_comment(doc, when))
    bz.add_bytes(SIGNATURE_NAME, signature.encode("utf-8"), stored=True)
    bz.close_zip()
    sha, size = seal_container(bz, signing_key)
    bz.finish()
    return sha, size


def read_feedback(path: Path, trusted: Sequence[PublicKey]) -> ReadFeedback:
    """Verifies a feedback file completely (the bundle verifier: signature by one of
    ``trusted``, manifests, container seal) and returns what it says. The bytes parsed are the
    very bytes verified (their SHA-256 is compared). Raises the verifier's errors, and
    NotABundleError when the verified bag is not a feedback file."""
    path = Path(path)
    data = read_regular_bytes(path, MAX_FEEDBACK_BYTES)
    sha = hashlib.sha256(data).hexdigest()
    report = verifier.verify_bundle(path, list(trusted))
    if report.bundle_sha256 != sha:
        raise PayloadChangedError(name=path.name)
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        entries = {i.filename.split("/", 1)[1]: i for i in zf.infolist() if "/" in i.filename}
        if DOCUMENT not in entries:
            raise NotABundleError(detail="data/feedback.json is missing")
        doc = json.loads(read_small(zf, entries[DOCUMENT], DEFAULT_LIMITS))
        letters = {
            lang: read_small(zf, entries[LETTER.format(lang=lang)], DEFAULT_LIMITS)
            for lang in ("th", "en")
            if LETTER.format(lang=lang) in entries
        }
    except (zipfile.BadZipFile, json.JSONDecodeError, UnicodeDecodeError, IndexError) as exc:
        raise NotABundleError(detail=str(exc)) from None
    if not isinstance(doc, dict) or doc.get("schema") != SCHEMA:
        raise NotABundleError(detail="not a SealDesk feedback file")
    _check_document(doc)
    if str(doc.get("feedback_id", "")) != report.bundle_id:
        raise NotABundleError(detail="the feedback id differs from the bag's")
    return ReadFeedback(doc, letters, sha, report.signer_key_id, report)


KINDS = ("returned", "accepted", "final")


def _check_document(doc: dict[str, Any]) -> None:
    """The fields a reader relies on, of the types it expects (a newer schema is refused)."""
    problems = []
    if doc.get("schema_version") != SCHEMA_VERSION:
        problems.append(f"schema_version {doc.get('schema_version')!r}")
    if doc.get("kind") not in KINDS:
        problems.append("kind")
    if not isinstance(doc.get("round_be"), int):
        problems.append("round_be")
    for name in ("district", "reviews_bundle", "office"):
        if not isinstance(doc.get(name), dict):
            problems.append(name)
    if not isinstance(doc.get("reviews"), list) or not all(
        isinstance(r, dict) for r in doc.get("reviews", [])
    ):
        problems.append("reviews")
    if problems:
        raise NotABundleError(detail="feedback.json: " + ", ".join(problems))


def tag_manifest_sha256(path: Path) -> str:
    """The SHA-256 of a bundle's (or feedback file's) tag manifest, read from its zip: what a
    feedback file names, beside the bundle id, to say exactly which bundle it reviews."""
    with zipfile.ZipFile(Path(path)) as zf:
        for info in zf.infolist():
            if info.filename.count("/") == 1 and info.filename.endswith("/" + TAG_MANIFEST):
                return hashlib.sha256(read_small(zf, info, DEFAULT_LIMITS)).hexdigest()
    raise NotABundleError(detail=f"{TAG_MANIFEST} is missing")


__all__ = [
    "MAX_FEEDBACK_BYTES",
    "SCHEMA",
    "ReadFeedback",
    "WrittenFeedback",
    "read_feedback",
    "tag_manifest_sha256",
    "write_feedback",
]
