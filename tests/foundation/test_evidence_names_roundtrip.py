"""Issue 11: any name a file can have on disk is stored so that it survives export -> verify ->
bagit-python -> unzip (names with line or paragraph separators, controls, bidi overrides, long
Thai names). The stored name comes from domain.names.evidence_name; the bundle's own name rules
(sealdesk.bundle.names) then only make it fit Windows and the zip."""

from __future__ import annotations

import os
import subprocess
import zipfile
from pathlib import Path

import bagit
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sealdesk.bundle import keys
from sealdesk.services import export
from sealdesk.services.verification import verify_bundle
from sealdesk.services.workspace import Workspace

PASS = "ขอให้ผ่าน correct horse"
ODD = "\u2028\u2029\u0085\x1b\x07\t\r\u202e\u2066\u200b%:?*\\"
name_chars = st.sampled_from([*ODD, *"กขคเแำ่้ั ีaZ09.-_()", "\u0e4c"])


@pytest.fixture(scope="module")
def signed(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    root = tmp_path_factory.mktemp("names")
    ws = Workspace.create(root / "ws", "1001", 2569, actor="สมหญิง")
    keys.create_key(root / "ws" / "keys", PASS, kdf=keys.KdfParams(n=2**14, r=8, p=1))
    pub = root / "district.pub"
    keys.export_public(root / "ws" / "keys", pub)
    yield ws, pub, root
    ws.close()


@settings(
    max_examples=12,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
# Up to 60 characters: names long enough to pass 255 bytes inside the bundle are the bundle
# naming rules' business (part H1, tests/bundle), not the stored name's.
@given(st.lists(st.text(name_chars, min_size=1, max_size=60), min_size=1, max_size=4))
def test_any_stored_name_survives_export_verify_bagit_and_unzip(signed, names) -> None:  # type: ignore[no-untyped-def]
    ws, pub, root = signed
    trial = root / os.urandom(6).hex()
    (trial / "src").mkdir(parents=True)
    code = ws.catalog().benchmarks()[0].code
    for i, name in enumerate(names):
        fs_name = name.replace("/", "_")
        if fs_name in (".", "..") or len(fs_name.encode()) > 250:
            fs_name = f"plain-{i}.pdf"
        source = trial / "src" / fs_name
        if source.exists():
            continue
        source.write_bytes(b"%PDF-1.4 " + os.urandom(32))
        ws.add_evidence(source, benchmarks=[code])
    bundle = trial / "bundle.zip"
    export.export_bundle(ws, bundle, passphrase=PASS, checklist=False)
    verify_bundle(bundle, pub)
    run = subprocess.run(["unzip", "-t", str(bundle)], capture_output=True, text=True)
    assert run.returncode == 0, run.stdout + run.stderr
    with zipfile.ZipFile(bundle) as zf:
        assert all(len(Path(n).name.encode()) <= 255 for n in zf.namelist())
        zf.extractall(trial / "x")
    (top,) = list((trial / "x").iterdir())
    bagit.Bag(str(top)).validate()
