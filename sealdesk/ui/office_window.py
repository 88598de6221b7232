"""The coordinating office's main window: the city view, what most districts fail, who has not
submitted, and receiving bundles (a button, drag and drop, the intake folder), off the UI
thread with progress and cancel and one result line per file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QSettings, QSize, Qt, Signal
from PySide6.QtGui import QAction, QColor, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from sealdesk.domain.city import CityStatus, IntakeOutcome, IntakeResult
from sealdesk.errors import SealDeskError
from sealdesk.events import CatalogPublished
from sealdesk.ui import i18n, jobs
from sealdesk.ui.catalog_edition import publish_flow
from sealdesk.ui.citymodel import CODE_ROLE
from sealdesk.ui.cityview import CityView
from sealdesk.ui.errors import show_error, show_info
from sealdesk.ui.jobs import Job
from sealdesk.ui.office_files import CityFilesMixin
from sealdesk.ui.office_session import OfficeSession
from sealdesk.ui.review_desk import CONFIRMED
from sealdesk.ui.widgets import fit_to_screen, install_screen_fitter, local_files

INTAKE_FOLDER_KEY = "office/intake_folder"
NOT_MET = "%n districts have not met {code} {title}"
"""A plural message (``numerus="yes"``): "1 district has not met ...", "3 districts have ..."."""


def _lupdate_marks() -> None:  # pragma: no cover - never called
    """pyside6-lupdate marks a message plural only when it is translated with a literal
    number, so the plural messages above are written here once more for it (a test keeps
    both the same)."""
    QCoreApplication.translate("OfficeWindow", "%n districts have not met {code} {title}", None, 1)


OUTCOME_COLORS = {
    IntakeOutcome.TAKEN: "#2e7d32",
    IntakeOutcome.HISTORY: "#5f6368",
    IntakeOutcome.DUPLICATE: "#5f6368",
    IntakeOutcome.QUARANTINED: "#c62828",
    IntakeOutcome.FAILED: "#c62828",
}


class OfficeWindow(CityFilesMixin, QMainWindow):
    watch_result = Signal(object)  # an IntakeResult, from the watcher's thread
    watch_line = Signal(str)  # a status or refusal sentence, from the watcher's thread

    def __init__(self, session: OfficeSession, languages: i18n.Languages | None = None) -> None:
        super().__init__()
        self.setObjectName("officeWindow")
        self.session = session
        self.languages = languages
        self.status: CityStatus | None = None
        self.intake_job: Job | None = None
        self.setAcceptDrops(True)

        central = QWidget(self)
        layout = QVBoxLayout(central)
        top = QHBoxLayout()
        self.heading = QLabel(self)
        self.heading.setObjectName("officeHeading")
        self.heading.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.round_label = QLabel(self)
        self.round = QComboBox(self)
        self.round.setObjectName("officeRound")
        self.receive_button = QPushButton(self)
        self.receive_button.setObjectName("receiveBundles")
        self.folder_button = QPushButton(self)
        self.folder_button.setObjectName("receiveFolder")
        self.watch_box = QCheckBox(self)
        self.watch_box.setObjectName("watchIntake")
        self.export_button = QPushButton(self)
        self.export_button.setObjectName("exportTable")
        self.report_button = QPushButton(self)
        self.report_button.setObjectName("printCityReport")
        self.review_button = QPushButton(self)  # issue 15: the review screen
        self.review_button.setObjectName("reviewSubmissions")
        # issue 18: personal data, one small lock button with a menu (the rows are full at
        # 1024x600, 150 %)
        from sealdesk.ui.protected_view import lock_icon

        self.personal_button = QToolButton(self)
        self.personal_button.setObjectName("personalData")
        self.personal_button.setIcon(lock_icon())
        self.personal_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.personal_menu = QMenu(self.personal_button)
        self.readers_action = self.personal_menu.addAction("")
        self.access_log_action = self.personal_menu.addAction("")
        self.personal_button.setMenu(self.personal_menu)
        # issue 17: publish a signed catalog edition; a link that wraps, under the side panel,
        # since a button would widen the window past 1024 px at 150 %
        self.publish_link = QLabel(self)
        self.publish_link.setObjectName("publishCatalog")
        self.publish_link.setWordWrap(True)
        # reachable by Tab and opened with Enter, like a button (a QLabel's link is mouse-only)
        self.publish_link.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        # The summary sits by the round it counts; it wraps on a narrow window (1024 px at 150 %)
        # instead of widening the window past the screen.
        self.summary = QLabel(self)
        self.summary.setObjectName("officeSummary")
        self.summary.setWordWrap(True)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        # the summary under the office's name: beside it, with the lock button and the
        # confirmed count, it wrapped one word a line at 1024 px, 150 % (a 250 px top row)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.heading.setWordWrap(True)
        titles = QVBoxLayout()
        titles.setSpacing(0)
        titles.addWidget(self.heading)
        titles.addWidget(self.summary)
        top.addLayout(titles, 1)
        top.addWidget(self.round_label)
        top.addWidget(self.round)
        self.language = QComboBox(self)
        self.language.setObjectName("officeLanguage")
        self.language.addItem("ไทย", "th")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(i18n.current())))
        self.language.currentIndexChanged.connect(self._language_chosen)
        top.addWidget(self.language)
        top.addWidget(self.personal_button)
        layout.addLayout(top)
        # the actions on their own row: the window fits a 1024 px screen
        actions = QHBoxLayout()
        for widget in (
            self.receive_button,
            self.folder_button,
            self.watch_box,
            self.export_button,
            self.report_button,
        ):
            actions.addWidget(widget)
        actions.addStretch(1)
        layout.addLayout(actions)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.city = CityView(splitter)
        side = QWidget(splitter)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        # beside the map (a 1024 px row of actions is full); it takes the panel's width and
        # adds nothing to the window's minimum width
        self.review_button.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        side_layout.addWidget(self.review_button)
        self.gaps_label = QLabel(side)
        self.gaps = QListWidget(side)
        self.gaps.setObjectName("commonGaps")
        self.gaps.setWordWrap(True)
        self.silent_label = QLabel(side)
        self.silent = QListWidget(side)
        self.silent.setObjectName("notSubmitted")
        self.results_label = QLabel(side)
        self.results = QListWidget(side)
        self.results.setObjectName("intakeResults")
        self.results.setWordWrap(True)
        for label, widget, stretch in (
            (self.gaps_label, self.gaps, 3),
            (self.silent_label, self.silent, 2),
            (self.results_label, self.results, 2),
        ):
            label.setStyleSheet("font-weight: 600;")
            label.setBuddy(widget)
            label.setWordWrap(True)  # a narrow side panel wraps its headings
            side_layout.addWidget(label)
            side_layout.addWidget(widget, stretch)
        from sealdesk.ui.receipts_offer import ReceiptsOffer  # issue 16: after intake

        self.receipts_offer = ReceiptsOffer(session, side)
        side_layout.addWidget(self.receipts_offer)
        side_layout.addWidget(self.publish_link)
        QWidget.setTabOrder(self.results, self.publish_link)  # Tab follows the panel down
        splitter.addWidget(self.city)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout.addWidget(splitter, 1)

        progress_row = QHBoxLayout()
        self.progress = QProgressBar(self)
        self.progress.setObjectName("intakeProgress")
        self.progress.setVisible(False)
        self.cancel_button = QPushButton(self)
        self.cancel_button.setObjectName("cancelIntake")
        self.cancel_button.setVisible(False)
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.cancel_button)
        layout.addLayout(progress_row)
        self.setCentralWidget(central)

        self.refresh_action = QAction(self)
        self.refresh_action.setShortcut(QKeySequence.StandardKey.Refresh)
        self.refresh_action.triggered.connect(self.refresh)
        self.addAction(self.refresh_action)

        self.receive_button.clicked.connect(self.choose_bundles)
        self.folder_button.clicked.connect(self.receive_intake_folder)
        self.watch_box.toggled.connect(self._watch_toggled)
        self.watch_result.connect(self._received_one)
        self.watch_line.connect(lambda text: self._add_result_line(text, "#5f6368"))
        self.export_button.clicked.connect(self.export_table)
        self.review_button.clicked.connect(lambda: self.open_review())
        self.report_button.clicked.connect(self.print_report)
        self.access_log_action.triggered.connect(self.show_access_log)
        self.readers_action.triggered.connect(self.show_readers)
        self.publish_link.linkActivated.connect(lambda _l: publish_flow(self.session, self))
        session.event.connect(lambda e: self.refresh() if isinstance(e, CatalogPublished) else None)
        self.cancel_button.clicked.connect(self.cancel_intake)
        self.round.currentIndexChanged.connect(self._round_chosen)
        self.city.district_activated.connect(self.open_district)
        self.gaps.itemClicked.connect(
            lambda item: self.city.show_benchmark(str(item.data(Qt.ItemDataRole.UserRole)))
        )

        session.bundles_received.connect(lambda _e: self.refresh())
        session.review_changed.connect(lambda _e: self.refresh())  # the map shows states
        session.round_changed.connect(lambda _r: self.refresh())
        session.notice.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.retranslate()
        self.refresh()
        install_screen_fitter()  # every dialog this window opens fits the screen too
        fit_to_screen(self, QSize(1280, 720), maximize_when_small=True)
        splitter.setSizes([self.width() * 4 // 5, self.width() // 5])

    # ------------------------------------------------------------------ texts

    def retranslate(self) -> None:
        self.setWindowTitle(
            QCoreApplication.translate(
                "OfficeWindow", "SealDesk: {office} (coordinating office)"
            ).format(office=self.session.office_name)
        )
        self.heading.setText(self.session.office_name)
        self.round_label.setText(QCoreApplication.translate("OfficeWindow", "Round:"))
        self.round.setAccessibleName(QCoreApplication.translate("OfficeWindow", "Round"))
        self.receive_button.setText(
            QCoreApplication.translate("OfficeWindow", "Receive bundles...")
        )
        self.receive_button.setToolTip(
            QCoreApplication.translate(
                "OfficeWindow", "Choose bundle files, or drop them anywhere on this window."
            )
        )
        self.folder_button.setText(
            QCoreApplication.translate("OfficeWindow", "Receive the intake folder")
        )
        self.watch_box.setText(QCoreApplication.translate("OfficeWindow", "Watch it"))
        self.watch_box.setToolTip(
            QCoreApplication.translate(
                "OfficeWindow",
                "Take in every bundle saved into the intake folder while this window is open.",
            )
        )
        self.export_button.setText(QCoreApplication.translate("OfficeWindow", "Export table..."))
        self.report_button.setText(QCoreApplication.translate("OfficeWindow", "City report..."))
        self.review_button.setText(QCoreApplication.translate("OfficeWindow", "&Review..."))
        self.review_button.setToolTip(
            QCoreApplication.translate(
                "OfficeWindow", "Review the selected district's submission, benchmark by benchmark."
            )
        )
        self.access_log_action.setText(QCoreApplication.translate("OfficeWindow", "Access log..."))
        self.readers_action.setText(QCoreApplication.translate("OfficeWindow", "Readers..."))
        tip = QCoreApplication.translate(
            "OfficeWindow", "Who may open personal data, and who opened it when"
        )
        self.personal_button.setToolTip(tip)
        self.personal_button.setAccessibleName(tip)
        self.publish_link.setText(
            '<a href="publish">'
            + QCoreApplication.translate("OfficeWindow", "Publish a catalog edition...")
            + "</a>"
        )
        self.cancel_button.setText(QCoreApplication.translate("OfficeWindow", "Cancel"))
        self.gaps_label.setText(
            QCoreApplication.translate("OfficeWindow", "The benchmarks most districts fail")
        )
        self.silent_label.setText(
            QCoreApplication.translate("OfficeWindow", "Districts that have not submitted")
        )
        self.results_label.setText(QCoreApplication.translate("OfficeWindow", "Received files"))
        self.language.setAccessibleName(QCoreApplication.translate("OfficeWindow", "Language"))
        if self.status is not None:
            self.city.set_status(self.status)  # district and benchmark names in the language
            self._show_side(self.status)

    def _language_chosen(self, _index: int) -> None:
        lang = self.language.currentData()
        if self.languages is not None and lang:
            self.languages.set_language(lang)
            QSettings().setValue("language", lang)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # ------------------------------------------------------------------ the city

    def refresh(self) -> None:
        status = self.session.run(lambda ws: ws.office_status(self.session.round), parent=self)
        if status is None:
            return
        self.status = status
        self.round.blockSignals(True)
        self.round.clear()
        for year in self.session.rounds():
            self.round.addItem(str(year), year)
        self.round.setCurrentIndex(max(0, self.round.findData(self.session.round)))
        self.round.blockSignals(False)
        self.city.set_status(status)
        self._show_side(status)

    def _show_side(self, status: CityStatus) -> None:
        th = i18n.current() == "th"
        silent = status.not_submitted()
        submitted = len(status.rows) - len(silent)
        self.summary.setText(
            QCoreApplication.translate(
                "OfficeWindow",
                "{submitted} of {total} districts have submitted for round {year};"
                " {confirmed} confirmed (accepted or final).",
            ).format(
                submitted=submitted,
                total=len(status.rows),
                year=status.round_year_be,
                confirmed=sum(1 for r in status.rows if r.state in CONFIRMED),
            )
        )
        titles = {c.code: (c.title_th if th else c.title_en) for c in status.columns}
        self.gaps.clear()
        for code, count in status.common_gaps(10):
            item = QListWidgetItem(
                QCoreApplication.translate("OfficeWindow", NOT_MET, "", count).format(
                    code=code, title=titles.get(code, "")
                )
            )
            item.setData(Qt.ItemDataRole.UserRole, code)
            self.gaps.addItem(item)
        if not self.gaps.count():
            self.gaps.addItem(
                QCoreApplication.translate(
                    "OfficeWindow", "No gaps among the districts that submitted."
                )
            )
        self.silent.clear()
        for row in silent:
            item = QListWidgetItem(f"{row.district_code}  {row.name_th if th else row.name_en}")
            item.setData(Qt.ItemDataRole.UserRole, row.district_code)
            self.silent.addItem(item)
        silent_count = len(silent)  # a plain name: pyside6-lupdate 6.11 misses a call
        self.silent_label.setText(
            QCoreApplication.translate(
                "OfficeWindow", "Districts that have not submitted (%n)", "", silent_count
            )
        )

    def _round_chosen(self, _index: int) -> None:
        year = self.round.currentData()
        if year is not None:
            self.session.set_round(int(year))

    def open_district(self, code: str) -> None:
        from sealdesk.ui.district_view import DistrictSubmissionDialog

        submission = self.session.run(
            lambda ws: ws.office_submission(code, self.session.round), parent=self
        )
        if submission is None:
            show_info(
                self,
                QCoreApplication.translate(
                    "OfficeWindow", "Nothing has been received from this district for this round."
                ),
            )
            return
        dialog = DistrictSubmissionDialog(self.session, submission, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.district_dialog = dialog

    def open_review(self, code: str | None = None):
        """The review screen (ui/review.py), on ``code`` or the district selected in the map."""
        from sealdesk.ui.review import ReviewScreen
        from sealdesk.ui.review_desk import ReviewDesk

        if code is None:
            index = self.city.table.currentIndex()
            code = index.data(CODE_ROLE) if index.isValid() else None
        screen = ReviewScreen(ReviewDesk(self.session), code, self)
        screen.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        screen.show()
        self.review_screen = screen
        return screen

    def show_access_log(self) -> None:
        """Who opened which protected file (issue 18)."""
        from sealdesk.ui.protected_view import AccessLogDialog

        dialog = AccessLogDialog(self.session, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.access_log_dialog = dialog

    def show_readers(self) -> None:
        """The readers of personal data (issue 18)."""
        from sealdesk.ui.readers_view import ReadersDialog

        dialog = ReadersDialog(self.session, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.readers_dialog = dialog

    # ------------------------------------------------------------------ receiving

    def choose_bundles(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self,
            QCoreApplication.translate("OfficeWindow", "Receive bundles"),
            "",
            QCoreApplication.translate("OfficeWindow", "Submission bundles (*.zip);;All files (*)"),
        )
        if names:
            self.receive([Path(n) for n in names])

    def intake_folder(self, ask: bool = False) -> Path | None:
        """The intake folder (remembered), asked for the first time or when it is gone."""
        folder = QSettings().value(INTAKE_FOLDER_KEY)
        if ask or not folder or not Path(str(folder)).is_dir():
            folder = QFileDialog.getExistingDirectory(
                self, QCoreApplication.translate("OfficeWindow", "The intake folder")
            )
            if not folder:
                return None
            QSettings().setValue(INTAKE_FOLDER_KEY, folder)
        return Path(str(folder))

    def receive_intake_folder(self) -> Job | None:
        """Takes in what lies in the intake folder now (settled files only, each once)."""
        folder = self.intake_folder()
        if folder is None:
            return None
        return self._start_intake(self.session.intake_scan_job(folder), 0)

    def receive(self, paths: list[Path]) -> Job | None:
        """Takes in ``paths`` on a worker thread; the results arrive one line per file."""
        return self._start_intake(self.session.receive_job(paths), len(paths))

    def _start_intake(self, job: Job, files: int) -> Job | None:
        if self.intake_job is not None:
            self.statusBar().showMessage(
                QCoreApplication.translate("OfficeWindow", "Still receiving the previous files."),
                5000,
            )
            return None
        self.intake_job = job
        self.progress.setRange(0, files)  # 0: a busy bar, the count is not known yet
        self.progress.setValue(0)
        self.progress.setFormat(
            QCoreApplication.translate("OfficeWindow", "Receiving %v of %m files")
        )
        self.progress.setVisible(True)
        self.cancel_button.setVisible(True)
        self.cancel_button.setEnabled(files > 0)
        self.receive_button.setEnabled(False)
        self.folder_button.setEnabled(False)
        job.progress.connect(lambda done, total: self.progress.setValue(done))
        job.succeeded.connect(self._received)
        job.failed.connect(self._receive_failed)
        job.cancelled.connect(
            lambda: self._add_result_line(
                QCoreApplication.translate("OfficeWindow", "Receiving was cancelled."), "#5f6368"
            )
        )
        job.finished.connect(self._intake_done)
        jobs.start(job)
        return job

    def _watch_toggled(self, on: bool) -> None:
        if not on:
            self.session.stop_watching()
            self.statusBar().showMessage(
                QCoreApplication.translate("OfficeWindow", "Stopped watching the intake folder."),
                5000,
            )
            return
        folder = self.intake_folder()
        if folder is None:
            self.watch_box.setChecked(False)
            return
        self.session.run(
            lambda _ws: self.session.start_watching(
                folder, self.watch_result.emit, self.watch_line.emit
            ),
            parent=self,
        )
        if not self.session.watching:
            self.watch_box.setChecked(False)

    def cancel_intake(self) -> None:
        if self.intake_job is not None:
            self.intake_job.cancel()
            self.cancel_button.setEnabled(False)

    def _received(self, results: tuple[IntakeResult, ...]) -> None:
        for result in results:
            self._received_one(result)
        if not results:
            self._add_result_line(
                QCoreApplication.translate("OfficeWindow", "No new bundles in the intake folder."),
                "#5f6368",
            )

    def _received_one(self, result: IntakeResult) -> None:
        """One line per file, in the clerk's words (the message names the file)."""
        text = result.render(QCoreApplication.translate)
        self._add_result_line(text, OUTCOME_COLORS.get(result.outcome, "#1a1a1a"))
        self.receipts_offer.note(result)

    def _receive_failed(self, error: BaseException) -> None:
        if isinstance(error, SealDeskError):
            show_error(self, error)

    def _intake_done(self) -> None:
        self.intake_job = None
        self.progress.setVisible(False)
        self.cancel_button.setVisible(False)
        self.receive_button.setEnabled(True)
        self.folder_button.setEnabled(True)

    def _add_result_line(self, text: str, color: str) -> None:
        item = QListWidgetItem(text)
        item.setForeground(QColor(color))
        item.setToolTip(text)
        self.results.insertItem(0, item)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if local_files(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragEnterEvent) -> None:
        self.dragEnterEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        files = [p for p in local_files(event) if p.is_file()]
        if files:
            event.acceptProposedAction()
            self.receive(files)

    def closeEvent(self, event: QEvent) -> None:  # type: ignore[override]
        self.session.stop_watching()
        if self.intake_job is not None:
            self.intake_job.cancel()
        self.session.close()
        super().closeEvent(event)  # type: ignore[arg-type]
