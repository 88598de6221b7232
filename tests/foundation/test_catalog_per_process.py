"""A catalog edition's text is parsed once per process (issue 13): a workspace opened again in
the same process gets the catalog parsed the first time, an equal value; another text gets its
own."""

from __future__ import annotations

from pathlib import Path

import pytest

from sealdesk.domain import catalog_cache
from sealdesk.domain.catalog import Catalog
from sealdesk.services.workspace import Workspace


def test_a_workspace_opened_again_does_not_parse_its_catalog_again(
    workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = workspace.catalog()
    parsed: list[str] = []
    real = catalog_cache.parse_catalog

    def counting(text: str, name: str = "<catalog>") -> Catalog:
        parsed.append(name)
        return real(text, name)

    monkeypatch.setattr(catalog_cache, "parse_catalog", counting)
    with Workspace.open(Path(workspace.path)) as again:
        assert again.catalog() is first
        assert again.score() == workspace.score()
    assert parsed == []


def test_another_text_is_parsed_on_its_own(tmp_path: Path, workspace: Workspace) -> None:
    source = workspace.catalog().source_text
    changed = tmp_path / "changed.toml"
    changed.write_text(source.replace('version = "', 'version = "x', 1), encoding="utf-8")
    with Workspace.create(tmp_path / "other", "1002", 2569, catalog_path=changed) as other:
        assert other.catalog().version == "x" + workspace.catalog().version
        assert other.catalog() is not workspace.catalog()
