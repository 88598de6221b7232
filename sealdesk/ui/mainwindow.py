"""The main window: checklist on the left; benchmark page, evidence library, dashboard and inbox
on the right; menus, an information bar, and a status bar that says whether all is saved.

The window only lays out and connects its parts: the checklist pane (ui/checklist.py), the
menus (ui/actions.py) and the round controller (ui/rounds.py). Every view follows the Session's
signals, so switching round updates them all in place.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QSettings, QSize, Qt, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from sealdesk.ui import i18n
from sealdesk.ui.actions import MainActions
from sealdesk.ui.benchmark_page import BenchmarkPage
from sealdesk.ui.catalog_book import CatalogWorkbook
from sealdesk.ui.catalog_edition import NewerEditionFlag, PracticeBanner
from sealdesk.ui.checklist import ChecklistPane, ChecklistView
from sealdesk.ui.errors import show_error
from sealdesk.ui.feedback_actions import FeedbackActions
from sealdesk.ui.help import HelpCenter
from sealdesk.ui.jobs import Job, run_with_progress
from sealdesk.ui.maintenance import Maintenance
from sealdesk.ui.models import ChecklistFilter, ChecklistModel
from sealdesk.ui.printing import document_title, print_job
from sealdesk.ui.rounds import RoundController
from sealdesk.ui.session import Session
from sealdesk.ui.widgets import (
    ElidedLabel,
    InfoBar,
    fit_to_screen,
    fits_screen,
    install_screen_fitter,
    mark_fitted,
    on_first_paint,
)

LAZY_TABS = ("library", "dashboard", "inbox", "ready")
"""The pages after the benchmark page (tabs 1-4), built when first shown or used."""
if TYPE_CHECKING:  # the pages after the benchmark page are imported when built
    from sealdesk.ui.dashboard import Dashboard
    from sealdesk.ui.evidence import LibraryView
    from sealdesk.ui.inbox import InboxPanel
    from sealdesk.ui.ready import ReadyView

PREFERRED_SIZE = (1280, 800)
"""The main window's size where the screen has room; smaller screens get it maximized."""
ADDING_FILES = "Adding %n files..."
"""A plural message (``numerus="yes"``): "Adding 1 file...", "Adding 3 files..."."""


def _lupdate_marks() -> None:  # pragma: no cover - never called
    """pyside6-lupdate marks a message plural only when it is translated with a literal
    number, so the plural messages above are written here once more for it (a test keeps
    both the same)."""
    QCoreApplication.translate("MainWindow", "Adding %n files...", None, 1)


class MainWindow(QMainWindow):
    def __init__(self, session: Session, languages: i18n.Languages) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.session = session
        session.setParent(self)
        self.languages = languages
        self.settings = QSettings()
        self.ws_key = session.ui_key

        # Checklist (left)
        self.checklist = ChecklistPane(session, self)

        # Pages (right): the benchmark page at once; the others are built when first shown
        # (each whole when it first appears) or first used, see _build_tab.
        self.page = BenchmarkPage(session, self)
        self.page.setObjectName("benchmarkPage")
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("tabs")
        self.tabs.addTab(self.page, "")
        self._views: dict[str, QWidget] = {}
        self._slots: dict[str, QWidget] = {}
        for name in LAZY_TABS:  # a place holder, replaced by the page before it is seen
            slot = QWidget(self.tabs)
            slot.setObjectName(f"{name}Slot")
            self._slots[name] = slot
            self.tabs.addTab(slot, "")
        self.inbox_count = 0
        self.tabs.currentChanged.connect(self._tab_shown)
        self.info = InfoBar(self)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.info)
        right_layout.addWidget(self.tabs, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.checklist)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.setCentralWidget(self.splitter)

        # Status bar
        self.round_label = QLabel(self)
        self.workspace_label = ElidedLabel(self)  # a long path shortens in the middle
        self.saved_label = QLabel(self)
        self.saved_label.setObjectName("savedState")
        bar = self.statusBar()
        bar.addWidget(self.round_label)
        self.practice_banner = PracticeBanner(session, self)  # issue 17: unsigned catalog
        bar.addWidget(self.practice_banner)
        self.newer_edition_flag = NewerEditionFlag(session, self)  # issue 17: office is ahead
        bar.addWidget(self.newer_edition_flag)
        bar.addWidget(self.workspace_label, 1)
        bar.addPermanentWidget(self.saved_label)

        self.rounds = RoundController(session, self, save_work=self.page.save_narrative)
        self.maintenance = Maintenance(session, self)  # File/Tools entries, backup reminder
        self.catalog_book = CatalogWorkbook(session, self)  # File > Export the catalog (issue 17)
        self.help_center = HelpCenter(self)
        self.feedback = FeedbackActions(session, self)  # issue 15: File/View entries
        self.menus = MainActions(self, session, self.rounds)
        on_first_paint(self, self._after_first_paint)
        if session.is_attached:  # the workspace is open already: every page now, as always
            for name in LAZY_TABS:
                self._build_tab(name, fill=False)  # _fill fills them
        self._connect()
        self.retranslate()
        self._fill()  # the Session's evidence list, read while building, is still current
        self.checklist.fit_columns()
        self._restore()
        if session.is_attached:
            self._start_watching()
        else:  # started on the first look (ui/main.py): the inbox once the workspace is open
            # (just after: the attach may come in the middle of a change the clerk made)
            session.attached.connect(lambda: QTimer.singleShot(0, self, self._start_watching))

    def _after_first_paint(self) -> None:
        """The application-wide filters, once the window is on the screen: every dialog fitted
        to the screen, the window's shortcuts kept from text fields (widgets.on_first_paint)."""
        install_screen_fitter()
        self.menus.keep_shortcuts()

    def _start_watching(self) -> None:
        """The inbox (its count on the tab, its folder watcher), once the workspace is open."""
        self.inbox.bridge.start()

    # ------------------------------------------------------------------ the pages built later

    @property
    def library(self) -> LibraryView:
        return self._build_tab("library")  # type: ignore[return-value]

    @property
    def dashboard(self) -> Dashboard:
        return self._build_tab("dashboard")  # type: ignore[return-value]

    @property
    def inbox(self) -> InboxPanel:
        return self._build_tab("inbox")  # type: ignore[return-value]

    @property
    def ready(self) -> ReadyView:
        return self._build_tab("ready")  # type: ignore[return-value]

    def built(self, name: str) -> bool:
        """Is the page ``name`` (one of LAZY_TABS) built yet?"""
        return name in self._views

    def _tab_shown(self, index: int) -> None:
        for name, slot in list(self._slots.items()):
            if self.tabs.widget(index) is slot:
                self._build_tab(name)

    def _build_tab(self, name: str, fill: bool = True) -> QWidget:
        """The page ``name``, built, connected and filled the first time it is asked for (on
        a first look; with the workspace open, every page is built with the window)."""
        view = self._views.get(name)
        if view is not None:
            return view
        s = self.session
        if name in ("inbox", "ready"):  # they read what the first look does not hold
            s.ensure_open()
        if name == "library":
            from sealdesk.ui.evidence import LibraryView

            library = LibraryView(s, self)  # fills itself
            library.files_dropped.connect(
                # after the drop returns (the file manager waits for it): then ask which
                # benchmarks
                lambda paths: QTimer.singleShot(0, lambda: self.add_dropped_files(paths))
            )
            library.add_files_requested.connect(lambda: self.add_files(None))
            library.link_requested.connect(self.link_dialog)
            library.benchmark_activated.connect(self.open_benchmark)
            state = self.settings.value("window/library_splitter")
            if state is not None:
                library.splitter.restoreState(state)
            view = library
        elif name == "dashboard":
            from sealdesk.ui.dashboard import Dashboard

            dashboard = Dashboard(s, self)
            dashboard.benchmark_activated.connect(self.open_benchmark)
            view = dashboard
        elif name == "inbox":
            from sealdesk.ui.inbox import InboxPanel

            inbox = InboxPanel(s, self)
            inbox.count_changed.connect(self._inbox_count)
            view = inbox
        else:
            from sealdesk.ui.ready import ReadyView

            ready = ReadyView(s, self)
            ready.benchmark_activated.connect(self.open_benchmark)
            view = ready
        view.setObjectName(name)
        self._views[name] = view
        slot = self._slots.pop(name)
        index = self.tabs.indexOf(slot)
        current = self.tabs.currentIndex()
        blocked = self.tabs.blockSignals(True)  # the same tab stays current: nothing to tell
        try:
            self.tabs.insertTab(index, view, self.tabs.tabText(index))
            self.tabs.removeTab(index + 1)
            self.tabs.setCurrentIndex(current)
        finally:
            self.tabs.blockSignals(blocked)
        slot.deleteLater()
        if fill and name == "dashboard":
            view.refresh()  # type: ignore[attr-defined]
        elif fill and name == "inbox":
            view.reload()  # type: ignore[attr-defined]
        return view

    # ------------------------------------------------------------------ the checklist's parts

    @property
    def model(self) -> ChecklistModel:
        return self.checklist.model

    @property
    def proxy(self) -> ChecklistFilter:
        return self.checklist.proxy

    @property
    def tree(self) -> ChecklistView:
        return self.checklist.tree

    @property
    def search(self) -> QLineEdit:
        return self.checklist.search

    @property
    def show_filter(self) -> QComboBox:
        return self.checklist.show_filter

    @property
    def target(self) -> QComboBox:
        return self.checklist.target

    def visible_codes(self) -> list[str]:
        return self.checklist.visible_codes()

    def set_show_filter(self, kind: str, value: object = None) -> None:
        self.checklist.set_show_filter(kind, value)

    # ------------------------------------------------------------------ building

    def _connect(self) -> None:
        s = self.session
        self.checklist.benchmark_chosen.connect(self._benchmark_chosen)
        self.checklist.benchmark_opened.connect(self._benchmark_opened)
        self.checklist.tree.files_dropped.connect(self.import_files)
        self.page.files_dropped.connect(self.import_files)
        self.page.add_files_requested.connect(self.add_files)
        self.page.link_requested.connect(self.pick_evidence)
        self.page.evidence_activated.connect(self.show_in_library)
        s.save_state.connect(self._saved)
        s.notice.connect(self.notify)
        s.open_benchmark.connect(self.open_benchmark)
        s.round_changed.connect(self._round_changed)
        s.undo.canUndoChanged.connect(self._undo_changed)
        s.undo.canRedoChanged.connect(self._undo_changed)
        s.undo.indexChanged.connect(self._undo_changed)
        self.languages.changed.connect(self._language_changed)

    # ------------------------------------------------------------------ texts

    def retranslate(self) -> None:
        lang = i18n.current()
        self.setWindowTitle(
            QCoreApplication.translate(
                "MainWindow", "SealDesk — {district} district office"
            ).format(district=self.session.district_name(lang))
        )
        self.checklist.retranslate()
        self.tabs.setTabText(0, QCoreApplication.translate("MainWindow", "Benchmark"))
        self.tabs.setTabText(1, QCoreApplication.translate("MainWindow", "Evidence library"))
        self.tabs.setTabText(2, QCoreApplication.translate("MainWindow", "Dashboard"))
        self.tabs.setTabText(4, QCoreApplication.translate("MainWindow", "Ready to submit"))
        self._inbox_count(self.inbox_count)
        self.menus.retranslate()
        self.maintenance.retranslate()
        self._round_label()
        self.workspace_label.setText(
            QCoreApplication.translate("MainWindow", "Workspace: {path}").format(
                path=str(self.session.workspace_path)
            )
        )
        self.workspace_label.setToolTip(self.workspace_label.text())
        self._saved(self.session.all_saved())

    def _round_label(self) -> None:
        self.round_label.setText(
            QCoreApplication.translate("MainWindow", "Round {round}").format(
                round=self.session.round
            )
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _language_changed(self, lang: str) -> None:
        self.model.set_language(lang)
        self.checklist.fit_columns()
        self.settings.setValue("language", lang)

    def set_language(self, lang: str) -> None:
        self.page.save_narrative()
        self.languages.set_language(lang)

    def _undo_changed(self, *_args: object) -> None:
        self.menus.update_undo()

    def _saved(self, saved: bool) -> None:
        self.saved_label.setText(
            QCoreApplication.translate("MainWindow", "All changes saved")
            if saved
            else QCoreApplication.translate("MainWindow", "Saving…")
        )

    # ------------------------------------------------------------------ data

    def reload(self) -> None:
        """Re-reads everything the views show from the workspace."""
        self.session.forget_cache()
        self._fill()

    def _fill(self) -> None:
        """Fills every view from the Session (its evidence list is cached until it changes)."""
        self.checklist.reload()
        if self.built("library"):
            self.library.reload()
        if self.built("inbox"):
            self.inbox.reload()
        if self.built("dashboard"):
            self.dashboard.refresh()
        if self.page.code:
            self.page.show_benchmark(self.page.code)

    def _round_changed(self, _round_be: int) -> None:
        """Shows the round the Session now shows (the checklist, library and dashboard follow
        the signal themselves): the same benchmark when the round's catalog has it."""
        self._round_label()
        if self.built("inbox"):
            self.inbox.reload()
        catalog = self.session.catalog
        code = self.page.code if self.page.code and catalog.has(self.page.code) else None
        code = code or catalog.benchmarks()[0].code
        self.checklist.select(code)
        self.page.show_benchmark(code)

    def notify(self, text: str) -> None:
        self.info.show_message(text)
        self.statusBar().showMessage(text, 8000)

    # ------------------------------------------------------------------ navigation

    def show_tab(self, index: int) -> None:
        self.tabs.setCurrentIndex(index)

    def cycle_tab(self, step: int) -> None:
        """Ctrl+Tab / Ctrl+Shift+Tab: the next or previous page, from anywhere in the window."""
        self.tabs.setCurrentIndex((self.tabs.currentIndex() + step) % self.tabs.count())

    def _benchmark_opened(self, code: str) -> None:
        """Enter in the checklist search: the page of the first match, ready to work on."""
        self.open_benchmark(code)
        self.page.status.setFocus(Qt.FocusReason.OtherFocusReason)

    def focus_search(self) -> None:
        self.checklist.focus_search()

    def _benchmark_chosen(self, code: str) -> None:
        self.page.show_benchmark(code)
        self.settings.setValue(f"{self.ws_key}/last_benchmark", code)

    def open_benchmark(self, code: str) -> None:
        if not self.checklist.select(code):
            return
        if self.page.code != code:
            self.page.show_benchmark(code)
        self.tabs.setCurrentWidget(self.page)

    def undo(self) -> None:
        self.session.undo.undo()

    def redo(self) -> None:
        self.session.undo.redo()

    # ------------------------------------------------------------------ evidence

    def add_files_here(self) -> None:
        # A benchmark is pre-chosen only from its page, never the last one opened (issue 12).
        self.add_files(self.page.code if self.tabs.currentWidget() is self.page else None)

    def add_files(self, code: str | None) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self,
            QCoreApplication.translate("MainWindow", "Add evidence files"),
            str(self.settings.value("last_folder", str(Path.home()))),
            QCoreApplication.translate(
                "MainWindow",
                "Documents (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.docx *.xlsx);;All files (*)",
            ),
        )
        if files:
            self.settings.setValue("last_folder", str(Path(files[0]).parent))
            self.add_dropped_files([Path(f) for f in files], (code,) if code else ())

    def add_dropped_files(self, paths: list[Path], preset: tuple[str, ...] = ()) -> None:
        """Files to add: the clerk says which benchmarks get them (issue 12)."""
        from sealdesk.ui.benchmark_picker import choose_for_new_files

        codes = choose_for_new_files(self, self.session, [p.name for p in paths], preset)
        if codes is not None:
            self.import_files_under(tuple(codes), paths, personal_data=codes.personal_data)

    def import_files(self, code: str, paths: list[Path]) -> Job:
        return self.import_files_under((code,) if code else (), paths)

    def import_files_under(
        self, codes: tuple[str, ...], paths: list[Path], personal_data: bool = False
    ) -> Job:
        job = self.session.import_job(paths, codes, personal_data=personal_data)
        job.failed.connect(lambda error: show_error(self, error))
        count = len(paths)  # a plain name: pyside6-lupdate 6.11 misses a call here
        run_with_progress(
            self,
            job,
            QCoreApplication.translate("MainWindow", ADDING_FILES, "", count),
        )
        return job

    def pick_evidence(self, code: str) -> None:
        from sealdesk.ui.evidence import PickEvidenceDialog

        dialog = PickEvidenceDialog(self, self.session, code)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            chosen = dialog.chosen()

            def link(_ws: object) -> None:
                for evidence_id in chosen:
                    self.session.link(evidence_id, [code])

            self.session.run(link, parent=self)

    def link_dialog(self, evidence_id: int) -> None:
        from sealdesk.ui.evidence import LinkDialog

        item = self.session.get_evidence(evidence_id)
        dialog = LinkDialog(self, self.session, item)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.apply_links(evidence_id, set(item.links), dialog.codes())

    def apply_links(self, evidence_id: int, before: set[str], after: set[str]) -> None:
        def change(_ws: object) -> None:
            self.session.link(evidence_id, sorted(after - before))
            self.session.unlink(evidence_id, sorted(before - after))

        self.session.run(change, parent=self)

    def show_in_library(self, evidence_id: int) -> None:
        self.tabs.setCurrentWidget(self.library)
        self.library.search.clear()
        self.library.unlinked.setChecked(False)
        self.library.select(evidence_id)

    # ------------------------------------------------------------------ rounds (ui/rounds.py)

    def switch_round(self, round_be: int) -> None:
        self.rounds.switch_round(round_be)

    def start_new_round(self) -> int | None:
        return self.rounds.start_new_round()

    def import_catalog(self, path: Path) -> QMessageBox | None:
        return self.rounds.import_catalog(path)

    # ------------------------------------------------------------------ misc

    def _inbox_count(self, count: int) -> None:
        self.inbox_count = count
        text = QCoreApplication.translate("MainWindow", "Inbox")
        self.tabs.setTabText(3, f"{text} ({count})" if count else text)

    def print_document(self, kind: str, **extra: object) -> Job:
        """Prints ``kind`` in the background, then previews it; ``extra`` goes to the
        document (the cover sheet takes ``bundle=path``)."""
        self.page.save_narrative()
        title = document_title(kind)
        extra = {"round_be": self.session.round, **extra}
        job = print_job(self.session, kind, **extra)
        from sealdesk.ui.printing import PrintPreviewDialog

        job.succeeded.connect(
            lambda path: PrintPreviewDialog(
                path, title, self, session=self.session, kind=kind, extra=extra
            ).open()
        )
        job.failed.connect(lambda error: show_error(self, error))
        run_with_progress(
            self, job, QCoreApplication.translate("MainWindow", "Preparing the document...")
        )
        return job

    def export_bundle(self) -> None:
        from sealdesk.ui.bundles import ExportDialog

        self.page.save_narrative()
        dialog = ExportDialog(self.session, self)
        dialog.cover_requested.connect(lambda bundle: self.print_document("cover", bundle=bundle))
        dialog.benchmark_activated.connect(self.open_benchmark)
        dialog.open()

    def verify_bundle(self) -> None:
        from sealdesk.ui.bundles import VerifyDialog

        VerifyDialog(self.session, self).open()

    def change_clerk(self) -> None:
        name, ok = QInputDialog.getText(
            self,
            QCoreApplication.translate("MainWindow", "Clerk"),
            QCoreApplication.translate("MainWindow", "Your name (recorded with every change):"),
            text=self.session.clerk,
        )
        if ok and name.strip():
            self.session.run(lambda _ws: self.session.set_clerk(name.strip()), parent=self)

    def about(self) -> None:
        from sealdesk.ui.about import show_about

        show_about(self)

    def _restore(self) -> None:
        geometry = self.settings.value("window/geometry")
        # A geometry saved on a larger screen (or at a smaller scale) is not restored: the
        # window would hang off this one.
        if not (geometry is not None and self.restoreGeometry(geometry) and self._fits()):
            fit_to_screen(self, QSize(*PREFERRED_SIZE), maximize_when_small=True)
        else:
            mark_fitted(self)
        state = self.settings.value("window/splitter")
        if state is None or not self.splitter.restoreState(state):
            self._default_splitter()
        tab = self.settings.value("window/tab")
        code = self.settings.value(f"{self.ws_key}/last_benchmark")
        first = self.session.catalog.benchmarks()[0].code
        self.open_benchmark(str(code) if code and self.session.catalog.has(str(code)) else first)
        if tab is not None:
            self.tabs.setCurrentIndex(int(tab))

    def _fits(self) -> bool:
        """Does the restored geometry (maximized or not) fit the current screen?"""
        if self.isMaximized() or self.windowState() & Qt.WindowState.WindowMaximized:
            return True
        return fits_screen(self, self.frameGeometry()) and fits_screen(self, self.geometry())

    def _default_splitter(self) -> None:
        """Two fifths of the width for the checklist, the rest for the pages; a little more
        for the checklist on a narrow window, where its titles need the room."""
        width = max(self.width(), 600)
        left = width * (45 if width < 1100 else 40) // 100
        self.splitter.setSizes([left, width - left])

    def save_layout(self) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/splitter", self.splitter.saveState())
        if self.built("library"):
            self.settings.setValue("window/library_splitter", self.library.splitter.saveState())
        self.settings.setValue("window/tab", self.tabs.currentIndex())
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.page.save_narrative()
        if self.built("inbox"):
            self.inbox.bridge.stop()
        self.save_layout()
        super().closeEvent(event)
