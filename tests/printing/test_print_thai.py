"""The Thai text engine, proven on real PDFs read back with poppler's tools."""

from __future__ import annotations

from pathlib import Path

import pytest
from print_pdftools import pdffonts, pdftotext
from pythainlp.tokenize import word_tokenize
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate, Table

from sealdesk.printing import thai
from sealdesk.printing.flowables import TextStyle, ThaiParagraph

TRICKY = [
    "ที่นี่",
    "ปู่ย่าตายาย",
    "น้ำ",
    "กำลัง",
    "ญาติ ฐานะ",
    "ญู ฐุ หญิง",
    "ความเท่าเทียมทางเพศ",
    "งบประมาณ 2,500,000 บาท (GES-PI)",
    "ปั้น ฟ้า ป่า",
    "น้ำใจ ค่ำคืน ซ้ำซาก ล้ำค่า ทำงาน",
    "ฤๅษี พ.ศ. ๒๕๖๗",
    "Gender Equality Seal",
]

LONG = (
    "สำนักงานเขตได้จัดทำแผนปฏิบัติการด้านความเท่าเทียมทางเพศประจำปีงบประมาณ 2567 "
    "โดยมีการวิเคราะห์ข้อมูลจำแนกตามเพศของบุคลากรทั้งหมด และกำหนดตัวชี้วัดที่ชัดเจน"
    "เพื่อส่งเสริมความเสมอภาคระหว่างหญิงและชายในการให้บริการประชาชน"
    "ตลอดจนจัดสรรงบประมาณที่ตอบสนองต่อมิติหญิงชายอย่างเป็นรูปธรรม"
    "และรายงานผลการดำเนินงานต่อผู้อำนวยการเขตทุกไตรมาส"
)


@pytest.mark.parametrize("font", [thai.REGULAR, thai.BOLD])
def test_extracted_text_equals_printed_thai(tmp_path: Path, font: str) -> None:
    pdf = tmp_path / "tricky.pdf"
    canv = thai.make_canvas(str(pdf), pagesize=A4)
    y = 800
    for text in TRICKY:
        thai.draw_text(canv, 50, y, text, font, 16)
        y -= 30
    canv.save()
    lines = pdftotext(pdf).split("\f")[0].splitlines()
    assert lines == TRICKY


def test_shaping_places_marks_with_alternate_glyphs() -> None:
    # Sarabun needs a lowered tone mark after an upper vowel: without shaping it collides.
    shaped, _ = thai.shape("ที่", thai.REGULAR, 16)
    plain = "ที่"
    assert [ord(c) for c in shaped] != [ord(c) for c in plain]
    # the sara am is decomposed into two glyphs that still read back as one character
    shaped, _ = thai.shape("กำ", thai.REGULAR, 16)
    assert len(shaped) == 3


def test_fonts_are_embedded(tmp_path: Path) -> None:
    pdf = tmp_path / "fonts.pdf"
    SimpleDocTemplate(str(pdf), pagesize=A4).build(
        [
            ThaiParagraph(LONG, TextStyle()),
            ThaiParagraph(LONG, TextStyle(font=thai.BOLD)),
        ],
        canvasmaker=thai.make_canvas,
    )
    fonts = pdffonts(pdf)
    assert {f["name"].split("+")[1] for f in fonts} == {"Sarabun-Regular", "Sarabun-Bold"}
    assert all(f["emb"] == "yes" and f["uni"] == "yes" for f in fonts)


def _word_boundaries(text: str) -> set[int]:
    ends, pos = set(), 0
    for token in word_tokenize(text, engine="newmm", keep_whitespace=True):
        pos += len(token)
        ends.add(pos)
    return ends


@pytest.mark.parametrize("width", [110, 140, 230])
def test_narrow_column_breaks_only_between_dictionary_words(tmp_path: Path, width: int) -> None:
    pdf = tmp_path / "narrow.pdf"
    table = Table([[ThaiParagraph(LONG, TextStyle(size=14))]], colWidths=[width + 12])
    SimpleDocTemplate(str(pdf), pagesize=A4).build([table], canvasmaker=thai.make_canvas)
    lines = [ln for ln in pdftotext(pdf).split("\f")[0].splitlines() if ln]
    assert len(lines) > 4
    longest = max(word_tokenize(LONG, engine="newmm"), key=lambda w: len(w))
    assert thai.shaped_width(longest, thai.REGULAR, 14) < width  # every word fits
    # The lines read back, joined, are the text (spaces at line ends dropped).
    assert "".join(lines).replace(" ", "") == LONG.replace(" ", "")
    boundaries = {b for b in _word_boundaries(LONG)}
    pos = 0
    for line in lines[:-1]:
        pos = LONG.index(line, pos) + len(line)
        assert pos in boundaries, f"line ends inside a word: {line!r}"
        assert thai.shaped_width(line, thai.REGULAR, 14) <= width + 0.5


def test_wrap_keeps_numbers_and_latin_words_whole() -> None:
    text = "งบประมาณ 2,500,000 บาท (GES-PI) ตัวชี้วัด e.g. gender-responsive budgeting"
    for width in (130, 160, 200):
        lines = thai.wrap_text(text, thai.REGULAR, 16, width)
        for token in ("2,500,000", "(GES-PI)", "gender-responsive"):
            assert any(token in line for line in lines), (width, lines)


def test_a_token_longer_than_the_line_breaks_between_graphemes() -> None:
    word = "ความเท่าเทียมทางเพศ"
    lines = thai.wrap_text(word, thai.REGULAR, 16, 30)
    assert "".join(lines) == word
    assert len(lines) > 1
    for line in lines:
        assert line[0] not in "ัิีึืุู่้๊๋็์ำ"  # no line starts with a mark or sara am
        assert line[-1] not in "เแโใไ"  # nor ends with a leading vowel


def test_explicit_newlines_and_empty_text() -> None:
    assert thai.wrap_text("หนึ่ง\nสอง", thai.REGULAR, 16, 500) == ["หนึ่ง", "สอง"]
    assert thai.wrap_text("", thai.REGULAR, 16, 500) == [""]


def test_paragraph_splits_across_pages(tmp_path: Path) -> None:
    pdf = tmp_path / "long.pdf"
    SimpleDocTemplate(str(pdf), pagesize=A4).build([ThaiParagraph(LONG * 12, TextStyle())])
    pages = pdftotext(pdf).split("\f")[:-1]
    assert len(pages) >= 2
    assert "".join("".join(p.splitlines()) for p in pages).replace(" ", "") == (LONG * 12).replace(
        " ", ""
    )


def test_split_never_returns_the_whole_paragraph() -> None:
    # The frame asks for a split when the paragraph plus its spacing does not fit, even if
    # the lines alone would: handing back [self] makes ReportLab fail with a LayoutError.
    para = ThaiParagraph(LONG, TextStyle(space_before=6, space_after=6))
    _, height = para.wrap(200, 10_000)
    parts = para.split(200, height + 1)
    assert len(parts) == 2
    assert parts[0].lines + parts[1].lines == para.lines
    assert para.split(200, para.style.line_height * 0.5) == []
