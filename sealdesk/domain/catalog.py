"""The benchmark catalog: data, never code.

A catalog is a TOML file (see docs/catalog-format.md): an edition id, a version, and
dimensions -> standards -> benchmarks, all texts in Thai and English. ``load_catalog`` validates
the whole file before returning anything, so a malformed catalog never half-loads; its errors
name the file, the line (where it can be found) or the path inside the file, and what is wrong.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sealdesk.domain.status import LEVELS, Level
from sealdesk.domain.text import Text
from sealdesk.errors import QT_TRANSLATE_NOOP, CatalogError, FileAccessError
from sealdesk.fsutil import read_regular_bytes

DEFAULT_THRESHOLDS = {Level.BRONZE: 60, Level.SILVER: 70, Level.GOLD: 80}


@dataclass(frozen=True, slots=True)
class Benchmark:
    code: str
    title: Text
    description: Text
    verification: tuple[Text, ...]
    mandatory: frozenset[Level]
    dimension_code: str
    standard_code: str
    # its evidence usually names people (issue 18): the add dialogs pre-tick "personal data"
    personal_data: bool = False

    def mandatory_for(self, level: Level) -> bool:
        return level in self.mandatory


@dataclass(frozen=True, slots=True)
class Standard:
    code: str
    title: Text
    description: Text
    benchmarks: tuple[Benchmark, ...]


@dataclass(frozen=True, slots=True)
class Dimension:
    code: str
    title: Text
    description: Text
    standards: tuple[Standard, ...]

    def benchmarks(self) -> Iterator[Benchmark]:
        for standard in self.standards:
            yield from standard.benchmarks


@dataclass(frozen=True)
class Catalog:
    edition: str
    version: str
    status: str  # "template" or "official"
    title: Text
    note: Text
    thresholds: dict[Level, int]
    dimensions: tuple[Dimension, ...]
    sha256: str
    source_text: str = field(repr=False)
    valid_from: date | None = None  # optional: the day the edition takes effect
    signed_by: str = field(default="", compare=False)
    """The office key id that signed this edition where it was imported; "" = unsigned, so
    usable for practice only (not part of the text: the same text may arrive either way)."""
    _by_code: dict[str, Benchmark] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        by_code = {b.code: b for d in self.dimensions for b in d.benchmarks()}
        object.__setattr__(self, "_by_code", by_code)

    @property
    def is_template(self) -> bool:
        return self.status == "template"

    @property
    def is_practice(self) -> bool:
        """Not an edition signed by a trusted office: work with it is practice only."""
        return not self.signed_by or self.is_template

    def benchmarks(self) -> list[Benchmark]:
        return list(self._by_code.values())

    def benchmark(self, code: str) -> Benchmark | None:
        return self._by_code.get(code)

    def has(self, code: str) -> bool:
        return code in self._by_code

    def dimension(self, code: str) -> Dimension | None:
        return next((d for d in self.dimensions if d.code == code), None)

    def standard(self, code: str) -> Standard | None:
        return next((s for d in self.dimensions for s in d.standards if s.code == code), None)


CODE_RE = re.compile(r"^[0-9]{1,3}(\.[0-9]{1,3}){0,5}$")
"""A code: one to six parts of one to three digits (``1``, ``1.2``, ``1.2.1``)."""
LINE_RE = re.compile(r"at line (\d+)")

CATALOG_MAX_BYTES = 4 << 20
"""The largest catalog file read (4 MiB; the shipped template is about 70 KB)."""
MAX_NESTING = 16
"""The deepest nesting of arrays and inline tables a catalog may have (it needs 2)."""
MAX_KEY_PARTS = 16
"""The most dotted parts a key or table header may have (``dimension.standard.benchmark``)."""

_STRUCTURE = re.compile(r"[\n#\"'=\[\]{},.]")
"""The characters _prescan acts on outside strings; it jumps from one to the next."""
_STRING_ENDS = {
    '"': re.compile(r'[\\"\n]'),
    '"""': re.compile(r'\\|"""'),
    "'": re.compile(r"['\n]"),
    "'''": re.compile("'''"),
}
"""Per kind of TOML string, what _prescan looks for inside it: an escape (basic strings only),
the closing quote, a line end (one-line strings only; it ends the scan)."""


def _prescan(text: str, name: str) -> None:
    """Refuses, before the TOML parser sees it, text whose nesting or dotted keys are deeper
    than any catalog needs: the parser recurses once per level of nesting and takes time
    quadratic in a key's parts, so such text would crash it or keep it busy for minutes.

    One linear pass that skips strings and comments and follows whether it is in a key (a
    table header, before ``=``, after ``{`` or a ``,`` in an inline table) or in a value; the
    dots of a key are counted (a float's dot is in a value)."""
    stack: list[str] = []  # "h" table header, "[" array, "{" inline table
    in_key = True
    dots = 0
    line = 1
    i, n = 0, len(text)
    while i < n:
        found = _STRUCTURE.search(text, i)  # every other character changes nothing below
        if found is None:
            return
        i = found.start()
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
            ends = _STRING_ENDS[quote]
            j = i + len(quote)
            while True:
                stop = ends.search(text, j)  # the next escape, closing quote or line end
                if stop is None:
                    return  # an unterminated string: the parser reports it with its line
                j = stop.start()
                if text[j] == "\\":  # only ever found in a basic ("...") string
                    j += 2
                    continue
                if text[j] == "\n":  # only ever found in a one-line string
                    return  # a string broken by a line end: the parser reports it
                break
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


def _too_deep(name: str, line: int, limit: int) -> CatalogError:
    return CatalogError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "The catalog {file}, line {line}: lists or tables are nested more than {limit} deep.",
        ),
        file=name,
        line=line,
        limit=limit,
    )


def _flag(v: _Validator, table: dict[str, Any], key: str, where: str, code: str) -> bool:
    """An optional true/false field (false when absent)."""
    value = table.get(key, False)
    if not isinstance(value, bool):
        raise v.fail(f"{where}.{key}", "expected true or false", code)
    return value


class _Validator:
    """Walks the parsed TOML, turning every problem into one CatalogError naming the place."""

    def __init__(self, name: str, text: str) -> None:
        self.name = name
        self.lines = text.splitlines()

    def fail(self, where: str, what: str, code: str | None = None) -> CatalogError:
        line = self._line_of(code) if code else None
        if line:
            return CatalogError(
                QT_TRANSLATE_NOOP("Errors", "The catalog {file}, line {line} ({where}): {what}."),
                file=self.name,
                line=line,
                where=where,
                what=what,
            )
        return CatalogError(
            QT_TRANSLATE_NOOP("Errors", "The catalog {file}, at {where}: {what}."),
            file=self.name,
            where=where,
            what=what,
        )

    def _line_of(self, code: str) -> int | None:
        pattern = re.compile(r'^\s*code\s*=\s*["\']' + re.escape(code) + r'["\']')
        for number, line in enumerate(self.lines, start=1):
            if pattern.match(line):
                return number
        return None

    def table(self, value: Any, where: str, code: str | None = None) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise self.fail(where, "expected a table", code)
        return value

    def string(self, table: dict[str, Any], key: str, where: str, code: str | None = None) -> str:
        value = table.get(key)
        if not isinstance(value, str) or not value.strip():
            raise self.fail(f"{where}.{key}", "missing or empty text", code)
        return value.strip()

    def text(self, table: dict[str, Any], key: str, where: str, code: str | None = None) -> Text:
        value = table.get(key)
        path = f"{where}.{key}"
        if not isinstance(value, dict):
            raise self.fail(path, 'expected { th = "...", en = "..." }', code)
        unknown = set(value) - {"th", "en"}
        if unknown:
            raise self.fail(path, f"unknown language {sorted(unknown)[0]!r}", code)
        return Text(
            th=self.string(value, "th", path, code),
            en=self.string(value, "en", path, code),
        )

    def items(self, table: dict[str, Any], key: str, where: str, code: str | None) -> list[Any]:
        value = table.get(key)
        if not isinstance(value, list) or not value:
            raise self.fail(f"{where}.{key}", "expected at least one entry", code)
        return value


def parse_catalog(text: str, name: str = "<catalog>") -> Catalog:
    """Parses and validates catalog TOML text; raises CatalogError on the first problem."""
    import tomllib  # here: with its parsed form cached (catalog_cache) a process never parses

    _prescan(text, name)
    try:
        data = tomllib.loads(text)
    except RecursionError:  # the pre-scan bounds nesting; this is the last line of defence
        raise _too_deep(name, 1, MAX_NESTING) from None
    except tomllib.TOMLDecodeError as error:
        match = LINE_RE.search(str(error))
        if match:
            raise CatalogError(
                QT_TRANSLATE_NOOP("Errors", "The catalog {file}, line {line}: {what}."),
                file=name,
                line=int(match.group(1)),
                what=str(error).split(" (at ")[0],
            ) from None
        raise CatalogError(
            QT_TRANSLATE_NOOP("Errors", "The catalog {file} is not valid TOML: {what}."),
            file=name,
            what=str(error),
        ) from None
    v = _Validator(name, text)
    head = v.table(data.get("catalog"), "catalog")
    edition = v.string(head, "edition", "catalog")
    version = v.string(head, "version", "catalog")
    status = v.string(head, "status", "catalog")
    if status not in ("template", "official"):
        raise v.fail("catalog.status", 'must be "template" or "official"')
    thresholds = dict(DEFAULT_THRESHOLDS)
    if "thresholds" in head:
        raw = v.table(head["thresholds"], "catalog.thresholds")
        for key, value in raw.items():
            if key not in {level.value for level in LEVELS}:
                raise v.fail("catalog.thresholds", f"unknown level {key!r}")
            if not isinstance(value, int) or isinstance(value, bool) or not 0 < value <= 100:
                raise v.fail(f"catalog.thresholds.{key}", "must be a whole percentage 1-100")
            thresholds[Level(key)] = value
    ordered = [thresholds[level] for level in LEVELS]
    if ordered != sorted(ordered):
        raise v.fail("catalog.thresholds", "bronze <= silver <= gold is required")
    valid_from = head.get("valid_from")
    if valid_from is not None and (
        not isinstance(valid_from, date) or isinstance(valid_from, datetime)
    ):
        raise v.fail("catalog.valid_from", "expected a date such as 2024-10-01 (no quotes)")

    seen: set[str] = set()

    def check_code(value: Any, where: str, parent: str | None) -> str:
        if not isinstance(value, str) or not CODE_RE.match(value):
            raise v.fail(f"{where}.code", "missing or malformed code (digits and dots)")
        if value in seen:
            raise v.fail(f"{where}.code", f"code {value} is used twice", value)
        if parent is not None and not value.startswith(parent + "."):
            raise v.fail(f"{where}.code", f"code {value} does not belong under {parent}", value)
        seen.add(value)
        return value

    dimensions = []
    for di, raw_dim in enumerate(v.items(data, "dimension", "", None)):
        where = f"dimension[{di + 1}]"
        dim = v.table(raw_dim, where)
        dcode = check_code(dim.get("code"), where, None)
        standards = []
        for si, raw_std in enumerate(v.items(dim, "standard", where, dcode)):
            swhere = f"{where}.standard[{si + 1}]"
            std = v.table(raw_std, swhere)
            scode = check_code(std.get("code"), swhere, dcode)
            benchmarks = []
            for bi, raw_bm in enumerate(v.items(std, "benchmark", swhere, scode)):
                bwhere = f"{swhere}.benchmark[{bi + 1}]"
                bm = v.table(raw_bm, bwhere)
                bcode = check_code(bm.get("code"), bwhere, scode)
                verification = tuple(
                    v.text({"item": item}, "item", f"{bwhere}.verification[{i + 1}]", bcode)
                    for i, item in enumerate(v.items(bm, "verification", bwhere, bcode))
                )
                mandatory_raw = bm.get("mandatory", [])
                if not isinstance(mandatory_raw, list):
                    raise v.fail(f"{bwhere}.mandatory", "expected a list of levels", bcode)
                mandatory: set[Level] = set()
                for item in mandatory_raw:
                    try:
                        mandatory.add(Level(item))
                    except ValueError:
                        raise v.fail(
                            f"{bwhere}.mandatory", f"unknown level {item!r}", bcode
                        ) from None
                for level in mandatory:
                    if any(higher not in mandatory for higher in LEVELS[level.rank :]):
                        raise v.fail(
                            f"{bwhere}.mandatory",
                            "a benchmark mandatory for a level is mandatory for every higher level",
                            bcode,
                        )
                benchmarks.append(
                    Benchmark(
                        code=bcode,
                        title=v.text(bm, "title", bwhere, bcode),
                        description=v.text(bm, "description", bwhere, bcode),
                        verification=verification,
                        mandatory=frozenset(mandatory),
                        dimension_code=dcode,
                        standard_code=scode,
                        personal_data=_flag(v, bm, "personal_data", bwhere, bcode),
                    )
                )
            standards.append(
                Standard(
                    code=scode,
                    title=v.text(std, "title", swhere, scode),
                    description=_optional_text(v, std, "description", swhere, scode),
                    benchmarks=tuple(benchmarks),
                )
            )
        dimensions.append(
            Dimension(
                code=dcode,
                title=v.text(dim, "title", where, dcode),
                description=_optional_text(v, dim, "description", where, dcode),
                standards=tuple(standards),
            )
        )
    return Catalog(
        edition=edition,
        version=version,
        status=status,
        title=v.text(head, "title", "catalog"),
        note=_optional_text(v, head, "note", "catalog", None),
        thresholds=thresholds,
        dimensions=tuple(dimensions),
        sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        source_text=text,
        valid_from=valid_from,
    )


def _optional_text(
    v: _Validator, table: dict[str, Any], key: str, where: str, code: str | None
) -> Text:
    if key not in table:
        return Text("", "")
    return v.text(table, key, where, code)


def load_catalog(path: Path) -> Catalog:
    """Reads a catalog file; raises CatalogError for an unreadable, non-UTF-8 or invalid file.

    Only a regular file of at most CATALOG_MAX_BYTES is read (a FIFO or /dev/zero is refused at
    once, see sealdesk.fsutil.open_regular)."""
    try:
        raw = read_regular_bytes(path, CATALOG_MAX_BYTES)
    except FileAccessError as error:  # the same sentence, as the catalog's kind of error
        raise CatalogError(error.template, **error.params) from None
    if raw.startswith(b"PK\x03\x04"):  # a signed edition (issue 17): only a district imports it
        raise CatalogError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The file {file} is a signed catalog edition: start with the shipped catalog, "
                "trust the office's card, then import the edition into the round.",
            ),
            file=str(path),
        )
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise CatalogError(
            QT_TRANSLATE_NOOP("Errors", "The catalog file {file} is not UTF-8 text."),
            file=str(path),
        ) from None
    return parse_catalog(text, path.name)
