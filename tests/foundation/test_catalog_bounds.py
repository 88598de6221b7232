"""A catalog file is bounded before and while it is parsed (issue 11, part H4): its size, the
nesting of its lists and tables, the parts of its keys and the shape of its codes. Each case is
a clear CatalogError naming the file, never a crash (exit 70) or minutes of parsing."""

from __future__ import annotations

import os
import tomllib
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sealdesk.cli import main
from sealdesk.domain.catalog import (
    CATALOG_MAX_BYTES,
    MAX_KEY_PARTS,
    MAX_NESTING,
    _prescan,
    load_catalog,
    parse_catalog,
)
from sealdesk.errors import CatalogError
from sealdesk.resources import default_catalog_path

BASE = default_catalog_path().read_text("utf-8")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (BASE + "\nx = " + "[" * 2000 + "]" * 2000 + "\n", "nested more than 16 deep"),
        (BASE + "\nx = " + "{a=" * 2000 + "1" + "}" * 2000 + "\n", "nested more than 16 deep"),
        (BASE + "\n" + ".".join(["a"] * 50_000) + " = 1\n", "more than 16 parts"),
        (BASE + "\n" + ".".join(['"a"'] * 50_000) + " = 1\n", "more than 16 parts"),
        (BASE + "\n[" + ".".join(["a"] * 50_000) + "]\n", "more than 16 parts"),
        (BASE + "\nx = {" + ".".join(["a"] * 50_000) + " = 1}\n", "more than 16 parts"),
        (
            BASE.replace('code = "1.1.1"', 'code = "1.1.' + "1" * 5000 + '"', 1),
            "malformed code",
        ),
        (BASE.replace('code = "1"', 'code = "' + "1" * 5000 + '"', 1), "malformed code"),
        (BASE.replace('code = "1.1.1"', 'code = "1.1.1.1.1.1.1"', 1), "malformed code"),
    ],
    ids=[
        "2000 nested arrays", "2000 nested inline tables", "50000-part key",
        "50000-part quoted key", "50000-part table header", "50000-part key in a table",
        "5000-digit benchmark code", "5000-digit dimension code", "seven-part code",
    ],
)  # fmt: skip
def test_the_issues_catalogs_are_refused_with_a_sentence(text: str, expected: str) -> None:
    with pytest.raises(CatalogError) as caught:
        parse_catalog(text, "hostile.toml")
    assert "hostile.toml" in str(caught.value) and expected in str(caught.value)


def test_brackets_dots_and_quotes_inside_strings_and_comments_are_not_structure() -> None:
    """The pre-scan skips strings and comments: texts full of brackets and dots still load."""
    noisy = BASE.replace(
        'title = { th = "',
        'title = { th = "[[[[[[[[[[[[[[[[[[ {{{{{{{{{{{{{{{{{{ a.b.c.d.e.f.g.h.i.j.k.l.m \\" ',
        1,
    )
    noisy += (
        "# [[[[[[[[[[[[[[[[[[[[[[ a.b.c.d.e.f.g.h.i.j.k.l.m.n.o.p.q.r.s.t\n"
        "[catalog.extra]\n"
        "literal = '[[[[[[[[[[[[[[[[[[[[ a.b.c.d.e.f.g.h.i.j.k.l.m.n.o.p.q.r.s'\n"
        'multi = """\n[[[[[[[[[[[[[[[[[[[[\na.b.c.d.e.f.g.h.i.j.k.l.m.n.o.p.q.r.s ""\n"""""\n'
        "multi_literal = '''\n{{{{{{{{{{{{{{{{{{{{{ ''\n'''''\n"
        "floats = [1.5, 2.5, 3.5, 4.5, 5.5, 6.5, 7.5, 8.5, 9.5, 10.5, 11.5, 12.5, 13.5, 14.5, "
        "15.5, 16.5, 17.5]\n"
        "inline = { a.b = 1.5, c = [1.5, 2.5], d = { e.f = 1 } }\n"
    )
    assert tomllib.loads(noisy)  # valid TOML
    catalog = parse_catalog(noisy, "noisy.toml")
    assert catalog.title.th.startswith("[[[[")


def test_nesting_and_key_parts_at_their_limits() -> None:
    deep = "x = " + "[" * MAX_NESTING + "]" * MAX_NESTING + "\n"
    _prescan(deep, "ok.toml")
    assert tomllib.loads(deep)
    with pytest.raises(CatalogError, match="nested more than"):
        _prescan("x = " + "[" * (MAX_NESTING + 1) + "]" * (MAX_NESTING + 1), "deep.toml")
    long_key = ".".join(["a"] * MAX_KEY_PARTS) + " = 1\n"
    _prescan(long_key, "ok.toml")
    with pytest.raises(CatalogError, match="more than"):
        _prescan(".".join(["a"] * (MAX_KEY_PARTS + 1)) + " = 1\n", "long.toml")


def test_files_that_are_not_small_regular_files(tmp_path: Path) -> None:
    fifo = tmp_path / "catalog.fifo"
    os.mkfifo(fifo)
    big = tmp_path / "big.toml"
    big.write_bytes(b"#" * (CATALOG_MAX_BYTES + 1))
    for path, expected in (
        (Path("/dev/zero"), "not an ordinary file"),
        (fifo, "not an ordinary file"),  # would block forever without the non-blocking open
        (tmp_path, "not an ordinary file"),
        (big, "too large"),
    ):
        with pytest.raises(CatalogError, match=expected):
            load_catalog(path)


def test_the_cli_says_so_with_exit_2(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("SEALDESK_LANG", "en")
    hostile = tmp_path / "hostile.toml"
    hostile.write_text(BASE + "\nx = " + "[" * 2000 + "]" * 2000 + "\n", "utf-8")
    ws = tmp_path / "ws"
    code = main(["init", "--district", "1001", "--round", "2569", "--workspace", str(ws)])
    assert code == 0
    for argv in (
        ["catalog", "import", str(hostile)],
        ["round", "add", "2570", "--catalog", str(hostile)],
        ["catalog", "import", "/dev/zero"],
    ):
        capsys.readouterr()
        code = main([*argv, "--workspace", str(ws)])
        err = capsys.readouterr().err
        assert code == 2 and "Traceback" not in err and "unexpected" not in err, err


# --- randomized: whatever TOML value a catalog holds, the pre-scan and the parser agree -------


def _string(text: str) -> str:
    escaped = "".join(
        "\\" + ch if ch in '"\\' else f"\\u{ord(ch):04x}" if ord(ch) < 0x20 or ord(ch) == 0x7F
        else ch
        for ch in text
    )  # fmt: skip
    return f'"{escaped}"'


def _toml(value: Any) -> str:
    if isinstance(value, list):
        return "[" + ", ".join(_toml(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{_string(k)} = {_toml(v)}" for k, v in value.items()) + "}"
    if isinstance(value, str):
        return _string(value)
    return repr(value)


def _depth(value: Any) -> int:
    if isinstance(value, list):
        return 1 + max((_depth(v) for v in value), default=0)
    if isinstance(value, dict):
        return 1 + max((_depth(v) for v in value.values()), default=0)
    return 0


TEXT = st.text(
    st.characters(blacklist_categories=("Cs",)) | st.sampled_from("[]{}.\"'#\\\n"), max_size=12
)
VALUES = st.recursive(
    TEXT | st.integers(-(10**6), 10**6) | st.floats(-1e6, 1e6, allow_nan=False),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(TEXT, inner, max_size=3),
    max_leaves=30,
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    value=VALUES,
    key_parts=st.lists(st.sampled_from(["k", "1", "'a.b'", '"x.1"', "2"]), min_size=1, max_size=40),
)
def test_prescan_refuses_exactly_what_is_too_deep(value: Any, key_parts: list[str]) -> None:
    parts = len(key_parts)
    key = ".".join(key_parts)
    text = f"{key} = {_toml(value)}\n"
    assert tomllib.loads(text)  # the generator writes valid TOML
    too_deep = _depth(value) > MAX_NESTING
    too_long = parts > MAX_KEY_PARTS
    if too_deep or too_long:
        with pytest.raises(CatalogError):
            _prescan(text, "random.toml")
    else:
        _prescan(text, "random.toml")  # nothing a valid catalog could hold is refused
