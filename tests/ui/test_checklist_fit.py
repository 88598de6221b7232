"""The checklist's column fitting measures each distinct cell once (ChecklistView's
sizeHintForColumn) and gives exactly the widths QTreeView's own measure of every row gave, over
many random checklists: statuses, evidence counts, levels, Thai and English, fonts and sizes,
collapsed parts and filters."""

from __future__ import annotations

import random
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QModelIndex
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QTreeView

from sealdesk.domain.status import LEVELS, Status
from sealdesk.ui import i18n
from sealdesk.ui.checklist import ChecklistPane, ChecklistView
from sealdesk.ui.mainwindow import MainWindow
from sealdesk.ui.models import ChecklistModel

THAI = "กขคงจฉชซญดตถทธนบปผพฟภมยรลวศสหอฮะัาำิีึืุูเแโใไ่้๊๋็์"
ENGLISH = "abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ-"


def _title(rng: random.Random) -> SimpleNamespace:
    def text(letters: str) -> str:
        return "".join(rng.choice(letters) for _ in range(rng.randint(1, 60))).strip() or "x"

    return SimpleNamespace(th=text(THAI), en=text(ENGLISH))


def random_catalog(rng: random.Random) -> SimpleNamespace:
    """A catalog as ChecklistModel reads one: dimensions, standards, benchmarks; codes of one to
    three digits per part (wider and narrower codes at each depth)."""

    def part() -> str:
        return str(rng.choice([rng.randint(1, 9), rng.randint(1, 99), rng.randint(1, 999)]))

    dimensions = []
    for _ in range(rng.randint(1, 6)):
        d_code = part()
        standards = []
        for _ in range(rng.randint(0, 4)):
            s_code = f"{d_code}.{part()}"
            benchmarks = tuple(
                SimpleNamespace(
                    code=f"{s_code}.{part()}",
                    title=_title(rng),
                    mandatory=frozenset(rng.sample(list(LEVELS), rng.randint(0, len(LEVELS)))),
                )
                for _ in range(rng.randint(0, 6))
            )
            standards.append(SimpleNamespace(code=s_code, title=_title(rng), benchmarks=benchmarks))
        dimensions.append(SimpleNamespace(code=d_code, title=_title(rng), standards=standards))
    return SimpleNamespace(dimensions=tuple(dimensions))


def _widths(view: ChecklistView) -> list[int]:
    columns = range(ChecklistModel.COLUMNS)
    one_pass = view.column_hints(columns)
    assert [view.sizeHintForColumn(column) for column in columns] == list(one_pass.values())
    return [one_pass[column] for column in columns]


def _qt_widths(view: QTreeView) -> list[int]:
    return [QTreeView.sizeHintForColumn(view, column) for column in range(ChecklistModel.COLUMNS)]


@pytest.mark.parametrize("lang", ["th", "en"])
def test_distinct_cells_give_qt_s_widths_on_random_checklists(
    qtbot, window: MainWindow, lang: str
) -> None:
    window.set_language(lang)
    pane: ChecklistPane = window.checklist
    view = pane.tree
    assert isinstance(view, ChecklistView)
    model = pane.model
    rng = random.Random(f"fit-{lang}")
    fonts = ["Sarabun", "Noto Sans Thai", "DejaVu Sans", ""]
    compared = 0
    for _ in range(60):
        catalog = random_catalog(rng)
        model.set_catalog(catalog)
        codes = [b.code for d in catalog.dimensions for s in d.standards for b in s.benchmarks]
        model.set_assessments(
            {
                code: SimpleNamespace(benchmark_code=code, status=rng.choice(list(Status)))
                for code in codes
                if rng.random() < 0.7
            }
        )
        model.evidence_counts = {
            code: rng.choice([0, 1, 2, 9, 10, 11, 99, 100, 1000]) for code in codes
        }
        model.set_target(rng.choice(list(LEVELS)))
        font = QFont(fonts[rng.randrange(len(fonts))] or view.font().family())
        font.setPointSizeF(rng.choice([7.5, 9, 10, 11, 13.5, 16]))
        font.setBold(rng.random() < 0.15)
        view.setFont(font)
        view.setRootIsDecorated(rng.random() < 0.8)
        view.setIndentation(rng.choice([0, 14, 20]))
        choice = rng.random()
        if choice < 0.2:
            pane.set_show_filter("status", rng.choice(list(Status)).value)
        elif choice < 0.3:
            pane.set_show_filter("no_evidence")
        else:
            pane.set_show_filter("all")
        view.expandAll()
        for row in range(pane.proxy.rowCount()):  # collapse or hide some dimensions
            if rng.random() < 0.2:
                view.collapse(pane.proxy.index(row, 0))
            view.setRowHidden(row, QModelIndex(), rng.random() < 0.1)
        assert _widths(view) == _qt_widths(view)
        compared += 1
    assert compared == 60


def _fit(pane: ChecklistPane) -> tuple[list[int], bool]:
    """The columns' widths and whether the evidence column is hidden, fitted from scratch."""
    tree = pane.tree
    tree.setColumnHidden(ChecklistModel.EVIDENCE, False)
    for column in range(ChecklistModel.COLUMNS):
        if column != ChecklistModel.TITLE:
            tree.setColumnWidth(column, 1)
    pane.fit_columns()
    widths = [tree.columnWidth(c) for c in range(ChecklistModel.COLUMNS)]
    return widths, tree.isColumnHidden(ChecklistModel.EVIDENCE)


def test_fit_columns_sets_the_widths_qt_s_measure_set(
    qtbot, qapp, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The whole fitting (the columns resized to their contents, then the titles' share) gives
    the same column widths with the new measure as with Qt's, at several pane widths."""
    pane = window.checklist
    rng = random.Random("fit-columns")
    hidden = set()
    tree = pane.tree
    measured: list[int] = []

    def qt_measure(column: int) -> int:
        measured.append(column)
        return QTreeView.sizeHintForColumn(tree, column)

    def qt_hints(columns: list[int]) -> dict[int, int]:
        return {column: qt_measure(column) for column in columns}

    def qt_fit(columns: list[int]) -> None:
        for column in columns:
            QTreeView.resizeColumnToContents(tree, column)

    for lang in ("th", "en"):
        window.set_language(lang)
        assert i18n.current() == lang
        for _ in range(10):
            pane.model.set_catalog(random_catalog(rng))
            pane.tree.expandAll()
            window.splitter.setSizes([rng.randint(150, 700), 600])
            qapp.processEvents()
            with monkeypatch.context() as patch:
                measured.clear()
                # attributes of the instance: Qt's resizeColumnToContents calls them too
                patch.setattr(tree, "sizeHintForColumn", qt_measure)
                patch.setattr(tree, "column_hints", qt_hints)
                patch.setattr(tree, "fit_to_contents", qt_fit)
                old = _fit(pane)
                assert set(measured) == {
                    ChecklistModel.CODE,
                    ChecklistModel.STATUS,
                    ChecklistModel.EVIDENCE,
                    ChecklistModel.MANDATORY,
                }
            assert _fit(pane) == old
            hidden.add(old[1])
    assert hidden == {True, False}  # narrow and wide panes were both compared
