"""Evidence import: SealDesk's blob store against the physical floor and a peer tool.

Synthetic evidence (incompressible bytes, like scanned PDFs and JPEGs) is imported into a fresh
workspace. In the same run we time:
  floor     cp of the files into a folder + sha256sum of them + sync (read, hash, write, flush)
  git       `git hash-object -w --stdin-paths` into a fresh repository: a well-known
            content-addressed store (it also zlib-compresses, so it does more work)
  sealdesk  Workspace.add_evidence for each file (stream, hash, fsync, rename, one transaction)
with the peak resident memory of each (child processes, from getrusage).

Usage: .venv/bin/python benchmarks/bench_import.py [--files 200] [--size-mib 2]
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SEALDESK_CHILD = r"""
import sys, time
from pathlib import Path
from sealdesk.services.workspace import Workspace
ws = Workspace.create(Path(sys.argv[1]), "1001", 2569, actor="bench")
files = sorted(Path(sys.argv[2]).iterdir())
for path in files:
    ws.add_evidence(path, benchmarks=["1.1.1"])
ws.close()
"""


def timed(
    name: str, argv: list[str], stdin: bytes | None = None, env: dict[str, str] | None = None
) -> tuple[str, float, int]:
    """Runs one child; returns its name, wall seconds and its own peak RSS in MiB."""
    start = time.perf_counter()
    child = subprocess.Popen(
        argv, stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, env=env or dict(os.environ)
    )
    assert child.stdin is not None
    child.stdin.write(stdin or b"")
    child.stdin.close()
    _, status, usage = os.wait4(child.pid, 0)
    elapsed = time.perf_counter() - start
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0:
        raise SystemExit(f"{name} failed with exit code {child.returncode}")
    return name, elapsed, usage.ru_maxrss // 1024


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--files", type=int, default=200)
    parser.add_argument("--size-mib", type=float, default=2.0)
    args = parser.parse_args()
    size = int(args.size_mib * 1024 * 1024)
    with tempfile.TemporaryDirectory(dir=os.environ.get("BENCH_DIR")) as scratch:
        root = Path(scratch)
        source = root / "evidence"
        source.mkdir()
        for i in range(args.files):
            (source / f"หลักฐาน-{i:04d}.pdf").write_bytes(os.urandom(size))
        total_mib = args.files * size / 2**20
        print(f"{args.files} files, {total_mib:.0f} MiB in all")
        results = []

        copy = root / "copy"
        copy.mkdir()
        files = sorted(str(p) for p in source.iterdir())
        script = 'cp "$@" "$DEST" && sha256sum "$@" > /dev/null && sync'
        env = {**os.environ, "DEST": str(copy)}
        results.append(
            timed("floor (cp + sha256sum + sync)", ["sh", "-c", script, "sh", *files], env=env)
        )

        repo = root / "git"
        subprocess.run(["git", "init", "-q", str(repo)], check=True)
        listing = ("\n".join(files) + "\n").encode()
        git = f'git -C "{repo}" hash-object -w --stdin-paths && sync'
        results.append(timed("git hash-object -w + sync", ["sh", "-c", git], stdin=listing))

        sealdesk = [sys.executable, "-c", SEALDESK_CHILD, str(root / "ws"), str(source)]
        results.append(timed("sealdesk add_evidence", sealdesk))

        floor = results[0][1]
        print(f"{'tool':32} {'seconds':>8} {'MiB/s':>8} {'x floor':>8} {'peak RSS MiB':>13}")
        for name, seconds, peak_mib in results:
            print(
                f"{name:32} {seconds:8.2f} {total_mib / seconds:8.0f} "
                f"{seconds / floor:8.2f} {peak_mib:13d}"
            )
        shutil.rmtree(root / "ws", ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
