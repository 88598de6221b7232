"""Fixtures of the review tests: a real district workspace with a real key, the bundle it
exported, and an office workspace (its own key) that received it. Files pass only as files."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from sealdesk.bundle import keys
from sealdesk.services.workspace import Workspace
from tests.office.conftest import FAST_KDF, PASS, District, export, make_district


@dataclass
class Pair:
    root: Path
    out: Path
    district: District
    office: Workspace
    office_pub: Path
    bundle: Path

    @property
    def codes(self) -> list[str]:
        return [b.code for b in self.district.ws.catalog().benchmarks()]


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[Pair]:
    """District 1001 exported one bundle; the office (key enrolled) received it."""
    from sealdesk.services.office_trust import read_key_file

    out = tmp_path / "out"
    out.mkdir()
    d = make_district(tmp_path, "1001")
    bundle = export(d, out, "1001-a")
    office = Workspace.create_office(tmp_path / "office", name="สำนักพัฒนาสังคม กทม.")
    keys.create_key(office.path / "keys", PASS, kdf=FAST_KDF)
    office_pub = tmp_path / "office.pub"
    keys.export_public(office.path / "keys", office_pub)
    office.enrol_key(read_key_file(d.pub_file), "1001")
    (result,) = office.receive_bundles([bundle])
    assert result.outcome.value == "taken", result
    try:
        yield Pair(tmp_path, out, d, office, office_pub, bundle)
    finally:
        office.close()
        d.ws.close()
