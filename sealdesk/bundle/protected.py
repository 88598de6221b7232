"""The marked (personal-data) evidence of a bundle, encrypted before the bag is written
(issue 18, docs/bundle-format.md "Protected evidence").

Each marked document is encrypted once to a private temporary file beside the bundle (only
ciphertext touches the disk), so its ciphertext's size and SHA-256 are known before
submission.json is written; the writer then streams it into the bag under a neutral name,
``data/evidence/protected/p-NNN.age``. What could name someone (the file name, title,
description, source) travels only in the encrypted index.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from sealdesk.bundle.protect import (
    PROTECTED_DIR,
    Reader,
    encrypt_bytes,
    encrypt_stream,
    index_bytes,
)
from sealdesk.bundle.submission import BlobSource
from sealdesk.domain.assessment import Evidence
from sealdesk.domain.preflight import Finding
from sealdesk.errors import QT_TRANSLATE_NOOP


@dataclass(frozen=True, slots=True)
class Ciphertext:
    path: Path  # the temporary file holding it
    sha256: str
    size: int


@dataclass(frozen=True, slots=True)
class Sealed:
    files: dict[str, Ciphertext]  # by the original's SHA-256, in bag order
    paths: dict[str, str]  # original SHA-256 -> "data/evidence/protected/p-NNN.age"
    index: bytes  # the encrypted index (b"" when nothing is protected)
    corrupt: tuple[Finding, ...]


def neutral_name(number: int) -> str:
    """``p-001.age``: says nothing about the document."""
    return f"p-{number:03d}.age"


def seal_protected(
    evidence: Sequence[Evidence],
    blobs: BlobSource,
    readers: Sequence[Reader],
    claim: Callable[[], Path],
    tick: Callable[[int], None],
) -> Sealed:
    """Encrypts every marked document of ``evidence`` for ``readers`` (each to a file from
    ``claim()``), checking while it reads that the stored bytes are still the document's."""
    files: dict[str, Ciphertext] = {}
    paths: dict[str, str] = {}
    entries: dict[str, dict[str, object]] = {}
    corrupt: list[Finding] = []
    for e in evidence:
        if not e.personal_data or e.sha256 in files:
            continue
        name = neutral_name(len(files) + 1)
        target = claim()
        try:
            with blobs.open(e.sha256) as src, open(target, "wb") as dst:
                plain = encrypt_stream(src, dst, readers, tick)
                dst.flush()
                os.fsync(dst.fileno())
        except OSError as exc:
            corrupt.append(
                Finding(
                    "blob-unreadable",
                    e.sha256,
                    QT_TRANSLATE_NOOP(
                        "Bundle", "The stored file of protected evidence {ref} cannot be read."
                    ),
                    {"ref": e.short_hash},
                )
            )
            del exc
            continue
        if plain.plain_sha256 != e.sha256:
            corrupt.append(
                Finding(
                    "blob-corrupt",
                    e.sha256,
                    QT_TRANSLATE_NOOP(
                        "Bundle",
                        "The stored file of protected evidence {ref} is damaged (hash differs).",
                    ),
                    {"ref": e.short_hash},
                )
            )
        files[e.sha256] = Ciphertext(target, _sha256_file(target), target.stat().st_size)
        paths[e.sha256] = PROTECTED_DIR + name
        entries[name] = {
            "name": e.original_name,
            "title": e.description or e.original_name,
            "media_type": e.media_type,
            "sha256": e.sha256,
            "size": e.size,
            "description": e.description,
            "source": e.source,
        }
    index = encrypt_bytes(index_bytes(entries), readers) if entries else b""
    return Sealed(files, paths, index, tuple(corrupt))


def protected_for_fields(readers: Sequence[Reader]) -> list[tuple[str, str]]:
    """bag-info.txt lines saying to whom the protected files were encrypted."""
    return [("SealDesk-Protected-For", f"{r.name} <{r.recipient}>") for r in readers]


def _sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()
