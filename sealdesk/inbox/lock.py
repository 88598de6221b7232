"""One taker per inbox folder: an OS file lock on ``<folder>/.sealdesk-inbox.lock``.

The app and ``sealdesk inbox watch`` (or two PCs sharing a network folder) must not take the
same file at the same moment. The lock is an advisory OS lock (``flock`` on POSIX,
``msvcrt.locking`` on Windows), so the OS releases it when the process dies: no stale locks.
The lock file is a dot-file (hidden on Windows too), which the inbox ignores; it stays in the
folder after use, because deleting a lock file on release races with the next taker.
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path

LOCK_NAME = ".sealdesk-inbox.lock"
_HIDDEN = 0x2  # FILE_ATTRIBUTE_HIDDEN


class FolderLock:
    def __init__(self, folder: Path) -> None:
        self.path = Path(folder) / LOCK_NAME
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> bool:
        """Takes the lock without waiting; False when another process (or watcher) holds it."""
        if self._fd is not None:
            return True
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError:
            return False
        try:
            if sys.platform == "win32":
                import msvcrt

                os.lseek(fd, 0, os.SEEK_SET)
                msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            else:
                import fcntl

                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(fd)
            return False
        with contextlib.suppress(OSError):
            os.ftruncate(fd, 0)
            os.write(fd, f"{os.getpid()}\n".encode())
        if sys.platform == "win32":  # dot-files are not hidden in Explorer: hide it
            with contextlib.suppress(Exception):
                import ctypes

                ctypes.windll.kernel32.SetFileAttributesW(str(self.path), _HIDDEN)
        self._fd = fd
        return True

    def release(self) -> None:
        fd, self._fd = self._fd, None
        if fd is None:
            return
        with contextlib.suppress(OSError):
            if sys.platform == "win32":
                import msvcrt

                os.lseek(fd, 0, os.SEEK_SET)
                msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
            else:
                import fcntl

                fcntl.flock(fd, fcntl.LOCK_UN)
        with contextlib.suppress(OSError):
            os.close(fd)
