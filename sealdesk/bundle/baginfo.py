"""The one reader of BagIt's bag-info.txt: ``Label: value`` lines, continued by lines that
start with white space (RFC 8493 section 2.2.2)."""

from __future__ import annotations


def parse_bag_info(data: bytes | str) -> dict[str, str]:
    """The labels of a bag-info.txt with their values, labels as written (case kept)."""
    text = data.decode("utf-8", errors="replace") if isinstance(data, bytes) else data
    info: dict[str, str] = {}
    last = None
    for line in text.splitlines():
        if line[:1] in (" ", "\t") and last:
            info[last] += " " + line.strip()
        elif ":" in line:
            key, _, value = line.partition(":")
            last = key.strip()
            info[last] = value.strip()
    return info
