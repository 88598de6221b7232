"""The evidence preview: a PDF (QtPdf) or an image, shown without leaving the app.

Issue 12: the preview could not be enlarged. It now has a small toolbar: zoom out / in and
"fit" (the page width, or the whole image), the page count and the page in view for a PDF,
and "Open in a window", a separate viewer window (sized from the screen) that follows what
the pane shows until it is closed. A greyed button says why in its tooltip.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt
from PySide6.QtGui import QGuiApplication, QImage, QImageReader, QPixmap
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

NARROW = 900  # below this width (logical px) a list and its preview are stacked, not side by side


def orient_for_width(splitter: QSplitter, width: int) -> None:
    """A list and its preview side by side when there is room, the preview under the list when
    not (1024x600, or 150 % scaling): side by side, their widths add up past the screen."""
    want = Qt.Orientation.Vertical if width < NARROW else Qt.Orientation.Horizontal
    if splitter.orientation() != want:
        splitter.setOrientation(want)


def screen_width(widget: QWidget) -> int:
    screen = widget.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry().width() if screen is not None else 1280


ZOOM_STEPS = (0.25, 0.33, 0.5, 0.67, 0.75, 1.0, 1.25, 1.5, 2.0, 3.0, 4.0)
MAX_IMAGE_SIDE = 6000  # pixels read from an image, whatever its size


class PreviewPane(QWidget):
    """Shows a PDF or an image, with zoom, page count and a detachable viewer."""

    def __init__(self, parent: QWidget | None = None, detachable: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName("preview")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        self.zoom_out = QToolButton(self)
        self.zoom_out.setObjectName("zoomOut")
        self.zoom_out.setText("\u2212")
        self.zoom_label = QLabel(self)
        self.zoom_label.setObjectName("zoomLabel")
        self.zoom_in = QToolButton(self)
        self.zoom_in.setObjectName("zoomIn")
        self.zoom_in.setText("+")
        self.fit_button = QToolButton(self)
        self.fit_button.setObjectName("zoomFit")
        self.fit_button.setCheckable(True)
        self.pages = QLabel(self)
        self.pages.setObjectName("pageCount")
        self.detach_button = QToolButton(self)
        self.detach_button.setObjectName("detachPreview")
        self.detach_button.setVisible(detachable)
        for widget in (self.zoom_out, self.zoom_label, self.zoom_in, self.fit_button):
            bar.addWidget(widget)
        bar.addWidget(self.pages, 1)
        bar.addWidget(self.detach_button)
        layout.addLayout(bar)

        self.stack = QStackedWidget(self)
        self.message = QLabel(self.stack)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.scroll = QScrollArea(self.stack)
        self.scroll.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image = QLabel(self.scroll)
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.scroll.setWidget(self.image)
        self.stack.addWidget(self.message)
        self.stack.addWidget(self.scroll)
        self.stack.setMinimumSize(60, 20)  # small screens: the window must still fit
        layout.addWidget(self.stack, 1)

        self.pdf_view: QWidget | None = None
        self.pdf_document = None
        self._image: QImage | None = None
        self.kind = "none"
        self.path: Path | None = None
        self.media_type = ""
        self.zoom: float | None = None  # None = fit
        self.viewer: PreviewWindow | None = None
        self.zoom_out.clicked.connect(lambda: self._step(-1))
        self.zoom_in.clicked.connect(lambda: self._step(1))
        self.fit_button.clicked.connect(lambda _checked: self.set_zoom(None))
        self.detach_button.clicked.connect(self.open_window)
        self.retranslate()
        self.clear()

    # -------------------------------------------------------------- what is shown

    def _pdf(self) -> QWidget:
        if self.pdf_view is None:
            from PySide6.QtPdf import QPdfDocument
            from PySide6.QtPdfWidgets import QPdfView

            self.pdf_document = QPdfDocument(self)
            view = QPdfView(self.stack)
            view.setDocument(self.pdf_document)
            view.setPageMode(QPdfView.PageMode.MultiPage)
            view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
            view.pageNavigator().currentPageChanged.connect(lambda _page: self._update_bar())
            self.pdf_view = view
            self.stack.addWidget(view)
        return self.pdf_view

    def clear(self) -> None:
        self.kind = "none"
        self.path = None
        self.message.setText(
            QCoreApplication.translate("Library", "Select a document to see it here.")
        )
        self.stack.setCurrentWidget(self.message)
        self._update_bar()

    def show_file(self, path: Path, media_type: str) -> None:
        self.path, self.media_type = path, media_type
        if media_type == "application/pdf":
            view = self._pdf()
            assert self.pdf_document is not None
            self.pdf_document.load(str(path))
            if self.pdf_document.pageCount() > 0:
                self.kind = "pdf"
                self.stack.setCurrentWidget(view)
                self._apply_zoom()
                self._follow()
                return
        elif media_type.startswith("image/"):
            reader = QImageReader(str(path))
            reader.setDecideFormatFromContent(True)
            reader.setAutoTransform(True)
            size = reader.size()
            if size.isValid() and max(size.width(), size.height()) > MAX_IMAGE_SIDE:
                reader.setScaledSize(
                    size.scaled(
                        QSize(MAX_IMAGE_SIDE, MAX_IMAGE_SIDE), Qt.AspectRatioMode.KeepAspectRatio
                    )
                )
            image = reader.read()
            if not image.isNull():
                self._image = image
                self.kind = "image"
                self.stack.setCurrentWidget(self.scroll)
                self._apply_zoom()
                self._follow()
                return
        self.kind = "none"
        self.message.setText(
            QCoreApplication.translate(
                "Library", "No preview for this kind of file. Use \u201cOpen\u201d to view it."
            )
        )
        self.stack.setCurrentWidget(self.message)
        self._update_bar()
        self._follow()

    def page_count(self) -> int:
        if self.kind == "pdf" and self.pdf_document is not None:
            return int(self.pdf_document.pageCount())
        return 1 if self.kind == "image" else 0

    # -------------------------------------------------------------- zoom

    def _step(self, direction: int) -> None:
        current = self.zoom if self.zoom is not None else self._fit_factor()
        if direction > 0:
            bigger = [z for z in ZOOM_STEPS if z > current + 0.01]
            self.set_zoom(bigger[0] if bigger else ZOOM_STEPS[-1])
        else:
            smaller = [z for z in ZOOM_STEPS if z < current - 0.01]
            self.set_zoom(smaller[-1] if smaller else ZOOM_STEPS[0])

    def set_zoom(self, factor: float | None) -> None:
        """``factor`` 1.0 = actual size; None = fit (page width, or the whole image)."""
        self.zoom = factor
        self._apply_zoom()

    def _fit_factor(self) -> float:
        if self.kind == "image" and self._image is not None:
            area = self.scroll.viewport().size()
            return max(
                0.05,
                min(
                    area.width() / max(self._image.width(), 1),
                    area.height() / max(self._image.height(), 1),
                ),
            )
        if self.kind == "pdf" and self.pdf_view is not None and self.pdf_document is not None:
            # QPdfView keeps zoomFactor at 1.0 while it fits the width: work out the factor.
            view = self.pdf_view
            page = self.pdf_document.pagePointSize(0).width() * view.logicalDpiX() / 72
            margins = view.documentMargins()  # type: ignore[attr-defined]
            width = view.viewport().width() - margins.left() - margins.right()  # type: ignore[attr-defined]
            return max(0.05, width / page) if page > 0 else 1.0
        return 1.0

    def _shown_fit(self) -> float:
        """The factor "fit" shows at: an image is never blown up past its actual size."""
        fit = self._fit_factor()
        return min(fit, 1.0) if self.kind == "image" else fit

    def _apply_zoom(self) -> None:
        if self.kind == "image" and self._image is not None:
            factor = self.zoom if self.zoom is not None else self._shown_fit()
            size = self._image.size() * factor
            self.image.setPixmap(
                QPixmap.fromImage(
                    self._image.scaled(
                        size,
                        Qt.AspectRatioMode.KeepAspectRatio,
                        Qt.TransformationMode.SmoothTransformation,
                    )
                )
            )
            self.image.resize(self.image.pixmap().size())
        elif self.kind == "pdf" and self.pdf_view is not None:
            from PySide6.QtPdfWidgets import QPdfView

            view: QPdfView = self.pdf_view  # type: ignore[assignment]
            if self.zoom is None:
                view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
            else:
                view.setZoomMode(QPdfView.ZoomMode.Custom)
                view.setZoomFactor(self.zoom)
        self._update_bar()

    def resizeEvent(self, event: object) -> None:
        super().resizeEvent(event)  # type: ignore[arg-type]
        if self.zoom is None and self.kind == "image":
            self._apply_zoom()
        elif self.kind != "none":
            self._update_bar()

    # -------------------------------------------------------------- the bar

    def retranslate(self) -> None:
        self.zoom_out.setAccessibleName(QCoreApplication.translate("Preview", "Zoom out"))
        self.zoom_in.setAccessibleName(QCoreApplication.translate("Preview", "Zoom in"))
        self.fit_button.setText(QCoreApplication.translate("Preview", "Fit"))
        self.detach_button.setText(QCoreApplication.translate("Preview", "Open in a window"))
        self._update_bar()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _update_bar(self) -> None:
        shown = self.kind in ("pdf", "image")
        why = QCoreApplication.translate("Preview", "Select a document with a preview first.")
        for button, tip in (
            (self.zoom_out, QCoreApplication.translate("Preview", "Zoom out")),
            (self.zoom_in, QCoreApplication.translate("Preview", "Zoom in")),
            (self.fit_button, QCoreApplication.translate("Preview", "Fit to the pane")),
            (self.detach_button, QCoreApplication.translate("Preview", "Show in a larger window")),
        ):
            button.setEnabled(shown)
            button.setToolTip(tip if shown else why)
        if not shown:
            self.zoom_label.setText("")
            self.pages.setText("")
            return
        factor = self.zoom if self.zoom is not None else self._shown_fit()
        self.zoom_label.setText(
            QCoreApplication.translate("Preview", "{percent} %").format(percent=round(factor * 100))
        )
        self.fit_button.setChecked(self.zoom is None)
        count = self.page_count()
        if self.kind == "pdf" and self.pdf_view is not None:
            page = self.pdf_view.pageNavigator().currentPage() + 1  # type: ignore[attr-defined]
            self.pages.setText(
                QCoreApplication.translate("Preview", "Page {page} of %n", "", count).format(
                    page=page
                )
            )
        else:
            self.pages.setText("")

    # -------------------------------------------------------------- the detached viewer

    def open_window(self) -> PreviewWindow | None:
        if self.path is None or self.kind == "none":
            return None
        if self.viewer is None:
            self.viewer = PreviewWindow(self)
            self.viewer.destroyed.connect(self._viewer_gone)
        self.viewer.pane.show_file(self.path, self.media_type)
        self.viewer.show()
        self.viewer.raise_()
        self.viewer.activateWindow()
        return self.viewer

    def _viewer_gone(self) -> None:
        self.viewer = None

    def _follow(self) -> None:
        if self.viewer is not None and self.path is not None and self.viewer.isVisible():
            self.viewer.pane.show_file(self.path, self.media_type)


class PreviewWindow(QWidget):
    """A separate window showing the same document, larger; it follows the pane it came from."""

    def __init__(self, source: PreviewPane) -> None:
        super().__init__(source, Qt.WindowType.Window)
        self.setObjectName("previewWindow")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(QCoreApplication.translate("Preview", "Document preview"))
        layout = QVBoxLayout(self)
        self.pane = PreviewPane(self, detachable=False)
        layout.addWidget(self.pane)
        screen = source.screen() or QGuiApplication.primaryScreen()
        if screen is not None:
            area = screen.availableGeometry()
            self.resize(int(area.width() * 0.7), int(area.height() * 0.85))
            self.move(area.center() - self.rect().center())
