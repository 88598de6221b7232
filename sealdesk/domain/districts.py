"""Bangkok's 50 district offices (codes 1001-1050), read from resources/districts.toml."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

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
    import tomllib  # here: a command that names no district does not import the parser

    data = tomllib.loads((path or districts_path()).read_text("utf-8"))
    return tuple(District(str(d["code"]), d["th"], d["en"]) for d in data["district"])


def district(code: str) -> District:
    for item in all_districts():
        if item.code == code:
            return item
    raise InputError(
        QT_TRANSLATE_NOOP("Errors", "{code} is not a Bangkok district code (1001 to 1050)."),
        code=code,
    )
