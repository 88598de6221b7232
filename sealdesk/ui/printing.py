"""The Print menu: documents made by the printing service (sealdesk.services.printing) on the
job runner, previewed with QtPdf, then printed (QPrintDialog) or saved as PDF."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QRect, QSize, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sealdesk.errors import QT_TRANSLATE_NOOP
from sealdesk.progress import Cancelled
from sealdesk.ui import i18n
from sealdesk.ui.jobs import Job, JobCancelled

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


def print_job(session: Session, kind: str, lang: str | None = None, **extra: object) -> Job:
    """A Job writing document ``kind`` to a temporary PDF; its result is the file's Path."""
    from sealdesk.services.printing import PrintOptions, print_document

    folder = Path(tempfile.mkdtemp(prefix="sealdesk-print-"))
    target = folder / f"{kind}.pdf"

    def work(ws: Workspace, job: Job) -> Path:
        options = PrintOptions(
            lang=lang or i18n.current(), progress=job.report, cancelled=job.is_cancelled
        )
        try:
            print_document(ws, kind, target, options=options, **extra)  # type: ignore[arg-type]
        except Cancelled:
            shutil.rmtree(folder, ignore_errors=True)
            raise JobCancelled() from None
        return target

    return session.job(work)


class PrintPreviewDialog(QDialog):
    """Shows a generated PDF; Print... sends it to a printer, Save PDF... keeps a copy."""

    def __init__(self, pdf: Path, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from PySide6.QtPdf import QPdfDocument
        from PySide6.QtPdfWidgets import QPdfView

        self.setObjectName("printPreview")
        self.pdf = pdf
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
        layout.addWidget(self.view, 1)
        layout.addWidget(self.buttons)
        self.resize(820, 900)

    def page_count(self) -> int:
        return self.document.pageCount()

    def save_to(self, destination: Path) -> Path:
        shutil.copyfile(self.pdf, destination)
        return destination

    def save_as(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            QCoreApplication.translate("Print", "Save PDF"),
            str(Path.home() / self.pdf.name),
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
