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

from sealdesk.printing.checklists import blank_checklist, filled_checklist
from sealdesk.printing.flowables import ThaiParagraph
from sealdesk.printing.parts import Out
from sealdesk.printing.report import gap_report
from sealdesk.printing.sheets import PrintedKey, cover_sheet, key_sheet, sample_page

__all__ = [
    "Out",
    "PrintedKey",
    "ThaiParagraph",
    "blank_checklist",
    "cover_sheet",
    "filled_checklist",
    "gap_report",
    "key_sheet",
    "sample_page",
]
