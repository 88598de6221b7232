"""Fixtures of the bundle tests: a real workspace with Thai-named evidence, a signing key
(fast scrypt parameters, except where the default ones are tested), a written bundle."""

from __future__ import annotations

import os
import shutil
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from sealdesk.bundle import keys
from sealdesk.bundle.minisign import PublicKey
from sealdesk.services import export
from sealdesk.services.workspace import Workspace

PASS = "ขอให้ผ่าน correct horse"
FAST_KDF = keys.KdfParams(n=2**14, r=8, p=1)

EVIDENCE = {
    # name -> (bytes, benchmark index)
    "รายงานประจำปี 2569.pdf": (b"%PDF-1.4\n" + os.urandom(40_000), 0),
    "แผนงานส่งเสริมความเท่าเทียม.txt": (
        "".join(f"{i} ความเท่าเทียมทางเพศ {i * 7919 % 10007}\n" for i in range(3000)).encode(),
        0,
    ),
    "CON.txt": (b"reserved name on Windows\n", 1),
    "Report.PDF": (b"%PDF-1.4 upper\n", 2),
    "report.pdf": (b"%PDF-1.4 lower\n", 2),
    "คำสั่ง: แต่งตั้ง?.docx": (os.urandom(5000), 3),
}


@dataclass
class Fixture:
    ws: Workspace
    keys_dir: Path
    public: PublicKey
    pub_file: Path
    src: Path
    codes: list[str]


def make_workspace(root: Path, evidence: dict[str, tuple[bytes, int]] = EVIDENCE) -> Fixture:
    ws = Workspace.create(root / "ws", "1001", 2569, actor="สมหญิง ใจดี")
    codes = [b.code for b in ws.catalog().benchmarks()]
    src = root / "src"
    src.mkdir()
    for name, (data, idx) in evidence.items():
        (src / name).write_bytes(data)
        ws.add_evidence(src / name, benchmarks=[codes[idx]], description=f"หลักฐาน {name}")
    ws.assess(codes[0], status="met", narrative="ดำเนินการครบถ้วนแล้ว")
    ws.assess(codes[1], status="not_applicable", justification="ไม่มีหน่วยงานนี้ในเขต")
    ws.add_action(codes[2], "จัดอบรมเจ้าหน้าที่", responsible="ฝ่ายปกครอง")
    kdir = root / "ws" / "keys"
    public = keys.create_key(kdir, PASS, kdf=FAST_KDF)
    pub_file = root / "district.pub"
    keys.export_public(kdir, pub_file)
    return Fixture(ws, kdir, public, pub_file, src, codes)


@pytest.fixture
def fx(tmp_path: Path) -> Iterator[Fixture]:
    f = make_workspace(tmp_path)
    try:
        yield f
    finally:
        f.ws.close()


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Fixture, Path]]:
    """One bundle for the read-only tests of a module (tests copy it before changing it)."""
    root = tmp_path_factory.mktemp("built")
    f = make_workspace(root)
    out = root / "out"
    out.mkdir()
    export.export_bundle(f.ws, out / "bundle.zip", passphrase=PASS, checklist=False)
    try:
        yield f, out / "bundle.zip"
    finally:
        f.ws.close()


def rezip(
    src: Path,
    dest: Path,
    change: Callable[[str, bytes], bytes | None] = lambda name, data: data,
    add: dict[str, bytes] | None = None,
) -> Path:
    """Copies a zip entry by entry; ``change`` may alter an entry's bytes or drop it (None)."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dest, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = change(info.filename, zin.read(info))
            if data is not None:
                zout.writestr(info, data)
        for name, data in (add or {}).items():
            zout.writestr(name, data)
    return dest


def copy(src: Path, dest: Path) -> Path:
    shutil.copyfile(src, dest)
    return dest


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """An empty destination folder."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder
