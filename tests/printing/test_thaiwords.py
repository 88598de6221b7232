"""One Thai segmenter: the UI's break hints and the printed line breaks come from the same words."""

from __future__ import annotations

import pytest

from sealdesk import thaiwords
from sealdesk.printing import thai
from sealdesk.ui import thaiwrap

TEXTS = [
    "ความเท่าเทียมทางเพศ",
    "สำนักงานเขตได้จัดทำแผนปฏิบัติการด้านความเท่าเทียมทางเพศ 2,500,000 บาท (GES-PI)",
    "ที่นี่ปู่ย่าตายาย  น้ำใจ ค่ำคืน",
]


def _ends(parts) -> set[int]:
    ends, pos = set(), 0
    for part in parts:
        pos += len(part)
        ends.add(pos)
    return ends


@pytest.mark.parametrize("text", TEXTS)
def test_words_give_back_the_text(text: str) -> None:
    words = thaiwords.words(text)
    assert "".join(words) == text
    assert len(words) > 1
    assert thaiwords.words("") == ()


@pytest.mark.parametrize("text", TEXTS)
def test_ui_and_print_break_only_where_the_shared_segmenter_does(text: str) -> None:
    boundaries = _ends(thaiwords.words(text))
    ui_parts = thaiwrap.segment(text).split(thaiwrap.ZWSP)
    assert len(ui_parts) > 1
    assert _ends(ui_parts) <= boundaries
    assert _ends(thai.break_units(text)) <= boundaries
