"""``sealdesk --self-check`` from the source tree: every check passes, and a missing piece
makes it fail, with a line that says what."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from sealdesk import __version__, selfcheck

ROOT = Path(__file__).resolve().parents[2]
CHECKS = [label for label, _ in selfcheck.CHECKS]


def _run(qapp) -> tuple[int, list[str]]:
    out = io.StringIO()
    code = selfcheck.run_self_check(out)
    return code, out.getvalue().splitlines()


def test_every_check_passes_from_source(qapp) -> None:
    code, lines = _run(qapp)
    assert code == 0, "\n".join(lines)
    assert lines[0].startswith(f"SealDesk {__version__} self-check (from source")
    for label in CHECKS:
        assert any(line.startswith(f"OK   {label}: ") for line in lines), (label, lines)
    assert lines[-1] == "all checks passed"


def test_missing_translation_fails_and_names_the_file(qapp, tmp_path, monkeypatch) -> None:
    monkeypatch.setattr("sealdesk.translation.translations_dir", lambda: tmp_path)
    code, lines = _run(qapp)
    assert code == 1
    failed = [line for line in lines if line.startswith("FAIL")]
    assert failed == [
        f"FAIL translations: {tmp_path / 'sealdesk_th.qm'} is missing or not a Qt translation file"
    ]
    assert lines[-1] == "1 check failed"


def test_translation_that_translates_nothing_fails(qapp, tmp_path, monkeypatch) -> None:
    ts = tmp_path / "sealdesk_th.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="th_TH">'
        "<context><name>Other</name><message><source>Hello</source>"
        "<translation>สวัสดี</translation></message></context></TS>",
        encoding="utf-8",
    )
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run(
        [str(lrelease), "-silent", str(ts), "-qm", str(tmp_path / "sealdesk_th.qm")], check=True
    )
    monkeypatch.setattr("sealdesk.translation.translations_dir", lambda: tmp_path)
    code, lines = _run(qapp)
    assert code == 1
    assert any(
        line.startswith("FAIL translations: sealdesk_th.qm loads but translates none")
        for line in lines
    ), lines


def test_missing_font_fails(qapp, tmp_path, monkeypatch) -> None:
    fonts = tmp_path / "fonts"
    fonts.mkdir()
    for f in (ROOT / "resources" / "fonts").iterdir():
        if f.name != "Sarabun-Bold.ttf":
            (fonts / f.name).write_bytes(f.read_bytes())
    monkeypatch.setattr(selfcheck, "fonts_dir", lambda: fonts)
    code, lines = _run(qapp)
    assert code == 1
    assert f"FAIL fonts: {fonts / 'Sarabun-Bold.ttf'} is missing" in lines


def test_missing_platform_plugin_is_reported_not_a_crash(qapp, monkeypatch) -> None:
    monkeypatch.setenv("QT_QPA_PLATFORM", "no-such-platform")
    code, lines = _run(qapp)
    assert code == 1
    assert "FAIL Qt plugins: the platform plugin 'no-such-platform' is missing" in lines


@pytest.mark.slow
@pytest.mark.parametrize("lang", ["th", "en"])
def test_cli_self_check_outside_the_source_tree(tmp_path, lang) -> None:
    """The real command, from another folder. In Thai (the default on a Thai Windows PC) the
    CLI has made a console-only Qt application for its messages before the desktop app's
    start-up code runs: the self-check must start the app the way `sealdesk` does."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("SEALDESK_")}
    env.update(QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path))
    result = subprocess.run(
        [sys.executable, "-m", "sealdesk", "--lang", lang, "--self-check"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip().endswith("all checks passed")
