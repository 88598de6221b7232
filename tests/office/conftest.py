"""Fixtures of the office tests: real district workspaces (several districts, two rounds,
evidence shared between districts), real keys, real bundles exported by them, and an office
workspace with its own key."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from sealdesk.bundle import keys
from sealdesk.services import export as export_service
from sealdesk.services.workspace import Workspace

PASS = "ขอให้ผ่าน correct horse"
FAST_KDF = keys.KdfParams(n=2**14, r=8, p=1)
CIRCULAR = b"%PDF-1.4\n city circular 2569 " + os.urandom(20_000)
"""The same city circular, sent as evidence by several districts: stored once at the office."""


@dataclass
class District:
    code: str
    ws: Workspace
    pub_file: Path
    key_id: str
    bundles: dict[str, Path] = field(default_factory=dict)


def make_district(root: Path, code: str, round_be: int = 2569) -> District:
    ws = Workspace.create(root / f"ws-{code}", code, round_be, actor="สมหญิง ใจดี")
    codes = [b.code for b in ws.catalog().benchmarks()]
    src = root / f"src-{code}"
    src.mkdir()
    (src / "หนังสือเวียน กทม.pdf").write_bytes(CIRCULAR)
    (src / f"รายงาน {code}.txt").write_bytes(f"รายงานของเขต {code}\n".encode() * 200)
    ws.add_evidence(src / "หนังสือเวียน กทม.pdf", benchmarks=[codes[0]], description="หนังสือเวียน")
    ws.add_evidence(src / f"รายงาน {code}.txt", benchmarks=[codes[1]])
    ws.assess(codes[0], status="met", narrative=f"เขต {code} ดำเนินการครบถ้วนแล้ว")
    ws.assess(codes[1], status="partially_met", narrative="อยู่ระหว่างดำเนินการ")
    ws.add_action(codes[1], "จัดอบรมเจ้าหน้าที่", responsible="ฝ่ายปกครอง")
    public = keys.create_key(ws.path / "keys", PASS, kdf=FAST_KDF)
    pub_file = root / f"{code}.pub"
    keys.export_public(ws.path / "keys", pub_file)
    return District(code, ws, pub_file, public.key_id_hex)


def export(d: District, out: Path, name: str, round_be: int | None = None, **kw: object) -> Path:
    path = out / f"{name}.zip"
    export_service.export_bundle(
        d.ws, path, passphrase=PASS, round_be=round_be, checklist=False, **kw
    )
    d.bundles[name] = path
    return path


@dataclass
class City:
    root: Path
    out: Path
    districts: dict[str, District]


@pytest.fixture(scope="module")
def city(tmp_path_factory: pytest.TempPathFactory) -> Iterator[City]:
    """Three districts; 1001 and 1002 send round 2569, 1002 later sends a newer bundle; 1003
    sends round 2570 too. Read-only for tests: they copy what they change."""
    root = tmp_path_factory.mktemp("city")
    out = root / "out"
    out.mkdir()
    districts = {c: make_district(root, c) for c in ("1001", "1002", "1003")}
    export(districts["1001"], out, "1001-2569")
    export(districts["1002"], out, "1002-2569-a")
    time.sleep(1.1)  # signing times are to the second: the second bundle is the newer one
    d2 = districts["1002"]
    codes = [b.code for b in d2.ws.catalog().benchmarks()]
    d2.ws.assess(codes[2], status="partially_met", narrative="เพิ่มเติมภายหลัง")
    export(d2, out, "1002-2569-b")
    export(districts["1003"], out, "1003-2569")
    d3 = districts["1003"]
    d3.ws.add_round(2570)
    d3.ws.assess(codes[0], status="partially_met", narrative="รอบใหม่", round_be=2570)
    export(d3, out, "1003-2570", round_be=2570)
    try:
        yield City(root, out, districts)
    finally:
        for d in districts.values():
            d.ws.close()


@pytest.fixture
def office(tmp_path: Path) -> Iterator[Workspace]:
    ws = Workspace.create_office(tmp_path / "office", name="สำนักพัฒนาสังคม กทม.")
    keys.create_key(ws.path / "keys", PASS, kdf=FAST_KDF)
    try:
        yield ws
    finally:
        ws.close()


def enrol_all(office: Workspace, city: City) -> None:
    from sealdesk.services.office_trust import read_key_file

    for d in city.districts.values():
        office.enrol_key(read_key_file(d.pub_file), d.code)
