"""The five documents, built from plain data and read back from the PDF files."""

from __future__ import annotations

import base64
import hashlib
import re
import subprocess
import zipfile
from datetime import date, datetime
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from print_pdftools import body_text, pdf_pages, pdffonts, pdftotext

from sealdesk.bundle.info import read_bundle_info
from sealdesk.domain.assessment import ActionItem, Assessment, Evidence
from sealdesk.domain.catalog import load_catalog
from sealdesk.domain.districts import district
from sealdesk.domain.status import Status
from sealdesk.printing import documents
from sealdesk.printing.layout import PrintCancelled, PrintOptions
from sealdesk.resources import default_catalog_path
from sealdesk.services.office_trust import parse_key_text
from sealdesk.services.printing import printed_key, read_public_key

PRINTED = date(2024, 7, 9)
NARRATIVE = (
    "สำนักงานเขตบางรักได้จัดทำแผนปฏิบัติการด้านความเท่าเทียมทางเพศ โดยมีการวิเคราะห์ข้อมูล"
    "จำแนกตามเพศของบุคลากรทั้งหมด และจัดสรรงบประมาณ 2,500,000 บาท (GES-PI) "
    "ผู้อำนวยการเขตกำลังพิจารณาน้ำหนักของตัวชี้วัด"
)
THAI = re.compile("[\u0e00-\u0e7f]")


@pytest.fixture(scope="module")
def catalog():
    return load_catalog(default_catalog_path())


@pytest.fixture(scope="module")
def place():
    return district("1004")  # บางรัก / Bang Rak


@pytest.fixture(scope="module")
def assessments(catalog):
    cycle = [Status.MET, Status.PARTIALLY_MET, Status.NOT_MET, Status.MET, Status.NOT_APPLICABLE]
    out = {}
    for i, bm in enumerate(catalog.benchmarks()):
        actions = (
            (
                ActionItem(
                    i, bm.code, "จัดอบรมเรื่องความเท่าเทียมทางเพศ", "ฝ่ายปกครอง", date(2025, 3, 31), False
                ),
            )
            if i % 3 == 0
            else ()
        )
        out[bm.code] = Assessment(bm.code, cycle[i % 5], NARRATIVE, "ตามหลักฐานที่แนบ", actions)
    return out


@pytest.fixture(scope="module")
def evidence():
    return [
        Evidence(
            1,
            hashlib.sha256(b"order").hexdigest(),
            "คำสั่งแต่งตั้งคณะทำงานด้านความเท่าเทียมทางเพศ.pdf",
            2048,
            "application/pdf",
            datetime(2024, 6, 1, 9, 0),
            "สมหญิง",
            date(2024, 5, 15),
            None,
            "ลงนามโดยผู้อำนวยการเขต",
            "scanner",
            ("1.1.1", "1.1.2"),
        )
    ]


def _check_pages(pdf: Path, lang: str, digits: bool = False) -> list[str]:
    pages = pdf_pages(pdf)
    total = len(pages)
    conv = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙") if digits else {}
    for number, text in enumerate(pages, start=1):
        if lang == "th":
            assert f"หน้า {number} จาก {total}".translate(conv) in text
            assert f"พิมพ์เมื่อ {'9 ก.ค. 2567'.translate(conv)}" in text
            assert "สำนักงานเขตบางรัก" in text
            assert f"รอบการประเมิน พ.ศ. {'2567'.translate(conv)}" in text
        else:
            assert f"Page {number} of {total}" in text
            assert "Printed 9 Jul 2024" in text
            assert "Bang Rak District Office" in text
            assert "Assessment round B.E. 2567 (2024)" in text
    return pages


def _fonts_embedded(pdf: Path) -> None:
    fonts = pdffonts(pdf)
    assert fonts
    assert all(f["emb"] == "yes" for f in fonts), fonts
    # only the bundled fonts: Sarabun, and DejaVu Sans Mono for fingerprints and tick boxes
    bundled = ("Sarabun-", "DejaVuSansMono")
    assert all(any(name in f["name"] for name in bundled) for f in fonts), fonts
    assert any("Sarabun" in f["name"] for f in fonts)


def test_blank_checklist_thai(tmp_path, catalog, place):
    pdf = tmp_path / "blank.pdf"
    pages = documents.blank_checklist(pdf, catalog, place, 2567, PrintOptions(print_date=PRINTED))
    texts = _check_pages(pdf, "th")
    assert len(texts) == pages > 5
    _fonts_embedded(pdf)
    flat = "".join(pdftotext(pdf).split())
    for bm in catalog.benchmarks():
        assert "".join(bm.title.th.split()) in flat
        for item in bm.verification:
            assert "".join(item.th.split()) in flat
    assert "Page" not in flat and "Printed" not in flat


def test_blank_checklist_english_has_no_thai(tmp_path, catalog, place):
    pdf = tmp_path / "blank-en.pdf"
    documents.blank_checklist(pdf, catalog, place, 2567, PrintOptions("en", print_date=PRINTED))
    _check_pages(pdf, "en")
    assert not THAI.search(pdftotext(pdf))


def test_filled_checklist_with_thai_digits(tmp_path, catalog, place, assessments, evidence):
    pdf = tmp_path / "filled.pdf"
    options = PrintOptions(thai_digits=True, print_date=PRINTED)
    documents.filled_checklist(pdf, catalog, assessments, evidence, place, 2567, options)
    _check_pages(pdf, "th", digits=True)
    _fonts_embedded(pdf)
    flat = "".join(body_text(pdf).split())
    assert flat.count("".join(NARRATIVE.split())) == len(catalog.benchmarks())
    assert evidence[0].short_hash in flat
    assert "คำสั่งแต่งตั้งคณะทำงานด้านความเท่าเทียมทางเพศ.pdf" in flat
    assert "๑๕พ.ค.๒๕๖๗" in flat  # the evidence's effective date, Buddhist Era, Thai digits
    assert "๓๑มี.ค.๒๕๖๘" in flat  # an action's due date
    assert "ผู้อำนวยการเขต" in flat and "ผู้จัดทำ" in flat  # signature block


def test_gap_report(tmp_path, catalog, place, assessments):
    pdf = tmp_path / "report.pdf"
    documents.gap_report(pdf, catalog, assessments, place, 2567, PrintOptions(print_date=PRINTED))
    _check_pages(pdf, "th")
    flat = "".join(pdftotext(pdf).split())
    for dim in catalog.dimensions:
        assert f"มิติที่{dim.code}" in flat
    assert "สิ่งที่ต้องดำเนินการเพื่อให้ได้ระดับ" in flat
    assert "จุดแข็ง" in flat and "จุดที่ควรพัฒนา" in flat
    assert "จัดอบรมเรื่องความเท่าเทียมทางเพศ" in flat


def test_gap_report_english(tmp_path, catalog, place, assessments):
    pdf = tmp_path / "report-en.pdf"
    documents.gap_report(
        pdf, catalog, assessments, place, 2567, PrintOptions("en", print_date=PRINTED)
    )
    _check_pages(pdf, "en")
    text = pdftotext(pdf)
    assert "What is missing for" in text and "Score by dimension" in text


def _zbar(pdf: Path, tmp_path: Path) -> str:
    png = tmp_path / "page"
    subprocess.run(["pdftoppm", "-r", "150", "-png", "-singlefile", str(pdf), str(png)], check=True)
    out = subprocess.run(
        ["zbarimg", "--raw", "-q", str(png) + ".png"], capture_output=True, text=True, check=True
    )
    return out.stdout.strip()


def _bag_zip(tmp_path: Path, key_id: bytes) -> Path:
    path = tmp_path / "sealdesk-1004-2567.zip"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("bag/bagit.txt", "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n")
        zf.writestr(
            "bag/bag-info.txt", "External-Identifier: 1004-2567-0001\nSource-Organization: x\n"
        )
        zf.writestr("bag/data/a.txt", "ข้อมูล")
        sig = base64.b64encode(b"ED" + key_id + bytes(64)).decode()
        zf.writestr("bag/tagmanifest.minisig", f"untrusted comment: sig\n{sig}\n")
    return path


@pytest.mark.parametrize("lang", ["th", "en"])
def test_cover_sheet_qr_is_the_fingerprint(tmp_path, place, lang):
    key_id = bytes(range(1, 9))
    bundle = _bag_zip(tmp_path, key_id)
    info = read_bundle_info(bundle)
    assert info.sha256 == hashlib.sha256(bundle.read_bytes()).hexdigest()
    assert info.bundle_id == "1004-2567-0001"
    assert info.signer_key_id == key_id[::-1].hex().upper()
    pdf = tmp_path / "cover.pdf"
    assert (
        documents.cover_sheet(pdf, info, place, 2567, PrintOptions(lang, print_date=PRINTED)) == 1
    )
    _check_pages(pdf, lang)
    _fonts_embedded(pdf)
    text = pdftotext(pdf)
    assert "1004-2567-0001" in text
    assert info.signer_key_id in text
    assert info.sha256[:32] in text
    assert _zbar(pdf, tmp_path) == info.sha256


def test_cover_sheet_of_a_plain_file_with_a_sibling_signature(tmp_path, place):
    bundle = tmp_path / "bundle.bin"
    bundle.write_bytes(b"not a zip")
    sig = base64.b64encode(b"ED" + b"\x11" * 8 + bytes(64)).decode()
    (tmp_path / "bundle.bin.minisig").write_text(f"untrusted comment: x\n{sig}\n")
    info = read_bundle_info(bundle)
    assert info.bundle_id is None and info.signer_key_id == "11" * 8


def test_key_sheet_qr_is_the_key_line_the_office_enrols(tmp_path, place):
    raw = Ed25519PrivateKey.generate().public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    key_id = b"\x01\x02\x03\x04\x05\x06\x07\x08"
    pub = tmp_path / "district.pub"
    line = base64.b64encode(b"Ed" + key_id + raw).decode()
    pub.write_text(f"untrusted comment: minisign public key 0807060504030201\n{line}\n")
    key = printed_key(read_public_key(pub))
    pdf = tmp_path / "key.pdf"
    documents.key_sheet(pdf, key, place, 2567, PrintOptions(print_date=PRINTED))
    _check_pages(pdf, "th")
    text = pdftotext(pdf)
    assert "0807060504030201" in text
    assert line in "".join(text.split())
    assert hashlib.sha256(raw).hexdigest().upper() in "".join(text.split())  # to confirm by eye
    scanned = _zbar(pdf, tmp_path)
    assert scanned == line
    assert parse_key_text(scanned, "qr").raw == raw  # what `office enrol --from-text` reads


def test_progress_and_cancel(tmp_path, catalog, place):
    seen: list[tuple[int, int]] = []
    documents.blank_checklist(
        tmp_path / "a.pdf",
        catalog,
        place,
        2567,
        PrintOptions(progress=lambda done, total: seen.append((done, total))),
    )
    assert len(seen) > 10
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)
    assert seen[-1][0] == seen[-1][1]
    calls = []

    def cancelled() -> bool:
        calls.append(1)
        return len(calls) > 5

    with pytest.raises(PrintCancelled):
        documents.blank_checklist(
            tmp_path / "b.pdf", catalog, place, 2567, PrintOptions(cancelled=cancelled)
        )
