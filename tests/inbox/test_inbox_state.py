"""The inbox's own state file (used when a workspace keeps no inbox records)."""

from __future__ import annotations

from pathlib import Path

import pytest

from sealdesk.inbox import state as st


def test_records_survive_reopening(tmp_path: Path) -> None:
    log = st.FileSeenLog.in_folder(tmp_path)
    assert log.inbox_outcome("a.pdf", 3, 100) is None
    log.inbox_record("a.pdf", 3, 100, st.IMPORTING, "ab" * 32)
    log.inbox_record("a.pdf", 3, 100, st.IMPORTED, "ab" * 32, "7")
    log.inbox_record("a.pdf", 4, 100, st.FAILED, None, "why")
    log.close()
    again = st.FileSeenLog.in_folder(tmp_path)
    assert again.inbox_outcome("a.pdf", 3, 100) == st.IMPORTED  # the latest wins
    assert again.inbox_outcome("a.pdf", 4, 100) == st.FAILED
    assert again.inbox_outcome("a.pdf", 3, 101) is None
    assert [r[4] for r in again.records()] == [st.IMPORTING, st.IMPORTED, st.FAILED]
    with pytest.raises(ValueError):
        again.inbox_record("a.pdf", 3, 100, "nonsense")
    again.close()


def test_workspace_bookkeeping_is_used_when_present(ws) -> None:
    assert st.seen_log_for(ws) is ws
    ws.inbox_record("x.pdf", 1, 2, st.MOVED, None, "x.pdf")
    assert ws.inbox_outcome("x.pdf", 1, 2) == st.MOVED


def test_state_file_for_a_workspace_without_bookkeeping(tmp_path: Path) -> None:
    class Bare:  # only a path: what an older workspace would offer
        path = tmp_path

    log = st.seen_log_for(Bare())
    assert isinstance(log, st.FileSeenLog)
    assert log.path == tmp_path / st.STATE_FILE_NAME
    log.close()
