"""Issue 11, concurrent writers: the app, its inbox watcher and the CLI may write at the same
moment. Two processes that add the same new file, make the first assessment of one benchmark,
or link one document to one benchmark at once both succeed; nothing is duplicated and the audit
log records each change once. Real processes, real SQLite, released together by a barrier."""

from __future__ import annotations

import multiprocessing
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from sealdesk.services.workspace import Workspace

# Real processes, mounts and many trials: CI runs it, `make test-fast` does not.
pytestmark = pytest.mark.slow

TRIALS = 30
ROOT = Path(__file__).resolve().parents[2]


def _worker(folder: str, sources: str, op: str, codes: list[str], barrier, results) -> None:  # type: ignore[no-untyped-def]
    outcome: list[str] = []
    try:
        ws = Workspace.open(Path(folder), actor=f"worker-{os.getpid()}")
    except BaseException as error:  # pragma: no cover - reported below
        results.put([f"open: {type(error).__name__}: {error}"])
        return
    for trial in range(TRIALS):
        barrier.wait(timeout=60)
        try:
            if op == "add":
                ws.add_evidence(Path(sources) / f"{trial}.pdf", benchmarks=[codes[trial]])
            elif op == "assess":
                ws.assess(codes[trial], narrative=f"first words {trial}")
            else:
                evidence = ws.find_evidence(Path(sources, f"{trial}.sha").read_text())
                ws.link_evidence(evidence.id, codes[trial])
            outcome.append("ok")
        except BaseException as error:
            outcome.append(f"{trial}: {type(error).__name__}: {error}")
    ws.close()
    results.put(outcome)


@pytest.mark.parametrize("op", ["add", "assess", "link"])
def test_two_processes_racing_both_succeed_without_duplicates(tmp_path: Path, op: str) -> None:
    folder = tmp_path / "ws"
    sources = tmp_path / "sources"
    sources.mkdir()
    with Workspace.create(folder, "1001", 2569, actor="setup") as ws:
        codes = [b.code for b in ws.catalog().benchmarks()][:TRIALS]
        for trial in range(TRIALS):
            source = sources / f"{trial}.pdf"
            source.write_bytes(b"%%PDF-1.7 trial %d " % trial + os.urandom(64))
            if op == "link":
                added = ws.add_evidence(source)
                (sources / f"{trial}.sha").write_text(added.evidence.sha256)
        audit_before = len(ws.audit_log())
    context = multiprocessing.get_context("spawn")
    barrier = context.Barrier(2)
    results = context.Queue()
    workers = [
        context.Process(
            target=_worker, args=(str(folder), str(sources), op, codes, barrier, results)
        )
        for _ in range(2)
    ]
    for worker in workers:
        worker.start()
    outcomes = [results.get(timeout=600) for _ in workers]
    for worker in workers:
        worker.join(timeout=60)
    failures = [o for outcome in outcomes for o in outcome if o != "ok"]
    assert failures == []
    assert all(len(outcome) == TRIALS for outcome in outcomes)

    with Workspace.open(folder) as ws:
        events = ws.audit_log()[audit_before:]
        actions = Counter((e.action, e.entity_key) for e in events)
        if op == "add":
            assert len(ws.evidence_list()) == TRIALS
            assert all(len(e.links) == 1 for e in ws.evidence_list())
            assert sum(n for (a, _), n in actions.items() if a == "evidence.add") == TRIALS
            assert all(n == 1 for (a, _), n in actions.items() if a == "evidence.link")
            assert sum(1 for _ in ws.blobs.iter_hashes()) == TRIALS
        elif op == "assess":
            assessed = ws.assessments()
            assert all(assessed[c].narrative == f"first words {i}" for i, c in enumerate(codes))
            # the second finds the first's row and, the narrative being the same, changes nothing
            assert all(n == 1 for n in actions.values())
            assert len(events) == TRIALS
        else:
            assert all(len(e.links) == 1 for e in ws.evidence_list())
            assert sum(n for (a, _), n in actions.items() if a == "evidence.link") == TRIALS
            assert all(n == 1 for n in actions.values())
        assert ws.check() == []


def test_two_cli_evidence_adds_of_one_new_file(tmp_path: Path) -> None:
    folder = tmp_path / "ws"
    Workspace.create(folder, "1001", 2569, actor="setup").close()
    env = {**os.environ, "PYTHONPATH": str(ROOT), "SEALDESK_LANG": "en"}
    for trial in range(5):
        source = tmp_path / f"scan-{trial}.pdf"
        source.write_bytes(b"%PDF-1.7 " + os.urandom(256))
        command = [sys.executable, "-m", "sealdesk", "--workspace", str(folder)]
        command += ["evidence", "add", str(source), "--benchmark", "1.1.1"]
        runs = [subprocess.Popen(command, cwd=ROOT, env=env, stderr=subprocess.PIPE, text=True)]
        runs.append(subprocess.Popen(command, cwd=ROOT, env=env, stderr=subprocess.PIPE, text=True))
        for run in runs:
            _, err = run.communicate(timeout=120)
            assert run.returncode == 0, err
    with Workspace.open(folder) as ws:
        assert len(ws.evidence_list()) == 5
