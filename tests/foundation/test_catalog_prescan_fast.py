"""The catalog prescan jumps between the characters it acts on (issue 13: it was half of
parsing the catalog on every open); it must refuse and accept exactly what the scan before it,
one character at a time, did. The old scan is kept here as the reference and both are run on
the shipped catalog and on generated TOML-like text rich in quotes, escapes, brackets and dots."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sealdesk.domain.catalog import MAX_KEY_PARTS, MAX_NESTING, _prescan, _too_deep
from sealdesk.errors import QT_TRANSLATE_NOOP, CatalogError
from sealdesk.resources import default_catalog_path


def _reference_prescan(text: str, name: str) -> None:
    """The character-by-character scan _prescan replaced (kept as the reference)."""
    stack: list[str] = []  # "h" table header, "[" array, "{" inline table
    in_key = True
    dots = 0
    line = 1
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch == "\n":
            line += 1
            if not stack or stack[-1] == "h":
                stack.clear()
                in_key, dots = True, 0
        elif ch == "#":
            end = text.find("\n", i)
            i = n if end < 0 else end
            continue
        elif ch in "\"'":
            quote = ch * 3 if text.startswith(ch * 3, i) else ch
            j = i + len(quote)
            while True:
                if j >= n:
                    return  # an unterminated string: the parser reports it with its line
                if ch == '"' and text[j] == "\\":
                    j += 2
                    continue
                if text.startswith(quote, j):
                    break
                if len(quote) == 1 and text[j] == "\n":
                    return  # a string broken by a line end: the parser reports it
                j += 1
            end = j + len(quote)
            while len(quote) == 3 and end < n and text[end] == ch:
                end += 1  # up to two quotes may end a multi-line string's content
            line += text.count("\n", i, end)
            i = end
            continue
        elif ch == "=":
            in_key, dots = False, 0
        elif ch == "[":
            header = in_key and (not stack or (stack[-1] == "h" and text[i - 1] == "["))
            stack.append("h" if header else "[")
            in_key = header
        elif ch == "{":
            stack.append("{")
            in_key, dots = True, 0
        elif ch in "]}":
            if stack:
                stack.pop()
            in_key = bool(stack) and stack[-1] == "h"
        elif ch == ",":
            in_key, dots = bool(stack) and stack[-1] == "{", 0
        elif ch == "." and in_key:
            dots += 1
            if dots >= MAX_KEY_PARTS:
                raise CatalogError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "The catalog {file}, line {line}: a key has more than {limit} parts.",
                    ),
                    file=name,
                    line=line,
                    limit=MAX_KEY_PARTS,
                )
        if len(stack) > MAX_NESTING:
            raise _too_deep(name, line, MAX_NESTING)
        i += 1


def _outcome(scan, text: str) -> tuple[str, dict[str, object]] | None:  # type: ignore[no-untyped-def]
    try:
        scan(text, "c.toml")
    except CatalogError as error:
        return error.template, dict(error.params)
    return None


PIECES = [
    "\n",
    "#",
    '"',
    "'",
    '"""',
    "'''",
    "\\",
    "=",
    "[",
    "]",
    "[[",
    "]]",
    "{",
    "}",
    ",",
    ".",
    "a",
    "1.5",
    " ",
    "ความ",
    "x.y.z",
    "[" * 9,
    "{" * 9,
    ".k" * 8,
    '\\"',
    "\r\n",
]


@settings(max_examples=400, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=80))
def test_the_fast_prescan_agrees_with_the_character_scan(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert _outcome(_prescan, text) == _outcome(_reference_prescan, text)


@pytest.mark.parametrize(
    "text",
    [
        "a" + ".b" * MAX_KEY_PARTS + " = 1\n",
        'k = "x.y.z" \n' + "a" + ".b" * MAX_KEY_PARTS + " = 1\n",
        "k = " + "[" * (MAX_NESTING + 1) + "]" * (MAX_NESTING + 1) + "\n",
        'k = """ [[[[ \\""" """\n' + "k2 = " + "[" * (MAX_NESTING + 1) + "\n",
        "k = '''a.b.c''''\n" + "x" + ".y" * MAX_KEY_PARTS + " = 2\n",
        'k = "open\n' + "a" + ".b" * MAX_KEY_PARTS + " = 1\n",
        "# [[[[ a.b.c.d\n" * 3,
    ],
)
def test_the_fast_prescan_agrees_on_edge_cases(text: str) -> None:
    assert _outcome(_prescan, text) == _outcome(_reference_prescan, text)


def test_the_shipped_catalog_passes_both() -> None:
    text = default_catalog_path().read_text("utf-8")
    assert _outcome(_prescan, text) is None
    assert _outcome(_reference_prescan, text) is None
