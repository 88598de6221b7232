"""The compact Thai dictionary and its cache file (issue 13): built when missing, rebuilt when
pythainlp's word list changes, and a damaged or doctored cache is ignored and rebuilt."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from sealdesk import thaiwords
from sealdesk.thaiwords import WordDictionary, decode_cache, encode_cache, load_dictionary

WORDS = ["ความ", "ความเท่าเทียม", "เท่า", "เทียม", "ทาง", "เพศ", "ทางเพศ", "  สำนักงาน  ", ""]


def _source(tmp_path: Path, words: list[str]) -> Path:
    path = tmp_path / "words_th.txt"
    path.write_text("\n".join(words) + "\n", encoding="utf-8")
    return path


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_missing_cache_is_built_and_then_read(tmp_path: Path) -> None:
    source = _source(tmp_path, WORDS)
    cache = tmp_path / "cache" / "thai.dict"
    first = load_dictionary(cache, source)
    assert list(first) == sorted({"ความ", "ความเท่าเทียม", "เท่า", "เทียม", "ทาง", "เพศ",
                                  "ทางเพศ", "สำนักงาน"})  # fmt: skip
    assert cache.is_file()
    header = cache.read_bytes().split(b"\n", 3)
    assert header[0] == b"SealDesk Thai words %d" % thaiwords.DICTIONARY_FORMAT
    assert header[1] == b"source " + _sha(source).encode()
    written = cache.stat().st_mtime_ns
    second = load_dictionary(cache, source)
    assert list(second) == list(first)
    assert cache.stat().st_mtime_ns == written  # read, not rewritten
    assert not list(tmp_path.glob("cache/*.part"))


def test_a_stale_cache_is_rebuilt_when_the_word_list_changes(tmp_path: Path) -> None:
    source = _source(tmp_path, WORDS)
    cache = tmp_path / "thai.dict"
    assert "ปู่" not in load_dictionary(cache, source)
    source = _source(tmp_path, [*WORDS, "ปู่"])
    rebuilt = load_dictionary(cache, source)
    assert "ปู่" in rebuilt
    assert cache.read_bytes().split(b"\n", 3)[1] == b"source " + _sha(source).encode()


def _damaged(good: bytes) -> list[bytes]:
    head, body = good.rsplit(b"\n", 1)[0], good.split(b"\n", 3)[3]
    reordered = "\n".join(reversed(body.decode().split("\n"))).encode()
    lines = good.split(b"\n", 3)
    return [
        b"",  # empty
        b"garbage\x00\xff" * 100,  # not ours
        good[: len(good) // 2],  # cut short
        good[:-3] + b"XYZ",  # body changed, hash no longer matches
        head,  # last word lost
        good.replace(b"Thai words 1", b"Thai words 99", 1),  # another format
        # doctored: unsorted body with a matching body hash (binary search would go wrong)
        lines[0] + b"\n" + lines[1] + b"\nbody "
        + hashlib.sha256(reordered).hexdigest().encode() + b"\n" + reordered,
        # doctored: bytes that are not UTF-8, with a matching hash
        lines[0] + b"\n" + lines[1] + b"\nbody "
        + hashlib.sha256(b"\xff\xfe").hexdigest().encode() + b"\n\xff\xfe",
    ]  # fmt: skip


@pytest.mark.parametrize("case", range(8))
def test_a_damaged_or_doctored_cache_is_ignored_and_rebuilt(tmp_path: Path, case: int) -> None:
    source = _source(tmp_path, WORDS)
    cache = tmp_path / "thai.dict"
    good_words = list(load_dictionary(cache, source))
    good = cache.read_bytes()
    bad = _damaged(good)[case]
    assert decode_cache(bad, _sha(source)) is None
    cache.write_bytes(bad)
    assert list(load_dictionary(cache, source)) == good_words
    assert cache.read_bytes() == good  # rebuilt


def test_the_cache_round_trips_and_names_its_source() -> None:
    words = sorted({"ก", "กา", "กาแฟ"})
    data = encode_cache(words, "a" * 64)
    assert decode_cache(data, "a" * 64) == words
    assert decode_cache(data, "b" * 64) is None  # made from another word list


def test_a_cache_folder_that_cannot_be_written_costs_only_the_rebuild(tmp_path: Path) -> None:
    source = _source(tmp_path, WORDS)
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    dictionary = load_dictionary(blocker / "thai.dict", source)
    assert "ทางเพศ" in dictionary


def test_prefixes_are_those_of_pythainlps_trie() -> None:
    from pythainlp.corpus import thai_words
    from pythainlp.util import Trie

    text = "สำนักงานเขตได้จัดทำแผนปฏิบัติการด้านความเท่าเทียมทางเพศ 2,500,000 บาท (GES-PI)"
    trie = Trie(thai_words())
    ours = WordDictionary.of(thai_words())
    assert len(ours) == len(trie)
    for start in range(len(text)):
        assert ours.prefixes(text, start) == trie.prefixes(text, start), start
    assert "ความเท่าเทียม" in ours
    assert "ความเท่าเทียมx" not in ours


def test_segmentation_is_pythainlps_own(tmp_path: Path) -> None:
    from pythainlp.tokenize import word_tokenize

    texts = [
        "ความเท่าเทียมทางเพศ",
        "ที่นี่ปู่ย่าตายาย  น้ำใจ ค่ำคืน มาตรการป้องกันการคุกคามทางเพศ 1,250,000.50 บาท",
        "ช่องทางร้องเรียนที่เป็นความลับ ห้องให้นมบุตรและมุมดูแลเด็กเล็ก",
    ]
    for text in texts:
        expected = tuple(t for t in word_tokenize(text, engine="newmm") if t)
        assert thaiwords.words(text) == expected
