"""Rounds: start next year's round from the window, switch between rounds, reopen on the last."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QInputDialog

from sealdesk.domain.status import Status
from sealdesk.services.workspace import Workspace
from sealdesk.ui import i18n
from sealdesk.ui.main import build_main_window
from sealdesk.ui.mainwindow import MainWindow


def answer_year(monkeypatch: pytest.MonkeyPatch, year: int, ok: bool = True) -> None:
    """The year the clerk types into the (modal) input dialog."""
    monkeypatch.setattr(QInputDialog, "getInt", lambda *args, **kwargs: (year, ok))


def test_start_a_new_round_and_switch_back(
    qtbot, window: MainWindow, ws: Workspace, languages: i18n.Languages, monkeypatch
) -> None:
    window.session.assess("1.1.1", status=Status.MET)
    assert [a.text() for a in window.rounds.menu.actions() if a.isCheckable()] == ["2569"]
    assert "รอบการประเมิน" in window.rounds.menu.title()

    answer_year(monkeypatch, 2570, ok=False)
    assert window.start_new_round() is None and ws.rounds() == [2569]

    answer_year(monkeypatch, 2570)
    assert window.start_new_round() == 2570
    assert ws.rounds() == [2569, 2570]
    # The same window now shows the new round: every view is updated in place.
    assert window.session.round == 2570 and window.isVisible()
    assert window.session.assessment("1.1.1").status is Status.NOT_STARTED
    assert window.model.status_of("1.1.1") is Status.NOT_STARTED
    assert "2570" in window.round_label.text()
    assert window.rounds.actions[2570].isChecked()
    assert [a.text() for a in window.rounds.menu.actions() if a.isCheckable()] == [
        "2569",
        "2570",
    ]

    answer_year(monkeypatch, 2570)  # the same year again: one clear sentence, nothing changes
    monkeypatch.setattr("sealdesk.ui.errors.show_error", lambda parent, e: shown.append(e))
    shown: list[Exception] = []
    assert window.start_new_round() is None and "2570" in str(shown[0])

    # Reopening the app goes back to the round worked on last.
    again = build_main_window(ws, languages)
    qtbot.addWidget(again)
    assert again.session.round == 2570

    window.switch_round(2569)
    assert window.session.round == 2569
    assert window.session.assessment("1.1.1").status is Status.MET
    assert window.model.status_of("1.1.1") is Status.MET
    assert window.rounds.actions[2569].isChecked() and "2569" in window.round_label.text()
    assert build_main_window(ws, languages).session.round == 2569


def test_switching_round_records_nothing_in_the_workspace(
    qtbot, window: MainWindow, ws: Workspace
) -> None:
    ws.add_round(2570)
    assert window.rounds.actions[2570].text() == "2570"  # the menu follows the new round
    before = ws.audit_log()
    with qtbot.waitSignal(window.session.round_changed) as switched:
        window.switch_round(2570)
    assert switched.args == [2570]
    window.switch_round(2569)
    assert ws.audit_log() == before
    assert ws.get_setting("ui.round") is None


def test_each_view_shows_the_round_switched_to(
    qtbot, window: MainWindow, ws: Workspace, tmp_path
) -> None:
    from .helpers import make_file, tiny_pdf

    ws.add_round(2570)
    ws.assess("1.1.1", status=Status.MET, round_be=2570)
    ws.add_evidence(make_file(tmp_path, "plan.pdf", tiny_pdf()), ["1.1.1"], round_be=2570)
    window.open_benchmark("1.1.1")
    assert window.page.evidence.count() == 0
    window.switch_round(2570)
    assert window.page.code == "1.1.1"
    assert window.page.evidence.count() == 1
    assert window.model.status_of("1.1.1") is Status.MET
    assert window.library.model.rowCount() == 1
    assert window.dashboard.report.overall.points > 0
    window.session.set_status("1.1.2", Status.MET)
    assert window.menus.undo_action.isEnabled()
    window.switch_round(2569)  # the undo history belongs to the round it was made in
    assert not window.menus.undo_action.isEnabled()
    assert window.model.status_of("1.1.1") is Status.NOT_STARTED
    assert window.page.evidence.count() == 0 and window.dashboard.report.overall.points == 0


def test_printing_follows_the_round_shown(
    qtbot, window: MainWindow, ws: Workspace, monkeypatch
) -> None:
    ws.add_round(2570)
    seen: dict[str, object] = {}

    def fake_print_job(ws_, kind, **extra):  # type: ignore[no-untyped-def]
        seen.update(extra, kind=kind)
        raise RuntimeError("stop here")

    monkeypatch.setattr("sealdesk.ui.mainwindow.print_job", fake_print_job)
    with pytest.raises(RuntimeError):
        window.print_document("filled")
    assert seen == {"kind": "filled", "round_be": 2569}


def test_import_a_new_catalog_edition_keeps_matching_work(
    qtbot, window: MainWindow, ws: Workspace, tmp_path, monkeypatch
) -> None:
    from sealdesk.resources import default_catalog_path

    window.session.assess("1.1.1", status=Status.MET)
    window.session.assess("5.4.2", status=Status.NOT_MET)
    newer = tmp_path / "ges-pi-2024.toml"
    text = default_catalog_path().read_text("utf-8")
    newer.write_text(
        text.replace('version = "2023.1-template"', 'version = "2024.1"').replace(
            'code = "5.4.2"', 'code = "5.4.3"'
        ),
        "utf-8",
    )
    report = window.import_catalog(newer)
    assert report is not None and window.session.catalog.version == "2024.1"
    assert window.session.assessment("1.1.1").status is Status.MET
    assert window.model.index_of("5.4.3").isValid()
    assert not window.model.index_of("5.4.2").isValid()
    message = report.text()
    assert "2024.1" in message and "5.4.2" in message
    report.accept()

    broken = tmp_path / "broken.toml"
    broken.write_text("[catalog\n", "utf-8")
    shown: list[Exception] = []
    monkeypatch.setattr("sealdesk.ui.errors.show_error", lambda p, e: shown.append(e))
    assert window.import_catalog(broken) is None
    assert "broken.toml, line 1" in str(shown[0])
    assert window.session.catalog.version == "2024.1"
