"""Pure rules of the inbox: which names are junk, and which benchmark a file name suggests.

No I/O beyond ``os.stat`` results handed in by the caller; no watchdog, no Qt.
"""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Collection, Iterable
from pathlib import Path

#: Subfolders of the inbox the watcher writes to itself; never watched, never imported from.
IMPORTED_DIR = "imported"
FAILED_DIR = "failed"
#: Suffix of the note written next to a file in failed/.
WHY_SUFFIX = ".why.txt"

# OS and editor junk, compared case-insensitively.
JUNK_NAMES = frozenset(
    {"thumbs.db", "ehthumbs.db", "ehthumbs_vista.db", "desktop.ini", ".ds_store"}
)
# Temporary or partial downloads / copies: the real file appears later under its own name.
JUNK_SUFFIXES = (".tmp", ".temp", ".part", ".partial", ".crdownload", ".download", ".swp")
JUNK_PREFIXES = ("~$", ".~lock.")

_FILE_ATTRIBUTE_HIDDEN = 0x2
_FILE_ATTRIBUTE_SYSTEM = 0x4


def is_junk_name(name: str) -> bool:
    """True for names the inbox never takes: OS/editor junk, temp and partial files, dot-files."""
    low = name.lower()
    if not low or low in JUNK_NAMES:
        return True
    if name.startswith(".") or name.startswith(JUNK_PREFIXES):
        return True
    if name.endswith("~"):
        return True
    return low.endswith(JUNK_SUFFIXES)


def is_junk_stat(st: os.stat_result) -> bool:
    """True when the ``os.lstat`` result is not a regular file, or is hidden/system on Windows."""
    if not stat.S_ISREG(st.st_mode):
        return True
    attributes = getattr(st, "st_file_attributes", 0)
    return bool(attributes & (_FILE_ATTRIBUTE_HIDDEN | _FILE_ATTRIBUTE_SYSTEM))


def is_junk(path: Path) -> bool:
    """Name and stat rules together; a path that cannot be stat'ed counts as junk (gone)."""
    if is_junk_name(path.name):
        return True
    try:
        st = os.lstat(path)
    except OSError:
        return True
    return is_junk_stat(st)


# "1.2.1_policy.pdf", "1.2.1 นโยบาย.pdf", "1.2.1-x.pdf", "1.2.1.pdf", Thai digits "๑.๒.๑ ...".
_CODE_AT_START = re.compile(r"^\s*(\d+(?:\.\d+)+)(?=$|[\s_\-.,()\[\]])")
_THAI_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")


def suggest_benchmark(name: str, codes: Collection[str]) -> str | None:
    """The benchmark code a file name starts with, if that code is in ``codes``.

    The longest dotted prefix that exists wins, so ``1.2.1.3_x.pdf`` suggests ``1.2.1`` when
    the catalog has ``1.2.1`` but no ``1.2.1.3``. Thai digits count as digits.
    """
    stem = name.translate(_THAI_DIGITS)
    match = _CODE_AT_START.match(stem)
    if not match:
        return None
    parts = match.group(1).split(".")
    for end in range(len(parts), 1, -1):
        code = ".".join(parts[:end])
        if code in codes:
            return code
    return None


def unique_destination(folder: Path, name: str, taken: Iterable[str] = ()) -> Path:
    """``folder/name``, or ``folder/name (2).ext`` ... when that name is already used."""
    reserved = set(taken)
    candidate = folder / name
    if name not in reserved and not os.path.lexists(candidate):
        return candidate
    stem, dot, ext = name.rpartition(".")
    if not dot or not stem:
        stem, ext = name, ""
    else:
        ext = "." + ext
    n = 2
    while True:
        alt = f"{stem} ({n}){ext}"
        candidate = folder / alt
        if alt not in reserved and not os.path.lexists(candidate):
            return candidate
        n += 1
