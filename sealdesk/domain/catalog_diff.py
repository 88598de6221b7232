"""What changed between two catalog editions, in sentences a coordinator can forward.

Pure domain code: ``diff_catalogs(old, new)`` compares two loaded catalogs by benchmark code
and returns a frozen ``CatalogDiff`` (benchmarks added, removed, renumbered, renamed, whose
mandatory levels changed, whose description or means of verification changed; thresholds).
``CatalogDiff.lines(lang)`` turns it into ``DiffLine`` sentences; each carries an English
template marked for translation (context ``CatalogDiff``) and is rendered by the front ends
with Qt's translate (``line.render(translate)``), so the same words reach the command line,
the app's "before you import / publish" dialog and a pasted e-mail.

Benchmarks are progressive (mandatory for a level means mandatory for every higher one), so a
benchmark's mandatory set is told by its lowest level: "mandatory from Silver up".
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sealdesk.domain.catalog import Benchmark, Catalog
from sealdesk.domain.status import LEVELS, Level
from sealdesk.domain.text import Text
from sealdesk.errors import QT_TRANSLATE_NOOP

CONTEXT = "CatalogDiff"

Translate = Callable[..., str]
"""Qt's translate: ``translate(context, text)`` or ``translate(context, text, "", n)``."""


def translate(context: str, text: str, disambiguation: str = "", n: int = -1) -> str:
    """Marks a plural template for translation (lupdate reads a call named ``translate`` with a
    count as a %n message); returns ``text`` unchanged: the front ends translate it."""
    return text


@dataclass(frozen=True, slots=True)
class EditionRef:
    """Which edition a side of the comparison is."""

    edition: str
    version: str
    sha256: str
    title: Text

    @classmethod
    def of(cls, catalog: Catalog) -> EditionRef:
        return cls(catalog.edition, catalog.version, catalog.sha256, catalog.title)


@dataclass(frozen=True, slots=True)
class Renamed:
    code: str
    old: Text
    new: Text


@dataclass(frozen=True, slots=True)
class Renumbered:
    """A benchmark whose title (Thai and English) is unchanged but whose code is new."""

    old_code: str
    new_code: str
    title: Text


@dataclass(frozen=True, slots=True)
class MandatoryChange:
    code: str
    title: Text
    old: Level | None  # the lowest level it was mandatory for; None: not mandatory
    new: Level | None


@dataclass(frozen=True, slots=True)
class ThresholdChange:
    level: Level
    old: int
    new: int


def lowest_mandatory(benchmark: Benchmark) -> Level | None:
    """The lowest level ``benchmark`` is mandatory for (None when it is not mandatory)."""
    return next((level for level in LEVELS if level in benchmark.mandatory), None)


@dataclass(frozen=True, slots=True)
class DiffLine:
    """One sentence of a diff. ``template`` is English, marked for translation in context
    ``CatalogDiff``; a counted line has a %n plural template, its count in ``n`` and ``one``,
    the English singular. ``levels`` are the params holding a Level, translated (context
    ``Level``) when rendered."""

    kind: str
    template: str
    params: dict[str, Any] = field(default_factory=dict)
    code: str = ""
    n: int | None = None
    one: str = ""
    levels: tuple[str, ...] = ()

    def english(self) -> str:
        template = self.one if self.n == 1 and self.one else self.template
        if self.n is not None:
            template = template.replace("%n", str(self.n))
        params = {k: (v.label if k in self.levels else v) for k, v in self.params.items()}
        return template.format(**params)

    def render(self, translate: Translate | None = None) -> str:
        """The sentence in the user's language (``translate`` is Qt's; None: English)."""
        if translate is None:
            return self.english()
        if self.n is None:
            translated = translate(CONTEXT, self.template)
        else:
            translated = translate(CONTEXT, self.template, "", self.n)
            translated = translated.replace("%n", str(self.n))
        params = {
            k: (translate("Level", v.label) if k in self.levels else v)
            for k, v in self.params.items()
        }
        try:
            return translated.format(**params)
        except (KeyError, IndexError, ValueError):
            return self.english()

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"kind": self.kind}
        if self.code:
            data["code"] = self.code
        data["message"] = self.english()
        return data


_HEADER = QT_TRANSLATE_NOOP(
    "CatalogDiff", "Changes from edition {old_edition} version {old_version} "
    "to edition {new_edition} version {new_version}."
)  # fmt: skip
_SAME_TEXT = QT_TRANSLATE_NOOP(
    "CatalogDiff", "The two catalogs are the same text (SHA-256 {sha256})."
)
_NOTHING = QT_TRANSLATE_NOOP(
    "CatalogDiff",
    "No benchmark was added, removed, renamed or changed; only other parts of the text differ.",
)
_SUMMARY: dict[str, tuple[str, str]] = {
    "added": (
        "%n benchmark added.",
        translate("CatalogDiff", "%n benchmarks added.", "", 2),
    ),
    "removed": (
        "%n benchmark removed.",
        translate("CatalogDiff", "%n benchmarks removed.", "", 2),
    ),
    "renumbered": (
        "%n benchmark renumbered.",
        translate("CatalogDiff", "%n benchmarks renumbered.", "", 2),
    ),
    "renamed": (
        "%n benchmark renamed.",
        translate("CatalogDiff", "%n benchmarks renamed.", "", 2),
    ),
    "mandatory": (
        "%n benchmark changed the levels it is mandatory for.",
        translate("CatalogDiff", "%n benchmarks changed the levels they are mandatory for.", "", 2),
    ),
}
_REWORDED = (
    "The description or means of verification of %n benchmark changed: {codes}.",
    translate(
        "CatalogDiff",
        "The descriptions or means of verification of %n benchmarks changed: {codes}.",
        "",
        2,
    ),
)
_ADDED = QT_TRANSLATE_NOOP("CatalogDiff", "Added benchmark {code}: {title}.")
_ADDED_MANDATORY = QT_TRANSLATE_NOOP(
    "CatalogDiff", "Added benchmark {code}: {title}. It is mandatory from {level} up."
)
_REMOVED = QT_TRANSLATE_NOOP("CatalogDiff", "Removed benchmark {code}: {title}.")
_RENUMBERED = QT_TRANSLATE_NOOP(
    "CatalogDiff", "Benchmark {old_code} is now numbered {new_code}: {title}."
)
_RENAMED = QT_TRANSLATE_NOOP(
    "CatalogDiff", "Benchmark {code} is renamed from \u201c{old}\u201d to \u201c{new}\u201d."
)
_NOW_MANDATORY = QT_TRANSLATE_NOOP(
    "CatalogDiff",
    "Benchmark {code} ({title}) is now mandatory from {new} up; it was not mandatory before.",
)
_NO_LONGER_MANDATORY = QT_TRANSLATE_NOOP(
    "CatalogDiff",
    "Benchmark {code} ({title}) is no longer mandatory; it was mandatory from {old} up.",
)
_MANDATORY_MOVED = QT_TRANSLATE_NOOP(
    "CatalogDiff",
    "Benchmark {code} ({title}) is now mandatory from {new} up; it was mandatory from {old} up.",
)
_THRESHOLD = QT_TRANSLATE_NOOP(
    "CatalogDiff", "The threshold for {level} changes from {old}% to {new}%."
)


@dataclass(frozen=True)
class CatalogDiff:
    """What changed from ``old`` to ``new``, each list in the new catalog's order (removed ones
    in the old catalog's order)."""

    old: EditionRef
    new: EditionRef
    added: tuple[Benchmark, ...]
    removed: tuple[Benchmark, ...]
    renumbered: tuple[Renumbered, ...]
    renamed: tuple[Renamed, ...]
    mandatory: tuple[MandatoryChange, ...]
    reworded: tuple[str, ...]  # codes whose description or means of verification changed
    thresholds: tuple[ThresholdChange, ...]

    @property
    def same_text(self) -> bool:
        return self.old.sha256 == self.new.sha256

    @property
    def empty(self) -> bool:
        """True when no benchmark and no threshold changed (other texts may still differ)."""
        return not (
            self.added
            or self.removed
            or self.renumbered
            or self.renamed
            or self.mandatory
            or self.reworded
            or self.thresholds
        )

    def lines(self, lang: str = "en") -> list[DiffLine]:
        """The diff as sentences: a header, a count per kind, then one line per change.
        Benchmark titles are given in ``lang`` ("th" or "en")."""
        old, new = self.old, self.new
        out = [
            DiffLine(
                "header",
                _HEADER,
                {
                    "old_edition": old.edition,
                    "old_version": old.version,
                    "new_edition": new.edition,
                    "new_version": new.version,
                },
            )
        ]
        if self.same_text:
            out.append(DiffLine("same", _SAME_TEXT, {"sha256": new.sha256}))
            return out
        if self.empty:
            out.append(DiffLine("nothing", _NOTHING))
            return out
        for kind, items in (
            ("added", self.added),
            ("removed", self.removed),
            ("renumbered", self.renumbered),
            ("renamed", self.renamed),
            ("mandatory", self.mandatory),
        ):
            if items:
                one, many = _SUMMARY[kind]
                out.append(DiffLine(f"{kind}-count", many, n=len(items), one=one))
        for bm in self.added:
            level = lowest_mandatory(bm)
            if level is None:
                out.append(DiffLine("added", _ADDED, _titled(bm.code, bm.title, lang), bm.code))
            else:
                params = {**_titled(bm.code, bm.title, lang), "level": level}
                out.append(DiffLine("added", _ADDED_MANDATORY, params, bm.code, levels=("level",)))
        for bm in self.removed:
            out.append(DiffLine("removed", _REMOVED, _titled(bm.code, bm.title, lang), bm.code))
        for moved in self.renumbered:
            params = {
                "old_code": moved.old_code,
                "new_code": moved.new_code,
                "title": moved.title.get(lang),
            }
            out.append(DiffLine("renumbered", _RENUMBERED, params, moved.new_code))
        for ren in self.renamed:
            params = {"code": ren.code, "old": ren.old.get(lang), "new": ren.new.get(lang)}
            out.append(DiffLine("renamed", _RENAMED, params, ren.code))
        for change in self.mandatory:
            params = {**_titled(change.code, change.title, lang)}
            if change.old is None:
                template, levels = _NOW_MANDATORY, ("new",)
                params["new"] = change.new
            elif change.new is None:
                template, levels = _NO_LONGER_MANDATORY, ("old",)
                params["old"] = change.old
            else:
                template, levels = _MANDATORY_MOVED, ("old", "new")
                params.update(old=change.old, new=change.new)
            out.append(DiffLine("mandatory", template, params, change.code, levels=levels))
        if self.reworded:
            one, many = _REWORDED
            codes = ", ".join(self.reworded)
            out.append(DiffLine("reworded", many, {"codes": codes}, n=len(self.reworded), one=one))
        for th in self.thresholds:
            params = {"level": th.level, "old": th.old, "new": th.new}
            out.append(DiffLine("threshold", _THRESHOLD, params, levels=("level",)))
        return out

    def render(self, translate: Translate | None = None, lang: str = "en") -> str:
        """The whole diff as text, one sentence a line (English when ``translate`` is None)."""
        return "\n".join(line.render(translate) for line in self.lines(lang))

    def to_json(self) -> dict[str, Any]:
        return {
            "old": {"edition": self.old.edition, "version": self.old.version,
                    "sha256": self.old.sha256},
            "new": {"edition": self.new.edition, "version": self.new.version,
                    "sha256": self.new.sha256},
            "added": [b.code for b in self.added],
            "removed": [b.code for b in self.removed],
            "renumbered": [{"old": r.old_code, "new": r.new_code} for r in self.renumbered],
            "renamed": [r.code for r in self.renamed],
            "mandatory": [
                {"code": m.code, "old": m.old and m.old.value, "new": m.new and m.new.value}
                for m in self.mandatory
            ],
            "reworded": list(self.reworded),
            "thresholds": [
                {"level": t.level.value, "old": t.old, "new": t.new} for t in self.thresholds
            ],
            "lines": [line.to_json() for line in self.lines("en")],
        }  # fmt: skip


def _titled(code: str, title: Text, lang: str) -> dict[str, Any]:
    return {"code": code, "title": title.get(lang)}


def diff_catalogs(old: Catalog, new: Catalog) -> CatalogDiff:
    """Compares two catalogs benchmark by benchmark (by code). A benchmark that disappears
    while one with exactly the same Thai and English title appears under another code is
    reported as renumbered, not as removed and added."""
    old_by = {b.code: b for b in old.benchmarks()}
    new_by = {b.code: b for b in new.benchmarks()}
    gone = [b for b in old.benchmarks() if b.code not in new_by]
    came = [b for b in new.benchmarks() if b.code not in old_by]
    renumbered: list[Renumbered] = []
    gone_by_title: dict[Text, list[Benchmark]] = {}
    for bm in gone:
        gone_by_title.setdefault(bm.title, []).append(bm)
    added: list[Benchmark] = []
    moved_old: set[str] = set()
    for bm in came:
        candidates = gone_by_title.get(bm.title)
        if candidates:
            previous = candidates.pop(0)
            moved_old.add(previous.code)
            renumbered.append(Renumbered(previous.code, bm.code, bm.title))
        else:
            added.append(bm)
    removed = tuple(b for b in gone if b.code not in moved_old)

    renamed: list[Renamed] = []
    mandatory: list[MandatoryChange] = []
    reworded: list[str] = []
    pairs = [(old_by[b.code], b) for b in new.benchmarks() if b.code in old_by]
    pairs += [(old_by[r.old_code], new_by[r.new_code]) for r in renumbered]
    for before, after in pairs:
        if before.title != after.title:
            renamed.append(Renamed(after.code, before.title, after.title))
        if before.mandatory != after.mandatory:
            mandatory.append(
                MandatoryChange(
                    after.code, after.title, lowest_mandatory(before), lowest_mandatory(after)
                )
            )
        if (before.description, before.verification) != (after.description, after.verification):
            reworded.append(after.code)
    thresholds = tuple(
        ThresholdChange(level, old.thresholds[level], new.thresholds[level])
        for level in LEVELS
        if old.thresholds[level] != new.thresholds[level]
    )
    return CatalogDiff(
        old=EditionRef.of(old),
        new=EditionRef.of(new),
        added=tuple(added),
        removed=removed,
        renumbered=tuple(renumbered),
        renamed=tuple(renamed),
        mandatory=tuple(mandatory),
        reworded=tuple(reworded),
        thresholds=thresholds,
    )
