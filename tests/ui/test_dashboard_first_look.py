"""The dashboard scores what the Session holds (issue 13): on the first look it opens without
the store, and its report is exactly the service's score (``Workspace.score``) of the round,
before the workspace is attached and after, in every round, over many random workspaces."""

from __future__ import annotations

from pathlib import Path

import pytest

from sealdesk.services.first_look import first_look
from sealdesk.services.workspace import Workspace
from sealdesk.ui import i18n
from sealdesk.ui.dashboard import Dashboard
from sealdesk.ui.look_session import LookSession
from tests.foundation.test_first_look import _random_workspace, district_in_review


def _check(qtbot, path: Path) -> None:  # type: ignore[no-untyped-def]
    with Workspace.open(path) as ws:
        rounds = ws.rounds()
        scores = {round_be: ws.score(round_be) for round_be in rounds}
    look = first_look(path)
    assert look is not None
    session = LookSession(look, lambda: Workspace.open(path))
    dashboard = Dashboard(session)
    qtbot.addWidget(dashboard)
    dashboard.refresh()
    assert not session.is_attached  # scored from the first look
    assert dashboard.report == scores[look.round_be]
    shown = (dashboard.level.text(), dashboard.overall.text(), dashboard.chart.bars())
    session.load()  # attached: the same report, the same page
    dashboard.refresh()
    assert dashboard.report == scores[look.round_be]
    assert (dashboard.level.text(), dashboard.overall.text(), dashboard.chart.bars()) == shown
    for round_be in rounds:  # another round shown: the dashboard follows it
        session.set_round(round_be)
        assert dashboard.report == scores[round_be]
    session.load().close()


@pytest.mark.parametrize("seed", range(12))
def test_the_dashboard_scores_as_the_service_does(
    qtbot, tmp_path: Path, languages: i18n.Languages, seed: int
) -> None:
    _random_workspace(tmp_path / "ws", seed).close()
    _check(qtbot, tmp_path / "ws")


def test_the_dashboard_of_a_district_in_review_opens_on_its_first_look(
    qtbot, tmp_path: Path, languages: i18n.Languages
) -> None:
    ws, _notes = district_in_review(tmp_path, 4)
    ws.close()
    _check(qtbot, ws.path)
