"""The signed submission bundle (docs/bundle-format.md).

- ``keys``: the workspace's passphrase-wrapped Ed25519 signing key.
- ``minisign``: minisign's public-key and signature formats.
- ``writer``: ``preflight``/``workspace_preflight``, ``write_bundle`` (plain data) and
  ``export_bundle`` (from a Workspace; records the export).
- ``verify``: ``verify_bundle``, streaming from the zip, nothing extracted.
- ``errors``: every failure as a SealDeskError subclass with its own exit code.

Submodules are imported on demand so the app's start-up does not pay for them.
"""
