"""Qt's compiled translation catalogs (.qm) read in pure Python, answering as QTranslator does.

The command line and printing translate without showing a window; loading PySide6.QtCore only
for QTranslator costs such a process about 0.13 s of CPU (issue 13). This reader looks messages
up in the very files pyside6-lrelease makes for the app (scripts/build_translations.py), so
there is one source of truth and lrelease's semantics are kept: the same hash table, the same
fallback from a disambiguation to none, the same plural rules. The desktop app keeps
QTranslator; tests/foundation/test_qmcatalog.py checks that both give the same answer for every
message of both catalogs.

The format (Qt's src/corelib/kernel/qtranslator.cpp): a 16-byte magic, then blocks, each a tag
byte, a big-endian 32-bit length and that many bytes. The blocks used here:

- HASHES: (hash, offset) pairs of 32-bit numbers sorted by hash, where hash is the ELF hash of
  the UTF-8 source text followed by the disambiguation and offset points into MESSAGES;
- MESSAGES: records of fields (a tag byte, mostly a 32-bit length and bytes) ending with END:
  the translations (UTF-16BE, one per plural form), source text, context and disambiguation
  (UTF-8);
- NUMERUS_RULES: the byte code that picks a plural form for a number;
- CONTEXTS (written only by old lrelease versions): a hash table of the contexts present.

No Qt import here: this is the base layer.
"""

from __future__ import annotations

import sys
from array import array
from bisect import bisect_left
from pathlib import Path

MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
"""The first 16 bytes of every .qm file."""

MAX_QM_BYTES = 32 << 20
"""Our own catalogs are about 0.2 MiB; anything far larger is not one of them."""

# block tags (QTranslatorPrivate's enum)
BLOCK_CONTEXTS = 0x2F
BLOCK_HASHES = 0x42
BLOCK_MESSAGES = 0x69
BLOCK_NUMERUS_RULES = 0x88
BLOCK_DEPENDENCIES = 0x96
BLOCK_LANGUAGE = 0xA7

# field tags inside a message record (qtranslator.cpp's Tag enum)
FIELD_END = 1
FIELD_SOURCE_TEXT16 = 2  # obsolete, never written by lrelease; Qt treats it as damage
FIELD_TRANSLATION = 3
FIELD_CONTEXT16 = 4  # obsolete, likewise
FIELD_OBSOLETE1 = 5  # a 32-bit number, skipped
FIELD_SOURCE_TEXT = 6
FIELD_CONTEXT = 7
FIELD_COMMENT = 8  # the disambiguation
FIELD_OBSOLETE2 = 9  # not read by Qt either: ends the lookup of that record

NULL_TRANSLATION = 0xFFFFFFFF
"""The length lrelease writes for an untranslated form (Qt reads it as "no translation")."""

# plural rule byte code (Qt's qtranslator_p.h)
Q_EQ, Q_LT, Q_LEQ, Q_BETWEEN = 0x01, 0x02, 0x03, 0x04
Q_OP_MASK = 0x07
Q_NOT = 0x08
Q_MOD_10 = 0x10
Q_MOD_100 = 0x20
Q_LEAD_1000 = 0x40
Q_AND = 0xFD
Q_OR = 0xFE
Q_NEWRULE = 0xFF


class QmCatalogError(RuntimeError):
    """A .qm catalog that is missing, unreadable or not one lrelease wrote. It is a fault of the
    installation (or of a source checkout without ``make translations``), not of the user."""


def _u32(data: bytes, at: int) -> int:
    return int.from_bytes(data[at : at + 4], "big")


def elf_hash(*parts: bytes) -> int:
    """Qt's elfHash over the concatenated parts (never 0: Qt makes 0 into 1)."""
    h = 0
    for part in parts:
        for byte in part:
            h = (h << 4) + byte
            g = h & 0xF0000000
            if g:
                h ^= g >> 24
            h &= ~g
    return h or 1


def numerus_form(n: int, rules: bytes) -> int:
    """Which plural form ``rules`` (a NUMERUS_RULES block) pick for ``n``: Qt's numerusHelper.

    Each rule is a list of conditions joined by AND/OR; rules are separated by NEWRULE and the
    first that holds gives its index; none holding gives the form after the last rule."""
    if not rules:
        return 0
    result = i = 0
    size = len(rules)
    try:
        while True:
            or_value = False
            while True:
                and_value = True
                while True:
                    opcode = rules[i]
                    i += 1
                    left = n
                    if opcode & Q_MOD_10:
                        left %= 10
                    elif opcode & Q_MOD_100:
                        left %= 100
                    elif opcode & Q_LEAD_1000:
                        while left >= 1000:
                            left //= 1000
                    op = opcode & Q_OP_MASK
                    right = rules[i]
                    i += 1
                    if op == Q_EQ:
                        truth = left == right
                    elif op == Q_LT:
                        truth = left < right
                    elif op == Q_LEQ:
                        truth = left <= right
                    elif op == Q_BETWEEN:
                        truth = right <= left <= rules[i]
                        i += 1
                    else:
                        truth = True
                    if opcode & Q_NOT:
                        truth = not truth
                    and_value = and_value and truth
                    if i == size or rules[i] != Q_AND:
                        break
                    i += 1
                or_value = or_value or and_value
                if i == size or rules[i] != Q_OR:
                    break
                i += 1
            if or_value:
                return result
            result += 1
            if i == size:
                return result
            i += 1  # Q_NEWRULE
    except IndexError:
        raise QmCatalogError("the plural rules of the .qm catalog are damaged") from None


class QmCatalog:
    """One compiled catalog; ``translate`` answers as ``QTranslator.translate`` on the same
    bytes: the translation, or "" when the catalog has none (the caller falls back to the
    source text, as QCoreApplication.translate does).

    Messages are found through the file's own hash table (a binary search, then the records
    with that hash compared field by field), so opening a catalog costs no parsing; answers
    are remembered, since a document asks for the same labels again and again."""

    def __init__(self, data: bytes, origin: str = "the .qm catalog") -> None:
        self.origin = origin
        if len(data) < len(MAGIC) or data[: len(MAGIC)] != MAGIC:
            raise QmCatalogError(f"{origin} is not a Qt translation catalog (.qm)")
        self.hashes = self.messages = self.rules = self.contexts = b""
        self._blocks(data)
        table = array("I", self.hashes)  # (hash, offset) pairs, big-endian 32-bit
        if sys.byteorder == "little":
            table.byteswap()
        self._hash_values, self._offsets = table[0::2], table[1::2]
        if self._offsets and max(self._offsets) >= len(self.messages):
            raise QmCatalogError(f"{origin} is damaged (its hash table points past the messages)")
        self._answers: dict[tuple[str, str, str, int], str] = {}

    @classmethod
    def load(cls, path: Path) -> QmCatalog:
        """The catalog in ``path``, read whole (bounded; never a FIFO or a device)."""
        from sealdesk.errors import SealDeskError
        from sealdesk.fsutil import read_regular_bytes

        try:
            data = read_regular_bytes(path, MAX_QM_BYTES)
        except SealDeskError as error:
            if not Path(path).exists():
                raise QmCatalogError(f"{path} is missing: run 'make translations'") from None
            raise QmCatalogError(f"{path} cannot be read: {error.english()}") from None
        return cls(data, str(path))

    def _blocks(self, data: bytes) -> None:
        at, end = len(MAGIC), len(data)
        while at + 5 <= end:
            tag = data[at]
            length = _u32(data, at + 1)
            at += 5
            if not tag or not length:
                break
            if end - at < length:
                raise QmCatalogError(f"{self.origin} is cut short (a block runs past its end)")
            block = data[at : at + length]
            if tag == BLOCK_HASHES:
                self.hashes = block
            elif tag == BLOCK_MESSAGES:
                self.messages = block
            elif tag == BLOCK_NUMERUS_RULES:
                self.rules = block
            elif tag == BLOCK_CONTEXTS:
                self.contexts = block
            at += length
        if len(self.hashes) % 8 or array("I").itemsize != 4:
            raise QmCatalogError(f"{self.origin} is damaged (its hash table is cut)")

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        """The translation of ``source`` in ``context``; with ``n >= 0`` the plural form the
        catalog's rules pick for ``n`` (``%n`` is left in). "" when there is none."""
        key = (context, source, disambiguation or "", n)
        answer = self._answers.get(key)
        if answer is None:
            answer = self._answers[key] = self._lookup(
                context.encode(), source.encode(), (disambiguation or "").encode(), n
            )
        return answer

    def _lookup(self, context: bytes, source: bytes, comment: bytes, n: int) -> str:
        """QTranslatorPrivate::do_translate, without sub-translators (lrelease writes none)."""
        values, count = self._hash_values, len(self._hash_values)
        if not count or (self.contexts and not self._has_context(context)):
            return ""
        form = numerus_form(n, self.rules) if n >= 0 else 0
        while True:
            h = elf_hash(source, comment)
            entry = bisect_left(values, h)  # the first entry with hash h
            while entry < count and values[entry] == h:
                found = self._message(self._offsets[entry], context, source, comment, form)
                if found is not None:
                    return found
                entry += 1
            if not comment:
                return ""
            comment = b""

    def _has_context(self, context: bytes) -> bool:
        """Is ``context`` in the CONTEXTS block (Qt's check when the block is there)?"""
        table = self.contexts
        try:
            size = int.from_bytes(table[0:2], "big")
            slot = int.from_bytes(table[2 + 2 * (elf_hash(context) % size) :][:2], "big")
            if not slot:
                return False
            at = 2 + 2 * size + 2 * slot
            while length := table[at]:
                if table[at + 1 : at + 1 + length] == context:
                    return True
                at += 1 + length
        except (IndexError, ZeroDivisionError):
            raise QmCatalogError(f"{self.origin} is damaged (its context table)") from None
        return False

    def _message(
        self, at: int, context: bytes, source: bytes, comment: bytes, form: int
    ) -> str | None:
        """The record at ``at`` if it is the message asked for: Qt's getMessage. None when it is
        another message, has no translation for ``form`` or the field is marked untranslated."""
        m = self.messages
        end = len(m)
        chosen: tuple[int, int] | None = None
        remaining = form
        try:
            while True:
                tag = m[at]  # IndexError when the record runs off the end
                at += 1
                if tag == FIELD_END:
                    break
                if tag == FIELD_OBSOLETE1:
                    at += 4
                    continue
                if tag not in (FIELD_TRANSLATION, FIELD_SOURCE_TEXT, FIELD_CONTEXT, FIELD_COMMENT):
                    if FIELD_END < tag <= FIELD_OBSOLETE2:
                        return None  # a field of old formats: Qt skips such a record too
                    raise IndexError  # a field lrelease never writes: damage
                length = _u32(m, at)
                at += 4
                if at + (0 if length == NULL_TRANSLATION else length) > end:
                    raise IndexError  # a field running past the messages
                if tag == FIELD_TRANSLATION:
                    if length & 1:  # odd, or NULL_TRANSLATION: "not translated"
                        return None
                    if remaining == 0:
                        chosen = (at, length)
                    remaining -= 1
                else:
                    text = m[at : at + length]
                    if text.endswith(b"\0"):  # Qt tolerates a written terminator
                        text = text[:-1]
                    if tag == FIELD_SOURCE_TEXT and text != source:
                        return None
                    if tag == FIELD_CONTEXT and text != context:
                        return None
                    # Qt compares only when the byte after the length is not 0
                    if tag == FIELD_COMMENT and at < end and m[at] and text != comment:
                        return None
                at += length
        except IndexError:
            raise QmCatalogError(f"{self.origin} is damaged (a message cannot be read)") from None
        if chosen is None:
            return None
        start, length = chosen
        if start + length > end:
            raise QmCatalogError(f"{self.origin} is damaged (a translation runs past its end)")
        return m[start : start + length].decode("utf-16-be", "replace")
