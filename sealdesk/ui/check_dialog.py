"""The result of Tools > Check the workspace: one whole sentence per finding of ``check`` and
whether all is well (harmless findings are listed but do not make it fail)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListWidget, QVBoxLayout, QWidget

from sealdesk.domain.assessment import Problem
from sealdesk.domain.backup import HARMLESS
from sealdesk.errors import QT_TRANSLATE_NOOP
from sealdesk.ui.dialog_fit import fit_to_screen
from sealdesk.ui.thaiwrap import wrap

# What ``check`` found, one whole sentence per kind ({subject} is a file name or a hash).
PROBLEM_TEXTS = {
    "blob-missing": QT_TRANSLATE_NOOP("Maintenance", "The evidence file {subject} is missing."),
    "blob-corrupt": QT_TRANSLATE_NOOP("Maintenance", "The evidence file {subject} is damaged."),
    "orphan-blob": QT_TRANSLATE_NOOP(
        "Maintenance", "A stored file no record uses ({subject}); harmless."
    ),
    "foreign-file": QT_TRANSLATE_NOOP(
        "Maintenance", "A file that is not SealDesk's ({subject}); it is left alone."
    ),
    "database": QT_TRANSLATE_NOOP("Maintenance", "The database has a problem ({subject})."),
    "key-unreadable": QT_TRANSLATE_NOOP("Maintenance", "The key file {subject} cannot be read."),
}


def problem_text(problem: Problem) -> str:
    template = PROBLEM_TEXTS.get(problem.kind)
    if template is None:
        return f"{problem.kind}: {problem.subject} ({problem.detail})"
    return QCoreApplication.translate("Maintenance", template).format(subject=problem.subject)


class CheckDialog(QDialog):
    """What ``check`` found: one sentence per finding, and whether all is well."""

    def __init__(self, problems: list[Problem], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checkDialog")
        self.problems = problems
        self.setWindowTitle(QCoreApplication.translate("Maintenance", "Workspace check"))
        layout = QVBoxLayout(self)
        serious = [p for p in problems if p.kind not in HARMLESS]
        if serious:
            summary = QCoreApplication.translate(
                "Maintenance",
                "Some evidence or data is damaged or missing (listed below). Restore it from "
                "a backup, or add the files again.",
            )
        else:
            summary = QCoreApplication.translate(
                "Maintenance", "Everything checked out: the database and every evidence file."
            )
        self.summary = QLabel(wrap(summary), self)
        self.summary.setWordWrap(True)
        self.summary.setObjectName("checkSummary")
        layout.addWidget(self.summary)
        self.list = QListWidget(self)
        self.list.setWordWrap(True)
        self.list.addItems([problem_text(p) for p in problems])
        self.list.setVisible(bool(problems))
        layout.addWidget(self.list, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        fit_to_screen(self, 640, 420 if problems else 200)
