"""Issue 15 in the app, both sides, files passed only as files: the office returns a
submission from the review screen (the signed file written by the sign dialog with the real
office key), the district imports it from the File menu's entry (trusting the office key first),
sees the verdict on the benchmark page, takes the required action into its plan with one click,
lists what is open, and the dashboard shows the office's view beside its own."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from sealdesk.domain.city import SubmissionState
from sealdesk.domain.review import FeedbackKind, Verdict
from sealdesk.services import district_trust
from sealdesk.ui import i18n
from sealdesk.ui.main import build_main_window
from sealdesk.ui.office_session import OfficeSession
from sealdesk.ui.review import ReviewScreen
from sealdesk.ui.review_desk import ReviewDesk
from tests.office.conftest import PASS
from tests.review.conftest import Pair, pair  # noqa: F401


def _return_from_the_screen(qtbot, pair: Pair, jobs_finished, out: Path) -> None:  # noqa: F811
    session = OfficeSession(pair.office)
    screen = ReviewScreen(ReviewDesk(session), "1001")
    qtbot.addWidget(screen)
    screen.show()
    code = pair.codes[1]
    screen.set_verdict(Verdict.MEETS)  # the first benchmark: saved at once
    screen.benchmarks.setCurrentRow(1)
    assert screen.code == code
    screen.set_verdict(Verdict.DOES_NOT_MEET)
    screen.comment.setPlainText("ยังไม่มีรายงานการอบรม")
    screen.action.setText("ส่งรายชื่อผู้เข้าอบรม")
    screen.due.set_date(date(2027, 1, 31))
    screen.sign(FeedbackKind.RETURNED)
    dialog = screen.sign_dialog
    dialog.destination.setText(str(out))
    dialog.passphrase.setText(PASS)
    dialog.write()
    jobs_finished[-1].wait()
    assert out.is_file(), dialog.message.text()
    assert str(out) in dialog.message.text()
    assert pair.office.submission_review("1001").state is SubmissionState.RETURNED
    assert screen.state.text()  # the state shown follows
    screen.close()
    session.close()


def test_office_returns_and_the_district_answers_in_the_app(
    qtbot,
    pair: Pair,  # noqa: F811
    languages: i18n.Languages,
    jobs_finished,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    out = tmp_path / "to-district" / "feedback-1001.zip"
    out.parent.mkdir()
    _return_from_the_screen(qtbot, pair, jobs_finished, out)

    ws = pair.district.ws
    window = build_main_window(ws, languages)
    qtbot.addWidget(window)
    window.show()
    # The office key is not trusted yet: the import offers it, the clerk picks the key file
    # and compares the fingerprint (both dialogs answered here, the OS edge).
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(
        "sealdesk.ui.feedback_view.QFileDialog.getOpenFileName",
        lambda *_a, **_k: (str(pair.office_pub), ""),
    )
    infos: list[str] = []
    monkeypatch.setattr("sealdesk.ui.errors.show_info", lambda _p, text: infos.append(text))
    result = window.feedback.import_file(out)
    assert result is not None and not result.duplicate
    assert district_trust.trusted_offices(ws)
    assert infos and "ส่งกลับพร้อมข้อเสนอแนะ" in infos[0]  # what was imported, in Thai

    code = pair.codes[1]
    window.open_benchmark(code)
    box = window.page.office_feedback
    assert box.isVisibleTo(window)
    assert "ยังไม่มีรายงานการอบรม" in box.comment.text()
    assert "ส่งรายชื่อผู้เข้าอบรม" in box.action.text()
    assert box.take_button.isEnabled()
    before = len(ws.assessment(code).actions)
    qtbot.mouseClick(box.take_button, Qt.MouseButton.LeftButton)  # one click
    actions = ws.assessment(code).actions
    assert len(actions) == before + 1 and actions[-1].action == "ส่งรายชื่อผู้เข้าอบรม"
    assert not box.take_button.isEnabled()  # taken once

    to_answer = window.feedback.to_answer  # opened by the import
    assert to_answer is not None and to_answer.isVisible()
    rows = [to_answer.items.topLevelItem(i) for i in range(to_answer.items.topLevelItemCount())]
    assert [r.data(0, Qt.ItemDataRole.UserRole)[0] for r in rows] == [code]
    assert rows[0].text(2) == "ใช่"  # in the action plan now

    window.dashboard.refresh()
    view = window.dashboard.office_view
    assert not view.isHidden() and code in view.differences  # on the Dashboard tab
    assert "ไม่ผ่านเกณฑ์" in view.toPlainText()

    # the same file twice is taken once
    again = window.feedback.import_file(out)
    assert again is not None and again.duplicate
    window.close()


def test_the_resubmission_shows_what_changed_and_accepting_reaches_the_district(
    qtbot,
    pair: Pair,  # noqa: F811
    languages: i18n.Languages,
    jobs_finished,
    tmp_path: Path,
) -> None:
    from tests.office.conftest import export

    returned = tmp_path / "returned.zip"
    _return_from_the_screen(qtbot, pair, jobs_finished, returned)
    d = pair.district
    d.ws.trust_office(district_trust.read_office_card(pair.office_pub))
    d.ws.import_feedback(returned)
    code = pair.codes[1]
    d.ws.assess(code, narrative="อยู่ระหว่างดำเนินการ\nจัดอบรมแล้ว 2 รุ่น มีรายชื่อผู้เข้าอบรมแนบ")
    attendees = tmp_path / "รายชื่อผู้เข้าอบรม.txt"
    attendees.write_text("รายชื่อผู้เข้าอบรม 64 คน\n", encoding="utf-8")
    d.ws.add_evidence(attendees, benchmarks=[code])
    again = export(d, pair.out, "1001-b")
    (taken,) = pair.office.receive_bundles([again])
    assert taken.outcome.value == "taken"

    session = OfficeSession(pair.office)
    screen = ReviewScreen(ReviewDesk(session), "1001")
    qtbot.addWidget(screen)
    screen.show()
    assert screen.submission.state is SubmissionState.RESUBMITTED
    assert screen.state.text() == "ส่งใหม่แล้ว"
    assert screen.carry_over.isVisibleTo(screen)  # a resubmission
    qtbot.mouseClick(screen.carry_over, Qt.MouseButton.LeftButton)
    kept = pair.office.submission_review("1001")
    assert kept.review_for(pair.codes[0]).verdict is Verdict.MEETS  # unchanged: kept
    assert kept.review_for(code).verdict is Verdict.NOT_REVIEWED  # changed: to review again
    assert screen.message.text().endswith(": 1 เกณฑ์")
    screen.benchmarks.setCurrentRow(1)
    text = screen.text.toPlainText()
    assert "สิ่งที่เปลี่ยนไปจากชุดข้อมูลที่พิจารณาครั้งก่อน" in text
    assert "+จัดอบรมแล้ว 2 รุ่น มีรายชื่อผู้เข้าอบรมแนบ" in text  # the readable diff
    assert "@@" not in text  # no diff syntax for the reviewer
    names = [screen.evidence.list.item(i).text() for i in range(screen.evidence.count())]
    assert "รายชื่อผู้เข้าอบรม.txt (ใหม่)" in names  # added since the reviewed bundle
    for row in range(screen.benchmarks.count()):
        screen.benchmarks.setCurrentRow(row)
        screen.set_verdict(Verdict.MEETS)
    assert screen.progress.value() == screen.benchmarks.count()
    accepted = tmp_path / "accepted.zip"
    screen.sign(FeedbackKind.ACCEPTED)
    screen.sign_dialog.destination.setText(str(accepted))
    screen.sign_dialog.passphrase.setText(PASS)
    screen.sign_dialog.write()
    jobs_finished[-1].wait()
    assert accepted.is_file(), screen.sign_dialog.message.text()
    assert pair.office.submission_review("1001").state is SubmissionState.ACCEPTED
    assert screen.final_button.isEnabled()  # accepted: it can be made final now
    city = pair.office.office_status(2569)
    assert [r.district_code for r in city.rows if r.state in (SubmissionState.ACCEPTED,)] == [
        "1001"
    ]
    screen.close()
    session.close()
    office_window = build_main_window(pair.office, languages)
    qtbot.addWidget(office_window)
    assert "รับรองแล้ว 1 เขต" in office_window.summary.text()  # only accepted/final count
    opened = office_window.open_review()  # Review... (Alt+R) with no row chosen: the first
    assert opened.submission is not None and opened.submission.district_code == "1001"
    opened.close()
    office_window.close()

    result = d.ws.import_feedback(accepted)
    assert result.feedback.kind is FeedbackKind.ACCEPTED
    assert d.ws.open_feedback() == ()
