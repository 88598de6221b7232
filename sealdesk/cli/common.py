"""Shared plumbing of the command line: options every subcommand takes, opening the
workspace, translated messages, and plain-or-JSON output."""

from __future__ import annotations

import argparse
import json
import locale
import os
import sys
from collections.abc import Iterable
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
    """Loads the compiled Thai catalog into QtCore (no GUI needed) for CLI messages."""
    global _translator, _language
    if lang != "th":
        return
    from PySide6.QtCore import QCoreApplication

    from sealdesk.translation import load_translator

    if QCoreApplication.instance() is None:
        QCoreApplication.setApplicationName("sealdesk")
        _app = QCoreApplication([sys.argv[0]])
        install_translator.app = _app  # type: ignore[attr-defined]  # keep it alive
    translator = load_translator("th")
    if translator is not None:
        QCoreApplication.installTranslator(translator)
        _translator = translator
        _language = "th"


def translate(context: str, text: str) -> str:
    """Translates a CLI string when a translator is installed; otherwise returns it.

    Called as ``translate("CLI", "literal")`` so that pyside6-lupdate extracts the string."""
    if _translator is None:
        return text
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(context, text)


def common_options() -> argparse.ArgumentParser:
    """Options every subcommand accepts (use as ``parents=[common_options()]``)."""
    parent = argparse.ArgumentParser(add_help=False)
    parent.add_argument(
        "--workspace",
        metavar="DIR",
        default=argparse.SUPPRESS,
        help="workspace folder (default: $SEALDESK_WORKSPACE or the user data folder)",
    )
    parent.add_argument(
        "--actor",
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
        "--round", type=int, metavar="YEAR_BE", help="assessment round (default: the latest)"
    )


def explicit_workspace_dir(args: argparse.Namespace) -> Path | None:
    """The folder given with --workspace or $SEALDESK_WORKSPACE, if any."""
    explicit = getattr(args, "workspace", None) or os.environ.get("SEALDESK_WORKSPACE")
    return Path(explicit).expanduser() if explicit else None


def workspace_dir(args: argparse.Namespace) -> Path:
    return explicit_workspace_dir(args) or default_workspace_dir()


def open_workspace(args: argparse.Namespace) -> Any:
    """Opens the workspace the options point at; the actor comes from --actor or the clerk."""
    from sealdesk.services.workspace import Workspace

    path = workspace_dir(args)
    if not path.exists():
        raise WorkspaceError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "There is no SealDesk workspace in {path}; create one with 'sealdesk init'.",
            ),
            path=str(path),
        )
    ws = Workspace.open(path)
    ws.actor = getattr(args, "actor", None) or ws.get_setting("clerk") or ws.actor
    return ws


def to_jsonable(value: Any) -> Any:
    if is_dataclass(value) and not isinstance(value, type):
        return {k: to_jsonable(v) for k, v in asdict(value).items()}
    if isinstance(value, dict):
        return {str(to_jsonable(k)): to_jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
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
        json.dump(to_jsonable(data), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        for line in lines:
            print(line)


def parse_date(value: str) -> date:
    """argparse type for YYYY-MM-DD (Common Era, as ISO dates are)."""
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(
            translate("CLI", "expected a date as YYYY-MM-DD, for example 2024-07-09")
        ) from None


_VISIBLE = {
    code: f"\\x{code:02x}"
    for code in (*range(0x00, 0x20), 0x7F, *range(0x80, 0xA0))
    if code != 0x09
} | {
    code: f"\\u{code:04x}"
    for code in (0x2028, 0x2029, *range(0x202A, 0x202F), *range(0x2066, 0x206A))
}


def printable(text: str) -> str:
    """``text`` safe for a terminal: control characters (ESC sequences included), line and
    paragraph separators and bidirectional overrides shown as escapes, never acted on. Use it on
    everything printed that comes from user data: catalog titles, file names, narratives."""
    return text.translate(_VISIBLE)
