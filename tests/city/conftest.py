"""A real coordinating office that took in real bundles from real district workspaces (the
office tests' helpers), for the exports, the city report and the office window."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from sealdesk.bundle import keys
from sealdesk.services import export as export_service
from sealdesk.services.workspace import Workspace
from tests.office.conftest import FAST_KDF, PASS, enrol_all, export, make_district

OFFICE_NAME = "สำนักพัฒนาสังคม กทม."


@pytest.fixture(autouse=True)
def _cli_language_restored(monkeypatch: pytest.MonkeyPatch) -> None:
    """``--lang th`` installs the CLI's translator process-wide: English again afterwards."""
    from sealdesk.cli import common

    monkeypatch.setattr(common, "_translator", common._translator)
    monkeypatch.setattr(common, "_language", common._language)


@dataclass
class Received:
    office_path: Path
    bundles: dict[str, Path]  # name -> bundle file
    root: Path


@pytest.fixture(scope="module")
def received(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Received]:
    """An office folder (closed) that took in round 2569 from 1001 and 1002 (1002's bundle
    carries the signed checklist PDF); 1003 sent a bundle that was not received yet. Tests
    copy the folder before changing it."""
    root = tmp_path_factory.mktemp("office-city")
    out = root / "out"
    out.mkdir()
    districts = {c: make_district(root, c) for c in ("1001", "1002", "1003")}
    bundles = {c: export(d, out, f"{c}-2569") for c, d in districts.items() if c != "1002"}
    bundles["1002"] = out / "1002-2569.zip"  # with the signed checklist PDF
    export_service.export_bundle(districts["1002"].ws, bundles["1002"], passphrase=PASS)
    office = Workspace.create_office(root / "office", name=OFFICE_NAME)
    keys.create_key(office.path / "keys", PASS, kdf=FAST_KDF)

    class _City:
        pass

    city = _City()
    city.districts = districts  # type: ignore[attr-defined]
    enrol_all(office, city)  # type: ignore[arg-type]
    results = office.receive_bundles([bundles["1001"], bundles["1002"]])
    assert [r.outcome.value for r in results] == ["taken", "taken"]
    office.close()
    for d in districts.values():
        d.ws.close()
    yield Received(root / "office", bundles, root)
