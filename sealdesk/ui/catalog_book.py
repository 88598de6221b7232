"""File > Export the catalog as a workbook: the round's catalog written as the workbook the
people who define the criteria edit (services/catalog_book.py; docs/catalog-format.md).
Reading a workbook back and importing it goes through the catalog import's own dialog."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QSettings
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from sealdesk.ui.errors import show_info
from sealdesk.ui.session import Session

FOLDER_KEY = "catalogWorkbookFolder"
"""QSettings: the folder a catalog workbook was last saved in."""


class CatalogWorkbook(QObject):
    """The export's dialog and its message; the main window's File menu calls ``choose``."""

    def __init__(self, session: Session, window: QWidget) -> None:
        super().__init__(window)
        self.session = session
        self.window = window

    def choose(self) -> QMessageBox | None:
        """Asks where to save the workbook, then writes it."""
        catalog = self.session.catalog
        folder = QSettings().value(FOLDER_KEY) or str(Path.home())
        suggested = Path(str(folder)) / f"{catalog.edition}-{catalog.version}.xlsx"
        chosen, _ = QFileDialog.getSaveFileName(
            self.window,
            QCoreApplication.translate("CatalogWorkbook", "Export the catalog as a workbook"),
            str(suggested),
            QCoreApplication.translate("CatalogWorkbook", "Excel workbook (*.xlsx)"),
        )
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() != ".xlsx":
            path = path.with_name(path.name + ".xlsx")
        QSettings().setValue(FOLDER_KEY, str(path.parent))
        # The file dialog has asked before replacing an existing file.
        return self.export(path, overwrite=path.exists())

    def export(self, path: Path, overwrite: bool = False) -> QMessageBox | None:
        """Writes the catalog of the round shown to ``path``; the box says what was written."""
        from sealdesk.services import catalog_book  # openpyxl's side: only when used

        round_be = self.session.round
        written = self.session.run(
            lambda ws: catalog_book.write_template(
                catalog_book.current_catalog(ws, round_be),
                path,
                overwrite=overwrite,
                not_inside=[ws.path],
            ),
            parent=self.window,
        )
        if written is None:
            return None
        text = QCoreApplication.translate(
            "CatalogWorkbook",
            "The catalog {edition} version {version} was written to {path}. Edit it in Excel "
            "or LibreOffice; 'sealdesk catalog from-xlsx' reads it back.",
        ).format(
            edition=written.catalog.edition, version=written.catalog.version, path=written.path
        )
        return show_info(self.window, text)
