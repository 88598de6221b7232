"""The review screen's right-hand pane: the evidence linked to the benchmark shown (a document
added since the reviewed bundle is marked new) and its preview. Files are copied from the blob
store under their own names into a private temporary folder; nothing is written to the
workspace."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from sealdesk.domain.city import OfficeEvidence, OfficeSubmission
from sealdesk.domain.review import SubmissionChanges
from sealdesk.ui.preview import PreviewPane

SHA_ROLE = Qt.ItemDataRole.UserRole + 1


class ReviewEvidence(QWidget):
    def __init__(self, blob_path: Callable[[str], Path], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.blob_path = blob_path
        self.shown: tuple[OfficeEvidence, ...] = ()
        self._temp = Path(tempfile.mkdtemp(prefix="sealdesk-review-"))
        self.destroyed.connect(lambda *_: shutil.rmtree(self._temp, ignore_errors=True))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel(self)
        self.list = QListWidget(self)
        self.list.setObjectName("reviewEvidence")
        self.list.setMaximumHeight(110)
        self.preview = PreviewPane(self)
        layout.addWidget(self.label)
        layout.addWidget(self.list)
        layout.addWidget(self.preview, 1)
        self.list.currentItemChanged.connect(lambda item, _p: self._preview(item))
        self.label.setText(QCoreApplication.translate("Review", "Linked evidence"))

    def show_benchmark(
        self, submission: OfficeSubmission, code: str, changes: SubmissionChanges | None
    ) -> None:
        self.shown = submission.evidence_for(code)
        self.list.clear()
        for e in self.shown:
            item = QListWidgetItem(e.name)
            if changes is not None and e.name in changes.evidence_added:
                item.setText(
                    QCoreApplication.translate("Review", "{name} (new)").format(name=e.name)
                )
            item.setData(SHA_ROLE, e.sha256)
            self.list.addItem(item)
        linked = self.list.count()  # a plain name: pyside6-lupdate 6.11 misses a call
        self.label.setText(QCoreApplication.translate("Review", "Linked evidence (%n)", "", linked))
        if self.list.count():
            self.list.setCurrentRow(0)
        else:
            self.preview.clear()

    def count(self) -> int:
        return self.list.count()

    def _preview(self, item: QListWidgetItem | None) -> None:
        sha = str(item.data(SHA_ROLE)) if item is not None else ""
        e = next((x for x in self.shown if x.sha256 == sha), None)
        if e is None:
            self.preview.clear()
            return
        target = self._temp / sha[:12] / Path(e.name).name
        if not target.exists():
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(self.blob_path(sha), target)
            target.chmod(0o444)
        self.preview.show_file(target, e.media_type)
