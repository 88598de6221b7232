"""A district in review, before its workspace is open (issue 13): the "Feedback to answer" list
(View menu) and the dashboard's box with the office's view answer from the first look, the one
the window was shown from, without opening the store; once the workspace is attached they show
exactly the same."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from sealdesk.ui import i18n
from sealdesk.ui.feedback_view import FeedbackToAnswer
from sealdesk.ui.main import window_on_first_look
from sealdesk.ui.office_view_box import OfficeViewBox
from tests.foundation.test_first_look import district_in_review


def _rows(dialog: FeedbackToAnswer) -> list[tuple[object, ...]]:
    """Every row of the list as shown: its three cells, their colour and what they hold."""
    rows = []
    for n in range(dialog.items.topLevelItemCount()):
        item = dialog.items.topLevelItem(n)
        rows.append(
            (
                *(item.text(c) for c in range(3)),
                item.foreground(1).color().name(),
                *(item.data(c, Qt.ItemDataRole.UserRole) for c in range(3)),
            )
        )
    return rows


@pytest.mark.parametrize("seed", [1, 4, 7])
def test_the_feedback_to_answer_and_the_offices_view_answer_from_the_first_look(
    qtbot, tmp_path: Path, languages: i18n.Languages, seed: int
) -> None:
    ws, _notes = district_in_review(tmp_path, seed)
    open_items = ws.open_feedback()
    (latest, *_older) = ws.feedback_list()
    ws.close()
    window = window_on_first_look(ws.path, languages)
    assert window is not None
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)

    dialog = window.feedback.show_open()
    box = OfficeViewBox(window.session, window)
    box.refresh()
    shown = (_rows(dialog), dialog.detail.text(), box.toHtml(), box.differences)
    assert not window.session.is_attached  # neither opened the store
    assert [row[4] for row in shown[0]] == [(i.benchmark_code, i.feedback_id) for i in open_items]
    assert box.isVisibleTo(window) and box.feedback == latest
    assert shown[1] or not open_items  # the selected item's comment and action

    window.session.load()  # the workspace attached: the same rows, the same box
    qtbot.wait(50)
    assert window.session.is_attached
    dialog.refresh()
    box.refresh()
    assert (_rows(dialog), dialog.detail.text(), box.toHtml(), box.differences) == shown
    window.session.load().close()
