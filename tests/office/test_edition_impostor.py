"""Issue 17: a catalog edition signed by a key that wears the trusted office key's id (8 bytes
anyone can choose) but is another key is refused; the district checks the whole key."""

from __future__ import annotations

from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from sealdesk.bundle import edition as edition_format
from sealdesk.bundle import keys, minisign
from sealdesk.domain.catalog import parse_catalog
from sealdesk.errors import CatalogError
from sealdesk.services.workspace import Workspace
from tests.office.conftest import PASS
from tests.office.test_catalog_editions import official, trusting_district


def test_an_edition_from_a_key_wearing_the_trusted_id_is_refused(
    office: Workspace, tmp_path: Path
) -> None:
    d = trusting_district(tmp_path, office)
    trusted = keys.public_key(office.path / "keys")
    text = official(tmp_path, "2026.9").read_text("utf-8")
    catalog = parse_catalog(text, "c.toml")
    impostor = Ed25519PrivateKey.generate()
    raw = impostor.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    comment = edition_format.trusted_comment(catalog.edition, catalog.version, catalog.sha256)
    signature = minisign.sign(impostor, trusted.key_id, text.encode("utf-8"), comment)
    forged = tmp_path / "forged-edition.zip"
    wearing = minisign.PublicKey(trusted.key_id, raw)
    edition_format.write_edition(forged, text.encode("utf-8"), signature, wearing)
    with pytest.raises(CatalogError, match="changed after the office signed it"):
        d.ws.preview_catalog_import(forged)
    # the office's own edition of the same catalog is taken
    good = tmp_path / "good-edition.zip"
    office.publish_catalog(official(tmp_path, "2026.9"), good, PASS)
    _old, incoming = d.ws.preview_catalog_import(good)
    assert incoming.catalog.signed_by == trusted.key_id_hex
    d.ws.close()
