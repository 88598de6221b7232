"""One progress/cancel protocol for all long work: importing, exporting, verifying, printing,
checking and backing up.

Long work takes ``progress(done, total)`` and ``cancelled()`` callbacks (both optional) and,
when ``cancelled()`` turns true, stops cleanly and raises ``Cancelled``. The UI's job runner
passes its own ``report`` and ``is_cancelled``; the CLI passes nothing or a terminal bar.
"""

from __future__ import annotations

from collections.abc import Callable

Progress = Callable[[int, int], None]
"""Called with (done, total) in whatever unit the work counts (bytes, files, pages)."""

IsCancelled = Callable[[], bool]
"""Returns True once the user asked to stop."""


class Cancelled(Exception):
    """The user cancelled long work; nothing it was making is left behind."""


def check_cancelled(cancelled: IsCancelled | None) -> None:
    """Raises Cancelled if the user asked to stop."""
    if cancelled is not None and cancelled():
        raise Cancelled
