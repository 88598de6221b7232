"""The inbox's "discarded" folder: where a scan the clerk throws away goes, so that it can be
brought back (issue 12). Plain files in, files out: the service (services/inbox.py) removes the
evidence record, records the move in the inbox's memory and adds a restored scan back.

``<inbox folder>/discarded/<name>`` holds the bytes of the scan as they were stored; a name
already used there becomes ``name (2).pdf``. The folder is never imported from (the watcher
takes only files directly in the inbox folder, and looks into failed/ alone).
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sealdesk.errors import QT_TRANSLATE_NOOP, InputError
from sealdesk.fsutil import atomic_writer, open_regular
from sealdesk.inbox.rules import is_junk_name, unique_destination

DISCARDED_DIR = "discarded"


@dataclass(frozen=True, slots=True)
class DiscardedScan:
    """A scan in the discarded folder, recoverable."""

    name: str  # its file name in discarded/
    path: Path
    size: int
    discarded_at: datetime  # local time the copy was written


def discarded_dir(inbox_folder: Path) -> Path:
    return inbox_folder / DISCARDED_DIR


def put_aside(inbox_folder: Path, name: str, source: Path) -> Path:
    """Copies ``source`` (the stored bytes of a scan) to ``discarded/<name>`` (a free name),
    complete or not at all; returns where it went."""
    folder = discarded_dir(inbox_folder)
    folder.mkdir(parents=True, exist_ok=True)
    dest = unique_destination(folder, Path(name).name or "scan")
    with open_regular(source) as reader, atomic_writer(dest) as writer:
        shutil.copyfileobj(reader, writer, 1024 * 1024)
    return dest


def discarded_scans(inbox_folder: Path) -> list[DiscardedScan]:
    """The scans in the discarded folder, most recently discarded first."""
    folder = discarded_dir(inbox_folder)
    if not folder.is_dir():
        return []
    scans = []
    for path in folder.iterdir():
        if is_junk_name(path.name) or path.is_symlink() or not path.is_file():
            continue
        stat = path.stat()
        scans.append(
            DiscardedScan(path.name, path, stat.st_size, datetime.fromtimestamp(stat.st_mtime))
        )
    return sorted(scans, key=lambda s: (s.discarded_at, s.name), reverse=True)


def discarded_path(inbox_folder: Path, name: str) -> Path:
    """The discarded scan called ``name``; InputError when there is none."""
    folder = discarded_dir(inbox_folder)
    path = folder / name
    if Path(name).name != name or name in ("", ".", "..") or not path.is_file():
        raise InputError(
            QT_TRANSLATE_NOOP("Errors", "There is no discarded scan called {name} in {folder}."),
            name=name,
            folder=str(folder),
        )
    return path
