"""The action plan of one benchmark: a table of actions (done, what, who, due) with Add, Edit
and Remove, and the dialog that edits one action. All changes go through the Session."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sealdesk.domain.assessment import ActionItem, Assessment
from sealdesk.ui.session import Session
from sealdesk.ui.widgets import DateField, accept_cancel_buttons, show_date


class ActionDialog(QDialog):
    def __init__(self, parent: QWidget | None, item: ActionItem | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("BenchmarkPage", "Action"))
        form = QFormLayout(self)
        self.action = QLineEdit(item.action if item else "", self)
        self.responsible = QLineEdit(item.responsible if item else "", self)
        self.due = DateField(self)
        self.due.set_date(item.due_date if item else None)
        form.addRow(QCoreApplication.translate("BenchmarkPage", "What will be done:"), self.action)
        form.addRow(
            QCoreApplication.translate("BenchmarkPage", "Who is responsible:"), self.responsible
        )
        form.addRow(QCoreApplication.translate("BenchmarkPage", "Due:"), self.due)
        form.addRow(accept_cancel_buttons(self))
        self.resize(520, self.sizeHint().height())

    def values(self) -> dict[str, object]:
        return {
            "action": self.action.text(),
            "responsible": self.responsible.text(),
            "due_date": self.due.date(),
        }


class ActionPlan(QGroupBox):
    """The action plan box of the benchmark page."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.code: str | None = None
        self._actions: list[ActionItem] = []
        layout = QVBoxLayout(self)
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("actions")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column in (0, 2, 3):  # a few rows: measuring them is cheap
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setMinimumHeight(110)
        self.table.itemChanged.connect(self._action_checked)
        self.table.doubleClicked.connect(lambda _i: self.edit_action())
        layout.addWidget(self.table)
        buttons = QHBoxLayout()
        self.add_action_button = QPushButton(self)
        self.edit_action_button = QPushButton(self)
        self.remove_action_button = QPushButton(self)
        for button in (self.add_action_button, self.edit_action_button, self.remove_action_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.add_action_button.clicked.connect(self.add_action)
        self.edit_action_button.clicked.connect(self.edit_action)
        self.remove_action_button.clicked.connect(self.remove_action)

    def retranslate(self) -> None:
        self.setTitle(QCoreApplication.translate("BenchmarkPage", "Action plan"))
        self.table.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("BenchmarkPage", "Done"),
                QCoreApplication.translate("BenchmarkPage", "Action"),
                QCoreApplication.translate("BenchmarkPage", "Responsible"),
                QCoreApplication.translate("BenchmarkPage", "Due"),
            ]
        )
        self.table.setAccessibleName(QCoreApplication.translate("BenchmarkPage", "Action plan"))
        self.add_action_button.setText(
            QCoreApplication.translate("BenchmarkPage", "Add a&ction...")
        )
        self.edit_action_button.setText(QCoreApplication.translate("BenchmarkPage", "E&dit..."))
        self.remove_action_button.setText(QCoreApplication.translate("BenchmarkPage", "Re&move"))

    def show_actions(self, code: str | None, assessment: Assessment) -> None:
        self.code = code
        self.table.blockSignals(True)
        self.table.setRowCount(len(assessment.actions))
        for row, item in enumerate(assessment.actions):
            done = QTableWidgetItem()
            done.setFlags(
                Qt.ItemFlag.ItemIsUserCheckable
                | Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
            )
            done.setCheckState(Qt.CheckState.Checked if item.done else Qt.CheckState.Unchecked)
            done.setData(Qt.ItemDataRole.UserRole, item.id)
            self.table.setItem(row, 0, done)
            self.table.setItem(row, 1, QTableWidgetItem(item.action))
            self.table.setItem(row, 2, QTableWidgetItem(item.responsible))
            self.table.setItem(row, 3, QTableWidgetItem(show_date(item.due_date)))
        self.table.blockSignals(False)
        self._actions = list(assessment.actions)

    def _selected_action(self) -> ActionItem | None:
        row = self.table.currentRow()
        return self._actions[row] if 0 <= row < len(self._actions) else None

    def add_action(self) -> None:
        code = self.code
        if not code:
            return
        dialog = ActionDialog(self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            values = dialog.values()
            self.session.run(lambda _ws: self.session.add_action(code, **values), parent=self)

    def edit_action(self) -> None:
        item, code = self._selected_action(), self.code
        if item is None or not code:
            return
        dialog = ActionDialog(self, item)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            values = dialog.values()
            self.session.run(
                lambda _ws: self.session.update_action(code, item.id, **values), parent=self
            )

    def remove_action(self) -> None:
        item, code = self._selected_action(), self.code
        if item is not None and code:
            self.session.run(lambda _ws: self.session.remove_action(code, item.id), parent=self)

    def _action_checked(self, cell: QTableWidgetItem) -> None:
        code = self.code
        if cell.column() != 0 or not code:
            return
        done = cell.checkState() == Qt.CheckState.Checked
        action_id = cell.data(Qt.ItemDataRole.UserRole)
        self.session.run(
            lambda _ws: self.session.update_action(code, action_id, done=done), parent=self
        )
