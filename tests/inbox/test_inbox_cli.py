"""``sealdesk inbox set-folder / watch --once / list`` end to end, in-process."""

from __future__ import annotations

import json
from pathlib import Path

from sealdesk.cli import main
from sealdesk.services.workspace import Workspace


def test_set_folder_watch_once_and_list(tmp_path: Path, capsys) -> None:
    wsdir = tmp_path / "ws"
    Workspace.create(wsdir, district_code="1001", round_be=2569).close()
    folder = tmp_path / "scans"
    assert main(["inbox", "set-folder", str(folder), "--workspace", str(wsdir)]) == 0
    with Workspace.open(wsdir) as ws:
        assert ws.get_setting("inbox.folder") == str(folder.resolve())
    (folder / "1.2.1_policy.pdf").write_bytes(b"%PDF-1.4 policy")
    (folder / "desktop.ini").write_bytes(b"[x]")
    (folder / "empty.pdf").write_bytes(b"")
    capsys.readouterr()
    code = main(
        ["inbox", "watch", "--once", "--settle", "0.2", "--json", "--workspace", str(wsdir)]
    )
    report = json.loads(capsys.readouterr().out)
    assert [r["name"] for r in report["imported"]] == ["1.2.1_policy.pdf"]
    assert report["imported"][0]["suggested"] == "1.2.1"
    assert report["waiting"] == ["%s" % (folder / "empty.pdf")]  # empty: still waiting
    assert code == 0
    assert (folder / "desktop.ini").exists()
    assert main(["inbox", "list", "--json", "--workspace", str(wsdir)]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [(i["name"], i["suggested"]) for i in listed] == [("1.2.1_policy.pdf", "1.2.1")]


def test_delete_originals_setting(tmp_path: Path, capsys) -> None:
    wsdir = tmp_path / "ws"
    Workspace.create(wsdir, district_code="1001", round_be=2569).close()
    folder = tmp_path / "scans"
    main(["inbox", "set-folder", str(folder), "--delete-originals", "--workspace", str(wsdir)])
    (folder / "a.pdf").write_bytes(b"%PDF-1.4 a")
    assert main(["inbox", "watch", "--once", "--settle", "0.2", "--workspace", str(wsdir)]) == 0
    assert "Imported a.pdf" in capsys.readouterr().out
    assert not (folder / "a.pdf").exists()
    assert list((folder / "imported").iterdir()) == []
