"""domain/catalog_diff.py: what changed between two editions, on real parsed catalogs."""

from __future__ import annotations

from sealdesk.domain.catalog import load_catalog, parse_catalog
from sealdesk.domain.catalog_diff import diff_catalogs
from sealdesk.domain.status import Level
from sealdesk.resources import default_catalog_path

HEAD = """
[catalog]
edition = "test"
version = "{version}"
status = "official"
title = {{ th = "ทดสอบ", en = "Test" }}
{thresholds}
[[dimension]]
code = "1"
title = {{ th = "มิติ", en = "Dimension" }}

[[dimension.standard]]
code = "1.1"
title = {{ th = "มาตรฐาน", en = "Standard" }}
"""
BENCHMARK = """
[[dimension.standard.benchmark]]
code = "{code}"
title = {{ th = "{th}", en = "{en}" }}
description = {{ th = "คำอธิบาย", en = "{desc}" }}
verification = [{{ th = "คำสั่ง", en = "Order" }}]
mandatory = {mandatory}
"""


def catalog(version: str, *benchmarks: tuple, thresholds: str = ""):
    text = HEAD.format(version=version, thresholds=thresholds)
    for code, th, en, mandatory, desc in benchmarks:
        text += BENCHMARK.format(code=code, th=th, en=en, mandatory=mandatory, desc=desc)
    return parse_catalog(text, f"v{version}.toml")


OLD = catalog(
    "1",
    ("1.1.1", "หนึ่ง", "One", "[]", "d"),
    ("1.1.2", "สอง", "Two", '["gold"]', "d"),
    ("1.1.3", "สาม", "Three", '["silver", "gold"]', "d"),
    ("1.1.4", "สี่", "Four", "[]", "d"),
    ("1.1.5", "ห้า", "Five", '["bronze", "silver", "gold"]', "d"),
)
NEW = catalog(
    "2",
    ("1.1.1", "หนึ่งใหม่", "One, renamed", "[]", "d"),  # renamed
    ("1.1.2", "สอง", "Two", '["bronze", "silver", "gold"]', "d"),  # gold -> bronze up
    ("1.1.3", "สาม", "Three", "[]", "changed"),  # no longer mandatory, reworded
    ("1.1.6", "ห้า", "Five", '["bronze", "silver", "gold"]', "d"),  # 1.1.5 renumbered
    ("1.1.7", "เจ็ด", "Seven", '["gold"]', "d"),  # added, mandatory
    thresholds="thresholds = { bronze = 60, silver = 75, gold = 80 }",
)  # 1.1.4 removed


def test_each_kind_of_change_is_found() -> None:
    diff = diff_catalogs(OLD, NEW)
    assert [b.code for b in diff.added] == ["1.1.7"]
    assert [b.code for b in diff.removed] == ["1.1.4"]
    assert [(r.old_code, r.new_code) for r in diff.renumbered] == [("1.1.5", "1.1.6")]
    assert [(r.code, r.old.en, r.new.en) for r in diff.renamed] == [
        ("1.1.1", "One", "One, renamed")
    ]
    assert [(m.code, m.old, m.new) for m in diff.mandatory] == [
        ("1.1.2", Level.GOLD, Level.BRONZE),
        ("1.1.3", Level.SILVER, None),
    ]
    assert diff.reworded == ("1.1.3",)
    assert [(t.level, t.old, t.new) for t in diff.thresholds] == [(Level.SILVER, 70, 75)]
    assert not diff.empty and not diff.same_text


def test_the_english_sentences_a_coordinator_forwards() -> None:
    text = diff_catalogs(OLD, NEW).render(lang="en")
    lines = text.splitlines()
    assert lines[0] == "Changes from edition test version 1 to edition test version 2."
    assert "1 benchmark added." in lines
    assert "1 benchmark removed." in lines
    assert "2 benchmarks changed the levels they are mandatory for." in lines
    assert "Added benchmark 1.1.7: Seven. It is mandatory from Gold up." in lines
    assert "Removed benchmark 1.1.4: Four." in lines
    assert "Benchmark 1.1.5 is now numbered 1.1.6: Five." in lines
    assert "Benchmark 1.1.1 is renamed from \u201cOne\u201d to \u201cOne, renamed\u201d." in lines
    assert (
        "Benchmark 1.1.2 (Two) is now mandatory from Bronze up; it was mandatory from Gold up."
        in lines
    )
    assert (
        "Benchmark 1.1.3 (Three) is no longer mandatory; it was mandatory from Silver up." in lines
    )
    assert "The description or means of verification of 1 benchmark changed: 1.1.3." in lines
    assert "The threshold for Silver changes from 70% to 75%." in lines


def test_thai_titles_when_asked() -> None:
    text = diff_catalogs(OLD, NEW).render(lang="th")
    assert "Removed benchmark 1.1.4: สี่." in text.splitlines()


def test_the_same_catalog_says_so() -> None:
    shipped = load_catalog(default_catalog_path())
    diff = diff_catalogs(shipped, load_catalog(default_catalog_path()))
    assert diff.empty and diff.same_text
    assert [line.kind for line in diff.lines()] == ["header", "same"]


def test_only_other_texts_changed() -> None:
    again = parse_catalog(OLD.source_text.replace('en = "Test"', 'en = "Test 2"'), "x.toml")
    diff = diff_catalogs(OLD, again)
    assert diff.empty and not diff.same_text
    assert [line.kind for line in diff.lines()] == ["header", "nothing"]


def test_json_lists_codes() -> None:
    data = diff_catalogs(OLD, NEW).to_json()
    assert data["added"] == ["1.1.7"] and data["removed"] == ["1.1.4"]
    assert data["mandatory"][0] == {"code": "1.1.2", "old": "gold", "new": "bronze"}
    assert data["lines"][0]["message"].startswith("Changes from edition test")


def test_rendered_in_thai_through_the_real_catalog() -> None:
    from sealdesk.translation import load_translator

    th = load_translator("th")
    assert th is not None

    def translate(context: str, text: str, disambiguation: str = "", n: int = -1) -> str:
        return th.translate(context, text, None, n) or text

    lines = diff_catalogs(OLD, NEW).render(translate, lang="th").splitlines()
    assert "ลบเกณฑ์ 1 ข้อ" in lines
    assert "ลบเกณฑ์ 1.1.4: สี่" in lines
    assert "เกณฑ์ 1.1.2 (สอง) เป็นเกณฑ์บังคับตั้งแต่ระดับทองแดงขึ้นไปแล้ว เดิมบังคับตั้งแต่ระดับทองขึ้นไป" in lines
