"""The UI's view of an open coordinating-office workspace: the only holder of it.

The district `Session` is built round a checklist (its round, catalog and undo stack) that an
office workspace does not have; this is its office counterpart with the same door
(``query``, ``run``, ``job``) and one change channel: the workspace's events re-emitted as Qt
signals on the GUI thread (``bundles_received`` after an intake committed).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QWidget

from sealdesk.domain.city import CityStatus, IntakeResult, OfficeSubmission
from sealdesk.domain.thaidate import current_round_be
from sealdesk.errors import SealDeskError
from sealdesk.events import BundlesReceived, Event, TrustChanged
from sealdesk.services.workspace import Workspace
from sealdesk.ui.jobs import Job

T = TypeVar("T")


class OfficeSession(QObject):
    """Holds the office workspace; widgets reach it only through these methods."""

    _published = Signal(object)
    event = Signal(object)  # every sealdesk.events.Event, on the GUI thread
    bundles_received = Signal(object)  # BundlesReceived
    trust_changed = Signal()
    round_changed = Signal(int)  # the round the city view shows
    notice = Signal(str)

    def __init__(
        self, ws: Workspace, round_be: int | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._ws = ws
        rounds = ws.office_rounds()
        if round_be in rounds:
            self._round = round_be
        else:
            self._round = max(rounds) if rounds else current_round_be()
        self._watcher: object | None = None
        self._published.connect(self._dispatch)
        self._unsubscribe = ws.events.subscribe(self._published.emit)
        self.destroyed.connect(lambda *_: self._unsubscribe())

    def _dispatch(self, event: Event) -> None:
        self.event.emit(event)
        if isinstance(event, BundlesReceived):
            self.bundles_received.emit(event)
        elif isinstance(event, TrustChanged):
            self.trust_changed.emit()

    def close(self) -> None:
        self.stop_watching()
        self._unsubscribe()

    # ------------------------------------------------------------------ the one door

    def query(self, read: Callable[[Workspace], T]) -> T:
        return read(self._ws)

    def run(
        self,
        op: Callable[[Workspace], T],
        on_success: Callable[[T], None] | None = None,
        parent: QWidget | None = None,
    ) -> T | None:
        from sealdesk.ui.errors import show_error

        try:
            result = op(self._ws)
        except SealDeskError as error:
            show_error(parent, error)
            return None
        if on_success is not None:
            on_success(result)
        return result

    def job(self, work: Callable[[Workspace, Job], T]) -> Job:
        ws = self._ws
        return Job(lambda job: work(ws, job))

    # ------------------------------------------------------------------ reading

    @property
    def workspace_path(self) -> Path:
        return self._ws.path

    @property
    def office_name(self) -> str:
        return self._ws.office_name

    @property
    def round(self) -> int:
        return self._round

    def rounds(self) -> list[int]:
        """The rounds anything was received for, and the round shown."""
        return sorted({*self._ws.office_rounds(), self._round}, reverse=True)

    def set_round(self, round_be: int) -> None:
        if round_be != self._round:
            self._round = round_be
            self.round_changed.emit(round_be)

    def status(self) -> CityStatus:
        return self._ws.office_status(self._round)

    def submission(self, district_code: str) -> OfficeSubmission | None:
        return self._ws.office_submission(district_code, self._round)

    def evidence_path(self, sha256: str) -> Path:
        return self._ws.office_evidence_path(sha256)

    # ------------------------------------------------------------------ receiving

    def receive_job(self, paths: list[Path]) -> Job:
        """A Job taking in ``paths``; its result is the tuple of IntakeResult, one per file."""
        ws = self._ws

        def work(job: Job) -> tuple[IntakeResult, ...]:
            return ws.receive_bundles(paths, job.report, job.is_cancelled)

        return Job(work)  # no parent: it must outlive a window closed mid-intake

    def intake_scan_job(self, folder: Path) -> Job:
        """A Job taking in what lies in the intake folder now, once settled (the scanner
        inbox's machinery: junk and half-copied files are left, each file is taken once)."""
        ws = self._ws

        def work(job: Job) -> tuple[IntakeResult, ...]:
            from sealdesk.services.office_watch import scan_office_folder

            _report, results = scan_office_folder(ws, folder, translate=QCoreApplication.translate)
            return results

        return Job(work)

    # ------------------------------------------------------------------ watching the folder

    @property
    def watching(self) -> bool:
        return self._watcher is not None

    def start_watching(
        self,
        folder: Path,
        on_result: Callable[[IntakeResult], None],
        on_line: Callable[[str], None],
    ) -> None:
        """Watches the intake folder on the watcher's own thread until ``stop_watching``.
        The callbacks run on that thread: pass a Qt signal's ``emit``. What was taken reaches
        the views as ``bundles_received``, like any intake."""
        from sealdesk.services.office_watch import make_office_watcher

        self.stop_watching()
        watcher, _store = make_office_watcher(
            self._ws,
            folder,
            on_imported=lambda taken: on_result(taken.evidence),
            on_failed=lambda _path, why: on_line(why),
            on_status=on_line,
            translate=QCoreApplication.translate,
        )
        watcher.start()
        self._watcher = watcher

    def stop_watching(self) -> None:
        watcher, self._watcher = self._watcher, None
        if watcher is not None:
            watcher.stop()  # type: ignore[attr-defined]
