"""The Session of the app's start (issue 13): it starts on the first look
(services/first_look.py: what the first window shows, read with plain sqlite3 before the store
is imported) and takes the workspace when it is opened, after the window's first paint.

Until then it answers only the reads the first look holds; anything else -- ``query``, ``run``,
``job``, every change, a read the first look does not hold -- opens the workspace first
(``load``, under a wait cursor), so a click or a key made early is done, never refused. When
the workspace is attached, what the window shows is read again: if another process changed
it meanwhile, every view re-reads; if not, nothing on screen moves.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication

from sealdesk.domain.assessment import Assessment
from sealdesk.domain.backup import BackupStatus
from sealdesk.domain.status import Level
from sealdesk.services.first_look import FirstLook
from sealdesk.ui.session import TARGET_SETTING, Session

if TYPE_CHECKING:
    from sealdesk.domain.editions import CatalogRef
    from sealdesk.services.workspace import Workspace


class LookSession(Session):
    """A Session on a first look until ``attach`` (or ``load``, which calls ``opener``)."""

    def __init__(
        self, look: FirstLook, opener: Callable[[], Workspace], parent: QObject | None = None
    ) -> None:
        super().__init__(None, parent=parent)
        self._look: FirstLook | None = look
        self._opener: Callable[[], Workspace] | None = opener
        self._round, self._catalog = look.round_be, look.catalog
        self._evidence = list(look.evidence)

    # ------------------------------------------------------------------ the workspace

    def load(self) -> Workspace:
        """The open workspace; opens it now if it is not open yet (a wait cursor meanwhile)."""
        if self._ws is None:
            assert self._opener is not None
            QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                self.attach(self._opener())
            finally:
                QGuiApplication.restoreOverrideCursor()
        return super().load()

    def attach(self, ws: Workspace) -> None:
        """Swaps the open workspace in for the first look. What the first window showed is read
        again at once; when another process changed it meanwhile, every view re-reads (just
        after, so a change the caller is making goes through first), else nothing moves."""
        look = self._look
        if self._ws is not None or look is None:
            return
        self._subscribe(ws)
        self._look = self._opener = None
        fresh_evidence = ws.evidence_list(self._round)
        catalog = ws.catalog(self._round)
        same = (
            tuple(ws.rounds()) == look.rounds
            and catalog == look.catalog
            and catalog.signed_by == look.catalog.signed_by
            and ws.assessments(self._round) == dict(look.assessments)
            and fresh_evidence == list(look.evidence)
            and ws.get_setting(TARGET_SETTING) == look.setting(TARGET_SETTING)
            and ws.actor == look.setting("clerk", ws.actor)
            and tuple(ws.feedback_list(self._round)) == look.feedback
            and tuple(ws.open_feedback(self._round)) == look.open_feedback
            and ws.office_catalog_notice(self._round) == look.edition_notice
        )
        self._evidence = fresh_evidence
        if not same:
            QTimer.singleShot(0, self, self._reread)
        self.attached.emit()

    def _reread(self) -> None:
        """Every view shows the workspace again (another process changed it); the undo steps
        of a change made meanwhile stay."""
        self._catalog = self.load().catalog(self._round)
        self._evidence = None
        self.rounds_changed.emit()
        self.round_changed.emit(self._round)
        self.evidence_changed.emit()
        self.target_changed.emit(self.target)

    # ------------------------------------------------------------------ reads the look holds

    def rounds(self) -> list[int]:
        return list(self._look.rounds) if self._look is not None else super().rounds()

    @property
    def workspace_path(self) -> Path:
        return self._look.path if self._look is not None else super().workspace_path

    def district_name(self, lang: str) -> str:
        if self._look is not None:
            return self._look.district.name(lang)
        return super().district_name(lang)

    @property
    def clerk(self) -> str:
        if self._look is not None and self._look.setting("clerk"):
            return str(self._look.setting("clerk"))
        return super().clerk

    def assessments(self) -> dict[str, Assessment]:
        return dict(self._look.assessments) if self._look is not None else super().assessments()

    def assessment(self, code: str) -> Assessment:
        if self._look is not None and code in self._look.assessments:
            return self._look.assessments[code]
        return super().assessment(code)

    def forget_cache(self) -> None:
        super().forget_cache()
        if self._look is not None:
            self._evidence = list(self._look.evidence)

    def coverage(self, code: str) -> dict[int, tuple[int, ...]]:
        return self._look.coverage_of(code) if self._look is not None else super().coverage(code)

    def backup_status(self) -> BackupStatus:
        return self._look.backup if self._look is not None else super().backup_status()

    def office_edition_notice(self) -> CatalogRef | None:
        if self._look is not None:
            return self._look.edition_notice
        return super().office_edition_notice()

    def feedback_list(self) -> tuple:
        return self._look.feedback if self._look is not None else super().feedback_list()

    def open_feedback(self) -> tuple:
        return self._look.open_feedback if self._look is not None else super().open_feedback()

    @property
    def target(self) -> Level:
        if self._look is None:
            return super().target
        try:
            return Level(self._look.setting(TARGET_SETTING) or Level.BRONZE.value)
        except ValueError:
            return Level.BRONZE
