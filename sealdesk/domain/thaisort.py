"""Thai dictionary order: the sort key the library (and any list of Thai names) sorts by.

Raw code points put every word that starts with a leading vowel (เ แ โ ใ ไ, written before
the consonant it follows in speech) after all the consonants: "ไก่" after "สุนัข". A Thai
dictionary (ราชบัณฑิตยสถาน) sorts by the consonant first, then the vowel, and looks at tone
marks only to break a tie. ICU's collator does that, and Qt's QCollator uses ICU on Linux, but
not every platform's Qt build does, and the CLI and the printer have no collator at all: this
key gives the same order everywhere. tests/ui/test_evidence_sort.py checks it against
QCollator(Thai) on real names where the build has ICU.

The key, per string (NFC, case-folded):
1. every leading vowel is moved after the consonant that follows it ("เกม" -> "กเม");
2. the primary text drops the tone marks and the other signs written above a consonant
   (mai ek .. mai chattawa, mai taikhu, thanthakhat, nikhahit, yamakkan): "ก้อน" and "กอน"
   tie on it; Thai digits count as Arabic digits;
3. ties are broken by the text with the marks kept, then by the original string.
After step 1 the code points of Thai consonants and vowels are in dictionary order.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

LEADING_VOWELS = frozenset("\u0e40\u0e41\u0e42\u0e43\u0e44")  # เ แ โ ใ ไ
# ็ ่ ้ ๊ ๋ ์ ํ ๎: ignored at the first level, compared only to break a tie.
MARKS = frozenset("\u0e47\u0e48\u0e49\u0e4a\u0e4b\u0e4c\u0e4d\u0e4e")
_THAI_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")


def _is_consonant(char: str) -> bool:
    return "\u0e01" <= char <= "\u0e2e"


def _swap_leading_vowels(text: str) -> str:
    chars = list(text)
    i = 0
    while i < len(chars) - 1:
        if chars[i] in LEADING_VOWELS and _is_consonant(chars[i + 1]):
            chars[i], chars[i + 1] = chars[i + 1], chars[i]
            i += 2
        else:
            i += 1
    return "".join(chars)


@lru_cache(maxsize=4096)
def thai_sort_key(text: str) -> tuple[str, str, str]:
    """A key that sorts Thai (and mixed Thai/Latin) text in Thai dictionary order (cached: a
    sort asks for the key of the same name at every comparison, the library's at start-up
    about twelve times per file)."""
    folded = unicodedata.normalize("NFC", text).casefold().translate(_THAI_DIGITS)
    swapped = _swap_leading_vowels(folded)
    primary = "".join(c for c in swapped if c not in MARKS)
    return primary, swapped, text


def thai_sort_text(text: str) -> str:
    """``thai_sort_key`` as one string (for a Qt sort role, which compares strings)."""
    return "\x00".join(thai_sort_key(text))


def thai_sorted(texts: list[str]) -> list[str]:
    return sorted(texts, key=thai_sort_key)
