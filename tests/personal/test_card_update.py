"""Issue 18: the office adds or removes a reader and sends its card again; the district takes
the new card of the office key it already trusts, and from then on encrypts to exactly the
readers it names (docs/personal-data.md "A reader who is no longer trusted"). The same key
without a card, or a card of another key with the same key id, is still refused."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pyrage import x25519

from sealdesk.bundle import keys
from sealdesk.errors import InputError
from sealdesk.services import district_trust
from sealdesk.services.office_trust import CARD_FORMAT, SIGNATURE_MARK
from sealdesk.services.personal_data import office_readers
from tests.personal.conftest import PASS, District


def _card_again(root: Path, readers: list[dict[str, str]]) -> Path:
    """The same office key's card, signed again with other readers."""
    signing = keys.unlock(root / "office-keys", PASS)
    doc = {
        "format": CARD_FORMAT,
        "version": 1,
        "office": "ศูนย์ประสานงาน กทม.",
        "office_public_key": signing.public.minisign_text().splitlines()[1],
        "readers": readers,
    }
    body = json.dumps(doc, ensure_ascii=False, separators=(",", ":")) + "\n"
    card = root / "office-card-2.txt"
    card.write_text(body + SIGNATURE_MARK + "\n" + signing.sign_minisign(body.encode(), "c"))
    return card


def test_a_new_card_of_a_trusted_office_replaces_its_readers(district: District) -> None:
    ws, root = district.ws, district.root
    (old,) = office_readers(ws)
    new = x25519.Identity.generate()
    card = _card_again(root, [{"name": "นางตรวจ ใหม่", "recipient": str(new.to_public())}])
    updated = ws.trust_office(district_trust.read_office_card(card))
    assert [r.recipient for r in office_readers(ws)] == [str(new.to_public())]
    assert old.recipient not in [r.recipient for r in office_readers(ws)]
    (only,) = ws.trusted_offices()
    assert only.key_id == updated.key_id
    assert [e.action for e in ws.audit_log()].count("trust.card") == 1
    # the same card again, or the bare key: already trusted, as before
    with pytest.raises(InputError, match="already trusted"):
        ws.trust_office(district_trust.read_office_card(card))
    bare = root / "office.pub"
    keys.export_public(root / "office-keys", bare)
    with pytest.raises(InputError, match="already trusted"):
        ws.trust_office(district_trust.read_office_card(bare))
    assert [r.recipient for r in office_readers(ws)] == [str(new.to_public())]
