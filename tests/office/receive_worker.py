"""Child process of the crash test: receives bundles into an office workspace until killed."""

from __future__ import annotations

import sys
from pathlib import Path

from sealdesk.services.workspace import Workspace


def main() -> None:
    folder, files = Path(sys.argv[1]), [Path(f) for f in sys.argv[2:]]
    ws = Workspace.open(folder, actor="worker")
    print("ready", flush=True)
    ws.receive_bundles(files)
    print("done", flush=True)


if __name__ == "__main__":
    main()
