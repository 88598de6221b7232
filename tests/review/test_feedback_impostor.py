"""A key id is 8 bytes anyone can choose: a feedback file signed by another key that wears the
trusted office key's id does not verify against the trusted (whole) key."""

from __future__ import annotations

from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from sealdesk.bundle import keys
from sealdesk.bundle.errors import NotABundleError, VerifyError
from sealdesk.bundle.feedback import read_feedback, write_feedback
from sealdesk.bundle.minisign import PublicKey
from tests.office.conftest import FAST_KDF, PASS
from tests.review.test_feedback_file import _doc


def test_a_key_wearing_the_trusted_key_id_is_refused(tmp_path: Path) -> None:
    keys.create_key(tmp_path / "k", PASS, kdf=FAST_KDF)
    key = keys.unlock(tmp_path / "k", PASS)
    private = Ed25519PrivateKey.generate()
    raw = private.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    impostor = keys.SigningKey(PublicKey(key.public.key_id, raw), private)
    out = tmp_path / "impostor.zip"
    write_feedback(_doc(), {"th": b"%PDF-th"}, out, impostor)
    assert read_feedback(out, [impostor.public]).signer_key_id == key.public.key_id_hex
    with pytest.raises(VerifyError) as caught:
        read_feedback(out, [key.public])
    assert not isinstance(caught.value, NotABundleError)
