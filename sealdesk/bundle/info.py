"""What a bundle file is, read without verifying it: its fingerprint, bundle id and signer.

Used for the printed cover sheet, which a clerk may print for any file; verification is
``sealdesk.bundle.verify``'s job.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from sealdesk.bundle.baginfo import friendly_bundle_id, parse_bag_info
from sealdesk.bundle.minisign import key_id_display
from sealdesk.domain.assessment import BundleInfo
from sealdesk.errors import QT_TRANSLATE_NOOP, InputError
from sealdesk.fsutil import sha256_file
from sealdesk.progress import IsCancelled, Progress


def read_bundle_info(
    path: Path, progress: Progress | None = None, cancelled: IsCancelled | None = None
) -> BundleInfo:
    """Hashes a bundle file; reads its External-Identifier from bag-info.txt if it is a zipped
    bag, and the signer's key id from a minisign signature inside it or next to it."""
    path = Path(path)
    try:
        size = path.stat().st_size
        sha256 = sha256_file(path, progress, cancelled)
    except OSError as error:
        raise InputError(
            QT_TRANSLATE_NOOP("Errors", "The bundle file {path} cannot be read ({reason})."),
            path=str(path),
            reason=error.strerror or str(error),
        ) from None
    bundle_id = None
    friendly_id = None
    key_id = None
    if zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as zf:
            for name in zf.namelist():
                base = name.rsplit("/", 1)[-1]
                if base == "bag-info.txt" and name.count("/") <= 1:
                    fields = {k.lower(): v for k, v in parse_bag_info(zf.read(name)).items()}
                    bundle_id = fields.get("external-identifier") or bundle_id
                    friendly_id = _friendly_id(name, fields, bundle_id)
                    for key, value in fields.items():
                        if "key-id" in key or "keyid" in key:
                            key_id = value
                elif base.endswith(".minisig") and key_id is None:
                    key_id = signature_key_id(zf.read(name).decode("utf-8", "replace"))
    sibling = path.with_name(path.name + ".minisig")
    if key_id is None and sibling.exists():
        key_id = signature_key_id(sibling.read_text("utf-8", "replace"))
    return BundleInfo(path.name, size, sha256, bundle_id, key_id, friendly_id)


def _friendly_id(member: str, fields: dict[str, str], bundle_id: str | None) -> str | None:
    """The bundle id's friendly form: from the district and round of bag-info.txt and the
    UUID when SealDesk wrote them, else the bag's folder name when it has one."""
    code = fields.get("sealdesk-district-code")
    round_be = fields.get("sealdesk-round-be", "")
    if bundle_id and code and round_be.isdigit():
        return friendly_bundle_id(code, int(round_be), bundle_id)
    folder = member.rsplit("/", 1)[0] if "/" in member else ""
    return folder or None


def signature_key_id(text: str) -> str | None:
    """The key id a minisign signature names (its second line), for display; None if the text
    is not a signature."""
    import base64
    import binascii

    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    if len(lines) < 2:
        return None
    try:
        blob = base64.b64decode(lines[1], validate=True)
    except (binascii.Error, ValueError):
        return None
    return key_id_display(blob[2:10]) if len(blob) >= 10 else None
