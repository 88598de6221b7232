"""Issue 13: the program sets its objects aside for its exit (gc.freeze), sparing the garbage
collector's last pass over all of them; a caller that passes arguments (tests, scripts) keeps
its collector as it was."""

from __future__ import annotations

import gc
import subprocess
import sys
from pathlib import Path

import pytest

from sealdesk import app
from sealdesk.services.workspace import Workspace


@pytest.fixture()
def score(tmp_path: Path) -> list[str]:
    path = tmp_path / "ws"
    Workspace.create(path, district_code="1010", round_be=2569, actor="สมหญิง").close()
    return ["--workspace", str(path), "--lang", "en", "score", "--json"]


def test_a_caller_with_arguments_keeps_its_collector(score: list[str], capsys) -> None:  # type: ignore[no-untyped-def]
    before = gc.get_freeze_count()
    assert app.main(score) == 0
    assert gc.get_freeze_count() == before
    assert capsys.readouterr().out.strip()


def test_the_program_sets_its_objects_aside_at_the_end(
    score: list[str], monkeypatch: pytest.MonkeyPatch, capsys
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(sys, "argv", ["sealdesk", *score])
    assert gc.get_freeze_count() == 0
    try:
        assert app.main() == 0
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()
    assert capsys.readouterr().out.strip()


def test_the_program_still_ends_with_its_status() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "sealdesk", "--version"], capture_output=True, text=True
    )
    assert done.returncode == 0 and "SealDesk" in done.stdout
    bad = subprocess.run(
        [sys.executable, "-m", "sealdesk", "no-such-command"], capture_output=True, text=True
    )
    assert bad.returncode == 2
