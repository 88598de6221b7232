"""Issue 16, exporting in parts: a cut that fails half-way (here a folder where a part goes)
leaves no parts of its own behind, only the error; nothing half-made for the clerk to send."""

from __future__ import annotations

from pathlib import Path

import pytest

from sealdesk.bundle.errors import ExportFailedError
from sealdesk.services import export as export_service
from tests.office.conftest import PASS, make_district


def test_a_failed_cut_removes_the_parts_it_wrote(tmp_path: Path) -> None:
    d = make_district(tmp_path, "1001")
    folder = tmp_path / "to-send"
    folder.mkdir()
    (folder / "b.zip.003").mkdir()  # part 3 cannot be written: the cut fails there
    with pytest.raises(ExportFailedError):
        export_service.export_bundle(
            d.ws, folder / "b.zip", passphrase=PASS, checklist=False, part_size=10_000,
            overwrite=True,
        )  # fmt: skip
    assert sorted(p.name for p in folder.iterdir()) == ["b.zip.003"]
    assert list(d.ws.exports()) == []  # nothing recorded as sent
    d.ws.close()
