"""The round controller: File > Assessment round (switch, start a new round, import a new
catalog edition) and where the round shown is remembered.

The Session owns the round shown; switching updates every view in place through its
``round_changed`` signal. Which round the clerk looked at is navigation state, kept in
QSettings under the workspace's key, never in the audited workspace settings: looking at
another round records nothing in the workspace.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QSettings
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QMenu, QMessageBox, QWidget

from sealdesk.domain.thaidate import ROUND_YEAR_MAX_BE, ROUND_YEAR_MIN_BE, current_round_be
from sealdesk.ui.errors import show_info
from sealdesk.ui.session import Session

if TYPE_CHECKING:
    from sealdesk.services.workspace import Workspace

ROUND_KEY = "round"
LEGACY_ROUND_SETTING = "ui.round"  # where earlier versions kept it (now only read)


def saved_round(ui_key: str, legacy: Callable[[], str | None] = lambda: None) -> int | None:
    """The round shown last in this workspace (``ui_key`` is ``Session.ui_key``); ``legacy``
    reads where earlier versions kept it, used only when QSettings knows nothing yet."""
    value = QSettings().value(f"{ui_key}/{ROUND_KEY}")
    text = str(value) if value is not None else (legacy() or "")
    return int(text) if text.isdigit() else None


def remember_round(ui_key: str, round_be: int) -> None:
    QSettings().setValue(f"{ui_key}/{ROUND_KEY}", round_be)


class RoundController(QObject):
    """Keeps the round menu true to the workspace's rounds and switches the round shown.

    ``save_work`` is called before anything changes the round shown (e.g. to save a narrative
    being typed).
    """

    def __init__(
        self,
        session: Session,
        parent: QWidget,
        save_work: Callable[[], None] = lambda: None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.menu = QMenu(parent)
        self.window = parent
        self.save_work = save_work
        self.actions: dict[int, QAction] = {}
        self.group = QActionGroup(self)
        self.new_round_action = QAction(parent)
        self.new_round_action.triggered.connect(self.start_new_round)
        self.catalog_action = QAction(parent)
        self.catalog_action.triggered.connect(self.choose_catalog)
        self._fill_menu()
        session.rounds_changed.connect(self._fill_menu)
        session.round_changed.connect(self._round_changed)
        remember_round(session.ui_key, session.round)

    def _fill_menu(self) -> None:
        for action in self.actions.values():
            self.group.removeAction(action)
            action.deleteLater()
        self.menu.clear()
        self.actions = {}
        for year in self.session.rounds():
            action = QAction(str(year), self.window, checkable=True)
            action.setChecked(year == self.session.round)
            action.triggered.connect(lambda _checked=False, y=year: self.switch_round(y))
            self.group.addAction(action)
            self.menu.addAction(action)
            self.actions[year] = action
        self.menu.addSeparator()
        self.menu.addAction(self.new_round_action)

    def _round_changed(self, round_be: int) -> None:
        if round_be in self.actions:
            self.actions[round_be].setChecked(True)
        remember_round(self.session.ui_key, round_be)

    def retranslate(self) -> None:
        self.menu.setTitle(QCoreApplication.translate("MainWindow", "Assessment &round"))
        self.new_round_action.setText(
            QCoreApplication.translate("MainWindow", "Start a &new round...")
        )
        self.catalog_action.setText(
            QCoreApplication.translate("MainWindow", "&Import a new catalog edition...")
        )

    # ------------------------------------------------------------------ switching

    def switch_round(self, round_be: int) -> None:
        """Shows ``round_be`` (its catalog edition may differ) in every view."""
        if round_be == self.session.round:
            return
        self.save_work()
        self.session.set_round(round_be)

    def start_new_round(self) -> int | None:
        """Asks for the year, starts the round and shows it; its year, or None."""
        latest = max(self.session.rounds())
        year, ok = QInputDialog.getInt(
            self.window,
            QCoreApplication.translate("MainWindow", "New assessment round"),
            QCoreApplication.translate(
                "MainWindow",
                "Buddhist-Era year of the new round (it starts with the catalog of round {round}):",
            ).format(round=latest),
            max(current_round_be(), latest + 1),
            ROUND_YEAR_MIN_BE,
            ROUND_YEAR_MAX_BE,
        )
        if not ok:
            return None

        def add(ws: Workspace) -> bool:
            ws.add_round(year)
            return True

        if not self.session.run(add, parent=self.window):
            return None
        self.switch_round(year)
        return year

    # ------------------------------------------------------------------ catalog editions

    def choose_catalog(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self.window,
            QCoreApplication.translate("MainWindow", "Catalog from the coordinating office"),
            "",
            QCoreApplication.translate(
                "MainWindow", "Signed catalog editions (*.zip);;Practice catalogs (*.toml)"
            ),
        )
        if name:
            self.preview_catalog(Path(name))

    def preview_catalog(self, path: Path) -> QDialog | None:
        """Shows what the file is and changes (issue 17) before ``import_catalog``."""
        from sealdesk.ui.catalog_edition import preview_import

        return preview_import(self.session, self.window, path, self.import_catalog)

    def import_catalog(self, path: Path) -> QMessageBox | None:
        """Switches the round shown to another catalog edition; work whose benchmark code
        remains is kept, and the clerk is told (in the box returned) which assessments and
        links no longer match. None when the catalog could not be imported."""
        self.save_work()
        round_be = self.session.round
        report = self.session.run(lambda ws: ws.import_catalog(path, round_be), parent=self.window)
        if report is None:
            return None
        lines = [
            QCoreApplication.translate(
                "MainWindow",
                "Round {round} now uses the catalog {new}. Kept: {kept} assessments and "
                "{links} evidence links.",
            ).format(
                round=round_be,
                new=report.new_edition,
                kept=report.kept_assessments,
                links=report.kept_links,
            )
        ]
        if report.unmatched_assessments or report.unmatched_links:
            codes = sorted(
                {*report.unmatched_assessments, *(code for _, code in report.unmatched_links)}
            )
            lines.append(
                QCoreApplication.translate(
                    "MainWindow",
                    "These benchmarks are not in the new edition; their work is kept in the "
                    "workspace but no longer shown: {codes}",
                ).format(codes=", ".join(codes))
            )
        return show_info(self.window, "\n\n".join(lines))
