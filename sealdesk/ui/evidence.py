"""Evidence: the library view and the small dialogs (the preview pane is in ui/preview.py)."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from sealdesk.domain.assessment import Evidence
from sealdesk.errors import SealDeskError
from sealdesk.ui import i18n
from sealdesk.ui.benchmark_picker import matches
from sealdesk.ui.errors import show_error
from sealdesk.ui.library_order import LibraryOrder
from sealdesk.ui.models import EVIDENCE_ROLE, EvidenceModel, fold
from sealdesk.ui.preview import PreviewPane, orient_for_width, screen_width
from sealdesk.ui.session import Session
from sealdesk.ui.widgets import (
    AcceptsFileDrops,
    DateField,
    WrapLabel,
    accept_cancel_buttons,
    show_date,
)


def viewable_copy(session: Session, item: Evidence) -> Path:
    """A temporary copy under the document's own name, for the system's viewer."""
    folder = Path(tempfile.gettempdir()) / "sealdesk-view" / item.short_hash
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / item.original_name
    if not target.exists():
        shutil.copyfile(session.query(lambda ws: ws.blob_path(item.sha256)), target)
    return target


def open_with_system(session: Session, item: Evidence) -> bool:
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(viewable_copy(session, item))))


SEARCH_ROLE = Qt.ItemDataRole.UserRole + 1  # folded text a list entry is found by


def hide_unmatched(entries: QListWidget, text: str) -> None:
    """Hides the entries whose search text does not contain ``text`` (case and marks folded)."""
    needle = fold(text.strip())
    for i in range(entries.count()):
        entry = entries.item(i)
        entry.setHidden(bool(needle) and needle not in entry.data(SEARCH_ROLE))


class EvidenceTable(AcceptsFileDrops, QTableView):
    files_dropped = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)


class LibraryView(QWidget):
    """Every document: where it is used, unlinked ones, search by name, preview, details."""

    files_dropped = Signal(list)
    add_files_requested = Signal()
    link_requested = Signal(int)
    benchmark_activated = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.model = EvidenceModel(self)
        self.proxy = LibraryOrder(self)
        self.proxy.setSourceModel(self.model)

        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.search = QLineEdit(self)
        self.search.setObjectName("librarySearch")
        self.search.setClearButtonEnabled(True)
        self.unlinked = QCheckBox(self)
        self.unlinked.setObjectName("unlinkedOnly")
        top.addWidget(self.search, 1)
        top.addWidget(self.unlinked)
        layout.addLayout(top)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("librarySplitter")
        left = QWidget(self.splitter)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.table = EvidenceTable(left)
        self.table.setObjectName("libraryTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(False)
        left_layout.addWidget(self.table)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(left)
        self.link_button = QPushButton(left)
        self.edit_button = QPushButton(left)
        self.open_button = QPushButton(left)
        self.remove_button = QPushButton(left)
        for button in (
            self.add_button,
            self.link_button,
            self.edit_button,
            self.open_button,
            self.remove_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        left_layout.addLayout(buttons)

        right = QWidget(self.splitter)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        self.details = WrapLabel("", right)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.details.linkActivated.connect(self._link_clicked)
        self.preview = PreviewPane(right)
        right_layout.addWidget(self.details)
        right_layout.addWidget(self.preview, 1)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout.addWidget(self.splitter, 1)
        orient_for_width(self.splitter, screen_width(self) * 2 // 3)

        self.search.textChanged.connect(self.proxy.set_text)
        self.unlinked.toggled.connect(self.proxy.set_unlinked_only)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._selected())
        self.table.doubleClicked.connect(lambda _i: self.open_selected())
        self.table.files_dropped.connect(self.files_dropped)
        self.add_button.clicked.connect(self.add_files_requested)
        self.link_button.clicked.connect(self._link)
        self.edit_button.clicked.connect(self.edit_selected)
        self.open_button.clicked.connect(self.open_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        session.evidence_changed.connect(self.reload)
        session.round_changed.connect(lambda _round: self.reload())
        self.retranslate()
        self.reload()

    def retranslate(self) -> None:
        self.search.setPlaceholderText(
            QCoreApplication.translate("Library", "Search documents by name or description")
        )
        self.search.setAccessibleName(QCoreApplication.translate("Library", "Search documents"))
        self.unlinked.setText(QCoreApplication.translate("Library", "Only documents not used yet"))
        self.table.setAccessibleName(QCoreApplication.translate("Library", "Evidence library"))
        self.add_button.setText(QCoreApplication.translate("Library", "Add files..."))
        self.link_button.setText(QCoreApplication.translate("Library", "Link to benchmarks..."))
        self.edit_button.setText(QCoreApplication.translate("Library", "Edit details..."))
        self.open_button.setText(QCoreApplication.translate("Library", "Open"))
        self.remove_button.setText(QCoreApplication.translate("Library", "Remove"))
        self.preview.setAccessibleName(QCoreApplication.translate("Library", "Preview"))
        if self.preview.kind == "none":
            self.preview.clear()
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 4)
        self._selected()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        orient_for_width(self.splitter, event.size().width())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def reload(self) -> None:
        current = self.current()
        self.model.set_items(self.session.evidence())
        if current is not None:
            self.select(current.id)
        self._selected()

    def select(self, evidence_id: int) -> None:
        row = self.model.row_of(evidence_id)
        if row < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if index.isValid():
            self.table.setCurrentIndex(index)
            self.table.scrollTo(index)

    def current(self) -> Evidence | None:
        index = self.table.currentIndex()
        return index.data(EVIDENCE_ROLE) if index.isValid() else None

    def _selected(self) -> None:
        item = self.current()
        pick_first = QCoreApplication.translate("Library", "Select a document in the list first.")
        for button in (self.link_button, self.edit_button, self.open_button):
            button.setEnabled(item is not None)
            button.setToolTip("" if item is not None else pick_first)
        self.remove_button.setEnabled(item is not None and not item.links)
        if item is None:
            self.remove_button.setToolTip(pick_first)
        elif item.links:
            self.remove_button.setToolTip(
                QCoreApplication.translate(
                    "Library", "{name} is used for {codes}: unlink it before removing it."
                ).format(name=item.original_name, codes=", ".join(item.links))
            )
        else:
            self.remove_button.setToolTip("")
        if item is None:
            self.details.setText("")
            self.preview.clear()
            return
        used = (
            ", ".join(f'<a href="bm:{code}">{code}</a>' for code in item.links)
            if item.links
            else QCoreApplication.translate("Library", "not used yet")
        )
        lines = [f"<b>{_html(item.original_name)}</b>"]
        if item.description:
            lines.append(_html(item.description))
        if item.effective_date:
            lines.append(
                QCoreApplication.translate("Library", "Effective date: {date}").format(
                    date=show_date(item.effective_date)
                )
            )
        lines.append(QCoreApplication.translate("Library", "Used for: {codes}").format(codes=used))
        lines.append(
            QCoreApplication.translate("Library", "Added {date} by {who}").format(
                date=show_date(item.added_at.date()), who=_html(item.added_by)
            )
        )
        self.details.setText("<br>".join(lines))
        self.preview.show_file(
            self.session.query(lambda ws: ws.blob_path(item.sha256)), item.media_type
        )

    def _link_clicked(self, link: str) -> None:
        if link.startswith("bm:"):
            self.benchmark_activated.emit(link[3:])

    def _link(self) -> None:
        item = self.current()
        if item is not None:
            self.link_requested.emit(item.id)

    def edit_selected(self) -> None:
        item = self.current()
        if item is None:
            return
        dialog = EditEvidenceDialog(self, item)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            try:
                self.session.update_evidence(item.id, **dialog.values())
            except SealDeskError as error:
                show_error(self, error)

    def open_selected(self) -> None:
        item = self.current()
        if item is not None:
            open_with_system(self.session, item)

    def remove_selected(self) -> None:
        item = self.current()
        if item is None:
            return
        try:
            self.session.remove_evidence(item.id)
        except SealDeskError as error:
            show_error(self, error)


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class EditEvidenceDialog(QDialog):
    def __init__(self, parent: QWidget | None, item: Evidence) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("Library", "Document details"))
        form = QFormLayout(self)
        form.addRow(
            QCoreApplication.translate("Library", "Document:"), QLabel(item.original_name, self)
        )
        self.description = QLineEdit(item.description, self)
        self.effective = DateField(self)
        self.effective.set_date(item.effective_date)
        form.addRow(QCoreApplication.translate("Library", "Description:"), self.description)
        form.addRow(QCoreApplication.translate("Library", "Effective date:"), self.effective)
        self.personal = QCheckBox(
            QCoreApplication.translate(
                "Library",
                "Contains personal data: sent encrypted, never printed by name",
            ),
            self,
        )
        self.personal.setObjectName("personalData")
        self.personal.setChecked(item.personal_data)
        form.addRow(self.personal)
        form.addRow(accept_cancel_buttons(self))
        self.resize(520, self.sizeHint().height())

    def values(self) -> dict[str, object]:
        return {
            "description": self.description.text(),
            "effective_date": self.effective.date(),
            "personal_data": self.personal.isChecked(),
        }


class _FilteredListDialog(QDialog):
    """A search box over a list of entries (each with a folded SEARCH_ROLE text) and OK/Save and
    Cancel: the frame the link and pick dialogs share. Subclasses fill ``self.list``."""

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        placeholder: str,
        list_name: str,
        accept_button: QDialogButtonBox.StandardButton,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(placeholder)
        self.list = QListWidget(self)
        self.list.setObjectName(list_name)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        layout.addWidget(accept_cancel_buttons(self, accept_button))
        self.search.textChanged.connect(lambda text: hide_unmatched(self.list, text))


class LinkDialog(_FilteredListDialog):
    """Tick the benchmarks a document supports (link to several at once, or unlink)."""

    def __init__(self, parent: QWidget | None, session: Session, item: Evidence) -> None:
        super().__init__(
            parent,
            QCoreApplication.translate("Library", "Link {name} to benchmarks").format(
                name=item.original_name
            ),
            QCoreApplication.translate("Library", "Filter benchmarks"),
            "linkList",
            QDialogButtonBox.StandardButton.Save,
        )
        self.search.setClearButtonEnabled(True)
        # Found like in the benchmark picker: a code prefix (Thai digits too) or words.
        self.search.textChanged.disconnect()
        self.search.textChanged.connect(self._filter)
        self.list.setAccessibleName(QCoreApplication.translate("Library", "Benchmarks"))
        lang = i18n.current()
        for benchmark in session.catalog.benchmarks():
            entry = QListWidgetItem(f"{benchmark.code}  {benchmark.title.get(lang)}", self.list)
            entry.setData(Qt.ItemDataRole.UserRole, benchmark.code)
            entry.setData(
                SEARCH_ROLE, fold(f"{benchmark.code} {benchmark.title.th} {benchmark.title.en}")
            )
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(
                Qt.CheckState.Checked if benchmark.code in item.links else Qt.CheckState.Unchecked
            )
        self.resize(640, 480)

    def _filter(self, text: str) -> None:
        for i in range(self.list.count()):
            entry = self.list.item(i)
            code = entry.data(Qt.ItemDataRole.UserRole)
            entry.setHidden(not matches(entry.data(SEARCH_ROLE), code, text))

    def set_checked(self, code: str, checked: bool) -> None:
        for i in range(self.list.count()):
            entry = self.list.item(i)
            if entry.data(Qt.ItemDataRole.UserRole) == code:
                entry.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def codes(self) -> set[str]:
        return {
            self.list.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.list.count())
            if self.list.item(i).checkState() == Qt.CheckState.Checked
        }


class PickEvidenceDialog(_FilteredListDialog):
    """Choose documents from the library to link to one benchmark."""

    def __init__(self, parent: QWidget | None, session: Session, code: str) -> None:
        super().__init__(
            parent,
            QCoreApplication.translate("Library", "Link documents to {code}").format(code=code),
            QCoreApplication.translate("Library", "Search documents by name or description"),
            "pickList",
            QDialogButtonBox.StandardButton.Ok,
        )
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        for item in session.evidence():
            if code in item.links:
                continue
            used = ", ".join(item.links) or QCoreApplication.translate("Library", "not used yet")
            entry = QListWidgetItem(f"{item.original_name}  ({used})", self.list)
            entry.setData(Qt.ItemDataRole.UserRole, item.id)
            entry.setData(SEARCH_ROLE, fold(f"{item.original_name} {item.description}"))
        self.resize(560, 420)

    def chosen(self) -> list[int]:
        return [entry.data(Qt.ItemDataRole.UserRole) for entry in self.list.selectedItems()]
