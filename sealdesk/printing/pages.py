"""The document template: A4, header and footer on every page with "page X of Y", progress
and cancel hooks; :func:`build_pdf` lays a story out into a PDF."""

from __future__ import annotations

from pathlib import Path
from typing import IO, Any

from reportlab import rl_config
from reportlab.lib.units import cm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from sealdesk.printing import thai
from sealdesk.printing.layout import (
    FRAME_WIDTH,
    MARGIN_BOTTOM,
    MARGIN_LEFT,
    MARGIN_RIGHT,
    MARGIN_TOP,
    MUTED,
    PAGE,
    RULE,
    Doc,
    PrintCancelled,
)


def _page_canvas_class(doc: Doc) -> type[Canvas]:
    class PageCanvas(Canvas):
        """Collects the pages, then stamps header and footer knowing the page count."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            thai.register_fonts()
            kwargs["initialFontName"] = kwargs.get("initialFontName") or thai.REGULAR
            kwargs["initialFontSize"] = kwargs.get("initialFontSize") or 12
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                _decorate(self, doc, number, total)
                super().showPage()
            super().save()

    return PageCanvas


def _decorate(c: Canvas, doc: Doc, page: int, pages: int) -> None:
    width, height = PAGE
    size = 12 if doc.options.th else 9
    c.saveState()
    c.setFillColor(MUTED)
    y = height - MARGIN_TOP + 0.75 * cm
    thai.draw_text(c, MARGIN_LEFT, y, doc.district_line(), thai.SEMIBOLD, size)
    thai.draw_text(c, width - MARGIN_RIGHT, y, doc.round_line(), thai.REGULAR, size, "right")
    c.setStrokeColor(RULE)
    c.setLineWidth(0.6)
    c.line(MARGIN_LEFT, y - 5, width - MARGIN_RIGHT, y - 5)
    y = MARGIN_BOTTOM - 0.9 * cm
    c.line(MARGIN_LEFT, y + size + 3, width - MARGIN_RIGHT, y + size + 3)
    printed = doc.t("printed_on", date=doc.date(doc.options.print_date))
    label = doc.t("page_of", page=doc.num(page), pages=doc.num(pages))
    left = thai.shaped_width(printed, thai.REGULAR, size)
    right = thai.shaped_width(label, thai.REGULAR, size)
    # the document's title in the middle, smaller or left out rather than overlapping;
    # drawn left to right so that extracted text reads in order
    room = FRAME_WIDTH - 2 * max(left, right) - 24
    title_size = size
    while title_size > 7 and thai.shaped_width(doc.title_short, thai.REGULAR, title_size) > room:
        title_size -= 0.5
    thai.draw_text(c, MARGIN_LEFT, y, printed, thai.REGULAR, size)
    if title_size > 7:
        thai.draw_text(c, width / 2, y, doc.title_short, thai.REGULAR, title_size, "center")
    thai.draw_text(c, width - MARGIN_RIGHT, y, label, thai.REGULAR, size, "right")
    c.restoreState()


class _Template(BaseDocTemplate):
    def __init__(self, out: Any, doc: Doc, story_len: int, **kwargs: Any) -> None:
        super().__init__(
            out,
            pagesize=PAGE,
            leftMargin=MARGIN_LEFT,
            rightMargin=MARGIN_RIGHT,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            invariant=1,
            **kwargs,
        )
        frame = Frame(
            MARGIN_LEFT,
            MARGIN_BOTTOM,
            FRAME_WIDTH,
            PAGE[1] - MARGIN_TOP - MARGIN_BOTTOM,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        self.addPageTemplates([PageTemplate("page", [frame])])
        self._sd_doc = doc
        self._sd_total = max(story_len, 1)
        self._sd_done = 0

    def afterFlowable(self, flowable: Flowable) -> None:
        options = self._sd_doc.options
        if options.cancelled is not None and options.cancelled():
            raise PrintCancelled()
        self._sd_done = min(self._sd_done + 1, self._sd_total)
        if options.progress is not None:
            options.progress(self._sd_done, self._sd_total)


def build_pdf(out: str | Path | IO[bytes], doc: Doc, story: list[Flowable], title: str) -> int:
    """Lays out ``story`` into ``out``; returns the number of pages."""
    options = doc.options
    if options.cancelled is not None and options.cancelled():
        raise PrintCancelled()
    doc.title_short = title
    target = str(out) if isinstance(out, Path) else out
    # Compressed streams stay binary: ReportLab's ASCII85 text form makes them a quarter
    # larger and, without its C accelerator, costs a twentieth of a print's CPU time.
    rl_config.useA85 = 0
    template = _Template(
        target,
        doc,
        len(story),
        title=f"{title} - {doc.district_line()} - {doc.round_line()}",
        author="SealDesk",
        creator="SealDesk",
        lang="th-TH" if options.th else "en",
    )
    canvas_class = _page_canvas_class(doc)
    template.build(story, canvasmaker=canvas_class)
    if options.progress is not None:
        options.progress(template._sd_total, template._sd_total)
    return template.page
