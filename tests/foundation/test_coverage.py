"""Evidence -> means-of-verification coverage: the rules, the service, and the migration that
adds it to a workspace made before it existed."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic import command

from sealdesk.domain.coverage import format_covers, means_covered, parse_covers
from sealdesk.errors import InputError
from sealdesk.events import EvidenceChanged
from sealdesk.services import coverage
from sealdesk.services.core import DB_NAME
from sealdesk.services.workspace import Workspace
from sealdesk.store.db import _alembic_config, make_engine


def test_rules_over_plain_values() -> None:
    assert parse_covers("3, 1,x,,9,1", 4) == (1, 3)  # a later edition may list fewer means
    assert parse_covers("", 4) == ()
    assert format_covers([3, 1, 3]) == "1,3"
    assert means_covered(3, {7: (1,), 8: (), 9: (1, 3)}) == (True, False, True)
    assert means_covered(2, {}) == (False, False)


def test_set_and_read_coverage_audited_and_announced(workspace: Workspace, tmp_path: Path) -> None:
    code = "1.1.1"
    count = len(workspace.catalog().benchmark(code).verification)
    assert count >= 2
    doc = tmp_path / "แผน.pdf"
    doc.write_bytes(b"%PDF-1.4 plan")
    other = tmp_path / "order.pdf"
    other.write_bytes(b"%PDF-1.4 order")
    first = workspace.add_evidence(doc, benchmarks=[code]).evidence
    second = workspace.add_evidence(other, benchmarks=[code]).evidence
    assert coverage.coverage(workspace, code) == {first.id: (), second.id: ()}  # not assigned
    seen = []
    workspace.events.subscribe(seen.append)
    assert coverage.set_coverage(workspace, first.id, code, [2, 1]) == (1, 2)
    assert coverage.coverage(workspace, code) == {first.id: (1, 2), second.id: ()}
    assert seen == [EvidenceChanged(workspace.current_round, (first.id,), (code,))]
    entry = workspace.audit_log()[-1]
    assert entry.action == "evidence.coverage" and entry.after["covers"] == [1, 2]
    assert entry.before["covers"] == []
    coverage.set_coverage(workspace, first.id, code, [1, 2])  # no change: no audit entry
    assert workspace.audit_log()[-1].id == entry.id
    with pytest.raises(InputError, match="numbered from 1"):
        coverage.set_coverage(workspace, first.id, code, [count + 1])
    with pytest.raises(InputError, match="not linked"):
        coverage.set_coverage(workspace, first.id, "1.1.2", [1])
    # unlinking and linking again starts from "not assigned"
    workspace.unlink_evidence(first.id, code)
    workspace.link_evidence(first.id, code)
    assert coverage.coverage(workspace, code)[first.id] == ()


def test_a_workspace_from_before_coverage_is_migrated_with_its_links(tmp_path: Path) -> None:
    ws = Workspace.create(tmp_path / "ws", "1001", 2569, actor="a")
    doc = tmp_path / "a.pdf"
    doc.write_bytes(b"%PDF-1.4 a")
    item = ws.add_evidence(doc, benchmarks=["1.1.1"]).evidence
    ws.close()
    db = tmp_path / "ws" / DB_NAME
    engine = make_engine(db)
    config = _alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0001")
    engine.dispose()
    with sqlite3.connect(db) as connection:
        columns = [row[1] for row in connection.execute("PRAGMA table_info(evidence_link)")]
    connection.close()
    assert "covers" not in columns
    again = Workspace.open(tmp_path / "ws")
    try:
        assert again.evidence_list()[0].links == ("1.1.1",)
        assert coverage.coverage(again, "1.1.1") == {item.id: ()}
        coverage.set_coverage(again, item.id, "1.1.1", [1])
        assert coverage.coverage(again, "1.1.1") == {item.id: (1,)}
    finally:
        again.close()
