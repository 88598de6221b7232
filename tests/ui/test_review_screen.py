"""The office's review screen on a real office that received a real bundle: the verdict keys,
the comment rule, moving on saves, the required action with its due date, progress, and keys
unique in the window."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtGui import QKeySequence

from sealdesk.domain.review import Verdict
from sealdesk.ui import i18n
from sealdesk.ui.office_session import OfficeSession
from sealdesk.ui.review import VERDICT_KEYS, ReviewScreen
from sealdesk.ui.review_desk import ReviewDesk
from tests.review.conftest import Pair, pair  # noqa: F401


@pytest.fixture
def screen(qtbot, pair: Pair, languages: i18n.Languages):  # noqa: F811
    session = OfficeSession(pair.office)
    dialog = ReviewScreen(ReviewDesk(session), "1001")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: dialog.isActiveWindow())
    yield dialog
    session.close()


def _key(qtbot, widget, sequence: str) -> None:
    combo = QKeySequence(sequence)[0]
    qtbot.keyClick(widget, combo.key(), combo.keyboardModifiers())


def test_verdict_keys_comment_rule_and_moving_on(
    qtbot,
    screen: ReviewScreen,
    pair: Pair,  # noqa: F811
) -> None:
    codes = pair.codes
    assert screen.code == codes[0] and screen.comment.hasFocus()
    assert "1001" in screen.district.currentText()
    _key(qtbot, screen.comment, "Alt+1")  # meets: saved at once
    review = pair.office.submission_review("1001")
    assert review.review_for(codes[0]).verdict is Verdict.MEETS
    assert screen.progress.value() == 1 and screen.benchmarks.item(0).text().startswith("✓")

    _key(qtbot, screen.comment, "Ctrl+PgDown")
    assert screen.code == codes[1] and screen.comment.hasFocus()
    _key(qtbot, screen.comment, "Alt+3")  # does not meet: needs a comment first
    assert screen.message.text()
    _key(qtbot, screen.comment, "Ctrl+PgDown")  # refused: still here, nothing stored
    assert screen.code == codes[1]
    assert pair.office.submission_review("1001").review_for(codes[1]).verdict is (
        Verdict.NOT_REVIEWED
    )
    screen.comment.insertPlainText("ไม่มีคำสั่งแต่งตั้งคณะทำงาน")  # keyClicks types Latin only
    screen.action.setText("แนบคำสั่งแต่งตั้งที่ลงนามแล้ว")
    screen.due.set_date(date(2027, 1, 31))
    _key(qtbot, screen.comment, "Ctrl+PgDown")
    assert screen.code == codes[2]
    saved = pair.office.submission_review("1001").review_for(codes[1])
    assert saved.verdict is Verdict.DOES_NOT_MEET
    assert saved.comment == "ไม่มีคำสั่งแต่งตั้งคณะทำงาน"
    assert saved.action is not None and saved.action.due == date(2027, 1, 31)
    assert saved.action.text == "แนบคำสั่งแต่งตั้งที่ลงนามแล้ว"
    assert screen.progress.value() == 2

    _key(qtbot, screen.comment, "Ctrl+PgUp")  # back: what was saved is shown again
    assert screen.code == codes[1] and screen.verdict_buttons[Verdict.DOES_NOT_MEET].isChecked()
    assert screen.comment.toPlainText() == "ไม่มีคำสั่งแต่งตั้งคณะทำงาน"
    assert screen.due.date() == date(2027, 1, 31)
    assert screen.due.year.value() == 2570  # Buddhist Era in Thai


def test_screen_shows_the_catalog_the_answer_and_the_evidence(screen: ReviewScreen) -> None:
    html = screen.text.toPlainText()
    benchmark = screen.desk.catalog_benchmark(screen.code)
    assert benchmark.verification and benchmark.verification[0].get("th") in html
    assert benchmark.title.get("th") in html
    linked = screen.submission.evidence_for(screen.code)
    assert screen.evidence.count() == len(linked) > 0
    preview = screen.evidence.preview
    assert preview.path is not None and preview.path.name == linked[0].name  # a named copy
    assert not preview.path.is_relative_to(screen.desk.session.query(lambda ws: ws.path))


@pytest.mark.parametrize("lang", ["th", "en"])
def test_keys_are_unique_in_the_window(screen: ReviewScreen, languages, lang: str) -> None:
    languages.set_language(lang)
    screen.retranslate()
    keys = [a.shortcut().toString() for a in screen.actions.values()]
    for widget in screen.findChildren(object):
        text = getattr(widget, "text", None)
        if callable(text) and isinstance(text(), str) and "&" in text().replace("&&", ""):
            mark = text().replace("&&", "").split("&", 1)[1][:1].lower()
            keys.append(f"Alt+{mark}")
    assert len(keys) == len(set(keys)), keys
    assert len([k for k in keys if k]) >= len(VERDICT_KEYS) + 4


def test_the_screen_fits_1024_at_150_percent(qtbot, screen: ReviewScreen, languages) -> None:
    """Three panes cannot be squeezed into 683 px: the body scrolls, and the footer with
    Return, Accept, Make final and Close stays on the screen."""
    from sealdesk.ui.widgets import FRAME_ALLOWANCE

    room = 1024 * 2 // 3 - FRAME_ALLOWANCE.width()
    for lang in ("th", "en"):
        languages.set_language(lang)
        screen.retranslate()
        qtbot.wait(20)
        assert screen.minimumSizeHint().width() <= room, lang
        assert screen.minimumSizeHint().height() <= 600 * 2 // 3 - FRAME_ALLOWANCE.height(), lang
    screen.resize(room, 360)
    qtbot.wait(20)
    assert screen.return_button.geometry().bottom() <= screen.height()
    assert screen.close_button.geometry().right() <= screen.width()


def test_accepting_before_every_verdict_is_refused_in_one_sentence(
    screen: ReviewScreen,
    jobs_finished,
    tmp_path,
) -> None:
    from sealdesk.domain.review import FeedbackKind
    from tests.office.conftest import PASS

    screen.sign(FeedbackKind.ACCEPTED)
    dialog = screen.sign_dialog
    out = tmp_path / "accepted.zip"
    dialog.destination.setText(str(out))
    dialog.passphrase.setText(PASS)
    dialog.write()
    jobs_finished[-1].wait()
    assert not out.exists()
    text = dialog.message.text()
    assert text and "Traceback" not in text and "\n" not in text.strip()
    assert dialog.sign_button.isEnabled()  # the reviewer can finish and try again


def test_a_verdict_key_scrolls_the_comment_into_view_on_a_small_screen(
    qtbot, screen: ReviewScreen
) -> None:
    """At 1024x600 the body scrolls and the comment field lies below the fold: Alt+2 (partly
    meets) puts the cursor there, so the body scrolls to show the whole field."""
    from PySide6.QtCore import QPoint, QRect

    screen.resize(1000, 420)
    qtbot.wait(20)
    bar = screen.scroll.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)  # the body is taller than the window
    bar.setValue(0)
    viewport = screen.scroll.viewport()

    def comment_shown() -> bool:
        top_left = screen.comment.mapTo(viewport, QPoint(0, 0))
        return viewport.rect().contains(QRect(top_left, screen.comment.size()))

    assert not comment_shown()
    _key(qtbot, screen.comment, "Alt+2")
    assert screen.comment.hasFocus()
    qtbot.waitUntil(comment_shown)
