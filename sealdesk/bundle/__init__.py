"""The signed submission bundle as a format library (docs/bundle-format.md).

It works on plain data (a ``Submission`` snapshot, a ``BlobSource``, a key, paths, callbacks)
and knows nothing of workspaces, the store or printing; ``sealdesk.services.export``,
``.keys`` and ``.verification`` are the door the UI and the CLI use.

- ``submission``: the frozen snapshot and its machine-readable form (submission.json).
- ``writer``: ``write_bundle`` (pre-flight rules from ``sealdesk.domain.preflight``).
- ``container``: the streaming BagIt zip, hashed while it is written.
- ``seal``: the minisign signature's trusted comment and the container seal.
- ``keys``: the passphrase-wrapped Ed25519 signing key file.
- ``minisign``: minisign's public-key and signature formats.
- ``verify``: ``verify_bundle``, streaming from the zip, nothing extracted; ``archive``: the
  zip-directory safety checks it runs first.
- ``constants``, ``names``, ``baginfo``, ``info``: shared names, safe file names, the one
  bag-info reader, reading a bundle's id and signer without verifying it.
- ``errors``: every failure as a SealDeskError subclass with its own exit code.

Submodules are imported on demand so the app's start-up does not pay for them.
"""
