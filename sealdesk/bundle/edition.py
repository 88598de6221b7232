"""A signed catalog edition: the file the coordinating office publishes and districts import.

It is a plain zip an IT person can open and check with minisign alone::

    catalog.toml           the catalog, byte for byte as the office published it
    catalog.toml.minisig   minisign signature of catalog.toml by the office key; its trusted
                           comment names the edition, version and sha256
    office.pub             the office's minisign public key (for convenience only: the district
                           checks against the office keys it trusts, never against this file)
    README.txt             how to check it: ``minisign -Vm catalog.toml -p office.pub``

Plain data in, a file out: nothing here knows a workspace. Reading is bounded: the zip is at
most MAX_EDITION_BYTES, holds only these names, and each member is read to its limit only, so
a zip bomb or a huge member is refused without being inflated.
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass
from pathlib import Path

from sealdesk.bundle import minisign
from sealdesk.bundle.errors import BadSignatureError, PublicKeyFormatError
from sealdesk.bundle.minisign import PublicKey, Signature
from sealdesk.domain.catalog import CATALOG_MAX_BYTES
from sealdesk.errors import QT_TRANSLATE_NOOP, CatalogError, FileAccessError
from sealdesk.fsutil import atomic_write_bytes, read_regular_bytes

CATALOG_NAME = "catalog.toml"
SIGNATURE_NAME = "catalog.toml.minisig"
PUBLIC_KEY_NAME = "office.pub"
README_NAME = "README.txt"
MEMBERS = (CATALOG_NAME, SIGNATURE_NAME, PUBLIC_KEY_NAME, README_NAME)
MAX_EDITION_BYTES = CATALOG_MAX_BYTES + (256 << 10)
"""The largest edition file read: the largest catalog, plus room for the small members."""
_SMALL_MEMBER_BYTES = 64 << 10
TRUSTED_PREFIX = "sealdesk catalog"

README = """This is a catalog edition published by a SealDesk coordinating office.

Check it with minisign (https://jedisct1.github.io/minisign/):

    unzip EDITION.zip -d edition
    minisign -Vm edition/catalog.toml -p edition/office.pub

Before trusting the result, compare office.pub's key with the office key your district
trusts (sealdesk trust list): anyone can put a public key in a zip.
"""


def trusted_comment(edition: str, version: str, sha256: str) -> str:
    """One line naming what was signed (minisign shows it after "Trusted comment:")."""
    return f"{TRUSTED_PREFIX} edition={edition} version={version} sha256={sha256}"


def write_edition(out: Path, catalog_bytes: bytes, signature: str, office_key: PublicKey) -> None:
    """Writes the edition zip atomically (the caller checked ``out`` with check_output)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for name, data in (
            (CATALOG_NAME, catalog_bytes),
            (SIGNATURE_NAME, signature.encode("utf-8")),
            (PUBLIC_KEY_NAME, office_key.minisign_text().encode("ascii")),
            (README_NAME, README.encode("utf-8")),
        ):
            info = zipfile.ZipInfo(name, date_time=(2020, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zf.writestr(info, data)
    atomic_write_bytes(Path(out), buffer.getvalue())


@dataclass(frozen=True)
class SignedEdition:
    """What an edition file holds, its signature parsed but not yet checked against a key."""

    catalog_text: str
    signature: Signature
    signature_text: str
    office_key: PublicKey | None  # the key the zip carries (informative only)

    @property
    def key_id(self) -> str:
        return self.signature.key_id_hex


def is_edition_file(path: Path) -> bool:
    """A zip (by its first bytes): an edition file, not a bare TOML catalog."""
    try:
        with open(path, "rb") as f:
            return f.read(4) == b"PK\x03\x04"
    except OSError:
        return False


def _broken(path: Path, detail: str) -> CatalogError:
    return CatalogError(
        QT_TRANSLATE_NOOP(
            "Errors", "The file {file} is not a usable signed catalog edition ({detail})."
        ),
        file=str(path),
        detail=detail,
    )


def _read_member(zf: zipfile.ZipFile, name: str, limit: int, path: Path) -> bytes:
    try:
        info = zf.getinfo(name)
    except KeyError:
        raise _broken(path, f"{name} is missing") from None
    if info.file_size > limit:
        raise _broken(path, f"{name} is too large")
    with zf.open(info) as member:
        data = member.read(limit + 1)  # never trust the declared size: read to the limit only
    if len(data) > limit:
        raise _broken(path, f"{name} is too large")
    return data


def read_edition(path: Path) -> SignedEdition:
    """Reads an edition file (bounded); raises CatalogError for anything else."""
    path = Path(path)
    try:
        raw = read_regular_bytes(path, MAX_EDITION_BYTES)
    except FileAccessError as error:  # the same sentence, as a catalog error
        raise CatalogError(error.template, **error.params) from None
    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as zf:
            names = zf.namelist()
            if len(names) != len(set(names)) or not set(names) <= set(MEMBERS):
                raise _broken(path, "it holds files other than a catalog and its signature")
            catalog_bytes = _read_member(zf, CATALOG_NAME, CATALOG_MAX_BYTES, path)
            signature_bytes = _read_member(zf, SIGNATURE_NAME, _SMALL_MEMBER_BYTES, path)
            key_bytes = (
                _read_member(zf, PUBLIC_KEY_NAME, _SMALL_MEMBER_BYTES, path)
                if PUBLIC_KEY_NAME in names
                else b""
            )
    except CatalogError:
        raise
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, ValueError):
        raise _broken(path, "the zip is damaged") from None  # not Python's words
    try:
        catalog_text = catalog_bytes.decode("utf-8")
        signature_text = signature_bytes.decode("utf-8")
    except UnicodeDecodeError:
        raise _broken(path, "not UTF-8 text") from None
    try:
        signature = minisign.parse_signature(signature_bytes)
    except BadSignatureError:
        raise _broken(path, "the signature is damaged") from None
    office_key = None
    if key_bytes:
        try:
            office_key = minisign.parse_public_key(key_bytes.decode("ascii", "replace"))
        except PublicKeyFormatError:  # informative only: a damaged copy is ignored
            office_key = None
    return SignedEdition(catalog_text, signature, signature_text, office_key)


def check_signature(edition: SignedEdition, key: PublicKey) -> None:
    """Raises BadSignatureError unless ``key`` signed this catalog and its trusted comment."""
    minisign.verify(edition.signature, key, edition.catalog_text.encode("utf-8"))
