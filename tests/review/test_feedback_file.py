"""The feedback file format on its own (bundle/feedback.py): plain data in, a signed file out;
read back only when it verifies, and only when its document is one this SealDesk reads."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from sealdesk.bundle import keys
from sealdesk.bundle.baginfo import parse_bag_info
from sealdesk.bundle.errors import NotABundleError, SignerNotTrustedError
from sealdesk.bundle.feedback import read_feedback, write_feedback
from sealdesk.errors import FileAccessError
from tests.office.conftest import FAST_KDF, PASS


def _doc(**changes: object) -> dict[str, object]:
    doc: dict[str, object] = {
        "schema": "sealdesk.feedback",
        "schema_version": 1,
        "feedback_id": "5b0e2c1a-0000-4000-8000-000000000001",
        "kind": "returned",
        "issued_at": "2026-11-26T14:00:00+07:00",
        "issued_by": "สมชาย",
        "office": {"name": "สำนักพัฒนาสังคม", "key_id": "x"},
        "district": {"code": "1001", "th": "พระนคร", "en": "Phra Nakhon"},
        "round_be": 2569,
        "reviews_bundle": {"bundle_id": "b-1", "tag_manifest_sha256": "ab" * 32},
        "catalog": None,
        "reviews": [{"code": "1.1.1", "verdict": "meets", "comment": "", "action": None}],
    }
    doc.update(changes)
    return doc


@pytest.fixture
def key(tmp_path: Path) -> keys.SigningKey:
    keys.create_key(tmp_path / "k", PASS, kdf=FAST_KDF)
    return keys.unlock(tmp_path / "k", PASS)


def test_written_and_read_back(key: keys.SigningKey, tmp_path: Path) -> None:
    out = tmp_path / "fb.zip"
    written = write_feedback(_doc(), {"th": b"%PDF-th", "en": b"%PDF-en"}, out, key)
    assert written.path == out and written.feedback_id.startswith("5b0e2c1a")
    with zipfile.ZipFile(out) as zf:
        names = zf.namelist()
        top = names[0].split("/")[0]
        info = parse_bag_info(zf.read(f"{top}/bag-info.txt"))
    assert top == "sealdesk-feedback-1001-2569-returned-5b0e2c1a"
    assert {n.split("/", 1)[1] for n in names} >= {
        "data/feedback.json",
        "data/letter-th.pdf",
        "data/letter-en.pdf",
        "tagmanifest-sha256.txt.minisig",
    }
    assert info["SealDesk-Reviews-Bundle"] == "b-1"
    assert info["SealDesk-Reviews-Tag-Manifest-SHA256"] == "ab" * 32
    got = read_feedback(out, [key.public])
    assert got.document["reviews"][0]["code"] == "1.1.1"
    assert got.letters == {"th": b"%PDF-th", "en": b"%PDF-en"}
    assert got.sha256 == written.sha256 and got.signer_key_id == key.public.key_id_hex
    with pytest.raises(FileAccessError):  # never over an existing file
        write_feedback(_doc(), {}, out, key)


def test_another_key_and_documents_it_cannot_read_are_refused(
    key: keys.SigningKey, tmp_path: Path
) -> None:
    keys.create_key(tmp_path / "other", PASS, kdf=FAST_KDF)
    other = keys.public_key(tmp_path / "other")
    write_feedback(_doc(), {}, tmp_path / "a.zip", key)
    with pytest.raises(SignerNotTrustedError):
        read_feedback(tmp_path / "a.zip", [other])
    for i, bad in enumerate(
        (_doc(schema_version=2), _doc(kind="maybe"), _doc(round_be="2569"), _doc(reviews={}))
    ):
        path = write_feedback(bad, {}, tmp_path / f"bad{i}.zip", key).path
        with pytest.raises(NotABundleError):
            read_feedback(path, [key.public])
