"""Signing a bundle: the minisign signature over the tag manifest, and the container seal.

The seal is an Ed25519 signature by the signing key over SHA-256 of the zip as closed (with an
empty comment), stored as the zip comment ``SealDesk-Seal/1 <key id> <base64 signature>``. Any
change to any byte of the container, including zip metadata no manifest covers, breaks it.
"""

from __future__ import annotations

import base64
import binascii
from datetime import datetime
from typing import Any

from cryptography.exceptions import InvalidSignature

from sealdesk.bundle import minisign
from sealdesk.bundle.constants import SEAL_CONTEXT, SEAL_MAGIC, TAG_MANIFEST
from sealdesk.bundle.container import BundleZip, tag_line
from sealdesk.bundle.errors import ContainerModifiedError
from sealdesk.bundle.keys import SigningKey
from sealdesk.bundle.minisign import PublicKey
from sealdesk.bundle.submission import Submission


def trusted_comment(sub: Submission, bundle_id: str, when: datetime) -> str:
    """The minisign trusted comment: signed, and shown by ``minisign -V``."""
    fields = [
        f"timestamp:{int(when.timestamp())}",
        f"file:{TAG_MANIFEST}",
        "prehashed",
        f"district:{sub.district.code} {tag_line(sub.district.en)}",
        f"round:{sub.round_be}",
        f"bundle:{bundle_id}",
        f"time:{when.isoformat()}",
    ]
    return "\t".join(fields)


def seal_container(bz: BundleZip, signing_key: SigningKey) -> tuple[str, int]:
    """Appends the container seal as the zip comment of the closed zip; returns the final
    SHA-256 and size of the file."""
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


def check_seal(prefix: Any, comment: bytes, signer: PublicKey, require: bool) -> bool:
    """Checks the seal in ``comment`` against ``prefix``, the SHA-256 object of the file up to
    the comment length field; returns False for an unsealed zip when it is not ``require``d."""
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
    h = prefix.copy()
    h.update(b"\x00\x00")
    try:
        signer.ed25519().verify(sig, SEAL_CONTEXT + h.digest())
    except InvalidSignature:
        raise ContainerModifiedError(detail="the zip structure does not match its seal") from None
    return True
