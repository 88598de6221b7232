"""Run in a subprocess by test_screens.py: opens the main window and every dialog on one
simulated screen and prints, as JSON, each window's frame against the available area.

The screen is simulated honestly, through Qt itself: the offscreen platform plugin reads a
screen of the given pixel size from a config file (``offscreen:configfile=...``), and
QT_SCALE_FACTOR scales it the way Windows display scaling does, so at 150 % a 1366x768 screen
offers 911x512 logical pixels. No window manager draws frames here: fit_to_screen leaves room
for one (FRAME_ALLOWANCE), which the check below counts in.

    python tests/ui/screen_probe.py WIDTH HEIGHT LANG FOLDER
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))


def main(width: int, height: int, lang: str, folder: Path) -> None:
    from PySide6.QtCore import QCoreApplication, QRect, QSettings
    from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QWidget

    from sealdesk.services.workspace import Workspace
    from sealdesk.ui import i18n
    from sealdesk.ui.main import build_main_window, load_fonts
    from sealdesk.ui.widgets import FRAME_ALLOWANCE

    app = QApplication([])
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder / "ini"))
    QCoreApplication.setOrganizationName("SealDeskProbe")
    load_fonts()
    languages = i18n.Languages(app)
    languages.set_language(lang)
    area = app.primaryScreen().availableGeometry()
    results: list[dict] = []

    def settle() -> None:
        for _ in range(5):
            app.processEvents()

    def check(name: str, window: QWidget) -> None:
        settle()
        # The window's top-left, and its size plus the room a window manager's frame takes.
        frame = QRect(window.pos(), window.size() + FRAME_ALLOWANCE)
        buttons = [
            b
            for box in window.findChildren(QDialogButtonBox)
            for b in box.buttons()
            if b.isVisible()
        ]
        hidden = [
            b.text()
            for b in buttons
            if not window.rect().contains(b.mapTo(window, b.rect().bottomRight()))
            or b.visibleRegion().isEmpty()
        ]
        results.append(
            {
                "name": name,
                "size": [window.x(), window.y(), window.width(), window.height()],
                "fits": window.isMaximized() or area.contains(frame),
                "frame": [frame.x(), frame.y(), frame.width(), frame.height()],
                "maximized": window.isMaximized(),
                "min": [window.minimumSizeHint().width(), window.minimumSizeHint().height()],
                "hidden_buttons": hidden,
                "buttons": len(buttons),
            }
        )

    from sealdesk.ui.firstrun import FirstRunDialog

    first = FirstRunDialog(folder / "new", languages)
    first.show()
    check("first-run", first)
    first.close()

    ws = Workspace.create(folder / "ws", "1004", 2569, actor="probe")
    window = build_main_window(ws, languages)
    window.show()
    check("main-window", window)

    from sealdesk.ui.about import AboutDialog
    from sealdesk.ui.action_plan import ActionDialog
    from sealdesk.ui.bundles import ExportDialog, KeyDialog, VerifyDialog
    from sealdesk.ui.evidence import PickEvidenceDialog
    from sealdesk.ui.printing import PrintPreviewDialog

    session = window.session
    code = window.page.code
    pdf = folder / "doc.pdf"
    from tests.ui.helpers import tiny_pdf

    pdf.write_bytes(tiny_pdf())
    dialogs: list[tuple[str, QDialog]] = [
        ("about", AboutDialog(window)),
        ("export", ExportDialog(session, window)),
        ("verify", VerifyDialog(session, window)),
        ("key", KeyDialog(session, window)),
        ("pick-evidence", PickEvidenceDialog(window, session, code)),
        ("print-preview", PrintPreviewDialog(pdf, "preview", window)),
        ("action", ActionDialog(window)),
    ]
    for name, dialog in dialogs:
        dialog.show()
        check(name, dialog)
        dialog.close()
    window.close()
    ws.close()
    print(json.dumps({"area": [area.width(), area.height()], "windows": results}))


if __name__ == "__main__":
    main(int(sys.argv[1]), int(sys.argv[2]), sys.argv[3], Path(sys.argv[4]))
