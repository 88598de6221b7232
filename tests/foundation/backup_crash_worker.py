"""Child process for the backup/restore kill tests: stops at a chosen point, says "ready",
and waits there until it is killed with SIGKILL.

    backup_crash_worker.py backup WORKSPACE DEST     # stops while copying the first blob
    backup_crash_worker.py restore BACKUP TARGET     # stops while checking the unpacked copy
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from sealdesk.services.workspace import Workspace


def wait_forever() -> None:
    print("ready", flush=True)
    while True:
        time.sleep(60)


def main() -> None:
    mode, first, second = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
    if mode == "backup":
        ws = Workspace.open(first)
        real_open = ws.blobs.open_blob

        def open_then_stop(sha256: str):  # type: ignore[no-untyped-def]
            handle = real_open(sha256)
            wait_forever()
            return handle

        ws.blobs.open_blob = open_then_stop  # type: ignore[method-assign]
        ws.backup(second)
    elif mode == "restore":
        real_open = Workspace.open

        def open_then_stop(path: Path, actor: str | None = None) -> Workspace:
            if Path(path).name.startswith(".sealdesk-restore-"):
                wait_forever()
            return real_open(path, actor)

        Workspace.open = staticmethod(open_then_stop)  # type: ignore[method-assign,assignment]
        Workspace.restore_report(first, second)


if __name__ == "__main__":
    main()
