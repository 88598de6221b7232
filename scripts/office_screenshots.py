"""Regenerate docs/screenshots/office-*.png: the coordinating office's screens in Thai and
English, on a real X server (Xvfb), from a sample office that took in real bundles exported by
real district workspaces.

    .venv/bin/python scripts/office_screenshots.py build /tmp/sample-office
    Xvfb :78 -screen 0 1366x768x24 &
    DISPLAY=:78 .venv/bin/python scripts/office_screenshots.py shoot /tmp/sample-office OUT

``shoot`` names each picture after the screen size of the X server (office-city-th-1366x768.png)
and takes it with ImageMagick's ``import -window root``: what a clerk would see.
"""

from __future__ import annotations

import random
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sealdesk.bundle import keys  # noqa: E402
from sealdesk.domain.districts import all_districts  # noqa: E402
from sealdesk.domain.status import Status  # noqa: E402
from sealdesk.services import export as export_service  # noqa: E402
from sealdesk.services.workspace import Workspace  # noqa: E402

PASS = "sample passphrase"
FAST_KDF = keys.KdfParams(n=2**14, r=8, p=1)
OFFICE_NAME = "สำนักพัฒนาสังคม กรุงเทพมหานคร"
SILENT = {"1003", "1017", "1029", "1042", "1046"}
NARRATIVES = (
    "แต่งตั้งคณะทำงานด้านความเท่าเทียมทางเพศตามคำสั่งสำนักงานเขต และประชุมทุกไตรมาส",
    "จัดอบรมบุคลากรเรื่องการบูรณาการมิติเพศภาวะ มีผู้เข้าร่วมร้อยละ 85",
    "เก็บข้อมูลผู้รับบริการจำแนกตามเพศ และนำมาใช้ปรับปรุงบริการ",
)


def build(folder: Path) -> Path:
    """An office in ``folder/office`` that received round 2569 from 45 districts."""
    folder.mkdir(parents=True, exist_ok=True)
    out = folder / "bundles"
    out.mkdir(exist_ok=True)
    memo = folder / "หนังสือเวียน กทม. ที่ 1234-2569.pdf"
    from sealdesk.printing.documents import sample_page

    sample_page(memo, "หนังสือเวียน กทม. เรื่อง การประเมินตราความเท่าเทียมทางเพศ ปี 2569", 16)
    office = Workspace.create_office(folder / "office", name=OFFICE_NAME, actor="สมหญิง ใจดี")
    keys.create_key(office.path / "keys", PASS, kdf=FAST_KDF)
    bundles = []
    for district in all_districts():
        if district.code in SILENT:
            continue
        rng = random.Random(int(district.code))
        maturity = rng.uniform(0.45, 0.97)
        ws = Workspace.create(folder / f"ws-{district.code}", district.code, 2569, actor="เจ้าหน้าที่")
        codes = [b.code for b in ws.catalog().benchmarks()]
        statuses = {}
        for i, code in enumerate(codes):
            roll = rng.random()
            hard = i in (5, 17, 33)  # the benchmarks most districts find hard
            if roll < maturity * (0.45 if hard else 1.0):
                statuses[code] = Status.MET
            elif roll < maturity + 0.12:
                statuses[code] = Status.PARTIALLY_MET
            elif roll < 0.97:
                statuses[code] = Status.NOT_MET
            else:
                statuses[code] = Status.NOT_APPLICABLE
        met = [c for c, s in statuses.items() if s is Status.MET]
        ws.add_evidence(memo, benchmarks=met[:1] or [codes[0]], description="หนังสือเวียน")
        for code in met[1:]:
            ws.link_evidence(1, code)
        for i, (code, status) in enumerate(statuses.items()):
            ws.assess(
                code,
                status=status.value,
                narrative=NARRATIVES[i % len(NARRATIVES)],
                justification="ไม่มีหน่วยบริการประเภทนี้ในพื้นที่เขต"
                if status is Status.NOT_APPLICABLE
                else None,
            )
            if status is Status.PARTIALLY_MET:
                ws.add_action(code, "จัดทำแผนและติดตามผลรายไตรมาส", responsible="ฝ่ายพัฒนาชุมชน")
        keys.create_key(ws.path / "keys", PASS, kdf=FAST_KDF)
        pub = folder / f"{district.code}.pub"
        keys.export_public(ws.path / "keys", pub)
        from sealdesk.services.office_trust import read_key_file

        office.enrol_key(read_key_file(pub), district.code)
        path = out / f"sealdesk-{district.code}-2569.zip"
        export_service.export_bundle(ws, path, passphrase=PASS, checklist=district.code == "1001")
        bundles.append(path)
        ws.close()
        print(district.code, len(met), "met", flush=True)
    results = office.receive_bundles(bundles)
    print(sum(1 for r in results if r.outcome.value == "taken"), "taken")
    office.close()
    return folder / "office"


def sample_intake(bundles: Path, mail: Path) -> list[Path]:
    """What a clerk drops on the window on a busy morning: a bundle already received and a
    copy that was changed on the way (quarantined)."""
    mail.mkdir(parents=True, exist_ok=True)
    again = mail / "sealdesk-1010-2569.zip"
    shutil.copy(bundles / "sealdesk-1010-2569.zip", again)
    changed = mail / "sealdesk-1020-2569 (1).zip"
    data = bytearray((bundles / "sealdesk-1020-2569.zip").read_bytes())
    data[len(data) // 3] ^= 0x01
    changed.write_bytes(bytes(data))
    return [again, changed]


def snap(path: Path, widget) -> None:  # type: ignore[no-untyped-def]
    """The X screen as a clerk sees it, cut to ``widget`` and quantized to 128 colours (UI
    pictures lose nothing visible, and are three times smaller)."""
    from PySide6.QtWidgets import QApplication

    for _ in range(20):
        QApplication.processEvents()
    box = widget.frameGeometry()
    crop = f"{box.width()}x{box.height()}+{box.x()}+{box.y()}"
    subprocess.run(
        ["import", "-window", "root", "-crop", crop, "+repage", "-depth", "8", "+dither",
         "-colors", "128", f"PNG8:{path}"],
        check=True,
    )  # fmt: skip
    print("wrote", path)


def shoot(folder: Path, out: Path) -> None:
    from PySide6.QtCore import QCoreApplication, QSettings, Qt
    from PySide6.QtGui import QGuiApplication

    from sealdesk.ui import i18n
    from sealdesk.ui.firstrun import FirstRunDialog
    from sealdesk.ui.main import build_main_window, setup_application

    app = setup_application()
    QCoreApplication.setOrganizationName("SealDeskScreenshots")
    QSettings().clear()
    geometry = QGuiApplication.primaryScreen().geometry()
    size = f"{geometry.width()}x{geometry.height()}"
    languages = i18n.Languages(app)
    out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="office-shots-"))
    try:
        for lang in ("th", "en"):
            languages.set_language(lang)
            office = work / f"office-{lang}"
            shutil.copytree(folder, office)
            ws = Workspace.open(office)
            window = build_main_window(ws, languages)
            window.move(0, 0)
            window.show()
            window.city.table.sortByColumn(2, Qt.SortOrder.DescendingOrder)
            window.receive(sample_intake(folder.parent / "bundles", work / f"mail-{lang}"))
            while window.intake_job is not None:
                QCoreApplication.processEvents()
            snap(out / f"office-city-{lang}-{size}.png", window)
            window.city.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
            window.open_district("1001")
            dialog = window.district_dialog
            dialog.move(0, 0)
            partial = next(
                i
                for i, a in enumerate(dialog.submission.assessments)
                if a.status is Status.PARTIALLY_MET
            )  # one with an action plan
            dialog.benchmarks.setCurrentItem(dialog.benchmarks.topLevelItem(partial))
            snap(out / f"office-district-{lang}-{size}.png", dialog)
            dialog.tabs.setCurrentIndex(1)
            dialog.evidence.setCurrentRow(0)
            snap(out / f"office-evidence-{lang}-{size}.png", dialog)
            dialog.close()
            window.close()
            ws.close()
            first = FirstRunDialog(work / f"new-{lang}", languages)
            first.kind_office.setChecked(True)
            first.office_name.setText(OFFICE_NAME)
            first.move(0, 0)
            first.show()
            snap(out / f"office-first-run-{lang}-{size}.png", first)
            first.close()
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    command, source = sys.argv[1], Path(sys.argv[2])
    if command == "build":
        build(source)
    else:
        shoot(source / "office" if (source / "office").is_dir() else source, Path(sys.argv[3]))
