"""ReportLab runs with its C accelerator (rl_accel, a dependency since issue 13): without it the
same PDFs are written, only slower, so nothing else would notice it missing."""

from __future__ import annotations

from reportlab.lib import rl_accel


def test_reportlab_uses_its_c_accelerator() -> None:
    for name in ("fp_str", "asciiBase85Encode", "unicode2T1", "instanceStringWidthTTF"):
        assert getattr(rl_accel, name).__module__ == "_rl_accel", name
