"""Erasing personal data for good: a file's bytes overwritten before it is removed, and the
SQLite database rewritten so no free page keeps a deleted row.

Shared by the office's purge (services/office_purge.py) and the district's purge. What it can
and cannot promise is in docs/personal-data.md: overwriting in place reaches the blocks of an
ordinary local disk; a copy-on-write file system, an SSD's wear levelling or a backup taken
earlier may still hold old blocks, which is why protected files are stored encrypted in the
first place.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from sqlalchemy import Engine

from sealdesk.fsutil import CHUNK, fsync_dir


def erase_file(path: Path) -> bool:
    """Overwrites the file's bytes with zeros (flushed to disk), then removes it. Returns False
    when there was no file. A link is removed, never followed."""
    path = Path(path)
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        return False
    if path.is_symlink() or not path.is_file():
        path.unlink()
        return True
    flags = os.O_WRONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags)
    try:
        zeros = bytes(16 * CHUNK)
        left = info.st_size
        while left > 0:
            left -= os.write(fd, zeros[: min(len(zeros), left)])
        os.fsync(fd)
        os.ftruncate(fd, 0)
        os.fsync(fd)
    finally:
        os.close(fd)
    path.unlink()
    with contextlib.suppress(OSError):
        fsync_dir(path.parent)
    return True


def erase_tree(folder: Path) -> int:
    """``erase_file`` on every file under ``folder``, then removes the folders; returns how
    many files were erased."""
    folder = Path(folder)
    if not folder.is_dir():
        return 0
    count = 0
    for root, dirs, files in os.walk(folder, topdown=False):
        for name in files:
            count += erase_file(Path(root) / name)
        for name in dirs:
            with contextlib.suppress(OSError):
                os.rmdir(Path(root) / name)
    with contextlib.suppress(OSError):
        folder.rmdir()
    return count


def compact_database(engine: Engine) -> None:
    """Rewrites the database without its free pages (secure_delete on, VACUUM) and empties the
    write-ahead log, so a deleted row's bytes are nowhere in the files any more."""
    # the driver's connection, in autocommit (make_engine sets isolation_level None): VACUUM
    # cannot run inside the transaction SQLAlchemy would begin
    raw = engine.raw_connection()
    try:
        cursor = raw.cursor()
        cursor.execute("PRAGMA secure_delete=ON")
        cursor.execute("VACUUM")
        cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        cursor.close()
    finally:
        raw.close()
