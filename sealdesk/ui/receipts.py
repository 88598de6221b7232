"""Receipts in the desktop app (issue 16).

At a district: ``SentBundles``, the bundles exported for the round shown, each with what City
Hall's receipts say ("City Hall has received it ..."), and the button that imports a receipt.
At the office: ``write_receipt``, offered in a district's submission window after intake.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sealdesk.domain.thaidate import format_date
from sealdesk.ui import i18n
from sealdesk.ui.errors import show_info

if TYPE_CHECKING:
    from sealdesk.ui.office_session import OfficeSession
    from sealdesk.ui.session import Session


class SentBundles(QWidget):
    """The bundles sent for the round shown, and whether City Hall has received each."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sentBundles")
        self.session = session
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel(self)
        self.title.setStyleSheet("font-weight: 600;")
        layout.addWidget(self.title)
        self.list = QTreeWidget(self)
        self.list.setObjectName("sentBundlesList")
        self.list.setRootIsDecorated(False)
        self.list.setColumnCount(2)
        self.list.setMaximumHeight(140)
        layout.addWidget(self.list)
        row = QHBoxLayout()
        self.import_button = QPushButton(self)
        self.import_button.setObjectName("importReceipt")
        self.import_button.clicked.connect(self.choose_receipt)
        row.addWidget(self.import_button)
        row.addStretch(1)
        layout.addLayout(row)
        self._stale = True  # read when first shown: nothing of it slows the start-up
        session.exports_changed.connect(self._changed)
        session.round_changed.connect(lambda *_a: self._changed())
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(QCoreApplication.translate("Receipts", "Bundles sent for this round"))
        self.list.setHeaderLabels(
            [
                QCoreApplication.translate("Receipts", "Bundle"),
                QCoreApplication.translate("Receipts", "At City Hall"),
            ]
        )
        self.import_button.setText(
            QCoreApplication.translate("Receipts", "&Import a receipt from City Hall...")
        )
        self._changed()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _changed(self) -> None:
        self._stale = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        self._stale = False
        round_be = self.session.round
        exports, receipts = self.session.query(
            lambda ws: (ws.exports(round_be), ws.receipts(round_be))
        )
        lang = i18n.current()
        self.list.clear()
        for record in reversed(exports):
            receipt = next(
                (r for r in receipts if any(b.bundle_id == record.bundle_id for b in r.bundles)),
                None,
            )
            if receipt is None:
                state = QCoreApplication.translate("Receipts", "No receipt from City Hall yet")
            else:
                state = QCoreApplication.translate(
                    "Receipts", "City Hall has received it (receipt of {date})"
                ).format(date=format_date(receipt.issued_at.date(), lang))
            sent = format_date(record.at.date(), lang)
            item = QTreeWidgetItem([f"{sent}  {Path(record.path).name}", state])
            item.setToolTip(0, record.bundle_id)
            self.list.addTopLevelItem(item)
        self.list.resizeColumnToContents(0)

    def choose_receipt(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            QCoreApplication.translate("Receipts", "Import a receipt from City Hall"),
            "",
            QCoreApplication.translate("Receipts", "Receipts (*.txt);;All files (*)"),
        )
        if name:
            self.import_receipt(Path(name))

    def import_receipt(self, path: Path) -> None:
        imported = self.session.run(lambda ws: ws.import_receipt(path), parent=self)
        if imported is None:
            return
        r = imported.receipt
        show_info(
            self,
            QCoreApplication.translate(
                "Receipts", "This receipt was imported before; nothing changed."
            )
            if imported.duplicate
            else QCoreApplication.translate(
                "Receipts",
                "City Hall holds {bundles} bundles and {files} evidence files of this district "
                "for round {round}. A delta export now sends only what is new.",
            ).format(bundles=len(r.bundles), files=len(r.evidence), round=r.round_be),
        )


def write_receipt(
    parent: QWidget, session: OfficeSession, district_code: str, round_be: int
) -> Path | None:
    """Asks where to save the district's receipt and the office key's passphrase, writes it."""
    name, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("Receipts", "Save the receipt for the district"),
        str(Path.home() / f"receipt-{district_code}-{round_be}.txt"),
        QCoreApplication.translate("Receipts", "Receipts (*.txt);;All files (*)"),
    )
    if not name:
        return None
    passphrase, ok = QInputDialog.getText(
        parent,
        QCoreApplication.translate("Receipts", "Sign the receipt"),
        QCoreApplication.translate("Receipts", "Passphrase of the office key:"),
        QLineEdit.EchoMode.Password,
    )
    if not ok:
        return None
    out = Path(name)
    receipt = session.run(
        lambda ws: ws.write_receipt(district_code, out, passphrase, round_be=round_be),
        parent=parent,
    )
    if receipt is None:
        return None
    show_info(
        parent,
        QCoreApplication.translate(
            "Receipts",
            "The receipt was written to {path}: {bundles} bundles and {files} evidence files. "
            "Send it to the district by any channel; it is signed.",
        ).format(path=str(out), bundles=len(receipt.bundles), files=len(receipt.evidence)),
    )
    return out


class SendOptions(QWidget):
    """In the export dialog: only what City Hall does not hold yet (a delta bundle, when a
    receipt was imported), and parts sized for how the bundle travels."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout

        from sealdesk.services.export_parts import PART_SIZE_CHOICES

        super().__init__(parent)
        self.session = session
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        self.delta = QCheckBox(
            QCoreApplication.translate(
                "Receipts", "Send only what City Hall does not hold yet (by its latest receipt)"
            ),
            self,
        )
        self.delta.setObjectName("exportDelta")
        form.addRow(self.delta)
        self.parts = QComboBox(self)
        self.parts.setObjectName("exportParts")
        self.parts.addItem(QCoreApplication.translate("Receipts", "One file"), None)
        self.parts.addItem(
            QCoreApplication.translate("Receipts", "Email: parts of 15 MB"),
            PART_SIZE_CHOICES["email"],
        )
        self.parts.addItem(
            QCoreApplication.translate("Receipts", "Chat app: parts of 50 MB"),
            PART_SIZE_CHOICES["chat"],
        )
        self.parts.addItem(
            QCoreApplication.translate("Receipts", "USB stick: parts of 4 GB at most"),
            PART_SIZE_CHOICES["usb"],
        )
        form.addRow(QCoreApplication.translate("Receipts", "Send as:"), self.parts)
        round_be = session.round
        has_receipt = session.query(lambda ws: ws.latest_receipt(round_be)) is not None
        self.delta.setEnabled(has_receipt)
        if not has_receipt:
            self.delta.setToolTip(
                QCoreApplication.translate("Receipts", "Import a receipt from City Hall first.")
            )

    def part_size(self) -> int | None:
        value = self.parts.currentData()
        return int(value) if value else None
