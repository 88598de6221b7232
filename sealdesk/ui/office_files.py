"""The office window's files: the city table exported as CSV/XLSX and the city report printed
to PDF (off the UI thread with progress and cancel), both for the round shown."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMainWindow

from sealdesk.errors import SealDeskError
from sealdesk.ui import i18n
from sealdesk.ui.errors import show_error
from sealdesk.ui.jobs import Job
from sealdesk.ui.office_session import OfficeSession


class CityFilesMixin:
    """For OfficeWindow (listed before QMainWindow): needs ``self.session``."""

    session: OfficeSession

    def _window(self) -> QMainWindow:
        return self  # type: ignore[return-value]

    def export_table(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self._window(),
            QCoreApplication.translate("OfficeWindow", "Export the city table"),
            str(Path.home() / f"city-{self.session.round}.xlsx"),
            QCoreApplication.translate(
                "OfficeWindow", "Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)"
            ),
        )
        if name:
            self.export_to(Path(name))

    def export_to(self, path: Path) -> Path | None:
        from sealdesk.services.city_reports import export_city_table

        written = self.session.run(
            lambda ws: export_city_table(
                ws, path, round_year_be=self.session.round, lang=i18n.current(), overwrite=True
            ),
            parent=self._window(),
        )
        if written is None:
            return None
        self._window().statusBar().showMessage(
            QCoreApplication.translate("OfficeWindow", "Wrote {path}.").format(path=written.path),
            8000,
        )
        return written.path

    def print_report(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self._window(),
            QCoreApplication.translate("OfficeWindow", "Save the city report"),
            str(Path.home() / f"city-report-{self.session.round}.pdf"),
            QCoreApplication.translate("OfficeWindow", "PDF documents (*.pdf)"),
        )
        if name:
            self.report_to(Path(name))

    def report_to(self, path: Path) -> Job:
        """Prints the city report to ``path`` off the UI thread, with progress and cancel."""
        from sealdesk.services.city_reports import print_city_report
        from sealdesk.services.printing import PrintOptions
        from sealdesk.ui.jobs import run_with_progress

        round_be, lang = self.session.round, i18n.current()

        def work(ws, job: Job) -> Path:  # type: ignore[no-untyped-def]
            options = PrintOptions(lang=lang, progress=job.report, cancelled=job.is_cancelled)
            return print_city_report(
                ws, path, round_year_be=round_be, options=options, overwrite=True
            ).path

        job = self.session.job(work)
        job.succeeded.connect(
            lambda out: (
                self._window()
                .statusBar()
                .showMessage(
                    QCoreApplication.translate("OfficeWindow", "Wrote {path}.").format(path=out),
                    8000,
                )
            )
        )
        job.failed.connect(self._failed)
        run_with_progress(
            self, job, QCoreApplication.translate("OfficeWindow", "Printing the city report...")
        )
        return job

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, SealDeskError):
            show_error(self._window(), error)
