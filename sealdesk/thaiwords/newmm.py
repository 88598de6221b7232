# SPDX-FileCopyrightText: 2016-2026 PyThaiNLP Project
# SPDX-FileCopyrightText: 2026 SealDesk (the changes listed below)
# SPDX-License-Identifier: Apache-2.0
"""pythainlp's ``newmm`` word segmenter, vendored: dictionary maximal matching constrained by
Thai Character Cluster (TCC) boundaries, then pythainlp's rejoining of formatted numbers.

Why a copy: importing ``pythainlp.tokenize`` runs the whole ``pythainlp`` package's
``__init__`` (soundex, emoji conversion, transliteration tables: some 0.12 s of CPU and dozens
of regular expressions compiled) in every process that segments Thai, the app's first paint
and every print included, for three small functions. This module is those functions and
nothing else. pythainlp stays a dependency: its word list (``words_th.txt``) is the
dictionary's source, and its own ``word_tokenize(engine="newmm")`` is the oracle the tests
compare this copy with, on random Thai text and on every catalog text
(tests/foundation/test_thai_newmm.py). When pythainlp is upgraded, those tests say whether
this copy still segments as it does.

From pythainlp 5.4.0 (Apache License 2.0; its licence ships with the app among the bundled
distributions' licences): ``pythainlp/tokenize/newmm.py`` (``segment`` without safe mode,
``_onecut``, ``_extend_graph``, ``_find_skip_end``, ``_bfs_paths_graph``),
``pythainlp/tokenize/tcc_p.py`` (the TCC rules, ``tcc_pos_array``) and
``pythainlp/tokenize/_utils.py`` (``rejoin_formatted_num``). Originally by Korakot
Chaovavanich (newmm, TCC code), Jakkrit TeCho (TCC) and Wittawat Jitkrittum (TCC grammar).

Changes made by SealDesk, none of which changes a result:

* the TCC pattern matches at a position of the text (``pattern.match(text, p)``) instead of on
  a copy of the rest of it (``pattern.match(text[p:])``), so finding clusters is linear;
  the pattern has no ``^`` and no look-behind, so the matches are the same;
* ``_bfs_paths_graph`` pops its queue from a deque (the same order as ``list.pop(0)``);
* one entry point, :func:`word_tokenize`, with the keywords of pythainlp's ``word_tokenize``
  that SealDesk uses (``custom_dict``, ``engine="newmm"``, ``keep_whitespace=True``).
"""

from __future__ import annotations

import re
from collections import defaultdict, deque
from collections.abc import Iterator
from heapq import heappop, heappush
from typing import Protocol


class Dictionary(Protocol):
    """What newmm asks of a dictionary (pythainlp's ``Trie``, SealDesk's ``WordDictionary``)."""

    def prefixes(self, text: str, start: int = 0) -> list[str]: ...


# match non-Thai tokens; `|` is used like an "early return", which divides "abc123" into
# "abc", "123" for example.
_PAT_NONTHAI = re.compile(
    r"""(?x)
[-a-zA-Z]+|        # Latin characters
\d+([,\.]\d+)*|    # numbers
[ \t]+|            # spaces
\r?\n|             # newlines
[^\u0E00-\u0E7F \t\r\n]+  # other non-Thai characters, and stops matching until space/newline
"""
)

# match 2-consonant Thai tokens
_PAT_THAI_TWOCHARS = re.compile("[ก-ฮ]{,2}$")

_DIGITS_WITH_SEPARATOR = re.compile(r"(\d+[\.\,:])+\d+")

# maximum graph size before cutoff
_MAX_GRAPH_SIZE = 50

_RE_TCC: list[str] = (
    """\
เc็ck
เcctาะk
เccีtยะk
เccีtย(?=[เ-ไก-ฮ]|$)k
เcc็ck
เcิc์ck
เcิtck
เcีtยะ?k
เcืtอะ?k
เc[ิีุู]tย(?=[เ-ไก-ฮ]|$)k
เctา?ะ?k
cัtวะk
c[ัื]tc[ุิะ]?k
c[ิุู]์
c[ะ-ู]tk
cรรc์
c็
ct[ะาำ]?k
ck
แc็c
แcc์
แctะ
แcc็c
แccc์
โctะ
[เ-ไ]ct
ก็
อึ
หึ
""".replace("k", "(cc?[dิ]?[์])?")
    .replace("c", "[ก-ฮ]")
    .replace("t", "[่-๋]?")
    .replace("d", "อูอุ".replace("อ", ""))  # DSara: lower vowel
    .split()
)

_PAT_TCC = re.compile("|".join(_RE_TCC))


def tcc_pos_array(text: str) -> bytearray:
    """``len(text) + 1`` flags: 1 where a Thai Character Cluster ends (a valid break)."""
    arr = bytearray(len(text) + 1)
    if not text:
        return arr
    match = _PAT_TCC.match
    p, length = 0, len(text)
    while p < length:
        m = match(text, p)
        p = m.end() if m and m.end() > p else p + 1
        arr[p] = 1
    return arr


def _bfs_paths_graph(
    graph: defaultdict[int, list[int]], start: int, goal: int
) -> Iterator[list[int]]:
    visited: set[int] = {start}
    queue: deque[tuple[int, list[int]]] = deque([(start, [start])])
    while queue:
        (vertex, path) = queue.popleft()
        for pos in graph[vertex]:
            if pos == goal:
                yield [*path, pos]
            elif pos not in visited:
                visited.add(pos)
                queue.append((pos, [*path, pos]))


def _extend_graph(
    graph: defaultdict[int, list[int]],
    pos_list: list[int],
    text: str,
    begin_pos: int,
    valid_poss: bytearray,
    custom_dict: Dictionary,
    graph_size: int,
) -> int:
    """Adds the dictionary words starting at ``begin_pos`` to the graph; the new graph size."""
    for word in custom_dict.prefixes(text, begin_pos):
        end_pos_candidate = begin_pos + len(word)
        if valid_poss[end_pos_candidate]:
            graph[begin_pos].append(end_pos_candidate)
            graph_size = graph_size + 1

            if end_pos_candidate not in pos_list:
                heappush(pos_list, end_pos_candidate)

            if graph_size > _MAX_GRAPH_SIZE:
                break
    return graph_size


def _find_skip_end(
    text: str, begin_pos: int, valid_poss: bytearray, custom_dict: Dictionary
) -> int:
    """The end of an out-of-dictionary word starting at ``begin_pos``."""
    len_text = len(text)
    m = _PAT_NONTHAI.match(text, begin_pos)
    if m:  # non-Thai token, skip to the end
        return m.end()

    # Thai token, find minimum skip
    for pos in range(begin_pos + 1, len_text):
        if valid_poss[pos]:
            words = [
                word
                for word in custom_dict.prefixes(text, pos)
                if valid_poss[pos + len(word)] and not _PAT_THAI_TWOCHARS.match(word)
            ]
            if words:  # is a Thai token that longer than 2 chars
                return pos

            # is a non-Thai token
            if _PAT_NONTHAI.match(text, pos):
                return pos
    return len_text


def _onecut(text: str, custom_dict: Dictionary) -> Iterator[str]:
    # graph: beginning position -> possible ending positions (empty list when not found)
    graph: defaultdict[int, list[int]] = defaultdict(list)
    graph_size = 0  # keep track of graph size, if too big, force cutoff
    valid_poss = tcc_pos_array(text)

    len_text = len(text)
    pos_list = [0]  # priority queue of possible breaking positions
    end_pos = 0
    while pos_list[0] < len_text:
        begin_pos = heappop(pos_list)
        graph_size = _extend_graph(
            graph, pos_list, text, begin_pos, valid_poss, custom_dict, graph_size
        )

        len_pos_list = len(pos_list)
        if len_pos_list == 1:  # one candidate, no longer ambiguous
            end_pos_candidates = next(_bfs_paths_graph(graph, end_pos, pos_list[0]))
            graph_size = 0
            graph.clear()
            for pos in end_pos_candidates[1:]:
                yield text[end_pos:pos]
                end_pos = pos
        elif len_pos_list == 0:  # no candidate, deal with non-dictionary word
            end_pos = _find_skip_end(text, begin_pos, valid_poss, custom_dict)
            graph_size = 0
            graph.clear()
            yield text[begin_pos:end_pos]
            heappush(pos_list, end_pos)


def rejoin_formatted_num(segments: list[str]) -> list[str]:
    """Joins formatted numbers the segmenter split ("12", ":", "00น" -> "12:00น"; times,
    decimals, thousands, IP addresses), as pythainlp's ``word_tokenize`` does by default."""
    original = "".join(segments)
    matching_results = _DIGITS_WITH_SEPARATOR.finditer(original)
    tokens_joined = []
    pos = 0
    segment_idx = 0

    match = next(matching_results, None)
    while segment_idx < len(segments) and match:
        is_span_beginning = pos >= match.start()
        token = segments[segment_idx]
        if is_span_beginning:
            connected_token = ""
            while pos < match.end() and segment_idx < len(segments):
                connected_token += segments[segment_idx]
                pos += len(segments[segment_idx])
                segment_idx += 1
            if connected_token:
                tokens_joined.append(connected_token)
            match = next(matching_results, None)
        else:
            tokens_joined.append(token)
            segment_idx += 1
            pos += len(token)
    tokens_joined += segments[segment_idx:]
    return tokens_joined


def word_tokenize(
    text: str,
    custom_dict: Dictionary,
    engine: str = "newmm",
    keep_whitespace: bool = True,
) -> list[str]:
    """``text`` cut into words as ``pythainlp.tokenize.word_tokenize(text, custom_dict,
    engine="newmm", keep_whitespace=True)`` cuts it (formatted numbers rejoined)."""
    if engine != "newmm" or not keep_whitespace:
        raise ValueError("only newmm keeping whitespace is vendored")
    if not text or not isinstance(text, str):
        return []
    return rejoin_formatted_num(list(_onecut(text, custom_dict)))
