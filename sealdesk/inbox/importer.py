"""Taking one settled file into the store: hash, add, record, then move it out of the way.

Order of steps for a file ``F`` in the inbox (each step survives a crash before the next):

1. read and hash ``F`` (proves it opens); re-stat: if it changed meanwhile it is not settled;
2. look up the record of this exact file (name, size, mtime_ns, sha256): a file whose import
   was recorded but not yet moved is only moved (nothing imported twice); one whose last record
   is ``importing`` is resumed (a duplicate answer then means "ours", not a duplicate);
3. record ``importing``; ``store.add(F, source="inbox:<name>")``; record the outcome;
4. move ``F`` to imported/ (or delete it) and record ``moved``/``deleted``.

A file that cannot be imported (empty, unreadable, refused by the store with an InputError)
goes to failed/ with ``<name>.why.txt`` beside it. Any other error after the inbox has read the
whole file itself (disk full, a locked database) is not the file's fault: the file stays where
it is and is tried again later, with a status message saying why.
"""

from __future__ import annotations

import contextlib
import errno
import os
import time
import unicodedata
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sealdesk.inbox.state as st
from sealdesk.errors import QT_TRANSLATE_NOOP, InputError, SealDeskError, render_message
from sealdesk.fsutil import atomic_write_text, sha256_file
from sealdesk.inbox.rules import (
    FAILED_DIR,
    IMPORTED_DIR,
    WHY_SUFFIX,
    suggest_benchmark,
    unique_destination,
)

if TYPE_CHECKING:
    from sealdesk.domain.assessment import Evidence

SOURCE_PREFIX = "inbox:"
CONTEXT = "Inbox"

Translate = Callable[[str, str], str]

# Windows: ERROR_SHARING_VIOLATION / ERROR_LOCK_VIOLATION (a writer still holds the file).
_WINERROR_BUSY = {32, 33}


class InboxError(SealDeskError):
    """Why the inbox could not take a file; shown in failed/<name>.why.txt and the UI."""

    context = CONTEXT


MSG_EMPTY = QT_TRANSLATE_NOOP("Inbox", "The file is empty.")
MSG_UNREADABLE = QT_TRANSLATE_NOOP("Inbox", "The file could not be read: {error}")
MSG_LOCKED = QT_TRANSLATE_NOOP(
    "Inbox", "The file stayed locked by another program and could not be opened."
)
NOTE_TEMPLATE = QT_TRANSLATE_NOOP(
    "Inbox",
    "SealDesk could not import {name}:\n{reason}\n\n"
    "Fix or replace the file here in the failed folder and SealDesk will try again.\n",
)


class Handled(Enum):
    IMPORTED = "imported"
    DUPLICATE = "duplicate"
    FAILED = "failed"
    NOT_READY = "not-ready"  # could not be opened yet: wait and retry
    CHANGED = "changed"  # changed while being read: not settled
    GONE = "gone"
    FINISHED = "finished"  # an earlier import was completed (moved); nothing new to report
    TRANSIENT = "transient"  # not the file's fault: left in place, retried later


@dataclass(frozen=True, slots=True)
class ImportResult:
    """One file taken from the inbox; handed to ``on_imported``."""

    path: Path  # where the file was when it was taken
    name: str  # its file name, as recorded in the evidence source ("inbox:<name>")
    evidence: Evidence
    duplicate: bool  # the bytes were already in the store: nothing new was stored
    suggested: str | None  # benchmark code suggested by the file name, if the catalog has it
    moved_to: Path | None  # imported/<name>, or None when deleted (or the move must wait)
    sha256: str


@dataclass(frozen=True, slots=True)
class Outcome:
    kind: Handled
    result: ImportResult | None = None
    reason: str = ""
    moved_to: Path | None = None


def _busy(exc: OSError) -> bool:
    if isinstance(exc, PermissionError):
        return True
    return getattr(exc, "winerror", None) in _WINERROR_BUSY or exc.errno in (errno.EBUSY,)


def _sig(path: Path) -> tuple[int, int] | None:
    try:
        s = os.stat(path)
    except OSError:
        return None
    return (s.st_size, s.st_mtime_ns)


def write_note(path: Path, text: str) -> None:
    """Writes a note for people: UTF-8 with a BOM and the platform's line ends, so that even an
    old Windows Notepad shows the Thai text correctly."""
    atomic_write_text(path, "\ufeff" + text.replace("\n", os.linesep))


class Importer:
    """Handles one settled file at a time; used from one thread (the watcher's)."""

    def __init__(
        self,
        store: st.InboxStore,
        folder: Path,
        *,
        delete_after_import: bool = False,
        translate: Translate | None = None,
        codes: Callable[[], Collection[str]] | None = None,
        max_open_retries: int = 10,
    ) -> None:
        self.store = store
        self.folder = Path(folder)
        self.delete_after_import = delete_after_import
        self.translate = translate
        self._codes = codes or store.benchmark_codes
        self.max_open_retries = max_open_retries

    # -- paths -------------------------------------------------------------------------------

    @property
    def imported_dir(self) -> Path:
        return self.folder / IMPORTED_DIR

    @property
    def failed_dir(self) -> Path:
        return self.folder / FAILED_DIR

    def key(self, path: Path) -> str:
        rel = path.relative_to(self.folder)
        return rel.as_posix()

    def tr(self, template: str, **params: Any) -> str:
        return render_message(CONTEXT, template, params, self.translate)

    def render(self, exc: BaseException) -> str:
        if isinstance(exc, SealDeskError):
            return exc.render(self.translate)
        return str(exc)

    # -- the one entry point -----------------------------------------------------------------

    def handle(self, path: Path, open_retries: int = 0) -> Outcome:
        path = Path(path)
        name = unicodedata.normalize("NFC", path.name)  # macOS hands out Thai names as NFD
        key = self.key(path)
        in_failed = path.parent == self.failed_dir
        before = _sig(path)
        if before is None:
            return Outcome(Handled.GONE)
        size, mtime_ns = before
        try:
            sha = sha256_file(path)
        except FileNotFoundError:
            return Outcome(Handled.GONE)
        except OSError as exc:
            if _busy(exc):
                if open_retries < self.max_open_retries:
                    return Outcome(Handled.NOT_READY, reason=str(exc))
                return self._fail(path, key, before, None, self.tr(MSG_LOCKED), in_failed)
            return self._fail(
                path, key, before, None, self.tr(MSG_UNREADABLE, error=str(exc)), in_failed
            )
        after = _sig(path)
        if after is None:
            return Outcome(Handled.GONE)
        if after != before:
            return Outcome(Handled.CHANGED)

        done = self.store.outcome(key, size, mtime_ns)
        if done in (st.IMPORTED, st.DUPLICATE):
            # Imported before, but the original never left the inbox: finish the move.
            moved = self._put_away(path, key, before, sha, in_failed)
            return Outcome(Handled.FINISHED, moved_to=moved)
        if done == st.FAILED and not in_failed:
            # Failed before, but could not be moved to failed/ then: try that again.
            self._move_to_failed(path, key, before, sha, "")
            return Outcome(Handled.FINISHED)
        if done == st.FAILED and in_failed:
            return Outcome(Handled.FINISHED)  # unchanged since it failed: wait for a change
        resumed = done == st.IMPORTING

        if size == 0:
            return self._fail(path, key, before, sha, self.tr(MSG_EMPTY), in_failed)

        if not resumed:
            self.store.record(key, size, mtime_ns, st.IMPORTING, sha)
        try:
            added = self.store.add(path, SOURCE_PREFIX + name)
        except InputError as exc:  # the store refuses this file
            if not path.exists():
                return Outcome(Handled.GONE)
            return self._fail(path, key, before, sha, self.render(exc), in_failed)
        except Exception as exc:
            # We have just read the whole file ourselves, so this is the store's
            # problem (disk full, database locked): keep the file, try again later.
            if not path.exists():
                return Outcome(Handled.GONE)
            if isinstance(exc, OSError) and _busy(exc) and open_retries < self.max_open_retries:
                return Outcome(Handled.NOT_READY, reason=str(exc))
            return Outcome(Handled.TRANSIENT, reason=self.render(exc))

        evidence = added.evidence
        duplicate = bool(added.duplicate) and not (
            resumed and getattr(evidence, "source", "") == SOURCE_PREFIX + name
        )
        outcome = st.DUPLICATE if duplicate else st.IMPORTED
        self.store.record(key, size, mtime_ns, outcome, sha, str(getattr(evidence, "id", "")))
        moved = self._put_away(path, key, before, sha, in_failed)
        try:
            suggested = suggest_benchmark(name, self._codes())
        except Exception:  # a catalog problem must not lose the import
            suggested = None
        result = ImportResult(path, name, evidence, duplicate, suggested, moved, sha)
        return Outcome(Handled.DUPLICATE if duplicate else Handled.IMPORTED, result, moved_to=moved)

    # -- after the import --------------------------------------------------------------------

    def _put_away(
        self, path: Path, key: str, sig: tuple[int, int], sha: str, in_failed: bool
    ) -> Path | None:
        size, mtime_ns = sig
        try:
            if self.delete_after_import:
                path.unlink(missing_ok=True)
                dest = None
                self.store.record(key, size, mtime_ns, st.DELETED, sha)
            else:
                self.imported_dir.mkdir(exist_ok=True)
                dest = unique_destination(self.imported_dir, path.name)
                os.replace(path, dest)
                self.store.record(key, size, mtime_ns, st.MOVED, sha, dest.name)
        except OSError:
            return None  # e.g. still open in another program on Windows; the sweep retries
        if in_failed:
            with contextlib.suppress(OSError):
                (self.failed_dir / (path.name + WHY_SUFFIX)).unlink(missing_ok=True)
        return dest

    def _fail(
        self,
        path: Path,
        key: str,
        sig: tuple[int, int],
        sha: str | None,
        reason: str,
        in_failed: bool,
    ) -> Outcome:
        size, mtime_ns = sig
        if in_failed:
            self.store.record(key, size, mtime_ns, st.FAILED, sha, reason)
            self._write_note(path, reason)
            return Outcome(Handled.FAILED, reason=reason, moved_to=path)
        self.store.record(key, size, mtime_ns, st.FAILED, sha, reason)
        moved = self._move_to_failed(path, key, sig, sha, reason)
        return Outcome(Handled.FAILED, reason=reason, moved_to=moved)

    def _move_to_failed(
        self, path: Path, key: str, sig: tuple[int, int], sha: str | None, reason: str
    ) -> Path | None:
        try:
            self.failed_dir.mkdir(exist_ok=True)
            dest = unique_destination(self.failed_dir, path.name)
            os.replace(path, dest)
        except OSError:
            return None
        size, mtime_ns = sig
        # Remember the failed copy so that it is retried only when it changes.
        self.store.record(f"{FAILED_DIR}/{dest.name}", size, mtime_ns, st.FAILED, sha, reason)
        self._write_note(dest, reason)
        return dest

    def _write_note(self, dest: Path, reason: str) -> None:
        note = self.tr(NOTE_TEMPLATE, name=dest.name, reason=reason)
        stamp = time.strftime("%Y-%m-%d %H:%M:%S")
        with contextlib.suppress(OSError):
            write_note(dest.with_name(dest.name + WHY_SUFFIX), f"{note}\n{stamp}\n")


# -- for the UI's Inbox panel --------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class InboxItem:
    """Evidence that came through the inbox and is not filed under any benchmark yet."""

    evidence: Evidence
    name: str  # the file name it arrived under
    suggested: str | None  # benchmark code suggested by that name (catalog of the round)


def inbox_name(evidence: Evidence) -> str | None:
    source = getattr(evidence, "source", "") or ""
    return source[len(SOURCE_PREFIX) :] if source.startswith(SOURCE_PREFIX) else None


def waiting_to_be_filed(evidence: Iterable[Evidence], codes: Collection[str]) -> list[InboxItem]:
    """Inbox evidence with no benchmark link ("waiting to be filed"), oldest first.

    ``evidence`` is a round's evidence list and ``codes`` that round's benchmark codes. Nothing
    extra is stored: an item is evidence whose source is ``inbox:<name>`` and whose links in the
    round are empty; the suggestion is recomputed from ``<name>`` and the round's catalog.
    """
    items = []
    for item in evidence:
        name = inbox_name(item)
        if name is None or item.links:
            continue
        items.append(InboxItem(item, name, suggest_benchmark(name, codes)))
    items.sort(key=lambda i: (i.evidence.added_at, i.evidence.id))
    return items
