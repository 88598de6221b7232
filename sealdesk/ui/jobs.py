"""Background work with progress and cancel, reporting on the main thread.

A ``Job`` wraps a function ``fn(job)`` that runs on Qt's global thread pool. The function
calls ``job.report(done, total)`` and checks ``job.is_cancelled()``; the job's signals are
emitted from the worker thread and, since the Job lives on the main thread, Qt delivers them
there (queued). Printing and export reuse the same runner:

    job = Job(lambda job: make_pdf(..., progress=job.report, cancelled=job.is_cancelled))
    job.succeeded.connect(show_result); job.failed.connect(show_error)
    run_with_progress(parent, job, title)
"""

from __future__ import annotations

import logging
import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from sealdesk.errors import SealDeskError
from sealdesk.progress import Cancelled

log = logging.getLogger("sealdesk")


class JobCancelled(Cancelled):
    """Raised when the user pressed Cancel; any ``sealdesk.progress.Cancelled`` a job's
    function raises ends the job the same way (its ``cancelled`` signal)."""


class Job(QObject):
    progress = Signal(int, int)  # done, total
    succeeded = Signal(object)  # the function's result
    failed = Signal(object)  # the exception
    cancelled = Signal()
    finished = Signal()  # after any of the three above

    def __init__(self, fn: Callable[[Job], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._fn = fn
        self._cancel = threading.Event()
        self.result: Any = None
        self.error: BaseException | None = None
        self.traceback = ""

    def report(self, done: int, total: int) -> None:
        self.progress.emit(int(done), int(total))

    def cancel(self) -> None:
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def _run(self) -> None:
        try:
            result = self._fn(self)
        except Cancelled:
            self.cancelled.emit()
        except BaseException as error:  # reported, never lost on the worker thread
            self.error = error
            self.traceback = traceback.format_exc()
            if not isinstance(error, SealDeskError):  # a bug: keep the details in the log
                log.error("background job failed:\n%s", self.traceback)
            self.failed.emit(error)
        else:
            self.result = result
            if self.is_cancelled():
                self.cancelled.emit()
            self.succeeded.emit(result)
        self.finished.emit()


class _Runnable(QRunnable):
    def __init__(self, job: Job) -> None:
        super().__init__()
        self.job = job
        self.setAutoDelete(True)

    def run(self) -> None:
        self.job._run()


_running: set[Job] = set()


def start(job: Job) -> Job:
    """Runs ``job`` on the global thread pool; keeps it alive until it finishes."""
    _running.add(job)
    job.finished.connect(lambda: _running.discard(job))
    QThreadPool.globalInstance().start(_Runnable(job))
    return job


def run_with_progress(parent: QWidget | None, job: Job, label: str) -> QProgressDialog:
    """Starts ``job`` with a window-modal progress dialog (shown after 400 ms) and Cancel."""
    dialog = QProgressDialog(label, QCoreApplication.translate("Jobs", "Cancel"), 0, 0, parent)
    dialog.setWindowTitle(QCoreApplication.translate("Jobs", "Please wait"))
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(400)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)

    def on_progress(done: int, total: int) -> None:
        if total > 0:
            scale = max(1, total // 1_000_000)
            dialog.setMaximum(total // scale)
            dialog.setValue(min(done, total) // scale)

    job.progress.connect(on_progress)
    dialog.canceled.connect(job.cancel)
    job.finished.connect(dialog.close)
    job.finished.connect(dialog.deleteLater)
    start(job)
    return dialog
