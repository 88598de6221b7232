"""Bundles that arrive in parts (issue 16): ``office receive`` takes parts and part lists in
any order, over as many calls as it takes; they wait in ``<office workspace>/parts/`` (never in
the clerk's folder). A part is checked against the signed part list as soon as both are
there: a damaged part is named and dropped, the good ones kept. When every part is there the
bundle is assembled, checked against the list's SHA-256, and received as any bundle is.

Layout: ``parts/<group>/`` per bundle (``group`` = first 32 hex digits of SHA-256 of the bundle's
file name, so a hostile name never becomes a path): ``list`` (the signed part list as
received), ``NNN`` (a part not yet checked: the list has not come), ``NNN.ok`` (checked).
"""

from __future__ import annotations

import contextlib
import hashlib
import shutil
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select

from sealdesk.bundle.errors import BadSignatureError, VerifyError
from sealdesk.bundle.minisign import parse_public_key
from sealdesk.bundle.parts import (
    MAX_PART_LIST_BYTES,
    PART_NAME,
    PARTS_SUFFIX,
    PartList,
    parse_part_list,
)
from sealdesk.domain.city import IntakeOutcome, IntakeResult
from sealdesk.errors import QT_TRANSLATE_NOOP, SealDeskError
from sealdesk.fsutil import CHUNK, atomic_writer, open_regular, read_regular_text
from sealdesk.progress import IsCancelled, check_cancelled
from sealdesk.services.core import WorkspaceCore
from sealdesk.store.office_models import OfficeKey

PARTS_DIR = "parts"
MAX_PART_BYTES = 8 * 1024**3

M_PART_KEPT = QT_TRANSLATE_NOOP("Office", "{file}: kept; it is a part of bundle {bundle}.")
M_PART_DAMAGED = QT_TRANSLATE_NOOP(
    "Office",
    "{file}: damaged: it does not match the signed part list. The good parts are kept; ask the "
    "district to send this part again.",
)
M_PARTS_MISSING = QT_TRANSLATE_NOOP(
    "Office",
    "{bundle}: still missing: {missing}. The parts received are kept until the set is complete.",
)
M_PART_LIST_BAD = QT_TRANSLATE_NOOP(
    "Office",
    "{file}: not taken in: this part list is not signed by an enrolled district key, or it was "
    "changed after it was signed.",
)
M_PARTS_WRONG = QT_TRANSLATE_NOOP(
    "Office",
    "{bundle}: the parts do not join into the bundle the part list describes; all parts are "
    "dropped. Ask the district to send the bundle again.",
)


@dataclass
class PartIntake:
    """What ``take_parts`` made of the files: the ones that are not parts, the sentences about
    the parts, and the bundles assembled from complete sets (with their group folders)."""

    others: list[Path] = field(default_factory=list)
    results: list[IntakeResult] = field(default_factory=list)
    assembled: list[tuple[Path, Path]] = field(default_factory=list)


def is_part_file(path: Path) -> bool:
    return path.name.endswith(PARTS_SUFFIX) or PART_NAME.match(path.name) is not None


def _group(ws: WorkspaceCore, bundle_name: str) -> Path:
    digest = hashlib.sha256(bundle_name.encode("utf-8")).hexdigest()[:32]
    folder = Path(ws.path) / PARTS_DIR / digest
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _result(file: str, outcome: IntakeOutcome, message: str, **params: str) -> IntakeResult:
    return IntakeResult(file, outcome, message, {"file": Path(file).name, **params})


def _trusted(ws: WorkspaceCore) -> dict[str, tuple[object, str]]:
    with ws._sessions() as session:
        rows = session.scalars(select(OfficeKey).where(OfficeKey.revoked_at.is_(None))).all()
        return {r.key_id: (parse_public_key(r.public_key), r.district_code) for r in rows}


def _read_list(ws: WorkspaceCore, text: str) -> PartList:
    trusted = _trusted(ws)
    plist = parse_part_list(text, [k for k, _ in trusted.values()])  # type: ignore[misc]
    if trusted[plist.signer_key_id][1] != plist.district:
        raise BadSignatureError(detail="the part list's key belongs to another district")
    return plist


def _copy_in(source: Path, target: Path, cancelled: IsCancelled | None) -> None:
    with open_regular(source, MAX_PART_BYTES) as src, atomic_writer(target) as out:
        while chunk := src.read(16 * CHUNK):
            check_cancelled(cancelled)
            out.write(chunk)


def _sha256(path: Path) -> tuple[str, int]:
    digest, size = hashlib.sha256(), 0
    with open(path, "rb") as f:
        while chunk := f.read(16 * CHUNK):
            digest.update(chunk)
            size += len(chunk)
    return digest.hexdigest(), size


def _replace_list(group: Path, text: str) -> None:
    """A part list for a bundle of the same name but other content (exported again): the
    parts checked against the old list are checked again against the new one."""
    old = group / "list"
    if old.exists() and old.read_text("utf-8") != text:
        for ok in group.glob("*.ok"):
            ok.replace(ok.with_suffix(""))


def take_parts(
    ws: WorkspaceCore, paths: Sequence[Path], cancelled: IsCancelled | None = None
) -> PartIntake:
    """Keeps the parts and part lists among ``paths`` in the office workspace, checks what can
    be checked, assembles complete sets. Called by ``receive_bundles`` under the intake lock."""
    intake = PartIntake()
    touched: dict[Path, list[str]] = {}
    for path in map(Path, paths):
        if not is_part_file(path):
            intake.others.append(path)
            continue
        try:
            if path.name.endswith(PARTS_SUFFIX):
                text = read_regular_text(path, MAX_PART_LIST_BYTES)
                try:
                    plist = _read_list(ws, text)
                except (VerifyError, ValueError, KeyError, TypeError):
                    intake.results.append(_result(str(path), IntakeOutcome.FAILED, M_PART_LIST_BAD))
                    continue
                group = _group(ws, plist.bundle)
                _replace_list(group, text)
                with atomic_writer(group / "list") as out:
                    out.write(text.encode("utf-8"))
                touched.setdefault(group, [])
            else:
                m = PART_NAME.match(path.name)
                assert m is not None
                group = _group(ws, m.group("bundle"))
                index = int(m.group("index"))
                _copy_in(path, group / f"{index:03d}", cancelled)  # checked again
                (group / f"{index:03d}.ok").unlink(missing_ok=True)
                touched.setdefault(group, []).append(path.name)
        except SealDeskError as error:
            reason = error.english()
            intake.results.append(
                _result(
                    str(path), IntakeOutcome.FAILED, "{file}: not taken in: {reason}", reason=reason
                )
            )
        except OSError as error:
            intake.results.append(
                _result(
                    str(path),
                    IntakeOutcome.FAILED,
                    "{file}: not taken in: {reason}",
                    reason=error.strerror or str(error),
                )
            )
    for group, arrived in touched.items():
        _settle(ws, group, arrived, intake, cancelled)
    return intake


def _settle(
    ws: WorkspaceCore,
    group: Path,
    arrived: list[str],
    intake: PartIntake,
    cancelled: IsCancelled | None,
) -> None:
    """Checks the waiting parts of one bundle against its list; assembles a complete set."""
    if not (group / "list").exists():
        for name in arrived:
            m = PART_NAME.match(name)
            intake.results.append(
                _result(
                    name, IntakeOutcome.PARTIAL, M_PART_KEPT, bundle=m.group("bundle") if m else ""
                )
            )
        return
    try:
        plist = _read_list(ws, (group / "list").read_text("utf-8"))
    except (VerifyError, ValueError, KeyError, TypeError, OSError):  # its key was revoked since
        (group / "list").unlink(missing_ok=True)
        intake.results.append(_result(str(group / "list"), IntakeOutcome.FAILED, M_PART_LIST_BAD))
        return
    missing = []
    for part in plist.parts:
        check_cancelled(cancelled)
        waiting, ok = group / f"{part.index:03d}", group / f"{part.index:03d}.ok"
        if waiting.exists():
            digest, size = _sha256(waiting)
            if (digest, size) == (part.sha256, part.size):
                waiting.replace(ok)
            else:
                waiting.unlink()
                intake.results.append(_result(part.name, IntakeOutcome.FAILED, M_PART_DAMAGED))
                missing.append(part.name)
                continue
        if ok.exists():
            if part.name in arrived:
                intake.results.append(
                    _result(part.name, IntakeOutcome.PARTIAL, M_PART_KEPT, bundle=plist.bundle)
                )
        else:
            missing.append(part.name)
    if missing:
        intake.results.append(
            _result(
                plist.bundle,
                IntakeOutcome.PARTIAL,
                M_PARTS_MISSING,
                bundle=plist.bundle,
                missing=", ".join(missing),
            )
        )
        return
    target = group / "bundle.zip"
    digest = hashlib.sha256()
    with atomic_writer(target) as out:
        for part in plist.parts:
            with open(group / f"{part.index:03d}.ok", "rb") as src:
                while chunk := src.read(16 * CHUNK):
                    check_cancelled(cancelled)
                    digest.update(chunk)
                    out.write(chunk)
    if digest.hexdigest() != plist.bundle_sha256:
        shutil.rmtree(group, ignore_errors=True)
        intake.results.append(
            _result(plist.bundle, IntakeOutcome.FAILED, M_PARTS_WRONG, bundle=plist.bundle)
        )
        return
    named = group / "bundle" / plist.bundle  # received under the bundle's own name
    named.parent.mkdir(exist_ok=True)
    target.replace(named)
    intake.assembled.append((named, group))


def finish_group(group: Path, result: IntakeResult) -> None:
    """After the assembled bundle was received: its parts are no longer needed, unless the
    intake failed (disk full...) and it can be received again."""
    if result.outcome is not IntakeOutcome.FAILED:
        with contextlib.suppress(OSError):
            shutil.rmtree(group)
