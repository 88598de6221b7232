"""Read-only commands load only what they use (issue 13): the scanner inbox's watcher (watchdog,
filelock) is imported by the commands that watch or lock a folder, never by ``score``,
``evidence list``, ``catalog show`` or ``check``, whose whole process it would slow down."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from sealdesk.services.workspace import Workspace

ROOT = Path(__file__).resolve().parents[2]
NOT_NEEDED = ("watchdog", "filelock", "sealdesk.inbox")

SCRIPT = """
import sys
from sealdesk.cli import main
code = main(sys.argv[2:] + ["--workspace", sys.argv[1]])
print(sorted(m for m in sys.modules if m.startswith({names!r})))
sys.exit(code)
"""


@pytest.mark.parametrize(
    "command", [["score"], ["evidence", "list"], ["catalog", "show"], ["check"]]
)
def test_read_only_commands_do_not_import_the_inbox_watcher(
    tmp_path: Path, command: list[str]
) -> None:
    Workspace.create(tmp_path / "ws", "1001", 2569).close()
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT.format(names=NOT_NEEDED), str(tmp_path / "ws"), *command],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={
            "PYTHONPATH": str(ROOT),
            "PATH": "/usr/bin:/bin",
            "HOME": str(tmp_path),
            "QT_QPA_PLATFORM": "offscreen",
        },
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "[]", done.stdout
