"""A bundle in parts (issue 16; docs/bundle-format.md section 11): the .zip cut into numbered
byte ranges ``<bundle>.001``, ``<bundle>.002``, ... (joined by ``cat``, ``copy /b`` or 7-Zip's
"Combine files") plus a small signed part list ``<bundle>.parts`` giving each part's size and
SHA-256, so each part is checked on its own and the office asks again for exactly the one that
is missing or damaged.

The part list is a signed text like the office's signed files: a JSON document, a line
``-----BEGIN SIGNATURE-----``, then the district key's minisign signature of the document.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from sealdesk.bundle import minisign
from sealdesk.bundle.errors import BadSignatureError
from sealdesk.bundle.keys import SigningKey
from sealdesk.bundle.minisign import PublicKey
from sealdesk.errors import QT_TRANSLATE_NOOP, InputError
from sealdesk.fsutil import CHUNK, atomic_writer, open_regular

PARTS_FORMAT = "sealdesk-parts"
PARTS_SUFFIX = ".parts"
SIGNATURE_MARK = "-----BEGIN SIGNATURE-----"
MAX_PARTS = 999
MIN_PART_SIZE = 1000
MAX_PART_LIST_BYTES = 1024 * 1024
PART_NAME = re.compile(r"^(?P<bundle>.+)\.(?P<index>\d{3})$")

_UNITS = {"": 1, "B": 1, "KB": 1000, "MB": 1000**2, "GB": 1000**3}
_UNITS |= {"KIB": 1024, "MIB": 1024**2, "GIB": 1024**3}

PART_SIZE_CHOICES: dict[str, int] = {
    "email": 15 * 1000**2,  # base64 makes it a third larger: fits the usual 20-25 MB limit
    "chat": 50 * 1000**2,  # the file limits of chat apps on a phone plan
    "usb": 4000 * 1000**2,  # under FAT32's 4 GiB limit on a file
}
"""The part sizes the export dialog offers, by how the parts travel."""


def parse_size(text: str) -> int:
    """``20MB``, ``1.5GB``, ``512KiB`` or a number of bytes; InputError otherwise."""
    m = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([A-Za-z]*)\s*", text)
    unit = m.group(2).upper() if m else ""
    if not m or unit not in _UNITS:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Errors", "{value} is not a size: give it as, for example, 20MB or 1GB."
            ),
            value=text,
        )
    size = int(float(m.group(1)) * _UNITS[unit])
    if size < MIN_PART_SIZE:
        raise InputError(
            QT_TRANSLATE_NOOP("Errors", "A part must hold at least {limit} bytes."),
            limit=MIN_PART_SIZE,
        )
    return size


@dataclass(frozen=True, slots=True)
class Part:
    index: int  # 1-based
    name: str
    offset: int
    size: int
    sha256: str


@dataclass(frozen=True, slots=True)
class PartList:
    bundle: str  # the bundle's file name
    bundle_sha256: str
    bundle_size: int
    bundle_id: str
    district: str
    round_be: int
    signer_key_id: str
    parts: tuple[Part, ...]


def part_name(bundle_name: str, index: int) -> str:
    return f"{bundle_name}.{index:03d}"


def plan_parts(size: int, part_size: int) -> list[tuple[int, int]]:
    """(offset, length) of each part of a file of ``size`` bytes."""
    count = max(1, -(-size // part_size))
    if count > MAX_PARTS:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "With parts of that size the bundle would need {count} parts; at most {limit} "
                "are possible. Choose larger parts.",
            ),
            count=count,
            limit=MAX_PARTS,
        )
    return [(o, min(part_size, size - o)) for o in range(0, max(size, 1), part_size)]


def write_parts(
    bundle: Path,
    part_size: int,
    folder: Path,
    bundle_name: str,
    overwrite: bool,
) -> list[Part]:
    """Cuts ``bundle`` into parts in ``folder``; returns them (each hashed as written). When
    it fails half-way, the parts it wrote are removed: no incomplete set is left to be sent."""
    size = bundle.stat().st_size
    parts: list[Part] = []
    try:
        with open_regular(bundle) as src:
            for index, (offset, length) in enumerate(plan_parts(size, part_size), start=1):
                name = part_name(bundle_name, index)
                target = folder / name
                if target.exists() and not overwrite:
                    raise FileExistsError(str(target))
                parts.append(_write_part(src, target, index, offset, length))
    except BaseException:
        for part in parts:
            with contextlib.suppress(OSError):
                (folder / part.name).unlink()
        raise
    return parts


def _write_part(src: BinaryIO, target: Path, index: int, offset: int, length: int) -> Part:
    digest = hashlib.sha256()
    with atomic_writer(target) as out:
        left = length
        while left:
            data = src.read(min(CHUNK, left))
            if not data:
                raise OSError("the bundle shrank while it was cut into parts")
            digest.update(data)
            out.write(data)
            left -= len(data)
    return Part(index, target.name, offset, length, digest.hexdigest())


def part_list_text(
    parts: Iterable[Part],
    *,
    bundle_name: str,
    bundle_sha256: str,
    bundle_size: int,
    bundle_id: str,
    district: str,
    round_be: int,
    key: SigningKey,
) -> str:
    doc: dict[str, Any] = {
        "format": PARTS_FORMAT,
        "version": 1,
        "bundle": bundle_name,
        "bundle_sha256": bundle_sha256,
        "bundle_size": bundle_size,
        "bundle_id": bundle_id,
        "district": district,
        "round_be": round_be,
        "signer_key_id": key.public.key_id_hex,
        "parts": [
            {
                "index": p.index,
                "name": p.name,
                "offset": p.offset,
                "size": p.size,
                "sha256": p.sha256,
            }
            for p in parts
        ],
    }
    body = json.dumps(doc, ensure_ascii=False, indent=1) + "\n"
    comment = f"sealdesk parts bundle:{bundle_id} sha256:{bundle_sha256}"
    return body + SIGNATURE_MARK + "\n" + key.sign_minisign(body.encode("utf-8"), comment)


def _file_name(name: str) -> bool:
    """A plain file name: the office receives the joined bundle under it (no folder, no "..")."""
    return name not in ("", ".", "..") and not any(c in name for c in "/\\\0")


def parse_part_list(text: str, trusted: Iterable[PublicKey]) -> PartList:
    """A part list, its signature checked against ``trusted`` keys; BadSignatureError when it
    is not signed by one of them or was changed, ValueError when it is not a part list."""
    body, mark, signature = text.partition(SIGNATURE_MARK + "\n")
    if not mark:
        raise ValueError("not a signed part list")
    sig = minisign.parse_signature(signature.encode("utf-8"))
    signers = minisign.find_signer(sig, trusted)
    if not signers:
        raise BadSignatureError(detail=f"the part list is signed by unknown key {sig.key_id_hex}")
    minisign.verify(sig, signers[0], body.encode("utf-8"))
    doc = json.loads(body)
    if doc.get("format") != PARTS_FORMAT or doc.get("version") != 1:
        raise ValueError("not a part list")
    parts = tuple(
        Part(int(p["index"]), str(p["name"]), int(p["offset"]), int(p["size"]), str(p["sha256"]))
        for p in doc["parts"]
    )
    bundle = str(doc["bundle"])
    if any(p.name != part_name(bundle, p.index) for p in parts) or not _file_name(bundle):
        raise ValueError("a part's name does not match its bundle")
    if [p.index for p in parts] != list(range(1, len(parts) + 1)) or len(parts) > MAX_PARTS:
        raise ValueError("the parts are not numbered 1..n")
    return PartList(
        bundle=bundle,
        bundle_sha256=str(doc["bundle_sha256"]),
        bundle_size=int(doc["bundle_size"]),
        bundle_id=str(doc["bundle_id"]),
        district=str(doc["district"]),
        round_be=int(doc["round_be"]),
        signer_key_id=signers[0].key_id_hex,
        parts=parts,
    )


__all__ = [
    "MAX_PART_LIST_BYTES",
    "PARTS_SUFFIX",
    "PART_NAME",
    "PART_SIZE_CHOICES",
    "Part",
    "PartList",
    "parse_part_list",
    "parse_size",
    "part_list_text",
    "part_name",
    "write_parts",
]
