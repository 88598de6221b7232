"""The command line pauses Python's cyclic garbage collector while a command starts (issue 13:
the imports of SQLAlchemy, the models and the services make a large heap that every full
collection would rescan) and gives it back before the command runs, with what the start built
frozen out of its sight. Only the program itself does this, for a command line naming a
command (the app starts as it always did), never a caller in the same process (the tests, a
script calling ``main``)."""

from __future__ import annotations

import gc
import subprocess
import sys
from pathlib import Path

import pytest

from sealdesk import cli
from sealdesk.services.workspace import Workspace

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = """
import gc, sys
from sealdesk import app
from sealdesk.cli import commands
from sealdesk.services.workspace import Workspace

seen = []
real_open = Workspace.open.__func__
real_cli_open = commands.open_workspace

def workspace_open(cls, path, actor=None):
    seen.append(("opening", gc.isenabled()))
    return real_open(cls, path, actor)

def cli_open(args):
    ws = real_cli_open(args)
    seen.append(("opened", gc.isenabled(), gc.get_freeze_count() > 0))
    return ws

Workspace.open = classmethod(workspace_open)
commands.open_workspace = cli_open
sys.argv = ["sealdesk", *sys.argv[2:], "--workspace", sys.argv[1]]
code = app.main()
print("SEEN", seen, gc.isenabled())
sys.exit(code)
"""


@pytest.mark.parametrize("command", [["score"], ["check"], ["evidence", "list"]])
def test_the_program_runs_its_command_with_the_collector(
    tmp_path: Path, command: list[str]
) -> None:
    Workspace.create(tmp_path / "ws", "1001", 2569).close()
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(tmp_path / "ws"), *command],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)},
    )
    assert done.returncode == 0, done.stderr
    last = done.stdout.strip().splitlines()[-1]
    # the workspace was opened with the collector paused; then it ran again, with what the
    # start built frozen, for the rest of the command
    assert last == "SEEN [('opening', False), ('opened', True, True)] True", done.stdout


def test_a_caller_in_the_same_process_keeps_its_collector(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    Workspace.create(tmp_path / "ws", "1001", 2569).close()
    frozen = gc.get_freeze_count()
    assert cli.main(["check", "--workspace", str(tmp_path / "ws")]) == 0
    assert gc.isenabled() and gc.get_freeze_count() == frozen
    capsys.readouterr()


def test_the_app_starts_with_the_collector_untouched(monkeypatch: pytest.MonkeyPatch) -> None:
    """Plain ``sealdesk`` (the app) starts as it always did: the collector never paused, nothing
    frozen."""
    monkeypatch.setattr(sys, "argv", ["sealdesk"])
    states: list[tuple[bool, int]] = []
    frozen = gc.get_freeze_count()

    def run_gui(_workspace: Path | None, _lang: str | None) -> int:
        states.append((gc.isenabled(), gc.get_freeze_count()))
        return 0

    try:
        assert cli.main(None, run_gui=run_gui) == 0
    finally:
        gc.enable()  # never leave the test process without its collector
    assert states == [(True, frozen)]
