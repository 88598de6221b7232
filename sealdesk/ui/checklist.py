"""The checklist pane: the benchmark tree with its search box, "show" filter and the level
aimed at. It shows the round the Session shows and follows its changes."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QGridLayout, QHeaderView, QLabel, QLineEdit, QVBoxLayout, QWidget

from sealdesk.domain.status import LEVELS, Level, Status
from sealdesk.errors import SealDeskError
from sealdesk.ui.checklist_view import ChecklistView, StatusDelegate, TitleDelegate
from sealdesk.ui.combos import ElidingComboBox
from sealdesk.ui.errors import show_error
from sealdesk.ui.models import CODE_ROLE, KIND_ROLE, ChecklistFilter, ChecklistModel
from sealdesk.ui.session import Session
from sealdesk.ui.widgets import status_label


class ChecklistPane(QWidget):
    """Search, filters and the tree; ``benchmark_chosen`` when the clerk picks a benchmark."""

    benchmark_chosen = Signal(str)
    benchmark_opened = Signal(str)
    """Enter in the search box: the window shows the page of this benchmark, focused."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.model = ChecklistModel(session.catalog, self)
        self.model.set_target(session.target)
        self.proxy = ChecklistFilter(self)
        self.proxy.setSourceModel(self.model)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        self.search = QLineEdit(self)
        self.search.setObjectName("checklistSearch")
        self.search.setClearButtonEnabled(True)
        self.show_filter = ElidingComboBox(self)
        self.show_filter.setObjectName("checklistShow")
        self.target = ElidingComboBox(self)
        self.target.setObjectName("targetLevel")
        self.show_label = QLabel(self)
        self.show_label.setBuddy(self.show_filter)
        self.target_label = QLabel(self)
        self.target_label.setBuddy(self.target)
        # "Show" and "Aiming for" side by side, or one under the other in a narrow pane.
        row = self.filters = QGridLayout()
        self._filters_stacked: bool | None = None
        self._arrange_filters(stacked=False)
        self.tree = ChecklistView(self)
        self.tree.setObjectName("checklist")
        self.tree.setModel(self.proxy)
        # Every row is two lines high (the first row sets the height for all: fast).
        self.tree.setUniformRowHeights(True)
        self.title_delegate = TitleDelegate(self.tree)
        self.tree.setItemDelegateForColumn(ChecklistModel.TITLE, self.title_delegate)
        self.tree.header().setMinimumSectionSize(24)
        self.tree.setIndentation(14)
        self.status_delegate = StatusDelegate(self.tree)
        self.tree.setItemDelegateForColumn(ChecklistModel.STATUS, self.status_delegate)
        self.tree.setAlternatingRowColors(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(ChecklistModel.TITLE, QHeaderView.ResizeMode.Stretch)
        # Fixed widths, measured once per language (see fit_columns): ResizeToContents would
        # re-measure every row on every status change.
        self.tree.expandAll()
        layout.addWidget(self.search)
        layout.addLayout(row)
        layout.addWidget(self.tree, 1)

        self.search.textChanged.connect(self._search_changed)
        self.search.returnPressed.connect(self.open_first_match)
        self.search.installEventFilter(self)
        self.show_filter.currentIndexChanged.connect(self._mode_changed)
        self.target.currentIndexChanged.connect(self._target_chosen)
        self.tree.selectionModel().currentChanged.connect(self._current_changed)
        session.assessment_changed.connect(self.model.set_assessment)
        session.evidence_changed.connect(lambda: self.model.set_evidence(session.evidence()))
        session.target_changed.connect(self.model.set_target)
        session.target_changed.connect(self._show_target)
        session.round_changed.connect(self._round_changed)

    def retranslate(self) -> None:
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
        self._fit_minimum()

    def fit_columns(self) -> None:
        self.tree.fit_to_contents(
            (
                ChecklistModel.CODE,
                ChecklistModel.STATUS,
                ChecklistModel.EVIDENCE,
                ChecklistModel.MANDATORY,
            )
        )
        self._status_width = self.tree.columnWidth(ChecklistModel.STATUS)
        self._share_width()

    TITLE_SHARE = 0.45
    """The part of the tree's width the titles keep: below it the status column shows only
    its icons (at 1024 px and at 150 % the titles had shrunk to a few letters)."""

    def _share_width(self) -> None:
        full = getattr(self, "_status_width", 0)
        if not full:
            return
        tree = self.tree
        width = tree.viewport().width()
        code = tree.columnWidth(ChecklistModel.CODE)
        hints = tree.column_hints((ChecklistModel.EVIDENCE, ChecklistModel.MANDATORY))
        evidence, mandatory = hints[ChecklistModel.EVIDENCE], hints[ChecklistModel.MANDATORY]
        headers = tree.header().sectionSizeHint
        icon = max(tree.iconSize().width() if tree.iconSize().isValid() else 16, 16) + 14
        # Narrowest first: the status as an icon; then the evidence count (it is on the page)
        # goes, and the mandatory mark keeps only its star.
        others = code + headers(ChecklistModel.EVIDENCE) + headers(ChecklistModel.MANDATORY)
        narrow = width - others - full < width * self.TITLE_SHARE
        very_narrow = width - others - icon < width * self.TITLE_SHARE
        tree.setColumnHidden(ChecklistModel.EVIDENCE, very_narrow)
        sizes = {
            ChecklistModel.STATUS: icon if narrow else full,
            ChecklistModel.MANDATORY: max(mandatory, 24)
            if very_narrow
            else headers(ChecklistModel.MANDATORY),
        }
        if not very_narrow:
            sizes[ChecklistModel.EVIDENCE] = max(evidence, headers(ChecklistModel.EVIDENCE))
        for column, size in sizes.items():
            if tree.columnWidth(column) != size:
                tree.setColumnWidth(column, size)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._share_width()
        # Side by side while each box keeps about 100 px (they elide what does not fit).
        labels = self.show_label.sizeHint().width() + self.target_label.sizeHint().width()
        self._arrange_filters(stacked=self.width() < labels + 2 * 100 + 30)

    def _arrange_filters(self, stacked: bool) -> None:
        """Puts the two filters in one row, or in two (a narrow pane at 1024 px or 150 %)."""
        if stacked == self._filters_stacked:
            return
        self._filters_stacked = stacked
        grid = self.filters
        for widget in (self.show_label, self.show_filter, self.target_label, self.target):
            grid.removeWidget(widget)
        grid.addWidget(self.show_label, 0, 0)
        grid.addWidget(self.show_filter, 0, 1)
        grid.addWidget(self.target_label, 1 if stacked else 0, 0 if stacked else 2)
        grid.addWidget(self.target, 1 if stacked else 0, 1 if stacked else 3)
        for column in range(4):
            grid.setColumnStretch(column, 0)
        grid.setColumnStretch(1, 1)
        self._fit_minimum()

    def _fit_minimum(self) -> None:
        """The pane may shrink to the stacked filters' width, whichever arrangement shows."""
        labels = max(self.show_label.sizeHint().width(), self.target_label.sizeHint().width())
        combos = max(
            self.show_filter.minimumSizeHint().width(), self.target.minimumSizeHint().width()
        )
        self.setMinimumWidth(labels + combos + 24)

    # ------------------------------------------------------------------ data

    def reload(self) -> None:
        """Re-reads the statuses and evidence counts of the round shown."""
        self.model.set_assessments(self.session.assessments())
        self.model.set_evidence(self.session.evidence())

    def _round_changed(self, _round_be: int) -> None:
        self.model.set_catalog(self.session.catalog)
        self.reload()
        self.tree.expandAll()
        self.fit_columns()

    def _show_target(self, level: Level) -> None:
        self.target.blockSignals(True)
        self.target.setCurrentIndex(self.target.findData(level.value))
        self.target.blockSignals(False)

    # ------------------------------------------------------------------ filters

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def first_match(self) -> QModelIndex:
        """The first benchmark row the filtered tree shows (invalid when none)."""

        def walk(parent: QModelIndex) -> QModelIndex:
            for row in range(self.proxy.rowCount(parent)):
                index = self.proxy.index(row, 0, parent)
                if index.data(KIND_ROLE) == "benchmark":
                    return index
                found = walk(index)
                if found.isValid():
                    return found
            return QModelIndex()

        return walk(QModelIndex())

    def open_first_match(self) -> bool:
        """Enter in the search box: opens the first benchmark found (True if there was one)."""
        index = self.first_match()
        if not index.isValid():
            return False
        self.tree.setCurrentIndex(index)
        self.tree.scrollTo(index)
        self.benchmark_opened.emit(index.data(CODE_ROLE))
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Down in the search box moves into the results, on the first benchmark found."""
        if (
            watched is self.search
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Down
            and not event.modifiers()
        ):
            index = self.first_match()
            if index.isValid():
                self.tree.setCurrentIndex(index)
                self.tree.scrollTo(index)
            self.tree.setFocus(Qt.FocusReason.TabFocusReason)
            return True
        return super().eventFilter(watched, event)

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
                show_error(self.window(), error)

    def visible_codes(self) -> list[str]:
        """Benchmark codes the filtered checklist shows (for accessibility)."""
        codes: list[str] = []

        def walk(parent: QModelIndex) -> None:
            for row in range(self.proxy.rowCount(parent)):
                index = self.proxy.index(row, 0, parent)
                if index.data(KIND_ROLE) == "benchmark":
                    codes.append(index.data(CODE_ROLE))
                walk(index)

        walk(QModelIndex())
        return codes

    # ------------------------------------------------------------------ current benchmark

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid() and current.data(KIND_ROLE) == "benchmark":
            self.benchmark_chosen.emit(current.data(CODE_ROLE))

    def select(self, code: str) -> bool:
        """Makes ``code`` the current row (clearing filters that hide it); False if the
        catalog shown has no such benchmark."""
        source = self.model.index_of(code)
        if not source.isValid():
            return False
        index = self.proxy.mapFromSource(source)
        if not index.isValid():
            self.search.clear()
            self.set_show_filter("all")
            index = self.proxy.mapFromSource(source)
        self.tree.setCurrentIndex(index)
        self.tree.scrollTo(index)
        return True
