"""The packaged app: build it with PyInstaller (packaging/sealdesk.spec), move it somewhere
else, and run it there with no virtual environment, no PYTHONPATH and no source tree in sight.

Slow (about a minute to build on 2 cores); it runs in CI with the rest of ``make test``.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from sealdesk import __version__

ROOT = Path(__file__).resolve().parents[2]
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux package"),
]

# Qt modules the app must not carry (see QT_UNUSED in the spec).
UNWANTED = (
    "Qt6Quick",
    "Qt6Qml",
    "Qt6WebEngine",
    "Qt63D",
    "Qt6Multimedia",
    "Qt6Charts",
    "Qt6DataVisualization",
    "Qt6Bluetooth",
    "Qt6Nfc",
    "Qt6Positioning",
    "Qt6Location",
    "Qt6Sensors",
    "Qt6SerialPort",
    "Qt6Test",
    "Qt6Designer",
    "Qt6Help",
    "Qt6Wayland",
    "Qt6OpenGL",
    "Qt6Sql",
    "libgtk",
    "libcairo",
    "libpango",
)


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if importlib.util.find_spec("PyInstaller") is None:
        pytest.fail(
            "PyInstaller is not installed: pip install -e '.[package]' (the 'package' extra)"
        )
    work = tmp_path_factory.mktemp("pyinstaller")
    build = subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level",
            "WARN",
            "--distpath",
            str(work / "dist"),
            "--workpath",
            str(work / "build"),
            str(ROOT / "packaging" / "sealdesk.spec"),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=1800,
    )
    assert build.returncode == 0, build.stdout[-3000:] + build.stderr[-6000:]
    # Installed somewhere else than where it was built: the folder must be relocatable.
    installed = tmp_path_factory.mktemp("installed") / "SealDesk"
    shutil.move(work / "dist" / "sealdesk", installed)
    shutil.rmtree(work, ignore_errors=True)
    return installed


def _run(app: Path, *args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    home = cwd / "home"
    home.mkdir(exist_ok=True)
    env = {  # no venv on PATH, no PYTHONPATH, no VIRTUAL_ENV, no display
        "PATH": "/usr/bin:/bin",
        "HOME": str(home),
        "LANG": "C.UTF-8",
        "QT_QPA_PLATFORM": "offscreen",
    }
    return subprocess.run(
        [str(app / "sealdesk"), *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_version(app: Path, tmp_path: Path) -> None:
    result = _run(app, "--version", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"SealDesk {__version__}\n"


def test_self_check(app: Path, tmp_path: Path) -> None:
    result = _run(app, "--self-check", cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith(f"SealDesk {__version__} self-check (packaged")
    assert not [line for line in lines if line.startswith("FAIL")]
    assert str(app) in result.stdout  # resources found inside the package, not the source tree
    assert str(ROOT) not in result.stdout
    assert lines[-1] == "all checks passed"


def test_cli_commands_work_in_thai(app: Path, tmp_path: Path) -> None:
    """Subcommands loaded by name (importlib), the Thai catalog, and printing, frozen."""
    ws = tmp_path / "ws"
    result = _run(
        app, "--lang", "th", "--workspace", str(ws), "init", "--district", "1001", cwd=tmp_path
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert (ws / "sealdesk.db").is_file()
    assert "พระนคร" in result.stdout and "สร้าง" in result.stdout  # Thai message from the .qm
    # Printing: ReportLab, HarfBuzz, the fonts, the chart, and the bundle code it imports.
    pdf = tmp_path / "report.pdf"
    result = _run(app, "--workspace", str(ws), "print", "report", "--out", str(pdf), cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    assert "พระนคร" in text


def test_contents(app: Path) -> None:
    files = [p for p in app.rglob("*") if p.is_file() or p.is_symlink()]
    names = [p.name for p in files]
    for unwanted in UNWANTED:
        assert not [n for n in names if unwanted.lower() in n.lower()], unwanted
    plugins = app / "_internal" / "PySide6" / "Qt" / "plugins"
    assert sorted(p.name for p in (plugins / "platforms").iterdir()) == [
        "libqminimal.so",
        "libqoffscreen.so",
        "libqxcb.so",
    ]
    assert {p.name for p in (plugins / "imageformats").iterdir()} == {
        "libqjpeg.so",
        "libqgif.so",
        "libqsvg.so",
        "libqico.so",
    }
    corpus = app / "_internal" / "pythainlp" / "corpus"
    assert "words_th.txt" in os.listdir(corpus) and len(os.listdir(corpus)) <= 6
    internal = app / "_internal"
    assert (internal / "resources" / "fonts" / "OFL.txt").is_file()
    assert (internal / "translations" / "sealdesk_th.qm").is_file()
    assert (internal / "sealdesk" / "store" / "migrations" / "env.py").is_file()
    assert (internal / "licenses" / "Qt-PySide6" / "LGPL-3.0.txt").is_file()
    size = sum(p.stat().st_size for p in files if not p.is_symlink())
    assert size < 250 * 2**20, f"the package grew to {size / 2**20:.0f} MB"
