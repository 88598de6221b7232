"""The scanner inbox in the window: a panel of documents waiting to be filed, with a badge.

Everything goes through ``sealdesk.services.inbox`` inside the Session's query/run. The
watcher calls back on its own worker thread; ``InboxBridge`` turns its status and failure
callbacks into Qt signals, which Qt queues to the main thread (the bridge lives there). What
the inbox files reaches the panel as the Session's ``evidence_changed`` / ``inbox_changed``,
like any other change.

The panel (issue 12) previews the scan in hand, files the selected scans under the benchmark
each name suggests or under benchmarks chosen in the picker (several scans at once, a scan
with no suggestion too), discards them (the service keeps them in the inbox's discarded/
folder) and restores discarded scans from its second tab."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from sealdesk.errors import SealDeskError
from sealdesk.ui.benchmark_picker import choose_for_scans
from sealdesk.ui.preview import PreviewPane, orient_for_width, screen_width
from sealdesk.ui.session import Session
from sealdesk.ui.thaiwrap import wrap
from sealdesk.ui.widgets import show_date

if TYPE_CHECKING:
    from sealdesk.services.inbox import InboxWatcher
    from sealdesk.services.workspace import Workspace


class InboxBridge(QObject):
    failed = Signal(object, str)  # path, translated reason
    status = Signal(str)

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.watcher: InboxWatcher | None = None

    def folder(self) -> Path | None:
        from sealdesk.services import inbox

        return self.session.query(inbox.chosen_folder)

    def start(self) -> bool:
        if self.folder() is None:
            return False
        return self._start()

    def _start(self) -> bool:
        """Starts watching the configured folder (if any); returns whether it started."""
        from sealdesk.services import inbox

        self.stop()
        folder = self.folder()
        if folder is None:
            return False
        self.watcher = self.session.query(
            lambda ws: inbox.make_watcher(
                ws,
                folder,
                on_failed=lambda path, reason: self.failed.emit(path, reason),
                on_status=self.status.emit,
                translate=QCoreApplication.translate,
            )
        )
        self.watcher.start()
        return True

    def stop(self) -> None:
        if self.watcher is not None:
            self.watcher.stop()
            self.watcher = None


ID_ROLE = Qt.ItemDataRole.UserRole
SUGGESTED_ROLE = Qt.ItemDataRole.UserRole + 1
NAME_ROLE = Qt.ItemDataRole.UserRole + 2


def _button_reason(button: QPushButton, enabled: bool, why: str) -> None:
    """Enables ``button``, or greys it with ``why`` as its tooltip (a greyed action says why)."""
    button.setEnabled(enabled)
    button.setToolTip("" if enabled else why)


class InboxPanel(QWidget):
    """Scans that came through the inbox and support no benchmark yet, and discarded scans."""

    count_changed = Signal(int)
    benchmark_activated = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.bridge = InboxBridge(session, self)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.folder_label = QLabel(self)
        self.folder_label.setWordWrap(True)
        self.choose = QPushButton(self)
        top.addWidget(self.folder_label, 1)
        top.addWidget(self.choose)
        layout.addLayout(top)
        self.status = QLabel(self)
        self.status.setObjectName("inboxStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("inboxSplitter")
        self.tabs = QTabWidget(self.splitter)
        self.tabs.setObjectName("inboxTabs")

        waiting = QWidget(self.tabs)
        waiting_layout = QVBoxLayout(waiting)
        self.list = QListWidget(waiting)
        self.list.setObjectName("inboxList")
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        waiting_layout.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        self.file_button = QPushButton(waiting)
        self.file_button.setObjectName("fileSuggested")
        self.file_under_button = QPushButton(waiting)
        self.file_under_button.setObjectName("fileUnder")
        self.discard_button = QPushButton(waiting)
        self.discard_button.setObjectName("discardScans")
        for button in (self.file_button, self.file_under_button, self.discard_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        waiting_layout.addLayout(buttons)

        gone = QWidget(self.tabs)
        gone_layout = QVBoxLayout(gone)
        self.discarded_list = QListWidget(gone)
        self.discarded_list.setObjectName("discardedList")
        self.discarded_list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        gone_layout.addWidget(self.discarded_list, 1)
        gone_buttons = QHBoxLayout()
        self.restore_button = QPushButton(gone)
        self.restore_button.setObjectName("restoreScans")
        gone_buttons.addWidget(self.restore_button)
        gone_buttons.addStretch(1)
        gone_layout.addLayout(gone_buttons)
        self.tabs.addTab(waiting, "")
        self.tabs.addTab(gone, "")

        self.preview = PreviewPane(self.splitter)
        self.splitter.addWidget(self.tabs)
        self.splitter.addWidget(self.preview)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout.addWidget(self.splitter, 1)
        orient_for_width(self.splitter, screen_width(self) * 2 // 3)

        # From the keyboard: Enter files the selected scans (picker), Delete discards them.
        for key, slot in (
            (QKeySequence(Qt.Key.Key_Return), self.file_under_chosen),
            (QKeySequence(Qt.Key.Key_Enter), self.file_under_chosen),
            (QKeySequence(QKeySequence.StandardKey.Delete), self.discard_selected),
        ):
            shortcut = QShortcut(key, self.list)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(lambda slot=slot: slot())
        self.choose.clicked.connect(self.choose_folder)
        self.file_button.clicked.connect(self.file_selected)
        self.file_under_button.clicked.connect(lambda: self.file_under_chosen())
        self.discard_button.clicked.connect(self.discard_selected)
        self.restore_button.clicked.connect(self.restore_selected)
        self.list.itemSelectionChanged.connect(self._selection)
        self.list.currentItemChanged.connect(lambda *_: self._preview())
        self.discarded_list.itemSelectionChanged.connect(self._selection)
        self.discarded_list.currentItemChanged.connect(lambda *_: self._preview())
        self.tabs.currentChanged.connect(lambda _i: self._preview())
        self.bridge.failed.connect(lambda path, reason: self.status.setText(wrap(reason)))
        self.bridge.status.connect(lambda text: self.status.setText(wrap(text)))
        # What the inbox filed, and any other change to the evidence, arrives as an event.
        session.evidence_changed.connect(self.reload)
        session.inbox_changed.connect(self.reload)
        self._ready = False
        self._asking = False
        self._waiting = 0
        self._discarded = 0
        self.retranslate()
        # The first look at the inbox waits until the window is up (it imports watchdog).
        QTimer.singleShot(0, self, self._first_reload)  # not after the panel is gone

    def _first_reload(self) -> None:
        self._ready = True
        self.reload()

    def retranslate(self) -> None:
        folder = self.bridge.folder()
        self.folder_label.setText(
            QCoreApplication.translate("InboxPanel", "Scanner folder: {folder}").format(
                folder=str(folder)
                if folder
                else QCoreApplication.translate("InboxPanel", "not chosen yet")
            )
        )
        self.choose.setText(QCoreApplication.translate("InboxPanel", "Choose folder..."))
        self.file_button.setText(
            QCoreApplication.translate("InboxPanel", "File under the &suggested benchmark")
        )
        self.file_under_button.setText(
            QCoreApplication.translate("InboxPanel", "File &under benchmarks...")
        )
        self.discard_button.setText(QCoreApplication.translate("InboxPanel", "&Discard"))
        self.restore_button.setText(QCoreApplication.translate("InboxPanel", "&Restore"))
        self.list.setAccessibleName(
            QCoreApplication.translate("InboxPanel", "Documents waiting to be filed")
        )
        self.discarded_list.setAccessibleName(
            QCoreApplication.translate("InboxPanel", "Discarded scans")
        )
        self.preview.setAccessibleName(QCoreApplication.translate("InboxPanel", "Preview"))
        self.reload()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        orient_for_width(self.splitter, event.size().width())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def reload(self) -> None:
        if not self._ready:
            return
        from sealdesk.services import inbox

        selected = {e.data(ID_ROLE) for e in self.list.selectedItems()}
        self.list.blockSignals(True)
        self.discarded_list.blockSignals(True)
        try:
            self._fill(inbox, selected)
        finally:
            self.list.blockSignals(False)
            self.discarded_list.blockSignals(False)
        self._selection()
        self._preview()
        self.count_changed.emit(self._waiting)

    def _fill(self, inbox: Any, selected: set[int]) -> None:
        self.list.clear()
        round_be = self.session.round
        items = self.session.query(lambda ws: inbox.waiting_to_be_filed(ws, round_be))
        for item in items:
            suggestion = (
                QCoreApplication.translate("InboxPanel", "suggested: {code}").format(
                    code=item.suggested
                )
                if item.suggested
                else QCoreApplication.translate("InboxPanel", "no suggestion")
            )
            entry = QListWidgetItem(f"{item.name}  ({suggestion})", self.list)
            entry.setData(ID_ROLE, item.evidence.id)
            entry.setData(SUGGESTED_ROLE, item.suggested or "")
            entry.setData(NAME_ROLE, item.name)
            entry.setSelected(item.evidence.id in selected)
        self.discarded_list.clear()
        for scan in self.session.query(inbox.discarded):
            entry = QListWidgetItem(
                QCoreApplication.translate(
                    "InboxPanel", "{name}  (discarded on {date} at {time})"
                ).format(
                    name=scan.name,
                    date=show_date(scan.discarded_at.date()),
                    time=scan.discarded_at.strftime("%H:%M"),
                ),
                self.discarded_list,
            )
            entry.setData(NAME_ROLE, scan.name)
            entry.setData(ID_ROLE, str(scan.path))
        self._waiting, self._discarded = len(items), self.discarded_list.count()
        waiting_count, discarded_count = self._waiting, self._discarded  # plain names: lupdate
        self.tabs.setTabText(
            0,
            QCoreApplication.translate("InboxPanel", "Waiting to be filed (%n)", "", waiting_count),
        )
        self.tabs.setTabText(
            1, QCoreApplication.translate("InboxPanel", "Discarded (%n)", "", discarded_count)
        )

    def _selection(self) -> None:
        items = self.list.selectedItems()
        pick_first = QCoreApplication.translate("InboxPanel", "Select one or more scans first.")
        no_suggestion = [i.data(NAME_ROLE) for i in items if not i.data(SUGGESTED_ROLE)]
        _button_reason(
            self.file_button,
            bool(items) and not no_suggestion,
            pick_first
            if not items
            else QCoreApplication.translate(
                "InboxPanel",
                "{name} has no suggested benchmark: choose one with File under benchmarks.",
            ).format(name=no_suggestion[0] if no_suggestion else ""),
        )
        _button_reason(self.file_under_button, bool(items), pick_first)
        _button_reason(self.discard_button, bool(items), pick_first)
        _button_reason(
            self.restore_button,
            bool(self.discarded_list.selectedItems()),
            QCoreApplication.translate("InboxPanel", "Select one or more discarded scans first."),
        )

    def _preview(self) -> None:
        from sealdesk.services.evidence import guess_media_type

        if self.tabs.currentIndex() == 1:
            entry = self.discarded_list.currentItem()
            if entry is None:
                self.preview.clear()
                return
            path = Path(entry.data(ID_ROLE))
            self.preview.show_file(path, guess_media_type(path))
            return
        entry = self.list.currentItem()
        if entry is None:
            self.preview.clear()
            return
        try:
            item = self.session.get_evidence(entry.data(ID_ROLE))
        except SealDeskError:  # gone meanwhile: the list is re-read on the event
            self.preview.clear()
            return
        path = self.session.query(lambda ws: ws.blob_path(item.sha256))
        self.preview.show_file(path, item.media_type)

    def _chosen(self) -> list[tuple[int, str, str]]:
        """(evidence id, suggested code or "", name) of each selected scan."""
        return [
            (e.data(ID_ROLE), e.data(SUGGESTED_ROLE), e.data(NAME_ROLE))
            for e in self.list.selectedItems()
        ]

    def file_selected(self) -> None:
        """Files each selected scan under the benchmark its name suggests."""
        from sealdesk.services import inbox

        chosen = self._chosen()
        round_be = self.session.round

        def file(ws: Workspace) -> None:
            # issue 18: a benchmark whose evidence usually names people marks what is filed
            usual = {b.code for b in ws.catalog(round_be).benchmarks() if b.personal_data}
            for evidence_id, code, _name in chosen:
                if code:
                    inbox.file_under(ws, evidence_id, [code], round_be)
                    if code in usual:
                        ws.mark_evidence(evidence_id, True)

        self.session.run(file, parent=self)

    def file_under_chosen(self, codes: list[str] | None = None) -> None:
        """Files every selected scan under the benchmarks chosen in the picker (pre-ticked:
        what their names suggest)."""
        from sealdesk.services import inbox

        chosen = self._chosen()
        if not chosen or self._asking:
            return
        if not codes:
            preset = {code for _id, code, _name in chosen if code}
            self._asking = True  # one picker at a time, whatever key repeats
            try:
                codes = choose_for_scans(self, self.session, [n for _i, _c, n in chosen], preset)
            finally:
                self._asking = False
            if not codes:
                return
        ids = [evidence_id for evidence_id, _code, _name in chosen]
        round_be, picked = self.session.round, list(codes)
        personal = bool(getattr(codes, "personal_data", False))  # the picker's question

        def file(ws: Workspace) -> None:
            inbox.file_many(ws, ids, picked, round_be)
            for evidence_id in ids if personal else ():
                ws.mark_evidence(evidence_id, True)

        self.session.run(file, parent=self)

    def discard_selected(self) -> None:
        """Discards the selected scans: kept in the discarded folder, restorable."""
        from sealdesk.services import inbox

        ids = [evidence_id for evidence_id, _code, _name in self._chosen()]
        if not ids:
            return

        def discard(ws: Workspace) -> list[Path]:
            return [inbox.discard(ws, evidence_id) for evidence_id in ids]

        self.session.run(discard, on_success=self._discarded_now, parent=self)

    def _discarded_now(self, copies: list[Path]) -> None:
        count = len(copies)
        if count:
            self.status.setText(
                wrap(
                    QCoreApplication.translate(
                        "InboxPanel",
                        "Discarded %n scans; they are kept in {folder} and can be restored "
                        "from the Discarded tab.",
                        "",
                        count,
                    ).format(folder=str(copies[0].parent))
                )
            )

    def restore_selected(self) -> None:
        from sealdesk.services import inbox

        names = [e.data(NAME_ROLE) for e in self.discarded_list.selectedItems()]
        if not names:
            return
        self.session.run(
            lambda ws: [inbox.restore(ws, name) for name in names],
            on_success=lambda _added: self.tabs.setCurrentIndex(0),
            parent=self,
        )

    def choose_folder(self) -> None:
        name = QFileDialog.getExistingDirectory(
            self, QCoreApplication.translate("InboxPanel", "Scanner folder")
        )
        if name:
            self.set_folder(Path(name))

    def set_folder(self, folder: Path) -> None:
        from sealdesk.services import inbox

        self.session.run(
            lambda ws: inbox.set_folder(ws, folder),
            on_success=lambda _none: self._folder_set(),
            parent=self,
        )

    def _folder_set(self) -> None:
        self.retranslate()
        self.bridge.start()
