"""The UI's view of an open coordinating-office workspace: a `Session` (the only holder of
the workspace) with the office's reads, the intake jobs and the intake-folder watcher."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject

from sealdesk.domain.city import CityStatus, IntakeResult, OfficeSubmission
from sealdesk.domain.thaidate import current_round_be
from sealdesk.services.workspace import Workspace
from sealdesk.ui.jobs import Job
from sealdesk.ui.session import Session


class OfficeSession(Session):
    """The Session of an office workspace: the same door (``query``, ``run``, ``job``) and the
    same change channel (``bundles_received``, ``trust_changed``), with the round the city view
    shows chosen among the rounds received, and the office's own reads and intake jobs."""

    def __init__(
        self, ws: Workspace, round_be: int | None = None, parent: QObject | None = None
    ) -> None:
        rounds = ws.office_rounds()
        if round_be not in rounds:
            round_be = max(rounds) if rounds else current_round_be()
        super().__init__(ws, round_be, parent)
        self._round = round_be
        self._watcher: object | None = None

    def close(self) -> None:
        self.stop_watching()
        super().close()

    # ------------------------------------------------------------------ reading

    @property
    def office_name(self) -> str:
        return self._ws.office_name

    def rounds(self) -> list[int]:  # type: ignore[override]
        """The rounds anything was received for, and the round shown."""
        return sorted({*self._ws.office_rounds(), self._round}, reverse=True)

    def set_round(self, round_be: int) -> None:
        """Shows another round of the city (any year: a round nothing was received for shows
        all 50 districts as not submitted)."""
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
