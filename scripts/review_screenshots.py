"""Regenerate docs/screenshots/review-*.png and feedback-*.png (issue 15): the office's review
screen and the district's feedback views, Thai and English, on a real X server (Xvfb).

    .venv/bin/python scripts/review_screenshots.py build /tmp/sample-review
    Xvfb :78 -screen 0 1366x768x24 &
    DISPLAY=:78 .venv/bin/python scripts/review_screenshots.py shoot /tmp/sample-review OUT

``build`` makes two real workspaces passing only files: district 1001 exports, the office
receives, reviews and returns it with feedback, the district imports the feedback, answers
(a changed narrative, one more document) and sends a new bundle, which the office receives
as resubmitted. ``shoot`` pictures both sides (names carry the X screen's size).
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.office_screenshots import FAST_KDF, OFFICE_NAME, PASS  # noqa: E402
from sealdesk.bundle import keys  # noqa: E402
from sealdesk.domain.review import Verdict  # noqa: E402
from sealdesk.services import district_trust  # noqa: E402
from sealdesk.services import export as export_service  # noqa: E402
from sealdesk.services.workspace import Workspace  # noqa: E402

STATUSES = ("met", "partially_met", "met", "not_met", "met", "partially_met", "met", "met")


def build(folder: Path) -> None:
    from sealdesk.printing.documents import sample_page
    from sealdesk.services.office_trust import read_key_file

    folder.mkdir(parents=True, exist_ok=True)
    files = folder / "files"
    files.mkdir(exist_ok=True)
    order = files / "คำสั่งแต่งตั้งคณะทำงานด้านความเท่าเทียมทางเพศ.pdf"
    sample_page(order, "คำสั่งสำนักงานเขตพระนคร ที่ 45/2569 เรื่อง แต่งตั้งคณะทำงาน", 3)
    training = files / "รายชื่อผู้เข้าอบรม รุ่นที่ 1-2.pdf"
    sample_page(training, "รายชื่อผู้เข้าอบรมการบูรณาการมิติเพศภาวะ รุ่นที่ 1-2", 2)

    ws = Workspace.create(folder / "district", "1001", 2569, actor="สมหญิง ใจดี")
    codes = [b.code for b in ws.catalog().benchmarks()]
    ws.add_evidence(order, benchmarks=codes[:8], description="คำสั่งแต่งตั้ง")
    for code, status in zip(codes, STATUSES, strict=False):
        ws.assess(
            code,
            status=status,
            narrative="แต่งตั้งคณะทำงานด้านความเท่าเทียมทางเพศตามคำสั่งสำนักงานเขต "
            "และประชุมทุกไตรมาส มีรายงานการประชุมครบ 4 ครั้ง",
        )
    ws.add_action(codes[1], "จัดอบรมเจ้าหน้าที่", responsible="ฝ่ายปกครอง")
    keys.create_key(ws.path / "keys", PASS, kdf=FAST_KDF)
    keys.export_public(ws.path / "keys", folder / "1001.pub")
    first = folder / "sealdesk-1001-2569.zip"
    export_service.export_bundle(ws, first, passphrase=PASS, checklist=False)

    office = Workspace.create_office(folder / "office", name=OFFICE_NAME, actor="สมศรี รักงาน")
    keys.create_key(office.path / "keys", PASS, kdf=FAST_KDF)
    keys.export_public(office.path / "keys", folder / "office.pub")
    office.enrol_key(read_key_file(folder / "1001.pub"), "1001")
    office.receive_bundles([first])
    office.review_benchmark("1001", codes[0], Verdict.MEETS)
    office.review_benchmark(
        "1001",
        codes[1],
        Verdict.PARTLY_MEETS,
        comment="มีแผนการอบรม แต่ยังไม่มีรายชื่อผู้เข้าอบรมและผลการประเมินหลังอบรม",
        action="แนบรายชื่อผู้เข้าอบรมและสรุปผลการประเมินหลังอบรม",
        due=date(2027, 1, 31),
    )
    office.review_benchmark(
        "1001",
        codes[3],
        Verdict.EVIDENCE_INSUFFICIENT,
        comment="คำสั่งที่แนบไม่ได้ลงนาม โปรดแนบฉบับที่ลงนามแล้ว",
        action="แนบคำสั่งฉบับที่ลงนาม",
    )
    returned = folder / "feedback-1001-2569-returned.zip"
    office.return_submission("1001", 2569, out=returned, passphrase=PASS)

    ws.trust_office(district_trust.read_office_card(folder / "office.pub"))
    ws.import_feedback(returned)
    ws.close()
    # a second district copy that answers: the district as it is after the feedback
    shutil.copytree(folder / "district", folder / "district-answering")
    answering = Workspace.open(folder / "district-answering")
    answering.assess(
        codes[1],
        narrative="แต่งตั้งคณะทำงานด้านความเท่าเทียมทางเพศตามคำสั่งสำนักงานเขต "
        "และประชุมทุกไตรมาส มีรายงานการประชุมครบ 4 ครั้ง\n"
        "จัดอบรมแล้ว 2 รุ่น ผู้เข้าอบรม 64 คน แนบรายชื่อและผลประเมินหลังอบรม",
        status="met",
    )
    answering.add_evidence(training, benchmarks=[codes[1]], description="รายชื่อผู้เข้าอบรม")
    second = folder / "sealdesk-1001-2569-b.zip"
    export_service.export_bundle(answering, second, passphrase=PASS, checklist=False)
    answering.close()
    office.receive_bundles([second])
    office.close()


def snap(path: Path, widget) -> None:  # type: ignore[no-untyped-def]
    """The X screen cut to ``widget``, in device pixels (QT_SCALE_FACTOR=1.5 included)."""
    import subprocess

    from PySide6.QtWidgets import QApplication

    for _ in range(20):
        QApplication.processEvents()
    ratio = widget.devicePixelRatioF()
    box = widget.frameGeometry()
    w, h = round(box.width() * ratio), round(box.height() * ratio)
    x, y = round(box.x() * ratio), round(box.y() * ratio)
    subprocess.run(
        ["import", "-window", "root", "-crop", f"{w}x{h}+{x}+{y}", "+repage", "-depth", "8",
         "+dither", "-colors", "128", f"PNG8:{path}"],
        check=True,
    )  # fmt: skip
    print("wrote", path)


def shoot(folder: Path, out: Path) -> None:
    from PySide6.QtCore import QCoreApplication, QSettings
    from PySide6.QtGui import QGuiApplication

    from sealdesk.ui import i18n
    from sealdesk.ui.main import build_main_window, setup_application
    from sealdesk.ui.office_session import OfficeSession
    from sealdesk.ui.review import ReviewScreen
    from sealdesk.ui.review_desk import ReviewDesk

    app = setup_application()
    QCoreApplication.setOrganizationName("SealDeskScreenshots")
    QSettings().clear()
    screen = QGuiApplication.primaryScreen()
    scale = screen.devicePixelRatio()
    geometry = screen.geometry()
    size = f"{round(geometry.width() * scale)}x{round(geometry.height() * scale)}"
    if scale != 1:
        size += f"-{round(scale * 100)}pct"
    languages = i18n.Languages(app)
    out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="review-shots-"))
    try:
        for lang in ("th", "en"):
            languages.set_language(lang)
            shutil.copytree(folder / "office", work / f"office-{lang}")
            office = Workspace.open(work / f"office-{lang}")
            session = OfficeSession(office)
            screen = ReviewScreen(ReviewDesk(session), "1001")
            screen.move(0, 0)
            screen.showMaximized()
            screen.set_verdict(Verdict.MEETS)  # the first benchmark: Alt+1, saved
            screen.benchmarks.setCurrentRow(1)
            screen.set_verdict(Verdict.MEETS)  # answered: the reviewer agrees now
            screen.step_benchmark(1)
            screen.set_verdict(Verdict.PARTLY_MEETS)
            screen.comment.setPlainText(
                "มีข้อมูลผู้รับบริการจำแนกตามเพศ แต่ยังไม่มีข้อมูลประชากรในพื้นที่"
                if lang == "th"
                else "Service-user data is split by sex; population data is still missing."
            )
            screen.benchmarks.setCurrentRow(1)  # saved on moving on
            snap(out / f"review-{lang}-{size}.png", screen)
            screen.close()
            session.close()
            office.close()

            shutil.copytree(folder / "district", work / f"district-{lang}")
            ws = Workspace.open(work / f"district-{lang}")
            window = build_main_window(ws, languages)
            window.move(0, 0)
            window.show()
            code = ws.catalog().benchmarks()[1].code
            window.open_benchmark(code)
            window.page.ensureWidgetVisible(window.page.office_feedback)
            snap(out / f"feedback-page-{lang}-{size}.png", window)
            dialog = window.feedback.show_open()
            dialog.move(40, 40)
            snap(out / f"feedback-to-answer-{lang}-{size}.png", dialog)
            dialog.close()
            window.show_tab(2)
            from PySide6.QtWidgets import QScrollArea

            scroll = window.dashboard.findChild(QScrollArea)
            scroll.verticalScrollBar().setValue(scroll.verticalScrollBar().maximum())
            snap(out / f"feedback-dashboard-{lang}-{size}.png", window)
            window.close()
            ws.close()
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    command, source = sys.argv[1], Path(sys.argv[2])
    if command == "build":
        build(source)
    else:
        shoot(source, Path(sys.argv[3]))
