"""What kind a workspace is: a district's (the default) or the coordinating office's.

Asked on every open (the CLI checks that a command fits the workspace, the app picks its
window), so it lives apart from services/office.py, whose city status and domain/city
values a district's start and read-only commands never need (issue 13). services/office.py
re-exports these names: code outside the facade keeps importing them from there.
"""

from __future__ import annotations

from sealdesk.errors import QT_TRANSLATE_NOOP, WorkspaceError
from sealdesk.services.core import WorkspaceCore
from sealdesk.store.models import Setting

KIND_SETTING = "kind"
OFFICE = "office"
NAME_SETTING = "office_name"


class WrongWorkspaceKindError(WorkspaceError):
    """A district command in an office workspace, or an office command in a district one."""

    exit_code = 3


def office_only() -> WrongWorkspaceKindError:
    return WrongWorkspaceKindError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "This command is for the coordinating office; this workspace belongs to a district "
            "office.",
        )
    )


def district_only() -> WrongWorkspaceKindError:
    return WrongWorkspaceKindError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "This command is for a district office; this workspace belongs to the coordinating "
            "office.",
        )
    )


def is_office(ws: WorkspaceCore) -> bool:
    """Whether this is the coordinating office's workspace (a district's answers False)."""
    cached = getattr(ws, "_is_office", None)
    if cached is None:
        with ws._sessions() as session:
            row = session.get(Setting, KIND_SETTING)
            cached = row is not None and row.value == OFFICE
        ws._is_office = cached  # type: ignore[attr-defined]
    return bool(cached)


def office_name(ws: WorkspaceCore) -> str:
    with ws._sessions() as session:
        row = session.get(Setting, NAME_SETTING)
        return "" if row is None else row.value
