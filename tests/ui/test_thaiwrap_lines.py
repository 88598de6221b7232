"""Title lines and elision try the break points from the last backwards and stop at the first
that fits: exactly the lines and elided texts the former code (every break point measured)
gave, over many random Thai and English texts, fonts and widths."""

from __future__ import annotations

import random

from PySide6.QtGui import QFont, QFontMetrics

from sealdesk.ui import thaiwrap
from sealdesk.ui.thaiwrap import ELLIPSIS, cluster_boundary, word_boundaries


def old_elide(text: str, metrics: QFontMetrics, width: int) -> str:
    """thaiwrap.elide as it was before (the oracle)."""
    if metrics.horizontalAdvance(text) <= width:
        return text

    def fits(end: int) -> bool:
        return metrics.horizontalAdvance(text[:end].rstrip() + ELLIPSIS) <= width

    words_cut = [i for i in word_boundaries(text) if fits(i)]
    clusters = [i for i in range(len(text), 0, -1) if cluster_boundary(text, i) and fits(i)]
    best_cluster = clusters[0] if clusters else 0
    if words_cut and words_cut[-1] >= best_cluster * 2 // 3:
        return text[: words_cut[-1]].rstrip() + ELLIPSIS
    return text[:best_cluster].rstrip() + ELLIPSIS if best_cluster else ELLIPSIS


def old_lines(text: str, metrics: QFontMetrics, width: int, max_lines: int = 2) -> list[str]:
    """thaiwrap.lines as it was before (the oracle)."""
    out: list[str] = []
    rest = text.strip()
    while rest and len(out) < max_lines - 1:
        if metrics.horizontalAdvance(rest) <= width:
            break
        cuts = [i for i in word_boundaries(rest) if metrics.horizontalAdvance(rest[:i]) <= width]
        if not cuts:
            cuts = [
                i
                for i in range(1, len(rest))
                if cluster_boundary(rest, i) and metrics.horizontalAdvance(rest[:i]) <= width
            ]
            if not cuts:
                break
        out.append(rest[: cuts[-1]].rstrip())
        rest = rest[cuts[-1] :].lstrip()
    if rest:
        out.append(old_elide(rest, metrics, width))
    return out


THAI_WORDS = (
    "สำนักงานเขต มีแผน ปฏิบัติราชการ ความเท่าเทียม ทางเพศ ข้อมูล จำแนกตามเพศ การ ประเมิน "
    "ผู้บริหาร เจ้าหน้าที่ ประชาชน ชุมชน กิจกรรม โครงการ ที่ และ ของ ใน ให้ ได้ รับ ไม่ "
    "เด็ก สตรี ผู้สูงอายุ คนพิการ ความรุนแรง ในครอบครัว ป้องกัน ส่งเสริม ฝึกอบรม"
).split()
ENGLISH_WORDS = (
    "The district office has a plan for gender equality Sex-disaggregated data staff trained "
    "on budget women men girls boys older persons disabilities violence prevention report"
).split()
LETTERS = "กขคงจฉชซญดตถทธนบปผพฟภมยรลวศสหอฮะัาำิีึืุูเแโใไ่้๊๋็์abcXYZ-  "


def random_text(rng: random.Random) -> str:
    kind = rng.random()
    if kind < 0.1:  # anything, also clusters cut oddly and long runs without a break
        return "".join(rng.choice(LETTERS) for _ in range(rng.randint(0, 90)))
    words = (
        THAI_WORDS if kind < 0.6 else ENGLISH_WORDS if kind < 0.85 else THAI_WORDS + ENGLISH_WORDS
    )
    sep = "" if words is THAI_WORDS and rng.random() < 0.7 else " "
    return sep.join(rng.choice(words) for _ in range(rng.randint(1, 25)))


def test_lines_and_elide_are_the_former_ones_on_random_texts(qapp) -> None:
    rng = random.Random("thaiwrap-lines")
    fonts = ["Sarabun", "Noto Sans Thai", "DejaVu Sans", ""]
    compared = 0
    for _ in range(120):
        font = QFont(rng.choice(fonts) or qapp.font().family())
        font.setPointSizeF(rng.choice([8, 9, 10, 11, 13.5, 16]))
        font.setBold(rng.random() < 0.2)
        metrics = QFontMetrics(font)
        for _ in range(12):
            text = random_text(rng)
            width = rng.choice([0, 5, 20, 60, 120, 200, 320, 500, 900])
            max_lines = rng.choice([1, 2, 2, 3])
            assert thaiwrap.lines(text, metrics, width, max_lines) == old_lines(
                text, metrics, width, max_lines
            ), (text, width, max_lines)
            assert thaiwrap.elide(text, metrics, width) == old_elide(text, metrics, width)
            compared += 1
    assert compared == 1440


def test_libthai_is_found_as_find_library_found_it() -> None:
    """The dlopen check (as Qt loads libthai) answers as ctypes.util.find_library did."""
    import ctypes.util

    assert thaiwrap._libthai_loads() == (ctypes.util.find_library("thai") is not None)


def test_the_segmenter_is_warmed_up_only_on_a_first_start_that_needs_it(
    tmp_path, monkeypatch
) -> None:
    """Labels segment Thai through the remembered words (thaiwords.known); the segmenter is
    loaded ahead on a thread only when none are remembered (a first start) and Qt needs help."""
    from sealdesk.thaiwords import known as known_module
    from sealdesk.thaiwords import words

    monkeypatch.setattr(known_module, "_known", known_module.KnownWords(tmp_path / "known.json"))
    monkeypatch.setenv("SEALDESK_THAI_ZWSP", "1")  # as on Windows
    thaiwrap.needs_help.cache_clear()
    thaiwrap.segment.cache_clear()
    try:
        assert thaiwrap.segmenter_wanted()  # nothing remembered: a first start
        text = "สำนักงานเขตมีแผนปฏิบัติราชการประจำปี"
        assert thaiwrap.segment(text).replace(thaiwrap.ZWSP, "|") == "|".join(words(text))
        known_module.save_known()
        monkeypatch.setattr(
            known_module, "_known", known_module.KnownWords(tmp_path / "known.json")
        )
        assert not thaiwrap.segmenter_wanted()  # the next start remembers the label's words
        monkeypatch.setenv("SEALDESK_THAI_ZWSP", "0")  # Linux with libthai: Qt breaks Thai
        thaiwrap.needs_help.cache_clear()
        monkeypatch.setattr(known_module, "_known", known_module.KnownWords(tmp_path / "none"))
        assert not thaiwrap.segmenter_wanted()
    finally:
        thaiwrap.needs_help.cache_clear()
        thaiwrap.segment.cache_clear()
