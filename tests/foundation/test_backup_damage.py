"""Backups of damaged stores, foreign files in the store, and the restored key's mode.

A damaged or missing blob (truncated, emptied, a flipped byte, deleted, replaced by a folder, a
symlink, a symlink to /dev/zero, a FIFO) is left out of the backup and named; everything intact
is backed up and restored; ``check`` before, ``backup``, ``restore`` and ``check`` after all
name the same items. Files that are not SealDesk's are tolerated and reported alike by check
and backup. Cases that once hung run in their own process with a time-out as a guard.
"""

from __future__ import annotations

import json
import os
import random
import stat
import subprocess
import zipfile
from pathlib import Path

import pytest
from backup_helpers import (
    DAMAGES,
    DOCUMENTS,
    JUNK,
    add_junk,
    damage,
    populate,
    run,
    run_process,
)
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sealdesk.domain.backup import HARMLESS
from sealdesk.services.workspace import Workspace


def serious(problems) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return sorted((p.kind, p.subject) for p in problems if p.kind not in HARMLESS)


@pytest.mark.parametrize("how", DAMAGES)
def test_a_damaged_blob_is_left_out_named_and_the_rest_restored(tmp_path: Path, how: str) -> None:
    ws = populate(tmp_path / "ws")
    victim = next(e for e in ws.evidence_list() if e.original_name == "ภาพกิจกรรม.jpg")
    damage(ws.blob_path(victim.sha256), how)
    expected = [("blob-corrupt" if how != "delete" else "blob-missing", "ภาพกิจกรรม.jpg")]
    assert serious(ws.check()) == expected

    report = ws.backup_report(tmp_path / "b.zip")
    ws.close()
    assert not report.complete and serious(report.problems) == expected
    with zipfile.ZipFile(report.path) as archive:
        assert archive.testzip() is None
        names = archive.namelist()
        manifest = json.loads(archive.read("sealdesk-backup.json"))
    assert [e["sha256"] for e in manifest["left_out"]] == [victim.sha256]
    tested = subprocess.run(["unzip", "-t", str(report.path)], capture_output=True, text=True)
    assert tested.returncode == 0, tested.stdout  # the independent tool reads it whole
    assert report.blobs == len(DOCUMENTS) - 1
    assert sum(n.startswith("blobs/") for n in names) >= len(DOCUMENTS) - 1

    restored = Workspace.restore_report(report.path, tmp_path / "restored")
    missing = [("blob-missing", "ภาพกิจกรรม.jpg")]  # not in the backup, so not restored
    assert not restored.complete and serious(restored.problems) == missing
    with Workspace.open(restored.path) as again:
        assert serious(again.check()) == missing  # check agrees with what restore said
        for evidence in again.evidence_list():
            if evidence.sha256 != victim.sha256:
                assert (
                    again.blob_path(evidence.sha256).read_bytes()
                    == DOCUMENTS[evidence.original_name]
                )
        assert again.assessment("1.1.1").narrative == "มีแผนปฏิบัติราชการประจำปี"


@pytest.mark.parametrize("how", ["devzero", "fifo"])
def test_check_and_backup_of_a_blob_that_once_hung_them(tmp_path: Path, how: str) -> None:
    ws = populate(tmp_path / "ws")
    victim = ws.evidence_list()[0]
    ws.close()
    damage(tmp_path / "ws" / "blobs" / victim.sha256[:2] / victim.sha256, how)
    check = run_process("--workspace", str(tmp_path / "ws"), "check", timeout=120)
    assert check.returncode == 1 and "blob-corrupt" in check.stdout
    backup = run_process("--workspace", str(tmp_path / "ws"), "backup", str(tmp_path / "b.zip"))
    assert backup.returncode == 1, backup.stderr
    assert victim.original_name in backup.stdout and "damaged or missing" in backup.stdout
    assert (tmp_path / "b.zip").stat().st_size < 10 * 1024 * 1024


def test_cli_exit_codes_and_agreement(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ws = populate(tmp_path / "ws")
    victims = ws.evidence_list()[:2]
    ws.close()
    folder = str(tmp_path / "ws")
    damage(tmp_path / "ws" / "blobs" / victims[0].sha256[:2] / victims[0].sha256, "truncate")
    damage(tmp_path / "ws" / "blobs" / victims[1].sha256[:2] / victims[1].sha256, "delete")
    code, out, err = run(capsys, "--workspace", folder, "check", "--json")
    assert code == 1
    checked = sorted(p["subject"] for p in json.loads(out)["problems"])
    code, out, err = run(capsys, "--workspace", folder, "backup", str(tmp_path / "b.zip"), "--json")
    assert code == 1 and err == ""
    report = json.loads(out)
    assert report["ok"] is False
    assert sorted(p["subject"] for p in report["problems"]) == checked
    target = str(tmp_path / "copy")
    code, out, err = run(capsys, "--workspace", target, "restore", str(tmp_path / "b.zip"))
    assert code == 1 and "could not be restored" in out
    assert all(v.original_name in out for v in victims)
    code, out, _ = run(capsys, "--workspace", target, "check", "--json")
    after = json.loads(out)["problems"]
    assert code == 1 and sorted(p["subject"] for p in after) == checked
    assert {p["kind"] for p in after} == {"blob-missing"}


@pytest.mark.parametrize("how", JUNK)
def test_foreign_files_are_tolerated_and_reported_alike(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], how: str
) -> None:
    ws = populate(tmp_path / "ws")
    ws.close()
    path = add_junk(tmp_path / "ws" / "blobs", how)
    folder = str(tmp_path / "ws")
    code, out, err = run(capsys, "--workspace", folder, "score")
    assert code == 0, err
    code, out, _ = run(capsys, "--workspace", folder, "check", "--json")
    found = json.loads(out)["problems"]
    assert code == 0 and [(p["kind"], p["subject"]) for p in found] == [("foreign-file", path)]
    code, out, _ = run(capsys, "--workspace", folder, "backup", str(tmp_path / "b.zip"), "--json")
    assert code == 0 and json.loads(out)["problems"] == found
    target = str(tmp_path / "r")
    code, out, err = run(capsys, "--workspace", target, "restore", str(tmp_path / "b.zip"))
    assert code == 0, err
    with Workspace.open(tmp_path / "r") as restored:
        assert restored.check() == []
    assert (tmp_path / "ws" / path).exists() or (tmp_path / "ws" / path).is_symlink()


def test_restored_keys_are_owner_only(tmp_path: Path) -> None:
    ws = populate(tmp_path / "ws")
    written = ws.backup(tmp_path / "b.zip")
    ws.close()
    os.umask(0o022)
    Workspace.restore_report(written, tmp_path / "r")
    keys = tmp_path / "r" / "keys"
    assert stat.S_IMODE(keys.stat().st_mode) == 0o700
    assert stat.S_IMODE((keys / "signing-key.json").stat().st_mode) == 0o600
    assert (keys / "signing-key.json").read_text() == '{"test": true}'


def test_a_damaged_key_file_is_reported(tmp_path: Path) -> None:
    ws = populate(tmp_path / "ws")
    key = tmp_path / "ws" / "keys" / "signing-key.json"
    key.unlink()
    key.symlink_to("/dev/zero")
    report = ws.backup_report(tmp_path / "b.zip")
    ws.close()
    assert not report.complete
    found = [(p.kind, p.subject) for p in report.left_out]
    assert found == [("key-unreadable", "keys/signing-key.json")]


@settings(
    max_examples=12,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    plan=st.lists(st.sampled_from((None, *DAMAGES)), min_size=5, max_size=5),
    junk=st.lists(st.sampled_from(JUNK), unique=True, max_size=3),
    seed=st.integers(0, 2**32 - 1),
)
def test_random_damage_backup_warns_restore_restores_check_agrees(
    tmp_path_factory: pytest.TempPathFactory, plan, junk, seed
) -> None:  # type: ignore[no-untyped-def]
    base = tmp_path_factory.mktemp("random")
    ws = populate(base / "ws")
    evidence = sorted(ws.evidence_list(), key=lambda e: e.sha256)
    random.Random(seed).shuffle(evidence)
    expected = []
    for item, how in zip(evidence, plan, strict=True):
        if how is not None:
            damage(ws.blob_path(item.sha256), how)
            kind = "blob-missing" if how == "delete" else "blob-corrupt"
            expected.append((kind, item.original_name))
    for how in junk:
        add_junk(ws.blobs.root, how)
    expected.sort()
    before = ws.check()
    assert serious(before) == expected
    report = ws.backup_report(base / "b.zip")
    ws.close()
    assert serious(report.problems) == expected
    assert sorted(report.problems, key=repr) == sorted(before, key=repr)
    assert report.complete == (not expected)
    restored = Workspace.restore_report(report.path, base / "restored")
    missing = sorted(("blob-missing", name) for _, name in expected)
    assert serious(restored.problems) == missing
    with Workspace.open(restored.path) as again:
        assert serious(again.check()) == missing
        intact = [e for e, how in zip(evidence, plan, strict=True) if how is None]
        for item in intact:
            assert again.blob_path(item.sha256).read_bytes() == DOCUMENTS[item.original_name]
