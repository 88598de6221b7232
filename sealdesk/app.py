"""Composition root of the desktop app: finds the workspace and hands it to the UI."""

from __future__ import annotations

import argparse

from sealdesk.cli.common import explicit_workspace_dir


def run_gui(args: argparse.Namespace) -> int:
    """Starts the app on --workspace/$SEALDESK_WORKSPACE if given; otherwise the UI reopens
    the workspace used last, or the default one."""
    from sealdesk.ui.main import run

    return run(explicit_workspace_dir(args), getattr(args, "lang", None))
