"""Printed texts are whole translated sentences with the right plural forms, and the layout
keeps headings with their content: checked in the code (no translated text glued to another)
and in every document, in Thai and English, as pdftotext reads it back."""

from __future__ import annotations

import ast
import hashlib
import re
import zipfile
from datetime import date, datetime
from pathlib import Path

import pytest
from print_pdftools import pdf_pages, pdffonts, pdftotext

from sealdesk.bundle.info import read_bundle_info
from sealdesk.domain.assessment import ActionItem, Assessment, Evidence
from sealdesk.domain.catalog import load_catalog
from sealdesk.domain.districts import district
from sealdesk.domain.status import Status
from sealdesk.printing import documents
from sealdesk.printing.documents import PrintedKey
from sealdesk.printing.layout import Doc, PrintOptions
from sealdesk.resources import default_catalog_path

PRINTING = Path(__file__).resolve().parents[2] / "sealdesk" / "printing"
PRINTED = date(2026, 11, 25)
SHA = hashlib.sha256(b"bundle").hexdigest()
CYCLE = [
    Status.MET,
    Status.PARTIALLY_MET,
    Status.NOT_STARTED,
    Status.NOT_MET,
    Status.NOT_APPLICABLE,
    Status.NOT_STARTED,
]
NARRATIVE = (
    "สำนักงานเขตได้บรรจุเป้าหมายด้านความเท่าเทียมทางเพศไว้ในแผนปฏิบัติราชการประจำปี "
    "งบประมาณ พ.ศ. 2569 จำนวน 3 โครงการ ได้แก่ โครงการอบรมบุคลากร โครงการศูนย์ดูแลเด็กเล็ก "
)

# What glued fragments and wrong plurals look like once printed.
BAD = [
    re.compile(p)
    for p in (
        r"Score Overall",
        r"คะแนน ภาพรวม",
        r"%\s+\d",  # "% 34.2"
        r"\d\s+%",  # "34.2 %"
        r"ร้อยละ\s+ร้อยละ",
        r"\(s\)",  # "benchmark(s)"
        r"\b1 (pages|benchmarks|bytes)\b",
        r"\b(?:[02-9]|\d\d+) (page|benchmark|byte)\b(?!s)",
        r"\s:",  # a label with a space before its colon
        r"  ",  # two spaces: a fragment that was empty
    )
]


@pytest.fixture(scope="module")
def catalog():
    return load_catalog(default_catalog_path())


@pytest.fixture(scope="module")
def place():
    return district("1004")


@pytest.fixture(scope="module")
def assessments(catalog):
    out = {}
    for i, bm in enumerate(catalog.benchmarks()):
        status = CYCLE[i % len(CYCLE)]
        if status is Status.NOT_STARTED:
            continue
        action = ActionItem(i, bm.code, "จัดอบรมบุคลากร", "ฝ่ายปกครอง", date(2026, 3, 31), False)
        out[bm.code] = Assessment(bm.code, status, NARRATIVE * (1 + i % 4), "", (action,))
    return out


@pytest.fixture(scope="module")
def evidence():
    return [
        Evidence(
            1,
            SHA,
            "คำสั่งแต่งตั้งคณะทำงาน.pdf",
            2048,
            "application/pdf",
            datetime(2026, 6, 1, 9, 0),
            "สมหญิง",
            date(2026, 5, 15),
            None,
            "",
            "scanner",
            ("1.1.1",),
        )
    ]


@pytest.fixture(scope="module")
def bundle(tmp_path_factory) -> Path:
    """A zipped bag as SealDesk writes it: the folder is the friendly id."""
    path = tmp_path_factory.mktemp("bundle") / "sealdesk-1004-2569.zip"
    uuid = "1a2b8c86-0efb-44b1-a3e1-b864c14fc15e"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr(
            "sealdesk-1004-2569-1a2b8c86/bag-info.txt",
            f"External-Identifier: {uuid}\nSealDesk-District-Code: 1004\n"
            "SealDesk-Round-BE: 2569\nSealDesk-Signer-Key-Id: B784247494A361E7\n",
        )
    return path


@pytest.fixture(scope="module")
def printed(tmp_path_factory, catalog, place, assessments, evidence, bundle) -> dict[str, Path]:
    """Every document in both languages."""
    folder = tmp_path_factory.mktemp("printed")
    key = PrintedKey("B784247494A361E7", "RWQ" + "A" * 53, SHA)
    info = read_bundle_info(bundle)
    for lang in ("th", "en"):
        o = PrintOptions(lang, print_date=PRINTED, preparer="สมหญิง ใจดี")
        f = folder
        documents.blank_checklist(f / f"checklist-{lang}.pdf", catalog, place, 2569, o)
        documents.filled_checklist(
            f / f"filled-{lang}.pdf", catalog, assessments, evidence, place, 2569, o
        )
        documents.gap_report(f / f"report-{lang}.pdf", catalog, assessments, place, 2569, o)
        documents.cover_sheet(f / f"cover-{lang}.pdf", info, place, 2569, o)
        documents.key_sheet(f / f"key-sheet-{lang}.pdf", key, place, 2569, o)
    return {p.stem: p for p in folder.glob("*.pdf")}


def test_no_document_shows_a_glued_fragment_or_a_wrong_plural(printed) -> None:
    problems = []
    for name, pdf in printed.items():
        for line in pdftotext(pdf).splitlines():
            text = line.replace(" · ", " ")  # the separator of two whole sentences
            problems += [(name, line) for bad in BAD if bad.search(text)]
    assert problems == []


def test_the_summary_line_is_one_sentence(printed) -> None:
    th = pdftotext(printed["report-th"])
    en = pdftotext(printed["report-en"])
    assert re.search(r"คะแนนภาพรวม: ร้อยละ \d+\.\d · ระดับที่คาดว่าจะได้รับ: ", th)
    assert re.search(r"Overall score: \d+\.\d% · Projected level: ", en)
    assert re.search(r"\d+ more benchmarks? must be met \(threshold \d+%\)", en)


def _translated(node: ast.AST) -> bool:
    """A call that returns a translated text: d.t(...), self.tn(...), translate(...)."""
    if not isinstance(node, ast.Call):
        return False
    func = node.func
    name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
    return name in {"t", "tn", "translate", "translate_to", "status", "level", "levels"}


def test_no_translated_text_is_glued_to_another_in_the_code() -> None:
    """A translated text may be a whole line, or a value put into another template; never a
    piece of an f-string, a + or a join (that is how "Score Overall: % 34.2 %" was made)."""
    glued = []
    for path in sorted(PRINTING.glob("*.py")):
        tree = ast.parse(path.read_text("utf-8"))
        for node in ast.walk(tree):
            parts: list[ast.AST] = []
            if isinstance(node, ast.JoinedStr):
                parts = [v.value for v in node.values if isinstance(v, ast.FormattedValue)]
            elif isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
                parts = [node.left, node.right]
            elif (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "join"
            ):
                parts = [a for arg in node.args for a in ast.walk(arg)]
            glued += [(path.name, node.lineno) for p in parts if _translated(p)]
    assert glued == []


def test_plural_forms_follow_the_number(place) -> None:
    en = Doc(PrintOptions("en"), place, 2569)
    th = Doc(PrintOptions("th", thai_digits=True), place, 2569)
    assert en.tn("bytes", 1) == "1 byte"
    assert en.tn("bytes", 2048, "2,048") == "2,048 bytes"
    assert en.tn("more_needed", 1, threshold=60).startswith("1 more benchmark must")
    assert en.tn("more_needed", 9, threshold=60).startswith("9 more benchmarks must")
    assert th.tn("more_needed", 9, threshold=th.num(60)).startswith("ต้องผ่านเกณฑ์เพิ่มอีก ๙ เกณฑ์")
    assert en.levels([]) == ""
    assert th.level is not None


def test_status_ticks_read_back_as_text(printed, assessments) -> None:
    """pdftotext shows which box is ticked: ☑ before the status, ☐ before the others."""
    text = pdftotext(printed["filled-en"])
    assert "☑ Met ☐ Partially met ☐ Not met ☐ Not applicable" in text
    assert "☐ Met ☑ Partially met ☐ Not met ☐ Not applicable" in text
    assert text.count("☑") == len(assessments)
    blank = pdftotext(printed["checklist-th"])
    assert "☑" not in blank and blank.count("☐ ผ่าน ☐ ผ่านบางส่วน") > 10


def test_not_started_benchmarks_take_a_line_or_two(printed, catalog, assessments) -> None:
    text = pdftotext(printed["filled-en"])
    not_started = len(catalog.benchmarks()) - len(assessments)
    assert text.count("Not started yet.") == not_started
    # their title and that line only: no empty sections
    assert text.count("What was done") == len(assessments)


def test_headings_never_end_a_page(printed) -> None:
    heads = re.compile(r"^(มิติที่|มาตรฐานที่|เกณฑ์ที่|Dimension|Standard|Benchmark) \S+")
    for name in ("filled-th", "filled-en", "checklist-th", "checklist-en", "report-en"):
        for number, page in enumerate(pdf_pages(printed[name]), start=1):
            body = [line for line in page.splitlines()[:-2] if line.strip()]
            assert body, (name, number)
            # the last line of a page is never a heading, nor the first line of a benchmark
            assert not heads.match(body[-1]), (name, number, body[-3:])


def test_no_lone_line_at_the_top_of_a_page(printed) -> None:
    """A narrative split across pages leaves at least two lines on each side."""
    pages = pdf_pages(printed["filled-th"])
    for page in pages[1:]:
        lines = [line for line in page.splitlines()[:-2] if line.strip()]
        if len(lines) > 2 and lines[1].startswith(("แผนการดำเนินงาน", "เหตุผลประกอบ")):
            pytest.fail(f"one line alone at the top of a page: {lines[:2]}")


def test_fingerprints_in_a_monospaced_font_grouped_for_reading(printed, bundle) -> None:
    sha = read_bundle_info(bundle).sha256
    for lang in ("th", "en"):
        fonts = {f["name"].split("+")[-1] for f in pdffonts(printed[f"cover-{lang}"])}
        assert "DejaVuSansMono" in fonts
        text = pdftotext(printed[f"cover-{lang}"])
        groups = " ".join(sha.upper()[i : i + 4] for i in range(0, 32, 4))
        assert text.count(groups) >= 2  # the whole fingerprint's first line, and the short one
        assert "sealdesk-1004-2569-1a2b8c86" in text  # the friendly bundle id
        assert "1a2b8c86-0efb-44b1-a3e1-b864c14fc15e" in text  # and the full one


def test_the_preparer_is_named_under_prepared_by(printed) -> None:
    assert "( สมหญิง ใจดี )" in pdftotext(printed["filled-th"])
    assert "Name: สมหญิง ใจดี" in pdftotext(printed["report-en"])


def test_threshold_lines_do_not_cross_the_bar_values(place) -> None:
    """Each bar's value is drawn after the dashed threshold lines, on a white patch: a line
    never runs through a number (bars at 58-62 % sit right on the Bronze line at 60 %)."""
    import io

    from sealdesk.domain.status import LEVELS
    from sealdesk.printing import thai
    from sealdesk.printing.figures import ScoreChart
    from sealdesk.printing.layout import FRAME_WIDTH, LEVEL_COLORS

    d = Doc(PrintOptions("en"), place, 2569)
    canvas = thai.make_canvas(io.BytesIO())
    marks = [(lv.value, t, LEVEL_COLORS[lv]) for lv, t in zip(LEVELS, (60, 75, 90), strict=True)]
    chart = ScoreChart(
        [("Dimension 1", 58.0), ("Dimension 2", 61.5), ("Dimension 3", 89.0)], marks, d
    )
    chart.wrap(FRAME_WIDTH, 500)
    chart.drawOn(canvas, 0, 0)
    code = "\n".join(canvas._code)
    last_dash = code.rindex("[4 3] 0 d")
    patches = [m.start() for m in re.finditer(r"^1 1 1 rg", code, re.M)]
    assert len(patches) == 3 and min(patches) > last_dash


def test_plural_messages_are_plural_in_both_catalogs() -> None:
    """Every plural message is ``numerus="yes"`` with its forms (English: one and other), and
    lupdate, which marks only calls with a literal number, finds each one marked."""
    import xml.etree.ElementTree as ET

    from sealdesk.cli.print_cmd import WROTE
    from sealdesk.printing.labels import PLURALS
    from sealdesk.ui.dashboard import MORE_NEEDED

    root = Path(__file__).resolve().parents[2]
    wanted = {("Print", s) for s in PLURALS.values()}
    wanted |= {("CLI", WROTE), ("Dashboard", MORE_NEEDED)}
    for lang, forms in (("th", 1), ("en", 2)):
        tree = ET.parse(root / "translations" / f"sealdesk_{lang}.ts")
        found = {
            (c.findtext("name"), m.findtext("source")): m
            for c in tree.getroot().iter("context")
            for m in c.iter("message")
        }
        for key in wanted:
            message = found[key]
            assert message.get("numerus") == "yes", (lang, key)
            assert len(list(message.iter("numerusform"))) == forms, (lang, key)
    for path in (
        "sealdesk/printing/labels.py",
        "sealdesk/cli/print_cmd.py",
        "sealdesk/ui/dashboard.py",
    ):
        text = (root / path).read_text("utf-8")
        marked = re.findall(r'translate\(\s*"(\w+)",\s*"((?:[^"\\]|\\.)*)",\s*None,\s*1\s*\)', text)
        assert marked, path
        for context, source in marked:
            assert (context, source) in wanted
