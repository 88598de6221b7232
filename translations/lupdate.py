"""Re-extract every translatable string of the sealdesk package into translations/*.ts.

    .venv/bin/python translations/lupdate.py            # update sealdesk_th.ts and sealdesk_en.ts
    .venv/bin/python translations/lupdate.py out.ts     # extract into another file (tests)

Existing translations are kept; new strings arrive
unfinished and must be translated (tests/ui/test_translations.py fails until they are).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGETS = {"sealdesk_th.ts": "th_TH", "sealdesk_en.ts": "en_US"}


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "sealdesk").rglob("*.py"))


def lupdate(ts: Path, language: str, obsolete: bool = False) -> None:
    tool = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))
    if tool is None:
        raise SystemExit("pyside6-lupdate not found next to " + sys.executable)
    command = [tool, *sources(), "-locations", "none"]
    command += ["-target-language", language, "-ts", str(ts)]
    if not obsolete:
        command.insert(1, "-no-obsolete")
    subprocess.run(command, cwd=ROOT, check=True, capture_output=True)


def main(argv: list[str]) -> int:
    if argv:
        for name in argv:
            lupdate(Path(name).resolve(), "th_TH")
        return 0
    for name, language in TARGETS.items():
        lupdate(ROOT / "translations" / name, language)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
