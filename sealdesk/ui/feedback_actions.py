"""The district window's feedback entries (issue 15): File > Import the office's feedback,
File > Trust an office key, View > Feedback to answer. The window holds one of these as
``feedback``; the menu table (ui/actions.py) names its methods."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget

from sealdesk.ui.feedback_view import FeedbackToAnswer, import_feedback, trust_office_card
from sealdesk.ui.session import Session


class FeedbackActions:
    def __init__(self, session: Session, window: QWidget) -> None:
        self.session = session
        self.window = window
        self.to_answer: FeedbackToAnswer | None = None

    def import_file(self, path: Path | None = None):
        """Imports a feedback file, then shows what is left to answer."""
        result = import_feedback(self.session, self.window, path)
        if result is not None and not result.duplicate:
            self.show_open()
        return result

    def trust_office(self) -> bool:
        return trust_office_card(self.session, self.window)

    def show_open(self) -> FeedbackToAnswer:
        """The "Feedback to answer" list (one window, raised when open)."""
        if self.to_answer is None:
            dialog = FeedbackToAnswer(self.session, self.window)
            dialog.benchmark_activated.connect(self._open_benchmark)
            dialog.destroyed.connect(lambda *_: setattr(self, "to_answer", None))
            self.to_answer = dialog
        self.to_answer.refresh()
        self.to_answer.show()
        self.to_answer.raise_()
        return self.to_answer

    def _open_benchmark(self, code: str) -> None:
        opener = getattr(self.window, "open_benchmark", None)
        if opener is not None:
            opener(code)
