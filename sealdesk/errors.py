"""Errors a user can cause, as the project's own exception types.

Each error carries an English message template marked for Qt's translation system and the
values to fill it with. The edge (a dialog or the CLI) translates the template into the user's
language with ``QCoreApplication.translate(error.context, error.template)`` and fills it in, so
this module, like the domain, needs no Qt import.
"""

from __future__ import annotations

from typing import Any


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate looks for
    """Marks ``text`` for extraction by pyside6-lupdate under ``context``; returns it unchanged."""
    return text


class SealDeskError(Exception):
    """A problem the user can understand and act on: one sentence, no traceback."""

    context = "Errors"
    exit_code = 2

    def __init__(self, template: str, **params: Any) -> None:
        self.template = template
        self.params = params
        super().__init__(self.english())

    def english(self) -> str:
        return self.template.format(**self.params)

    def render(self, translate: Any = None) -> str:
        """The message in the user's language; ``translate(context, text)`` is Qt's translate."""
        template = translate(self.context, self.template) if translate else self.template
        try:
            return template.format(**self.params)
        except (KeyError, IndexError, ValueError):
            return self.english()


class CatalogError(SealDeskError):
    """A catalog file that cannot be used; the message names the file, where, and what."""


class WorkspaceError(SealDeskError):
    """The workspace is missing, unreadable, or written by a newer SealDesk."""


class InputError(SealDeskError):
    """A value the user typed is not acceptable (unknown benchmark code, bad date, ...)."""


class EvidenceError(SealDeskError):
    """An evidence file could not be taken in (vanished, unreadable, disk full)."""
