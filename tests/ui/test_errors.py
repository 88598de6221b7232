"""Errors: one translated sentence; unexpected exceptions are logged and shown politely."""

from __future__ import annotations

import sys

from sealdesk.errors import InputError
from sealdesk.services.workspace import Workspace
from sealdesk.ui import thaiwrap
from sealdesk.ui.errors import install_excepthook, open_error_boxes, setup_logging, show_error
from sealdesk.ui.mainwindow import MainWindow


def test_sealdesk_error_is_one_thai_sentence(qtbot, window: MainWindow) -> None:
    box = show_error(
        window,
        InputError(
            "Benchmark {code} can be marked not applicable only with a justification.", code="1.1.1"
        ),
    )
    assert box.text() == "เกณฑ์ 1.1.1 จะระบุว่าไม่เกี่ยวข้องได้ก็ต่อเมื่อมีเหตุผลประกอบ"
    assert box.isVisible()
    box.accept()


def test_unexpected_exception_is_logged_and_shown(qtbot, window: MainWindow, ws: Workspace) -> None:
    log_file = setup_logging(ws.path / "logs")
    previous = sys.excepthook
    hook = install_excepthook(log_file, window)
    try:
        try:
            raise RuntimeError("boom in a slot")
        except RuntimeError:
            hook(*sys.exc_info())
    finally:
        sys.excepthook = previous
    text = log_file.read_text("utf-8")
    assert "RuntimeError: boom in a slot" in text and "Traceback" in text
    [box] = [b for b in open_error_boxes() if str(log_file) in b.text()]
    assert "เกิดข้อผิดพลาดที่ไม่คาดคิด" in box.text()
    assert "Traceback" not in box.text()
    box.accept()


def test_thai_text_gets_word_breaks_where_qt_needs_them(monkeypatch) -> None:
    text = "สำนักงานเขตมีแผนปฏิบัติราชการประจำปี"
    segmented = thaiwrap.segment(text)
    assert segmented.replace(thaiwrap.ZWSP, "") == text
    words = segmented.split(thaiwrap.ZWSP)
    assert len(words) >= 4 and "ราชการ" in words
    assert thaiwrap.segment("Gender equality 2567") == "Gender equality 2567"


def test_wrapped_labels_break_thai_between_words_without_libthai(monkeypatch, qapp) -> None:
    from sealdesk.ui.widgets import WrapLabel

    text = "สำนักงานเขตมีแผนปฏิบัติราชการประจำปี"
    monkeypatch.setenv("SEALDESK_THAI_ZWSP", "1")  # as on Windows
    thaiwrap.needs_help.cache_clear()
    try:
        label = WrapLabel(text)
        assert thaiwrap.ZWSP in label.text()
        assert label.plain_text() == text
        monkeypatch.setenv("SEALDESK_THAI_ZWSP", "0")  # Linux with libthai: Qt does it
        thaiwrap.needs_help.cache_clear()
        assert WrapLabel(text).text() == text
    finally:
        thaiwrap.needs_help.cache_clear()


def test_a_failing_background_job_is_logged_and_reported(qtbot, ws: Workspace) -> None:
    from sealdesk.ui.jobs import Job, start

    log_file = setup_logging(ws.path / "logs")

    def broken(_job: Job) -> None:
        raise ZeroDivisionError("bug in a job")

    job = Job(broken)
    with qtbot.waitSignal(job.failed, timeout=5000) as blocker:
        start(job)
    assert isinstance(blocker.args[0], ZeroDivisionError)
    assert "ZeroDivisionError: bug in a job" in log_file.read_text("utf-8")
