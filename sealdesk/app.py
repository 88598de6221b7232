"""Composition root of the desktop app: finds the workspace and hands it to the UI."""

from __future__ import annotations

import argparse

from sealdesk.cli.common import workspace_dir


def run_gui(args: argparse.Namespace) -> int:
    from sealdesk.ui.main import run

    return run(workspace_dir(args), getattr(args, "lang", None))
