"""The domain's pre-flight rules on plain values, with no store and no files."""

from __future__ import annotations

from datetime import UTC, date, datetime

from sealdesk.domain.assessment import Assessment, Evidence
from sealdesk.domain.catalog import load_catalog
from sealdesk.domain.preflight import (
    StoredFile,
    missing_justification,
    needs_justification,
    preflight,
)
from sealdesk.domain.status import Status
from sealdesk.resources import default_catalog_path


def _evidence(sha: str, links: tuple[str, ...], size: int = 10) -> Evidence:
    return Evidence(
        1, sha, f"{sha}.pdf", size, "application/pdf", datetime.now(UTC), "", None,
        date(2020, 1, 1), "", "", links,
    )  # fmt: skip


def test_not_applicable_needs_a_justification_once() -> None:
    assert needs_justification(Status.NOT_APPLICABLE) and needs_justification("not_applicable")
    assert not needs_justification(Status.NOT_MET)
    assert missing_justification(Status.NOT_APPLICABLE, "  ")
    assert not missing_justification(Status.NOT_APPLICABLE, "no such office in the district")
    assert not missing_justification(Status.MET, "")


def test_rules_over_plain_values() -> None:
    catalog = load_catalog(default_catalog_path())
    first, second = [bm.code for bm in catalog.benchmarks()][:2]
    assessments = {
        first: Assessment(first, Status.MET),
        second: Assessment(second, Status.NOT_APPLICABLE, justification=" "),
    }
    evidence = [_evidence("a" * 64, (first,)), _evidence("b" * 64, ())]
    states = {"a" * 64: StoredFile.WRONG_SIZE}
    check = preflight(
        catalog,
        assessments,
        evidence,
        has_signing_key=False,
        stored_file=lambda e: states.get(e.sha256, StoredFile.OK),
        today=date(2026, 1, 1),
        large_file=5,
    )
    assert [(f.kind, f.subject) for f in check.blockers] == [
        ("no-signing-key", ""),
        ("not-applicable-without-justification", second),
        ("blob-corrupt", "a" * 64),
    ]
    kinds = [f.kind for f in check.warnings]
    assert kinds[:3] == ["large-file", "evidence-expired", "evidence-unlinked"]
    assert not check.ok
