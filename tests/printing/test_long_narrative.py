"""Issue 11: a long narrative prints in work linear in its length (no clocks: the work is
counted). The segmenter's cost grows with the square of what it is handed in one call, so it is
never handed more than thaiwords.SEGMENT_CHARS at once; splitting a paragraph across pages never
copies the lines still to come."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sealdesk import thaiwords
from sealdesk.printing import thai
from sealdesk.printing.flowables import TextStyle, ThaiParagraph

UNIT = "การพัฒนาความเท่าเทียมทางเพศในสำนักงานเขต Gender equality 2568. "
NO_SPACE = "ความเท่าเทียมทางเพศ"


class CountingTokenizer:
    def __init__(self) -> None:
        self.calls: list[int] = []
        self.real = thaiwords._word_tokenize()

    def __call__(self, text: str, **kwargs):  # type: ignore[no-untyped-def]
        self.calls.append(len(text))
        return self.real(text, **kwargs)


@pytest.fixture
def counting(monkeypatch: pytest.MonkeyPatch) -> CountingTokenizer:
    counter = CountingTokenizer()
    monkeypatch.setattr(thaiwords, "_tokenizer", counter)
    thaiwords.words.cache_clear()
    thai.break_units.cache_clear()
    yield counter
    thaiwords.words.cache_clear()
    thai.break_units.cache_clear()


@pytest.mark.parametrize("unit", [UNIT, NO_SPACE, "x", "ก่ำ"])
def test_segmenter_work_is_bounded_per_call_and_linear_in_total(
    counting: CountingTokenizer, unit: str
) -> None:
    for n in (10_000, 40_000):
        counting.calls.clear()
        text = (unit * (n // len(unit) + 1))[:n]
        assert "".join(thaiwords.words(text)) == text
        assert max(counting.calls) <= thaiwords.SEGMENT_CHARS
        assert sum(counting.calls) == n  # every character handed over once: linear
        # quadratic cost per call, bounded calls: total work <= n * SEGMENT_CHARS
        assert sum(c * c for c in counting.calls) <= n * thaiwords.SEGMENT_CHARS


@settings(max_examples=60, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from([*"กขคเแโใไำ่้ัิี ุ ู\n.aZ1", "\u0e4c", "\u0e33"]),
        max_size=9000,
    ),
    st.integers(min_value=8, max_value=300),
)
def test_pieces_cover_the_text_and_never_split_a_cluster(text: str, limit: int) -> None:
    spans = thaiwords.pieces(text, limit)
    assert "".join(text[a:b] for a, b in spans) == text
    assert all(0 < b - a <= limit for a, b in spans) or text == ""
    for a, _ in spans[1:]:
        cut_inside_run = not text[a - 1].isspace()
        if cut_inside_run and thaiwords._cuttable(text, a) is False:
            # only when the whole back half of the window offered no better place
            window = text[max(a - limit // 2, 0) : a]
            assert not any(ch.isspace() for ch in window)


def test_break_units_of_a_long_unbreakable_run_keep_the_text() -> None:
    text = "a" * 50_000 + " " + NO_SPACE * 100
    assert "".join(thai.break_units(text)) == text


def test_splitting_a_long_paragraph_shares_its_lines() -> None:
    para = ThaiParagraph(UNIT * 400, TextStyle())
    para.wrap(300, 10_000_000)
    all_lines = para.lines
    parts, rest = [], para
    while True:
        split = rest.split(300, 200)
        if not split:
            parts.append(rest)
            break
        head, rest = split
        rest.wrap(300, 200)
        parts.append(head)
        # no part copies the lines still to come: they are the one shared list
        assert rest._all_lines is para._all_lines
    assert [line for part in parts for line in part.lines] == all_lines
    assert len(parts) > 10
