"""`sealdesk preflight`: is the round ready to submit? The pre-flight list on its own, and the
printing of findings that `sealdesk export` shares.

Exit codes: 0 nothing blocks an export (warnings may be listed), 40 a blocker was found.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from sealdesk.cli.common import (
    common_options,
    current_language,
    emit,
    json_option,
    open_workspace,
    printable,
    qt_translate,
    round_option,
    translate,
)
from sealdesk.domain.status import LEVELS, Level
from sealdesk.errors import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from sealdesk.domain.preflight import Finding, Preflight

BLOCKERS = QT_TRANSLATE_NOOP("CLI", "Blockers (the bundle cannot be written):")
WARNINGS = QT_TRANSLATE_NOOP("CLI", "Warnings:")


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "preflight",
        parents=[common_options()],
        help="list what stops or weakens an export of the round (ready to submit?)",
    )
    p.add_argument(
        "--level",
        choices=[level.value for level in LEVELS],
        help="the level aimed at (default: the workspace's target level)",
    )
    json_option(p)
    round_option(p)
    p.set_defaults(run=cmd_preflight)


def render(finding: Finding) -> str:
    """A finding in the CLI's language (English, singular and plural right, without Qt)."""
    if current_language() == "en":
        return printable(finding.english())
    return printable(finding.render(qt_translate))


def print_findings(title: str, findings: Sequence[Finding]) -> None:
    if not findings:
        return
    print(translate("CLI", title), file=sys.stderr)
    for f in findings:
        print(f"  - [{f.kind}] {render(f)}", file=sys.stderr)


def level_line(check: Preflight) -> str:
    if check.projected is None:
        return translate("CLI", "Projected level: not yet Bronze.")
    level = translate("Level", check.projected.label)
    return translate("CLI", "Projected level: {level}.").format(level=level)


def to_json(check: Preflight) -> dict[str, Any]:
    return {
        "ready": not check.blockers and not check.warnings,
        "projected_level": check.projected.value if check.projected else None,
        "target_level": check.target.value if check.target else None,
        "blockers": [f.to_json() for f in check.blockers],
        "warnings": [f.to_json() for f in check.warnings],
    }


def show(args: argparse.Namespace, check: Preflight) -> None:
    """The findings (stderr) and the projected level, or all of it as JSON."""
    if args.json:
        emit(args, to_json(check), [])
        return
    print_findings(BLOCKERS, check.blockers)
    print_findings(WARNINGS, check.warnings)
    lines = [level_line(check)]
    if not check.blockers and not check.warnings:
        lines.append(translate("CLI", "Ready to submit: nothing to fix or confirm."))
    emit(args, None, lines)


def cmd_preflight(args: argparse.Namespace) -> int:
    from sealdesk.services import export

    with open_workspace(args) as ws:
        progress = None
        if sys.stderr.isatty() and not args.json:

            def progress(done: int, total: int) -> None:
                print(f"\r{100 * done // max(total, 1):3d}%", end="", file=sys.stderr, flush=True)

        try:
            check = export.preflight(
                ws,
                args.round,
                level=Level(args.level) if args.level else None,
                verify_files=True,
                progress=progress,
            )
        finally:
            if progress is not None:
                print("\r", end="", file=sys.stderr)
        show(args, check)
    return export.ExportBlockedError.exit_code if check.blockers else 0
