"""Catalog editions in the app (issue 17): what a file is and what it changes, shown before a
district imports it or the office publishes it; and the district window's practice warning.

- ``CatalogEditionDialog``: the edition in the file, whether an office key this district trusts
  signed it (or that it is a practice catalog), and the diff against the edition in use
  (domain/catalog_diff.py), with Import / Publish and Cancel. The office's dialog also asks for
  the passphrase of its signing key.
- ``preview_import``: the district's File > Assessment round > Import a new catalog edition.
- ``publish_flow``: the office's "Publish a catalog edition" button.
- ``PracticeBanner``: a flag in the district window's status bar while the round's catalog is
  practice (the full sentence as its tooltip; a line above the pages would not fit 1024x600
  at 150 %).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from sealdesk.domain.catalog import Catalog
from sealdesk.domain.editions import NEWER_EDITION_MESSAGE
from sealdesk.errors import SealDeskError
from sealdesk.ui import i18n
from sealdesk.ui.errors import show_error, show_info
from sealdesk.ui.session import Session

if TYPE_CHECKING:  # services/catalog_editions imports the store: only when used
    from sealdesk.services import catalog_editions

WARNING_STYLE = "color: #8a4b00; background: #fff4e0; padding: 6px; border-radius: 4px;"
SIGNED_STYLE = "color: #1b5e20; font-weight: 600;"


def diff_lines(old: Catalog, new: Catalog) -> list[str]:
    """The diff as sentences in the user's language."""
    from sealdesk.domain.catalog_diff import diff_catalogs

    lang = i18n.current()
    return [line.render(QCoreApplication.translate) for line in diff_catalogs(old, new).lines(lang)]


def _edition(catalog: Catalog) -> str:
    return f"{catalog.edition} {catalog.version}"


class CatalogEditionDialog(QDialog):
    """Before an edition is imported or published: what it is, who signed it, what changes."""

    def __init__(
        self,
        parent: QWidget | None,
        *,
        title: str,
        heading: str,
        trust: str,
        warning: bool,
        old: Catalog,
        new: Catalog,
        accept_text: str,
        ask_passphrase: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("catalogEditionDialog")
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        self.heading = QLabel(heading, self)
        self.heading.setObjectName("catalogHeading")
        self.heading.setWordWrap(True)
        self.trust = QLabel(trust, self)
        self.trust.setObjectName("catalogTrust")
        self.trust.setWordWrap(True)
        self.trust.setStyleSheet(WARNING_STYLE if warning else SIGNED_STYLE)
        self.diff_label = QLabel(
            QCoreApplication.translate("CatalogEdition", "What changes:"), self
        )
        self.diff = QPlainTextEdit(self)
        self.diff.setObjectName("catalogDiff")
        self.diff.setReadOnly(True)
        self.diff.setPlainText("\n".join(diff_lines(old, new)))
        self.diff_label.setBuddy(self.diff)
        for widget in (self.heading, self.trust, self.diff_label):
            layout.addWidget(widget)
        layout.addWidget(self.diff, 1)
        self.passphrase: QLineEdit | None = None
        if ask_passphrase:
            form = QFormLayout()
            self.passphrase = QLineEdit(self)
            self.passphrase.setObjectName("passphrase")
            self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
            form.addRow(
                QCoreApplication.translate(
                    "CatalogEdition", "Passphrase of the office's signing key:"
                ),
                self.passphrase,
            )
            layout.addLayout(form)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(accept_text)
        ok.setObjectName("acceptEdition")
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            QCoreApplication.translate("CatalogEdition", "Cancel")
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(720, 520)


# --- at a district ----------------------------------------------------------------------------


def import_dialog(
    parent: QWidget | None, old: Catalog, incoming: catalog_editions.IncomingEdition, round_be: int
) -> CatalogEditionDialog:
    new = incoming.catalog
    if incoming.signed:
        trust = (
            QCoreApplication.translate(
                "CatalogEdition", "Signed by {office}, with its trusted office key {key_id}."
            )
            if incoming.office_name
            else QCoreApplication.translate(
                "CatalogEdition", "Signed with the trusted office key {key_id}."
            )
        ).format(key_id=new.signed_by, office=incoming.office_name)
    else:
        trust = QCoreApplication.translate(
            "CatalogEdition",
            "This catalog is not signed by the coordinating office: use it for practice only; "
            "pre-flight and the bundle will say so, and the office will mark the submission.",
        )
    return CatalogEditionDialog(
        parent,
        title=QCoreApplication.translate("CatalogEdition", "Import a catalog edition"),
        heading=QCoreApplication.translate(
            "CatalogEdition", "Round {round} uses {old}. The file holds {new}."
        ).format(round=round_be, old=_edition(old), new=_edition(new)),
        trust=trust,
        warning=new.is_practice,
        old=old,
        new=new,
        accept_text=QCoreApplication.translate("CatalogEdition", "Import"),
    )


def preview_import(
    session: Session, parent: QWidget, path: Path, on_accept: Callable[[Path], object]
) -> CatalogEditionDialog | None:
    """Reads and checks the file (nothing changes), shows the dialog (window-modal, not
    blocking), and calls ``on_accept(path)`` when the clerk chooses Import. None, with the
    error shown, when the file cannot be used (untrusted, changed, broken)."""
    round_be = session.round
    try:
        old, incoming = session.query(lambda ws: ws.preview_catalog_import(path, round_be))
    except SealDeskError as error:
        show_error(parent, error)
        return None
    dialog = import_dialog(parent, old, incoming, round_be)
    dialog.accepted.connect(lambda: on_accept(path))
    dialog.open()
    return dialog


class PracticeBanner(QLabel):
    """Shown in the district's status bar while the round shown uses a practice catalog."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("practiceBanner")
        self.setStyleSheet("color: #b00020; font-weight: 600;")
        self.session = session
        session.round_changed.connect(lambda _r: self.refresh())
        session.rounds_changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        catalog = self.session.catalog
        self.setVisible(catalog.is_practice)
        self.setText(
            "⚑ " + QCoreApplication.translate("CatalogEdition", "Practice catalog, not signed")
        )
        self.setToolTip(
            QCoreApplication.translate(
                "CatalogEdition",
                "This round uses the catalog {edition}, which is not signed by the coordinating "
                "office: use it for practice only, and import the office's signed edition when "
                "it arrives.",
            ).format(edition=_edition(catalog))
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.refresh()
        super().changeEvent(event)


class NewerEditionFlag(QLabel):
    """Shown in the district's status bar when the office's latest feedback or receipt named
    another catalog edition than the round uses (the office names its current one)."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newerEditionFlag")
        self.setStyleSheet("color: #8a4b00; font-weight: 600;")
        self.session = session
        session.round_changed.connect(lambda _r: self.refresh())
        session.rounds_changed.connect(self.refresh)
        session.setting_changed.connect(lambda _key: self.refresh())
        self.refresh()

    def refresh(self) -> None:
        newer = self.session.office_edition_notice()
        self.setVisible(newer is not None)
        if newer is None:
            return
        self.setText(
            "⚑ "
            + QCoreApplication.translate(
                "CatalogEdition", "The office uses the catalog edition {edition}"
            ).format(edition=f"{newer.edition} {newer.version}")
        )
        self.setToolTip(
            QCoreApplication.translate("Catalog", NEWER_EDITION_MESSAGE).format(
                edition=newer.edition,
                version=newer.version,
                used=_edition(self.session.catalog),
            )
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.refresh()
        super().changeEvent(event)


# --- at the office ----------------------------------------------------------------------------


def publish_dialog(parent: QWidget | None, old: Catalog, new: Catalog) -> CatalogEditionDialog:
    return CatalogEditionDialog(
        parent,
        title=QCoreApplication.translate("CatalogEdition", "Publish a catalog edition"),
        heading=QCoreApplication.translate(
            "CatalogEdition",
            "The districts now use {old}. Publishing makes {new} the office's current edition.",
        ).format(old=_edition(old), new=_edition(new)),
        trust=QCoreApplication.translate(
            "CatalogEdition",
            "The edition is signed with the office key; districts that trust the office's card "
            "can import it, and submissions made with an older edition are flagged.",
        ),
        warning=False,
        old=old,
        new=new,
        accept_text=QCoreApplication.translate("CatalogEdition", "Publish"),
        ask_passphrase=True,
    )


def publish_flow(session: Session, parent: QWidget) -> CatalogEditionDialog | None:
    """Choose the TOML catalog, see what it changes, choose where the edition file goes, and
    publish it with the passphrase."""
    name, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("CatalogEdition", "Catalog to publish"),
        "",
        QCoreApplication.translate("CatalogEdition", "Catalogs (*.toml)"),
    )
    if not name:
        return None
    source = Path(name)
    out, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("CatalogEdition", "Save the signed edition as"),
        str(source.with_suffix(".zip")),
        "*.zip",
    )
    if not out:
        return None
    return prepare_publish(session, parent, source, Path(out))


def prepare_publish(
    session: Session, parent: QWidget, source: Path, out: Path
) -> CatalogEditionDialog | None:
    """The publish dialog for ``source`` -> ``out`` (the file dialogs already chose them)."""
    from sealdesk.services import catalog_editions

    try:
        new = catalog_editions.read_source(source)
        old = session.query(_office_current_catalog)
    except SealDeskError as error:
        show_error(parent, error)
        return None
    dialog = publish_dialog(parent, old, new)

    def publish() -> None:
        passphrase = dialog.passphrase.text() if dialog.passphrase is not None else ""
        # the save dialog asked before replacing an existing file
        done = session.run(
            lambda ws: ws.publish_catalog(source, out, passphrase, overwrite=True), parent=parent
        )
        if done is not None:
            show_info(
                parent,
                QCoreApplication.translate(
                    "CatalogEdition", "Published the catalog edition {edition} to {path}."
                ).format(edition=f"{done.edition} {done.version}", path=str(out)),
            )

    dialog.accepted.connect(publish)
    dialog.open()
    return dialog


def _office_current_catalog(ws: object) -> Catalog:
    current = ws.current_catalog_edition()  # type: ignore[attr-defined]
    return ws.office_catalog(current.sha256 if current else None)  # type: ignore[attr-defined]
