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
    assert [a.text() for a in window.round_menu.actions() if a.isCheckable()] == ["2569"]
    assert "รอบการประเมิน" in window.round_menu.title()

    answer_year(monkeypatch, 2570, ok=False)
    assert window.start_new_round() is None and ws.rounds() == [2569]

    answer_year(monkeypatch, 2570)
    new = window.start_new_round()
    assert new is not None and new is not window
    qtbot.addWidget(new)
    assert ws.rounds() == [2569, 2570]
    assert new.session.round == 2570 and not window.isVisible() and new.isVisible()
    assert new.session.assessment("1.1.1").status is Status.NOT_STARTED
    assert "2570" in new.round_label.text()
    assert new.round_actions[2570].isChecked()

    answer_year(monkeypatch, 2570)  # the same year again: one clear sentence, nothing changes
    monkeypatch.setattr("sealdesk.ui.mainwindow.show_error", lambda parent, e: shown.append(e))
    shown: list[Exception] = []
    assert new.start_new_round() is None and "2570" in str(shown[0])

    # Reopening the app goes back to the round worked on last.
    again = build_main_window(ws, languages)
    qtbot.addWidget(again)
    assert again.session.round == 2570

    back = new.switch_round(2569)
    qtbot.addWidget(back)
    assert back.session.round == 2569
    assert back.session.assessment("1.1.1").status is Status.MET
    assert build_main_window(ws, languages).session.round == 2569


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
    new = window.import_catalog(newer)
    qtbot.addWidget(new)
    assert new is not window and new.session.catalog.version == "2024.1"
    assert new.session.assessment("1.1.1").status is Status.MET
    message = new.catalog_report.text()
    assert "2024.1" in message and "5.4.2" in message
    new.catalog_report.accept()

    broken = tmp_path / "broken.toml"
    broken.write_text("[catalog\n", "utf-8")
    shown: list[Exception] = []
    monkeypatch.setattr("sealdesk.ui.mainwindow.show_error", lambda p, e: shown.append(e))
    assert new.import_catalog(broken) is new
    assert "broken.toml, line 1" in str(shown[0])
    assert new.session.catalog.version == "2024.1"
