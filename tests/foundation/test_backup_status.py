"""The last backup made from the app and the changes since: what the reminder reads."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from sealdesk.domain.backup import BackupStatus
from sealdesk.services import backup
from sealdesk.services.workspace import Workspace


def test_status_counts_the_changes_since_the_last_recorded_backup(
    workspace: Workspace, tmp_path: Path
) -> None:
    status = backup.backup_status(workspace)
    assert status.last_at is None and status.last_path is None
    created = status.changes_since
    assert created >= 1  # the workspace's creation is audited
    workspace.assess("1.1.1", status="met")
    assert backup.backup_status(workspace).changes_since == created + 1

    report = workspace.backup_report(tmp_path / "b.zip")
    backup.record_backup(workspace, report)
    status = backup.backup_status(workspace)
    assert status.last_path == str(report.path) and status.changes_since == 0
    assert status.last_at is not None
    assert workspace.audit_log()[-1].action == backup.BACKUP_ACTION

    workspace.assess("1.1.1", narrative="มีแผน")
    workspace.assess("1.1.2", status="met")
    assert backup.backup_status(workspace).changes_since == 2


def test_the_reminder_rule() -> None:
    today = datetime(2026, 11, 26, 9, 0)
    assert not BackupStatus(None, None, 3).due(today)  # a new workspace is not nagged
    assert BackupStatus(None, None, 20).due(today)  # never backed up, work piling up
    recent = today - timedelta(days=2)
    assert not BackupStatus(recent, "b.zip", 50).due(today)
    old = today - timedelta(days=8)
    assert BackupStatus(old, "b.zip", 1).due(today)
    assert not BackupStatus(old, "b.zip", 0).due(today)  # nothing changed since: still good


def test_nothing_is_recorded_on_a_read_only_workspace(workspace: Workspace, tmp_path: Path) -> None:
    report = workspace.backup_report(tmp_path / "b.zip")
    workspace.read_only = True
    try:
        assert not backup.record_backup(workspace, report)  # no error: the backup was made
    finally:
        workspace.read_only = False
    assert backup.backup_status(workspace).last_at is None


def test_the_cli_backup_is_recorded_too(workspace: Workspace, tmp_path: Path) -> None:
    from sealdesk.cli import main

    path = workspace.path
    workspace.close()
    target = tmp_path / "cli.zip"
    assert main(["backup", str(target), "--workspace", str(path)]) == 0
    with Workspace.open(path) as ws:
        status = backup.backup_status(ws)
    assert status.last_path == str(target) and status.changes_since == 0


def test_a_backup_under_a_name_that_is_not_utf8_is_recorded(
    workspace: Workspace, tmp_path: Path
) -> None:
    """Linux allows any bytes in a file name (Python gives them as lone surrogates, which SQLite
    cannot store): the backup is recorded, the bytes shown as U+FFFD."""
    report = workspace.backup_report(tmp_path / "b\udcff\udcfe.zip")
    assert backup.record_backup(workspace, report)
    assert backup.backup_status(workspace).last_path == str(tmp_path / "b\ufffd\ufffd.zip")
