"""Until part A's services publish their events, this wraps the Workspace the way they will.

Each wrapped method publishes, after it returned, the event the service will publish, unless
the method already published an event of that type itself (so this helper becomes a no-op once
the services publish, and can then be deleted).
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

import pytest

from sealdesk.events import (
    AssessmentChanged,
    BundleExported,
    Event,
    EvidenceChanged,
    InboxFiled,
    RoundsChanged,
    SettingChanged,
)
from sealdesk.services.workspace import Workspace

Before = Callable[..., Any]
Make = Callable[..., Event]


def _action_place(ws: Workspace, action_id: int) -> tuple[int, str] | None:
    for round_be in ws.rounds():
        for code, assessment in ws.assessments(round_be).items():
            if any(item.id == action_id for item in assessment.actions):
                return round_be, code
    return None


def _round(ws: Workspace, round_be: int | None) -> int:
    return ws.current_round if round_be is None else round_be


def _arg(args: tuple, kwargs: dict, position: int, name: str, default: Any = None) -> Any:
    if name in kwargs:
        return kwargs[name]
    return args[position] if len(args) > position else default


def _publishes(
    method: Callable[..., Any], kind: type[Event], make: Make, before: Before | None = None
) -> Callable[..., Any]:
    @functools.wraps(method)
    def wrapper(ws: Workspace, *args: Any, **kwargs: Any) -> Any:
        seen: list[Event] = []
        unsubscribe = ws.events.subscribe(seen.append)
        try:
            known = before(ws, *args, **kwargs) if before else None
            result = method(ws, *args, **kwargs)
        finally:
            unsubscribe()
        if not any(isinstance(event, kind) for event in seen):
            event = make(ws, result, known, *args, **kwargs)
            if event is not None:
                ws.events.publish(event)
        return result

    return wrapper


def _assessed(ws, result, _known, code, *args, **kwargs):  # type: ignore[no-untyped-def]
    return AssessmentChanged(_round(ws, kwargs.get("round_be")), code)


def _action_changed(ws, _result, known, *_args, **_kwargs):  # type: ignore[no-untyped-def]
    return None if known is None else AssessmentChanged(*known)


def _evidence_added(ws, result, _known, *args, **kwargs):  # type: ignore[no-untyped-def]
    evidence = result.evidence
    round_be = _round(ws, kwargs.get("round_be"))
    return EvidenceChanged(round_be, (evidence.id,), tuple(_arg(args, kwargs, 1, "benchmarks", ())))


def _linked(ws, _result, _known, evidence_id, code, round_be=None, **_kw):  # type: ignore[no-untyped-def]
    return EvidenceChanged(_round(ws, round_be), (evidence_id,), (code,))


def _evidence_edited(ws, _result, known, evidence_id, *_args, **_kw):  # type: ignore[no-untyped-def]
    return EvidenceChanged(None, (evidence_id,), tuple(known or ()))


def _links_of(ws, evidence_id, *_args, **_kw):  # type: ignore[no-untyped-def]
    return ws.get_evidence(evidence_id).links


WRAPPED: dict[str, tuple[type[Event], Make, Before | None]] = {
    "assess": (AssessmentChanged, _assessed, None),
    "add_action": (AssessmentChanged, _assessed, None),
    "update_action": (
        AssessmentChanged,
        _action_changed,
        lambda ws, action_id, *a, **k: _action_place(ws, action_id),
    ),
    "remove_action": (
        AssessmentChanged,
        _action_changed,
        lambda ws, action_id, *a, **k: _action_place(ws, action_id),
    ),
    "add_evidence": (EvidenceChanged, _evidence_added, None),
    "link_evidence": (EvidenceChanged, _linked, None),
    "unlink_evidence": (EvidenceChanged, _linked, None),
    "update_evidence": (EvidenceChanged, _evidence_edited, _links_of),
    "remove_evidence": (EvidenceChanged, _evidence_edited, _links_of),
    "set_setting": (SettingChanged, lambda ws, r, k, key, *a, **kw: SettingChanged(key), None),
    "add_round": (RoundsChanged, lambda ws, r, k, year, *a, **kw: RoundsChanged(year), None),
    "import_catalog": (
        RoundsChanged,
        lambda ws, r, k, path, round_be=None, **kw: RoundsChanged(_round(ws, round_be)),
        None,
    ),
    "record_export": (
        BundleExported,
        lambda ws, r, k, round_be, bundle_id, *a, **kw: BundleExported(round_be, bundle_id),
        None,
    ),
    "inbox_record": (
        InboxFiled,
        lambda ws, r, k, name, size, mtime_ns, outcome, *a, **kw: InboxFiled(name, outcome),
        None,
    ),
}


def install(monkeypatch: pytest.MonkeyPatch) -> None:
    """Makes every Workspace publish as part A's services will (undone after the test)."""
    for name, (kind, make, before) in WRAPPED.items():
        monkeypatch.setattr(
            Workspace, name, _publishes(getattr(Workspace, name), kind, make, before)
        )
