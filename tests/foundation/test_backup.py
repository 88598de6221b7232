from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from sealdesk.errors import WorkspaceError
from sealdesk.services.workspace import Workspace


@pytest.fixture
def filled(workspace: Workspace, tmp_path: Path) -> Workspace:
    workspace.assess("1.1.1", status="met", narrative="มีแผนปฏิบัติราชการประจำปี")
    workspace.add_action("1.2.1", "เก็บข้อมูลจำแนกตามเพศ", "ฝ่ายทะเบียน")
    for name, data in (("คำสั่งเขต.pdf", b"%PDF order"), ("ภาพกิจกรรม.jpg", b"\xff\xd8\xff img")):
        source = tmp_path / name
        source.write_bytes(data)
        workspace.add_evidence(source, benchmarks=["1.1.1"])
    (workspace.path / "keys").mkdir(exist_ok=True)
    (workspace.path / "keys" / "signing-key.json").write_text('{"test": true}')
    return workspace


def test_backup_and_restore_round_trip(filled: Workspace, tmp_path: Path) -> None:
    written = filled.backup(tmp_path / "backup")
    assert written.name == "backup.zip" and written.is_file()
    assert not list(tmp_path.glob(".sealdesk-backup-*"))
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no temp file
    restored = Workspace.restore(written, tmp_path / "elsewhere" / "ws")
    try:
        assert restored.district.code == "1001"
        assert restored.assessment("1.1.1").narrative == "มีแผนปฏิบัติราชการประจำปี"
        assert restored.assessment("1.2.1").actions[0].responsible == "ฝ่ายทะเบียน"
        names = sorted(e.original_name for e in restored.evidence_list())
        assert names == ["คำสั่งเขต.pdf", "ภาพกิจกรรม.jpg"]
        assert restored.check() == []
        assert len(restored.audit_log()) == len(filled.audit_log())
        assert (restored.path / "keys" / "signing-key.json").read_text() == '{"test": true}'
    finally:
        restored.close()


def test_restore_refuses_a_folder_with_files(filled: Workspace, tmp_path: Path) -> None:
    written = filled.backup(tmp_path / "b.zip")
    with pytest.raises(WorkspaceError, match="empty folder"):
        Workspace.restore(written, filled.path)


def rewrite(source: Path, target: Path, change) -> None:  # type: ignore[no-untyped-def]
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
        for info in old.infolist():
            name, data = change(info.filename, old.read(info))
            if name is not None:
                new.writestr(name, data)


@pytest.mark.parametrize(
    ("change", "why"),
    [
        (lambda n, d: (n, d[:-1] + b"!" if n.startswith("blobs/") else d), "damaged"),
        (lambda n, d: ("../../evil-" + n[-8:] if n.startswith("blobs/") else n, d), "unexpected"),
        (lambda n, d: (None if n == "sealdesk.db" else n, d), "missing"),
    ],
)
def test_damaged_or_hostile_backups_are_refused_leaving_nothing(
    filled: Workspace,
    tmp_path: Path,
    change,
    why: str,  # type: ignore[no-untyped-def]
) -> None:
    good = filled.backup(tmp_path / "good.zip")
    bad = tmp_path / "bad.zip"
    rewrite(good, bad, change)
    target = tmp_path / "restore" / "ws"
    with pytest.raises(WorkspaceError, match=why):
        Workspace.restore(bad, target)
    assert not target.exists()
    assert not list((tmp_path / "restore").glob(".sealdesk-restore-*"))
    assert not list(tmp_path.glob("evil-*")) and not list(tmp_path.parent.glob("evil-*"))


def test_not_a_zip(tmp_path: Path) -> None:
    junk = tmp_path / "junk.zip"
    junk.write_bytes(b"not a zip at all")
    with pytest.raises(WorkspaceError, match="not a usable SealDesk backup"):
        Workspace.restore(junk, tmp_path / "ws")
