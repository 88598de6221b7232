"""Every item model of the window passes Qt's model tester across the updates it sees: a status
changed, evidence added, linked and removed, filters changed, the round switched (the checklist
is rebuilt from another catalog edition), the level aimed at and the language switched."""

from __future__ import annotations

from operator import attrgetter
from pathlib import Path

import pytest

from sealdesk.domain.status import Level, Status
from sealdesk.resources import default_catalog_path
from sealdesk.services.workspace import Workspace
from sealdesk.ui import i18n
from sealdesk.ui.mainwindow import MainWindow

from .helpers import make_file, tiny_pdf

MODELS = ("model", "proxy", "library.model", "library.proxy")


@pytest.mark.parametrize("name", MODELS)
def test_the_models_stay_consistent_across_updates(
    qtbot,
    qtmodeltester,
    window: MainWindow,
    ws: Workspace,
    languages: i18n.Languages,
    tmp_path: Path,
    name: str,
) -> None:
    # The Python tester raises on the first inconsistency (the C++ one only logs a warning).
    qtmodeltester.check(attrgetter(name)(window), force_py=True)
    rows = window.library.model.rowCount

    window.session.set_status("1.1.1", Status.MET)
    assert window.model.status_of("1.1.1") is Status.MET
    added = ws.add_evidence(make_file(tmp_path, "plan.pdf", tiny_pdf("plan")), ["1.1.1"])
    evidence_id = added.evidence.id
    assert rows() == 1
    ws.add_evidence(make_file(tmp_path, "photo.pdf", tiny_pdf("photo")))
    assert rows() == 2
    window.session.link(evidence_id, ["1.2.1"])
    window.session.update_evidence(evidence_id, description="แผนปี 2569")
    window.library.search.setText("แผน")
    window.library.unlinked.setChecked(True)
    window.library.unlinked.setChecked(False)
    window.library.search.clear()
    window.search.insert("1.1")
    window.set_show_filter("status", Status.MET.value)
    window.set_show_filter("no_evidence")
    window.set_show_filter("all")
    window.search.clear()
    window.session.unlink(evidence_id, ["1.1.1", "1.2.1"])
    window.session.remove_evidence(evidence_id)
    assert rows() == 1
    window.session.set_target(Level.SILVER)

    ws.add_round(2570)
    window.switch_round(2570)
    window.session.set_status("1.1.2", Status.PARTIALLY_MET)
    window.switch_round(2569)
    newer = tmp_path / "ges-pi-2024.toml"
    text = default_catalog_path().read_text("utf-8")
    newer.write_text(
        text.replace('version = "2023.1-template"', 'version = "2024.1"').replace(
            'code = "5.4.2"', 'code = "5.4.3"'
        ),
        "utf-8",
    )
    report = window.import_catalog(newer)
    assert report is not None and window.model.index_of("5.4.3").isValid()
    report.accept()

    languages.set_language("en")
    languages.set_language("th")
    window.reload()
