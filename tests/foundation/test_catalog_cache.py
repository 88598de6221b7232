"""The parsed catalog's cache file (issue 13): the catalog from the cache equals the parsed one
(the shipped catalog, random catalogs and edited ones), and a missing, corrupt, truncated or
foreign cache file is ignored and rebuilt, never trusted. The same for the districts' file."""

from __future__ import annotations

import hashlib
import marshal
import os
import random
import tomllib
from datetime import date
from pathlib import Path

import pytest

from sealdesk.domain import catalog_cache
from sealdesk.domain.catalog import Catalog, parse_catalog
from sealdesk.domain.catalog_cache import (
    CACHE_KEEP,
    catalog_of_text,
    decode_cache,
    encode_cache,
)
from sealdesk.domain.districts import District, all_districts, load_districts
from sealdesk.errors import CatalogError
from sealdesk.resources import default_catalog_path, districts_path

SHIPPED = default_catalog_path().read_text(encoding="utf-8")
LEVELS = ("bronze", "silver", "gold")
CHARS = "abcxyz ก-ฮะาิีึืุูเแโใไ่้๊๋ 0123456789.,;:\"\\'\t\n\u200b\U0001f600{}[]=#"


def sha_of(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def same(a: Catalog, b: Catalog) -> None:
    """Equal in every value a user of the catalog can see (== leaves out signed_by and the
    thresholds' order; a frozenset's order is the hash seed's, as for the parsed catalog)."""
    assert a == b
    assert list(a.thresholds.items()) == list(b.thresholds.items())
    assert [bm.code for bm in a.benchmarks()] == [bm.code for bm in b.benchmarks()]
    assert [(s.code, s.title) for d in a.dimensions for s in d.standards] == [
        (s.code, s.title) for d in b.dimensions for s in d.standards
    ]
    assert a.source_text == b.source_text and a.sha256 == b.sha256
    assert a.signed_by == b.signed_by == ""


def no_parse(text: str, name: str = "<catalog>") -> Catalog:
    raise AssertionError("parsed although the cache holds this text")


def toml(s: str) -> str:
    return '"' + "".join(f"\\u{ord(c):04X}" if c in '"\\' or ord(c) < 32 else c for c in s) + '"'


def random_text(rng: random.Random, empty: bool = False) -> str:
    if empty and rng.random() < 0.2:
        return ""
    return "".join(rng.choice(CHARS) for _ in range(rng.randint(1, 30))).strip() or "x"


def plain(rng: random.Random) -> str:
    """Text that needs no escape in a TOML string."""
    return "".join(rng.choice("abcxyz กขคงจ่้ะา 0123456789") for _ in range(rng.randint(1, 12)))


def bilingual(rng: random.Random) -> str:
    return f"{{ th = {toml(random_text(rng))}, en = {toml(random_text(rng))} }}"


def random_catalog(rng: random.Random) -> str:
    """A valid catalog with random texts, codes, levels, flags, thresholds and dates."""
    lines = [
        "[catalog]",
        f"edition = {toml(random_text(rng))}",
        f"version = {toml(random_text(rng))}",
        f'status = "{rng.choice(["template", "official"])}"',
        f"title = {bilingual(rng)}",
    ]
    if rng.random() < 0.5:
        lines.append(f"note = {bilingual(rng)}")
    if rng.random() < 0.5:
        day = date(2020, 1, 1).toordinal() + rng.randint(0, 4000)
        lines.append(f"valid_from = {date.fromordinal(day).isoformat()}")
    if rng.random() < 0.6:  # all three (bronze <= silver <= gold), in any order
        chosen = list(zip(LEVELS, sorted(rng.sample(range(1, 101), 3)), strict=True))
        rng.shuffle(chosen)
        lines.append("thresholds = { " + ", ".join(f"{k} = {v}" for k, v in chosen) + " }")
    for d in range(1, rng.randint(1, 4) + 1):
        lines += ["[[dimension]]", f'code = "{d}"', f"title = {bilingual(rng)}"]
        if rng.random() < 0.5:
            lines.append(f"description = {bilingual(rng)}")
        for s in range(1, rng.randint(1, 3) + 1):
            lines += ["[[dimension.standard]]", f'code = "{d}.{s}"', f"title = {bilingual(rng)}"]
            if rng.random() < 0.5:
                lines.append(f"description = {bilingual(rng)}")
            for b in range(1, rng.randint(1, 4) + 1):
                lines += [
                    "[[dimension.standard.benchmark]]",
                    f'code = "{d}.{s}.{b}"',
                    f"title = {bilingual(rng)}",
                    f"description = {bilingual(rng)}",
                    "verification = ["
                    + ", ".join(bilingual(rng) for _ in range(rng.randint(1, 3)))
                    + "]",
                ]
                lowest = rng.randint(0, 3)  # progressive: mandatory from a level upwards
                if lowest < 3 or rng.random() < 0.5:
                    lines.append(f"mandatory = {list(LEVELS[lowest:])!r}".replace("'", '"'))
                if rng.random() < 0.3:
                    lines.append(f"personal_data = {rng.choice(['true', 'false'])}")
    return "\n".join(lines) + "\n"


def test_the_shipped_catalog_from_the_cache_equals_the_parsed_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    parsed = parse_catalog(SHIPPED, "shipped")
    first = catalog_of_text(SHIPPED, "shipped", tmp_path)
    same(first, parsed)
    assert [p.name for p in tmp_path.iterdir()] == [f"{parsed.sha256}.catalog"]
    monkeypatch.setattr(catalog_cache, "parse_catalog", no_parse)
    cached = catalog_of_text(SHIPPED, "shipped", tmp_path)
    same(cached, parsed)
    assert {len(b.mandatory) for b in cached.benchmarks()} >= {0, 3}


def test_random_catalogs_from_the_cache_equal_the_parsed_ones(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rng = random.Random(1413)
    texts = [random_catalog(rng) for _ in range(150)]
    parsed = [parse_catalog(text) for text in texts]
    assert len({c.valid_from for c in parsed}) > 10 and any(c.note.th for c in parsed)
    assert len({tuple(c.thresholds.values()) for c in parsed}) > 10
    assert {b.personal_data for c in parsed for b in c.benchmarks()} == {True, False}
    for text, catalog in zip(texts, parsed, strict=True):
        same(catalog_of_text(text, folder=tmp_path), catalog)  # written
        data = (tmp_path / f"{catalog.sha256}.catalog").read_bytes()
        with monkeypatch.context() as patch:
            patch.setattr(catalog_cache, "parse_catalog", no_parse)
            same(catalog_of_text(text, folder=tmp_path), catalog)  # read
        same(decode_cache(data, text, catalog.sha256), catalog)  # type: ignore[arg-type]


def test_edited_catalogs_get_their_own_cache_files(tmp_path: Path) -> None:
    """An edit of one character anywhere that matters is another text: its own file, its own
    values, and the shipped catalog's file is not taken for it."""
    catalog_of_text(SHIPPED, folder=tmp_path)
    rng = random.Random(7)
    titles = [line for line in SHIPPED.splitlines() if line.startswith("title = ")]
    for line in rng.sample(titles, 20):
        edited = SHIPPED.replace(line, line.replace('en = "', f'en = "{plain(rng)} ', 1))
        assert edited != SHIPPED
        same(catalog_of_text(edited, folder=tmp_path), parse_catalog(edited))
    for old, new in [("mandatory = []", 'mandatory = ["gold"]'), ("60", "61")]:
        edited = SHIPPED.replace(old, new, 1)
        same(catalog_of_text(edited, folder=tmp_path), parse_catalog(edited))
    same(catalog_of_text(SHIPPED, folder=tmp_path), parse_catalog(SHIPPED))


def damaged_files(good: bytes, foreign: bytes, shipped_sha: str) -> list[bytes]:
    head, body = good.split(b"\n", 3)[:3], good.split(b"\n", 3)[3]
    rng = random.Random(99)
    flipped = []
    for _ in range(40):
        at = rng.randrange(len(good))
        flipped.append(good[:at] + bytes([good[at] ^ (1 << rng.randrange(8))]) + good[at + 1 :])
    other_shape = marshal.dumps(("edition", "1", "template"))
    doctored = b"\n".join(head[:2]) + b"\nbody " + hashlib.sha256(other_shape).hexdigest().encode()
    wrong_types = marshal.loads(body)
    wrong_types = (*wrong_types[:6], 20240101, wrong_types[7])  # valid_from not a string
    typed = marshal.dumps(wrong_types)
    return [
        b"",
        b"\x00" * 100,
        b"not a cache at all",
        foreign,  # another catalog's file under this catalog's name
        good.replace(b"SealDesk catalog 1", b"SealDesk catalog 2", 1),  # another format
        *(good[:n] for n in (10, 50, len(good) // 3, len(good) // 2, len(good) - 1)),
        good + b"\x00",
        *flipped,
        doctored + b"\n" + other_shape,  # a consistent header over a body of another shape
        b"\n".join(head[:2]) + b"\nbody " + hashlib.sha256(typed).hexdigest().encode() + b"\n"
        + typed,
    ]  # fmt: skip


def test_a_corrupt_truncated_or_foreign_cache_is_ignored_and_rebuilt(tmp_path: Path) -> None:
    parsed = parse_catalog(SHIPPED, "shipped")
    path = tmp_path / f"{parsed.sha256}.catalog"
    catalog_of_text(SHIPPED, folder=tmp_path)
    good = path.read_bytes()
    other = random_catalog(random.Random(3))
    foreign = encode_cache(parse_catalog(other))
    for damaged in damaged_files(good, foreign, parsed.sha256):
        assert damaged != good
        assert decode_cache(damaged, SHIPPED, parsed.sha256) is None
        path.write_bytes(damaged)
        same(catalog_of_text(SHIPPED, "shipped", tmp_path), parsed)
        assert path.read_bytes() == good  # rebuilt


def test_a_catalog_with_an_error_is_reported_by_the_parser_and_never_cached(
    tmp_path: Path,
) -> None:
    broken = SHIPPED.replace('status = "', 'status = "draft', 1)
    with pytest.raises(CatalogError) as raised:
        catalog_of_text(broken, "broken.toml", tmp_path)
    with pytest.raises(CatalogError) as direct:
        parse_catalog(broken, "broken.toml")
    assert raised.value.english() == direct.value.english()
    assert list(tmp_path.iterdir()) == []


def test_an_unwritable_cache_costs_only_the_parse(tmp_path: Path) -> None:
    blocked = tmp_path / "a file"
    blocked.write_text("not a folder")
    same(catalog_of_text(SHIPPED, folder=blocked / "catalogs"), parse_catalog(SHIPPED))


def test_the_folder_keeps_the_newest_files(tmp_path: Path) -> None:
    rng = random.Random(5)
    texts = [random_catalog(rng) for _ in range(CACHE_KEEP + 4)]
    for n, text in enumerate(texts):
        catalog_of_text(text, folder=tmp_path)
        path = tmp_path / f"{sha_of(text)}.catalog"
        stamp = 1_700_000_000 + n  # strictly newer, whatever the clock's resolution
        os.utime(path, (stamp, stamp))
    kept = sorted(p.name for p in tmp_path.iterdir())
    assert kept == sorted(f"{sha_of(t)}.catalog" for t in texts[-CACHE_KEEP:])


# ------------------------------------------------------------ the districts, the same way


def districts_toml(rng: random.Random) -> str:
    return "".join(
        f"[[district]]\ncode = {toml(str(1001 + n))}\nth = {toml(random_text(rng))}\n"
        f"en = {toml(random_text(rng))}\n\n"
        for n in range(rng.randint(1, 60))
    )


def test_the_districts_from_the_cache_equal_the_parsed_ones(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rng = random.Random(50)
    sources = [districts_path(), *(tmp_path / f"d{n}.toml" for n in range(40))]
    for path in sources[1:]:
        path.write_text(districts_toml(rng), encoding="utf-8")
    folder = tmp_path / "cache"
    for path in sources:
        parsed = tuple(
            District(str(d["code"]), d["th"], d["en"])
            for d in tomllib.loads(path.read_text("utf-8"))["district"]
        )
        assert load_districts(path, folder) == parsed  # parsed and written
        with monkeypatch.context() as patch:
            patch.setattr(tomllib, "loads", no_parse)
            assert load_districts(path, folder) == parsed  # read
    assert len(list(folder.glob("*.districts"))) == len(sources)
    assert len(all_districts()) == 50


def test_a_damaged_districts_cache_is_ignored_and_rebuilt(tmp_path: Path) -> None:
    parsed = load_districts(districts_path(), tmp_path)
    (path,) = tmp_path.glob("*.districts")
    good = path.read_bytes()
    head = good.split(b"\n", 3)[:2]
    wrong = [
        (("1001", "x"),),  # two strings, not three
        (("1001", "x", 3),),
        ["not", "a", "tuple"],
        ((1001, "x", "y"),),
    ]
    doctored = [
        b"\n".join(head) + b"\nbody " + hashlib.sha256(body).hexdigest().encode() + b"\n" + body
        for body in (marshal.dumps(value) for value in wrong)
    ]
    for damaged in [b"", good[:40], good[:-1], good + b"x", *doctored]:
        path.write_bytes(damaged)
        assert load_districts(districts_path(), tmp_path) == parsed
        assert path.read_bytes() == good
