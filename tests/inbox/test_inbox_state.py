"""The inbox's memory lives in the workspace database: the latest record of a file wins."""

from __future__ import annotations

from sealdesk.inbox import state as st


def test_records_survive_reopening_and_the_latest_wins(ws) -> None:  # type: ignore[no-untyped-def]
    assert ws.inbox_outcome("a.pdf", 3, 100) is None
    ws.inbox_record("a.pdf", 3, 100, st.IMPORTING, "ab" * 32)
    ws.inbox_record("a.pdf", 3, 100, st.IMPORTED, "ab" * 32, "7")
    ws.inbox_record("a.pdf", 4, 100, st.FAILED, None, "why")
    from sealdesk.services.workspace import Workspace

    with Workspace.open(ws.path) as again:
        assert again.inbox_outcome("a.pdf", 3, 100) == st.IMPORTED
        assert again.inbox_outcome("a.pdf", 4, 100) == st.FAILED
        assert again.inbox_outcome("a.pdf", 3, 101) is None
