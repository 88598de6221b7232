"""The checklist's tree view and its delegates: titles on two lines broken between words,
statuses that shrink to their icon, files dropped on a benchmark, and the columns measured
one distinct cell at a time (used by the checklist pane, ui/checklist.py)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QDragEnterEvent,
    QDropEvent,
    QFont,
    QFontMetrics,
    QFontMetricsF,
    QPainter,
    QPaintEvent,
    QPalette,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QWidget,
)

from sealdesk.thaiwords.known import save_known
from sealdesk.ui.models import CODE_ROLE, KIND_ROLE, ChecklistFilter, ChecklistModel, Node
from sealdesk.ui.thaiwrap import lines
from sealdesk.ui.widgets import local_files


class TitleDelegate(QStyledItemDelegate):
    """Draws a benchmark title on two lines broken between words (Thai dictionary words), the
    second elided between clusters if the title is longer; the row's tooltip has it whole.
    Qt's own elision cut titles mid-word ("สำนักงานเขตมีแ…") and, on a narrow pane, to a few
    letters."""

    LINES = 2

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._cache: dict[tuple[str, int, str], list[str]] = {}

    def title_lines(self, text: str, font: QFont, width: int) -> list[str]:
        key = (text, width, font.key())
        found = self._cache.get(key)
        if found is None:
            if len(self._cache) > 4000:
                self._cache.clear()
            found = self._cache[key] = lines(text, QFontMetrics(font), width, self.LINES)
        return found

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = opt.text
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, widget)
        rect = rect.adjusted(2, 0, -2, 0)
        rows = self.title_lines(text, opt.font, rect.width())
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        metrics = QFontMetrics(opt.font)
        step = metrics.lineSpacing()
        y = rect.top() + (rect.height() - step * len(rows)) // 2
        painter.save()
        painter.setFont(opt.font)
        painter.setPen(opt.palette.color(role))
        for row in rows:
            painter.drawText(
                QRect(rect.left(), y, rect.width(), step),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                row,
            )
            y += step
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        metrics = QFontMetrics(option.font)
        size.setHeight(max(size.height(), metrics.lineSpacing() * self.LINES + 6))
        size.setWidth(min(size.width(), metrics.averageCharWidth() * 24))
        return size


class StatusDelegate(QStyledItemDelegate):
    """The status column: the icon and the status's name, or only the icon (the name is in
    the tooltip) when the pane is too narrow, so the titles keep their room."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        super().initStyleOption(option, index)
        metrics = QFontMetrics(option.font)
        needed = metrics.horizontalAdvance(option.text) + option.decorationSize.width() + 12
        if needed > option.rect.width():
            option.text = ""


class ChecklistView(QTreeView):
    """The checklist tree; files dropped on a benchmark row are linked to that benchmark."""

    files_dropped = Signal(str, list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.setDropIndicatorShown(True)

    def sizeHintForColumn(self, column: int) -> int:
        """What QTreeView's own gives (the widest cell of the rows shown, the tree's column with
        its indentation), from :meth:`column_hints`."""
        return self.column_hints((column,))[column]

    def column_hints(self, columns: Sequence[int]) -> dict[int, int]:
        """QTreeView.sizeHintForColumn of each column, from one pass over the rows shown and
        every distinct cell measured once. Qt's asks the delegate for every row, and each asks
        the Python model a dozen roles through the filter: ~13,000 Python calls per start.
        Cells of a column with the same ``size_key`` (text, bold, icon) measure the same; in
        the tree's column, codes of the same depth, font and advance."""
        proxy = self.model()
        source = proxy.sourceModel() if isinstance(proxy, ChecklistFilter) else None
        precision = self.header().resizeContentsPrecision()
        if not isinstance(source, ChecklistModel) or precision == 0:
            return {column: super().sizeHintForColumn(column) for column in columns}
        # The rows shown, in the view's order (its own list: collapsed and hidden rows left out).
        shown: list[tuple[Node, QModelIndex]] = []
        index = proxy.index(0, 0)
        if index.isValid() and self.isRowHidden(0, QModelIndex()):
            index = self.indexBelow(index)  # the first row shown
        while index.isValid():
            shown.append((source.node(proxy.mapToSource(index)), index))
            index = self.indexBelow(index)
        if not shown:
            return dict.fromkeys(columns, -1)
        if 0 < precision < len(shown):  # Qt measures only some rows then: let it choose which
            return {column: super().sizeHintForColumn(column) for column in columns}
        self.ensurePolished()
        option = QStyleOptionViewItem()
        self.initViewItemOption(option)
        tree = self.treePosition()
        tree = self.header().logicalIndex(0) if tree < 0 else tree
        root = 1 if self.rootIsDecorated() else 0
        bold = QFont(option.font)
        bold.setBold(True)
        advance = (
            QFontMetricsF(bold).horizontalAdvance,
            QFontMetricsF(option.font).horizontalAdvance,
        )
        hints: dict[int, int] = {}
        for column in columns:
            cells: dict[tuple[object, ...], tuple[int, QModelIndex]] = {}  # key: (indent, cell)
            for node, index in shown:
                key = source.size_key(node, column)
                extra = 0
                if column == tree:
                    level = node.depth()
                    benchmark, text, _icon = key
                    key = (level, benchmark, advance[benchmark](text or ""))
                    extra = self.indentation() * (level + root)
                if key not in cells:
                    cells[key] = (extra, index)
            width = 0
            for extra, index in cells.values():
                cell = index.siblingAtColumn(column)
                delegate = self.itemDelegateForIndex(cell)
                width = max(width, delegate.sizeHint(option, cell).width() + extra)
            hints[column] = width
        return hints

    def fit_to_contents(self, columns: Sequence[int]) -> None:
        """resizeColumnToContents for each column (each as wide as its widest cell or its
        header), measured in one pass (:meth:`column_hints`)."""
        header = self.header()
        columns = [c for c in columns if 0 <= c < header.count()]
        hints = self.column_hints(columns)
        for column in columns:
            title = 0 if header.isHidden() else header.sectionSizeHint(column)
            header.resizeSection(column, max(hints[column], title))

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        save_known()  # the words of titles segmented for the first time, for the next start

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
