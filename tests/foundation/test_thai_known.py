"""The word boundaries of texts segmented before (thaiwords.known): the same words as the
segmenter gives, read back without segmenting; a missing, stale (another word list or
segmenter), damaged or doctored file is ignored and rebuilt, never trusted."""

from __future__ import annotations

import hashlib
import json
import random
from pathlib import Path

import pytest

from sealdesk import thaiwords
from sealdesk.thaiwords import known as known_module
from sealdesk.thaiwords.known import KnownWords, encode_known

TEXTS = [
    "สำนักงานเขตมีแผนปฏิบัติราชการด้านความเท่าเทียมทางเพศ",
    "ข้อมูลจำแนกตามเพศ Sex-disaggregated data",
    "The district office has a plan",
    "ความเท่าเทียม  ทางเพศ\nและ\tการพัฒนา",
    "ก",
]


def _source(tmp_path: Path, words: str = "ความ\nเท่า\n") -> Path:
    path = tmp_path / "words_th.txt"
    path.write_text(words, encoding="utf-8")
    return path


@pytest.fixture
def no_segmenter(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Records every text handed to the segmenter (each must then be new)."""
    asked: list[str] = []
    words = thaiwords.words

    def spy(text: str) -> tuple[str, ...]:
        asked.append(text)
        return words(text)

    monkeypatch.setattr(thaiwords, "words", spy)
    return asked


def test_known_texts_are_read_back_without_segmenting(
    tmp_path: Path, no_segmenter: list[str]
) -> None:
    source = _source(tmp_path)
    path = tmp_path / "cache" / "known.json"
    first = KnownWords(path, source)
    assert [first.words(t) for t in TEXTS] == [thaiwords.words(t) for t in TEXTS]
    assert no_segmenter[: len(TEXTS)] == TEXTS
    first.save()
    assert path.is_file() and not list(path.parent.glob("*.part"))
    written = path.stat().st_mtime_ns
    no_segmenter.clear()
    second = KnownWords(path, source)
    assert [second.words(t) for t in TEXTS] == [thaiwords.words(t) for t in TEXTS]
    assert no_segmenter == TEXTS  # only the comparison's own calls: none from KnownWords
    second.save()
    assert path.stat().st_mtime_ns == written  # nothing new: not rewritten


def test_random_texts_give_the_segmenter_s_words_fresh_and_read_back(tmp_path: Path) -> None:
    rng = random.Random("known-words")
    letters = "กขคงจฉชซญดตถทธนบปผพฟภมยรลวศสหอฮะัาำิีึืุูเแโใไ่้๊๋็์ abcXYZ-\n\t"
    texts = ["".join(rng.choice(letters) for _ in range(rng.randint(0, 80))) for _ in range(300)]
    texts += ["".join(rng.choice(TEXTS) for _ in range(rng.randint(1, 4))) for _ in range(100)]
    source = _source(tmp_path)
    path = tmp_path / "known.json"
    fresh = KnownWords(path, source)
    assert [fresh.words(t) for t in texts] == [thaiwords.words(t) for t in texts]
    fresh.save()
    again = KnownWords(path, source)
    assert len(again.entries) == len(set(texts))
    assert [again.words(t) for t in texts] == [thaiwords.words(t) for t in texts]


def test_another_word_list_or_segmenter_starts_afresh(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, no_segmenter: list[str]
) -> None:
    path = tmp_path / "known.json"
    source = _source(tmp_path)
    first = KnownWords(path, source)
    first.words(TEXTS[0])
    first.save()
    assert KnownWords(path, source).entries
    changed = _source(tmp_path, "ความ\nเท่า\nปู่\n")
    assert KnownWords(path, changed).entries == {}
    monkeypatch.setattr(known_module, "SEGMENTER_REVISION", known_module.SEGMENTER_REVISION + 1)
    stale = KnownWords(path, source)
    assert stale.entries == {}
    no_segmenter.clear()
    assert stale.words(TEXTS[0]) == thaiwords.words(TEXTS[0])
    assert no_segmenter[0] == TEXTS[0]  # segmented again
    stale.save()
    assert json.loads(path.read_bytes().split(b"\n", 3)[3]) == {
        TEXTS[0]: [len(w) for w in thaiwords.words(TEXTS[0])]
    }


def _with_body(good: bytes, body: bytes) -> bytes:
    lines = good.split(b"\n", 3)
    return b"\n".join(
        [lines[0], lines[1], b"body " + hashlib.sha256(body).hexdigest().encode(), body]
    )


def _damaged(good: bytes, text: str) -> list[bytes]:
    n = len(text)
    return [
        b"",  # empty
        b"garbage\x00\xff" * 100,  # not ours
        good[: len(good) // 2],  # cut short
        good[:-3] + b"XYZ",  # body changed, hash no longer matches
        good.replace(b"known words 1", b"known words 99", 1),  # another format
        # doctored, with matching body hashes: lengths that do not make up the text
        _with_body(good, json.dumps({text: [1, n]}).encode()),
        _with_body(good, json.dumps({text: [0, n]}).encode()),
        _with_body(good, json.dumps({text: [n - 1.0, 1]}).encode()),
        _with_body(good, json.dumps({text: "x"}).encode()),
        _with_body(good, json.dumps([text]).encode()),
        _with_body(good, b"{not json"),
        _with_body(good, b"\xff\xfe"),
    ]


@pytest.mark.parametrize("case", range(12))
def test_a_damaged_or_doctored_file_is_ignored_and_rebuilt(
    tmp_path: Path, case: int, no_segmenter: list[str]
) -> None:
    source = _source(tmp_path)
    path = tmp_path / "known.json"
    text = TEXTS[0]
    good_run = KnownWords(path, source)
    good_words = good_run.words(text)
    good_run.save()
    good = path.read_bytes()
    path.write_bytes(_damaged(good, text)[case])
    no_segmenter.clear()
    damaged = KnownWords(path, source)
    assert damaged.entries == {}
    assert damaged.words(text) == good_words
    assert no_segmenter == [text]  # segmented, not read from the damaged file
    damaged.save()
    assert path.read_bytes() == good  # rebuilt


def test_an_unwritable_folder_costs_only_the_segmentation(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    known = KnownWords(blocker / "known.json", _source(tmp_path))
    assert known.words(TEXTS[0]) == thaiwords.words(TEXTS[0])
    known.save()  # no error
    assert blocker.read_text() == "not a folder"


def test_too_many_texts_start_afresh(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(known_module, "MAX_TEXTS", 3)
    known = KnownWords(tmp_path / "known.json", _source(tmp_path))
    for text in TEXTS[:4]:
        known.words(text)
    assert list(known.entries) == [TEXTS[3]]


def test_the_file_is_written_as_encoded(tmp_path: Path) -> None:
    source = _source(tmp_path)
    path = tmp_path / "known.json"
    known = KnownWords(path, source)
    known.words(TEXTS[1])
    known.save()
    assert path.read_bytes() == encode_known(known.entries, known.identity)


NEWMM_SHA256 = "97dbde4da3aaf627a48293e0ada953854f75c3b78420463394105e14ba39ae5f"


def test_the_segmenter_revision_is_raised_when_newmm_changes() -> None:
    """A reminder: newmm.py's cuts are remembered in users' cache folders under
    SEGMENTER_REVISION. If this fails, newmm.py changed: raise SEGMENTER_REVISION when its
    cuts may differ, then pin the new hash here."""
    newmm = Path(thaiwords.__file__).with_name("newmm.py").read_bytes()
    assert (known_module.SEGMENTER_REVISION, hashlib.sha256(newmm).hexdigest()) == (
        1,
        NEWMM_SHA256,
    )
