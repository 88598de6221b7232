"""A catalog edition's text, parsed once per user: the parsed form cached in the user cache
folder (issue 13).

Every command and the app's first look parse the round's catalog text from the database; the
TOML parser and the pre-scan are most of that (about 0.04 s a process). ``catalog_of_text``
gives exactly what ``parse_catalog`` gives, taken from a cache file named by the SHA-256 of the
text when one is there and sound, else parsed and the file (re)written atomically.

The cache is checked, never trusted (the pattern of ``sealdesk.thaiwords.load_dictionary``): a
file of another format, made from another text, damaged, truncated or not of the expected shape
is ignored and rebuilt. Only a text that parsed cleanly is ever written, so a catalog error is
always found by the parser with its own message. The folder keeps the newest
``CACHE_KEEP`` catalog files. The mandatory levels of a benchmark are rebuilt lowest first: a
frozenset's order is the process's hash seed's, as for the parsed catalog.

``cached_values`` and ``cache_values`` keep another shipped data file's parsed form the same
way (the districts: sealdesk.domain.districts); their caller checks the values' shape.
"""

from __future__ import annotations

import hashlib
import marshal
import os
from datetime import date
from pathlib import Path
from typing import Any

from sealdesk.domain.catalog import Benchmark, Catalog, Dimension, Standard, parse_catalog
from sealdesk.domain.status import LEVELS, Level
from sealdesk.domain.text import Text
from sealdesk.fsutil import read_cache, seal_cache, unseal_cache, write_cache
from sealdesk.resources import user_cache_dir

CACHE_FORMAT = 1
"""Version of the cache files' layout; a file of another version is rebuilt."""
CACHE_FOLDER = f"catalogs-v{CACHE_FORMAT}"
CACHE_KEEP = 16
"""The most cache files kept: the oldest go when a new one is written (a district has a few
editions; tests and authoring make many)."""
CACHE_MAX_BYTES = 8 << 20
"""A cache file larger than this is not read (the shipped catalog's is about 70 KB)."""
_MAGIC = b"SealDesk catalog %d" % CACHE_FORMAT
_MARSHAL_VERSION = 4


def cache_folder() -> Path:
    return user_cache_dir() / CACHE_FOLDER


def catalog_of_text(text: str, name: str = "<catalog>", folder: Path | None = None) -> Catalog:
    """``parse_catalog(text, name)``, from the cache where it holds this text's parsed form."""
    sha = hashlib.sha256(text.encode("utf-8")).hexdigest()
    folder = folder or cache_folder()
    path = folder / f"{sha}.catalog"
    data = read_cache(path, CACHE_MAX_BYTES)
    if data:
        catalog = decode_cache(data, text, sha)
        if catalog is not None:
            return catalog
    catalog = parse_catalog(text, name)
    _write(path, encode_cache(catalog))
    return catalog


def _write(path: Path, data: bytes) -> None:
    if write_cache(path, data):  # a read-only home costs only the parse next time
        try:
            _prune(path.parent)
        except OSError:
            pass


def cached_values(name: str, source: bytes, folder: Path | None = None) -> Any:
    """The values cached for the data file ``source`` under ``name``, or None when no sound
    cache file holds them (see ``cache_values``); the caller checks their shape."""
    sha = hashlib.sha256(source).hexdigest()
    data = read_cache((folder or cache_folder()) / f"{sha}.{name}", CACHE_MAX_BYTES)
    body = unseal_cache(data, _MAGIC, sha) if data else None
    if body is None:
        return None
    try:
        return marshal.loads(body)
    except (EOFError, ValueError, TypeError):
        return None


def cache_values(name: str, source: bytes, values: Any, folder: Path | None = None) -> None:
    """Caches ``values`` (str, int, bool and tuples of them) parsed from the data file
    ``source``, under ``name`` and the file's SHA-256."""
    sha = hashlib.sha256(source).hexdigest()
    body = marshal.dumps(values, _MARSHAL_VERSION)
    _write((folder or cache_folder()) / f"{sha}.{name}", seal_cache(body, _MAGIC, sha))


def _prune(folder: Path) -> None:
    files = [entry for entry in os.scandir(folder) if entry.name.endswith(".catalog")]
    if len(files) <= CACHE_KEEP:
        return
    files.sort(key=lambda entry: entry.stat().st_mtime_ns)
    for entry in files[: len(files) - CACHE_KEEP]:
        try:
            os.unlink(entry.path)
        except OSError:
            pass


def _text(value: Text) -> tuple[str, str]:
    return (value.th, value.en)


def encode_cache(catalog: Catalog) -> bytes:
    """The cache file of a parsed catalog: a header (format, SHA-256 of the catalog text and of
    the body) and the body, the catalog's values as marshalled tuples of str, int and bool."""
    dimensions = tuple(
        (
            d.code,
            _text(d.title),
            _text(d.description),
            tuple(
                (
                    s.code,
                    _text(s.title),
                    _text(s.description),
                    tuple(
                        (
                            b.code,
                            _text(b.title),
                            _text(b.description),
                            tuple(_text(item) for item in b.verification),
                            tuple(level.value for level in LEVELS if level in b.mandatory),
                            b.dimension_code,
                            b.standard_code,
                            b.personal_data,
                        )
                        for b in s.benchmarks
                    ),
                )
                for s in d.standards
            ),
        )
        for d in catalog.dimensions
    )
    body = marshal.dumps(
        (
            catalog.edition,
            catalog.version,
            catalog.status,
            _text(catalog.title),
            _text(catalog.note),
            tuple((level.value, percent) for level, percent in catalog.thresholds.items()),
            catalog.valid_from.isoformat() if catalog.valid_from else "",
            dimensions,
        ),
        _MARSHAL_VERSION,
    )
    return seal_cache(body, _MAGIC, catalog.sha256)


def decode_cache(data: bytes, text: str, sha: str) -> Catalog | None:
    """The catalog of ``text`` from a cache file, or None when the file is of another format,
    made from another text, damaged or not of the shape ``encode_cache`` writes."""
    body = unseal_cache(data, _MAGIC, sha)
    if body is None:
        return None
    try:
        return _catalog(marshal.loads(body), text, sha)
    except (EOFError, ValueError, TypeError, KeyError, IndexError, AttributeError):
        return None


def _str(value: Any) -> str:
    if type(value) is not str:
        raise TypeError("expected a string")
    return value


def _bilingual(value: Any) -> Text:
    th, en = value
    return Text(_str(th), _str(en))


def _catalog(values: Any, text: str, sha: str) -> Catalog:
    """The Catalog of the marshalled values; TypeError or ValueError when of another shape."""
    edition, version, status, title, note, thresholds, valid_from, raw_dimensions = values
    valid_from = _str(valid_from)
    dimensions = []
    for dcode, dtitle, ddescription, raw_standards in raw_dimensions:
        standards = []
        for scode, stitle, sdescription, raw_benchmarks in raw_standards:
            benchmarks = []
            for (
                bcode,
                btitle,
                bdescription,
                verification,
                mandatory,
                dimension_code,
                standard_code,
                personal_data,
            ) in raw_benchmarks:
                if type(personal_data) is not bool:
                    raise TypeError("expected true or false")
                benchmarks.append(
                    Benchmark(
                        code=_str(bcode),
                        title=_bilingual(btitle),
                        description=_bilingual(bdescription),
                        verification=tuple(_bilingual(item) for item in verification),
                        mandatory=frozenset(Level(_str(level)) for level in mandatory),
                        dimension_code=_str(dimension_code),
                        standard_code=_str(standard_code),
                        personal_data=personal_data,
                    )
                )
            standards.append(
                Standard(
                    _str(scode), _bilingual(stitle), _bilingual(sdescription), tuple(benchmarks)
                )
            )
        dimensions.append(
            Dimension(_str(dcode), _bilingual(dtitle), _bilingual(ddescription), tuple(standards))
        )
    percents: dict[Level, int] = {}
    for level, percent in thresholds:
        if type(percent) is not int:
            raise TypeError("expected a whole number")
        percents[Level(_str(level))] = percent
    return Catalog(
        edition=_str(edition),
        version=_str(version),
        status=_str(status),
        title=_bilingual(title),
        note=_bilingual(note),
        thresholds=percents,
        dimensions=tuple(dimensions),
        sha256=sha,
        source_text=text,
        valid_from=date.fromisoformat(valid_from) if valid_from else None,
    )
