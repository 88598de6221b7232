"""The five printed documents, each a function of plain data (testable without a workspace).

Every function writes an A4 PDF to ``out`` (a path or a binary file object) in
``options.lang`` and returns the number of pages. ``options.progress(done, total)`` is called
as the layout advances and ``options.cancelled()`` is polled; when it returns True the build
stops with :class:`~sealdesk.printing.layout.PrintCancelled`.

One module per family: :mod:`~sealdesk.printing.checklists` (blank and filled checklist),
:mod:`~sealdesk.printing.report` (gap report), :mod:`~sealdesk.printing.sheets` (cover sheet
and key enrolment sheet, and the one-line sample page of the self-check); this module gathers
them under one name.
"""

from __future__ import annotations

import re

from sealdesk.domain.districts import District
from sealdesk.errors import QT_TRANSLATE_NOOP
from sealdesk.printing.checklists import blank_checklist, filled_checklist
from sealdesk.printing.flowables import ThaiParagraph
from sealdesk.printing.parts import Out
from sealdesk.printing.report import gap_report
from sealdesk.printing.sheets import PrintedKey, cover_sheet, key_sheet, sample_page
from sealdesk.translation import translate_to

#: The file name a document is offered under, in the document's language: its name, the
#: district and the round ("แบบตรวจสอบ-เขตพระนคร-2569.pdf").
FILE_NAMES = {
    "checklist": QT_TRANSLATE_NOOP("Print", "blank-checklist-{district}-{round}.pdf"),
    "filled": QT_TRANSLATE_NOOP("Print", "checklist-{district}-{round}.pdf"),
    "report": QT_TRANSLATE_NOOP("Print", "gap-report-{district}-{round}.pdf"),
    "cover": QT_TRANSLATE_NOOP("Print", "cover-sheet-{district}-{round}.pdf"),
    "key-sheet": QT_TRANSLATE_NOOP("Print", "key-enrolment-{district}-{round}.pdf"),
}


def file_name(kind: str, lang: str, district: District, round_be: int) -> str:
    """The name document ``kind`` is offered under, in its language ``lang``: its name, the
    district and the round ("แบบตรวจสอบ-เขตบางรัก-2569.pdf", "checklist-Bang-Rak-2569.pdf")."""
    name = district.name(lang)
    if lang != "th":
        name = name.replace(" ", "-")
    name = re.sub(r'[\\/:*?"<>|]', "_", name)
    template = translate_to(lang, "Print", FILE_NAMES.get(kind, FILE_NAMES["filled"]))
    return template.format(district=name, round=round_be)


__all__ = [
    "FILE_NAMES",
    "Out",
    "PrintedKey",
    "ThaiParagraph",
    "blank_checklist",
    "cover_sheet",
    "file_name",
    "filled_checklist",
    "gap_report",
    "key_sheet",
    "sample_page",
]
