"""The Print menu: documents made by the printing service (sealdesk.services.printing) on the
job runner, previewed with QtPdf, then printed (QPrintDialog) or saved as PDF.

The preview is the print dialog: it chooses the document's language (independent of the app's)
and the preparer's name printed under "Prepared by", and re-makes the document when either
changes; Save PDF offers a name in the document's language with the district and the round."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QRect, QSize, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sealdesk.errors import QT_TRANSLATE_NOOP
from sealdesk.progress import Cancelled
from sealdesk.ui import i18n, jobs
from sealdesk.ui.jobs import Job, JobCancelled
from sealdesk.ui.widgets import strip_mnemonic

if TYPE_CHECKING:
    from sealdesk.services.workspace import Workspace
    from sealdesk.ui.session import Session

# The documents of the Print menu, in order (kinds of sealdesk.services.printing.print_document).
DOCUMENTS = (
    ("checklist", QT_TRANSLATE_NOOP("Print", "&Blank checklist...")),
    ("filled", QT_TRANSLATE_NOOP("Print", "&Filled checklist...")),
    ("report", QT_TRANSLATE_NOOP("Print", "&Gap report...")),
    ("key-sheet", QT_TRANSLATE_NOOP("Print", "&Key enrolment sheet...")),
)
# Printed from the export dialog, for the bundle just written.
COVER = ("cover", QT_TRANSLATE_NOOP("Print", "&Submission cover sheet..."))


#: The languages a document can be printed in, each named in itself (not translated).
LANGUAGES = (("th", "ไทย"), ("en", "English"))


def document_title(kind: str) -> str:
    """The menu text of document ``kind`` as a window title: no mnemonic ("(&F)", "&"), no
    trailing dots."""
    text = QCoreApplication.translate("Print", dict((*DOCUMENTS, COVER))[kind])
    return strip_mnemonic(text).rstrip(".").strip()


def print_job(
    session: Session, kind: str, lang: str | None = None, preparer: str = "", **extra: object
) -> Job:
    """A Job writing document ``kind`` to a temporary PDF; its result is the file's Path.
    ``preparer`` empty: the clerk's name the workspace knows."""
    from sealdesk.services.printing import PrintOptions, print_document

    folder = Path(tempfile.mkdtemp(prefix="sealdesk-print-"))
    target = folder / f"{kind}.pdf"

    def work(ws: Workspace, job: Job) -> Path:
        options = PrintOptions(
            lang=lang or i18n.current(),
            preparer=preparer,
            progress=job.report,
            cancelled=job.is_cancelled,
        )
        try:
            print_document(ws, kind, target, options=options, **extra)  # type: ignore[arg-type]
        except Cancelled:
            shutil.rmtree(folder, ignore_errors=True)
            raise JobCancelled() from None
        return target

    return session.job(work)


class PrintPreviewDialog(QDialog):
    """Shows a generated PDF; Print... sends it to a printer, Save PDF... keeps a copy.

    Given the ``session`` and the document ``kind`` (and the ``extra`` arguments it was made
    with), it also chooses the document's language and the preparer's name, and makes the
    document again when they change."""

    def __init__(
        self,
        pdf: Path,
        title: str,
        parent: QWidget | None = None,
        *,
        session: Session | None = None,
        kind: str | None = None,
        lang: str | None = None,
        extra: dict[str, object] | None = None,
    ) -> None:
        super().__init__(parent)
        from PySide6.QtPdf import QPdfDocument
        from PySide6.QtPdfWidgets import QPdfView

        self.setObjectName("printPreview")
        self.pdf = pdf
        self.session = session
        self.kind = kind
        self.extra = dict(extra or {})
        self.remaking: Job | None = None
        self.setWindowTitle(title)
        self.document = QPdfDocument(self)
        self.document.load(str(pdf))
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setAccessibleName(QCoreApplication.translate("Print", "Print preview"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.print_button = QPushButton(QCoreApplication.translate("Print", "&Print..."), self)
        self.save_button = QPushButton(QCoreApplication.translate("Print", "&Save PDF..."), self)
        self.buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        self.print_button.clicked.connect(self.print_document)
        self.save_button.clicked.connect(self.save_as)
        layout = QVBoxLayout(self)
        self.language = QComboBox(self)
        self.language.setObjectName("documentLanguage")
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(lang or i18n.current())))
        self.preparer = QLineEdit(self)
        self.preparer.setObjectName("preparer")
        if session is not None and kind is not None:
            self.preparer.setText(session.clerk)
            form = QFormLayout()
            form.addRow(QCoreApplication.translate("Print", "Document &language:"), self.language)
            form.addRow(QCoreApplication.translate("Print", "Prepared &by:"), self.preparer)
            layout.addLayout(form)
            self.language.currentIndexChanged.connect(self.remake)
            self.preparer.editingFinished.connect(self.remake)
        else:
            self.language.hide()
            self.preparer.hide()
        self._made_with = (self.lang, self.preparer.text().strip())
        layout.addWidget(self.view, 1)
        layout.addWidget(self.buttons)
        self.resize(820, 900)

    @property
    def lang(self) -> str:
        """The language of the document shown."""
        return str(self.language.currentData())

    def remake(self) -> Job | None:
        """Makes the document again in the language and with the preparer now chosen."""
        if self.session is None or self.kind is None:
            return None
        wanted = (self.lang, self.preparer.text().strip())
        if wanted == self._made_with:
            return None
        self._made_with = wanted
        job = print_job(self.session, self.kind, wanted[0], wanted[1], **self.extra)
        job.succeeded.connect(self._show)
        self.remaking = job
        jobs.start(job)
        return job

    def _show(self, pdf: Path) -> None:
        self.pdf = pdf
        self.document.load(str(pdf))

    def page_count(self) -> int:
        return self.document.pageCount()

    def save_to(self, destination: Path) -> Path:
        shutil.copyfile(self.pdf, destination)
        return destination

    def suggested_name(self) -> str:
        """The document's name, district and round, in the document's language."""
        if self.session is None or self.kind is None:
            return self.pdf.name
        from sealdesk.services.printing import default_file_name

        kind, lang, round_be = self.kind, self.lang, self.extra.get("round_be")
        return self.session.query(
            lambda ws: default_file_name(ws, kind, lang, round_be)  # type: ignore[arg-type]
        )

    def save_as(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            QCoreApplication.translate("Print", "Save PDF"),
            str(Path.home() / self.suggested_name()),
            QCoreApplication.translate("Print", "PDF documents (*.pdf)"),
        )
        if name:
            self.save_to(Path(name))

    def print_document(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.windowTitle())
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.render_to(printer)

    def render_to(self, printer: object) -> int:
        """Paints every page onto ``printer`` (any QPagedPaintDevice); returns the page count."""
        from PySide6.QtGui import QPainter

        painter = QPainter(printer)  # type: ignore[call-overload]
        try:
            for page in range(self.document.pageCount()):
                if page:
                    printer.newPage()  # type: ignore[attr-defined]
                area = painter.viewport()
                size = self.document.pagePointSize(page).toSize()
                size.scale(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
                image = self.document.render(page, QSize(size.width(), size.height()))
                painter.drawImage(QRect(area.topLeft(), size), image)
        finally:
            painter.end()
        return self.document.pageCount()
