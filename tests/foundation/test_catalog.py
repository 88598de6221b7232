from __future__ import annotations

from pathlib import Path

import pytest

from sealdesk.domain.catalog import load_catalog, parse_catalog
from sealdesk.domain.districts import all_districts, district
from sealdesk.domain.status import Level
from sealdesk.errors import CatalogError, InputError
from sealdesk.resources import default_catalog_path

SMALL = """
[catalog]
edition = "test-1"
version = "1"
status = "official"
title = { th = "ทดสอบ", en = "Test" }

[[dimension]]
code = "1"
title = { th = "มิติ", en = "Dimension" }

[[dimension.standard]]
code = "1.1"
title = { th = "มาตรฐาน", en = "Standard" }

[[dimension.standard.benchmark]]
code = "1.1.1"
title = { th = "เกณฑ์", en = "Benchmark" }
description = { th = "คำอธิบาย", en = "Description" }
verification = [{ th = "คำสั่งแต่งตั้ง", en = "Appointment order" }]
mandatory = ["silver", "gold"]
"""


def test_shipped_template_has_the_current_editions_shape() -> None:
    catalog = load_catalog(default_catalog_path())
    assert catalog.is_template
    assert "template" in catalog.note.en.lower() or "แม่แบบ" in catalog.note.th
    assert len(catalog.dimensions) == 5
    assert sum(len(d.standards) for d in catalog.dimensions) == 20
    benchmarks = catalog.benchmarks()
    assert len(benchmarks) == 40
    assert len({b.code for b in benchmarks}) == 40
    for b in benchmarks:
        assert b.title.th and b.title.en and b.description.th and b.description.en
        assert b.verification and all(v.th and v.en for v in b.verification)
        assert any("\u0e00" <= ch <= "\u0e7f" for ch in b.title.th)
    assert catalog.thresholds == {Level.BRONZE: 60, Level.SILVER: 70, Level.GOLD: 80}
    assert any(b.mandatory_for(Level.BRONZE) for b in benchmarks)


def test_small_catalog_parses_with_levels() -> None:
    catalog = parse_catalog(SMALL, "small.toml")
    benchmark = catalog.benchmark("1.1.1")
    assert benchmark is not None
    assert benchmark.mandatory == {Level.SILVER, Level.GOLD}
    assert benchmark.standard_code == "1.1" and benchmark.dimension_code == "1"
    assert catalog.standard("1.1") is not None and catalog.dimension("1") is not None
    assert len(catalog.sha256) == 64


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (("code = \"1.1.1\"", "code = \"1.2.1\""), "line 17"),
        (("code = \"1.1.1\"", "code = \"1.1\""), "used twice"),
        (("title = { th = \"เกณฑ์\", en = \"Benchmark\" }", "title = { en = \"Benchmark\" }"),
         "benchmark[1].title.th"),
        (("mandatory = [\"silver\", \"gold\"]", "mandatory = [\"silver\"]"), "higher level"),
        (("mandatory = [\"silver\", \"gold\"]", "mandatory = [\"platinum\"]"), "platinum"),
        (("status = \"official\"", "status = \"draft\""), "catalog.status"),
        (("verification = [{ th = \"คำสั่งแต่งตั้ง\", en = \"Appointment order\" }]",
          "verification = []"), "verification"),
        (("edition = \"test-1\"", "edition = \"test-1"), "line 3"),
        (("[[dimension.standard.benchmark]]", "[[dimension.standard.benchmark]]\n[x"), "line"),
    ],
)  # fmt: skip
def test_malformed_catalog_names_file_place_and_problem(
    change: tuple[str, str], expected: str
) -> None:
    old, new = change
    assert old in SMALL
    with pytest.raises(CatalogError) as caught:
        parse_catalog(SMALL.replace(old, new), "bad.toml")
    message = str(caught.value)
    assert "bad.toml" in message
    assert expected in message


def test_unreadable_and_non_utf8_files(tmp_path: Path) -> None:
    with pytest.raises(CatalogError, match="cannot be read"):
        load_catalog(tmp_path / "missing.toml")
    latin = tmp_path / "latin.toml"
    latin.write_bytes(SMALL.encode("utf-8").replace("ทดสอบ".encode(), b"\xe9\xe9"))
    with pytest.raises(CatalogError, match="not UTF-8"):
        load_catalog(latin)


def test_districts_are_the_fifty_of_bangkok() -> None:
    districts = all_districts()
    assert [d.code for d in districts] == [str(c) for c in range(1001, 1051)]
    assert district("1001").th == "พระนคร" and district("1050").en == "Bang Bon"
    assert len({d.th for d in districts}) == 50
    with pytest.raises(InputError, match="1099"):
        district("1099")
