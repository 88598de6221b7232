"""How a fingerprint (hex digits of a SHA-256) is shown to people: in groups of four, upper
case, so two people can read it aloud and compare it with what they hold on paper or on screen.

Shared by the bundle code (verification results, the key's short fingerprint) and the printed
cover and key sheets, which must group the same digits the same way.
"""

from __future__ import annotations


def group_hex(hex_text: str, group: int = 4, groups: int | None = None) -> str:
    """'ab12cd34...' -> 'AB12 CD34 ...' for reading aloud; ``groups`` limits the length."""
    text = hex_text.upper()
    parts = [text[i : i + group] for i in range(0, len(text), group)]
    if groups is not None:
        parts = parts[:groups]
    return " ".join(parts)
