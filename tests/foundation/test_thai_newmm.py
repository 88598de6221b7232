"""The vendored newmm (sealdesk.thaiwords.newmm, issue 13) segments exactly as pythainlp's own
``word_tokenize(engine="newmm")``: on every Thai text of the catalog and the translations, and on
random text built from dictionary words, stray Thai characters, marks, digits, Latin and spaces.
pythainlp is the oracle here; the app itself never imports it (checked in a fresh process)."""

from __future__ import annotations

import random
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sealdesk import thaiwords
from sealdesk.thaiwords import newmm

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def oracle():  # type: ignore[no-untyped-def]
    """pythainlp's newmm with its own default dictionary (a trie of the same word list)."""
    from pythainlp.tokenize import word_tokenize

    def segment(text: str) -> list[str]:
        return word_tokenize(text, engine="newmm", keep_whitespace=True)

    return segment


def _ours(text: str) -> list[str]:
    return newmm.word_tokenize(text, custom_dict=thaiwords._word_dictionary())


def _strings(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def _real_texts() -> list[str]:
    texts: list[str] = []
    for catalog in sorted((ROOT / "resources" / "catalogs").glob("*.toml")):
        texts += _strings(tomllib.loads(catalog.read_text("utf-8")))
    for ts in sorted((ROOT / "translations").glob("*.ts")):
        texts += [t.text or "" for t in ET.parse(ts).iter("translation")]
        texts += [t.text or "" for t in ET.parse(ts).iter("numerusform")]
    return sorted({t for t in texts if thaiwords.has_thai(t)})


REAL = _real_texts()


def test_there_are_real_texts_to_compare() -> None:
    assert len(REAL) > 300
    assert any("ความเท่าเทียม" in t for t in REAL)


def test_every_catalog_and_translation_text_is_cut_as_pythainlp_cuts_it(oracle) -> None:  # type: ignore[no-untyped-def]
    differ = [t for t in REAL if _ours(t) != oracle(t)]
    assert differ == []


def test_the_shared_segmenter_gives_pythainlps_words(oracle) -> None:  # type: ignore[no-untyped-def]
    for text in REAL[:200]:
        assert thaiwords.words(text) == tuple(w for w in oracle(text) if w)


def _random_text(rng: random.Random, words: list[str]) -> str:
    parts: list[str] = []
    for _ in range(rng.randint(1, 60)):
        kind = rng.random()
        if kind < 0.55:
            parts.append(rng.choice(words))
        elif kind < 0.70:  # stray Thai letters, vowels, tone marks, sara am, digits
            parts.append(
                "".join(chr(rng.randint(0x0E01, 0x0E5B)) for _ in range(rng.randint(1, 4)))
            )
        elif kind < 0.80:
            parts.append(rng.choice([" ", "  ", "\n", "\t", "\r\n", " - "]))
        elif kind < 0.90:
            parts.append(rng.choice(["1,250,000.50", "12:00", "127.0.0.1", "2569", "3.", ",5"]))
        else:
            parts.append(rng.choice(["GES-PI", "(ก)", "“", "”", "e.g.", "x", "ๆ", "ฯ", "…", "%"]))
    return "".join(parts)


def test_random_thai_text_is_cut_as_pythainlp_cuts_it(oracle) -> None:  # type: ignore[no-untyped-def]
    rng = random.Random(20261126)
    words = list(thaiwords._word_dictionary())
    for _ in range(600):
        text = _random_text(rng, words)
        assert _ours(text) == oracle(text), text


@settings(max_examples=300, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from([*"กขคงจนมยรลวสหอฮเแโใไาำะัิีึืุู็่้๊๋์ ๆฯ\n.,:-aZ019", "\u0e33", "\u0e4c"]),
        max_size=300,
    )
)
def test_any_string_of_thai_characters_is_cut_as_pythainlp_cuts_it(text: str) -> None:
    from pythainlp.tokenize import word_tokenize
    from pythainlp.tokenize.tcc_p import tcc_pos_array

    assert newmm.tcc_pos_array(text) == tcc_pos_array(text)
    assert _ours(text) == word_tokenize(text, engine="newmm", keep_whitespace=True)


def test_only_what_sealdesk_uses_is_vendored() -> None:
    with pytest.raises(ValueError):
        newmm.word_tokenize("ก", custom_dict=thaiwords._word_dictionary(), engine="longest")
    assert newmm.word_tokenize("", custom_dict=thaiwords._word_dictionary()) == []


def test_the_word_list_is_found_and_text_segmented_without_importing_pythainlp() -> None:
    code = (
        "import sys\n"
        "from sealdesk import thaiwords\n"
        "path = thaiwords.source_path()\n"
        "words = thaiwords.words('ความเท่าเทียมทางเพศ')\n"
        "print(path)\n"
        "print(words == ('ความเท่าเทียม', 'ทางเพศ'))\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'pythainlp'))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    ).stdout.splitlines()
    from importlib.resources import files

    expected = files("pythainlp.corpus").joinpath("words_th.txt")
    assert Path(out[0]) == Path(str(expected))
    assert out[1:] == ["True", "[]"]


def test_without_a_package_folder_pythainlps_own_way_finds_the_word_list(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    real = thaiwords.source_path()
    monkeypatch.setattr(thaiwords, "find_spec", lambda name: None)
    fallback = thaiwords.source_path()
    assert fallback.read_bytes() == real.read_bytes()
