"""Item models: the checklist tree (dimension -> standard -> benchmark) and the evidence table.

The models hold domain value objects handed to them by the window; they never touch storage.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QFont

from sealdesk.domain.assessment import Assessment, Evidence
from sealdesk.domain.catalog import Catalog
from sealdesk.domain.status import Level, Status
from sealdesk.ui import i18n
from sealdesk.ui.widgets import show_date, status_icon, status_label

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()

CODE_ROLE = Qt.ItemDataRole.UserRole + 1
KIND_ROLE = Qt.ItemDataRole.UserRole + 2
STATUS_ROLE = Qt.ItemDataRole.UserRole + 3
EVIDENCE_COUNT_ROLE = Qt.ItemDataRole.UserRole + 4
MANDATORY_ROLE = Qt.ItemDataRole.UserRole + 5
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 6
EVIDENCE_ROLE = Qt.ItemDataRole.UserRole + 7
_CHECKLIST_ROLES = frozenset(
    int(role)
    for role in (
        CODE_ROLE,
        KIND_ROLE,
        STATUS_ROLE,
        EVIDENCE_COUNT_ROLE,
        MANDATORY_ROLE,
        SEARCH_ROLE,
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.DecorationRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.FontRole,
        Qt.ItemDataRole.TextAlignmentRole,
        Qt.ItemDataRole.AccessibleTextRole,
    )
)
"""The roles ChecklistModel.data answers; every other role is None."""


_CODE_LIKE = re.compile(r"^[0-9]+(\.[0-9]*)*$")


def fold(text: str) -> str:
    return unicodedata.normalize("NFC", text).casefold()


@dataclass(eq=False)
class Node:
    kind: str  # "root", "dimension", "standard", "benchmark"
    code: str
    title_th: str
    title_en: str
    parent: Node | None = None
    children: list[Node] = field(default_factory=list)
    row: int = 0
    mandatory: frozenset[Level] = frozenset()
    uid: int = 0

    def depth(self) -> int:
        """0 for a dimension, 1 for a standard, 2 for a benchmark (the tree's level)."""
        depth, up = 0, self.parent
        while up is not None and up.kind != "root":
            depth, up = depth + 1, up.parent
        return depth

    def title(self, lang: str) -> str:
        return (
            (self.title_th or self.title_en) if lang == "th" else (self.title_en or self.title_th)
        )


class ChecklistModel(QAbstractItemModel):
    CODE, TITLE, STATUS, EVIDENCE, MANDATORY = range(5)
    COLUMNS = 5

    def __init__(self, catalog: Catalog, parent: Any = None) -> None:
        super().__init__(parent)
        self.lang = i18n.current()
        self.target = Level.BRONZE
        self.assessments: dict[str, Assessment] = {}
        self.evidence_counts: dict[str, int] = {}
        self.root = Node("root", "", "", "")
        self._nodes: list[Node] = [self.root]
        self._by_code: dict[str, Node] = {}
        self._build(catalog)

    def set_catalog(self, catalog: Catalog) -> None:
        """Shows another catalog edition (another round, or a new edition of this one)."""
        self.beginResetModel()
        self.root = Node("root", "", "", "")
        self._nodes = [self.root]
        self._by_code = {}
        self.assessments = {}
        self.evidence_counts = {}
        self._build(catalog)
        self.endResetModel()

    def _build(self, catalog: Catalog) -> None:
        for d in catalog.dimensions:
            dn = self._add(self.root, Node("dimension", d.code, d.title.th, d.title.en))
            for s in d.standards:
                sn = self._add(dn, Node("standard", s.code, s.title.th, s.title.en))
                for b in s.benchmarks:
                    node = Node("benchmark", b.code, b.title.th, b.title.en, mandatory=b.mandatory)
                    self._add(sn, node)

    def _add(self, parent: Node, node: Node) -> Node:
        node.parent = parent
        node.row = len(parent.children)
        node.uid = len(self._nodes)
        self._nodes.append(node)
        parent.children.append(node)
        self._by_code[node.code] = node
        return node

    # --------------------------------------------------------------- updates from the window

    def set_assessments(self, assessments: dict[str, Assessment]) -> None:
        self.assessments = dict(assessments)
        self._changed_all()

    def set_assessment(self, assessment: Assessment) -> None:
        self.assessments[assessment.benchmark_code] = assessment
        self._changed_node(self._by_code.get(assessment.benchmark_code))

    def set_evidence(self, evidence: list[Evidence]) -> None:
        counts: dict[str, int] = {}
        for item in evidence:
            for code in item.links:
                counts[code] = counts.get(code, 0) + 1
        self.evidence_counts = counts
        self._changed_all()

    def set_language(self, lang: str) -> None:
        self.lang = lang
        self._changed_all()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.COLUMNS - 1)

    def set_target(self, level: Level) -> None:
        self.target = level
        self._changed_all()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.COLUMNS - 1)

    def _changed_all(self) -> None:
        # One layout change instead of a dataChanged per parent: views and the filter proxy
        # re-read everything once (per-parent signals cost ~1 s on a language switch).
        self.layoutAboutToBeChanged.emit()
        self.layoutChanged.emit()

    def _changed_node(self, node: Node | None) -> None:
        while node is not None and node.kind != "root":
            self.dataChanged.emit(
                self.createIndex(node.row, 0, node.uid),
                self.createIndex(node.row, self.COLUMNS - 1, node.uid),
            )
            node = node.parent

    # --------------------------------------------------------------- lookups

    def node(self, index: Index) -> Node:
        if index.isValid():
            return self._nodes[index.internalId()]
        return self.root

    def index_of(self, code: str, column: int = 0) -> QModelIndex:
        node = self._by_code.get(code)
        if node is None:
            return QModelIndex()
        return self.createIndex(node.row, column, node.uid)

    def status_of(self, code: str) -> Status:
        assessment = self.assessments.get(code)
        return assessment.status if assessment else Status.NOT_STARTED

    def _benchmarks_under(self, node: Node) -> list[Node]:
        if node.kind == "benchmark":
            return [node]
        return [b for child in node.children for b in self._benchmarks_under(child)]

    def shown_text(self, node: Node, column: int) -> str | None:
        """The cell's text (DisplayRole)."""
        benchmark = node.kind == "benchmark"
        if column == self.CODE:
            return node.code
        if column == self.TITLE:
            return node.title(self.lang)
        if column == self.STATUS:
            if benchmark:
                return status_label(self.status_of(node.code))
            done = sum(
                self.status_of(b.code) in (Status.MET, Status.NOT_APPLICABLE)
                for b in self._benchmarks_under(node)
            )
            return f"{done}/{len(self._benchmarks_under(node))}"
        if column == self.EVIDENCE and benchmark:
            return str(self.evidence_counts.get(node.code, 0))
        if column == self.MANDATORY and benchmark and node.mandatory:
            return "★" if self.target in node.mandatory else "☆"
        return None

    def size_key(self, node: Node, column: int) -> tuple[object, ...]:
        """What a cell's size hint depends on in ``data``: its text, its font (bold above the
        benchmarks) and its icon (the status's). Alignment and tooltips depend on the column
        only or do not size. Two cells of a column with the same key measure the same."""
        benchmark = node.kind == "benchmark"
        icon = self.status_of(node.code) if benchmark and column == self.STATUS else None
        return (benchmark, self.shown_text(node, column), icon)

    # --------------------------------------------------------------- QAbstractItemModel

    def index(self, row: int, column: int, parent: Index = _ROOT) -> QModelIndex:
        node = self.node(parent)
        if 0 <= row < len(node.children) and 0 <= column < self.COLUMNS:
            return self.createIndex(row, column, node.children[row].uid)
        return QModelIndex()

    def parent(self, index: Index = _ROOT) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        up = self.node(index).parent
        if up is None or up.kind == "root":
            return QModelIndex()
        return self.createIndex(up.row, 0, up.uid)

    def rowCount(self, parent: Index = _ROOT) -> int:
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self.node(parent).children)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return self.COLUMNS

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.node(index).kind == "benchmark":
            flags |= Qt.ItemFlag.ItemIsDropEnabled
        return flags

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        # The tooltip names a column whose header is cut short (the narrow status and
        # mandatory columns at 1024 px: "Stat", "Ma").
        shown = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
        if orientation != Qt.Orientation.Horizontal or role not in shown:
            return None
        return {
            self.CODE: QCoreApplication.translate("Checklist", "Code"),
            self.TITLE: QCoreApplication.translate("Checklist", "Benchmark"),
            self.STATUS: QCoreApplication.translate("Checklist", "Status"),
            self.EVIDENCE: QCoreApplication.translate("Checklist", "Evidence"),
            self.MANDATORY: QCoreApplication.translate("Checklist", "Mandatory"),
        }.get(section)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _CHECKLIST_ROLES or not index.isValid():
            return None  # the view asks for a dozen roles per cell while it lays out
        node = self.node(index)
        column = index.column()
        benchmark = node.kind == "benchmark"
        if role == CODE_ROLE:
            return node.code
        if role == KIND_ROLE:
            return node.kind
        if role == SEARCH_ROLE:
            return fold(f"{node.code} {node.title_th} {node.title_en}")
        if role == MANDATORY_ROLE:
            return node.mandatory
        if role == STATUS_ROLE:
            return self.status_of(node.code) if benchmark else None
        if role == EVIDENCE_COUNT_ROLE:
            return self.evidence_counts.get(node.code, 0) if benchmark else None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.shown_text(node, column)
        if role == Qt.ItemDataRole.DecorationRole and column == self.STATUS and benchmark:
            return status_icon(self.status_of(node.code))
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.MANDATORY and node.mandatory:
                levels = ", ".join(
                    QCoreApplication.translate("Level", level.label)
                    for level in (Level.BRONZE, Level.SILVER, Level.GOLD)
                    if level in node.mandatory
                )
                return QCoreApplication.translate("Checklist", "Mandatory for: {levels}").format(
                    levels=levels
                )
            if column == self.TITLE:
                return node.title(self.lang)
            if column == self.STATUS and benchmark:
                return status_label(self.status_of(node.code))
        if role == Qt.ItemDataRole.FontRole and node.kind != "benchmark":
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.EVIDENCE, self.MANDATORY):
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.AccessibleTextRole and column == self.MANDATORY:
            if benchmark and self.target in node.mandatory:
                return QCoreApplication.translate("Checklist", "Mandatory for the level aimed at")
        return None


class ChecklistFilter(QSortFilterProxyModel):
    """Text (Thai, English, code), status, "no evidence yet" and "mandatory for level"."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setRecursiveFilteringEnabled(True)
        self.text = ""
        self.status: Status | None = None
        self.no_evidence = False
        self.mandatory: Level | None = None

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self.text = fold(text.strip())
        self.endFilterChange()

    def set_mode(
        self,
        status: Status | None = None,
        no_evidence: bool = False,
        mandatory: Level | None = None,
    ) -> None:
        self.beginFilterChange()
        self.status, self.no_evidence, self.mandatory = status, no_evidence, mandatory
        self.endFilterChange()

    def active(self) -> bool:
        return bool(self.text or self.status or self.no_evidence or self.mandatory)

    def filterAcceptsRow(self, row: int, parent: Index) -> bool:
        # The source's nodes are read directly, not through QModelIndex.data(): faster.
        source: ChecklistModel = self.sourceModel()  # type: ignore[assignment]
        up = source.node(parent)
        node = up.children[row]
        if node.kind != "benchmark":
            return not self.active()
        code = node.code
        if self.text:
            searched = fold(f"{node.code} {node.title_th} {node.title_en}")
            while up is not None and up.kind != "root":
                searched += " " + fold(f"{up.code} {up.title_th} {up.title_en}")
                up = up.parent
            for word in self.text.split():
                if _CODE_LIKE.match(word):
                    if not code.startswith(word):
                        return False
                elif word not in searched:
                    return False
        if self.status is not None and source.status_of(code) != self.status:
            return False
        if self.no_evidence and source.evidence_counts.get(code, 0):
            return False
        return not (self.mandatory is not None and self.mandatory not in node.mandatory)


class EvidenceModel(QAbstractTableModel):
    NAME, DESCRIPTION, DATE, USED, SIZE = range(5)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.items: list[Evidence] = []

    def set_items(self, items: list[Evidence]) -> None:
        if items == self.items:
            return  # the same files (the window's first fill): no reset, no second sort
        self.beginResetModel()
        self.items = list(items)
        self.endResetModel()

    def row_of(self, evidence_id: int) -> int:
        return next((i for i, e in enumerate(self.items) if e.id == evidence_id), -1)

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 5

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            QCoreApplication.translate("Library", "Document"),
            QCoreApplication.translate("Library", "Description"),
            QCoreApplication.translate("Library", "Effective date"),
            QCoreApplication.translate("Library", "Used for"),
            QCoreApplication.translate("Library", "Size"),
        )[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self.items[index.row()]
        if role == EVIDENCE_ROLE:
            return item
        if role == SEARCH_ROLE:
            return fold(f"{item.original_name} {item.description}")
        column = index.column()
        if role == Qt.ItemDataRole.ToolTipRole and column == self.NAME and item.personal_data:
            return QCoreApplication.translate(
                "Library", "{name} (personal data: sent encrypted, never printed by name)"
            ).format(name=item.original_name)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == self.NAME:
                return item.original_name
            if column == self.DESCRIPTION:
                return item.description
            if column == self.DATE:
                return show_date(item.effective_date)
            if column == self.USED:
                if not item.links:
                    return QCoreApplication.translate("Library", "not used yet")
                return ", ".join(item.links)
            if column == self.SIZE:
                return human_size(item.size)
        if role == Qt.ItemDataRole.ForegroundRole and column == self.USED and not item.links:
            from PySide6.QtGui import QColor

            return QColor("#b26a00")
        if role == Qt.ItemDataRole.DecorationRole and column == self.NAME and item.personal_data:
            from sealdesk.ui.protected_view import lock_icon  # the office's lock, issue 18

            return lock_icon(16)
        return None


class EvidenceFilter(QSortFilterProxyModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.text = ""
        self.unlinked_only = False

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self.text = fold(text.strip())
        self.endFilterChange()

    def set_unlinked_only(self, value: bool) -> None:
        self.beginFilterChange()
        self.unlinked_only = value
        self.endFilterChange()

    def filterAcceptsRow(self, row: int, parent: Index) -> bool:
        index = self.sourceModel().index(row, 0, parent)
        if self.text and self.text not in index.data(SEARCH_ROLE):
            return False
        return not (self.unlinked_only and index.data(EVIDENCE_ROLE).links)


def human_size(size: int) -> str:
    if size < 1024:
        return QCoreApplication.translate("Library", "{n} bytes").format(n=size)
    if size < 1024 * 1024:
        return QCoreApplication.translate("Library", "{n} KB").format(n=f"{size / 1024:.0f}")
    return QCoreApplication.translate("Library", "{n} MB").format(n=f"{size / 1024 / 1024:.1f}")
