"""Names and constants of the bundle format that the writer and the verifier share
(docs/bundle-format.md)."""

from __future__ import annotations

from sealdesk.fsutil import CHUNK

BAGIT_TXT = b"BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n"
TAG_MANIFEST = "tagmanifest-sha256.txt"
SIGNATURE_NAME = "tagmanifest-sha256.txt.minisig"
TAG_FILES = ("bagit.txt", "bag-info.txt", "manifest-sha256.txt")
SEAL_MAGIC = "SealDesk-Seal/1"
SEAL_CONTEXT = b"SealDesk container seal v1\x00"

__all__ = [
    "BAGIT_TXT",
    "CHUNK",
    "SEAL_CONTEXT",
    "SEAL_MAGIC",
    "SIGNATURE_NAME",
    "TAG_FILES",
    "TAG_MANIFEST",
]
