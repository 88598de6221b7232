"""minisign's public-key and signature formats (https://jedisct1.github.io/minisign/).

Public key file::

    untrusted comment: minisign public key <KEY ID>
    base64("Ed" + key_id[8] + ed25519_public_key[32])

Signature file (prehashed, the only kind we write)::

    untrusted comment: <free text>
    base64("ED" + key_id[8] + ed25519_sign(BLAKE2b-512(file)))
    trusted comment: <one line of text>
    base64(ed25519_sign(signature[64] + trusted_comment_bytes))

The key id is 8 random bytes; minisign shows it as the little-endian 64-bit number in upper
hex, so the displayed id is the bytes reversed. Legacy "Ed" signatures (the file itself is
signed, not its hash) are accepted by the verifier, never written.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from sealdesk.bundle.errors import BadSignatureError, PublicKeyFormatError
from sealdesk.domain.fingerprint import group_hex  # re-exported: bundle code imports it here
from sealdesk.errors import FileAccessError, SealDeskError
from sealdesk.fsutil import read_regular_text

PK_ALG = b"Ed"
SIG_ALG_PREHASHED = b"ED"
SIG_ALG_LEGACY = b"Ed"
UNTRUSTED_PREFIX = "untrusted comment: "
TRUSTED_PREFIX = "trusted comment: "


def b64decode_strict(text: str) -> bytes:
    """Base64 that must be canonical: the padding bits a lenient decoder ignores must be zero,
    so no two different texts decode to the same bytes."""
    data = base64.b64decode(text, validate=True)
    if base64.b64encode(data).decode("ascii") != text:
        raise ValueError("non-canonical base64")
    return data


def key_id_display(key_id: bytes) -> str:
    """minisign's display of a key id: the little-endian u64 in upper-case hex."""
    return key_id[::-1].hex().upper()


def key_id_from_display(text: str) -> bytes:
    raw = bytes.fromhex(text.strip())
    if len(raw) != 8:
        raise ValueError("a key id has 8 bytes")
    return raw[::-1]


@dataclass(frozen=True, slots=True)
class PublicKey:
    key_id: bytes  # 8 bytes, as stored in minisign blobs
    raw: bytes  # 32-byte Ed25519 public key
    comment: str = ""

    @property
    def key_id_hex(self) -> str:
        return key_id_display(self.key_id)

    @property
    def fingerprint(self) -> str:
        """SHA-256 of the 32-byte public key, lower-case hex."""
        return hashlib.sha256(self.raw).hexdigest()

    @property
    def fingerprint_grouped(self) -> str:
        """The first 128 bits of the fingerprint, in 8 groups of 4, for people to compare."""
        return group_hex(self.fingerprint, 4, 8)

    def blob(self) -> bytes:
        return PK_ALG + self.key_id + self.raw

    def minisign_text(self) -> str:
        return (
            f"{UNTRUSTED_PREFIX}minisign public key {self.key_id_hex}\n"
            f"{base64.b64encode(self.blob()).decode('ascii')}\n"
        )

    def ed25519(self) -> Ed25519PublicKey:
        return Ed25519PublicKey.from_public_bytes(self.raw)


def parse_public_key(text: str, source: str = "<public key>") -> PublicKey:
    """A minisign public key: the two-line file, or just its base64 line."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    comment = ""
    if lines and lines[0].startswith(UNTRUSTED_PREFIX):
        comment = lines[0][len(UNTRUSTED_PREFIX) :]
        lines = lines[1:]
    if len(lines) != 1:
        raise PublicKeyFormatError(source=source, detail="expected one base64 line")
    try:
        blob = b64decode_strict(lines[0])
    except (binascii.Error, ValueError):
        raise PublicKeyFormatError(source=source, detail="the key line is not base64") from None
    if len(blob) != 42 or blob[:2] != PK_ALG:
        raise PublicKeyFormatError(source=source, detail="not an Ed25519 key of 42 bytes")
    return PublicKey(key_id=blob[2:10], raw=blob[10:42], comment=comment)


MAX_PUBLIC_KEY_BYTES = 64 * 1024
"""A minisign public key file is two short lines; anything larger is not one."""


def load_public_keys(
    path: Path, skipped: list[tuple[str, SealDeskError]] | None = None
) -> list[PublicKey]:
    """One .pub file, or every *.pub file of a folder (not recursive).

    Only regular files of at most MAX_PUBLIC_KEY_BYTES are read (a FIFO or /dev/zero is
    refused, not waited on or read without end). A file named on its own must be a good key;
    in a folder, a file that cannot be used is left out and added to ``skipped`` (when given)
    with its error, so one damaged file does not make every bundle fail.
    """
    path = Path(path)
    folder = path.is_dir()
    files = sorted(path.glob("*.pub")) if folder else [path]
    keys = []
    for file in files:
        try:
            text = read_regular_text(file, MAX_PUBLIC_KEY_BYTES)
            keys.append(parse_public_key(text, str(file)))
        except (FileAccessError, PublicKeyFormatError) as error:
            if not folder:
                raise
            if skipped is not None:
                skipped.append((str(file), error))
    if not keys:
        raise PublicKeyFormatError(source=str(path), detail="no usable .pub file found")
    return keys


def _clean_comment(text: str) -> str:
    return text.replace("\r", " ").replace("\n", " ")


def sign(
    private_key: Ed25519PrivateKey,
    key_id: bytes,
    message: bytes,
    trusted_comment: str,
    untrusted_comment: str = "signature from SealDesk",
) -> str:
    """The text of a prehashed minisign signature of ``message``."""
    digest = hashlib.blake2b(message, digest_size=64).digest()
    return sign_digest(private_key, key_id, digest, trusted_comment, untrusted_comment)


def sign_digest(
    private_key: Ed25519PrivateKey,
    key_id: bytes,
    blake2b_digest: bytes,
    trusted_comment: str,
    untrusted_comment: str = "signature from SealDesk",
) -> str:
    trusted = _clean_comment(trusted_comment)
    untrusted = _clean_comment(untrusted_comment)
    signature = private_key.sign(blake2b_digest)
    global_sig = private_key.sign(signature + trusted.encode("utf-8"))
    return (
        f"{UNTRUSTED_PREFIX}{untrusted}\n"
        f"{base64.b64encode(SIG_ALG_PREHASHED + key_id + signature).decode('ascii')}\n"
        f"{TRUSTED_PREFIX}{trusted}\n"
        f"{base64.b64encode(global_sig).decode('ascii')}\n"
    )


@dataclass(frozen=True, slots=True)
class Signature:
    algorithm: bytes  # b"ED" (prehashed) or b"Ed" (legacy)
    key_id: bytes
    signature: bytes
    trusted_comment: str
    global_signature: bytes
    untrusted_comment: str

    @property
    def key_id_hex(self) -> str:
        return key_id_display(self.key_id)


def parse_signature(data: bytes) -> Signature:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise BadSignatureError(detail="the signature file is not UTF-8 text") from None
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    lines = [line.removesuffix("\r") for line in lines]
    if len(lines) != 4:
        raise BadSignatureError(detail="the signature file does not have 4 lines")
    if not lines[0].startswith(UNTRUSTED_PREFIX) or not lines[2].startswith(TRUSTED_PREFIX):
        raise BadSignatureError(detail="the signature file's comment lines are malformed")
    try:
        blob = b64decode_strict(lines[1])
        global_sig = b64decode_strict(lines[3])
    except (binascii.Error, ValueError):
        raise BadSignatureError(detail="the signature is not base64") from None
    if len(blob) != 74 or blob[:2] not in (SIG_ALG_PREHASHED, SIG_ALG_LEGACY):
        raise BadSignatureError(detail="unknown signature algorithm or length")
    if len(global_sig) != 64:
        raise BadSignatureError(detail="the global signature has the wrong length")
    return Signature(
        algorithm=blob[:2],
        key_id=blob[2:10],
        signature=blob[10:74],
        trusted_comment=lines[2][len(TRUSTED_PREFIX) :],
        global_signature=global_sig,
        untrusted_comment=lines[0][len(UNTRUSTED_PREFIX) :],
    )


def find_signer(signature: Signature, trusted: Iterable[PublicKey]) -> list[PublicKey]:
    return [key for key in trusted if key.key_id == signature.key_id]


def verify(signature: Signature, public_key: PublicKey, message: bytes) -> None:
    """Raises BadSignatureError unless both the signature and the global signature hold."""
    if signature.key_id != public_key.key_id:
        raise BadSignatureError(detail="the signature was made by another key")
    if signature.algorithm == SIG_ALG_PREHASHED:
        signed = hashlib.blake2b(message, digest_size=64).digest()
    else:
        signed = message
    pk = public_key.ed25519()
    try:
        pk.verify(signature.signature, signed)
    except InvalidSignature:
        raise BadSignatureError(detail="the signature does not match the signed file") from None
    try:
        pk.verify(
            signature.global_signature,
            signature.signature + signature.trusted_comment.encode("utf-8"),
        )
    except InvalidSignature:
        raise BadSignatureError(detail="the trusted comment was changed") from None
