"""A bundle written in parts (issue 16): the signed bundle is written whole beside its final
name, cut into ``<name>.001``, ``<name>.002``, ... and described by the signed part list
``<name>.parts``; the whole .zip is then removed (docs/bundle-format.md section 11)."""

from __future__ import annotations

import contextlib
import dataclasses
from pathlib import Path

from sealdesk.bundle.errors import ExportFailedError
from sealdesk.bundle.keys import SigningKey
from sealdesk.bundle.parts import (
    PART_NAME,
    PART_SIZE_CHOICES,
    PARTS_SUFFIX,
    parse_size,
    part_list_text,
    write_parts,
)
from sealdesk.bundle.submission import Submission
from sealdesk.bundle.writer import ExportResult
from sealdesk.errors import FileAccessError
from sealdesk.fsutil import atomic_write_text, check_output

__all__ = ["PART_SIZE_CHOICES", "cut_into_parts", "parse_size", "prepare_parts_folder"]


def _existing_parts(out: Path) -> list[Path]:
    found = []
    for p in out.parent.glob(out.name + ".*"):
        m = PART_NAME.match(p.name)
        if m and m.group("bundle") == out.name:
            found.append(p)
    return found


def prepare_parts_folder(out: Path, overwrite: bool) -> None:
    """Creates the folder of ``out`` if needed; refuses when parts or a part list of that name
    are there already (unless ``overwrite``)."""
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ExportFailedError.from_os_error(str(out.parent), exc) from exc
    try:
        check_output(out.with_name(out.name + PARTS_SUFFIX), overwrite)
    except FileAccessError as exc:
        raise ExportFailedError.refused(exc) from None
    if not overwrite and _existing_parts(out):
        try:
            check_output(_existing_parts(out)[0], overwrite)
        except FileAccessError as exc:
            raise ExportFailedError.refused(exc) from None


def cut_into_parts(
    result: ExportResult, sub: Submission, key: SigningKey, part_size: int, overwrite: bool
) -> ExportResult:
    """Cuts the written bundle into parts, writes the signed part list, removes the whole zip;
    the result's ``path`` is the part list and ``parts`` the number of parts."""
    bundle = result.path
    stale = set(_existing_parts(bundle))
    try:
        parts = write_parts(bundle, part_size, bundle.parent, bundle.name, overwrite)
        text = part_list_text(
            parts,
            bundle_name=bundle.name,
            bundle_sha256=result.sha256,
            bundle_size=result.size,
            bundle_id=result.bundle_id,
            district=sub.district.code,
            round_be=sub.round_be,
            key=key,
        )
        list_path = bundle.with_name(bundle.name + PARTS_SUFFIX)
        atomic_write_text(list_path, text)
    except OSError as exc:
        raise ExportFailedError.from_os_error(str(bundle), exc) from exc
    finally:
        with contextlib.suppress(OSError):
            bundle.unlink()
    for old in stale - {bundle.parent / p.name for p in parts}:  # of an earlier, longer export
        with contextlib.suppress(OSError):
            old.unlink()
    return dataclasses.replace(result, path=list_path, parts=len(parts))
