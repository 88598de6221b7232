"""Thai word segmentation: the one segmenter shared by the desktop app and the printed documents.

Thai is written without spaces between words, so both places that break Thai lines need the
dictionary word boundaries: the UI (``sealdesk.ui.thaiwrap`` inserts U+200B break hints where
Qt cannot find them itself) and printing (``sealdesk.printing.thai`` breaks paragraphs and
table cells into lines). Both ask this module, so a label on screen and the same text on paper
break at the same places.

The segmenter is pythainlp's ``newmm`` (dictionary maximal matching), which keeps compounds such
as ความเท่าเทียม together, in a vendored copy (:mod:`sealdesk.thaiwords.newmm`: importing
pythainlp's tokenizer runs its whole package ``__init__``, about 0.12 s of CPU in every process
that segments Thai; tests prove the copy segments exactly as pythainlp does). It is imported
lazily, and it is given SealDesk's own compact form of pythainlp's dictionary
(:class:`WordDictionary`, the sorted word list) instead of pythainlp's trie, which takes most of
a second and 75 MB to build in every process. The sorted list is cached in the user cache
folder (:func:`load_dictionary`): built on first use, rebuilt when pythainlp's word list
changes, and checked (format, hashes, order) before use, never trusted. The word list is found
without importing pythainlp (:func:`source_path`). The UI and printing share it. Call
:func:`warm_up` on a worker thread where it will be needed. Results are cached: labels,
headers and catalog texts repeat.

A base module: no Qt, no ReportLab, nothing of SealDesk's other layers.
"""

from __future__ import annotations

import hashlib
import operator
import re
import threading
import unicodedata
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from importlib.util import find_spec
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING

from sealdesk.fsutil import read_cache, seal_cache, unseal_cache, write_cache
from sealdesk.resources import user_cache_dir

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

ENGINE = "newmm"
"""pythainlp's dictionary maximal-matching engine: the best breaks of the segmenters compared
(see the stack notes); ICU and Qt's QTextBoundaryFinder were worse or platform-dependent."""

SAMPLE = "ความเท่าเทียมทางเพศ"
""""Gender equality": two dictionary words, a quick test that segmentation works."""

THAI = re.compile(r"[\u0e00-\u0e7f]")
"""Any character of the Thai block."""

_tokenizer: Callable[..., list[str]] | None = None
_dictionary: WordDictionary | None = None
_lock = threading.Lock()


def has_thai(text: str) -> bool:
    return THAI.search(text) is not None


def _word_tokenize() -> Callable[..., list[str]]:
    global _tokenizer
    if _tokenizer is None:
        with _lock:
            if _tokenizer is None:
                from sealdesk.thaiwords.newmm import word_tokenize

                _tokenizer = word_tokenize
    return _tokenizer


def _word_dictionary() -> WordDictionary:
    """The dictionary newmm is given, loaded once per process (see load_dictionary)."""
    global _dictionary
    if _dictionary is None:
        with _lock:
            if _dictionary is None:
                _dictionary = load_dictionary()
    return _dictionary


SEGMENT_CHARS = 2000
"""The most text handed to the segmenter in one call. newmm's cluster finder copies the rest of
its input at every cluster, so one call costs time quadratic in its length (a 1 MB narrative
took minutes to print); cut into pieces of bounded length, the work is linear in the text."""

_LEADING_VOWELS = frozenset("เแโใไ")


def _cuttable(text: str, i: int) -> bool:
    """May a piece end before ``text[i]`` without splitting a character cluster?"""
    ch = text[i]
    if unicodedata.category(ch).startswith("M") or ch == "\u0e33":
        return False
    return text[i - 1] not in _LEADING_VOWELS


def pieces(text: str, limit: int = SEGMENT_CHARS) -> list[tuple[int, int]]:
    """(start, end) spans of ``text``, each at most ``limit`` characters, together all of it.

    A piece ends after the last whitespace in the second half of its window, so words stay
    whole; only a run of ``limit / 2`` characters without any space is cut between two
    character clusters (never inside one)."""
    spans: list[tuple[int, int]] = []
    start, length = 0, len(text)
    while length - start > limit:
        low, high = start + limit // 2, start + limit
        cut = high
        while cut > low and not text[cut - 1].isspace():
            cut -= 1
        if cut == low:  # no space: the last place between two clusters
            cut = high
            while cut > low and not _cuttable(text, cut):
                cut -= 1
            if cut == low:
                cut = high
        spans.append((start, cut))
        start = cut
    if start < length or not spans:
        spans.append((start, length))
    return spans


@lru_cache(maxsize=8192)
def words(text: str) -> tuple[str, ...]:
    """``text`` cut at dictionary word boundaries; whitespace runs are tokens of their own, so
    the tokens joined give back ``text`` exactly. Long text is segmented in pieces of at most
    SEGMENT_CHARS characters (see :func:`pieces`), so the work is linear in its length."""
    if not text:
        return ()
    dictionary = _word_dictionary()
    tokenize = _word_tokenize()
    out: list[str] = []
    for start, end in pieces(text):
        out.extend(
            t
            for t in tokenize(
                text[start:end], custom_dict=dictionary, engine=ENGINE, keep_whitespace=True
            )
            if t
        )
    return tuple(out)


def warm_up() -> None:
    """Loads the segmenter and the dictionary now, e.g. on a worker thread."""
    words(SAMPLE)


# ---------------------------------------------------------------- the dictionary, cached

DICTIONARY_FORMAT = 1
"""Version of the cache file's layout; a cache of another version is rebuilt."""

CACHE_NAME = f"thai-words-v{DICTIONARY_FORMAT}.dict"
_CACHE_MAGIC = b"SealDesk Thai words %d" % DICTIONARY_FORMAT
CACHE_MAX_BYTES = 16 * 1024 * 1024
"""A cache file larger than this is not read (pythainlp's dictionary is about 1.5 MB)."""


class WordDictionary:
    """pythainlp's word list as newmm uses it, held compactly: the words sorted in one list.

    newmm asks a dictionary only for ``prefixes(text, start)`` (and whether it is empty), so
    this stands in for pythainlp's ``Trie``: the prefixes are found by binary search in the
    sorted list, each search starting where the last one ended. The 62,000 words take about
    6 MB this way; pythainlp's Trie of them takes about 75 MB and most of a second to build.
    """

    __slots__ = ("_words",)

    def __init__(self, sorted_words: list[str]) -> None:
        self._words = sorted_words

    @classmethod
    def of(cls, words: Iterable[str]) -> WordDictionary:
        """The dictionary of ``words`` as pythainlp reads a corpus: stripped, no empty ones."""
        return cls(sorted({w.strip() for w in words} - {""}))

    def prefixes(self, text: str, start: int = 0) -> list[str]:
        """The dictionary words that ``text[start:]`` begins with, shortest first."""
        words = self._words
        count = len(words)
        found: list[str] = []
        low = 0
        for end in range(start + 1, len(text) + 1):
            prefix = text[start:end]
            # words[low] is the first word >= the previous prefix; if it begins with this
            # longer prefix it is also the first word >= this one, with no search.
            if low == count or not words[low].startswith(prefix):
                low = bisect_left(words, prefix, low)
                if low == count or not words[low].startswith(prefix):
                    break
            if len(words[low]) == len(prefix):
                found.append(prefix)
        return found

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str):
            return False
        i = bisect_left(self._words, word)
        return i < len(self._words) and self._words[i] == word

    def __iter__(self) -> Iterator[str]:
        return iter(self._words)

    def __len__(self) -> int:
        return len(self._words)


SOURCE_PACKAGE = "pythainlp"
SOURCE_FILE = ("corpus", "words_th.txt")
"""pythainlp's word list, where pythainlp itself reads it (``files("pythainlp.corpus")``)."""


def source_path() -> Path | Traversable:
    """pythainlp's word list, the source of the dictionary, found without importing pythainlp.

    ``importlib.resources.files("pythainlp.corpus")`` would import the package (its
    ``__init__`` costs about 0.12 s of CPU); the top-level package's spec names its folder
    without running anything, also in the packaged app (PyInstaller's importer gives the
    package's folder in the bundle, where the hook puts the word list). Where the spec names no
    folder holding the file (another kind of importer), pythainlp's own way is the fallback."""
    spec = find_spec(SOURCE_PACKAGE)
    for folder in (spec and spec.submodule_search_locations) or ():
        path = Path(folder).joinpath(*SOURCE_FILE)
        if path.is_file():
            return path
    from importlib.resources import files

    return files(f"{SOURCE_PACKAGE}.{SOURCE_FILE[0]}").joinpath(SOURCE_FILE[1])


def cache_path() -> Path:
    return user_cache_dir() / CACHE_NAME


def encode_cache(words: list[str], source_sha: str) -> bytes:
    """The cache file: a header (format, SHA-256 of the source word list and of the body) and
    the body, the sorted words in UTF-8 one a line."""
    return seal_cache("\n".join(words).encode("utf-8"), _CACHE_MAGIC, source_sha)


def decode_cache(data: bytes, source_sha: str) -> list[str] | None:
    """The sorted words of a cache file, or None when it is of another format, made from
    another source, damaged or not sorted: a cache is checked, never trusted."""
    body = unseal_cache(data, _CACHE_MAGIC, source_sha)
    if body is None:
        return None
    try:
        words = body.decode("utf-8").split("\n")
    except UnicodeDecodeError:
        return None
    # strictly ascending (binary search needs it), so only the first word could be empty
    if not words[0] or not all(map(operator.lt, words, islice(words, 1, None))):
        return None
    return words


def load_dictionary(
    cache: Path | None = None, source: Path | Traversable | None = None
) -> WordDictionary:
    """The dictionary from its cache file, which is (re)built from the source word list when it
    is missing, stale (the source changed) or damaged. A cache that cannot be written (a
    read-only home) costs only the rebuild next time."""
    cache = cache or cache_path()
    source = source or source_path()
    raw = source.read_bytes()
    source_sha = hashlib.sha256(raw).hexdigest()
    data = read_cache(cache, CACHE_MAX_BYTES)
    words = decode_cache(data, source_sha) if data else None
    if words is not None:
        return WordDictionary(words)
    dictionary = WordDictionary.of(raw.decode("utf-8-sig").splitlines())
    write_cache(cache, encode_cache(dictionary._words, source_sha))
    return dictionary
