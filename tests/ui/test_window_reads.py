"""Building the main window reads each thing once (issue 13): the score and the evidence list
were read two or three times while the window was built; the window still shows them. The
score is now computed from the Session's assessments, not read from the workspace."""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest

from sealdesk.domain.status import Status
from sealdesk.services.workspace import Workspace
from sealdesk.ui import i18n
from sealdesk.ui.main import build_main_window


def _counted(monkeypatch: pytest.MonkeyPatch, calls: Counter[str], name: str) -> None:
    real = getattr(Workspace, name)

    def spy(self: Workspace, *args: Any, **kwargs: Any) -> Any:
        calls[name] += 1
        return real(self, *args, **kwargs)

    monkeypatch.setattr(Workspace, name, spy)


def test_the_window_reads_the_score_and_the_evidence_once_and_shows_them(
    qtbot, ws: Workspace, languages: i18n.Languages, monkeypatch: pytest.MonkeyPatch, tmp_path
) -> None:
    ws.assess("1.1.1", status=Status.MET.value, narrative="แผนปฏิบัติราชการ")
    scan = tmp_path / "plan.pdf"
    scan.write_bytes(b"%PDF-1.4\n% a scan\n")
    ws.add_evidence(scan, benchmarks=["1.1.1"])
    calls: Counter[str] = Counter()
    for name in ("score", "evidence_list"):
        _counted(monkeypatch, calls, name)
    win = build_main_window(ws, languages)
    qtbot.addWidget(win)
    # The dashboard scores the assessments the Session holds (issue 13: also on a first look,
    # without the store), so the workspace's score is not read at all.
    assert calls["score"] == 0
    assert calls["evidence_list"] <= 2  # the Session's list, and the inbox's waiting list
    assert win.dashboard.report is not None
    assert win.dashboard.report.overall.percent > 0
    assert win.dashboard.report == ws.score(win.session.round)
    assert win.library.table.model().rowCount() == 1
    # a real reload still reads afresh
    before = win.dashboard.report.overall.percent
    ws.assess("1.2.1", status=Status.MET.value)
    win.reload()
    assert win.dashboard.report == ws.score(win.session.round)
    assert win.dashboard.report.overall.percent > before
