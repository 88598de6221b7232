"""How the evidence library sorts (issue 12): each column by what it means, not by its text.

Sorting the displayed text put "1 ก.พ. 2569" before "1 ส.ค. 2568" and Thai names in raw code
point order (every name starting with เ แ โ ใ ไ after all the others).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QModelIndex, QPersistentModelIndex

from sealdesk.domain.assessment import Evidence
from sealdesk.domain.thaisort import thai_sort_key
from sealdesk.ui.models import EVIDENCE_ROLE, EvidenceFilter, EvidenceModel


def _code_key(code: str) -> tuple[int, ...]:
    return tuple(int(part) if part.isdigit() else 0 for part in code.split("."))


def library_sort_key(item: Evidence, column: int) -> tuple[object, ...]:
    """What a library column sorts by: real dates (not their Thai text), names and descriptions
    in Thai dictionary order, sizes as numbers, benchmark codes part by part (1.2 < 1.10);
    empty values last, then by name."""
    name = thai_sort_key(item.original_name)
    if column == EvidenceModel.DATE:
        return (item.effective_date is None, item.effective_date or date.min, name, item.id)
    if column == EvidenceModel.DESCRIPTION:
        return (not item.description, thai_sort_key(item.description), name, item.id)
    if column == EvidenceModel.USED:
        return (not item.links, [_code_key(c) for c in item.links], name, item.id)
    if column == EvidenceModel.SIZE:
        return (item.size, name, item.id)
    return (name, item.id)


class LibraryOrder(EvidenceFilter):
    """The library's filter, sorting each column by ``library_sort_key``."""

    def lessThan(self, left: QModelIndex | QPersistentModelIndex, right: object) -> bool:
        a = left.data(EVIDENCE_ROLE)
        b = right.data(EVIDENCE_ROLE)  # type: ignore[attr-defined]
        return library_sort_key(a, left.column()) < library_sort_key(b, left.column())
