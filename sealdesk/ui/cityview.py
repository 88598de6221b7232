"""The city view: a heat map of the districts (rows) by benchmarks (columns), coloured by each
benchmark's status in the district's current submission, with a legend, sorting, and filters
by dimension, by projected level and "mandatory for Silver".

The model is a plain view of one `CityStatus`; the window swaps in a new status when bundles
were received or another round is chosen. Each coloured cell also carries a symbol, so the map
reads without colour too (and in a black-and-white screenshot).
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from sealdesk.domain.city import BenchmarkColumn, CityStatus, DistrictRow, SubmissionState
from sealdesk.domain.status import LEVELS, Level, Status
from sealdesk.ui import i18n
from sealdesk.ui.models import fold

#: cell colours of the heat map (light enough for the symbol on top to read)
HEAT_COLORS: dict[Status | None, str] = {
    Status.MET: "#66bb6a",
    Status.PARTIALLY_MET: "#ffd54f",
    Status.NOT_MET: "#ef5350",
    Status.NOT_APPLICABLE: "#b0bec5",
    Status.NOT_STARTED: "#eeeeee",
    None: "#ffffff",  # nothing received from the district
}
SYMBOLS: dict[Status | None, str] = {
    Status.MET: "✓",
    Status.PARTIALLY_MET: "◐",
    Status.NOT_MET: "✗",
    Status.NOT_APPLICABLE: "–",
    Status.NOT_STARTED: "·",
    None: "",
}
LEVEL_TEXT_COLORS = {Level.BRONZE: "#8d5524", Level.SILVER: "#5f6368", Level.GOLD: "#a07800"}

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
STATUS_ROLE = Qt.ItemDataRole.UserRole + 2  # the Status of a benchmark cell (None: no data)
CODE_ROLE = Qt.ItemDataRole.UserRole + 3  # the district code of the row

FIXED = ("district", "state", "score", "level", "missing")
"""The columns before the benchmark columns."""

NOT_SUBMITTED = "none"  # the level filter's choice for districts that sent nothing
NO_LEVEL = "no_level"


def fixed_headers() -> tuple[str, ...]:
    return (
        QCoreApplication.translate("CityView", "District"),
        QCoreApplication.translate("CityView", "State"),
        QCoreApplication.translate("CityView", "Score %"),
        QCoreApplication.translate("CityView", "Projected level"),
        QCoreApplication.translate("CityView", "Mandatory missing"),
    )


class CityModel(QAbstractTableModel):
    """One row per district, the fixed columns then one column per benchmark."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status: CityStatus | None = None
        self.rows: tuple[DistrictRow, ...] = ()
        self.columns: tuple[BenchmarkColumn, ...] = ()

    def set_status(self, status: CityStatus) -> None:
        self.beginResetModel()
        self.status = status
        self.rows = status.rows
        self.columns = status.columns
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(FIXED) + len(self.columns)

    def column(self, index: int) -> BenchmarkColumn | None:
        """The benchmark of column ``index`` (None for the fixed columns)."""
        return self.columns[index - len(FIXED)] if index >= len(FIXED) else None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> object:
        if orientation != Qt.Orientation.Horizontal:
            return None
        column = self.column(section)
        if column is None:
            if role == Qt.ItemDataRole.DisplayRole:
                return fixed_headers()[section]
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return column.code
        if role == Qt.ItemDataRole.ToolTipRole:
            title = column.title_th if i18n.current() == "th" else column.title_en
            if column.mandatory_from is not None:
                level = QCoreApplication.translate("Level", column.mandatory_from.label)
                return QCoreApplication.translate(
                    "CityView", "{code} {title}\nMandatory from {level}"
                ).format(code=column.code, title=title, level=level)
            return f"{column.code} {title}"
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> object:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = self.column(index.column())
        if role == CODE_ROLE:
            return row.district_code
        if column is None:
            return self._fixed(row, FIXED[index.column()], role)
        none = row.state is SubmissionState.NONE
        status = None if none else row.statuses.get(column.code, Status.NOT_STARTED)
        if role == STATUS_ROLE:
            return status
        if role == Qt.ItemDataRole.DisplayRole:
            return SYMBOLS[status]
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(QColor(HEAT_COLORS[status]))
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor("#1a1a1a"))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        if role == SORT_ROLE:  # met first when sorted descending
            order = [Status.NOT_MET, Status.NOT_STARTED, Status.PARTIALLY_MET]
            order += [Status.NOT_APPLICABLE, Status.MET]
            return -1 if status is None else order.index(status)
        if role == Qt.ItemDataRole.ToolTipRole:
            name = row.name_th if i18n.current() == "th" else row.name_en
            text = (
                QCoreApplication.translate("Status", status.label)
                if status is not None
                else QCoreApplication.translate("SubmissionState", row.state.label)
            )
            return QCoreApplication.translate(
                "CityView", "{district}, benchmark {code}: {status}"
            ).format(district=name, code=column.code, status=text)
        return None

    def _fixed(self, row: DistrictRow, key: str, role: int) -> object:
        name = row.name_th if i18n.current() == "th" else row.name_en
        level = row.projected_level
        if role == Qt.ItemDataRole.DisplayRole:
            if key == "district":
                return f"{row.district_code}  {name}"
            if key == "state":
                return QCoreApplication.translate("SubmissionState", row.state.label)
            if key == "score":
                return "" if row.score_percent is None else f"{row.score_percent:.1f}"
            if key == "level":
                if row.state is SubmissionState.NONE:
                    return ""
                if level is None:
                    return QCoreApplication.translate("CityView", "No level yet")
                return QCoreApplication.translate("Level", level.label)
            if key == "missing":
                return " ".join(row.mandatory_missing)
        if role == SORT_ROLE:
            if key == "district":
                return row.district_code
            if key == "state":
                return list(SubmissionState).index(row.state)
            if key == "score":
                return -1.0 if row.score_percent is None else row.score_percent
            if key == "level":
                if row.state is SubmissionState.NONE:
                    return -2
                return -1 if level is None else level.rank
            if key == "missing":
                return 999 if row.state is SubmissionState.NONE else len(row.mandatory_missing)
        if role == Qt.ItemDataRole.ForegroundRole and key == "level" and level is not None:
            return QBrush(QColor(LEVEL_TEXT_COLORS[level]))
        if role == Qt.ItemDataRole.FontRole and key == "level" and level is not None:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and row.state is SubmissionState.NONE:
            return QBrush(QColor("#b00020"))
        if role == Qt.ItemDataRole.TextAlignmentRole and key == "score":
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if role == Qt.ItemDataRole.ToolTipRole and key == "missing" and row.mandatory_missing:
            return QCoreApplication.translate(
                "CityView", "Mandatory for the next level and not met: {codes}"
            ).format(codes=", ".join(row.mandatory_missing))
        return None


class CityFilter(QSortFilterProxyModel):
    """Sorts on SORT_ROLE; filters columns by dimension and "mandatory for Silver", rows by
    projected level and by a search text over the district's code and names."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.dimension: str | None = None
        self.level: str | None = None  # a Level value, NO_LEVEL or NOT_SUBMITTED
        self.silver_only = False
        self.search = ""

    def city(self) -> CityModel:
        return self.sourceModel()  # type: ignore[return-value]

    def set_filters(
        self,
        *,
        dimension: str | None = None,
        level: str | None = None,
        silver_only: bool = False,
        search: str = "",
    ) -> None:
        self.beginFilterChange()
        self.dimension, self.level, self.silver_only = dimension, level, silver_only
        self.search = fold(search.strip())
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        self.beginFilterChange()
        self.endFilterChange(QSortFilterProxyModel.Direction.Columns)

    def filterAcceptsColumn(
        self, source_column: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        column = self.city().column(source_column)
        if column is None:
            return True
        if self.dimension is not None and column.dimension_code != self.dimension:
            return False
        if self.silver_only:
            return column.mandatory_from is not None and column.mandatory_from.rank <= 1
        return True

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        row = self.city().rows[source_row]
        if self.search and self.search not in fold(
            f"{row.district_code} {row.name_th} {row.name_en}"
        ):
            return False
        if self.level is None:
            return True
        if self.level == NOT_SUBMITTED:
            return row.state is SubmissionState.NONE
        if row.state is SubmissionState.NONE:
            return False
        if self.level == NO_LEVEL:
            return row.projected_level is None
        return row.projected_level is not None and row.projected_level.value == self.level

    def lessThan(
        self,
        left: QModelIndex | QPersistentModelIndex,
        right: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        a, b = left.data(SORT_ROLE), right.data(SORT_ROLE)
        if a == b:  # ties in district order, whichever way the column is sorted
            codes = left.data(CODE_ROLE), right.data(CODE_ROLE)
            ascending = self.sortOrder() == Qt.SortOrder.AscendingOrder
            return codes[0] < codes[1] if ascending else codes[0] > codes[1]
        return a < b  # type: ignore[operator]


class Legend(QWidget):
    """The colours of the heat map, each with its symbol and status name."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cityLegend")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel(self)
        layout.addWidget(self.title)
        self.swatches: dict[Status | None, QLabel] = {}
        self.names: dict[Status | None, QLabel] = {}
        for status in (*[s for s in HEAT_COLORS if s is not None], None):
            swatch = QLabel(SYMBOLS[status], self)
            swatch.setAlignment(Qt.AlignmentFlag.AlignCenter)
            swatch.setFixedSize(22, 18)
            swatch.setStyleSheet(
                f"background: {HEAT_COLORS[status]}; color: #1a1a1a; border: 1px solid #9e9e9e;"
            )
            name = QLabel(self)
            layout.addWidget(swatch)
            layout.addWidget(name)
            layout.addSpacing(8)
            self.swatches[status] = swatch
            self.names[status] = name
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(QCoreApplication.translate("CityView", "Legend:"))
        for status, label in self.names.items():
            if status is None:
                label.setText(QCoreApplication.translate("CityView", "Nothing received"))
            else:
                label.setText(QCoreApplication.translate("Status", status.label))

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
        bar.addWidget(self.search, 2)
        bar.addWidget(self.dimension, 1)
        bar.addWidget(self.level, 1)
        bar.addWidget(self.silver)
        layout.addLayout(bar)

        self.table = QTableView(self)
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
        # the fixed columns stay narrow enough to leave room for the map on a 1024 px screen
        for section, widest in enumerate((175, 120, 70, 120, 110)):
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

    def visible_districts(self) -> list[str]:
        """The district codes in the order shown (for tests and the status line)."""
        return [str(self.proxy.index(r, 0).data(CODE_ROLE)) for r in range(self.proxy.rowCount())]

    def visible_benchmarks(self) -> list[str]:
        return [
            column.code
            for i, column in enumerate(self.model.columns, start=len(FIXED))
            if self.proxy.filterAcceptsColumn(i, QModelIndex())
        ]
