"""Verifying a bundle against trusted public keys: a .pub file, a folder of them, a list, or
the workspace's own keys (current and retired). The only door to ``sealdesk.bundle``'s verifier
for the UI and the CLI; no workspace is needed unless its own keys are the trust.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

from sealdesk.bundle import verify
from sealdesk.bundle.archive import DEFAULT_LIMITS
from sealdesk.bundle.errors import VerifyCancelledError, VerifyError
from sealdesk.bundle.minisign import PublicKey
from sealdesk.bundle.verify import BenchmarkSummary, Limits, VerifyReport
from sealdesk.errors import QT_TRANSLATE_NOOP, SealDeskError
from sealdesk.progress import IsCancelled, Progress
from sealdesk.services import keys
from sealdesk.services.workspace import Workspace

__all__ = [
    "BenchmarkSummary",
    "KeyOfAnotherDistrictError",
    "Limits",
    "PublicKey",
    "Trust",
    "VerifyCancelledError",
    "VerifyError",
    "VerifyReport",
    "load_trust",
    "trust_list_districts",
    "verify_bundle",
    "workspace_folder_trust",
    "workspace_trust",
]

Trust = Path | str | Sequence[PublicKey | Path | str]
"""A minisign .pub file, a folder of .pub files, or a list of keys and key files."""


class KeyOfAnotherDistrictError(VerifyError):
    """The office's trust list enrols the signing key for another district than the bundle's:
    refused as the office's intake refuses it (the same exit code as a key not trusted)."""

    exit_code = 13

    def __init__(self, district: str, key_id: str, key_district: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The bundle says it is from district {district}, but key {key_id} belongs to "
                "district {key_district} on the trust list.",
            ),
            district=district,
            key_id=key_id,
            key_district=key_district,
        )


def _is_trust_list(trust: str | Path) -> bool:
    if not Path(trust).is_file():
        return False
    from sealdesk.services import office_trust

    try:
        with open(trust, "rb") as f:
            head = f.read(4096).decode("utf-8", errors="replace")
    except OSError:
        return False
    return office_trust.is_signed_office_file(head)


def trust_list_districts(trust: Trust) -> dict[str, str]:
    """key id -> district code when ``trust`` is the office's signed trust list (empty for any
    other trust): a bundle must be signed by a key of its own district."""
    if not isinstance(trust, (str, Path)) or not _is_trust_list(trust):
        return {}
    from sealdesk.services import office_trust

    return {
        key.key_id_hex: district for key, district in office_trust.read_trust_list(Path(trust))[2]
    }


def load_trust(
    trust: Trust, skipped: list[tuple[str, SealDeskError]] | None = None
) -> list[PublicKey]:
    """The trusted keys; a .pub file of a trust folder that cannot be used is left out and told
    in ``skipped`` (file, error), so the front end can warn and verify with the rest."""
    if isinstance(trust, (str, Path)) and _is_trust_list(trust):  # the office's trust list
        from sealdesk.services import office_trust

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
    districts: Mapping[str, str] | None = None,
) -> VerifyReport:
    """Checks a bundle completely and returns what it holds, or raises a VerifyError (with its
    exit code); VerifyCancelledError (a ``Cancelled``) when ``cancelled()`` turns true.
    ``districts`` (``trust_list_districts``): the district each key is enrolled for; the
    bundle's district must be its signing key's. ``trust`` may be the trust list's file itself
    (the app's verify dialog): its keys and their districts are read from it."""
    if isinstance(trust, (str, Path)) and _is_trust_list(trust):
        if districts is None:
            districts = trust_list_districts(trust)
        trust = load_trust(trust)
    report = verify.verify_bundle(
        path,
        trust,
        limits=limits or DEFAULT_LIMITS,
        require_seal=require_seal,
        progress=progress,
        cancelled=cancelled,
    )
    key_district = (districts or {}).get(report.signer_key_id)
    if key_district is not None and key_district != report.district_code:
        raise KeyOfAnotherDistrictError(report.district_code, report.signer_key_id, key_district)
    return report
