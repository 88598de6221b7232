"""The city view's model: one `CityStatus` as a table (a row per district, the fixed columns
then a column per benchmark), the heat-map colours and symbols, and the sort-and-filter proxy.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QWidget

from sealdesk.domain.city import BenchmarkColumn, CityStatus, DistrictRow, SubmissionState
from sealdesk.domain.status import Level, Status
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

FIXED = ("district", "state", "score", "level", "missing", "catalog")
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
        QCoreApplication.translate("CityView", "Catalog edition"),
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
            if key == "catalog":
                return _catalog_text(row)
        if key == "catalog":
            return _catalog_cell(row, role)
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


def _catalog_text(row: DistrictRow) -> str:
    """The edition a submission was made with, and a flag when it is not the office's current
    one (issue 17): older, unknown to the office, or a practice catalog."""
    standing = row.catalog_standing
    if standing is None:
        return ""
    if not standing.flagged:
        return f"{row.catalog_edition or ''} {row.catalog_version}".strip()
    return "⚑ " + QCoreApplication.translate("Office", standing.label)


def _catalog_cell(row: DistrictRow, role: int) -> object:
    standing = row.catalog_standing
    if role == SORT_ROLE:  # flagged ones first when sorted ascending
        return 9 if standing is None else (1 if standing.flagged else 5)
    if standing is None:
        return None
    if role == Qt.ItemDataRole.ForegroundRole:
        return QBrush(QColor("#b00020" if standing.flagged else "#1b5e20"))
    if role == Qt.ItemDataRole.ToolTipRole:
        return QCoreApplication.translate(
            "CityView", "Made with the catalog edition {edition} {version}: {standing}"
        ).format(
            edition=row.catalog_edition or "",
            version=row.catalog_version,
            standing=QCoreApplication.translate("Office", standing.label),
        )
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
