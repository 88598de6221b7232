"""Bangkok's 50 district offices (codes 1001-1050), read from resources/districts.toml."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from sealdesk.domain.catalog_cache import cache_values, cached_values
from sealdesk.errors import QT_TRANSLATE_NOOP, InputError
from sealdesk.resources import districts_path


@dataclass(frozen=True, slots=True)
class District:
    code: str
    th: str
    en: str

    def name(self, lang: str) -> str:
        return self.th if lang == "th" else self.en


@cache
def all_districts(path: Path | None = None) -> tuple[District, ...]:
    return load_districts(path or districts_path())


CACHE_NAME = "districts"


def load_districts(path: Path, folder: Path | None = None) -> tuple[District, ...]:
    """The districts of the TOML file ``path``, from the parsed form cached in the user cache
    folder by the text's SHA-256 (sealdesk.domain.catalog_cache: checked, rebuilt when missing
    or damaged), so that the app's first look and the commands do not import the TOML parser."""
    text = path.read_text("utf-8")
    source = text.encode("utf-8")
    cached = _districts_of(cached_values(CACHE_NAME, source, folder))
    if cached is not None:
        return cached
    import tomllib  # here: only when the cache does not hold this text

    data = tomllib.loads(text)
    districts = tuple(District(str(d["code"]), d["th"], d["en"]) for d in data["district"])
    cache_values(CACHE_NAME, source, tuple((d.code, d.th, d.en) for d in districts), folder)
    return districts


def _districts_of(values: Any) -> tuple[District, ...] | None:
    """The districts of cached values, or None when they are not a tuple of three strings each."""
    if type(values) is not tuple:
        return None
    found = []
    for item in values:
        if type(item) is not tuple or len(item) != 3 or any(type(v) is not str for v in item):
            return None
        found.append(District(*item))
    return tuple(found)


def district(code: str) -> District:
    for item in all_districts():
        if item.code == code:
            return item
    raise InputError(
        QT_TRANSLATE_NOOP("Errors", "{code} is not a Bangkok district code (1001 to 1050)."),
        code=code,
    )
