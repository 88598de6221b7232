"""Personal data in a bundle and a backup (issue 18, docs/personal-data.md): the age format
(age-encryption.org/v1) through pyrage, the maintained Rust binding of the reference `rage`.

- A protected evidence file travels as ``data/evidence/protected/p-NNN.age``: exactly the age
  encryption (X25519 recipients) of the original bytes, so ``age -d -i IDENTITY FILE`` gives
  the original. Its real name, title, media type and SHA-256 travel in one encrypted index,
  ``data/evidence/protected/index.json.age``, encrypted to the same recipients.
- A backup of a workspace holding marked evidence is the age passphrase (scrypt) encryption
  of the backup zip.

Plain data in, bytes out: no workspace here.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any, BinaryIO

import pyrage
from pyrage import passphrase as age_passphrase
from pyrage import x25519

from sealdesk.errors import QT_TRANSLATE_NOOP, InputError

PROTECTED_DIR = "data/evidence/protected/"
INDEX_PATH = PROTECTED_DIR + "index.json.age"
AGE_MAGIC = b"age-encryption.org/v1\n"
"""The first line of every age file (binary, not armored)."""
MAX_INDEX_BYTES = 16 * 1024 * 1024


class ProtectionError(InputError):
    """Personal data cannot be protected or opened as asked (one clear sentence)."""


@dataclass(frozen=True, slots=True)
class Reader:
    """A person at the office allowed to read personal data: a name and an age recipient."""

    name: str
    recipient: str  # "age1..."

    def as_json(self) -> dict[str, str]:
        return {"name": self.name, "recipient": self.recipient}


def readers_from(items: Any, source: str = "") -> tuple[Reader, ...]:
    """The ``readers`` list of an office card ([{"name", "recipient"}]), each recipient
    checked; ProtectionError when one is not an age X25519 recipient."""
    if not items:
        return ()
    readers: list[Reader] = []
    try:
        for item in items:
            reader = Reader(str(item["name"]), str(item["recipient"]).strip())
            x25519.Recipient.from_str(reader.recipient)
            readers.append(reader)
    except (KeyError, TypeError, pyrage.RecipientError):
        raise ProtectionError(
            QT_TRANSLATE_NOOP(
                "Errors", "The office card {source} lists a reader whose key is damaged."
            ),
            source=source,
        ) from None
    return tuple(dict.fromkeys(readers))


def _recipients(readers: Iterable[Reader]) -> list[x25519.Recipient]:
    return [x25519.Recipient.from_str(r.recipient) for r in readers]


class _HashingReader:
    """Reads ``src`` for pyrage, hashing and counting what passes; ``tick(n)`` after each read
    may raise (a cancel), which is kept and raised again after pyrage gives up."""

    def __init__(self, src: BinaryIO, tick: Callable[[int], None] | None) -> None:
        self.src, self.tick = src, tick
        self.sha = hashlib.sha256()
        self.size = 0
        self.error: BaseException | None = None

    def read(self, n: int = -1) -> bytes:
        try:
            data = self.src.read(n)
            self.sha.update(data)
            self.size += len(data)
            if self.tick is not None and data:
                self.tick(len(data))
        except BaseException as exc:
            self.error = exc
            raise
        return data


@dataclass(frozen=True, slots=True)
class Encrypted:
    plain_sha256: str
    plain_size: int


def encrypt_stream(
    src: BinaryIO,
    dst: BinaryIO,
    readers: Iterable[Reader],
    tick: Callable[[int], None] | None = None,
) -> Encrypted:
    """Streams the age encryption of ``src`` to ``dst`` for ``readers``; returns the SHA-256
    and size of what was read (the original), so the caller can check it is the stored file."""
    source = _HashingReader(src, tick)
    try:
        pyrage.encrypt_io(source, dst, _recipients(readers))
    except pyrage.EncryptError:
        if source.error is not None:
            raise source.error from None
        raise
    return Encrypted(source.sha.hexdigest(), source.size)


def encrypt_bytes(data: bytes, readers: Iterable[Reader]) -> bytes:
    return pyrage.encrypt(data, _recipients(readers))


def index_bytes(entries: Mapping[str, Mapping[str, Any]]) -> bytes:
    """The protected index's plaintext: {"p-001.age": {"name", "title", "media_type",
    "sha256", "size", ...}} as UTF-8 JSON."""
    return (json.dumps(dict(entries), ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def decrypt_bytes(data: bytes, identities: Iterable[str]) -> bytes:
    """The plaintext of an age file for one of ``identities`` ("AGE-SECRET-KEY-1..."); a
    ProtectionError when none of them opens it."""
    try:
        keys = [x25519.Identity.from_str(i.strip()) for i in identities]
        return pyrage.decrypt(data, keys)
    except (pyrage.DecryptError, pyrage.IdentityError, ValueError):
        raise ProtectionError(
            QT_TRANSLATE_NOOP("Errors", "This protected file was not encrypted for this key.")
        ) from None


def decrypt_index(data: bytes, identities: Iterable[str]) -> dict[str, Any]:
    doc = json.loads(decrypt_bytes(data, identities).decode("utf-8"))
    return doc if isinstance(doc, dict) else {}


# --- backups: the passphrase (scrypt) mode ---------------------------------------------------


class WrongBackupPassphraseError(ProtectionError):
    pass


def is_age(head: bytes) -> bool:
    return head.startswith(AGE_MAGIC)


def passphrase_encrypt(data: bytes, secret: str) -> bytes:
    """age's passphrase mode (scrypt): ``age -d FILE`` asks for the passphrase and opens it."""
    if not secret:
        raise ProtectionError(
            QT_TRANSLATE_NOOP("Errors", "A backup with personal data needs a passphrase.")
        )
    return age_passphrase.encrypt(data, secret)


def passphrase_decrypt(data: bytes, secret: str) -> bytes:
    try:
        return age_passphrase.decrypt(data, secret)
    except pyrage.DecryptError:
        raise WrongBackupPassphraseError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The passphrase does not open this backup; nothing was restored.",
            )
        ) from None
