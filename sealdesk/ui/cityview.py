"""The city view: a heat map of the districts (rows) by benchmarks (columns), coloured by each
benchmark's status in the district's current submission, with a legend, sorting, and filters
by dimension, by projected level and "mandatory for Silver".

The model is a plain view of one `CityStatus`; the window swaps in a new status when bundles
were received or another round is chosen. Each coloured cell also carries a symbol, so the map
reads without colour too (and in a black-and-white screenshot).
"""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from sealdesk.domain.city import CityStatus
from sealdesk.domain.status import LEVELS, Status
from sealdesk.ui.citymodel import (  # noqa: F401  (the names the tests and the window use)
    CODE_ROLE,
    FIXED,
    HEAT_COLORS,
    NO_LEVEL,
    NOT_SUBMITTED,
    STATUS_ROLE,
    SYMBOLS,
    CityFilter,
    CityModel,
)
from sealdesk.ui.frozen import FrozenColumnTable


class Legend(QWidget):
    """The colours of the heat map, each with its symbol and status name. On a narrow window
    (1024 px at 150 %) the entries wrap onto a second row instead of widening the window."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cityLegend")
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(6)
        self.title = QLabel(self)
        self.swatches: dict[Status | None, QLabel] = {}
        self.names: dict[Status | None, QLabel] = {}
        self.entries: list[QWidget] = []
        for status in (*[s for s in HEAT_COLORS if s is not None], None):
            entry = QWidget(self)
            row = QHBoxLayout(entry)
            row.setContentsMargins(0, 0, 8, 0)
            swatch = QLabel(SYMBOLS[status], entry)
            swatch.setAlignment(Qt.AlignmentFlag.AlignCenter)
            swatch.setFixedSize(22, 18)
            swatch.setStyleSheet(
                f"background: {HEAT_COLORS[status]}; color: #1a1a1a; border: 1px solid #9e9e9e;"
            )
            name = QLabel(entry)
            row.addWidget(swatch)
            row.addWidget(name)
            self.entries.append(entry)
            self.swatches[status] = swatch
            self.names[status] = name
        self._per_row = 0
        self.retranslate()

    def _reflow(self) -> None:
        """As many entries on a row as the width takes (at least one)."""
        room = self.width() - self.title.sizeHint().width() - self.grid.horizontalSpacing()
        widths = [e.sizeHint().width() + self.grid.horizontalSpacing() for e in self.entries]
        per_row = len(self.entries)
        while (
            per_row > 1
            and max(sum(widths[i : i + per_row]) for i in range(0, len(widths), per_row)) > room
        ):
            per_row -= 1
        if per_row == self._per_row:
            return
        self._per_row = per_row
        for widget in (self.title, *self.entries):
            self.grid.removeWidget(widget)
        self.grid.addWidget(self.title, 0, 0)
        for i, entry in enumerate(self.entries):
            self.grid.addWidget(entry, i // per_row, 1 + i % per_row)
        for column in range(self.grid.columnCount()):
            self.grid.setColumnStretch(column, 0)
        self.grid.setColumnStretch(per_row + 1, 1)

    def minimumSizeHint(self) -> QSize:
        widest = max(e.minimumSizeHint().width() for e in self.entries)
        hint = super().minimumSizeHint()
        return QSize(self.title.sizeHint().width() + widest + 12, hint.height())

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().resizeEvent(event)
        self._reflow()

    def retranslate(self) -> None:
        self.title.setText(QCoreApplication.translate("CityView", "Legend:"))
        for status, label in self.names.items():
            if status is None:
                label.setText(QCoreApplication.translate("CityView", "Nothing received"))
            else:
                label.setText(QCoreApplication.translate("Status", status.label))
        self._per_row = 0
        self._reflow()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class CityView(QWidget):
    """The filter bar, the heat map and the legend. ``district_activated`` carries the code of
    the district a clerk double-clicked (or pressed Enter on)."""

    district_activated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cityView")
        self.model = CityModel(self)
        self.proxy = CityFilter(self)
        self.proxy.setSourceModel(self.model)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

        bar = QHBoxLayout()
        self.search = QLineEdit(self)
        self.search.setObjectName("citySearch")
        self.search.setClearButtonEnabled(True)
        self.dimension = QComboBox(self)
        self.dimension.setObjectName("cityDimension")
        self.level = QComboBox(self)
        self.level.setObjectName("cityLevel")
        self.silver = QCheckBox(self)
        self.silver.setObjectName("citySilver")
        for box in (self.dimension, self.level):  # they may shrink on a narrow window
            box.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            box.setMinimumContentsLength(8)
        bar.addWidget(self.search, 2)
        bar.addWidget(self.dimension, 1)
        bar.addWidget(self.level, 1)
        bar.addWidget(self.silver)
        layout.addLayout(bar)

        # The district column stays put while the map scrolls sideways (1024 px screens).
        self.table = FrozenColumnTable(self)
        self.table.setObjectName("cityTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)  # district order
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.horizontalHeader().setMinimumSectionSize(30)
        self.table.setWordWrap(False)
        self.table.doubleClicked.connect(self._activated)
        self.table.activated.connect(self._activated)
        self.table.frozen.doubleClicked.connect(self._activated)
        layout.addWidget(self.table, 1)
        self.legend = Legend(self)
        layout.addWidget(self.legend)

        self.search.textChanged.connect(self._apply)
        self.dimension.currentIndexChanged.connect(self._apply)
        self.level.currentIndexChanged.connect(self._apply)
        self.silver.toggled.connect(self._apply)
        self.retranslate()

    def retranslate(self) -> None:
        self.search.setPlaceholderText(QCoreApplication.translate("CityView", "Find a district"))
        self.search.setAccessibleName(QCoreApplication.translate("CityView", "Find a district"))
        self.silver.setText(
            QCoreApplication.translate("CityView", "Only benchmarks mandatory for Silver")
        )
        self.dimension.setAccessibleName(QCoreApplication.translate("CityView", "Dimension"))
        self.level.setAccessibleName(QCoreApplication.translate("CityView", "Projected level"))
        self._fill_dimensions()
        current = self.level.currentData()
        self.level.blockSignals(True)
        self.level.clear()
        self.level.addItem(QCoreApplication.translate("CityView", "All districts"), None)
        for level in reversed(LEVELS):
            self.level.addItem(
                QCoreApplication.translate("CityView", "Projected: {level}").format(
                    level=QCoreApplication.translate("Level", level.label)
                ),
                level.value,
            )
        self.level.addItem(QCoreApplication.translate("CityView", "No level yet"), NO_LEVEL)
        self.level.addItem(QCoreApplication.translate("CityView", "Not submitted"), NOT_SUBMITTED)
        self.level.setCurrentIndex(max(0, self.level.findData(current)))
        self.level.blockSignals(False)
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 0)

    def _fill_dimensions(self) -> None:
        current = self.dimension.currentData()
        self.dimension.blockSignals(True)
        self.dimension.clear()
        self.dimension.addItem(QCoreApplication.translate("CityView", "All dimensions"), None)
        seen: list[str] = []
        for column in self.model.columns:
            if column.dimension_code not in seen:
                seen.append(column.dimension_code)
        for code in seen:
            self.dimension.addItem(
                QCoreApplication.translate("CityView", "Dimension {code}").format(code=code), code
            )
        self.dimension.setCurrentIndex(max(0, self.dimension.findData(current)))
        self.dimension.blockSignals(False)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_status(self, status: CityStatus) -> None:
        sort = self.table.horizontalHeader().sortIndicatorSection()
        order = self.table.horizontalHeader().sortIndicatorOrder()
        self.model.set_status(status)
        self._fill_dimensions()
        self._apply()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.resizeColumnsToContents()
        for section in range(len(FIXED), self.model.columnCount()):
            header.resizeSection(section, 38)
        # the fixed columns stay narrow enough to leave room for the map on a 1024 px screen;
        # the catalog edition (issue 17) is elided, its tooltip says it in full
        for section, widest in enumerate((175, 120, 70, 120, 110, 120)):
            header.resizeSection(section, min(header.sectionSize(section), widest))
        if 0 <= sort < self.model.columnCount():
            self.table.sortByColumn(sort, order)

    def _apply(self, *_: object) -> None:
        self.proxy.set_filters(
            dimension=self.dimension.currentData(),
            level=self.level.currentData(),
            silver_only=self.silver.isChecked(),
            search=self.search.text(),
        )

    def _activated(self, index: QModelIndex) -> None:
        code = index.data(CODE_ROLE)
        if code:
            self.district_activated.emit(str(code))

    def show_benchmark(self, code: str) -> bool:
        """Scrolls the map to benchmark ``code`` (False when a filter hides it)."""
        for i, column in enumerate(self.model.columns, start=len(FIXED)):
            if column.code == code:
                index = self.proxy.mapFromSource(self.model.index(0, i))
                if not index.isValid():
                    return False
                self.table.scrollTo(index)
                self.table.setCurrentIndex(index)
                return True
        return False

    def visible_districts(self) -> list[str]:
        """The district codes in the order shown (for tests and the status line)."""
        return [str(self.proxy.index(r, 0).data(CODE_ROLE)) for r in range(self.proxy.rowCount())]

    def visible_benchmarks(self) -> list[str]:
        return [
            column.code
            for i, column in enumerate(self.model.columns, start=len(FIXED))
            if self.proxy.filterAcceptsColumn(i, QModelIndex())
        ]
