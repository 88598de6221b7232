"""What changed in a workspace, announced through one channel.

Every service call that changes something publishes a typed event after its transaction has
committed, whoever caused it: the UI, the CLI, the inbox watcher thread or an import job. The
events carry keys (round, benchmark code, evidence id), never ORM rows or bulky values: a view
that cares re-reads what it shows. ``EventBus`` has no Qt in it (like calibre's db listeners);
the UI's ``Session`` is the only bridge that turns events into Qt signals on the GUI thread.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass

log = logging.getLogger("sealdesk")


@dataclass(frozen=True)
class Event:
    """Something changed in the workspace."""


@dataclass(frozen=True)
class AssessmentChanged(Event):
    """A benchmark's status, narrative, justification or action plan changed."""

    round_be: int
    code: str


@dataclass(frozen=True)
class EvidenceChanged(Event):
    """Evidence documents were added, linked, unlinked, described or removed.

    ``codes`` are the benchmarks whose linked evidence changed (empty when only the library
    changed, e.g. a description was edited).
    """

    round_be: int | None
    evidence_ids: tuple[int, ...]
    codes: tuple[str, ...] = ()


@dataclass(frozen=True)
class RoundsChanged(Event):
    """A round was added, or a round's catalog edition was replaced."""

    round_be: int


@dataclass(frozen=True)
class SettingChanged(Event):
    """A workspace setting changed (target level, clerk, inbox folder, ...)."""

    key: str


@dataclass(frozen=True)
class BundleExported(Event):
    """A submission bundle was written and recorded."""

    round_be: int
    bundle_id: str


@dataclass(frozen=True)
class InboxFiled(Event):
    """The inbox took in, failed or set aside a scanned file."""

    name: str
    outcome: str
    evidence_id: int | None = None


Listener = Callable[[Event], None]


class EventBus:
    """A thread-safe list of listeners, each called with every published event.

    Listeners run on the publishing thread, in the order they subscribed; a listener that
    raises is logged and the others still run, so one broken view never undoes a change that
    has already been committed.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._listeners: list[Listener] = []

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Adds ``listener``; returns a function that removes it again."""
        with self._lock:
            self._listeners.append(listener)

        def unsubscribe() -> None:
            with self._lock:
                if listener in self._listeners:
                    self._listeners.remove(listener)

        return unsubscribe

    def publish(self, event: Event) -> None:
        with self._lock:
            listeners = list(self._listeners)
        for listener in listeners:
            try:
                listener(event)
            except Exception:
                log.exception("a listener failed on %r", event)


@dataclass(frozen=True)
class BundlesReceived(Event):
    """The coordinating office took in (or quarantined) bundles: ``districts`` whose current
    submission may have changed, ``rounds`` they belong to."""

    districts: tuple[str, ...]
    rounds: tuple[int, ...]


@dataclass(frozen=True)
class TrustChanged(Event):
    """A key was enrolled or revoked on the office's trust list, or an office card was trusted
    or removed at a district."""

    key_id: str


# --- review and feedback (issue 15) -------------------------------------------------------------


@dataclass(frozen=True)
class ReviewChanged(Event):
    """At the office: a verdict on a district's submission changed, or its review state did
    (returned, accepted, final; a feedback file was issued). ``codes`` are the benchmarks whose
    verdict changed (empty for a change of state only)."""

    district_code: str
    round_be: int
    bundle_id: str
    codes: tuple[str, ...] = ()


@dataclass(frozen=True)
class FeedbackChanged(Event):
    """At a district: a feedback file was imported, or one of its required actions was taken
    into the action plan."""

    feedback_id: str
    round_be: int


# --- receipts (issue 16) ------------------------------------------------------------------------


@dataclass(frozen=True)
class ReceiptImported(Event):
    """A district imported a receipt from City Hall for round ``round_be`` (issue 16)."""

    round_be: int


# --- issue 18 at the office: readers of personal data, openings, purge ----------------------


@dataclass(frozen=True)
class ReadersChanged(Event):
    """A reader of personal data was added to or removed from the office."""

    name: str


@dataclass(frozen=True)
class ProtectedAccessed(Event):
    """Protected evidence was opened (logged) or purged at the office: the access log and the
    lists of protected files may have changed."""

    bundle_id: str


# --- signed catalog editions (issue 17) ----------------------------------------------------------


@dataclass(frozen=True)
class CatalogPublished(Event):
    """Issue 17: the coordinating office published a signed catalog edition; it is now the
    office's current one, so how every submission's edition stands may have changed."""

    edition: str
    version: str
    sha256: str
