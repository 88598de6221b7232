"""Runs a script in a fresh Python process and says which modules it had loaded (issue 13): the
plumbing the tests share that check what a command, the first look or the app's start imports.

The script runs as ``python -c`` from the repository root, with only this checkout on the path
and a bare environment (Qt offscreen; ``HOME`` and ``XDG_CONFIG_HOME`` under ``home`` when given,
else no ``HOME`` at all). When it ends, however it ends (``sys.exit(code)`` included), the
process prints on its last line the sorted names of the loaded modules that ``watch`` names: a
name is the module itself or any module inside it; a name ending in ``*`` is any module whose
name starts with what precedes it (``sealdesk.services.feedback*`` includes
``sealdesk.services.feedback_actions``).
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MARKER = "fresh-process modules: "

_REPORT = """
import atexit as _fresh_atexit, json as _fresh_json, sys as _fresh_sys
def _fresh_watched(module, names={names!r}):
    return any(
        module.startswith(n[:-1]) if n.endswith("*") else module == n or module.startswith(n + ".")
        for n in names
    )
def _fresh_report():
    loaded = sorted(m for m in _fresh_sys.modules if _fresh_watched(m))
    print({marker!r} + _fresh_json.dumps(loaded), flush=True)
_fresh_atexit.register(_fresh_report)
"""


@dataclass(frozen=True)
class Ran:
    """What a fresh process did: its exit code, what it printed (without the modules line) and
    the watched modules it had loaded when it ended."""

    returncode: int
    stdout: str
    stderr: str
    modules: list[str]

    @property
    def last_line(self) -> str:
        """The script's own last printed line."""
        lines = self.stdout.strip().splitlines()
        return lines[-1] if lines else ""


def run_fresh(script: str, *args: str, watch: Iterable[str] = (), home: Path | None = None) -> Ran:
    """Runs ``script`` with ``args`` (its ``sys.argv[1:]``) in a fresh process; see the module."""
    env = {"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin", "QT_QPA_PLATFORM": "offscreen"}
    if home is not None:
        env |= {"HOME": str(home), "XDG_CONFIG_HOME": str(home / ".config")}
    report = _REPORT.format(names=tuple(watch), marker=MARKER)
    done = subprocess.run(
        [sys.executable, "-c", report + script, *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
    )
    lines = done.stdout.splitlines()
    reported = [line for line in lines if line.startswith(MARKER)]
    modules = json.loads(reported[-1][len(MARKER) :]) if reported else None
    assert modules is not None, f"the process ended before reporting its modules:\n{done.stderr}"
    return Ran(
        done.returncode,
        "\n".join(line for line in lines if not line.startswith(MARKER)),
        done.stderr,
        modules,
    )
