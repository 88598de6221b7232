"""A catalog written back as TOML in the layout of docs/catalog-format.md.

The catalog's shape is fixed and small (tables, arrays of tables, strings, whole numbers, one
date), so this writer is a page of code rather than a new dependency (tomli_w is not one of
SealDesk's; it would buy nothing here). Every string is written as a TOML basic string with
the escapes TOML defines, so any text (quotes, backslashes, line breaks, control characters)
comes back from ``tomllib`` exactly; ``catalog_toml`` is checked by parsing its own output
(the tests compare the domain objects both ways).
"""

from __future__ import annotations

from sealdesk.domain.catalog import DEFAULT_THRESHOLDS, Catalog
from sealdesk.domain.status import LEVELS
from sealdesk.domain.text import Text

_ESCAPES = {
    '"': '\\"',
    "\\": "\\\\",
    "\b": "\\b",
    "\t": "\\t",
    "\n": "\\n",
    "\f": "\\f",
    "\r": "\\r",
}


def toml_string(value: str) -> str:
    """``value`` as a TOML basic string (one line, every control character escaped)."""
    out = []
    for ch in value:
        if ch in _ESCAPES:
            out.append(_ESCAPES[ch])
        elif ord(ch) < 0x20 or ord(ch) == 0x7F:
            out.append(f"\\u{ord(ch):04X}")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def _text(value: Text) -> str:
    return f"{{ th = {toml_string(value.th)}, en = {toml_string(value.en)} }}"


def catalog_toml(catalog: Catalog) -> str:
    """The TOML text of ``catalog`` (its own ``source_text`` is not used)."""
    head = catalog
    lines = [
        "# Written by SealDesk from a catalog workbook (docs/catalog-format.md).",
        "[catalog]",
        f"edition = {toml_string(head.edition)}",
        f"version = {toml_string(head.version)}",
        f"status = {toml_string(head.status)}",
        f"title = {_text(head.title)}",
    ]
    if head.note.th or head.note.en:
        lines.append(f"note = {_text(head.note)}")
    if head.valid_from is not None:
        lines.append(f"valid_from = {head.valid_from.isoformat()}")
    if head.thresholds != DEFAULT_THRESHOLDS:
        parts = ", ".join(f"{level.value} = {head.thresholds[level]}" for level in LEVELS)
        lines.append(f"thresholds = {{ {parts} }}")
    for dimension in catalog.dimensions:
        lines += ["", "[[dimension]]", f"code = {toml_string(dimension.code)}"]
        lines.append(f"title = {_text(dimension.title)}")
        if dimension.description.th or dimension.description.en:
            lines.append(f"description = {_text(dimension.description)}")
        for standard in dimension.standards:
            lines += ["", "[[dimension.standard]]", f"code = {toml_string(standard.code)}"]
            lines.append(f"title = {_text(standard.title)}")
            if standard.description.th or standard.description.en:
                lines.append(f"description = {_text(standard.description)}")
            for bm in standard.benchmarks:
                lines += ["", "[[dimension.standard.benchmark]]", f"code = {toml_string(bm.code)}"]
                lines.append(f"title = {_text(bm.title)}")
                lines.append(f"description = {_text(bm.description)}")
                lines.append("verification = [")
                lines += [f"  {_text(item)}," for item in bm.verification]
                lines.append("]")
                levels = ", ".join(f'"{lv.value}"' for lv in LEVELS if lv in bm.mandatory)
                lines.append(f"mandatory = [{levels}]")
    return "\n".join(lines) + "\n"
