"""Issue 16's commands as a clerk types them: ``office receipt``, ``receipt import``,
``export --delta`` and ``export --part-size``, with their sentences and exit codes."""

from __future__ import annotations

from pathlib import Path

import pytest

from sealdesk.cli import main
from sealdesk.services.office_trust import read_key_file
from sealdesk.services.workspace import Workspace
from tests.office.conftest import PASS, make_district


def test_receipt_and_delta_commands(
    tmp_path: Path, office: Workspace, capsys: pytest.CaptureFixture[str]
) -> None:
    d = make_district(tmp_path, "1001")
    office.enrol_key(read_key_file(d.pub_file), "1001")
    pw = tmp_path / "pass.txt"
    pw.write_text(PASS + "\n", "utf-8")
    dws, ows = ["--lang", "en", "--workspace", str(d.ws.path)], ["--workspace", str(office.path)]
    common = ["--passphrase-file", str(pw), "--yes", "--no-checklist"]
    out = tmp_path / "out"
    out.mkdir()

    assert main([*dws, "export", "--delta", "--out", str(out / "d.zip"), *common]) == 2
    said = capsys.readouterr().err
    assert "No receipt from City Hall has been imported for round 2569" in said
    assert (
        main([*dws, "export", "--part-size", "10 parsecs", "--out", str(out / "p.zip"), *common])
        == 2
    )
    assert "is not a size" in capsys.readouterr().err

    assert main([*dws, "export", "--out", str(out / "full.zip"), *common]) == 0
    capsys.readouterr()
    office.receive_bundles([out / "full.zip"])
    card = tmp_path / "card.txt"
    assert main(["office", "card", "--out", str(card), "--passphrase-file", str(pw), *ows]) == 0
    assert main([*dws, "trust", "add", str(card), "--yes"]) == 0
    receipt = tmp_path / "receipt.txt"
    argv = ["office", "receipt", "1001", "--out", str(receipt), "--passphrase-file", str(pw)]
    assert main([*argv, *ows]) == 0
    assert "1 bundles, 2 evidence files" in capsys.readouterr().out
    other = [*argv[:4], str(tmp_path / "r2570.txt"), *argv[5:], "--round", "2570"]
    assert main([*other, *ows]) == 2  # nothing received for that round
    assert "No bundle of district 1001 for that round" in capsys.readouterr().err

    assert main([*dws, "receipt", "import", str(receipt)]) == 0
    assert "City Hall holds 1 bundles and 2 evidence files" in capsys.readouterr().out
    assert main([*dws, "receipt", "import", str(receipt)]) == 0
    assert "imported before; nothing changed" in capsys.readouterr().out

    argv = [*dws, "export", "--delta", "--part-size", "20KB", "--out", str(out / "d" / "d.zip")]
    assert main([*argv, *common, "--json"]) == 0
    assert '"fetched_files": 2' in capsys.readouterr().out
    assert sorted(p.name for p in (out / "d").iterdir()) == ["d.zip.001", "d.zip.parts"]
    d.ws.close()
