"""A damaged catalog edition zip is refused in one sentence of ours, not Python's words."""

from __future__ import annotations

from pathlib import Path

import pytest

from sealdesk.bundle.edition import read_edition
from sealdesk.errors import CatalogError


@pytest.mark.parametrize("data", [b"PK\x03\x04garbage", b"PK\x03\x04" + bytes(200)])
def test_a_damaged_edition_zip_is_one_sentence(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "edition.zip"
    path.write_bytes(data)
    with pytest.raises(CatalogError) as caught:
        read_edition(path)
    text = caught.value.english()
    assert text.endswith("(the zip is damaged).") and "File is not" not in text
