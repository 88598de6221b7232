"""Marked evidence travels encrypted (issue 18): neutral names, an encrypted index, manifests
and the signature over the ciphertext; bagit-python, minisign -V and age -d all agree."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import bagit
import pytest
from pyrage import x25519

from sealdesk.bundle import keys
from sealdesk.bundle.errors import ExportBlockedError
from sealdesk.bundle.protect import ProtectionError, decrypt_bytes, decrypt_index
from sealdesk.bundle.submission import DirectoryBlobs
from sealdesk.bundle.writer import write_bundle
from sealdesk.services import export
from tests.personal.conftest import (
    PASS,
    SECRET_BYTES,
    SECRET_DESCRIPTION,
    SECRET_NAME,
    District,
    make_district,
)

NEEDLES = (
    SECRET_BYTES[:64],
    SECRET_BYTES[-40:],
    b"Malee Srisuk",
    SECRET_NAME.encode("utf-8"),
    SECRET_NAME.removesuffix(".pdf").encode("utf-8"),
    SECRET_DESCRIPTION.encode("utf-8"),
    "มาลี".encode(),
)


def assert_nothing_personal(data: bytes, where: str) -> None:
    for needle in NEEDLES:
        assert needle not in data, f"{needle[:30]!r} found in {where}"


def _export(d: District, tmp_path: Path) -> Path:
    out = tmp_path / "out"
    out.mkdir(exist_ok=True)
    return export.export_bundle(d.ws, out / "bundle.zip", passphrase=PASS).path


def test_marked_evidence_is_encrypted_in_the_bundle(district: District, tmp_path: Path) -> None:
    bundle = _export(district, tmp_path)
    raw = bundle.read_bytes()
    assert_nothing_personal(raw, "the bundle zip")
    with zipfile.ZipFile(bundle) as zf:
        names = zf.namelist()
        members = {n: zf.read(n) for n in names}
    for name, data in members.items():  # each member uncompressed, too
        assert_nothing_personal(data, name)
        assert "มาลี" not in name and "ร้องเรียน" not in name
    bag = names[0].split("/")[0]
    sealed = f"{bag}/data/evidence/protected/p-001.age"
    index = f"{bag}/data/evidence/protected/index.json.age"
    assert sealed in members and index in members
    assert members[sealed].startswith(b"age-encryption.org/v1\n")
    identity = str(district.identity)
    assert decrypt_bytes(members[sealed], [identity]) == SECRET_BYTES
    entries = decrypt_index(members[index], [identity])
    assert entries["p-001.age"]["name"] == SECRET_NAME
    assert entries["p-001.age"]["size"] == len(SECRET_BYTES)
    doc = json.loads(members[f"{bag}/data/submission.json"])
    protected = [e for e in doc["evidence"] if e.get("protected")]
    assert len(protected) == 1 and protected[0]["path"] == "data/evidence/protected/p-001.age"
    assert "original_name" not in protected[0] and "description" not in protected[0]
    assert doc["protected_for"] == [
        {"name": "นายตรวจ สอบ", "recipient": str(district.identity.to_public())}
    ]
    # the benchmark refers to the ciphertext, as the manifest does
    manifest = members[f"{bag}/manifest-sha256.txt"].decode()
    assert f"{protected[0]['sha256']}  data/evidence/protected/p-001.age" in manifest
    assert protected[0]["sha256"] in doc["benchmarks"][0]["evidence"]
    assert "SealDesk-Protected-For" in members[f"{bag}/bag-info.txt"].decode()
    # the plain document is still in clear
    assert any(e.get("original_name") == "แผนงานประจำปี.txt" for e in doc["evidence"])
    # another identity opens nothing
    with pytest.raises(ProtectionError):
        decrypt_bytes(members[sealed], [str(x25519.Identity.generate())])
    assert not [p for p in bundle.parent.iterdir() if p.name.endswith(".age.part")]


def test_bagit_minisign_and_age_cli_accept_it(district: District, tmp_path: Path) -> None:
    bundle = _export(district, tmp_path)
    unpacked = tmp_path / "unpacked"
    with zipfile.ZipFile(bundle) as zf:
        zf.extractall(unpacked)
    (bag_dir,) = list(unpacked.iterdir())
    bagit.Bag(str(bag_dir)).validate()
    subprocess.run(
        [str(Path(sys.executable).with_name("bagit.py")), "--validate", str(bag_dir)],
        check=True,
        capture_output=True,
    )
    if shutil.which("minisign"):
        subprocess.run(
            ["minisign", "-V", "-p", str(district.pub_file), "-m",
             str(bag_dir / "tagmanifest-sha256.txt")],
            check=True,
            capture_output=True,
        )  # fmt: skip
    age = shutil.which("age")
    if age is None:
        pytest.skip("the age command-line tool is not installed")
    sealed = bag_dir / "data" / "evidence" / "protected" / "p-001.age"
    done = subprocess.run(
        [age, "-d", "-i", str(district.identity_file), str(sealed)],
        check=True,
        capture_output=True,
    )
    assert done.stdout == SECRET_BYTES


def test_no_reader_refuses_before_writing(tmp_path: Path) -> None:
    d = make_district(tmp_path, trust_card=False)
    out = tmp_path / "out"
    out.mkdir()
    try:
        with pytest.raises(ExportBlockedError) as blocked:
            export.export_bundle(d.ws, out / "bundle.zip", passphrase=PASS)
        assert [f.kind for f in blocked.value.problems] == ["no-office-readers"]
        assert [f.kind for f in export.preflight(d.ws).blockers] == ["no-office-readers"]
        assert list(out.iterdir()) == []
        with pytest.raises(ProtectionError, match="personal data"):  # the writer's own guard
            write_bundle(export.submission(d.ws), DirectoryBlobs(d.ws.blob_path),
                         out / "bundle.zip", keys.unlock(d.ws.path / "keys", PASS))  # fmt: skip
        assert list(out.iterdir()) == []
        d.ws.mark_evidence(d.secret_id, False)  # unmarked: it goes in clear, as before
        assert export.export_bundle(d.ws, out / "bundle.zip", passphrase=PASS).path.exists()
    finally:
        d.ws.close()


def _pdftotext(pdf: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_printed_checklists_and_cover_sheet_name_no_marked_file(
    district: District, tmp_path: Path
) -> None:
    from sealdesk.printing.layout import PrintOptions
    from sealdesk.services.printing import print_document

    bundle = _export(district, tmp_path)
    with zipfile.ZipFile(bundle) as zf:
        (inside,) = [n for n in zf.namelist() if n.endswith("data/checklist.pdf")]
        (tmp_path / "inside.pdf").write_bytes(zf.read(inside))
    pdfs = [tmp_path / "inside.pdf"]
    for lang in ("th", "en"):
        pdfs.append(tmp_path / f"filled-{lang}.pdf")
        print_document(district.ws, "filled", pdfs[-1], options=PrintOptions(lang=lang))
    pdfs.append(tmp_path / "cover.pdf")
    print_document(district.ws, "cover", pdfs[-1], bundle=bundle)
    for pdf in pdfs:
        assert_nothing_personal(pdf.read_bytes(), pdf.name)
        text = _pdftotext(pdf)
        assert_nothing_personal(text.encode("utf-8"), f"pdftotext {pdf.name}")
    english = " ".join(_pdftotext(tmp_path / "filled-en.pdf").split())
    assert f"Protected document {district.secret_id}: it contains personal data" in english
    assert "แผนงานประจำปี" in _pdftotext(tmp_path / "filled-th.pdf")  # the plain one is named
    # nor in the logs the work above wrote
    for log in (Path(district.ws.path) / "logs").rglob("*"):
        if log.is_file():
            assert_nothing_personal(log.read_bytes(), str(log))


def test_cancel_while_encrypting_leaves_nothing(district: District, tmp_path: Path) -> None:
    from sealdesk.bundle.errors import ExportCancelledError

    out = tmp_path / "out"
    out.mkdir()
    calls = 0

    def cancelled() -> bool:
        nonlocal calls
        calls += 1
        return calls > 3  # inside the marked file's encryption

    with pytest.raises(ExportCancelledError):
        export.export_bundle(district.ws, out / "bundle.zip", passphrase=PASS, cancelled=cancelled)
    assert list(out.iterdir()) == []


def test_catalog_hint_marks_files_added_from_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from sealdesk.cli import main
    from sealdesk.domain.catalog import load_catalog
    from sealdesk.errors import CatalogError
    from tests.ui.test_personal_data_ui import _catalog_with_personal_data

    d = make_district(tmp_path)
    path, _ = _catalog_with_personal_data(tmp_path)
    d.ws.import_catalog(path)
    usual = next(b.code for b in d.ws.catalog().benchmarks() if b.personal_data)
    d.ws.close()
    ws = ["--lang", "en", "--workspace", str(d.ws.path)]
    first, second = tmp_path / "hr-1.pdf", tmp_path / "hr-2.pdf"
    first.write_bytes(b"%PDF-1.4 hr one\n")
    second.write_bytes(b"%PDF-1.4 hr two\n")
    assert main(["evidence", "add", str(first), "--benchmark", usual, "--json", *ws]) == 0
    assert json.loads(capsys.readouterr().out)[0]["evidence"]["personal_data"] is True
    assert main(["evidence", "add", str(second), "--benchmark", usual, "--no-personal-data",
                 "--json", *ws]) == 0  # fmt: skip
    assert json.loads(capsys.readouterr().out)[0]["evidence"]["personal_data"] is False
    bad = tmp_path / "bad.toml"
    bad.write_text(path.read_text("utf-8").replace("personal_data = true", 'personal_data = "yes"'))
    with pytest.raises(CatalogError, match="true or false"):
        load_catalog(bad)
