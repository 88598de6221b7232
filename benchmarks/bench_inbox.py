"""Inbox figures: delay from a file's last write to its import, and 500-file burst throughput.

    .venv/bin/python benchmarks/bench_inbox.py [--files 50] [--burst 500] [--size 100000]

Each scenario uses a fresh workspace and inbox folder in a temporary directory, a real observer
(inotify here) and the real Workspace. Delay = time the ``on_imported`` callback ran minus the
time the writer closed (or renamed) the file.
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import threading
import time
from pathlib import Path

from sealdesk.inbox import WatchConfig
from sealdesk.services.inbox import InboxWatcher, make_watcher
from sealdesk.services.workspace import Workspace


def payload(i: int, size: int) -> bytes:
    head = f"%PDF-1.4 bench {i}\n".encode()
    return head + os.urandom(max(0, size - len(head)))


def start(ws: Workspace, folder: Path, done: dict[str, float], **options: object) -> InboxWatcher:
    lock = threading.Lock()

    def imported(result: object) -> None:
        with lock:
            done[result.name] = time.monotonic()  # type: ignore[attr-defined]

    config = WatchConfig(**options)  # type: ignore[arg-type]
    watcher = make_watcher(ws, folder, config, on_imported=imported)
    watcher.start()
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        if watcher.mode == "polling" or (watcher.mode == "events" and not watcher.probing):
            break
        time.sleep(0.01)
    return watcher


def wait_for(done: dict[str, float], n: int, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while len(done) < n and time.monotonic() < deadline:
        time.sleep(0.005)
    if len(done) < n:
        raise SystemExit(f"only {len(done)} of {n} files imported within {timeout} s")


def summary(label: str, delays: list[float]) -> None:
    delays = sorted(delays)
    p90 = delays[int(0.9 * (len(delays) - 1))]
    print(
        f"{label:<48} n={len(delays):>3}  min {delays[0]:.3f}  median "
        f"{statistics.median(delays):.3f}  p90 {p90:.3f}  max {delays[-1]:.3f} s"
    )


def latency(
    root: Path, label: str, n: int, size: int, gap: float, rename: bool, **options: object
) -> None:
    ws = Workspace.create(root / label.replace(" ", "_"), district_code="1001", round_be=2569)
    folder = root / (label.replace(" ", "_") + "_inbox")
    done: dict[str, float] = {}
    watcher = start(ws, folder, done, **options)
    written: dict[str, float] = {}
    try:
        for i in range(n):
            name = f"doc{i:03d}.pdf"
            if rename:
                tmp = folder / (name + ".part")
                tmp.write_bytes(payload(i, size))
                os.replace(tmp, folder / name)
            else:
                (folder / name).write_bytes(payload(i, size))
            written[name] = time.monotonic()
            time.sleep(gap)
        wait_for(done, n, timeout=60 + 3 * float(options.get("quiet", 2.0)))  # type: ignore[arg-type]
    finally:
        watcher.stop()
        ws.close()
    summary(label, [done[k] - written[k] for k in written])


def burst(root: Path, label: str, n: int, size: int, **options: object) -> None:
    ws = Workspace.create(root / label.replace(" ", "_"), district_code="1001", round_be=2569)
    folder = root / (label.replace(" ", "_") + "_inbox")
    done: dict[str, float] = {}
    watcher = start(ws, folder, done, **options)
    try:
        data = [payload(i, size) for i in range(n)]
        t0 = time.monotonic()
        for i, blob in enumerate(data):
            (folder / f"scan{i:04d}.pdf").write_bytes(blob)
        t_written = time.monotonic()
        wait_for(done, n, timeout=600)
        first, last = min(done.values()), max(done.values())
    finally:
        watcher.stop()
        ws.close()
    total = last - t0
    print(
        f"{label:<48} {n} files x {size // 1000} kB: written in {t_written - t0:.2f} s, "
        f"all imported {total:.2f} s after the first write; import phase {last - first:.2f} s "
        f"= {n / max(last - first, 1e-9):.0f} files/s ({n / total:.0f} files/s overall)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--files", type=int, default=50)
    parser.add_argument("--burst", type=int, default=500)
    parser.add_argument("--size", type=int, default=100_000, help="bytes per file")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-inbox-") as tmp:
        root = Path(tmp)
        print("Delay from last write to import (seconds):")
        latency(root, "events, quiet 2 s (default)", args.files, args.size, 0.1, False, quiet=2.0)
        latency(root, "events, quiet 0.25 s", args.files, args.size, 0.1, False, quiet=0.25)
        latency(root, "events, rename into place, quiet 2 s", args.files, args.size, 0.1, True)
        latency(
            root,
            "polling every 1 s, quiet 2 s",
            args.files // 2 or 1,
            args.size,
            0.1,
            False,
            quiet=2.0,
            poll=True,
            poll_interval=1.0,
        )
        print("Throughput:")
        burst(root, "burst, events, quiet 2 s (default)", args.burst, args.size, quiet=2.0)
        burst(root, "burst, events, quiet 0.25 s", args.burst, args.size, quiet=0.25)
        burst(
            root,
            "burst, polling every 1 s, quiet 2 s",
            args.burst,
            args.size,
            quiet=2.0,
            poll=True,
            poll_interval=1.0,
        )


if __name__ == "__main__":
    main()
