"""Generates every printed document in Thai and English into docs/samples/, from a temporary
workspace filled with realistic Thai sample data, plus low-resolution PNGs of the first pages
in docs/samples/png/ for reviewing without a PDF viewer.

    .venv/bin/python scripts/make_samples.py [--out docs/samples] [--dpi 60] [--pages 2]
    .venv/bin/python scripts/make_samples.py --only catalog   # the catalog workbook alone

The shipped catalog is also written as a workbook (catalog-template.xlsx, what
`sealdesk catalog template` writes; docs/catalog-format.md describes it).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import zipfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sealdesk.bundle.baginfo import friendly_bundle_id  # noqa: E402
from sealdesk.domain.status import Status  # noqa: E402
from sealdesk.services.printing import PrintOptions, print_document  # noqa: E402
from sealdesk.services.workspace import Workspace  # noqa: E402

PRINT_DATE = date(2026, 11, 25)
ROUND = 2569
DISTRICT = "1004"  # บางรัก / Bang Rak
PASSPHRASE = "ตัวอย่าง-sample-passphrase"
CLERK = "สมหญิง ใจดี"  # printed under "Prepared by"
SAMPLE_UUID = "1a2b8c86-0efb-44b1-a3e1-b864c14fc15e"  # the fallback bundle's id (fixed)

NARRATIVES = [
    "สำนักงานเขตได้บรรจุเป้าหมายด้านความเท่าเทียมทางเพศไว้ในแผนปฏิบัติราชการประจำปี "
    "งบประมาณ พ.ศ. 2569 จำนวน 3 โครงการ ได้แก่ โครงการอบรมบุคลากร โครงการศูนย์ดูแลเด็กเล็ก "
    "และโครงการสำรวจความต้องการของผู้รับบริการจำแนกตามเพศ",
    "ผู้อำนวยการเขตลงนามในประกาศเจตนารมณ์ด้านความเท่าเทียมทางเพศเมื่อวันที่ 9 กรกฎาคม 2567 "
    "และเผยแพร่ผ่านหนังสือเวียน บอร์ดประชาสัมพันธ์ และเว็บไซต์ของสำนักงานเขต",
    "ฝ่ายทะเบียนจัดเก็บข้อมูลผู้รับบริการจำแนกตามเพศครบทุกจุดบริการตั้งแต่เดือนตุลาคม 2568 "
    "ข้อมูลไตรมาสแรกพบผู้รับบริการหญิงร้อยละ 58.4 และชายร้อยละ 41.6",
    "มีคำสั่งแต่งตั้งคณะทำงานขับเคลื่อนความเท่าเทียมทางเพศ ประกอบด้วยผู้แทนทุกฝ่าย "
    "จำนวน 12 คน หญิง 7 คน ชาย 5 คน ประชุมทุกสองเดือน และรายงานผลต่อผู้อำนวยการเขต",
    'จัดอบรมหลักสูตร "ความเท่าเทียมทางเพศในงานบริการประชาชน" ให้บุคลากร 86 คน '
    "คิดเป็นร้อยละ 71 ของบุคลากรทั้งหมด โดยมีแบบประเมินก่อนและหลังการอบรม",
    "จัดสรรงบประมาณที่ตอบสนองต่อมิติหญิงชาย (gender-responsive budgeting) "
    "จำนวน 2,500,000 บาท สำหรับห้องให้นมบุตร ห้องน้ำสำหรับทุกเพศ และทางลาดสำหรับผู้สูงอายุ",
    "กำลังจัดทำมาตรการป้องกันและแก้ไขปัญหาการล่วงละเมิดหรือคุกคามทางเพศในการทำงาน "
    "โดยมีช่องทางร้องเรียนที่เป็นความลับ ผ่านกล่องรับเรื่องและแบบฟอร์มออนไลน์",
    "ยังไม่มีการเก็บข้อมูลค่าตอบแทนและการเลื่อนตำแหน่งจำแนกตามเพศอย่างเป็นระบบ "
    "ฝ่ายการเจ้าหน้าที่จะเริ่มรวบรวมข้อมูลย้อนหลังสามปีในไตรมาสหน้า",
]
JUSTIFICATIONS = [
    "หลักฐานครบถ้วนตามที่เกณฑ์กำหนด",
    "ดำเนินการแล้วบางส่วน ยังขาดรายงานผลการติดตาม",
    "ยังไม่มีเอกสารหลักฐานที่ลงนามโดยผู้มีอำนาจ",
    "สำนักงานเขตไม่มีภารกิจนี้ เนื่องจากเป็นอำนาจของสำนักส่วนกลาง",
]
ACTIONS = [
    ("จัดทำรายงานผลการดำเนินงานรายไตรมาสเสนอผู้อำนวยการเขต", "ฝ่ายปกครอง", date(2026, 3, 31)),
    ("สำรวจความพึงพอใจของผู้รับบริการจำแนกตามเพศและช่วงอายุ", "ฝ่ายทะเบียน", date(2026, 6, 30)),
    ("ปรับปรุงห้องให้นมบุตรและมุมดูแลเด็กเล็กในอาคารสำนักงานเขต", "ฝ่ายโยธา", date(2026, 9, 30)),
    ("ทบทวนระเบียบการลาเพื่อดูแลครอบครัวให้ใช้ได้ทุกเพศ", "ฝ่ายการเจ้าหน้าที่", date(2026, 4, 15)),
]
EVIDENCE = [
    ("แผนปฏิบัติราชการประจำปี 2569 สำนักงานเขตบางรัก.pdf", ["1.1.1"], date(2025, 10, 1),
     "แผนฉบับที่ผู้อำนวยการเขตอนุมัติ"),
    ("ประกาศเจตนารมณ์ความเท่าเทียมทางเพศ.pdf", ["1.1.2"], date(2024, 7, 9),
     "ลงนามโดยผู้อำนวยการเขต"),
    ("คำสั่งแต่งตั้งคณะทำงานขับเคลื่อนความเท่าเทียมทางเพศ.pdf", ["2.1.1", "2.1.2"],
     date(2025, 11, 3), "คำสั่งที่ 245/2568"),
    ("ทะเบียนผู้รับบริการจำแนกตามเพศ ไตรมาส 1.xlsx", ["1.2.1", "1.2.2"], date(2026, 1, 15), ""),
    ("รายชื่อผู้เข้าอบรม หลักสูตรความเท่าเทียมทางเพศ.pdf", ["2.2.1"], date(2026, 2, 20),
     "86 คน จากบุคลากร 121 คน"),
    ("ภาพถ่ายห้องให้นมบุตร ชั้น 2.jpg", ["3.3.1"], date(2026, 5, 2), ""),
    ("มาตรการป้องกันการคุกคามทางเพศในการทำงาน.pdf", ["3.4.1", "3.4.2"], date(2026, 3, 8), ""),
]  # fmt: skip
STATUS_CYCLE = [
    Status.MET, Status.MET, Status.PARTIALLY_MET, Status.MET, Status.NOT_MET,
    Status.MET, Status.PARTIALLY_MET, Status.NOT_APPLICABLE, Status.MET, Status.NOT_STARTED,
]  # fmt: skip


def fill(ws: Workspace, files: Path) -> None:
    codes = [b.code for b in ws.catalog().benchmarks()]
    for i, code in enumerate(codes):
        status = STATUS_CYCLE[i % len(STATUS_CYCLE)]
        if status is Status.NOT_STARTED:
            continue
        just = {
            Status.MET: JUSTIFICATIONS[0],
            Status.PARTIALLY_MET: JUSTIFICATIONS[1],
            Status.NOT_MET: JUSTIFICATIONS[2],
            Status.NOT_APPLICABLE: JUSTIFICATIONS[3],
        }[status]
        ws.assess(
            code, status=status, narrative=NARRATIVES[i % len(NARRATIVES)], justification=just
        )
        if status in (Status.PARTIALLY_MET, Status.NOT_MET):
            action, who, due = ACTIONS[i % len(ACTIONS)]
            ws.add_action(code, action, responsible=who, due_date=due)
    for n, (name, links, effective, description) in enumerate(EVIDENCE):
        path = files / name
        path.write_bytes(f"ตัวอย่างเอกสารหลักฐาน {n}: {name}\n".encode() * (n + 1))
        ws.add_evidence(
            path,
            benchmarks=[c for c in links if c in codes],
            effective_date=effective,
            description=description,
            source="scanner",
        )


def make_bundle(ws: Workspace, tmp: Path) -> Path:
    """A real signed bundle when the export allows it; else a small zipped bag signed with
    the workspace key (a sample round is deliberately incomplete, which blocks an export)."""
    from sealdesk.errors import SealDeskError
    from sealdesk.services import keys

    keys.create(ws, PASSPHRASE)
    out = tmp / f"sealdesk-{DISTRICT}-{ROUND}.zip"
    try:
        from sealdesk.services.export import export_bundle

        return export_bundle(ws, out, passphrase=PASSPHRASE, round_be=ROUND).path
    except (ImportError, SealDeskError):
        pass
    folder = friendly_bundle_id(DISTRICT, ROUND, SAMPLE_UUID)  # as the export names it
    with zipfile.ZipFile(out, "w") as zf:
        zf.writestr(
            f"{folder}/bagit.txt", "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n"
        )
        zf.writestr(
            f"{folder}/bag-info.txt",
            f"Source-Organization: {ws.district.th} ({ws.district.en})\n"
            f"External-Identifier: {SAMPLE_UUID}\n"
            f"SealDesk-District-Code: {DISTRICT}\n"
            f"SealDesk-Round-BE: {ROUND}\n",
        )
    key = keys.unlock(ws, PASSPHRASE)
    signature = key.sign_minisign(out.read_bytes(), f"sample bundle {out.name}")
    out.with_name(out.name + ".minisig").write_text(signature, encoding="utf-8")
    return out


def catalog_workbook(out: Path) -> Path:
    """The shipped catalog as the workbook people edit (sealdesk catalog template)."""
    from sealdesk.domain.catalog import load_catalog
    from sealdesk.resources import default_catalog_path
    from sealdesk.services.catalog_book import write_template

    written = write_template(
        load_catalog(default_catalog_path()), out / "catalog-template.xlsx", overwrite=True
    )
    print(f"{written.path.name}: {written.benchmarks} benchmarks")
    return written.path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "samples")
    parser.add_argument("--dpi", type=int, default=60)
    parser.add_argument("--pages", type=int, default=2, help="PNG pages per document")
    parser.add_argument("--only", choices=("all", "catalog"), default="all")
    args = parser.parse_args()
    out: Path = args.out
    catalog_workbook(out)
    if args.only == "catalog":
        return 0
    png_dir = out / "png"
    shutil.rmtree(png_dir, ignore_errors=True)
    png_dir.mkdir(parents=True)
    for old in out.glob("*.pdf"):
        old.unlink()
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        files = tmp / "files"
        files.mkdir()
        ws = Workspace.create(tmp / "ws", district_code=DISTRICT, round_be=ROUND, actor=CLERK)
        try:
            ws.set_setting("clerk", CLERK)
            fill(ws, files)
            bundle = make_bundle(ws, tmp)
            for lang in ("th", "en"):
                for kind in ("checklist", "filled", "report", "cover", "key-sheet"):
                    pdf = out / f"{kind}-{lang}.pdf"
                    options = PrintOptions(lang=lang, print_date=PRINT_DATE)
                    pages = print_document(
                        ws, kind, pdf, round_be=ROUND, options=options, bundle=bundle
                    )
                    print(f"{pdf.name}, pages: {pages}")
            pdf = out / "report-th-thai-digits.pdf"
            options = PrintOptions(lang="th", thai_digits=True, print_date=PRINT_DATE)
            print_document(ws, "report", pdf, round_be=ROUND, options=options)
            print(f"{pdf.name}: Thai digits")
        finally:
            ws.close()
    for pdf in sorted(out.glob("*.pdf")):
        subprocess.run(
            ["pdftoppm", "-r", str(args.dpi), "-png", "-f", "1", "-l", str(args.pages),
             str(pdf), str(png_dir / pdf.stem)],
            check=True,
        )  # fmt: skip
    total = sum(f.stat().st_size for f in out.rglob("*") if f.is_file())
    print(f"{len(list(png_dir.glob('*.png')))} PNGs; samples total {total / 1e6:.2f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
