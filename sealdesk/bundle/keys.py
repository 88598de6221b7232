"""The workspace's Ed25519 signing key, wrapped with a passphrase.

The key file ``<workspace>/keys/signing-key.json`` (owner-only, written atomically) holds the
public key in clear and the 32-byte private seed encrypted with AES-256-GCM under a key derived
from the passphrase by scrypt. The GCM associated data binds the key id, the public key and the
KDF parameters, so editing any of them makes the file fail to open instead of weakening it.

KDF parameters: scrypt with N = 2**17, r = 8, p = 1 (128 MiB of memory, about 0.3-0.4 s on an
office PC; measured 0.41 s on the build machine). This is the cost minisign and the scrypt paper
use for interactive logins and files; PKCS8's PBKDF2 with 2,048 rounds costs an attacker almost
nothing by comparison. The key is unwrapped once per export, so the delay is not felt, and 128
MiB is affordable on the 4 GB machines district offices have. Stored parameters are read back
from the file, so they can be raised later without breaking old key files.

Replacing a key keeps the old public key in ``history``: bundles signed with it stay checkable,
and each bundle names the key id that signed it.
"""

from __future__ import annotations

import base64
import json
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from sealdesk.bundle.errors import (
    KeyExistsError,
    KeyFileError,
    NoSigningKeyError,
    WeakPassphraseError,
    WrongPassphraseError,
)
from sealdesk.bundle.minisign import PublicKey, key_id_display, key_id_from_display, sign
from sealdesk.errors import FileAccessError
from sealdesk.fsutil import atomic_write_text, check_output, read_regular_text

KEY_FILE = "signing-key.json"
FORMAT = "sealdesk-signing-key"
VERSION = 1
MIN_PASSPHRASE = 8


@dataclass(frozen=True, slots=True)
class KdfParams:
    n: int = 2**17
    r: int = 8
    p: int = 1

    @property
    def memory_bytes(self) -> int:
        return 128 * self.n * self.r * self.p


DEFAULT_KDF = KdfParams()
# Never accept a key file asking for less than this (protects against an edited file that
# still decrypts because someone re-wrapped it with weak parameters).
MIN_KDF_N = 2**14
# Nor for more than this: a key file is read before the passphrase is checked, so a file asking
# for N = 2**40 would otherwise take all memory. Room to raise the default eightfold.
MAX_KDF_N = 2**20
MAX_KDF_R = 32
MAX_KDF_P = 16
MAX_KDF_MEMORY = 1024**3  # 128 * N * r bytes
MAX_KDF_WORK = 4 * 1024**3  # 128 * N * r * p: the time it takes, in the same unit
SALT_BYTES = (16, 64)
MAX_KEY_FILE_BYTES = 1024 * 1024  # the key and its history of retired public keys


@dataclass(frozen=True, slots=True)
class KeyInfo:
    """What ``sealdesk key show`` prints; no secret in it."""

    public: PublicKey
    created: str
    kdf: KdfParams
    history: tuple[tuple[PublicKey, str, str], ...]  # (old key, created, retired)


@dataclass(frozen=True, slots=True)
class SigningKey:
    """An unwrapped private key, in memory for one export."""

    public: PublicKey
    private: Ed25519PrivateKey

    def sign_minisign(self, message: bytes, trusted_comment: str) -> str:
        return sign(self.private, self.public.key_id, message, trusted_comment)

    def sign_raw(self, message: bytes) -> bytes:
        return self.private.sign(message)


def key_path(keys_dir: Path) -> Path:
    return Path(keys_dir) / KEY_FILE


def has_key(keys_dir: Path) -> bool:
    return key_path(keys_dir).is_file()


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text, validate=True)


def _derive(passphrase: str, salt: bytes, kdf: KdfParams) -> bytes:
    return Scrypt(salt=salt, length=32, n=kdf.n, r=kdf.r, p=kdf.p).derive(
        passphrase.encode("utf-8")
    )


def _aad(doc: dict[str, Any]) -> bytes:
    bound = {k: doc[k] for k in ("format", "version", "algorithm", "key_id", "public_key", "kdf")}
    return json.dumps(bound, sort_keys=True, separators=(",", ":")).encode("utf-8")


def _now() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def _wrap(
    seed: bytes, public: PublicKey, passphrase: str, kdf: KdfParams, created: str
) -> dict[str, Any]:
    salt = secrets.token_bytes(32)
    nonce = secrets.token_bytes(12)
    doc: dict[str, Any] = {
        "format": FORMAT,
        "version": VERSION,
        "algorithm": "Ed25519",
        "key_id": public.key_id_hex,
        "public_key": _b64(public.raw),
        "created": created,
        "kdf": {"name": "scrypt", "n": kdf.n, "r": kdf.r, "p": kdf.p, "salt": _b64(salt)},
    }
    box = AESGCM(_derive(passphrase, salt, kdf))
    doc["cipher"] = {"name": "AES-256-GCM", "nonce": _b64(nonce)}
    doc["encrypted_private_key"] = _b64(box.encrypt(nonce, seed, _aad(doc)))
    return doc


def _write_atomic(path: Path, doc: dict[str, Any]) -> None:
    """Owner-only from the first byte (the temporary file is made 0600), fsynced, renamed."""
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    atomic_write_text(path, json.dumps(doc, indent=2, ensure_ascii=False) + "\n", mode=0o600)


def check_passphrase(passphrase: str) -> None:
    """WeakPassphraseError unless ``passphrase`` has MIN_PASSPHRASE characters besides the white
    space around it (eight spaces are no passphrase)."""
    if len(passphrase.strip()) < MIN_PASSPHRASE:
        raise WeakPassphraseError(minimum=MIN_PASSPHRASE)


def _read(keys_dir: Path) -> dict[str, Any]:
    path = key_path(keys_dir)
    if not path.exists():
        raise NoSigningKeyError()
    try:
        doc = json.loads(read_regular_text(path, MAX_KEY_FILE_BYTES))
    except FileAccessError as exc:
        raise KeyFileError(path=str(path), detail=exc.english().rstrip(".")) from None
    except (ValueError, RecursionError):
        raise KeyFileError(path=str(path), detail="it is not valid JSON") from None
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise KeyFileError(path=str(path), detail="not a SealDesk key file")
    if doc.get("version") != VERSION:
        raise KeyFileError(path=str(path), detail=f"unknown version {doc.get('version')!r}")
    return doc


def _public_of(doc: dict[str, Any], path: Path) -> PublicKey:
    try:
        key_id = key_id_from_display(doc["key_id"])
        raw = _unb64(doc["public_key"])
    except (KeyError, ValueError, TypeError) as exc:
        raise KeyFileError(path=str(path), detail=f"bad public key ({exc})") from None
    if len(raw) != 32:
        raise KeyFileError(path=str(path), detail="bad public key length")
    return PublicKey(key_id=key_id, raw=raw)


def _kdf_of(doc: dict[str, Any], path: Path) -> tuple[KdfParams, bytes]:
    try:
        k = doc["kdf"]
        if k["name"] != "scrypt":
            raise ValueError(f"unknown KDF {k['name']!r}")
        if not all(type(k[name]) is int for name in "nrp"):
            raise ValueError("the parameters are not whole numbers")
        params = KdfParams(n=k["n"], r=k["r"], p=k["p"])
        salt = _unb64(k["salt"])
    except (KeyError, ValueError, TypeError) as exc:
        raise KeyFileError(path=str(path), detail=f"bad KDF parameters ({exc})") from None
    if params.n < MIN_KDF_N or params.n & (params.n - 1) or params.r < 1 or params.p < 1:
        raise KeyFileError(path=str(path), detail="KDF parameters below the accepted minimum")
    if (
        params.n > MAX_KDF_N
        or params.r > MAX_KDF_R
        or params.p > MAX_KDF_P
        or params.memory_bytes // params.p > MAX_KDF_MEMORY
        or params.memory_bytes > MAX_KDF_WORK
    ):
        raise KeyFileError(path=str(path), detail="KDF parameters above the accepted maximum")
    if not SALT_BYTES[0] <= len(salt) <= SALT_BYTES[1]:
        raise KeyFileError(path=str(path), detail="bad KDF salt length")
    return params, salt


def _history_of(doc: dict[str, Any], path: Path) -> list[dict[str, str]]:
    history = doc.get("history", [])
    if not isinstance(history, list):
        raise KeyFileError(path=str(path), detail="bad history")
    return history


def create_key(
    keys_dir: Path, passphrase: str, *, replace: bool = False, kdf: KdfParams = DEFAULT_KDF
) -> PublicKey:
    """Makes a new key pair; with ``replace`` the current public key moves to the history."""
    keys_dir = Path(keys_dir)
    check_passphrase(passphrase)
    history: list[dict[str, str]] = []
    if has_key(keys_dir):
        old = _read(keys_dir)
        if not replace:
            raise KeyExistsError(key_id=str(old.get("key_id")))
        path = key_path(keys_dir)
        old_public = _public_of(old, path)
        retired = {
            "key_id": old_public.key_id_hex,
            "public_key": _b64(old_public.raw),
            "created": str(old.get("created", "")),
            "retired": _now(),
        }
        history = [*_history_of(old, path), retired]
    private = Ed25519PrivateKey.generate()
    seed = private.private_bytes_raw()
    public = PublicKey(key_id=secrets.token_bytes(8), raw=private.public_key().public_bytes_raw())
    doc = _wrap(seed, public, passphrase, kdf, _now())
    doc["history"] = history
    _write_atomic(key_path(keys_dir), doc)
    return public


def key_info(keys_dir: Path) -> KeyInfo:
    doc = _read(keys_dir)
    path = key_path(keys_dir)
    history = []
    for item in _history_of(doc, path):
        try:
            old = PublicKey(
                key_id=key_id_from_display(item["key_id"]), raw=_unb64(item["public_key"])
            )
        except (KeyError, ValueError, TypeError) as exc:
            raise KeyFileError(path=str(path), detail=f"bad history entry ({exc})") from None
        history.append((old, item.get("created", ""), item.get("retired", "")))
    return KeyInfo(
        public=_public_of(doc, path),
        created=str(doc.get("created", "")),
        kdf=_kdf_of(doc, path)[0],
        history=tuple(history),
    )


def public_key(keys_dir: Path) -> PublicKey:
    return key_info(keys_dir).public


def all_public_keys(keys_dir: Path) -> list[PublicKey]:
    """The current key, then the retired ones newest first: what this workspace ever signed with."""
    info = key_info(keys_dir)
    return [info.public] + [old for old, _, _ in reversed(info.history)]


def unlock(keys_dir: Path, passphrase: str) -> SigningKey:
    """The private key; WrongPassphraseError (nothing changed) when the passphrase is wrong."""
    doc = _read(keys_dir)
    path = key_path(keys_dir)
    public = _public_of(doc, path)
    params, salt = _kdf_of(doc, path)
    try:
        nonce = _unb64(doc["cipher"]["nonce"])
        blob = _unb64(doc["encrypted_private_key"])
        if doc["cipher"]["name"] != "AES-256-GCM" or len(nonce) != 12:
            raise ValueError("unknown cipher")
    except (KeyError, ValueError, TypeError) as exc:
        raise KeyFileError(path=str(path), detail=f"bad cipher data ({exc})") from None
    try:
        seed = AESGCM(_derive(passphrase, salt, params)).decrypt(nonce, blob, _aad(doc))
    except InvalidTag:
        raise WrongPassphraseError() from None
    private = Ed25519PrivateKey.from_private_bytes(seed)
    if private.public_key().public_bytes_raw() != public.raw:
        raise KeyFileError(path=str(path), detail="the private key does not match the public key")
    return SigningKey(public=public, private=private)


def change_passphrase(keys_dir: Path, old: str, new: str, kdf: KdfParams = DEFAULT_KDF) -> None:
    check_passphrase(new)
    doc = _read(keys_dir)
    key = unlock(keys_dir, old)
    new_doc = _wrap(key.private.private_bytes_raw(), key.public, new, kdf, str(doc["created"]))
    new_doc["history"] = doc.get("history", [])
    _write_atomic(key_path(keys_dir), new_doc)


def export_public(keys_dir: Path, dest: Path, *, overwrite: bool = False) -> PublicKey:
    """Writes the current public key in minisign's format to ``dest`` (a regular file, never an
    existing one unless ``overwrite``; written to a temporary name and renamed)."""
    public = public_key(keys_dir)
    dest = check_output(Path(dest), overwrite)
    atomic_write_text(dest, public.minisign_text())
    return public


__all__ = [
    "DEFAULT_KDF",
    "KdfParams",
    "KeyInfo",
    "SigningKey",
    "all_public_keys",
    "change_passphrase",
    "check_passphrase",
    "create_key",
    "export_public",
    "has_key",
    "key_id_display",
    "key_info",
    "key_path",
    "public_key",
    "unlock",
]
