"""``sealdesk --self-check``: is this installation complete?

Checks, one line each, that the app finds and can use what it ships: the catalog and district
list, the Sarabun fonts (in Qt and in ReportLab), the Thai translation, the Qt plugins, Thai word
segmentation, PDF output and preview, a workspace in a temporary folder, the signing
primitives, the scanner folder watcher, and (offscreen) the main window. Meant for a clerk's
PC (read the lines out to support) and for smoke-testing a package. The lines are in English on
purpose: they are for whoever supports the clerk. Returns 0 when every check passed, 1
otherwise.
"""

from __future__ import annotations

import importlib
import io
import os
import sys
import tempfile
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any, TextIO

from sealdesk import __version__
from sealdesk.resources import (
    default_catalog_path,
    districts_path,
    fonts_dir,
    resources_dir,
)

THAI_SAMPLE = "ความเท่าเทียมทางเพศ"  # "gender equality": two dictionary words
EXPECTED_DISTRICTS = 50
SARABUN_FACES = ("Regular", "Bold", "Italic", "BoldItalic", "SemiBold")
IMAGE_FORMATS = ("png", "jpeg", "gif", "svg", "ico")
# Strings sealdesk_th.qm must translate (any one of them): Qt's standard buttons, which
# sealdesk/ui/i18n.py marks for translation in our own catalog.
KNOWN_STRINGS = (("QPlatformTheme", "Cancel"), ("QPlatformTheme", "OK"), ("QPlatformTheme", "Save"))


class CheckFailed(Exception):
    """A check found something missing or broken; the message says what."""


class _Context:
    """What the checks share: the temporary folder and the PDF made by the printing check."""

    def __init__(self, tmp: Path) -> None:
        self.tmp = tmp
        self.pdf: bytes | None = None
        self.workspace: Any = None


def _platform_plugin_present(name: str) -> bool:
    from PySide6.QtCore import QCoreApplication, QLibraryInfo

    folders = [*QCoreApplication.libraryPaths()]
    folders.append(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath))
    for folder in folders:
        platforms = Path(folder) / "platforms"
        if platforms.is_dir() and any(name in f.name for f in platforms.iterdir()):
            return True
    return False


def _application() -> Any:
    """The application, made the way the desktop app makes it (sealdesk.ui.main), so a start-up
    problem of the real app shows here too."""
    from sealdesk.ui.main import setup_application

    return setup_application()


def _wanted_platform() -> str:
    """The Qt platform plugin the app will use; offscreen when there is no display."""
    if not os.environ.get("QT_QPA_PLATFORM"):
        headless = not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
        if sys.platform.startswith("linux") and headless:
            os.environ["QT_QPA_PLATFORM"] = "offscreen"
    wanted = os.environ.get("QT_QPA_PLATFORM", "")
    if wanted:
        return wanted.split(":")[0].split(";")[0]
    return {"win32": "windows", "darwin": "cocoa"}.get(sys.platform, "xcb")


# -------------------------------------------------------------------------------------- checks


def check_resources(ctx: _Context) -> str:
    from sealdesk.domain.catalog import load_catalog
    from sealdesk.domain.districts import all_districts

    catalog = load_catalog(default_catalog_path())
    count = len(catalog.benchmarks())
    if count == 0:
        raise CheckFailed(f"the catalog {default_catalog_path()} has no benchmarks")
    districts = all_districts(districts_path())
    if len(districts) != EXPECTED_DISTRICTS:
        raise CheckFailed(f"{len(districts)} districts, expected {EXPECTED_DISTRICTS}")
    return (
        f"catalog {catalog.edition} {catalog.version} ({count} benchmarks), "
        f"{len(districts)} districts, in {resources_dir()}"
    )


def check_fonts(ctx: _Context) -> str:
    from PySide6.QtGui import QFontDatabase
    from reportlab.pdfbase.ttfonts import TTFont

    if not (fonts_dir() / "OFL.txt").is_file():
        raise CheckFailed(f"the font licence OFL.txt is missing from {fonts_dir()}")
    for face in SARABUN_FACES:
        path = fonts_dir() / f"Sarabun-{face}.ttf"
        if not path.is_file():
            raise CheckFailed(f"{path} is missing")
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0 or "Sarabun" not in QFontDatabase.applicationFontFamilies(font_id):
            raise CheckFailed(f"Qt cannot load {path.name}")
        try:
            TTFont(f"SelfCheck-Sarabun-{face}", str(path))
        except Exception as error:
            raise CheckFailed(f"ReportLab cannot load {path.name}: {error}") from error
    return f"{len(SARABUN_FACES)} Sarabun faces load in Qt and ReportLab"


def check_translations(ctx: _Context) -> str:
    from sealdesk.translation import QmCatalog, QmCatalogError, load_translator, qm_path

    path = qm_path("th")
    translator = load_translator("th")
    if translator is None:
        raise CheckFailed(f"{path} is missing or not a Qt translation file")
    for context, source in KNOWN_STRINGS:
        thai = translator.translate(context, source)
        if thai and thai != source:
            try:  # the command line and printing read the same file without Qt
                same = QmCatalog.load(path).translate(context, source) == thai
            except QmCatalogError as error:
                raise CheckFailed(f"the command line cannot read {path.name}: {error}") from None
            if not same:
                raise CheckFailed(f"the command line reads {path.name} otherwise than Qt")
            return f"{path.name} loads; {source!r} -> {thai!r}"
    raise CheckFailed(f"{path.name} loads but translates none of {[s for _, s in KNOWN_STRINGS]}")


def check_qt_plugins(ctx: _Context) -> str:
    from PySide6.QtGui import QGuiApplication, QImageReader

    platform = QGuiApplication.platformName()
    formats = {bytes(f).decode() for f in QImageReader.supportedImageFormats()}
    missing = [f for f in IMAGE_FORMATS if f not in formats]
    if missing:
        raise CheckFailed(f"image formats missing: {', '.join(missing)}")
    importlib.import_module("PySide6.QtPdf")  # the PDF preview
    importlib.import_module("PySide6.QtPrintSupport")  # printing

    return f"platform {platform}; images {', '.join(IMAGE_FORMATS)}; QtPdf; QtPrintSupport"


def check_thai_segmentation(ctx: _Context) -> str:
    """The segmenter the UI and the printed documents share (sealdesk.thaiwords)."""
    from sealdesk.thaiwords import ENGINE, words

    found = list(words(THAI_SAMPLE))
    if "".join(found) != THAI_SAMPLE or len(found) < 2:
        raise CheckFailed(f"{ENGINE} split {THAI_SAMPLE!r} into {found!r}")
    return f"{ENGINE}: {' | '.join(found)}"


def check_pdf(ctx: _Context) -> str:
    from sealdesk.services.printing import print_sample

    out = io.BytesIO()
    print_sample(out, THAI_SAMPLE)
    ctx.pdf = out.getvalue()
    if not ctx.pdf.startswith(b"%PDF"):
        raise CheckFailed("ReportLab did not write a PDF")

    from PySide6.QtCore import QBuffer, QByteArray, QSize
    from PySide6.QtPdf import QPdfDocument

    data = QByteArray(ctx.pdf)
    buffer = QBuffer(data)
    buffer.open(QBuffer.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    if document.status() != QPdfDocument.Status.Ready or document.pageCount() != 1:
        raise CheckFailed(f"QtPdf cannot read the PDF ReportLab wrote ({document.error()})")
    image = document.render(0, QSize(120, 160))
    if image.isNull():
        raise CheckFailed("QtPdf cannot render a page")
    # PDFium reports a control character after some shaped marks; only the letters matter.
    text = "".join(ch for ch in document.getAllText(0).text() if ch.isprintable() and ch != " ")
    if THAI_SAMPLE not in text:
        raise CheckFailed(f"the Thai text in the PDF reads back as {text!r}")
    document.close()
    return f"ReportLab + HarfBuzz wrote Thai ({len(ctx.pdf)} bytes); QtPdf read it back"


def check_workspace(ctx: _Context) -> str:
    from sealdesk.services.workspace import Workspace

    path = ctx.tmp / "workspace"
    ws = Workspace.create(path, district_code="1001", round_be=2569, actor="self-check")
    ws.close()
    ctx.workspace = Workspace.open(path, actor="self-check")
    problems = ctx.workspace.check()
    if problems:
        raise CheckFailed("; ".join(f"{p.kind} {p.subject}: {p.detail}" for p in problems))
    benchmarks = len(ctx.workspace.assessments())
    return f"created, opened and checked in {path} ({benchmarks} benchmarks)"


def check_signing(ctx: _Context) -> str:
    """What the submission bundle's signing key needs: Ed25519, scrypt and AES-GCM."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    import sealdesk.services.keys  # noqa: F401 - imports everything the bundle code signs with

    key = Ed25519PrivateKey.generate()
    signature = key.sign(b"SealDesk")
    key.public_key().verify(signature, b"SealDesk")  # raises InvalidSignature if broken
    wrap = Scrypt(salt=b"0" * 16, length=32, n=2**10, r=8, p=1).derive(b"passphrase")
    sealed = AESGCM(wrap).encrypt(b"0" * 12, b"secret", None)
    if AESGCM(wrap).decrypt(b"0" * 12, sealed, None) != b"secret":
        raise CheckFailed("AES-GCM did not give back what it sealed")
    return "Ed25519 signs and verifies; scrypt and AES-GCM work"


def check_scanner_folder(ctx: _Context) -> str:
    """The native folder watcher (inotify / ReadDirectoryChangesW) sees a new file; the inbox
    would otherwise fall back to slower polling."""
    import threading

    from watchdog.events import FileSystemEvent, FileSystemEventHandler
    from watchdog.observers import Observer

    folder = ctx.tmp / "inbox"
    folder.mkdir()
    seen = threading.Event()

    class Handler(FileSystemEventHandler):
        def on_any_event(self, event: FileSystemEvent) -> None:
            if Path(str(event.src_path)).name == "scan.pdf":
                seen.set()

    observer = Observer()
    observer.schedule(Handler(), str(folder))
    observer.start()
    try:
        (folder / "scan.pdf").write_bytes(b"%PDF-1.4\n")
        if not seen.wait(5):
            raise CheckFailed(f"{type(observer).__name__} saw no new file in 5 s")
    finally:
        observer.stop()
        observer.join(5)
    return f"{type(observer).__name__} sees new files"


def check_main_window(ctx: _Context) -> str:
    """Builds the main window in Thai on the temporary workspace, without showing it, then
    takes it down again (window and translator), so running the check twice in one process
    leaves nothing behind."""
    import shiboken6
    from PySide6.QtCore import QCoreApplication, QTranslator

    from sealdesk.ui import i18n
    from sealdesk.ui.main import build_main_window

    if ctx.workspace is None:
        raise CheckFailed("no workspace to show (see the workspace check)")
    app = QCoreApplication.instance()
    translators = set(app.findChildren(QTranslator))
    languages = i18n.Languages()
    languages.set_language("th")
    errors: list[BaseException] = []
    previous_hook = sys.excepthook
    sys.excepthook = lambda _type, error, _tb: errors.append(error)  # errors in Qt slots
    window = build_main_window(ctx.workspace, languages)
    try:
        for _ in range(3):  # what the event loop does first: deferred loads, zero timers
            QCoreApplication.processEvents()
        if errors:
            raise CheckFailed(f"the main window raised {_describe(errors[0])}")
        return f"{type(window).__name__} builds ({window.windowTitle()!r})"
    finally:
        sys.excepthook = previous_hook
        window.close()
        shiboken6.delete(window)
        for translator in set(app.findChildren(QTranslator)) - translators:
            QCoreApplication.removeTranslator(translator)
            shiboken6.delete(translator)
        shiboken6.delete(languages)


CHECKS: tuple[tuple[str, Callable[[_Context], str]], ...] = (
    ("resources", check_resources),
    ("fonts", check_fonts),
    ("translations", check_translations),
    ("Qt plugins", check_qt_plugins),
    ("Thai segmentation", check_thai_segmentation),
    ("PDF", check_pdf),
    ("workspace", check_workspace),
    ("signing", check_signing),
    ("scanner folder", check_scanner_folder),
    ("main window", check_main_window),
)


def run_self_check(out: TextIO | None = None) -> int:
    """Runs every check, printing one line each; 0 if all passed, 1 otherwise."""
    out = out or sys.stdout
    frozen = "packaged" if getattr(sys, "frozen", False) else "from source"
    print(
        f"SealDesk {__version__} self-check ({frozen}, Python {sys.version.split()[0]})", file=out
    )
    platform = _wanted_platform()
    if not _platform_plugin_present(platform):
        # Qt would abort the process when creating the application; say why instead.
        print(f"FAIL Qt plugins: the platform plugin {platform!r} is missing", file=out)
        return 1
    try:
        app = _application()
    except Exception as error:
        print(f"FAIL application: the desktop app cannot start: {_describe(error)}", file=out)
        return 1
    failures = 0
    with tempfile.TemporaryDirectory(
        prefix="sealdesk-selfcheck-", ignore_cleanup_errors=True
    ) as tmp:
        ctx = _Context(Path(tmp))
        try:
            for label, check in CHECKS:
                try:
                    detail = check(ctx)
                except Exception as error:
                    failures += 1
                    reason = str(error) if isinstance(error, CheckFailed) else _describe(error)
                    print(f"FAIL {label}: {reason}", file=out)
                else:
                    print(f"OK   {label}: {detail}", file=out)
        finally:
            if ctx.workspace is not None:
                ctx.workspace.close()
    app.processEvents()
    summary = {0: "all checks passed", 1: "1 check failed"}.get(
        failures, f"{failures} checks failed"
    )
    print(summary, file=out)
    return 0 if failures == 0 else 1


def _describe(error: BaseException) -> str:
    """An unexpected error: its type, message and where it happened (last frame)."""
    frames = traceback.extract_tb(error.__traceback__)
    where = f" at {Path(frames[-1].filename).name}:{frames[-1].lineno}" if frames else ""
    return f"{type(error).__name__}: {error}{where}"
