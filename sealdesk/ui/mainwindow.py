"""The main window: checklist on the left; benchmark page, evidence library and dashboard on
the right; menus, an information bar, and a status bar that says whether all is saved."""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QSettings, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from sealdesk.domain.status import LEVELS, Level, Status
from sealdesk.errors import SealDeskError
from sealdesk.ui import i18n
from sealdesk.ui.benchmark_page import BenchmarkPage
from sealdesk.ui.dashboard import Dashboard
from sealdesk.ui.errors import show_error, show_info
from sealdesk.ui.evidence import LibraryView, LinkDialog, PickEvidenceDialog
from sealdesk.ui.inbox import InboxPanel
from sealdesk.ui.jobs import Job, run_with_progress
from sealdesk.ui.models import CODE_ROLE, KIND_ROLE, ChecklistFilter, ChecklistModel
from sealdesk.ui.printing import COVER, DOCUMENTS, PrintPreviewDialog, print_job
from sealdesk.ui.session import Session
from sealdesk.ui.widgets import local_files, status_label


class ChecklistView(QTreeView):
    """The checklist tree; files dropped on a benchmark row are linked to that benchmark."""

    files_dropped = Signal(str, list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.setDropIndicatorShown(True)

    def _code_at(self, event: QDropEvent | QDragEnterEvent) -> str | None:
        index = self.indexAt(event.position().toPoint())
        if index.isValid() and index.data(KIND_ROLE) == "benchmark":
            return index.data(CODE_ROLE)
        return None

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if local_files(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragEnterEvent) -> None:  # type: ignore[override]
        if local_files(event) and self._code_at(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        files = local_files(event)
        code = self._code_at(event)
        if files and code:
            event.acceptProposedAction()
            self.files_dropped.emit(code, files)
        else:
            event.ignore()


class InfoBar(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("infoBar")
        self.setStyleSheet("#infoBar { background: #fff8e1; border: 1px solid #f0c36d; }")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.close_button = QPushButton("✕", self)
        self.close_button.setFlat(True)
        self.close_button.setFixedWidth(28)
        self.close_button.clicked.connect(self.hide)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.close_button)
        self.hide()

    def show_message(self, text: str) -> None:
        from sealdesk.ui.thaiwrap import wrap

        self.label.setText(wrap(text))
        self.close_button.setAccessibleName(
            QCoreApplication.translate("MainWindow", "Close message")
        )
        self.show()


class MainWindow(QMainWindow):
    def __init__(self, session: Session, languages: i18n.Languages) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.session = session
        session.setParent(self)
        self.languages = languages
        self.settings = QSettings()
        key = hashlib.sha256(str(session.ws.path.resolve()).encode()).hexdigest()[:16]
        self.ws_key = f"workspaces/{key}"
        self.last_job: Job | None = None

        # Checklist (left)
        self.model = ChecklistModel(session.catalog, self)
        self.model.set_target(session.target)
        self.proxy = ChecklistFilter(self)
        self.proxy.setSourceModel(self.model)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(4, 4, 4, 4)
        self.search = QLineEdit(left)
        self.search.setObjectName("checklistSearch")
        self.search.setClearButtonEnabled(True)
        self.show_filter = QComboBox(left)
        self.show_filter.setObjectName("checklistShow")
        self.target = QComboBox(left)
        self.target.setObjectName("targetLevel")
        self.show_label = QLabel(left)
        self.show_label.setBuddy(self.show_filter)
        self.target_label = QLabel(left)
        self.target_label.setBuddy(self.target)
        row = QHBoxLayout()
        row.addWidget(self.show_label)
        row.addWidget(self.show_filter, 1)
        row.addWidget(self.target_label)
        row.addWidget(self.target)
        self.tree = ChecklistView(left)
        self.tree.setObjectName("checklist")
        self.tree.setModel(self.proxy)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(ChecklistModel.TITLE, QHeaderView.ResizeMode.Stretch)
        # Fixed widths, measured once per language (see fit_columns): ResizeToContents would
        # re-measure every row on every status change.
        self.tree.expandAll()
        left_layout.addWidget(self.search)
        left_layout.addLayout(row)
        left_layout.addWidget(self.tree, 1)

        # Pages (right)
        self.page = BenchmarkPage(session, self)
        self.page.setObjectName("benchmarkPage")
        self.library = LibraryView(session, self)
        self.library.setObjectName("library")
        self.dashboard = Dashboard(session, self)
        self.dashboard.setObjectName("dashboard")
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("tabs")
        self.tabs.addTab(self.page, "")
        self.tabs.addTab(self.library, "")
        self.tabs.addTab(self.dashboard, "")
        self.inbox = InboxPanel(session, self)
        self.inbox.setObjectName("inbox")
        self.inbox_count = 0
        self.tabs.addTab(self.inbox, "")
        self.info = InfoBar(self)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.info)
        right_layout.addWidget(self.tabs, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.setCentralWidget(self.splitter)

        # Status bar
        self.round_label = QLabel(self)
        self.workspace_label = QLabel(self)
        self.saved_label = QLabel(self)
        self.saved_label.setObjectName("savedState")
        bar = self.statusBar()
        bar.addWidget(self.round_label)
        bar.addWidget(self.workspace_label, 1)
        bar.addPermanentWidget(self.saved_label)

        self._make_actions()
        self._connect()
        self.retranslate()
        self.reload()
        self.fit_columns()
        self._restore()
        self.inbox.bridge.start()

    # ------------------------------------------------------------------ building

    def _make_actions(self) -> None:
        self.file_menu = self.menuBar().addMenu("")
        self.edit_menu = self.menuBar().addMenu("")
        self.evidence_menu = self.menuBar().addMenu("")
        self.print_menu = self.menuBar().addMenu("")
        self.view_menu = self.menuBar().addMenu("")
        self.language_menu = self.menuBar().addMenu("")
        self.help_menu = self.menuBar().addMenu("")

        self.clerk_action = QAction(self)
        self.clerk_action.triggered.connect(self.change_clerk)
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        self.export_action = QAction(self)
        self.export_action.setShortcut(QKeySequence("Ctrl+E"))
        self.export_action.triggered.connect(self.export_bundle)
        self.verify_action = QAction(self)
        self.verify_action.triggered.connect(self.verify_bundle)
        self.round_menu = self.file_menu.addMenu("")
        self.round_actions: dict[int, QAction] = {}
        round_group = QActionGroup(self)
        for year in self.session.ws.rounds():
            action = QAction(str(year), self, checkable=True)
            action.setChecked(year == self.session.round)
            action.triggered.connect(lambda _checked=False, y=year: self.switch_round(y))
            round_group.addAction(action)
            self.round_menu.addAction(action)
            self.round_actions[year] = action
        self.round_menu.addSeparator()
        self.new_round_action = QAction(self)
        self.new_round_action.triggered.connect(self.start_new_round)
        self.round_menu.addAction(self.new_round_action)
        self.catalog_action = QAction(self)
        self.catalog_action.triggered.connect(self.choose_catalog)
        self.file_menu.addAction(self.catalog_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.export_action)
        self.file_menu.addAction(self.verify_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.clerk_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)

        self.undo_action = QAction(self)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.triggered.connect(self.session.undo.undo)
        self.redo_action = QAction(self)
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        self.redo_action.triggered.connect(self.session.undo.redo)
        self.find_action = QAction(self)
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        self.find_action.triggered.connect(self._focus_search)
        for action in (self.undo_action, self.redo_action):
            self.edit_menu.addAction(action)
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.find_action)
        self.session.undo.canUndoChanged.connect(self._undo_texts)
        self.session.undo.canRedoChanged.connect(self._undo_texts)
        self.session.undo.indexChanged.connect(self._undo_texts)

        self.add_files_action = QAction(self)
        self.add_files_action.setShortcut(QKeySequence("Ctrl+Shift+A"))
        self.add_files_action.triggered.connect(lambda: self.add_files(self.page.code))
        self.evidence_menu.addAction(self.add_files_action)

        self.print_actions: dict[str, QAction] = {}
        for kind, _text in DOCUMENTS:
            action = QAction(self)
            action.triggered.connect(lambda _c=False, kind=kind: self.print_document(kind))
            self.print_menu.addAction(action)
            self.print_actions[kind] = action
        self.print_actions["filled"].setShortcut(QKeySequence.StandardKey.Print)
        self.print_menu.aboutToShow.connect(self._update_print_menu)

        self.view_actions: list[QAction] = []
        for i, key in enumerate(("Ctrl+1", "Ctrl+2", "Ctrl+3", "Ctrl+4")):
            action = QAction(self)
            action.setShortcut(QKeySequence(key))
            action.triggered.connect(lambda _c=False, i=i: self.tabs.setCurrentIndex(i))
            self.view_menu.addAction(action)
            self.view_actions.append(action)

        self.language_group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for lang, name in (("th", "ไทย"), ("en", "English")):
            action = QAction(name, self)
            action.setCheckable(True)
            action.triggered.connect(lambda _c=False, lang=lang: self.set_language(lang))
            self.language_group.addAction(action)
            self.language_menu.addAction(action)
            self.language_actions[lang] = action

        self.about_action = QAction(self)
        self.about_action.triggered.connect(self.about)
        self.help_menu.addAction(self.about_action)

    def _connect(self) -> None:
        s = self.session
        self.search.textChanged.connect(self._search_changed)
        self.show_filter.currentIndexChanged.connect(self._mode_changed)
        self.target.currentIndexChanged.connect(self._target_chosen)
        self.tree.selectionModel().currentChanged.connect(self._current_changed)
        self.tree.files_dropped.connect(self.import_files)
        self.page.files_dropped.connect(self.import_files)
        self.page.add_files_requested.connect(self.add_files)
        self.page.link_requested.connect(self.pick_evidence)
        self.page.evidence_activated.connect(self.show_in_library)
        self.library.files_dropped.connect(lambda paths: self.import_files("", paths))
        self.library.add_files_requested.connect(lambda: self.add_files(None))
        self.library.link_requested.connect(self.link_dialog)
        self.library.benchmark_activated.connect(self.open_benchmark)
        self.dashboard.benchmark_activated.connect(self.open_benchmark)
        self.inbox.count_changed.connect(self._inbox_count)
        s.assessment_changed.connect(self.model.set_assessment)
        s.evidence_changed.connect(lambda: self.model.set_evidence(s.evidence()))
        s.save_state.connect(self._saved)
        s.notice.connect(self.notify)
        s.open_benchmark.connect(self.open_benchmark)
        s.target_changed.connect(self.model.set_target)
        self.languages.changed.connect(self._language_changed)

    # ------------------------------------------------------------------ texts

    def retranslate(self) -> None:
        ws = self.session.ws
        lang = i18n.current()
        self.setWindowTitle(
            QCoreApplication.translate(
                "MainWindow", "SealDesk — {district} district office"
            ).format(district=ws.district.name(lang))
        )
        self.search.setPlaceholderText(
            QCoreApplication.translate(
                "MainWindow", "Find a benchmark: code, Thai or English words"
            )
        )
        self.search.setAccessibleName(QCoreApplication.translate("MainWindow", "Find a benchmark"))
        self.show_label.setText(QCoreApplication.translate("MainWindow", "Sh&ow:"))
        self.target_label.setText(QCoreApplication.translate("MainWindow", "&Aiming for:"))
        index = max(self.show_filter.currentIndex(), 0)
        self.show_filter.blockSignals(True)
        self.show_filter.clear()
        self.show_filter.addItem(
            QCoreApplication.translate("MainWindow", "All benchmarks"), ["all", ""]
        )
        for status in Status:
            self.show_filter.addItem(status_label(status), ["status", status.value])
        self.show_filter.addItem(
            QCoreApplication.translate("MainWindow", "No evidence yet"), ["no_evidence", ""]
        )
        for level in LEVELS:
            self.show_filter.addItem(
                QCoreApplication.translate("MainWindow", "Mandatory for {level}").format(
                    level=QCoreApplication.translate("Level", level.label)
                ),
                ["mandatory", level.value],
            )
        self.show_filter.setCurrentIndex(index)
        self.show_filter.blockSignals(False)
        self.show_filter.setAccessibleName(QCoreApplication.translate("MainWindow", "Show"))
        self.target.blockSignals(True)
        self.target.clear()
        for level in LEVELS:
            self.target.addItem(QCoreApplication.translate("Level", level.label), level.value)
        self.target.setCurrentIndex(self.target.findData(self.session.target.value))
        self.target.blockSignals(False)
        self.target.setAccessibleName(QCoreApplication.translate("MainWindow", "Level aimed at"))
        self.tree.setAccessibleName(QCoreApplication.translate("MainWindow", "Checklist"))
        self.tabs.setTabText(0, QCoreApplication.translate("MainWindow", "Benchmark"))
        self.tabs.setTabText(1, QCoreApplication.translate("MainWindow", "Evidence library"))
        self.tabs.setTabText(2, QCoreApplication.translate("MainWindow", "Dashboard"))
        self._inbox_count(self.inbox_count)
        self.print_menu.setTitle(QCoreApplication.translate("MainWindow", "&Print"))
        for kind, text in DOCUMENTS:
            self.print_actions[kind].setText(QCoreApplication.translate("Print", text))
        self.export_action.setText(
            QCoreApplication.translate("MainWindow", "&Export the submission bundle...")
        )
        self.verify_action.setText(QCoreApplication.translate("MainWindow", "&Verify a bundle..."))
        self.file_menu.setTitle(QCoreApplication.translate("MainWindow", "&File"))
        self.round_menu.setTitle(QCoreApplication.translate("MainWindow", "Assessment &round"))
        self.new_round_action.setText(
            QCoreApplication.translate("MainWindow", "Start a &new round...")
        )
        self.catalog_action.setText(
            QCoreApplication.translate("MainWindow", "Import a new catalog &edition...")
        )
        self.edit_menu.setTitle(QCoreApplication.translate("MainWindow", "&Edit"))
        self.evidence_menu.setTitle(QCoreApplication.translate("MainWindow", "E&vidence"))
        self.view_menu.setTitle(QCoreApplication.translate("MainWindow", "&View"))
        self.language_menu.setTitle(QCoreApplication.translate("MainWindow", "&Language"))
        self.help_menu.setTitle(QCoreApplication.translate("MainWindow", "&Help"))
        self.clerk_action.setText(
            QCoreApplication.translate("MainWindow", "Change clerk's name...")
        )
        self.quit_action.setText(QCoreApplication.translate("MainWindow", "&Quit"))
        self.find_action.setText(QCoreApplication.translate("MainWindow", "&Find a benchmark"))
        self.add_files_action.setText(QCoreApplication.translate("MainWindow", "&Add files..."))
        for action, text in zip(
            self.view_actions,
            (
                QCoreApplication.translate("MainWindow", "&Benchmark page"),
                QCoreApplication.translate("MainWindow", "Evidence &library"),
                QCoreApplication.translate("MainWindow", "&Dashboard"),
                QCoreApplication.translate("MainWindow", "&Inbox"),
            ),
            strict=True,
        ):
            action.setText(text)
        self.about_action.setText(QCoreApplication.translate("MainWindow", "&About SealDesk"))
        self.language_actions[lang].setChecked(True)
        self.round_label.setText(
            QCoreApplication.translate("MainWindow", "Round {round}").format(
                round=self.session.round
            )
        )
        self.workspace_label.setText(
            QCoreApplication.translate("MainWindow", "Workspace: {path}").format(path=str(ws.path))
        )
        self._saved(self.session.all_saved())
        self._undo_texts()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def fit_columns(self) -> None:
        for column in (
            ChecklistModel.CODE,
            ChecklistModel.STATUS,
            ChecklistModel.EVIDENCE,
            ChecklistModel.MANDATORY,
        ):
            self.tree.resizeColumnToContents(column)

    def _language_changed(self, lang: str) -> None:
        self.model.set_language(lang)
        self.fit_columns()
        self.settings.setValue("language", lang)

    def set_language(self, lang: str) -> None:
        self.page.save_narrative()
        self.languages.set_language(lang)

    def _undo_texts(self, *_args: object) -> None:
        stack = self.session.undo
        self.undo_action.setEnabled(stack.canUndo())
        self.redo_action.setEnabled(stack.canRedo())
        self.undo_action.setText(
            QCoreApplication.translate("MainWindow", "&Undo {what}")
            .format(what=stack.undoText())
            .strip()
        )
        self.redo_action.setText(
            QCoreApplication.translate("MainWindow", "&Redo {what}")
            .format(what=stack.redoText())
            .strip()
        )

    def _saved(self, saved: bool) -> None:
        self.saved_label.setText(
            QCoreApplication.translate("MainWindow", "All changes saved")
            if saved
            else QCoreApplication.translate("MainWindow", "Saving…")
        )

    # ------------------------------------------------------------------ data

    def reload(self) -> None:
        """Re-reads everything from the workspace (after changes made outside the window)."""
        self.model.set_assessments(self.session.assessments())
        self.session.forget_cache()
        self.session.evidence_changed.emit()  # the library, the page and the counts
        self.dashboard.refresh()
        if self.page.code:
            self.page.show_benchmark(self.page.code)

    def notify(self, text: str) -> None:
        self.info.show_message(text)
        self.statusBar().showMessage(text, 8000)

    # ------------------------------------------------------------------ checklist

    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _search_changed(self, text: str) -> None:
        self.proxy.set_text(text)
        self.tree.expandAll()

    def _mode_changed(self, _index: int) -> None:
        data = self.show_filter.currentData()
        if not data or data[0] == "all":
            self.proxy.set_mode()
        elif data[0] == "status":
            self.proxy.set_mode(status=Status(data[1]))
        elif data[0] == "no_evidence":
            self.proxy.set_mode(no_evidence=True)
        else:
            self.proxy.set_mode(mandatory=Level(data[1]))
        self.tree.expandAll()

    def set_show_filter(self, kind: str, value: object = None) -> None:
        for i in range(self.show_filter.count()):
            data = self.show_filter.itemData(i)
            if (not data and kind == "all") or (
                data and data[0] == kind and data[1] == (value or "")
            ):
                self.show_filter.setCurrentIndex(i)
                return

    def _target_chosen(self, _index: int) -> None:
        value = self.target.currentData()
        if value:
            level = Level(value)
            try:
                self.session.set_target(level)
            except SealDeskError as error:
                show_error(self, error)

    def visible_codes(self) -> list[str]:
        """Benchmark codes the filtered checklist shows (for tests and accessibility)."""
        codes: list[str] = []

        def walk(parent: QModelIndex) -> None:
            for row in range(self.proxy.rowCount(parent)):
                index = self.proxy.index(row, 0, parent)
                if index.data(KIND_ROLE) == "benchmark":
                    codes.append(index.data(CODE_ROLE))
                walk(index)

        walk(QModelIndex())
        return codes

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid() and current.data(KIND_ROLE) == "benchmark":
            code = current.data(CODE_ROLE)
            self.page.show_benchmark(code)
            self.settings.setValue(f"{self.ws_key}/last_benchmark", code)

    def open_benchmark(self, code: str) -> None:
        source = self.model.index_of(code)
        if not source.isValid():
            return
        index = self.proxy.mapFromSource(source)
        if not index.isValid():
            self.search.clear()
            self.set_show_filter("all")
            index = self.proxy.mapFromSource(source)
        self.tree.setCurrentIndex(index)
        self.tree.scrollTo(index)
        if self.page.code != code:
            self.page.show_benchmark(code)
        self.tabs.setCurrentWidget(self.page)

    # ------------------------------------------------------------------ evidence

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
            self.import_files(code or "", [Path(f) for f in files])

    def import_files(self, code: str, paths: list[Path]) -> Job:
        codes = (code,) if code else ()
        job = self.session.import_job(paths, codes)
        job.failed.connect(lambda error: show_error(self, error))
        self.last_job = job
        count = len(paths)  # a plain name: pyside6-lupdate 6.11 misses a call here
        self.progress_dialog = run_with_progress(
            self,
            job,
            QCoreApplication.translate("MainWindow", "Adding %n file(s)...", "", count),
        )
        return job

    def pick_evidence(self, code: str) -> None:
        dialog = PickEvidenceDialog(self, self.session, code)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            try:
                for evidence_id in dialog.chosen():
                    self.session.link(evidence_id, [code])
            except SealDeskError as error:
                show_error(self, error)

    def link_dialog(self, evidence_id: int) -> None:
        item = self.session.ws.get_evidence(evidence_id, self.session.round)
        dialog = LinkDialog(self, self.session, item)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.apply_links(evidence_id, set(item.links), dialog.codes())

    def apply_links(self, evidence_id: int, before: set[str], after: set[str]) -> None:
        try:
            self.session.link(evidence_id, sorted(after - before))
            self.session.unlink(evidence_id, sorted(before - after))
        except SealDeskError as error:
            show_error(self, error)

    def show_in_library(self, evidence_id: int) -> None:
        self.tabs.setCurrentWidget(self.library)
        self.library.search.clear()
        self.library.unlinked.setChecked(False)
        self.library.select(evidence_id)

    # ------------------------------------------------------------------ misc

    def _inbox_count(self, count: int) -> None:
        self.inbox_count = count
        text = QCoreApplication.translate("MainWindow", "Inbox")
        self.tabs.setTabText(3, f"{text} ({count})" if count else text)

    def _update_print_menu(self) -> None:
        from sealdesk.services import keys

        self.print_actions["key-sheet"].setEnabled(self.session.query(keys.has_key))

    def print_document(self, kind: str, **extra: object) -> Job:
        """Prints ``kind`` in the background, then previews it; ``extra`` goes to the
        document (the cover sheet takes ``bundle=path``)."""
        self.page.save_narrative()
        title = dict((*DOCUMENTS, COVER))[kind]
        title = QCoreApplication.translate("Print", title).replace("&", "").rstrip(".")
        job = print_job(self.session, kind, round_be=self.session.round, **extra)
        job.succeeded.connect(lambda path: self._preview(path, title))
        job.failed.connect(lambda error: show_error(self, error))
        self.last_job = job
        run_with_progress(
            self, job, QCoreApplication.translate("MainWindow", "Preparing the document...")
        )
        return job

    def _preview(self, path: Path, title: str) -> None:
        self.preview = PrintPreviewDialog(path, title, self)
        self.preview.open()

    def export_bundle(self) -> None:
        from sealdesk.ui.bundles import ExportDialog

        self.page.save_narrative()
        self.export_dialog = ExportDialog(self.session, self)
        self.export_dialog.cover_requested.connect(
            lambda bundle: self.print_document("cover", bundle=bundle)
        )
        self.export_dialog.open()

    def choose_catalog(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            QCoreApplication.translate("MainWindow", "Catalog from the coordinating office"),
            "",
            QCoreApplication.translate("MainWindow", "Catalogs (*.toml)"),
        )
        if name:
            self.import_catalog(Path(name))

    def import_catalog(self, path: Path) -> MainWindow:
        """Switches this round to another catalog edition; work whose benchmark code remains is
        kept, and the clerk is told which assessments and links no longer match."""
        self.page.save_narrative()
        try:
            report = self.session.ws.import_catalog(path, self.session.round)
        except SealDeskError as error:
            show_error(self, error)
            return self
        lines = [
            QCoreApplication.translate(
                "MainWindow",
                "Round {round} now uses the catalog {new}. Kept: {kept} assessments and "
                "{links} evidence links.",
            ).format(
                round=self.session.round,
                new=report.new_edition,
                kept=report.kept_assessments,
                links=report.kept_links,
            )
        ]
        if report.unmatched_assessments or report.unmatched_links:
            codes = sorted(
                {*report.unmatched_assessments, *(code for _, code in report.unmatched_links)}
            )
            lines.append(
                QCoreApplication.translate(
                    "MainWindow",
                    "These benchmarks are not in the new edition; their work is kept in the "
                    "workspace but no longer shown: {codes}",
                ).format(codes=", ".join(codes))
            )
        successor = self.switch_round(self.session.round, reopen=True)
        successor.catalog_report = show_info(successor, "\n\n".join(lines))
        return successor

    def switch_round(self, round_be: int, reopen: bool = False) -> MainWindow:
        """Reopens the window on another round (its catalog edition may differ), or on the
        same round after its catalog changed."""
        from sealdesk.ui.main import ROUND_SETTING, build_main_window

        if round_be == self.session.round and not reopen:
            return self
        self.page.save_narrative()
        self.session.ws.set_setting(ROUND_SETTING, str(round_be))
        successor = build_main_window(self.session.ws, self.languages, round_be)
        successor.show()
        self.successor = successor  # keeps it alive; it is the app's window from now on
        self.close()
        return successor

    def start_new_round(self) -> MainWindow | None:
        from sealdesk.domain.thaidate import current_round_be

        latest = max(self.session.ws.rounds())
        year, ok = QInputDialog.getInt(
            self,
            QCoreApplication.translate("MainWindow", "New assessment round"),
            QCoreApplication.translate(
                "MainWindow",
                "Buddhist-Era year of the new round (it starts with the catalog of round {round}):",
            ).format(round=latest),
            max(current_round_be(), latest + 1),
            2500,
            2700,
        )
        if not ok:
            return None
        try:
            self.session.ws.add_round(year)
        except SealDeskError as error:
            show_error(self, error)
            return None
        return self.switch_round(year)

    def verify_bundle(self) -> None:
        from sealdesk.ui.bundles import VerifyDialog

        self.verify_dialog = VerifyDialog(self.session, self)
        self.verify_dialog.open()

    def change_clerk(self) -> None:
        name, ok = QInputDialog.getText(
            self,
            QCoreApplication.translate("MainWindow", "Clerk"),
            QCoreApplication.translate("MainWindow", "Your name (recorded with every change):"),
            text=self.session.ws.actor,
        )
        if ok and name.strip():
            self.session.ws.actor = name.strip()
            self.session.ws.set_setting("clerk", name.strip())

    def about(self) -> None:
        from sealdesk.ui.about import show_about

        show_about(self)

    def _restore(self) -> None:
        geometry = self.settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        state = self.settings.value("window/splitter")
        if state is not None:
            self.splitter.restoreState(state)
        else:
            self.splitter.setSizes([520, 760])
        state = self.settings.value("window/library_splitter")
        if state is not None:
            self.library.splitter.restoreState(state)
        tab = self.settings.value("window/tab")
        code = self.settings.value(f"{self.ws_key}/last_benchmark")
        first = self.session.catalog.benchmarks()[0].code
        self.open_benchmark(str(code) if code and self.session.catalog.has(str(code)) else first)
        if tab is not None:
            self.tabs.setCurrentIndex(int(tab))

    def save_layout(self) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/splitter", self.splitter.saveState())
        self.settings.setValue("window/library_splitter", self.library.splitter.saveState())
        self.settings.setValue("window/tab", self.tabs.currentIndex())
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.page.save_narrative()
        self.inbox.bridge.stop()
        self.save_layout()
        super().closeEvent(event)
