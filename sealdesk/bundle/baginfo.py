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


def friendly_bundle_id(district_code: str, round_be: int, bundle_id: str) -> str:
    """The bundle id in its friendly form (docs/bundle-format.md, section 1): district code,
    round and the first eight hex digits of the UUID, "sealdesk-1001-2569-1a2b8c86". It is
    the name of the bag's one top-level folder, so any unzip tool shows it too."""
    return f"sealdesk-{district_code}-{round_be}-{bundle_id.replace('-', '')[:8].lower()}"
