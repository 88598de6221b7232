"""First start: district, round, clerk's name and catalog; creates the workspace."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QSortFilterProxyModel, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from sealdesk.domain.districts import all_districts
from sealdesk.domain.thaidate import current_round_be
from sealdesk.errors import SealDeskError
from sealdesk.services.workspace import Workspace
from sealdesk.ui import i18n
from sealdesk.ui.errors import message_of
from sealdesk.ui.models import fold
from sealdesk.ui.thaiwrap import wrap
from sealdesk.ui.widgets import ScrollBody, install_screen_fitter

CODE_ROLE = Qt.ItemDataRole.UserRole + 1


class FirstRunDialog(QDialog):
    def __init__(
        self, folder: Path, languages: i18n.Languages, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        install_screen_fitter()
        self.setObjectName("firstRun")
        self.languages = languages
        self.workspace: Workspace | None = None
        # The fields scroll on a small screen; the message and Start / Cancel stay below them.
        outer = QVBoxLayout(self)
        self.scroll = ScrollBody(self)
        outer.addWidget(self.scroll, 1)
        layout = QVBoxLayout(self.scroll.body)
        layout.setContentsMargins(0, 0, 0, 0)

        top = QHBoxLayout()
        self.heading = QLabel(self)
        self.heading.setStyleSheet("font-size: 16pt; font-weight: 600;")
        self.language = QComboBox(self)
        self.language.addItem("ไทย", "th")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(self.language.findData(i18n.current()))
        self.language.currentIndexChanged.connect(
            lambda _i: languages.set_language(self.language.currentData())
        )
        top.addWidget(self.heading, 1)
        top.addWidget(self.language)
        layout.addLayout(top)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)

        form = QFormLayout()
        self.form = form
        # On a narrow screen (1024x600 at 150 %) a label goes above its field instead of
        # beside it, so the long Thai office choice is never cut off (only the height scrolls).
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.kind_district = QRadioButton(self)
        self.kind_district.setObjectName("kindDistrict")
        self.kind_district.setChecked(True)
        self.kind_office = QRadioButton(self)
        self.kind_office.setObjectName("kindOffice")
        kind_group = QButtonGroup(self)
        kind_group.addButton(self.kind_district)
        kind_group.addButton(self.kind_office)
        kind_box = QVBoxLayout()
        kind_box.addWidget(self.kind_district)
        kind_box.addWidget(self.kind_office)
        self.kind_label = QLabel(self)
        form.addRow(self.kind_label, kind_box)
        self.office_name = QLineEdit(self)
        self.office_name.setObjectName("officeName")
        self.office_name_label = QLabel(self)
        self.office_name_label.setBuddy(self.office_name)
        form.addRow(self.office_name_label, self.office_name)

        self.district_search = QLineEdit(self)
        self.district_search.setObjectName("districtSearch")
        self.district_search.setClearButtonEnabled(True)
        self.districts = QStandardItemModel(self)
        for d in all_districts():
            item = QStandardItem(f"{d.code}  {d.th} — {d.en}")
            item.setData(d.code, CODE_ROLE)
            item.setData(fold(f"{d.code} {d.th} {d.en}"), Qt.ItemDataRole.UserRole + 2)
            item.setEditable(False)
            self.districts.appendRow(item)
        self.district_proxy = QSortFilterProxyModel(self)
        self.district_proxy.setSourceModel(self.districts)
        self.district_proxy.setFilterRole(Qt.ItemDataRole.UserRole + 2)
        self.district_proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.district_list = QListView(self)
        self.district_list.setObjectName("districtList")
        self.district_list.setModel(self.district_proxy)
        self.district_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.district_list.setMinimumHeight(180)
        self.district_search.textChanged.connect(self._filter_districts)
        district_box = QVBoxLayout()
        district_box.addWidget(self.district_search)
        district_box.addWidget(self.district_list)
        self.district_label = QLabel(self)
        self.district_label.setBuddy(self.district_search)
        form.addRow(self.district_label, district_box)

        self.round = QSpinBox(self)
        self.round.setObjectName("round")
        self.round.setRange(2500, 2700)
        self.round.setValue(current_round_be())
        self.round_label = QLabel(self)
        self.round_label.setBuddy(self.round)
        form.addRow(self.round_label, self.round)

        self.clerk = QLineEdit(self)
        self.clerk.setObjectName("clerk")
        self.clerk_label = QLabel(self)
        self.clerk_label.setBuddy(self.clerk)
        form.addRow(self.clerk_label, self.clerk)

        self.shipped = QRadioButton(self)
        self.shipped.setChecked(True)
        self.from_file = QRadioButton(self)
        group = QButtonGroup(self)
        group.addButton(self.shipped)
        group.addButton(self.from_file)
        self.catalog_file = QLineEdit(self)
        self.catalog_file.setObjectName("catalogFile")
        self.browse_catalog = QPushButton(self)
        catalog_row = QHBoxLayout()
        catalog_row.addWidget(self.from_file)
        catalog_row.addWidget(self.catalog_file, 1)
        catalog_row.addWidget(self.browse_catalog)
        catalog_box = QVBoxLayout()
        catalog_box.addWidget(self.shipped)
        catalog_box.addLayout(catalog_row)
        self.catalog_label = QLabel(self)
        form.addRow(self.catalog_label, catalog_box)
        self.browse_catalog.clicked.connect(self._browse_catalog)
        self.catalog_file.textEdited.connect(lambda _t: self.from_file.setChecked(True))

        self.folder = QLineEdit(str(folder), self)
        self.folder.setObjectName("folder")
        self.browse_folder = QPushButton(self)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.browse_folder)
        self.folder_label = QLabel(self)
        self.folder_label.setBuddy(self.folder)
        form.addRow(self.folder_label, folder_row)
        self.browse_folder.clicked.connect(self._browse_folder)
        layout.addLayout(form)

        self.message = QLabel(self)
        self.message.setObjectName("firstRunMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        outer.addWidget(self.message)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.create)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)
        self.kind_office.toggled.connect(self._kind_changed)
        self._kind_changed(False)
        self.retranslate()
        self.resize(780, 720)
        # A clerk starts by typing the district's name (issue 12).
        self.district_search.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(QCoreApplication.translate("FirstRun", "Welcome to SealDesk"))
        self.heading.setText(QCoreApplication.translate("FirstRun", "Welcome to SealDesk"))
        if self.kind_office.isChecked():
            intro = QCoreApplication.translate(
                "FirstRun",
                "Give the coordinating office's name and where to keep its work. You can "
                "receive the districts' bundles right after.",
            )
        else:
            intro = QCoreApplication.translate(
                "FirstRun",
                "Tell SealDesk which district office you work for. You can start the "
                "self-assessment right after.",
            )
        self.intro.setText(wrap(intro))
        self.kind_label.setText(QCoreApplication.translate("FirstRun", "This office is:"))
        self.kind_district.setText(
            QCoreApplication.translate("FirstRun", "A district office (the self-assessment)")
        )
        self.kind_office.setText(
            QCoreApplication.translate(
                "FirstRun", "The coordinating office at City Hall (receives the districts' bundles)"
            )
        )
        self.office_name_label.setText(QCoreApplication.translate("FirstRun", "Office &name:"))
        self.office_name.setPlaceholderText(
            QCoreApplication.translate("FirstRun", "As it should appear on reports")
        )
        self.district_label.setText(QCoreApplication.translate("FirstRun", "&District office:"))
        self.district_search.setPlaceholderText(
            QCoreApplication.translate("FirstRun", "Type a name in Thai or English")
        )
        self.district_list.setAccessibleName(
            QCoreApplication.translate("FirstRun", "District offices")
        )
        self.round_label.setText(QCoreApplication.translate("FirstRun", "&Round (B.E. year):"))
        self.clerk_label.setText(QCoreApplication.translate("FirstRun", "&Your name:"))
        self.clerk.setPlaceholderText(
            QCoreApplication.translate("FirstRun", "Recorded with every change you make")
        )
        self.catalog_label.setText(QCoreApplication.translate("FirstRun", "Catalog:"))
        self.shipped.setText(
            QCoreApplication.translate("FirstRun", "The catalog shipped with SealDesk")
        )
        self.from_file.setText(
            QCoreApplication.translate("FirstRun", "A file from the coordinating office:")
        )
        self.browse_catalog.setText(QCoreApplication.translate("FirstRun", "Choose..."))
        self.folder_label.setText(QCoreApplication.translate("FirstRun", "&Keep the work in:"))
        self.browse_folder.setText(QCoreApplication.translate("FirstRun", "Choose..."))
        self.language.setAccessibleName(QCoreApplication.translate("FirstRun", "Language"))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(QCoreApplication.translate("FirstRun", "Start"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _kind_changed(self, office: bool) -> None:
        """The coordinating office has a name and no district, round or checklist catalog."""
        rows = {label: self.form.getWidgetPosition(label)[0] for label in self._kind_rows()}
        for label, row in rows.items():
            self.form.setRowVisible(row, office == (label is self.office_name_label))
        self.message.clear()
        if hasattr(self, "buttons"):  # not while the dialog is being built
            self.retranslate()
            if office:
                self.adjustSize()  # the district list is hidden: no empty space

    def _kind_rows(self) -> tuple[QLabel, ...]:
        return (self.office_name_label, self.district_label, self.round_label, self.catalog_label)

    def _create_office(self, clerk: str) -> None:
        name = self.office_name.text().strip()
        if not name:
            self.message.setText(
                wrap(QCoreApplication.translate("FirstRun", "Write the name of the office."))
            )
            self.office_name.setFocus()
            return
        try:
            ws = Workspace.create_office(Path(self.folder.text().strip()), name=name, actor=clerk)
            ws.set_setting("clerk", clerk)
        except SealDeskError as error:
            self.message.setText(wrap(message_of(error)))
            return
        self.workspace = ws
        self.accept()

    def _filter_districts(self, text: str) -> None:
        self.district_proxy.setFilterFixedString(fold(text.strip()))
        if self.district_proxy.rowCount() >= 1:
            self.district_list.setCurrentIndex(self.district_proxy.index(0, 0))

    def select_district(self, code: str) -> None:
        for row in range(self.district_proxy.rowCount()):
            index = self.district_proxy.index(row, 0)
            if index.data(CODE_ROLE) == code:
                self.district_list.setCurrentIndex(index)

    def district_code(self) -> str | None:
        index = self.district_list.currentIndex()
        return index.data(CODE_ROLE) if index.isValid() else None

    def _browse_catalog(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            QCoreApplication.translate("FirstRun", "Catalog file"),
            "",
            QCoreApplication.translate("FirstRun", "Catalogs (*.toml)"),
        )
        if name:
            self.catalog_file.setText(name)
            self.from_file.setChecked(True)

    def _browse_folder(self) -> None:
        name = QFileDialog.getExistingDirectory(
            self, QCoreApplication.translate("FirstRun", "Keep the work in")
        )
        if name:
            self.folder.setText(name)

    def create(self) -> None:
        code = self.district_code()
        name = self.clerk.text().strip()
        if self.kind_office.isChecked() and name:
            self._create_office(name)
            return
        if code is None and not self.kind_office.isChecked():
            self.message.setText(
                wrap(
                    QCoreApplication.translate(
                        "FirstRun", "Choose your district office in the list."
                    )
                )
            )
            self.district_search.setFocus()
            return
        if not name:
            self.message.setText(
                wrap(
                    QCoreApplication.translate(
                        "FirstRun", "Write your name; it is recorded with your changes."
                    )
                )
            )
            self.clerk.setFocus()
            return
        catalog = None
        if self.from_file.isChecked():
            if not self.catalog_file.text().strip():
                self.message.setText(
                    wrap(
                        QCoreApplication.translate(
                            "FirstRun", "Choose the catalog file, or use the shipped catalog."
                        )
                    )
                )
                return
            catalog = Path(self.catalog_file.text().strip())
        try:
            ws = Workspace.create(
                Path(self.folder.text().strip()),
                district_code=code,
                round_be=self.round.value(),
                catalog_path=catalog,
                actor=name,
            )
            ws.set_setting("clerk", name)
        except SealDeskError as error:
            self.message.setText(wrap(message_of(error)))
            return
        self.workspace = ws
        self.accept()
