"""The audit log in the app (Tools > Audit log): every recorded change, newest first, with who
made it, when (Buddhist Era in Thai) and what changed, filtered as the clerk types.

The log is read through ``ws.audit_log`` (services/audit.py); the last ``LIMIT`` events are
shown (a round's work is a few thousand events at most), and the count says when there are
more. Action codes are shown in words; a code this version does not know is shown as it is.
"""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sealdesk.domain.assessment import AuditEvent
from sealdesk.errors import QT_TRANSLATE_NOOP
from sealdesk.ui import i18n
from sealdesk.ui.dialog_fit import fit_to_screen
from sealdesk.ui.session import Session

LIMIT = 5000

ACTIONS = {
    "workspace.create": QT_TRANSLATE_NOOP("AuditLog", "Workspace created"),
    "workspace.backup": QT_TRANSLATE_NOOP("AuditLog", "Backup made"),
    "round.add": QT_TRANSLATE_NOOP("AuditLog", "Round started"),
    "catalog.import": QT_TRANSLATE_NOOP("AuditLog", "Catalog edition imported"),
    "assessment.update": QT_TRANSLATE_NOOP("AuditLog", "Assessment changed"),
    "action.add": QT_TRANSLATE_NOOP("AuditLog", "Action added"),
    "action.update": QT_TRANSLATE_NOOP("AuditLog", "Action changed"),
    "action.remove": QT_TRANSLATE_NOOP("AuditLog", "Action removed"),
    "evidence.add": QT_TRANSLATE_NOOP("AuditLog", "Evidence added"),
    "evidence.update": QT_TRANSLATE_NOOP("AuditLog", "Evidence details changed"),
    "evidence.link": QT_TRANSLATE_NOOP("AuditLog", "Evidence linked"),
    "evidence.unlink": QT_TRANSLATE_NOOP("AuditLog", "Evidence unlinked"),
    "evidence.remove": QT_TRANSLATE_NOOP("AuditLog", "Evidence removed"),
    "setting.set": QT_TRANSLATE_NOOP("AuditLog", "Setting changed"),
    "key.passphrase": QT_TRANSLATE_NOOP("AuditLog", "Key passphrase changed"),
    "bundle.export": QT_TRANSLATE_NOOP("AuditLog", "Bundle exported"),
}

COLUMNS = (
    QT_TRANSLATE_NOOP("AuditLog", "When"),
    QT_TRANSLATE_NOOP("AuditLog", "Clerk"),
    QT_TRANSLATE_NOOP("AuditLog", "What"),
    QT_TRANSLATE_NOOP("AuditLog", "Item"),
    QT_TRANSLATE_NOOP("AuditLog", "Change"),
)
MAX_CHANGE_CHARS = 160


def action_text(action: str) -> str:
    template = ACTIONS.get(action)
    return QCoreApplication.translate("AuditLog", template) if template else action


def change_text(before: dict[str, Any] | None, after: dict[str, Any] | None) -> str:
    """The changed fields as "field: before → after" (values as stored: they are data)."""
    before, after = before or {}, after or {}
    parts = []
    for key in dict.fromkeys([*before, *after]):
        old, new = before.get(key), after.get(key)
        if key in before and key in after:
            if old == new:
                continue  # a whole record was logged: show what changed
            parts.append(f"{key}: {_value(old)} → {_value(new)}")
        elif key in after:
            parts.append(f"{key}: {_value(new)}")
        else:
            parts.append(f"{key}: {_value(old)} → —")
    return "; ".join(parts)


def item_names(events: list[AuditEvent]) -> dict[tuple[str, str], str]:
    """What the clerk calls each item: an evidence file's name (its key is the hash), an
    action's text (its key is a number), from the events that created or changed them."""
    names: dict[tuple[str, str], str] = {}
    for event in events:
        after = event.after or {}
        if event.entity == "evidence" and isinstance(after.get("name"), str):
            names[("evidence", event.entity_key)] = after["name"]
        elif event.entity == "action_item" and isinstance(after.get("action"), str):
            names[("action_item", event.entity_key)] = after["action"]
    return names


def _value(value: Any) -> str:
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return " ".join(text.split())


class AuditLogDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("auditLogDialog")
        self.setWindowTitle(QCoreApplication.translate("AuditLog", "Audit log"))
        layout = QVBoxLayout(self)
        everything = session.query(lambda ws: ws.audit_log())
        self.total = len(everything)
        self.events: list[AuditEvent] = list(reversed(everything[-LIMIT:]))
        names = item_names(everything)
        top = QHBoxLayout()
        self.search = QLineEdit(self)
        self.search.setObjectName("auditSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(
            QCoreApplication.translate("AuditLog", "Filter by clerk, item or change")
        )
        self.search.textChanged.connect(self._filter)
        search_label = QLabel(QCoreApplication.translate("AuditLog", "&Filter:"), self)
        search_label.setBuddy(self.search)
        top.addWidget(search_label)
        top.addWidget(self.search, 1)
        layout.addLayout(top)
        self.table = QTableWidget(len(self.events), len(COLUMNS), self)
        self.table.setObjectName("auditTable")
        self.table.setHorizontalHeaderLabels(
            [QCoreApplication.translate("AuditLog", c) for c in COLUMNS]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        for row, event in enumerate(self.events):
            change = change_text(event.before, event.after)
            cells = (
                f"{i18n.short_date(event.at)} {event.at:%H:%M}",
                event.actor,
                action_text(event.action),
                names.get((event.entity, event.entity_key), event.entity_key),
                change if len(change) <= MAX_CHANGE_CHARS else change[:MAX_CHANGE_CHARS] + "…",
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 4 and text != change:
                    item.setToolTip(change)
                if column == 3 and text != event.entity_key:
                    item.setToolTip(event.entity_key)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(3, min(self.table.columnWidth(3), 280))
        layout.addWidget(self.table, 1)
        self.count = QLabel(self)
        self.count.setObjectName("auditCount")
        layout.addWidget(self.count)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._filter("")
        fit_to_screen(self, 1000, 640)
        self.search.setFocus(Qt.FocusReason.OtherFocusReason)

    def _filter(self, text: str) -> None:
        needle = text.strip().casefold()
        shown = 0
        for row in range(self.table.rowCount()):
            cells = (self.table.item(row, c) for c in range(self.table.columnCount()))
            match = not needle or any(
                needle in f"{cell.text()} {cell.toolTip()}".casefold() for cell in cells if cell
            )
            self.table.setRowHidden(row, not match)
            shown += match
        self.count.setText(
            QCoreApplication.translate(
                "AuditLog", "Showing {shown} of the latest {loaded} events ({total} recorded)."
            ).format(shown=shown, loaded=len(self.events), total=self.total)
        )

    def visible_rows(self) -> list[list[str]]:
        """The rows shown now, as text (for tests and screen readers' summaries)."""
        return [
            [self.table.item(row, c).text() for c in range(self.table.columnCount())]
            for row in range(self.table.rowCount())
            if not self.table.isRowHidden(row)
        ]
