"""Shared plumbing of the command line: options every subcommand takes, opening the
workspace, translated messages, and plain-or-JSON output."""

from __future__ import annotations

import argparse
import errno
import gc
import json
import locale
import math
import os
import re
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, is_dataclass
from datetime import date, datetime
from enum import Enum
from fractions import Fraction
from pathlib import Path
from typing import Any

from sealdesk.errors import QT_TRANSLATE_NOOP, WorkspaceError
from sealdesk.resources import default_workspace_dir

_translator: Any = None
_language = "en"

pause_when_starting = False
"""Set by ``cli.main``: True when it runs as the program itself (``sealdesk ...``), False for a
caller in the same process (the tests, a script calling ``main``)."""


@contextmanager
def collector_paused() -> Iterator[None]:
    """Runs a step of a command's start (parsing, the imports of SQLAlchemy, the models and the
    services, opening the workspace) with Python's cyclic garbage collector paused: that start
    builds a large heap that lives until the process ends and frees almost nothing, and every
    full collection while it grows rescans all of it (about a fifth of a read-only command's CPU
    time). After the step what it built is moved out of the collector's sight (``gc.freeze``)
    and the collector runs again for what the command itself makes and drops, so a long
    command or a large print keeps its memory in check. Only in the program itself
    (``pause_when_starting``): a caller's process keeps its collector as it is."""
    if not pause_when_starting or not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        gc.enable()


def current_language() -> str:
    """The language CLI output is in: "th" or "en"."""
    return _language


def cli_language(explicit: str | None = None) -> str:
    """Thai when asked for, or when the system locale is Thai; English otherwise."""
    choice = explicit or os.environ.get("SEALDESK_LANG")
    if choice in ("th", "en"):
        return choice
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name)
        if value:
            return "th" if value.lower().startswith("th") else "en"
    try:
        current = locale.getlocale()[0] or ""
    except ValueError:
        current = ""
    return "th" if current.lower().startswith("th") else "en"


def install_translator(lang: str) -> None:
    """Sets the language of CLI messages; Thai comes from the compiled Thai catalog, read in
    pure Python (sealdesk.translation.catalog): a command line process never loads Qt.

    Each call sets the language afresh: a second ``main()`` in the same process (as tests and
    scripts do) never inherits the previous call's Thai. Without a Thai catalog (a source
    checkout before ``make translations``) messages stay in English."""
    global _translator, _language
    _translator, _language = None, "en"
    if lang != "th":
        return
    from sealdesk.translation import QmCatalogError, catalog

    try:
        _translator, _language = catalog("th"), "th"
    except QmCatalogError:
        pass


def qt_translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``QCoreApplication.translate``'s answer in the CLI's language, without Qt: the shape
    domain sentences and errors expect of ``translate``. With ``n >= 0``, ``%n`` is filled in."""
    if n >= 0:
        return translate_n(context, text, n)
    if _translator is None:
        return text
    return _translator.translate(context, text, disambiguation) or text


def translate_n(context: str, text: str, n: int) -> str:
    """A plural message (``%n``, ``numerus="yes"`` in the .ts files) in the CLI's language, the
    form picked for ``n`` (English forms from sealdesk_en.ts when no Thai is installed).
    pyside6-lupdate only marks a message plural when it sees a call with a literal number, so
    the module using it keeps such a call in a never-run ``_lupdate_marks`` function."""
    from sealdesk.translation import QmCatalogError, translate_to

    if _translator is not None:
        found = _translator.translate(context, text, None, n) or text
    else:
        try:
            found = translate_to("en", context, text, n)
        except QmCatalogError:  # the English catalog is not built (a source checkout)
            found = text
    return found.replace("%n", str(n))


def translate(context: str, text: str) -> str:
    """Translates a CLI string when Thai is installed; otherwise returns it.

    Called as ``translate("CLI", "literal")`` so that pyside6-lupdate extracts the string."""
    if _translator is None:
        return text
    return _translator.translate(context, text) or text


class ArgumentParser(argparse.ArgumentParser):
    """argparse's parser, but ``--note=--`` gives the text "--": Python's parser drops a "--"
    given as an option's value and hands the command an empty list instead of a string."""

    def _get_values(self, action: argparse.Action, arg_strings: list[str]) -> Any:
        if action.option_strings and action.nargs is None and arg_strings == ["--"]:
            value = self._get_value(action, "--")
            self._check_value(action, value)
            return value
        return super()._get_values(action, arg_strings)


def common_options() -> argparse.ArgumentParser:
    """Options every subcommand accepts (use as ``parents=[common_options()]``)."""
    parent = ArgumentParser(add_help=False)
    parent.add_argument(
        "--workspace",
        type=path_arg,
        metavar="DIR",
        default=argparse.SUPPRESS,
        help="workspace folder (default: $SEALDESK_WORKSPACE or the user data folder)",
    )
    parent.add_argument(
        "--actor",
        type=name_arg,
        metavar="NAME",
        default=argparse.SUPPRESS,
        help="who is making the change, for the audit log (default: the workspace's clerk)",
    )
    parent.add_argument(
        "--lang", choices=("th", "en"), default=argparse.SUPPRESS, help="language of messages"
    )
    return parent


def json_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print machine-readable JSON")


def round_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--round",
        type=round_year,
        metavar="YEAR_BE",
        help="assessment round (default: the latest)",
    )


def explicit_workspace_dir(args: argparse.Namespace) -> Path | None:
    """The folder given with --workspace or $SEALDESK_WORKSPACE, if any."""
    explicit = getattr(args, "workspace", None) or os.environ.get("SEALDESK_WORKSPACE")
    if not explicit:
        return None
    try:
        return Path(explicit).expanduser()
    except RuntimeError:  # "~someone" with no such user: the folder as written
        return Path(explicit)


def workspace_dir(args: argparse.Namespace) -> Path:
    return explicit_workspace_dir(args) or default_workspace_dir()


def open_workspace(args: argparse.Namespace) -> Any:
    """Opens the workspace the options point at; the actor comes from --actor or the clerk."""
    path = workspace_dir(args)
    if not path.exists():
        raise WorkspaceError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "There is no SealDesk workspace in {path}; create one with 'sealdesk init'.",
            ),
            path=str(path),
        )
    with collector_paused():
        from sealdesk.services.workspace import Workspace

        ws = Workspace.open(path)
    # One mechanism for both kinds: a parser says which kind of workspace its commands are for
    # (``set_defaults(workspace_kind=...)``: "district" unless said, "office", or "any").
    kind = getattr(args, "workspace_kind", "district")
    if kind != "any" and ws.is_office != (kind == "office"):
        from sealdesk.services.office import district_only, office_only

        ws.close()
        raise district_only() if ws.is_office else office_only()
    ws.actor = getattr(args, "actor", None) or ws.get_setting("clerk") or ws.actor
    return ws


def in_order(items: set[Any] | frozenset[Any]) -> list[Any]:
    """A set's members in an order that is the same in every process (a set's own order follows
    the process's string hashing): enum members in their enum's order (levels bronze, silver,
    gold, as the plain output lists them), anything else sorted."""
    members = list(items)
    if all(isinstance(m, Enum) for m in members):
        return sorted(
            members, key=lambda m: (type(m).__name__, type(m)._member_names_.index(m.name))
        )
    try:
        return sorted(members)
    except TypeError:  # members without an order between them: as they come
        return members


def to_jsonable(value: Any) -> Any:
    if is_dataclass(value) and not isinstance(value, type):
        return {k: to_jsonable(v) for k, v in asdict(value).items()}
    if isinstance(value, dict):
        return {str(to_jsonable(k)): to_jsonable(v) for k, v in value.items()}
    if isinstance(value, (set, frozenset)):
        return [to_jsonable(v) for v in in_order(value)]
    if isinstance(value, (list, tuple)):
        return [to_jsonable(v) for v in value]
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, Fraction):
        return float(value)
    if isinstance(value, Path):
        return str(value)
    return value


def emit(args: argparse.Namespace, data: Any, lines: Iterable[str]) -> None:
    """Prints ``data`` as JSON with --json, else the human lines."""
    if getattr(args, "json", False):
        text = json.dumps(to_jsonable(data), ensure_ascii=False, indent=2)
        if encodable(text) != text:  # a file name with bytes that are not UTF-8: escape them
            text = json.dumps(to_jsonable(data), ensure_ascii=True, indent=2)
        sys.stdout.write(text + "\n")
    else:
        for line in lines:
            print(encodable(line))


# --- argparse types ----------------------------------------------------------------------------
# Every value a command takes goes through one of these, so that a value no command can use is
# refused by the parser (one translated sentence, exit 2) before anything runs, never deep inside
# a command as "something unexpected" (exit 70), and never silently accepted.

_WHOLE_NUMBER = re.compile(r"[+-]?\d{1,18}")
"""A whole number short enough for SQLite's 64-bit integers (Thai digits allowed)."""
_NUMBER = re.compile(r"[+-]?(\d{1,15}(\.\d{0,9})?|\.\d{1,9})")
"""A plain decimal number: no exponent, no nan/inf, a bounded number of digits."""
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")

NAME_MAX = 200
"""The longest name, code or other one-line value a command takes (characters)."""


def _bad(message: str) -> argparse.ArgumentTypeError:
    return argparse.ArgumentTypeError(message)


def _utf8(value: str) -> str:
    """Refuses text holding bytes that are not UTF-8 (Python gives them as lone surrogates)."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise _bad(
            translate("CLI", "the text has bytes that are not UTF-8; type it again as UTF-8 text")
        ) from None
    return value


def text_arg(value: str) -> str:
    """argparse type for free text (a narrative, a justification, a description): UTF-8."""
    return _utf8(value)


def name_arg(value: str) -> str:
    """argparse type for a one-line value (a name, a benchmark code, a hash prefix): UTF-8, no
    control characters, at most NAME_MAX characters."""
    _utf8(value)
    if any(ch in _VISIBLE for ch in map(ord, value)):
        raise _bad(translate("CLI", "the value contains control characters or line breaks"))
    if len(value) > NAME_MAX:
        raise _bad(
            translate("CLI", "the value is too long (at most {limit} characters)").format(
                limit=NAME_MAX
            )
        )
    return value


def bounded_int(low: int, high: int) -> Any:
    """argparse type for a whole number from ``low`` to ``high``."""

    def parse(value: str) -> int:
        text = value.strip()
        number = int(text) if _WHOLE_NUMBER.fullmatch(text) else None
        if number is None or not low <= number <= high:
            raise _bad(
                translate("CLI", "expected a whole number from {low} to {high}").format(
                    low=low, high=high
                )
            )
        return number

    parse.__name__ = "whole number"
    return parse


def round_year(value: str) -> int:
    """argparse type for an assessment round: a Buddhist-Era year (thaidate's bounds)."""
    from sealdesk.domain.thaidate import ROUND_YEAR_MAX_BE, ROUND_YEAR_MIN_BE, current_round_be

    text = value.strip()
    year = int(text) if _WHOLE_NUMBER.fullmatch(text) else None
    if year is None or not ROUND_YEAR_MIN_BE <= year <= ROUND_YEAR_MAX_BE:
        raise _bad(
            translate(
                "CLI", "expected a Buddhist-Era year from {low} to {high}, for example {example}"
            ).format(low=ROUND_YEAR_MIN_BE, high=ROUND_YEAR_MAX_BE, example=current_round_be())
        )
    return year


def seconds(low: float, high: float) -> Any:
    """argparse type for a finite number of seconds from ``low`` to ``high``."""

    def parse(value: str) -> float:
        text = value.strip()
        number = float(text) if _NUMBER.fullmatch(text) else math.nan
        if not (math.isfinite(number) and low <= number <= high):
            raise _bad(
                translate("CLI", "expected a number of seconds from {low} to {high}").format(
                    low=f"{low:g}", high=f"{high:g}"
                )
            )
        return number

    parse.__name__ = "seconds"
    return parse


def parse_date(value: str) -> date:
    """argparse type for YYYY-MM-DD (Common Era, as ISO dates are), within the years a document
    date can sensibly have (thaidate.check_document_date): a Buddhist-Era year typed by mistake
    (2569-01-15) is refused with the Gregorian date to type instead."""
    from sealdesk.domain.thaidate import check_document_date
    from sealdesk.errors import InputError

    text = value.strip()
    try:
        if not _ISO_DATE.fullmatch(text):
            raise ValueError(text)
        parsed = date.fromisoformat(text)
    except ValueError:
        raise _bad(
            translate("CLI", "expected a date as YYYY-MM-DD, for example 2024-07-09")
        ) from None
    try:
        check_document_date(parsed)
    except InputError as error:
        raise _bad(error.render(translate)) from None
    return parsed


def path_arg(value: str) -> Path:
    """argparse type for a file or folder name: not empty (an empty name would mean the current
    folder, or for --workspace the default workspace). Whether the file may be read or written
    is checked where it is opened (sealdesk.fsutil)."""
    if not value.strip():
        raise _bad(translate("CLI", "expected a file or folder name, not empty text"))
    path = _expand_user(Path(value), value)
    try:
        os.stat(path)
    except OSError as error:
        if error.errno == errno.ENAMETOOLONG:
            raise _bad(
                translate("CLI", "the name is too long for the file system ({reason})").format(
                    reason=error.strerror
                )
            ) from None
    except ValueError:  # a NUL character (not in argv, but in a value given another way)
        raise _bad(
            translate("CLI", "the value contains control characters or line breaks")
        ) from None
    return path


def _expand_user(path: Path, value: str) -> Path:
    """``~`` and ``~user`` expanded; an unknown user or no home folder is a sentence."""
    try:
        return path.expanduser()
    except RuntimeError:
        raise _bad(
            translate("CLI", "{path}: the home folder it names cannot be found").format(
                path=printable(value)
            )
        ) from None


def folder_arg(value: str) -> Path:
    """argparse type for a folder: a name that, if it exists, is a folder (not a file)."""
    path = path_arg(value)
    if path.exists() and not path.is_dir():
        raise _bad(translate("CLI", "{path} is not a folder").format(path=printable(value)))
    return path


_VISIBLE = {
    code: f"\\x{code:02x}"
    for code in (*range(0x00, 0x20), 0x7F, *range(0x80, 0xA0))
    if code != 0x09
} | {
    code: f"\\u{code:04x}"
    for code in (0x2028, 0x2029, *range(0x202A, 0x202F), *range(0x2066, 0x206A))
}
# A byte that is not UTF-8 in a file name or an argument arrives as a lone surrogate (Python's
# surrogate escape): shown as the byte, so that printing it can never fail on a UTF-8 terminal.
_SURROGATES = {code: f"\\u{code:04x}" for code in range(0xD800, 0xE000)} | {
    code: f"\\x{code - 0xDC00:02x}" for code in range(0xDC80, 0xDD00)
}


def encodable(text: str) -> str:
    """``text`` with lone surrogates (bytes that were not UTF-8) shown as escapes, so that it can
    be written to any UTF-8 stream; everything else unchanged."""
    return text.translate(_SURROGATES)


def printable(text: str) -> str:
    """``text`` safe for a terminal: control characters (ESC sequences included), line and
    paragraph separators and bidirectional overrides shown as escapes, never acted on. Use it on
    everything printed that comes from user data: catalog titles, file names, narratives."""
    return text.translate(_VISIBLE).translate(_SURROGATES)
