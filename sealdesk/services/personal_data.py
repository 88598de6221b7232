"""Personal data at a district (issue 18, docs/personal-data.md): to whom marked evidence is
encrypted, whether the workspace holds any, and the district's own retention (purge).

Recipients are the ``readers`` of the office cards the district trusts (district_trust stores
each card's text as received; its signature is checked again here before a reader is used).
"""

from __future__ import annotations

import json

from sqlalchemy import func, select

from sealdesk.bundle.protect import Reader, readers_from
from sealdesk.services.core import WorkspaceCore
from sealdesk.services.office_trust import SIGNATURE_MARK, read_card
from sealdesk.store.models import EvidenceRow, TrustedOffice


def office_readers(ws: WorkspaceCore) -> tuple[Reader, ...]:
    """Everyone the trusted office cards allow to read personal data (each once, in the
    order the cards were trusted); () when no trusted card names a reader."""
    with ws._sessions() as session:
        cards = session.scalars(
            select(TrustedOffice.card).where(TrustedOffice.card != "").order_by(TrustedOffice.id)
        ).all()
    readers: list[Reader] = []
    for text in cards:
        _, _, card = read_card(text, "office card")  # the signature, checked again
        body = card.partition(SIGNATURE_MARK + "\n")[0]
        readers.extend(readers_from(json.loads(body).get("readers"), "office card"))
    unique: dict[str, Reader] = {}
    for reader in readers:
        unique.setdefault(reader.recipient, reader)
    return tuple(unique.values())


def has_personal_data(ws: WorkspaceCore) -> bool:
    """Whether any evidence in the workspace is marked (then a backup is encrypted)."""
    with ws._sessions() as session:
        marked = session.scalar(
            select(func.count()).select_from(EvidenceRow).where(EvidenceRow.personal_data)
        )
    return bool(marked)
