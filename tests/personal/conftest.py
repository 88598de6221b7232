"""Fixtures of the personal-data tests (issue 18): a district workspace with one marked and one
plain document, trusting a signed office card whose readers are real age identities."""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from pyrage import x25519

from sealdesk.bundle import keys
from sealdesk.services import district_trust
from sealdesk.services.office_trust import CARD_FORMAT, SIGNATURE_MARK
from sealdesk.services.workspace import Workspace

PASS = "ขอให้ผ่าน correct horse"
FAST_KDF = keys.KdfParams(n=2**14, r=8, p=1)

SECRET_NAME = "ร้องเรียนคุกคามทางเพศ นางสาวมาลี.pdf"
SECRET_BYTES = (
    b"%PDF-1.4\nComplainant: Malee Srisuk ID 3101700123456 HIV-positive "
    + random.Random(18).randbytes(300_000)
    + b"\nFINAL-LINE-OF-THE-COMPLAINT\n"
)
SECRET_DESCRIPTION = "คำร้องของนางสาวมาลี ศรีสุข"
PLAIN_NAME = "แผนงานประจำปี.txt"
PLAIN_BYTES = "แผนงานส่งเสริมความเท่าเทียม\n".encode() * 200


@dataclass
class District:
    ws: Workspace
    root: Path
    codes: list[str]
    identity: x25519.Identity  # the office reader's age identity
    identity_file: Path
    pub_file: Path  # the district's minisign public key
    secret_id: int
    plain_id: int


def office_card(root: Path, readers: list[dict[str, str]]) -> Path:
    """A signed office card (as ``sealdesk office card`` writes it) naming ``readers``."""
    kdir = root / "office-keys"
    keys.create_key(kdir, PASS, kdf=FAST_KDF)
    signing = keys.unlock(kdir, PASS)
    doc = {
        "format": CARD_FORMAT,
        "version": 1,
        "office": "ศูนย์ประสานงาน กทม.",
        "office_public_key": signing.public.minisign_text().splitlines()[1],
        "readers": readers,
    }
    body = json.dumps(doc, ensure_ascii=False, separators=(",", ":")) + "\n"
    signature = signing.sign_minisign(body.encode("utf-8"), "sealdesk office card")
    card = root / "office-card.txt"
    card.write_text(body + SIGNATURE_MARK + "\n" + signature, "utf-8")
    return card


def make_district(root: Path, *, trust_card: bool = True) -> District:
    ws = Workspace.create(root / "ws", "1001", 2569, actor="สมหญิง ใจดี")
    codes = [b.code for b in ws.catalog().benchmarks()]
    src = root / "src"
    src.mkdir()
    (src / SECRET_NAME).write_bytes(SECRET_BYTES)
    (src / PLAIN_NAME).write_bytes(PLAIN_BYTES)
    secret = ws.add_evidence(
        src / SECRET_NAME,
        benchmarks=[codes[0]],
        description=SECRET_DESCRIPTION,
        personal_data=True,
    ).evidence
    plain = ws.add_evidence(src / PLAIN_NAME, benchmarks=[codes[0], codes[1]]).evidence
    ws.assess(codes[0], status="met", narrative="ดำเนินการครบถ้วนแล้ว")
    keys.create_key(root / "ws" / "keys", PASS, kdf=FAST_KDF)
    pub_file = root / "district.pub"
    keys.export_public(root / "ws" / "keys", pub_file)
    identity = x25519.Identity.generate()
    identity_file = root / "reader.key"
    identity_file.write_text(str(identity) + "\n")
    if trust_card:
        card = office_card(root, [{"name": "นายตรวจ สอบ", "recipient": str(identity.to_public())}])
        ws.trust_office(district_trust.read_office_card(card))
    return District(ws, root, codes, identity, identity_file, pub_file, secret.id, plain.id)


@pytest.fixture
def district(tmp_path: Path) -> Iterator[District]:
    d = make_district(tmp_path)
    try:
        yield d
    finally:
        d.ws.close()
