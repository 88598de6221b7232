"""Bilingual text: every catalog and district text exists in Thai and English."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Text:
    th: str
    en: str

    def get(self, lang: str) -> str:
        """The text in ``lang`` ("th" or "en"), falling back to the other when empty."""
        if lang == "th":
            return self.th or self.en
        return self.en or self.th
