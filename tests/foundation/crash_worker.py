"""Child process for the crash tests: works on a workspace until it is killed with SIGKILL."""

from __future__ import annotations

import sys
from pathlib import Path

from sealdesk.services.workspace import Workspace


def main() -> None:
    mode, folder = sys.argv[1], Path(sys.argv[2])
    ws = Workspace.open(folder, actor="worker")
    if mode == "import":
        print("ready", flush=True)
        ws.add_evidence(Path(sys.argv[3]), benchmarks=["1.1.1"])
        print("imported", flush=True)
    elif mode == "edits":
        codes = [b.code for b in ws.catalog().benchmarks()]
        n = 0
        while True:
            code = codes[n % len(codes)]
            ws.assess(code, status="met" if n % 2 else "not_met", narrative=f"แก้ไขครั้งที่ {n}")
            ws.add_action(code, f"งานที่ {n}")
            n += 1
            if n == 20:
                print("ready", flush=True)


if __name__ == "__main__":
    main()
