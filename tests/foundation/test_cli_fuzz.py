"""No value makes the CLI fail with "something unexpected" (issue 11, part H4): every command
and every value-taking argument, read from the argparse parser itself, run with hostile values
(huge, negative, nan/inf, empty, not UTF-8, control characters, a FIFO, /dev/zero, a folder, a
missing file...) in-process against a real workspace: the exit code is never 70 and no traceback
is printed. The cases run in a child process (cli_fuzz_worker.py) whose memory and file sizes
are bounded, so an unbounded reader fails there instead of taking the machine down.

SEALDESK_FUZZ_SEED picks other values (the default seed is fixed so that a failure can be
replayed); SEALDESK_FUZZ_VALUES=1000 tries every hostile value for every argument (~2,000 cases).
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
from pathlib import Path

import pytest

from sealdesk.cli import build_parser
from tests.foundation.cli_fuzz_worker import leaves, value_actions

# Real processes, mounts and many trials: CI runs it, `make test-fast` does not.
pytestmark = pytest.mark.slow

WORKER = Path(__file__).with_name("cli_fuzz_worker.py")
ROOT = Path(__file__).resolve().parents[2]
MEMORY_LIMIT = 4 << 30

ELSEWHERE = {
    ("key export", "file"): "H1: key export onto a folder (exit 70)",
    ("verify", "file"): "H1: verify of a FIFO (would hang; fed end-of-file here: exit 70)",
    ("verify", "trust"): "H1: --trust /dev/zero (unbounded read: exit 70 at the memory limit)",
}
"""Cases owned by another part of issue 11 (bundle_cmd/services.keys/verification), still
failing on this branch: listed in the test's output, not failed here. Remove an entry once that
part's fix is merged; every other command and argument must never give 70."""


def _limits() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))


def test_no_value_gives_exit_70_or_a_traceback(tmp_path: Path) -> None:
    seed = os.environ.get("SEALDESK_FUZZ_SEED", "11")
    per_argument = os.environ.get("SEALDESK_FUZZ_VALUES", "4")
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    env.pop("SEALDESK_WORKSPACE", None)
    result = subprocess.run(
        [sys.executable, str(WORKER), str(tmp_path), seed, per_argument],
        capture_output=True,
        text=True,
        env=env,
        stdin=subprocess.DEVNULL,
        start_new_session=True,  # no terminal: a passphrase prompt cannot wait for one
        preexec_fn=_limits,
        check=False,
    )
    lines = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    done = [line for line in lines if "argv" in line]
    started = [line["start"] for line in lines if "start" in line]
    assert result.returncode == 0, (
        f"seed {seed}: the worker died in {started[-1] if started else None}: "
        f"{result.stderr[-2000:]}"
    )
    commands = {" ".join(path) for path, _ in leaves(build_parser())}
    assert len(commands) >= 29 and {line["command"] for line in done} == commands
    targets = {
        (" ".join(path), action.dest)
        for path, parser in leaves(build_parser())
        for action in value_actions(parser)
    }
    assert {(line["command"], line["target"]) for line in done} == targets
    bad = [
        line
        for line in done
        if line["code"] == 70 or line["traceback"] or not isinstance(line["code"], int)
    ]
    assert bad == [], f"seed {seed}: " + "\n".join(
        f"{b['code']} {b['argv']}: {b['stderr'][-300:]}" for b in bad
    )
