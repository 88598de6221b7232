"""The UI's view of one open workspace: Workspace calls, undo, and change notifications.

Like Anki's operations, every change goes through here; after it, one signal tells every view
what changed, so views never call each other. Slow work (importing files) runs as a Job.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QWidget

from sealdesk.domain.assessment import Assessment, Evidence, EvidenceAdded
from sealdesk.domain.backup import BackupStatus
from sealdesk.domain.catalog import Catalog
from sealdesk.domain.status import Level, Status
from sealdesk.errors import SealDeskError
from sealdesk.progress import Cancelled as ImportCancelled
from sealdesk.ui import i18n
from sealdesk.ui.jobs import Job

if TYPE_CHECKING:  # the store is imported when the workspace opens, after the first paint
    from sealdesk.domain.editions import CatalogRef
    from sealdesk.events import Event
    from sealdesk.services.workspace import Workspace

T = TypeVar("T")
ADDED_DOCUMENTS = "Added %n documents."
"""A plural message (``numerus="yes"``): "Added 1 document.", "Added 3 documents."."""


def _lupdate_marks() -> None:  # pragma: no cover - never called
    """pyside6-lupdate marks a message plural only when it is translated with a literal
    number, so the plural messages above are written here once more for it (a test keeps
    both the same)."""
    QCoreApplication.translate("Evidence", "Added %n documents.", None, 1)


TARGET_SETTING = "target_level"  # the level aimed at: a workspace setting, shared by all


@dataclass
class ImportOutcome:
    codes: tuple[str, ...]
    added: list[EvidenceAdded] = field(default_factory=list)
    failed: list[tuple[str, SealDeskError]] = field(default_factory=list)
    cancelled: bool = False


def ui_key(workspace_path: Path) -> str:
    """The QSettings group of one workspace's navigation state (round shown, last benchmark)."""
    key = hashlib.sha256(str(Path(workspace_path).resolve()).encode()).hexdigest()[:16]
    return f"workspaces/{key}"


class Session(QObject):
    """The only bridge between the Qt-free services and the widgets.

    The workspace announces every change on its event bus, from whatever thread made it (the
    GUI, the inbox watcher, an import job); the Session re-emits each event as a Qt signal on
    the GUI thread (queued when it comes from another thread), so views update in one way only:
    the Session's change methods call the services and emit nothing themselves.

    The Session also owns the round shown: ``round`` and ``catalog`` follow ``set_round``, and
    ``round_changed`` tells every view to re-read what it shows (also when the catalog edition
    of the round shown was replaced).
    """

    _published = Signal(object)  # an Event, emitted on the publishing thread
    event = Signal(object)  # every sealdesk.events.Event, on the GUI thread
    assessment_changed = Signal(object)  # Assessment
    evidence_changed = Signal()
    inbox_changed = Signal()  # the inbox took in, failed or set aside a file
    rounds_changed = Signal()  # a round was added or its catalog edition replaced
    round_changed = Signal(int)  # the round shown (or its catalog edition) changed
    setting_changed = Signal(str)  # the key of a workspace setting
    exports_changed = Signal()  # a bundle was exported and recorded
    bundles_received = Signal(object)  # BundlesReceived: the office took in or quarantined bundles
    trust_changed = Signal(str)  # the key id enrolled, revoked, trusted or removed
    review_changed = Signal(object)  # ReviewChanged: a verdict or a review state at the office
    feedback_changed = Signal(object)  # FeedbackChanged: feedback imported, or an action taken
    save_state = Signal(bool)  # True = every change saved
    notice = Signal(str)  # a one-line, non-blocking message for the user
    open_benchmark = Signal(str)
    target_changed = Signal(object)  # Level

    attached = Signal()  # the workspace was opened (a LookSession, ui/look_session.py)

    def __init__(
        self, ws: Workspace | None, round_be: int | None = None, parent: QObject | None = None
    ) -> None:
        """On the open workspace ``ws`` (None only for a LookSession, which opens it later)."""
        super().__init__(parent)
        self._ws: Workspace | None = None
        self._unsubscribe: Callable[[], None] = lambda: None
        self.undo = QUndoStack(self)
        self._pending: set[str] = set()
        self._evidence: list[Evidence] | None = None
        # Auto connection: direct when published on the GUI thread, queued from other threads.
        self._published.connect(self._dispatch)
        self.destroyed.connect(lambda *_: self._unsubscribe())
        if ws is None:
            return
        if ws.is_office:  # no rounds of its own: the round is the one the city view shows
            self._round = round_be or 0
            self._catalog: Catalog = ws.office_catalog()
        else:
            self._round = round_be if round_be in ws.rounds() else ws.current_round
            self._catalog = ws.catalog(self._round)
        self._subscribe(ws)

    def _subscribe(self, ws: Workspace) -> None:
        self._ws = ws
        self._unsubscribe = ws.events.subscribe(self._published.emit)

    @property
    def is_attached(self) -> bool:
        """Is the workspace open (always, but for a LookSession before it is attached)?"""
        return self._ws is not None

    def load(self) -> Workspace:
        """The open workspace (a LookSession opens it here when it is not open yet)."""
        assert self._ws is not None
        return self._ws

    def ensure_open(self) -> None:
        """Opens the workspace now if it is not open yet (see LookSession.load)."""
        self.load()

    def _dispatch(self, event: Event) -> None:
        """Turns one workspace event into the Session's signals (on the GUI thread)."""
        from sealdesk.events import (  # the events come with the store, not before
            AssessmentChanged,
            BundleExported,
            BundlesReceived,
            EvidenceChanged,
            FeedbackChanged,
            InboxFiled,
            ReceiptImported,
            ReviewChanged,
            RoundsChanged,
            SettingChanged,
            TrustChanged,
        )

        self.event.emit(event)
        if isinstance(event, AssessmentChanged):
            if event.round_be == self._round:
                self.assessment_changed.emit(self.load().assessment(event.code, self._round))
        elif isinstance(event, EvidenceChanged):
            self._evidence = None
            self.evidence_changed.emit()
        elif isinstance(event, InboxFiled):
            self.inbox_changed.emit()
        elif isinstance(event, RoundsChanged):
            self.rounds_changed.emit()
            if event.round_be == self._round:  # its catalog edition was replaced
                self._show_round(self._round)
        elif isinstance(event, SettingChanged):
            self.setting_changed.emit(event.key)
            if event.key == TARGET_SETTING:
                self.target_changed.emit(self.target)
        elif isinstance(event, (BundleExported, ReceiptImported)):
            self.exports_changed.emit()
        elif isinstance(event, BundlesReceived):
            self.bundles_received.emit(event)
        elif isinstance(event, TrustChanged):
            self.trust_changed.emit(event.key_id)
        elif isinstance(event, ReviewChanged):
            self.review_changed.emit(event)
        elif isinstance(event, FeedbackChanged):
            self.feedback_changed.emit(event)

    def close(self) -> None:
        """Stops listening to the workspace (the window is going away)."""
        self._unsubscribe()

    # ------------------------------------------------------------------ the one door

    def query(self, read: Callable[[Workspace], T]) -> T:
        """Runs a read-only service call with the workspace; errors propagate to the caller.

        Widgets never hold the workspace: they pass a function that receives it, as Anki's
        ``QueryOp`` does (``session.query(lambda ws: export.preflight(ws, round_be))``).
        """
        return read(self.load())

    def run(
        self,
        op: Callable[[Workspace], T],
        on_success: Callable[[T], None] | None = None,
        parent: QWidget | None = None,
    ) -> T | None:
        """Runs a quick change with the workspace and shows a failure in one place.

        On success, ``on_success(result)`` is called and the result returned; on a SealDeskError
        the error is shown (over ``parent``) and None returned. What changed reaches the views
        through the workspace's events, not through the caller.
        """
        from sealdesk.ui.errors import show_error

        try:
            result = op(self.load())
        except SealDeskError as error:
            show_error(parent, error)
            return None
        if on_success is not None:
            on_success(result)
        return result

    def job(self, work: Callable[[Workspace, Job], T]) -> Job:
        """A Job running ``work(ws, job)`` off the GUI thread (start it with jobs.start or
        run_with_progress); ``work`` reports with ``job.report`` and checks ``job.is_cancelled``.
        """
        ws = self.load()
        return Job(lambda job: work(ws, job))

    # ------------------------------------------------------------------ the round shown

    @property
    def round(self) -> int:
        """The assessment round (Buddhist-Era year) every view shows."""
        return self._round

    @property
    def catalog(self) -> Catalog:
        """The catalog edition of the round shown."""
        return self._catalog

    def rounds(self) -> list[int]:
        return self.load().rounds()

    def set_round(self, round_be: int) -> None:
        """Shows another round in every view (no window is rebuilt); nothing is written to the
        workspace. The undo history belongs to the round it was made in, so it is cleared."""
        if round_be == self._round:
            return
        if round_be not in self.load().rounds():
            raise ValueError(f"no round {round_be}")
        self._show_round(round_be)

    def _show_round(self, round_be: int) -> None:
        self._round = round_be
        self._catalog = self.load().catalog(round_be)
        self._evidence = None
        self.undo.clear()
        self.round_changed.emit(round_be)

    # ------------------------------------------------------------------ reading

    @property
    def workspace_path(self) -> Path:
        return self.load().path

    @property
    def ui_key(self) -> str:
        """The QSettings group of this workspace's navigation state (round, last benchmark):
        kept out of the audited workspace settings, so looking around records nothing."""
        return ui_key(self.workspace_path)

    def district_name(self, lang: str) -> str:
        return self.load().district.name(lang)

    @property
    def clerk(self) -> str:
        return self.load().actor

    def set_clerk(self, name: str) -> None:
        """The name recorded with every change from now on (kept for the next start too)."""
        self.load().actor = name
        self.load().set_setting("clerk", name)

    def assessments(self) -> dict[str, Assessment]:
        return self.load().assessments(self._round)

    def assessment(self, code: str) -> Assessment:
        return self.load().assessment(code, self._round)

    def evidence(self) -> list[Evidence]:
        if self._evidence is None:
            self._evidence = self.load().evidence_list(self._round)
        return self._evidence

    def get_evidence(self, evidence_id: int) -> Evidence:
        return self.load().get_evidence(evidence_id, self._round)

    def forget_cache(self) -> None:
        self._evidence = None

    def coverage(self, code: str) -> dict[int, tuple[int, ...]]:
        """Evidence id -> the means of verification of ``code`` its link covers (in the round
        shown; services/coverage.py)."""
        from sealdesk.services import coverage

        round_be = self._round
        return self.query(lambda ws: coverage.coverage(ws, code, round_be))

    def backup_status(self) -> BackupStatus:
        """The last backup made from the app and the changes since (the status bar's
        reminder; services/backup.py)."""
        from sealdesk.services import backup

        return self.query(backup.backup_status)

    def office_edition_notice(self) -> CatalogRef | None:
        """The newer catalog edition the office last named, when the round shown uses another
        (services/catalog_editions.py)."""
        round_be = self._round
        return self.query(lambda ws: ws.office_catalog_notice(round_be))

    def feedback_list(self) -> tuple:  # tuple[ReceivedFeedback, ...]
        """The office's feedback on the round shown, newest first."""
        round_be = self._round
        return tuple(self.query(lambda ws: ws.feedback_list(round_be)))

    def open_feedback(self) -> tuple:  # tuple[OpenFeedbackItem, ...]
        """What the district has still to answer of the office's feedback on the round shown."""
        round_be = self._round
        return tuple(self.query(lambda ws: ws.open_feedback(round_be)))

    def evidence_for(self, code: str) -> list[Evidence]:
        return [e for e in self.evidence() if code in e.links]

    @property
    def target(self) -> Level:
        try:
            return Level(self.load().get_setting(TARGET_SETTING) or Level.BRONZE.value)
        except ValueError:
            return Level.BRONZE

    def set_target(self, level: Level) -> None:
        if level != self.target:
            self.load().set_setting(TARGET_SETTING, level.value)

    # ------------------------------------------------------------------ saving state

    def pending(self, key: str, value: bool) -> None:
        """Marks an edit (e.g. a narrative being typed) as not yet saved / saved."""
        if value:
            self._pending.add(key)
        else:
            self._pending.discard(key)
        self.save_state.emit(not self._pending)

    def all_saved(self) -> bool:
        return not self._pending

    # ------------------------------------------------------------------ changing
    # The views learn of each change from the workspace's event, not from these methods.

    def assess(self, code: str, **changes: object) -> Assessment:
        """Calls ws.assess directly (no undo step); raises SealDeskError."""
        return self.load().assess(code, round_be=self._round, **changes)  # type: ignore[arg-type]

    def set_status(self, code: str, status: Status, justification: str | None = None) -> None:
        """Changes a status as an undoable step; raises SealDeskError (e.g. N/A unjustified)."""
        before = self.assessment(code)
        after = self.assess(code, status=status, justification=justification)
        if (after.status, after.justification) != (before.status, before.justification):
            self.undo.push(
                _AssessCommand(
                    self,
                    code,
                    {"status": before.status, "justification": before.justification},
                    {"status": after.status, "justification": after.justification},
                    QCoreApplication.translate("Undo", "status of {code}").format(code=code),
                )
            )

    def set_narrative(self, code: str, text: str) -> None:
        before = self.assessment(code)
        if before.narrative == text:
            return
        self.assess(code, narrative=text)
        self.undo.push(
            _AssessCommand(
                self,
                code,
                {"narrative": before.narrative},
                {"narrative": text},
                QCoreApplication.translate("Undo", "narrative of {code}").format(code=code),
            )
        )

    def add_action(self, code: str, **fields: object) -> None:
        self.load().add_action(code, round_be=self._round, **fields)  # type: ignore[arg-type]

    def update_action(self, code: str, action_id: int, **fields: object) -> None:
        self.load().update_action(action_id, **fields)  # type: ignore[arg-type]

    def remove_action(self, code: str, action_id: int) -> None:
        self.load().remove_action(action_id)

    def link(self, evidence_id: int, codes: list[str]) -> None:
        for code in codes:
            self.load().link_evidence(evidence_id, code, self._round)

    def unlink(self, evidence_id: int, codes: list[str]) -> None:
        for code in codes:
            self.load().unlink_evidence(evidence_id, code, self._round)

    def update_evidence(self, evidence_id: int, **fields: object) -> None:
        personal = fields.pop("personal_data", None)
        self.load().update_evidence(evidence_id, **fields)  # type: ignore[arg-type]
        if personal is not None:  # issue 18: marked or unmarked in the same dialog
            self.load().mark_evidence(evidence_id, bool(personal))

    def remove_evidence(self, evidence_id: int) -> None:
        self.load().remove_evidence(evidence_id)

    # ------------------------------------------------------------------ importing

    def import_job(
        self, paths: list[Path], codes: tuple[str, ...] = (), personal_data: bool = False
    ) -> Job:
        """A Job that stores ``paths`` (linking them to ``codes``, marked as personal data
        when the clerk said so); see ``finish_import``."""
        ws, round_be = self.load(), self._round

        def work(job: Job) -> ImportOutcome:
            outcome = ImportOutcome(codes)
            sizes = [p.stat().st_size if p.is_file() else 0 for p in paths]
            total = max(sum(sizes), 1)
            before = 0
            for path, size in zip(paths, sizes, strict=True):
                if job.is_cancelled():
                    outcome.cancelled = True
                    break
                start = before
                try:
                    outcome.added.append(
                        ws.add_evidence(
                            path,
                            benchmarks=codes,
                            round_be=round_be,
                            progress=lambda done, _t, s=start: job.report(s + done, total),
                            cancelled=job.is_cancelled,
                            personal_data=personal_data,
                        )
                    )
                except ImportCancelled:
                    outcome.cancelled = True
                    break
                except SealDeskError as error:
                    outcome.failed.append((path.name, error))
                before += size
                job.report(before, total)
            return outcome

        job = Job(work)  # no parent: it must outlive a window closed mid-import
        job.succeeded.connect(self.finish_import)
        return job

    def finish_import(self, outcome: ImportOutcome) -> None:
        messages: list[str] = []
        fresh = [a for a in outcome.added if not a.duplicate]
        if fresh:
            fresh_count = len(fresh)  # a plain name: pyside6-lupdate 6.11 misses a call
            messages.append(
                QCoreApplication.translate("Evidence", ADDED_DOCUMENTS, "", fresh_count)
            )
        for added in outcome.added:
            if added.duplicate:
                elsewhere = [c for c in added.evidence.links if c not in outcome.codes]
                if elsewhere:
                    messages.append(
                        QCoreApplication.translate(
                            "Evidence",
                            "{name} is already in the library and used for {codes}; "
                            "it is stored once.",
                        ).format(name=added.evidence.original_name, codes=", ".join(elsewhere))
                    )
                else:
                    messages.append(
                        QCoreApplication.translate(
                            "Evidence", "{name} is already in the library; it is stored once."
                        ).format(name=added.evidence.original_name)
                    )
        for name, error in outcome.failed:
            messages.append(error.render(QCoreApplication.translate) or name)
        if outcome.cancelled:
            messages.append(
                QCoreApplication.translate(
                    "Evidence", "Import cancelled; the remaining files were not added."
                )
            )
        if messages:
            self.notice.emit(" ".join(messages))


class _AssessCommand(QUndoCommand):
    def __init__(self, session: Session, code: str, before: dict, after: dict, text: str) -> None:
        super().__init__(text)
        self.session, self.code, self.before, self.after = session, code, before, after
        self._first = True

    def redo(self) -> None:
        if self._first:  # already applied when pushed
            self._first = False
            return
        self.session.assess(self.code, **self.after)
        self.session.open_benchmark.emit(self.code)

    def undo(self) -> None:
        self.session.assess(self.code, **self.before)
        self.session.open_benchmark.emit(self.code)


def catalog_text(text: object) -> str:
    """A catalog Text in the UI language."""
    return text.get(i18n.current())  # type: ignore[attr-defined]
