"""Issue 17 in the app: the district sees what a catalog edition is and changes before it
imports it, and a practice warning while its catalog is not signed; the office publishes an
edition from its window and its city view flags practice and older editions."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from sealdesk.bundle import keys
from sealdesk.domain.editions import CatalogStanding
from sealdesk.services.district_trust import read_office_card
from sealdesk.services.workspace import Workspace
from sealdesk.ui import catalog_edition, i18n
from sealdesk.ui.citymodel import FIXED
from sealdesk.ui.main import build_main_window
from sealdesk.ui.mainwindow import MainWindow
from tests.city.conftest import Received, received  # noqa: F401
from tests.office.conftest import FAST_KDF, PASS
from tests.office.test_catalog_editions import official


def _office(root: Path, name: str = "ศูนย์ประสานงาน") -> Workspace:
    office = Workspace.create_office(root, name=name)
    keys.create_key(office.path / "keys", PASS, kdf=FAST_KDF)
    return office


def test_district_sees_the_diff_and_trust_before_importing(
    qtbot, window: MainWindow, ws: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    banner = window.practice_banner
    assert banner.isVisible() and "ฝึกซ้อม" in banner.text()  # Thai: the template
    assert "ไม่ได้ลงนาม" in banner.toolTip()
    office = _office(tmp_path / "office")
    edition = tmp_path / "ed1.zip"
    published = office.publish_catalog(official(tmp_path, "2026.1", "ปรับปรุง"), edition, PASS)
    card = tmp_path / "card.txt"
    office.write_office_card(card, PASS)

    shown: list[Exception] = []
    monkeypatch.setattr(catalog_edition, "show_error", lambda _p, e: shown.append(e))
    assert window.rounds.preview_catalog(edition) is None  # not trusted yet
    assert "does not trust" in shown[0].english()  # type: ignore[attr-defined]

    ws.trust_office(read_office_card(card))
    told: list[str] = []
    monkeypatch.setattr("sealdesk.ui.rounds.show_info", lambda _p, text: told.append(text))
    dialog = window.rounds.preview_catalog(edition)
    assert dialog is not None and dialog.isVisible()
    assert published.key_id in dialog.trust.text() and "ศูนย์ประสานงาน" in dialog.trust.text()
    assert "2026.1" in dialog.heading.text()
    diff = dialog.diff.toPlainText()
    assert "1.1.1" in diff and "2026.1" in diff  # the retitled benchmark, in Thai
    dialog.grab().save(str(tmp_path / "import-dialog.png"))
    with qtbot.waitSignal(window.session.round_changed):
        dialog.accept()
    assert window.session.catalog.version == "2026.1" and "2026.1" in told[0]
    assert not window.session.catalog.is_practice and not banner.isVisible()
    office.close()


def test_district_cancels_and_nothing_changes(
    qtbot, window: MainWindow, ws: Workspace, tmp_path: Path
) -> None:
    practice = official(tmp_path, "2026.9")
    dialog = window.rounds.preview_catalog(practice)
    assert dialog is not None
    assert "ฝึกซ้อม" in dialog.trust.text()  # a bare TOML: practice only
    dialog.reject()
    assert window.session.catalog.version == "2023.1-template"


@pytest.fixture
def office_window(received: Received, tmp_path: Path, languages: i18n.Languages):  # noqa: F811
    folder = tmp_path / "office"
    shutil.copytree(received.office_path, folder)
    ws = Workspace.open(folder)
    window = build_main_window(ws, languages)
    yield window
    window.close()
    ws.close()


def test_office_publishes_and_the_city_view_flags(
    qtbot, office_window, tmp_path: Path, languages: i18n.Languages, monkeypatch
) -> None:
    languages.set_language("en")
    told: list[str] = []  # the "published" box, kept from other tests' open-box checks
    monkeypatch.setattr(catalog_edition, "show_info", lambda _p, text: told.append(text))
    model = office_window.city.model
    column = FIXED.index("catalog")
    row = next(i for i, r in enumerate(model.rows) if r.district_code == "1001")
    assert model.rows[row].catalog_standing is CatalogStanding.PRACTICE
    assert "Practice catalog" in model.index(row, column).data()
    none = next(i for i, r in enumerate(model.rows) if r.district_code == "1050")
    assert model.index(none, column).data() == ""

    out = tmp_path / "edition.zip"
    dialog = catalog_edition.prepare_publish(
        office_window.session, office_window, official(tmp_path, "2026.1"), out
    )
    assert dialog is not None and dialog.passphrase is not None
    assert "2026.1" in dialog.heading.text()
    dialog.passphrase.setText(PASS)
    dialog.grab().save(str(tmp_path / "publish-dialog.png"))
    with qtbot.waitSignal(office_window.session.event):
        dialog.accept()
    assert out.is_file()
    assert told == [f"Published the catalog edition ges-pi-2023 2026.1 to {out}."]
    assert office_window.session.query(lambda ws: ws.catalog_ref())["version"] == "2026.1"
    assert "Practice catalog" in model.index(row, column).data()  # still practice, re-read
    assert "Publish a catalog edition..." in office_window.publish_link.text()


def test_district_is_told_when_the_office_names_a_newer_edition(
    qtbot, window: MainWindow, ws: Workspace, tmp_path: Path
) -> None:
    flag = window.newer_edition_flag
    assert not flag.isVisible()
    office = _office(tmp_path / "office")
    office.publish_catalog(official(tmp_path, "2026.1"), tmp_path / "ed1.zip", PASS)
    ref = office.catalog_ref()
    office.close()
    # what the feedback and receipt importers do with the document's "catalog" field
    with qtbot.waitSignal(window.session.setting_changed):
        ws.note_office_catalog_edition(ref)
    assert flag.isVisible() and "2026.1" in flag.text()
    assert "2026.1" in flag.toolTip() and "2023.1-template" in flag.toolTip()
    card = tmp_path / "card.txt"
    with Workspace.open(tmp_path / "office") as again:
        again.write_office_card(card, PASS)
    ws.trust_office(read_office_card(card))
    box = window.rounds.import_catalog(tmp_path / "ed1.zip")
    assert box is not None
    box.accept()
    assert not flag.isVisible() and not window.practice_banner.isVisible()
    assert ws.note_office_catalog_edition(None) is None  # an office with no edition yet
