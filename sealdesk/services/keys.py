"""The workspace's signing key: where it lives, create, show, unlock, change the passphrase,
export the public key. The only door to the key for the UI, the CLI and the other services.

The key file format and cryptography are ``sealdesk.bundle.keys``'s; this service only knows
that a workspace keeps its key in its ``keys/`` folder (computed here, and only here).
"""

from __future__ import annotations

from pathlib import Path

from sealdesk.bundle import keys
from sealdesk.fsutil import check_output
from sealdesk.services.core import WorkspaceCore as Workspace  # only .path; facade = a cycle


def keys_dir(ws: Workspace) -> Path:
    """The folder holding the workspace's signing key (computed here, and only here)."""
    return Path(ws.path) / "keys"


def has_key(ws: Workspace) -> bool:
    return keys.has_key(keys_dir(ws))


# Types and limits of the key, for the front ends (which do not import sealdesk.bundle).
PublicKey = keys.PublicKey
KeyInfo = keys.KeyInfo
SigningKey = keys.SigningKey
KdfParams = keys.KdfParams
MIN_PASSPHRASE = keys.MIN_PASSPHRASE


def keys_dir_of(workspace_folder: Path) -> Path:
    """``keys_dir`` of the workspace in ``workspace_folder``, without opening it (``sealdesk
    verify`` needs no open workspace)."""
    return Path(workspace_folder) / "keys"


def folder_has_key(workspace_folder: Path) -> bool:
    """Whether the workspace in ``workspace_folder`` has a signing key, without opening it."""
    return keys.has_key(keys_dir_of(workspace_folder))


def folder_public_keys(workspace_folder: Path) -> list[PublicKey]:
    """``all_public_keys`` of the workspace in ``workspace_folder``, without opening it."""
    return keys.all_public_keys(keys_dir_of(workspace_folder))


def check_can_create(ws: Workspace, replace: bool = False) -> None:
    """Raises KeyExistsError when the workspace has a key and ``replace`` is not given (ask
    this before asking for a passphrase)."""
    if has_key(ws) and not replace:
        from sealdesk.bundle.errors import KeyExistsError

        raise KeyExistsError(key_id=public_key(ws).key_id_hex)


def create(
    ws: Workspace, passphrase: str, *, replace: bool = False, kdf: KdfParams = keys.DEFAULT_KDF
) -> PublicKey:
    """Makes the workspace's key pair; with ``replace`` the current public key is kept in the
    key's history, so bundles signed with it stay checkable. Recorded in the audit log (key ids
    and fingerprints only, never a secret)."""
    keys.check_passphrase(passphrase)
    before = _key_record(public_key(ws)) if has_key(ws) and replace else None
    with ws._transaction() as session:
        public = keys.create_key(keys_dir(ws), passphrase, replace=replace, kdf=kdf)
        action = "key.replace" if before is not None else "key.create"
        ws._audit(session, action, "signing_key", public.key_id_hex, before, _key_record(public))
    return public


def _key_record(public: PublicKey) -> dict[str, str]:
    return {"key_id": public.key_id_hex, "fingerprint": public.fingerprint}


def info(ws: Workspace) -> KeyInfo:
    """The public key, when it was made, its KDF parameters and the retired keys."""
    return keys.key_info(keys_dir(ws))


def public_key(ws: Workspace) -> PublicKey:
    return keys.public_key(keys_dir(ws))


def all_public_keys(ws: Workspace) -> list[PublicKey]:
    """The current key, then the retired ones newest first: what this workspace ever signed with."""
    return keys.all_public_keys(keys_dir(ws))


def unlock(ws: Workspace, passphrase: str) -> SigningKey:
    """The private key; WrongPassphraseError (nothing changed) when the passphrase is wrong."""
    return keys.unlock(keys_dir(ws), passphrase)


def change_passphrase(ws: Workspace, old: str, new: str, kdf: KdfParams = keys.DEFAULT_KDF) -> None:
    """Re-wraps the key under ``new``; recorded in the audit log (no secret in it)."""
    keys.check_passphrase(new)
    with ws._transaction() as session:
        keys.change_passphrase(keys_dir(ws), old, new, kdf)
        public = public_key(ws)
        ws._audit(session, "key.passphrase", "signing_key", public.key_id_hex, None, None)


def check_passphrase(passphrase: str) -> None:
    """WeakPassphraseError for a passphrase too short (white space around it not counted)."""
    keys.check_passphrase(passphrase)


def export_public(ws: Workspace, dest: Path, *, overwrite: bool = False) -> PublicKey:
    """Writes the current public key in minisign's format to ``dest``: never over an existing
    file unless ``overwrite``, never onto a device or into the workspace folder (FileAccessError
    otherwise), through a temporary name."""
    dest = check_output(Path(dest), overwrite, not_inside=[Path(ws.path)])
    return keys.export_public(keys_dir(ws), dest, overwrite=overwrite)
