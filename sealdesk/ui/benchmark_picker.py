"""Choosing the benchmarks a document supports: the picker, and the dialogs that use it.

Issue 12: adding files silently linked them to the last benchmark opened (a photo ended up on
an N/A benchmark). Every "add files" and every inbox filing now goes through this picker: it
says which benchmarks will get the files, shows each benchmark's status, finds a benchmark by
code ("1.2", code prefix) or by words (Thai or English title), and lets the clerk tick one,
several or none. Nothing is pre-chosen unless the clerk came from a benchmark page (that one
is ticked and can be unticked) or the inbox suggested one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sealdesk.domain.status import Status
from sealdesk.ui import i18n
from sealdesk.ui.models import fold
from sealdesk.ui.session import Session
from sealdesk.ui.widgets import WrapLabel, status_icon, status_label

CODE_ROLE = Qt.ItemDataRole.UserRole
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 1
_CODE_LIKE = re.compile(r"^[0-9๐-๙]+(\.[0-9๐-๙]*)*$")
_THAI_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")


def matches(search_text: str, code: str, query: str) -> bool:
    """Whether a benchmark (its code and folded titles in ``search_text``) matches ``query``:
    every word must match; a word that looks like a code matches a code prefix."""
    for word in fold(query).split():
        if _CODE_LIKE.match(word):
            if not code.startswith(word.translate(_THAI_DIGITS)):
                return False
        elif word not in search_text:
            return False
    return True


class BenchmarkPicker(QWidget):
    """A search box over the round's benchmarks, each with a tick box and its status, and a
    line saying which benchmarks are chosen."""

    changed = Signal()

    def __init__(
        self, session: Session, chosen: Iterable[str] = (), parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("benchmarkPicker")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.search = QLineEdit(self)
        self.search.setObjectName("pickerSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(
            QCoreApplication.translate("BenchmarkPicker", "Find a benchmark by code or words")
        )
        self.search.setAccessibleName(
            QCoreApplication.translate("BenchmarkPicker", "Find a benchmark")
        )
        self.list = QListWidget(self)
        self.list.setObjectName("pickerList")
        self.list.setAccessibleName(
            QCoreApplication.translate("BenchmarkPicker", "Benchmarks to link")
        )
        self.list.setWordWrap(True)
        self.summary = WrapLabel("", self)
        self.summary.setObjectName("pickerSummary")
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.summary)

        lang = i18n.current()
        assessments = session.assessments()
        wanted = set(chosen)
        self.not_applicable: set[str] = set()
        # benchmarks whose evidence usually names people (catalog ``personal_data = true``)
        self.personal_usual = {b.code for b in session.catalog.benchmarks() if b.personal_data}
        for benchmark in session.catalog.benchmarks():
            assessment = assessments.get(benchmark.code)
            status = assessment.status if assessment is not None else Status.NOT_STARTED
            if status == Status.NOT_APPLICABLE:
                self.not_applicable.add(benchmark.code)
            title = benchmark.title.get(lang)
            entry = QListWidgetItem(f"{benchmark.code}  {title}", self.list)
            entry.setData(CODE_ROLE, benchmark.code)
            entry.setData(
                SEARCH_ROLE, fold(f"{benchmark.code} {benchmark.title.th} {benchmark.title.en}")
            )
            entry.setIcon(status_icon(status))
            entry.setToolTip(
                QCoreApplication.translate(
                    "BenchmarkPicker", "{code} {title} (status: {status})"
                ).format(code=benchmark.code, title=title, status=status_label(status))
            )
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(
                Qt.CheckState.Checked if benchmark.code in wanted else Qt.CheckState.Unchecked
            )
        self.search.textChanged.connect(self._filter)
        self.search.returnPressed.connect(self._tick_only_match)
        self.list.itemChanged.connect(lambda _item: self._changed())
        self._changed()
        for code in wanted:  # the pre-chosen benchmark is in view
            entry = self._entry(code)
            if entry is not None:
                self.list.scrollToItem(entry)
                self.list.setCurrentItem(entry)
                break

    def _entry(self, code: str) -> QListWidgetItem | None:
        for i in range(self.list.count()):
            if self.list.item(i).data(CODE_ROLE) == code:
                return self.list.item(i)
        return None

    def _filter(self, text: str) -> None:
        first = None
        for i in range(self.list.count()):
            entry = self.list.item(i)
            hide = not matches(entry.data(SEARCH_ROLE), entry.data(CODE_ROLE), text)
            entry.setHidden(hide)
            if not hide and first is None:
                first = entry
        if first is not None:
            self.list.setCurrentItem(first)

    def _tick_only_match(self) -> None:
        """Enter in the search box ticks the benchmark when exactly one matches."""
        shown = self.visible_codes()
        if len(shown) == 1:
            self.set_checked(shown[0], True)

    def visible_codes(self) -> list[str]:
        return [
            self.list.item(i).data(CODE_ROLE)
            for i in range(self.list.count())
            if not self.list.item(i).isHidden()
        ]

    def set_checked(self, code: str, checked: bool) -> None:
        entry = self._entry(code)
        if entry is not None:
            entry.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def chosen(self) -> list[str]:
        """The ticked benchmark codes, in catalog order."""
        return [
            self.list.item(i).data(CODE_ROLE)
            for i in range(self.list.count())
            if self.list.item(i).checkState() == Qt.CheckState.Checked
        ]

    def _changed(self) -> None:
        codes = self.chosen()
        if codes:
            text = QCoreApplication.translate(
                "BenchmarkPicker", "Will be linked to: {codes}"
            ).format(codes=", ".join(codes))
        else:
            text = QCoreApplication.translate(
                "BenchmarkPicker", "No benchmark chosen: the files go into the library only."
            )
        odd = [code for code in codes if code in self.not_applicable]
        if odd:  # the photo on an N/A benchmark of issue 12: say so before it happens
            text += "\n" + QCoreApplication.translate(
                "BenchmarkPicker", "Marked not applicable: {codes}."
            ).format(codes=", ".join(odd))
        self.summary.set_text(text)
        self.changed.emit()


class ChooseBenchmarksDialog(QDialog):
    """The names of the files concerned, the picker, and a footer with the action and Cancel.

    With ``need_one`` the action stays greyed (saying why) until a benchmark is ticked."""

    def __init__(
        self,
        parent: QWidget | None,
        session: Session,
        title: str,
        intro: str,
        names: Sequence[str],
        accept_text: str,
        chosen: Iterable[str] = (),
        need_one: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("chooseBenchmarks")
        self.setWindowTitle(title)
        self.need_one = need_one
        layout = QVBoxLayout(self)
        layout.addWidget(WrapLabel(intro, self))
        self.files = QListWidget(self)
        self.files.setObjectName("chosenFiles")
        self.files.addItems(list(names))
        self.files.setMaximumHeight(self.files.sizeHintForRow(0) * min(len(names), 4) + 8)
        self.files.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout.addWidget(self.files)
        question = QLabel(
            QCoreApplication.translate("BenchmarkPicker", "Which benchmarks do they support?"),
            self,
        )
        layout.addWidget(question)
        self.picker = BenchmarkPicker(session, chosen, self)
        question.setBuddy(self.picker.search)
        layout.addWidget(self.picker, 1)
        # issue 18: the clerk says whether the files name people; ticked already when a chosen
        # benchmark's evidence usually does, until the clerk changes it
        self.personal = QCheckBox(
            QCoreApplication.translate(
                "BenchmarkPicker",
                "They contain &personal data (names, ID numbers, complaints, health)",
            ),
            self,
        )
        self.personal.setObjectName("personalData")
        self._personal_set_by_clerk = False
        self.personal.clicked.connect(self._personal_clicked)
        layout.addWidget(self.personal)
        layout.addWidget(
            WrapLabel(
                QCoreApplication.translate(
                    "BenchmarkPicker",
                    "Files with personal data are sent encrypted to the office's readers and "
                    "are never printed by name.",
                ),
                self,
            )
        )
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(accept_text)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            QCoreApplication.translate("BenchmarkPicker", "Cancel")
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)  # the footer: outside anything that scrolls
        self.picker.changed.connect(self._update)
        self._update()
        self.picker.search.setFocus()
        self._fit()

    def _fit(self) -> None:
        screen = self.screen() or QGuiApplication.primaryScreen()
        area = screen.availableGeometry() if screen is not None else None
        width, height = 640, 560
        if area is not None:
            width, height = min(width, area.width() - 40), min(height, area.height() - 60)
        self.resize(width, height)

    def _personal_clicked(self) -> None:
        self._personal_set_by_clerk = True

    def _update(self) -> None:
        if not self._personal_set_by_clerk:
            self.personal.setChecked(bool(set(self.picker.chosen()) & self.picker.personal_usual))
        ok = bool(self.picker.chosen()) or not self.need_one
        self.ok.setEnabled(ok)
        self.ok.setToolTip(
            ""
            if ok
            else QCoreApplication.translate("BenchmarkPicker", "Tick at least one benchmark first.")
        )

    def chosen(self) -> Chosen:
        return Chosen(self.picker.chosen(), personal_data=self.personal.isChecked())


class Chosen(list[str]):
    """The benchmarks ticked, and whether the clerk said the files contain personal data."""

    def __init__(self, codes: Iterable[str] = (), personal_data: bool = False) -> None:
        super().__init__(codes)
        self.personal_data = personal_data


def choose_for_new_files(
    parent: QWidget | None, session: Session, names: Sequence[str], preset: Iterable[str] = ()
) -> Chosen | None:
    """Asks which benchmarks files being added support; None when the clerk cancels."""
    count = len(names)
    dialog = ChooseBenchmarksDialog(
        parent,
        session,
        QCoreApplication.translate("BenchmarkPicker", "Add files"),
        QCoreApplication.translate("BenchmarkPicker", "%n files will be added:", "", count),
        names,
        QCoreApplication.translate("BenchmarkPicker", "Add"),
        preset,
    )
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.chosen()


def choose_for_scans(
    parent: QWidget | None, session: Session, names: Sequence[str], preset: Iterable[str] = ()
) -> Chosen | None:
    """Asks which benchmarks to file scans under (at least one); None when cancelled."""
    count = len(names)
    dialog = ChooseBenchmarksDialog(
        parent,
        session,
        QCoreApplication.translate("BenchmarkPicker", "File scans"),
        QCoreApplication.translate("BenchmarkPicker", "%n scans will be filed:", "", count),
        names,
        QCoreApplication.translate("BenchmarkPicker", "File"),
        preset,
        need_one=True,
    )
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.chosen()
