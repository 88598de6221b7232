"""The ``sealdesk`` command line. Plain ``sealdesk`` opens the desktop app: the composition root
(sealdesk.app) passes the functions that start it and the self-check.

The subcommand modules are imported only when the command line names a command (or asks for
``--help``): opening the app and ``--version`` parse with the top-level options alone."""

from __future__ import annotations

import argparse
import sys
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path

from sealdesk import __version__
from sealdesk.cli import common
from sealdesk.cli.common import (
    ArgumentParser,
    cli_language,
    collector_paused,
    common_options,
    explicit_workspace_dir,
    install_translator,
    printable,
    translate,
    workspace_dir,
)
from sealdesk.errors import SealDeskError

EXIT_UNEXPECTED = 70

OPTIONS_WITH_VALUE = frozenset({"--workspace", "--actor", "--lang"})
"""The top-level options that take the next argument as their value (see common_options)."""


COMMAND_MODULES: dict[str, str] = {
    **dict.fromkeys(
        ("init", "round", "catalog", "assess", "evidence", "score", "check", "backup", "restore",
         "audit"),
        "commands",
    ),
    **dict.fromkeys(("key", "export", "verify"), "bundle_cmd"),
    "preflight": "preflight_cmd",
    "print": "print_cmd",
    "inbox": "inbox_cmd",
    "office": "office_cmd",
    "trust": "trust_cmd",
    "feedback": "review_cmd",
    "receipt": "trust_cmd",
    "purge": "personal_cmd",
}  # fmt: skip
"""The module of sealdesk.cli that registers each command (tests/foundation/test_cli_lazy.py
checks it against what the modules register): a command line naming one of these builds the
parser of that module alone (about 25 ms of CPU less than all seven for ``score``)."""


def command_modules(command: str | None = None) -> tuple:  # type: ignore[type-arg]
    """Subcommand modules, each with register(subparsers); the foundation's first. With a
    ``command`` from COMMAND_MODULES, only the module that registers it."""
    if command in COMMAND_MODULES:
        import importlib

        return (importlib.import_module(f"sealdesk.cli.{COMMAND_MODULES[command]}"),)
    from sealdesk.cli import (
        bundle_cmd,
        commands,
        inbox_cmd,
        office_cmd,
        personal_cmd,
        preflight_cmd,
        print_cmd,
        review_cmd,
        trust_cmd,
    )

    return (
        commands,
        bundle_cmd,
        preflight_cmd,
        print_cmd,
        inbox_cmd,
        office_cmd,
        trust_cmd,
        review_cmd,
        personal_cmd,
    )


def names_a_command(argv: Sequence[str]) -> bool:
    """Does the command line name a subcommand or ask for help? Anything not plainly an option
    counts, so an unusual command line gets the full parser and its messages."""
    values = iter(argv)
    for arg in values:
        if arg in ("-h", "--help") or not arg.startswith("-") or arg == "--":
            return True
        if arg in OPTIONS_WITH_VALUE:
            next(values, None)
    return False


def named_command(argv: Sequence[str]) -> str | None:
    """The command the command line names, when it names one before any help option (the
    top-level help lists every command); None otherwise."""
    values = iter(argv)
    for arg in values:
        if arg in ("-h", "--help") or arg == "--":
            return None
        if not arg.startswith("-"):
            return arg
        if arg in OPTIONS_WITH_VALUE:
            next(values, None)
    return None


def build_parser(with_commands: bool = True, command: str | None = None) -> argparse.ArgumentParser:
    """The parser; with ``command`` (a name from COMMAND_MODULES), only that command's module's
    commands are registered, which parses that command line exactly as the full parser does."""
    parser = ArgumentParser(
        prog="sealdesk",
        description="SealDesk: the Gender Equality Seal self-assessment of a district office.",
        parents=[common_options()],
    )
    parser.add_argument("--version", action="version", version=f"SealDesk {__version__}")
    parser.add_argument(
        "--self-check", action="store_true", help="check that the installed app is complete"
    )
    if not with_commands:
        parser.set_defaults(command=None)
        return parser
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in command_modules(command):
        module.register(sub)
    return parser


RunGui = Callable[[Path | None, str | None], int]
"""Starts the desktop app on a workspace folder (None: the last one used) in a language."""


def main(
    argv: Sequence[str] | None = None,
    run_gui: RunGui | None = None,
    self_check: Callable[[], int] | None = None,
) -> int:
    # The program itself (not a caller in its process, such as the tests) pauses the collector
    # while a command starts: see common.collector_paused. The app starts as it always did.
    own_process = argv is None
    argv = list(sys.argv[1:] if argv is None else argv)
    with_commands = names_a_command(argv)
    common.pause_when_starting = own_process and with_commands
    with collector_paused():
        parser = build_parser(with_commands=with_commands, command=named_command(argv))
        args = parser.parse_args(argv)
    if args.command is None:
        # The desktop app and the self-check make their own QApplication and translators; the
        # console-only QCoreApplication made for CLI messages must not exist before them.
        start = self_check if args.self_check else run_gui
        if start is None:  # the CLI used on its own, without the app around it
            parser.print_help()
            return 2
        if args.self_check:
            return start()  # type: ignore[call-arg]
        return start(explicit_workspace_dir(args), getattr(args, "lang", None))  # type: ignore[call-arg]
    lang = cli_language(getattr(args, "lang", None))
    with collector_paused():
        install_translator(lang)
    try:
        return int(args.run(args))
    except SealDeskError as error:
        message = error.render(translate)
        print("\n".join(printable(line) for line in message.split("\n")), file=sys.stderr)
        return error.exit_code
    except BrokenPipeError:
        # The reader went away (``sealdesk audit | head``): not an error of ours.
        sys.stderr.close()
        return 0
    except KeyboardInterrupt:
        print(translate("CLI", "Stopped; nothing half-done was kept."), file=sys.stderr)
        return 130
    except Exception:
        log = _log_unexpected(args)
        print(
            translate(
                "CLI",
                "Something unexpected went wrong; nothing was lost. Details were written to {log}.",
            ).format(log=log),
            file=sys.stderr,
        )
        return EXIT_UNEXPECTED


def _log_unexpected(args: argparse.Namespace) -> str:
    """Appends the traceback to the workspace's log, or to the user log folder."""
    try:
        folder = workspace_dir(args) / "logs"
        usable = folder.parent.is_dir()
    except (OSError, RuntimeError, ValueError):
        usable = False
    if not usable:
        from platformdirs import user_log_dir

        folder = Path(user_log_dir("SealDesk", appauthor=False))
    try:
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / "sealdesk.log"
        with open(path, "a", encoding="utf-8") as log:
            log.write(traceback.format_exc())
        return str(path)
    except OSError:
        traceback.print_exc()
        return "stderr"
