"""The scanner inbox in the window: a panel of documents waiting to be filed, with a badge.

Everything goes through ``sealdesk.services.inbox`` inside the Session's query/run. The
watcher calls back on its own worker thread; ``InboxBridge`` turns its status and failure
callbacks into Qt signals, which Qt queues to the main thread (the bridge lives there). What
the inbox files reaches the panel as the Session's ``evidence_changed`` / ``inbox_changed``,
like any other change."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sealdesk.ui.session import Session
from sealdesk.ui.thaiwrap import wrap

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


class InboxPanel(QWidget):
    """Documents that came through the inbox and support no benchmark yet."""

    count_changed = Signal(int)
    benchmark_activated = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.bridge = InboxBridge(session, self)
        layout = QVBoxLayout(self)
        self.status = QLabel(self)
        self.status.setObjectName("inboxStatus")
        self.status.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setObjectName("inboxList")
        top = QHBoxLayout()
        self.folder_label = QLabel(self)
        self.folder_label.setWordWrap(True)
        self.choose = QPushButton(self)
        top.addWidget(self.folder_label, 1)
        top.addWidget(self.choose)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        self.file_button = QPushButton(self)
        buttons.addWidget(self.file_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.choose.clicked.connect(self.choose_folder)
        self.file_button.clicked.connect(self.file_selected)
        self.list.itemSelectionChanged.connect(self._selection)
        self.bridge.failed.connect(lambda path, reason: self.status.setText(wrap(reason)))
        self.bridge.status.connect(lambda text: self.status.setText(wrap(text)))
        # What the inbox filed, and any other change to the evidence, arrives as an event.
        session.evidence_changed.connect(self.reload)
        session.inbox_changed.connect(self.reload)
        self._ready = False
        self.retranslate()
        # The first look at the inbox waits until the window is up (it imports watchdog).
        QTimer.singleShot(0, self._first_reload)

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
            QCoreApplication.translate("InboxPanel", "File under the suggested benchmark")
        )
        self.list.setAccessibleName(
            QCoreApplication.translate("InboxPanel", "Documents waiting to be filed")
        )
        self.reload()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def reload(self) -> None:
        if not self._ready:
            return
        from sealdesk.services import inbox

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
            entry.setData(Qt.ItemDataRole.UserRole, item.evidence.id)
            entry.setData(Qt.ItemDataRole.UserRole + 1, item.suggested or "")
        self._selection()
        self.count_changed.emit(len(items))

    def _selection(self) -> None:
        items = self.list.selectedItems()
        self.file_button.setEnabled(
            bool(items) and all(i.data(Qt.ItemDataRole.UserRole + 1) for i in items)
        )

    def file_selected(self) -> None:
        from sealdesk.services import inbox

        chosen = [
            (entry.data(Qt.ItemDataRole.UserRole), entry.data(Qt.ItemDataRole.UserRole + 1))
            for entry in self.list.selectedItems()
        ]
        round_be = self.session.round

        def file(ws: Workspace) -> None:
            for evidence_id, code in chosen:
                if code:
                    inbox.file_under(ws, evidence_id, [code], round_be)

        self.session.run(file, parent=self)

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
