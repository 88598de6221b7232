"""Delta bundles: payload files that travel separately, listed in BagIt's fetch.txt
(RFC 8493 section 2.2.3; docs/bundle-format.md section 10).

A delta bundle is a complete bag in every tag file: its manifest lists every payload file and
bag-info.txt's Payload-Oxum counts every one, but the files the office already holds (per the
latest receipt) are not in the zip. Each of them is one fetch.txt line::

    sealdesk://office/sha256/<sha256> <size> data/evidence/<name>

The URL names the file by content in the office's store; the manifest's SHA-256 stays what is
checked. fetch.txt is a tag file, listed in the tag manifest, so the signature covers it.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from sealdesk.bundle.errors import NotABundleError

FETCH_NAME = "fetch.txt"
FETCH_URL_PREFIX = "sealdesk://office/sha256/"


@dataclass(frozen=True, slots=True)
class FetchEntry:
    """One fetch.txt line: the payload file ``path`` of ``size`` bytes, held by the office as
    the blob ``sha256``."""

    sha256: str
    size: int
    path: str

    @property
    def url(self) -> str:
        return FETCH_URL_PREFIX + self.sha256


def fetch_text(entries: Iterable[FetchEntry]) -> bytes:
    """fetch.txt: ``URL LENGTH FILEPATH`` per line, LF-terminated, the path's CR, LF and %
    percent-encoded as in the manifests."""
    return "".join(f"{e.url} {e.size} {_escape(e.path)}\n" for e in entries).encode("utf-8")


def _escape(path: str) -> str:
    return path.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _unescape(path: str) -> str:
    return path.replace("%0D", "\r").replace("%0A", "\n").replace("%25", "%")


def parse_fetch(data: bytes) -> dict[str, FetchEntry]:
    """path -> entry of a fetch.txt; NotABundleError when a line is not one of ours."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise NotABundleError(detail="fetch.txt is not UTF-8") from None
    entries: dict[str, FetchEntry] = {}
    for raw in text.split("\n"):
        line = raw.removesuffix("\r")
        if not line.strip():
            continue
        parts = line.split(" ", 2)
        if len(parts) != 3 or not parts[0].startswith(FETCH_URL_PREFIX):
            raise NotABundleError(detail="fetch.txt has a malformed line")
        sha = parts[0][len(FETCH_URL_PREFIX) :].lower()
        if len(sha) != 64 or any(c not in "0123456789abcdef" for c in sha):
            raise NotABundleError(detail="fetch.txt has a malformed line")
        try:
            size = int(parts[1])
        except ValueError:
            raise NotABundleError(detail="fetch.txt has a malformed line") from None
        path = unicodedata.normalize("NFC", _unescape(parts[2]))
        if not path.startswith("data/") or size < 0:
            raise NotABundleError(detail="fetch.txt names a file outside the payload")
        entries[path] = FetchEntry(sha, size, path)
    return entries


__all__ = ["FETCH_NAME", "FETCH_URL_PREFIX", "FetchEntry", "fetch_text", "parse_fetch"]
