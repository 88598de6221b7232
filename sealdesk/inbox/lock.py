"""One taker per inbox folder: an OS file lock on ``<folder>/.sealdesk-inbox.lock``.

The app and ``sealdesk inbox watch`` (or two PCs sharing a network folder) must not take the
same file at the same moment. The lock is the maintained ``filelock`` package's native lock
(``flock`` on POSIX, a byte-range lock on Windows), so the OS releases it when the process dies:
no stale locks. It is configured for exactly these semantics:

- one attempt, never a wait (``timeout=0``): a second taker is told at once and looks again
  on its next sweep;
- ``thread_local=False``: the watcher takes the lock on its own thread, ``run_once`` on the
  caller's; ``release`` always lets go, whatever thread took it;
- ``fallback_to_soft=False``: on a file system without ``flock`` the lock is not silently
  replaced by a "file exists" lock, which a crash would leave stale;
- ``preserve_lock_file=True``: the lock file stays in the folder after use, because deleting a
  lock file on release races with the next taker.

The lock file is a dot-file (hidden on Windows too), which the inbox ignores; it records the
holder's process id for whoever looks.
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path

from filelock import FileLock, Timeout

LOCK_NAME = ".sealdesk-inbox.lock"
_HIDDEN = 0x2  # FILE_ATTRIBUTE_HIDDEN


class FolderLock:
    def __init__(self, folder: Path) -> None:
        self.path = Path(folder) / LOCK_NAME
        self._lock = FileLock(
            self.path,
            timeout=0,
            thread_local=False,
            fallback_to_soft=False,
            preserve_lock_file=True,
            on_acquired=self._acquired,
        )

    @property
    def held(self) -> bool:
        return self._lock.is_locked

    def acquire(self) -> bool:
        """Takes the lock without waiting; False when another process (or watcher) holds it."""
        if self._lock.is_locked:
            return True
        try:
            self._lock.acquire()
        except (Timeout, OSError):
            return False
        return True

    def release(self) -> None:
        if self._lock.is_locked:
            with contextlib.suppress(OSError):
                self._lock.release(force=True)

    def _acquired(self, fd: int) -> None:
        """Writes the holder's process id; hides the file in Explorer (dot-files are not)."""
        with contextlib.suppress(OSError):
            os.ftruncate(fd, 0)
            os.write(fd, f"{os.getpid()}\n".encode())
        if sys.platform == "win32":
            with contextlib.suppress(Exception):
                import ctypes

                ctypes.windll.kernel32.SetFileAttributesW(str(self.path), _HIDDEN)
