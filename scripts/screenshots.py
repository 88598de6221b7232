"""Regenerate docs/screenshots/*.png: the main screens in Thai and English at 1366x768 and
1024x600 (``checklist-th-1366.png``, ``checklist-th-1024.png``, ...), offscreen, on a sample
workspace with realistic Thai data.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py [output-folder]
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, QSettings, Qt  # noqa: E402
from PySide6.QtGui import (  # noqa: E402
    QColor,
    QFont,
    QImage,
    QPageSize,
    QPainter,
    QPdfWriter,
)
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from sealdesk.services.workspace import Workspace  # noqa: E402
from sealdesk.ui import i18n  # noqa: E402
from sealdesk.ui.firstrun import FirstRunDialog  # noqa: E402
from sealdesk.ui.main import build_main_window, setup_application  # noqa: E402


def thai_memo(path: Path, title: str, lines: list[str]) -> Path:
    """A one-page A4 PDF memo in Thai (Sarabun), like a scanned district order."""
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(20, 20, 20, 20))
    writer.setResolution(150)
    painter = QPainter(writer)
    width = writer.width()
    painter.setFont(QFont("Sarabun", 20, QFont.Weight.Bold))
    painter.drawText(QRectF(0, 40, width, 120), Qt.AlignmentFlag.AlignHCenter, title)
    painter.setFont(QFont("Sarabun", 14))
    y = 220
    for line in lines:
        rect = QRectF(60, y, width - 120, 400)
        bound = painter.boundingRect(rect, Qt.TextFlag.TextWordWrap, line)
        painter.drawText(rect, Qt.TextFlag.TextWordWrap, line)
        y += bound.height() + 30
    painter.end()
    return path


def photo(path: Path, hue: int, caption: str) -> Path:
    image = QImage(900, 600, QImage.Format.Format_RGB32)
    image.fill(QColor.fromHsv(hue, 60, 235))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    for i in range(9):
        painter.setBrush(QColor.fromHsv((hue + i * 25) % 360, 120, 200))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawEllipse(70 + i * 85, 220 + (i % 3) * 40, 70, 160)
    painter.setPen(QColor("#333333"))
    painter.setFont(QFont("Sarabun", 26, QFont.Weight.DemiBold))
    painter.drawText(QRectF(0, 480, 900, 90), Qt.AlignmentFlag.AlignCenter, caption)
    painter.end()
    image.save(str(path), "JPG", 85)
    return path


def sample_workspace(folder: Path) -> Workspace:
    ws = Workspace.create(folder / "ws", "1004", 2569, actor="สมหญิง ใจดี")
    ws.set_setting("clerk", "สมหญิง ใจดี")
    ws.set_setting("target_level", "silver")
    met = ["1.1.1", "1.1.2", "1.2.1", "2.1.1", "2.1.2", "2.2.1", "2.3.1", "3.1.1",
           "3.1.2", "3.4.1", "4.1.1", "4.3.1", "5.1.1", "1.4.1", "2.4.1", "3.2.1"]  # fmt: skip
    partly = ["1.2.2", "1.3.1", "2.2.2", "3.3.1", "4.2.1", "5.2.1"]
    catalog = ws.catalog()
    for code in met:
        if catalog.has(code):
            ws.assess(code, status="met")
    for code in partly:
        if catalog.has(code):
            ws.assess(code, status="partially_met")
    ws.assess(
        "3.3.2",
        status="not_applicable",
        justification="สำนักงานเขตบางรักไม่มีศูนย์พัฒนาเด็กเล็กในความรับผิดชอบโดยตรง",
    ) if catalog.has("3.3.2") else None
    ws.assess(
        "1.1.1",
        narrative=(
            "แผนปฏิบัติราชการประจำปี พ.ศ. 2569 ของสำนักงานเขตบางรักกำหนดเป้าหมายด้าน"
            "ความเท่าเทียมทางเพศไว้ 3 ข้อ ได้แก่ การจัดเก็บข้อมูลผู้รับบริการจำแนกตามเพศ "
            "การอบรมบุคลากรเรื่องการวิเคราะห์มิติทางเพศ และการปรับปรุงห้องให้นมบุตร "
            "ผู้อำนวยการเขตอนุมัติแผนเมื่อวันที่ 15 ตุลาคม 2568"
        ),
    )
    ws.add_action("1.1.1", "รายงานความก้าวหน้าต่อคณะทำงานทุกไตรมาส", "ฝ่ายปกครอง", date(2026, 3, 31))
    action = ws.add_action(
        "1.1.1", "เผยแพร่แผนบนเว็บไซต์สำนักงานเขต", "ฝ่ายประชาสัมพันธ์", date(2025, 12, 15)
    )
    ws.update_action(action.id, done=True)
    files = folder / "scans"
    files.mkdir()
    plan = thai_memo(
        files / "แผนปฏิบัติราชการ 2569.pdf",
        "แผนปฏิบัติราชการประจำปี พ.ศ. 2569",
        [
            "สำนักงานเขตบางรัก กรุงเทพมหานคร",
            "เป้าหมายที่ 1 จัดเก็บข้อมูลผู้รับบริการจำแนกตามเพศในทุกฝ่าย",
            "เป้าหมายที่ 2 อบรมบุคลากรเรื่องการวิเคราะห์มิติทางเพศ อย่างน้อยร้อยละ 80",
            "เป้าหมายที่ 3 ปรับปรุงห้องให้นมบุตรและมุมพักผ่อนสำหรับบุคลากร",
        ],
    )
    order = thai_memo(
        files / "คำสั่งแต่งตั้งคณะทำงาน.pdf",
        "คำสั่งสำนักงานเขตบางรัก ที่ 112/2568",
        ["เรื่อง แต่งตั้งคณะทำงานส่งเสริมความเท่าเทียมทางเพศ", "สั่ง ณ วันที่ 9 กรกฎาคม 2567"],
    )
    training = photo(files / "ภาพการอบรม.jpg", 30, "การอบรมการวิเคราะห์มิติทางเพศ")
    notice = photo(files / "บอร์ดประชาสัมพันธ์.jpg", 200, "บอร์ดประชาสัมพันธ์นโยบาย")
    added = ws.add_evidence(plan, ["1.1.1", "1.4.1"], effective_date=date(2025, 10, 15),
                            description="แผนที่ผู้อำนวยการเขตอนุมัติ")  # fmt: skip
    ws.add_evidence(order, ["2.1.1"], effective_date=date(2024, 7, 9),
                    description="คำสั่งแต่งตั้งคณะทำงาน")  # fmt: skip
    ws.add_evidence(training, ["2.3.1", "1.3.1"], effective_date=date(2025, 11, 20),
                    description="ภาพกิจกรรมอบรม")  # fmt: skip
    ws.add_evidence(notice)
    assert not added.duplicate
    return ws


def settle(ms: int) -> None:
    from PySide6.QtTest import QTest

    QTest.qWait(ms)


def shrink(path: Path) -> None:
    """Quantizes the PNG to 128 colours with ImageMagick when it is installed (3x smaller;
    UI pictures lose nothing visible)."""
    tool = shutil.which("magick") or shutil.which("convert")
    if tool:
        subprocess.run([tool, str(path), "+dither", "-colors", "128", str(path)], check=True)


def save(widget: QWidget, path: Path) -> None:
    QApplication.processEvents()
    image = widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB888)
    image.save(str(path), "PNG", 9)
    shrink(path)
    print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)


SIZES = {"1366": (1366, 768), "1024": (1024, 600)}
"""The screens of a district office: cheap laptops at 1366x768 and 1024x600 (issue 12)."""


def main(argv: list[str]) -> int:
    """Runs itself once per screen size: Qt's offscreen platform is given a screen of that
    size (``offscreen:configfile``), and the app sizes its windows from it as on a laptop."""
    out = Path(argv[0]) if argv else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    size = os.environ.get("SEALDESK_SHOT_SIZE")
    if size is None:
        with tempfile.TemporaryDirectory(prefix="sealdesk-screen-") as folder:
            for key, (width, height) in SIZES.items():
                config = Path(folder) / f"{key}.json"
                screen = {"name": key, "x": 0, "y": 0, "width": width, "height": height}
                screen |= {"logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}
                config.write_text(json.dumps({"screens": [screen]}))
                env = dict(os.environ)
                env |= {
                    "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
                    "SEALDESK_SHOT_SIZE": key,
                }
                subprocess.run([sys.executable, __file__, str(out)], env=env, check=True)
        return 0
    return shots(out, size)


def shots(out: Path, size: str) -> int:
    """The first-run dialog, checklist, library and dashboard in Thai and English, each as the
    app lays it out on this screen (the main window maximized where 1280x800 does not fit)."""
    work = Path(tempfile.mkdtemp(prefix="sealdesk-shots-"))
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(work / "cfg"))
    app = setup_application()
    QCoreApplication.setOrganizationName("SealDeskScreenshots")
    languages = i18n.Languages(app)
    ws = sample_workspace(work)
    for lang in ("th", "en"):
        languages.set_language(lang)
        dialog = FirstRunDialog(work / "new", languages)
        dialog.district_search.setText("บางรัก" if lang == "th" else "Bang Rak")
        dialog.clerk.setText("สมหญิง ใจดี")
        dialog.show()
        settle(200)
        save(dialog, out / f"first-run-{lang}-{size}.png")
        dialog.close()

        QSettings().remove("window")  # each language opens as on a first start
        window = build_main_window(ws, languages)
        window.show()
        window.open_benchmark("1.1.1")
        window.page.verticalScrollBar().setValue(0)
        settle(300)
        save(window, out / f"checklist-{lang}-{size}.png")

        window.tabs.setCurrentWidget(window.library)
        window.library.select(1)
        settle(800)  # QPdfView renders pages on a worker thread
        save(window, out / f"library-{lang}-{size}.png")

        window.tabs.setCurrentWidget(window.dashboard)
        window.dashboard.refresh()
        settle(200)
        save(window, out / f"dashboard-{lang}-{size}.png")
        window.close()
        window.deleteLater()
        QApplication.processEvents()
    ws.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
