"""Verifying a bundle against trusted public keys: a .pub file, a folder of them, a list, or
the workspace's own keys (current and retired). The only door to ``sealdesk.bundle``'s verifier
for the UI and the CLI; no workspace is needed unless its own keys are the trust.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from sealdesk.bundle import verify
from sealdesk.bundle.archive import DEFAULT_LIMITS
from sealdesk.bundle.errors import VerifyCancelledError, VerifyError
from sealdesk.bundle.minisign import PublicKey
from sealdesk.bundle.verify import BenchmarkSummary, Limits, VerifyReport
from sealdesk.errors import SealDeskError
from sealdesk.progress import IsCancelled, Progress
from sealdesk.services import keys
from sealdesk.services.workspace import Workspace

__all__ = [
    "BenchmarkSummary",
    "Limits",
    "PublicKey",
    "Trust",
    "VerifyCancelledError",
    "VerifyError",
    "VerifyReport",
    "load_trust",
    "verify_bundle",
    "workspace_folder_trust",
    "workspace_trust",
]

Trust = Path | str | Sequence[PublicKey | Path | str]
"""A minisign .pub file, a folder of .pub files, or a list of keys and key files."""


def load_trust(
    trust: Trust, skipped: list[tuple[str, SealDeskError]] | None = None
) -> list[PublicKey]:
    """The trusted keys; a .pub file of a trust folder that cannot be used is left out and told
    in ``skipped`` (file, error), so the front end can warn and verify with the rest."""
    if isinstance(trust, (str, Path)) and Path(trust).is_file():
        from sealdesk.services import office_trust

        try:
            with open(trust, "rb") as f:
                head = f.read(4096).decode("utf-8", errors="replace")
        except OSError:
            head = ""
        if office_trust.is_signed_office_file(head):  # the office's signed trust list
            return [key for key, _ in office_trust.read_trust_list(Path(trust))[2]]
    return verify.load_trust(trust, skipped)


def workspace_trust(ws: Workspace) -> list[PublicKey]:
    """Every key the workspace ever signed with (NoSigningKeyError when it has none)."""
    return keys.all_public_keys(ws)


def workspace_folder_trust(workspace_folder: Path) -> list[PublicKey]:
    """``workspace_trust`` of the workspace in ``workspace_folder``, without opening it."""
    return keys.folder_public_keys(workspace_folder)


def verify_bundle(
    path: Path | str,
    trust: Trust,
    *,
    require_seal: bool = True,
    limits: Limits | None = None,
    progress: Progress | None = None,
    cancelled: IsCancelled | None = None,
) -> VerifyReport:
    """Checks a bundle completely and returns what it holds, or raises a VerifyError (with its
    exit code); VerifyCancelledError (a ``Cancelled``) when ``cancelled()`` turns true."""
    return verify.verify_bundle(
        path,
        trust,
        limits=limits or DEFAULT_LIMITS,
        require_seal=require_seal,
        progress=progress,
        cancelled=cancelled,
    )
