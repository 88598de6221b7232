"""Fixtures shared by every test package: a real workspace in a temporary folder."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from sealdesk.services.workspace import Workspace


@pytest.fixture(scope="session", autouse=True)
def _one_application_for_the_session(qapp):  # type: ignore[no-untyped-def]
    """A QApplication before any test runs. The CLI, run in-process by some tests, would
    otherwise make a widget-less QCoreApplication that later widget tests cannot use."""
    return qapp


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[Workspace]:
    ws = Workspace.create(tmp_path / "ws", "1001", 2569, actor="สมหญิง ใจดี")
    try:
        yield ws
    finally:
        ws.close()
