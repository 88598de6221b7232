"""A command line that names a command builds the parser of that command's module alone (issue
13); it must parse, refuse and explain exactly as the full parser does."""

from __future__ import annotations

import argparse
import contextlib
import functools
import io

import pytest

from sealdesk.cli import COMMAND_MODULES, build_parser, command_modules, named_command
from tests.foundation.cli_fuzz_worker import leaves


def test_the_table_names_the_module_that_registers_each_command() -> None:
    registered: dict[str, str] = {}
    for module in command_modules():
        sub = argparse.ArgumentParser().add_subparsers()
        module.register(sub)
        registered |= dict.fromkeys(sub.choices, module.__name__.rsplit(".", 1)[-1])
    assert registered == COMMAND_MODULES


@pytest.mark.parametrize(
    ("argv", "command"),
    [
        (["score"], "score"),
        (["--workspace", "score", "check"], "check"),  # the value of --workspace is not it
        (["--lang", "th", "print", "filled"], "print"),
        (["-h", "score"], None),  # the top-level help lists every command
        (["--version"], None),
        (["--", "score"], None),
    ],
)
def test_the_named_command(argv: list[str], command: str | None) -> None:
    assert named_command(argv) == command


@functools.cache
def _parser(command: str | None) -> argparse.ArgumentParser:
    """One parser per command (and one full parser), reused for every command line: parsing
    changes no parser, and building the full one ~300 times was most of this test's time."""
    return build_parser(command=command)


def _outcome(argv: list[str], command: str | None) -> tuple[object, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            parsed: object = vars(_parser(command).parse_args(argv))
        except SystemExit as stop:
            parsed = ("exit", stop.code)
    return parsed, out.getvalue(), err.getvalue()


def _command_lines() -> list[list[str]]:
    lines = []
    for path, _parser in leaves(build_parser()):
        lines += [
            [*path],
            [*path, "--help"],
            [*path, "--no-such-option"],
            ["--workspace", "w", *path, "x", "y", "z"],
        ]
    return lines


def test_every_command_line_parses_as_with_the_full_parser() -> None:
    lines = _command_lines()
    assert len(lines) >= 4 * 29
    for argv in lines:
        command = named_command(argv)
        assert command in COMMAND_MODULES
        assert _outcome(argv, command) == _outcome(argv, None), argv
