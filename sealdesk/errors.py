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


def render_message(
    context: str, template: str, params: dict[str, Any], translate: Any = None
) -> str:
    """The template in the user's language (``translate(context, text)`` is Qt's translate),
    filled in; the English when a translation's placeholders do not fit."""
    translated = translate(context, template) if translate else template
    try:
        return translated.format(**params)
    except (KeyError, IndexError, ValueError):
        return template.format(**params)


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
        return render_message(self.context, self.template, self.params, translate)


class CatalogError(SealDeskError):
    """A catalog file that cannot be used; the message names the file, where, and what."""


class WorkspaceError(SealDeskError):
    """The workspace is missing, unreadable, or written by a newer SealDesk."""


class InputError(SealDeskError):
    """A value the user typed is not acceptable (unknown benchmark code, bad date, ...)."""


class EvidenceError(SealDeskError):
    """An evidence file could not be taken in (vanished, unreadable, disk full)."""


class FileAccessError(SealDeskError):
    """A file the user named cannot be read or written as asked: not a regular file, too
    large, already there (without --overwrite), inside the workspace, or unreadable."""
