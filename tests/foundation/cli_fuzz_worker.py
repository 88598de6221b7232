"""Runs the real CLI in-process on hostile values for EVERY command and EVERY value it takes
(issue 11, part H4); used by test_cli_fuzz.py in a child process (memory-limited, in its own
session so that no prompt can reach a terminal).

The commands, their options and their value types are read from the argparse parser itself
(``build_parser()``), so a new command or option is covered without touching this file. For each
value-taking argument, every hostile value of its kind is tried (huge, negative, nan/inf, empty,
not UTF-8, control characters, a FIFO, /dev/zero, a folder, a missing file...), the others
being sensible. One JSON line per case: the argv, the exit code and whether a traceback was
printed.

    python cli_fuzz_worker.py FOLDER SEED [VALUES_PER_ARGUMENT]
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import random
import resource
import signal
import sys
import threading
import zipfile
from collections.abc import Iterator
from pathlib import Path

PASSPHRASE = "correct horse battery staple"
NOT_UTF8 = os.fsdecode(b"\xff\xfe\x80")

NUMBERS = ["9" * 20, "-5", "0", "-0", "1e308", "nan", "inf", "-inf", "0x10", "1_000", "๒๕๖๙",
           "2569.5", "-2569", "99999", "2026"]  # fmt: skip
TEXTS = ["", " ", NOT_UTF8, "\x1b[31mred\x1b[0m", "a\nb", "a\x00b", "a\u2028b\u202e", "ก" * 20_000,
         "-", "--", "..", "*", "%s{0}{name}"]  # fmt: skip
DATES = ["2569-01-15", "9999-12-31", "0001-01-01", "2024-02-30", "2024-13-01", "20240709",
         "9/7/2567", "2024-07-09T10:00"]  # fmt: skip

FILE_SIZE_LIMIT = 64 << 20

OUTPUTS = {("backup", "file"), ("key export", "file"), ("export", "out")}
"""Arguments naming a file to write, besides every print command's --out."""


def leaves(parser: argparse.ArgumentParser, path: tuple[str, ...] = ()) -> Iterator[
    tuple[tuple[str, ...], argparse.ArgumentParser]
]:  # fmt: skip
    subs = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    if not subs:
        yield path, parser
        return
    for action in subs:
        for name, child in action.choices.items():
            yield from leaves(child, (*path, name))


def value_actions(parser: argparse.ArgumentParser) -> list[argparse.Action]:
    return [
        a for a in parser._actions if a.nargs != 0 and not isinstance(a, argparse._SubParsersAction)
    ]


class Fixture:
    """The real files the cases point at: a workspace with evidence and a key, and hostile
    files (a FIFO fed EOF by a thread so a naive reader cannot hang, a folder, empty...)."""

    def __init__(self, root: Path) -> None:
        from sealdesk.bundle import keys as bundle_keys
        from sealdesk.services import keys
        from sealdesk.services.workspace import Workspace

        self.root = root
        self.ws = root / "ws"
        with Workspace.create(self.ws, "1001", 2569, actor="fuzz") as ws:
            doc = root / "plan.pdf"
            doc.write_bytes(b"%PDF-1.4 plan")
            self.sha = ws.add_evidence(doc, benchmarks=["1.1.1"]).evidence.sha256
            # Fast scrypt parameters: the cases unlock the key hundreds of times.
            bundle_keys.create_key(
                self.ws / "keys", PASSPHRASE, kdf=bundle_keys.KdfParams(2**14, 8, 1)
            )
            keys.export_public(ws, root / "district.pub")
        self.doc = doc
        self.passphrase = root / "passphrase.txt"
        self.passphrase.write_text(PASSPHRASE + "\n", "utf-8")
        self.catalog = root / "catalog.toml"
        from sealdesk.resources import default_catalog_path

        self.catalog.write_bytes(default_catalog_path().read_bytes())
        self.zip = root / "some.zip"
        with zipfile.ZipFile(self.zip, "w") as z:
            z.writestr("x/bagit.txt", "BagIt-Version: 1.0\n")
        self.folder = root / "a-folder"
        self.folder.mkdir()
        self.empty = root / "empty.pdf"
        self.empty.write_bytes(b"")
        self.garbage = root / "garbage.bin"
        self.garbage.write_bytes(bytes(range(256)) * 64)
        self.fifo = root / "a.fifo"
        os.mkfifo(self.fifo)
        self.stop = threading.Event()
        threading.Thread(target=self._feed_fifo, daemon=True).start()
        self.counter = 0

    def _feed_fifo(self) -> None:
        """The FIFO behaves as an empty file to a reader and as a sink to a writer, so that a
        naive reader or writer cannot hang this worker (refusing FIFOs is fsutil's job; the
        test here is the exit code)."""
        sink = os.open(self.fifo, os.O_RDONLY | os.O_NONBLOCK)
        while not self.stop.wait(0.005):
            try:
                while os.read(sink, 1 << 16):
                    pass
            except BlockingIOError:
                pass
            try:
                os.close(os.open(self.fifo, os.O_WRONLY | os.O_NONBLOCK))
            except OSError:
                pass

    def fresh(self, suffix: str = "") -> Path:
        self.counter += 1
        return self.root / f"new-{self.counter}{suffix}"

    def hostile_paths(self, output: bool) -> list[str]:
        common = [
            str(self.fifo), str(self.folder), str(self.root / "missing.pdf"), str(self.empty),
            str(self.garbage), str(self.root / "no" / "such" / "folder" / "x"),
            str(self.ws / "sealdesk.db"), str(self.ws), str(self.root / NOT_UTF8),
            str(self.doc), "", " ", "~nobody-here/x", "a\nb", str(self.root / ("ก" * 300)),
            "/" + "a/" * 3000,
        ]  # fmt: skip
        if output:  # never a device: an unguarded writer would replace it on this machine
            return common
        return [*common, "/dev/zero", "/dev/null", "/proc/self/mem", "/"]

    def sensible(self, command: str, action: argparse.Action) -> list[str]:
        dest = action.dest
        if dest == "workspace":
            return [str(self.fresh())] if command == "init" else [str(self.ws)]
        if dest in ("passphrase_file", "new_passphrase_file"):
            return [str(self.passphrase)]
        if dest == "district":
            return ["1001"]
        if dest in ("round", "year"):
            return ["2570"] if command == "round add" else ["2569"]
        if dest in ("catalog",) or (command == "catalog import" and dest == "file"):
            return [str(self.catalog)]
        if dest == "files":
            return [str(self.doc)]
        if dest in ("benchmark", "code"):
            return ["1.1.1"]
        if dest == "sha256_prefix":
            return [self.sha[:8]]
        if dest == "out":
            return [str(self.fresh(".pdf" if command.startswith("print") else ".zip"))]
        if (command, dest) in OUTPUTS:
            return [str(self.fresh(".zip"))]
        if command == "restore" and dest == "file":
            return [str(self.zip)]
        if dest in ("file", "bundle"):
            return [str(self.zip)]
        if dest in ("trust", "public_key"):
            return [str(self.root / "district.pub")]
        if dest == "folder":
            return [str(self.folder)]
        if dest == "settle":
            return ["0.2"]
        if dest == "limit":
            return ["3"]
        if action.choices:
            return [str(next(iter(action.choices)))]
        return ["x"]

    def hostile(self, command: str, action: argparse.Action) -> list[str]:
        kind = getattr(action.type, "__name__", "")
        if action.dest in ("lang", "status"):
            return ["", "xx", NOT_UTF8]
        if kind in ("path_arg", "folder_arg", "Path"):
            output = action.dest == "out" or (command, action.dest) in OUTPUTS
            return self.hostile_paths(output) + NUMBERS[:3]
        if kind == "parse_date":
            return DATES + NUMBERS[:4] + TEXTS[:4]
        if kind in ("round_year", "whole number", "seconds", "int", "float"):
            return NUMBERS + TEXTS[:4]
        return TEXTS + NUMBERS[:3]


def cases(
    fix: Fixture, rng: random.Random, per_argument: int
) -> Iterator[tuple[str, str, list[str]]]:
    """(command, the argument made hostile, argv) for every command and value-taking argument."""
    from sealdesk.cli import build_parser

    for path, parser in leaves(build_parser()):
        command = " ".join(path)
        actions = value_actions(parser)
        for target in actions:
            values = fix.hostile(command, target)
            for value in rng.sample(values, min(per_argument, len(values))):
                options: list[str] = []
                positionals: list[str] = []
                for action in actions:
                    if action is target:
                        chosen = value
                    elif action.required or action.dest in (
                        "workspace", "passphrase_file", "new_passphrase_file"
                    ):  # fmt: skip
                        chosen = fix.sensible(command, action)[0]
                    elif rng.random() < 0.3:  # now and then, other options set sensibly too
                        chosen = fix.sensible(command, action)[0]
                    else:
                        continue
                    if action.option_strings:
                        options.append(f"{action.option_strings[0]}={chosen}")
                    else:
                        positionals.append(chosen)
                if command == "inbox watch":
                    options.append("--once")  # the watcher itself runs until Ctrl+C
                yield command, target.dest, [*path, *options, "--", *positionals]


def main(folder: str, seed: str, per_argument: str = "1000") -> int:
    # Bounded by the machine, not by a clock: no file this process writes may pass 64 MiB (a
    # copy of /dev/zero by a reader without a size bound fails instead of filling the disk).
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (FILE_SIZE_LIMIT, FILE_SIZE_LIMIT))
    os.environ["SEALDESK_LANG"] = "en"
    os.environ.pop("SEALDESK_WORKSPACE", None)
    os.chdir(folder)
    from sealdesk.cli import main as cli

    fix = Fixture(Path(folder))
    rng = random.Random(int(seed))
    report = sys.stdout
    for command, target, argv in cases(fix, rng, int(per_argument)):
        out, err = io.StringIO(), io.StringIO()
        sys.stdin = io.StringIO("")  # a prompt reads end-of-file, never a terminal
        report.write(json.dumps({"start": argv}) + "\n")
        report.flush()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                code: object = cli(argv)
            except SystemExit as stop:
                code = stop.code
            except BaseException as error:  # what escaped main is the finding
                code = f"escaped: {type(error).__name__}"
        text = err.getvalue()
        report.write(
            json.dumps(
                {
                    "command": command,
                    "target": target,
                    "argv": argv,
                    "code": code,
                    "traceback": "Traceback" in text or "Traceback" in out.getvalue(),
                    "stderr": text[-400:],
                }
            )
            + "\n"
        )
        report.flush()
    fix.stop.set()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(*sys.argv[1:]))
