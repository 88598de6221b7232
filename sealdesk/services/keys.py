"""The workspace's signing key: where it lives and whether there is one.

The key file format and cryptography are ``sealdesk.bundle.keys``'s; this service only knows
that a workspace keeps its key in its ``keys/`` folder.
"""

from __future__ import annotations

from pathlib import Path

from sealdesk.bundle import keys
from sealdesk.services.core import WorkspaceCore as Workspace  # only .path; facade = a cycle


def keys_dir(ws: Workspace) -> Path:
    """The folder holding the workspace's signing key (computed here, and only here)."""
    return Path(ws.path) / "keys"


def has_key(ws: Workspace) -> bool:
    return keys.has_key(keys_dir(ws))
