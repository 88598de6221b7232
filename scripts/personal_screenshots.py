"""Regenerate docs/screenshots/personal-*.png: protected personal data at the coordinating office
(issue 18) in Thai and English, on a real X server, from an office whose reader received a real
bundle with a protected document exported by a real district workspace.

    Xvfb :78 -screen 0 1366x768x24 &
    DISPLAY=:78 .venv/bin/python scripts/personal_screenshots.py /tmp/personal-shots OUT
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sealdesk.bundle import keys  # noqa: E402
from sealdesk.services import district_trust  # noqa: E402
from sealdesk.services import export as export_service  # noqa: E402
from sealdesk.services.office_trust import read_key_file  # noqa: E402
from sealdesk.services.workspace import Workspace  # noqa: E402

PASS = "sample passphrase"
READER = "นางสาวสมศรี ผู้ตรวจ"
READER_PASS = "reader sample passphrase"
FAST_KDF = keys.KdfParams(n=2**14, r=8, p=1)


def build(folder: Path) -> Path:
    """An office in ``folder/office`` that received 1001's bundle with one protected file."""
    from sealdesk.printing.documents import sample_page

    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    office = Workspace.create_office(folder / "office", name="สำนักพัฒนาสังคม กรุงเทพมหานคร")
    keys.create_key(office.path / "keys", PASS, kdf=FAST_KDF)
    office.add_office_reader(READER, READER_PASS)
    office.write_office_card(folder / "card.txt", PASS)
    ws = Workspace.create(folder / "ws-1001", "1001", 2569, actor="เจ้าหน้าที่")
    codes = [b.code for b in ws.catalog().benchmarks()]
    ws.trust_office(district_trust.read_office_card(folder / "card.txt"))
    complaint = folder / "บันทึกเรื่องร้องเรียน 12-2569.pdf"
    sample_page(complaint, "บันทึกการรับเรื่องร้องเรียนการคุกคามทางเพศ (ตัวอย่าง)", 16)
    plan = folder / "แผนปฏิบัติการ 2569.pdf"
    sample_page(plan, "แผนปฏิบัติการส่งเสริมความเท่าเทียมทางเพศ ปี 2569", 16)
    ws.add_evidence(complaint, benchmarks=[codes[10]], description="บันทึกเรื่องร้องเรียน",
                    personal_data=True)  # fmt: skip
    ws.add_evidence(plan, benchmarks=[codes[0]])
    ws.assess(codes[0], status="met", narrative="มีแผนปฏิบัติการที่ผู้อำนวยการเขตลงนามแล้ว")
    ws.assess(codes[10], status="met", narrative="มีช่องทางรับเรื่องร้องเรียนและบันทึกการรับเรื่อง")
    keys.create_key(ws.path / "keys", PASS, kdf=FAST_KDF)
    keys.export_public(ws.path / "keys", folder / "1001.pub")
    bundle = folder / "sealdesk-1001-2569.zip"
    export_service.export_bundle(ws, bundle, passphrase=PASS, checklist=False)
    ws.close()
    office.enrol_key(read_key_file(folder / "1001.pub"), "1001")
    office.receive_bundles([bundle])
    office.close()
    return folder / "office"


def shoot(office_dir: Path, out: Path) -> None:
    from PySide6.QtCore import QCoreApplication, QSettings
    from PySide6.QtGui import QGuiApplication

    from scripts.office_screenshots import snap
    from sealdesk.ui import i18n
    from sealdesk.ui.main import build_main_window, setup_application
    from sealdesk.ui.protected_view import UnlockDialog

    app = setup_application()
    QCoreApplication.setOrganizationName("SealDeskScreenshots")
    QSettings().clear()
    geometry = QGuiApplication.primaryScreen().geometry()
    size = f"{geometry.width()}x{geometry.height()}"
    languages = i18n.Languages(app)
    out.mkdir(parents=True, exist_ok=True)
    for lang in ("th", "en"):
        languages.set_language(lang)
        ws = Workspace.open(office_dir)
        window = build_main_window(ws, languages)
        window.move(0, 0)
        window.show()
        window.open_district("1001")
        dialog = window.district_dialog
        dialog.move(0, 0)
        dialog.tabs.setCurrentWidget(dialog.protected)
        snap(out / f"personal-protected-{lang}-{size}.png", dialog)
        ask = UnlockDialog([READER], "p-001.age", dialog)
        ask.passphrase.setText("********")
        ask.move(200, 200)
        ask.show()
        for _ in range(50):
            QCoreApplication.processEvents()
        snap(out / f"personal-unlock-{lang}-{size}.png", ask)
        ask.close()
        panel = dialog.protected
        panel.open_with("p-001.age", READER, READER_PASS)
        while panel.viewer is None:
            QCoreApplication.processEvents()
        panel.viewer.move(0, 0)
        panel.viewer.resize(1000, 700)
        snap(out / f"personal-viewer-{lang}-{size}.png", panel.viewer)
        panel.viewer.accept()
        dialog.close()
        window.show_access_log()
        log = window.access_log_dialog
        log.move(0, 0)
        snap(out / f"personal-access-log-{lang}-{size}.png", log)
        log.close()
        window.show_readers()
        readers = window.readers_dialog
        readers.move(0, 0)
        snap(out / f"personal-readers-{lang}-{size}.png", readers)
        readers.close()
        window.close()
        ws.close()


if __name__ == "__main__":
    folder, out = Path(sys.argv[1]), Path(sys.argv[2])
    shoot(build(folder), out)
