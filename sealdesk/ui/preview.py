"""The evidence preview pane: a PDF (QtPdf) or an image, shown without leaving the app."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QImageReader, QPixmap
from PySide6.QtWidgets import QLabel, QStackedWidget, QWidget


class PreviewPane(QStackedWidget):
    """Shows a PDF (QtPdf) or an image without leaving the app."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preview")
        self.message = QLabel(self)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.image = QLabel(self)
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image.setMinimumSize(120, 120)
        self.addWidget(self.message)
        self.addWidget(self.image)
        self.pdf_view: QWidget | None = None
        self.pdf_document = None
        self._pixmap: QPixmap | None = None
        self.kind = "none"
        self.clear()

    def _pdf(self) -> QWidget:
        if self.pdf_view is None:
            from PySide6.QtPdf import QPdfDocument
            from PySide6.QtPdfWidgets import QPdfView

            self.pdf_document = QPdfDocument(self)
            view = QPdfView(self)
            view.setDocument(self.pdf_document)
            view.setPageMode(QPdfView.PageMode.MultiPage)
            view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
            self.pdf_view = view
            self.addWidget(view)
        return self.pdf_view

    def clear(self) -> None:
        self.kind = "none"
        self.message.setText(
            QCoreApplication.translate("Library", "Select a document to see it here.")
        )
        self.setCurrentWidget(self.message)

    def show_file(self, path: Path, media_type: str) -> None:
        if media_type == "application/pdf":
            view = self._pdf()
            assert self.pdf_document is not None
            self.pdf_document.load(str(path))
            if self.pdf_document.pageCount() > 0:
                self.kind = "pdf"
                self.setCurrentWidget(view)
                return
        elif media_type.startswith("image/"):
            reader = QImageReader(str(path))
            reader.setDecideFormatFromContent(True)
            reader.setAutoTransform(True)
            size = reader.size()
            box = self.size().boundedTo(QSize(1600, 1600)).expandedTo(QSize(300, 300))
            if size.isValid():
                reader.setScaledSize(size.scaled(box, Qt.AspectRatioMode.KeepAspectRatio))
            image = reader.read()
            if not image.isNull():
                self._pixmap = QPixmap.fromImage(image)
                self.image.setPixmap(self._pixmap)
                self.kind = "image"
                self.setCurrentWidget(self.image)
                return
        self.kind = "none"
        self.message.setText(
            QCoreApplication.translate(
                "Library", "No preview for this kind of file. Use \u201cOpen\u201d to view it."
            )
        )
        self.setCurrentWidget(self.message)
