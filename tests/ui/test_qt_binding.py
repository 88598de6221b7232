"""Guards against a Qt binding that miscounts references to None/True/False.

PySide6 6.12.0 on Python 3.11 drops one reference to None on every call of a void method (and
to True/False on some bool ones); the interpreter aborts after a few thousand calls. The calls
run in a child process so such a binding fails this test instead of killing the test run.
"""

from __future__ import annotations

import json
import subprocess
import sys

CALLS = r"""
import sys
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
label = QLabel()
before = (sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False))
for _ in range(50_000):
    label.setText("x")
    label.isVisible()
    label.isHidden()
after = (sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False))
print([a - b for a, b in zip(after, before)])  # JSON-compatible
"""


def test_void_and_bool_calls_keep_reference_counts() -> None:
    result = subprocess.run(
        [sys.executable, "-c", CALLS],
        capture_output=True,
        text=True,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-500:]
    drift = json.loads(result.stdout.strip())
    assert all(abs(d) < 100 for d in drift), drift
