"""Ready to submit: each pre-flight finding kind, by the rules, the service and the CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sealdesk.cli import main
from sealdesk.domain.assessment import Assessment
from sealdesk.domain.catalog import load_catalog
from sealdesk.domain.preflight import StoredFile, preflight, takes_justification
from sealdesk.domain.status import Level, Status
from sealdesk.resources import default_catalog_path
from sealdesk.services import export
from tests.bundle.conftest import PASS, Fixture


def _kinds(findings: tuple) -> list[str]:  # type: ignore[type-arg]
    return [f.kind for f in findings]


def test_reasons_are_offered_for_partially_met_and_not_met() -> None:
    assert takes_justification(Status.PARTIALLY_MET) and takes_justification(Status.NOT_MET)
    assert takes_justification(Status.NOT_APPLICABLE)
    assert not takes_justification(Status.MET) and not takes_justification(Status.NOT_STARTED)


def test_each_completeness_kind_with_its_codes_and_the_projected_level() -> None:
    catalog = load_catalog(default_catalog_path())
    codes = [bm.code for bm in catalog.benchmarks()]
    bronze = [bm.code for bm in catalog.benchmarks() if bm.mandatory_for(Level.BRONZE)]
    assessments = {c: Assessment(c, Status.MET) for c in codes}
    assessments[bronze[0]] = Assessment(bronze[0], Status.PARTIALLY_MET)  # no reason
    assessments[bronze[1]] = Assessment(bronze[1], Status.NOT_MET, justification="budget cut")
    assessments[codes[-1]] = Assessment(codes[-1], Status.NOT_STARTED)
    del assessments[codes[-2]]  # never touched: not started too
    check = preflight(
        catalog,
        assessments,
        [],
        has_signing_key=True,
        stored_file=lambda e: StoredFile.OK,
        target=Level.BRONZE,
    )
    by_kind = {f.kind: f for f in check.warnings}
    assert by_kind["not-started"].codes == (codes[-2], codes[-1])
    assert by_kind["not-started"].english() == (
        f"2 benchmarks are not started: {codes[-2]}, {codes[-1]}."
    )
    assert by_kind["mandatory-not-met"].codes == (bronze[0], bronze[1])
    assert by_kind["reason-missing"].codes == (bronze[0],)
    assert by_kind["reason-missing"].english().startswith("1 benchmark partially met or not met")
    assert "below-target" in by_kind
    assert check.projected is None and check.target is Level.BRONZE
    # every benchmark met but evidence: the met-without-evidence blocker, once per benchmark
    assert _kinds(check.blockers) == ["met-without-evidence"] * (len(codes) - 4)
    # without a target there is nothing to say about mandatory benchmarks or levels
    plain = preflight(
        catalog, assessments, [], has_signing_key=True, stored_file=lambda e: StoredFile.OK
    )
    assert "mandatory-not-met" not in _kinds(plain.warnings)
    assert "below-target" not in _kinds(plain.warnings)


def test_a_round_at_its_target_has_no_completeness_warning() -> None:
    catalog = load_catalog(default_catalog_path())
    assessments = {
        bm.code: Assessment(bm.code, Status.NOT_APPLICABLE, justification="ไม่มีในเขต")
        for bm in catalog.benchmarks()
    }
    first = catalog.benchmarks()[0].code
    assessments[first] = Assessment(first, Status.PARTIALLY_MET, justification="ทำครึ่งปี")
    check = preflight(
        catalog,
        assessments,
        [],
        has_signing_key=True,
        stored_file=lambda e: StoredFile.OK,
        target=Level.BRONZE,
    )
    kinds = _kinds(check.warnings)
    assert not {"not-started", "reason-missing"} & set(kinds)


def test_the_service_finds_each_kind_and_a_changed_file_only_when_rehashing(fx: Fixture) -> None:
    ws = fx.ws
    ws.assess(fx.codes[4], status="partially_met")
    check = export.preflight(ws, level=Level.SILVER)
    assert check.target is Level.SILVER and check.projected is None
    kinds = _kinds(check.warnings)
    for kind in ("not-started", "mandatory-not-met", "reason-missing", "below-target"):
        assert kind in kinds, kind
    assert not check.blockers
    # the target level is the workspace's setting when none is given
    ws.set_setting(export.TARGET_SETTING, "gold")
    assert export.preflight(ws).target is Level.GOLD
    # a stored file whose bytes changed but whose size did not: only a re-hash tells
    item = next(e for e in ws.evidence_list() if e.links)
    path = ws.blob_path(item.sha256)
    data = bytearray(path.read_bytes())
    data[0] ^= 0xFF
    path.chmod(0o644)
    path.write_bytes(bytes(data))
    assert "evidence-changed" not in _kinds(export.preflight(ws).blockers)
    seen: list[tuple[int, int]] = []
    check = export.preflight(ws, verify_files=True, progress=lambda d, t: seen.append((d, t)))
    changed = [f for f in check.blockers if f.kind == "evidence-changed"]
    assert [f.subject for f in changed] == [item.sha256]
    linked = len({e.sha256 for e in ws.evidence_list() if e.links})
    assert seen[-1] == (linked, linked)  # every linked file, once
    assert item.original_name in changed[0].english()


def _cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    except SystemExit as stop:
        code = int(stop.code or 0)
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    return code, out, err


def test_cli_preflight_and_export_confirmation(
    fx: Fixture, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SEALDESK_LANG", "en")
    ws = ["--workspace", str(fx.ws.path)]
    fx.ws.assess(fx.codes[4], status="not_met")
    code, out, err = _cli(capsys, "preflight", "--level", "silver", *ws)
    assert code == 0, err
    for kind in ("not-started", "mandatory-not-met", "reason-missing", "below-target"):
        assert f"[{kind}]" in err
    assert "1 benchmark partially met or not met gives no reason" in err
    assert "Projected level: not yet Bronze." in out
    code, out, _ = _cli(capsys, "preflight", "--json", *ws)
    data = json.loads(out)
    assert code == 0 and data["target_level"] == "bronze" and data["projected_level"] is None
    assert data["ready"] is False and data["blockers"] == []
    reason = next(w for w in data["warnings"] if w["kind"] == "reason-missing")
    assert reason["codes"] == [fx.codes[4]]
    # export: warnings need --yes (43, nothing written); a blocker is 40 whatever the flag
    pw = tmp_path / "pp"
    pw.write_text(PASS + "\n", "utf-8")
    out_zip = tmp_path / "b.zip"
    args = ["export", "--out", str(out_zip), "--passphrase-file", str(pw), "--no-checklist"]
    code, _, err = _cli(capsys, *args, *ws)
    assert code == 43 and "[not-started]" in err and "--yes" in err
    assert not out_zip.exists()
    code, out, err = _cli(capsys, *args, "--yes", *ws)
    assert code == 0 and out_zip.is_file(), err
    fx.ws.assess(fx.codes[6], status="met")
    code, _, err = _cli(capsys, "preflight", *ws)
    assert code == 40 and "[met-without-evidence]" in err
    code, _, err = _cli(capsys, *args, "--yes", "--overwrite", *ws)
    assert code == 40 and "[met-without-evidence]" in err


def test_cli_preflight_in_thai(
    fx: Fixture, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    code, out, err = _cli(capsys, "preflight", "--lang", "th", "--workspace", str(fx.ws.path))
    assert code == 0
    assert "benchmarks" not in err and "[not-started]" in err
    assert "ระดับที่คาดว่าจะได้" in out


def test_coverage_travels_in_submission_json_only_when_assigned(fx: Fixture, out: Path) -> None:
    import zipfile

    from sealdesk.services import coverage

    first = export.export_bundle(fx.ws, out / "a.zip", passphrase=PASS, checklist=False)
    with zipfile.ZipFile(first.path) as zf:
        doc = json.loads(zf.read(next(n for n in zf.namelist() if n.endswith("submission.json"))))
    assert "extra" not in doc
    item = next(e for e in fx.ws.evidence_list() if fx.codes[0] in e.links)
    coverage.set_coverage(fx.ws, item.id, fx.codes[0], [2, 1])
    second = export.export_bundle(fx.ws, out / "b.zip", passphrase=PASS, checklist=False)
    with zipfile.ZipFile(second.path) as zf:
        doc = json.loads(zf.read(next(n for n in zf.namelist() if n.endswith("submission.json"))))
    assert doc["schema_version"] == 1
    assert doc["extra"] == {"verification_covered": {fx.codes[0]: [1, 2]}}


def test_the_projected_level_follows_the_scoring_rules() -> None:
    catalog = load_catalog(default_catalog_path())
    codes = [bm.code for bm in catalog.benchmarks()]
    everything = {c: Assessment(c, Status.MET) for c in codes}

    def check(assessments: dict[str, Assessment], target: Level):  # type: ignore[no-untyped-def]
        return preflight(
            catalog,
            assessments,
            [],
            has_signing_key=True,
            stored_file=lambda e: StoredFile.OK,
            target=target,
        )

    gold = check(everything, Level.GOLD)
    assert gold.projected is Level.GOLD and "below-target" not in _kinds(gold.warnings)
    # one Gold-only mandatory benchmark not met: Silver at best, below a Gold target
    gold_only = next(
        bm.code
        for bm in catalog.benchmarks()
        if bm.mandatory_for(Level.GOLD) and not bm.mandatory_for(Level.SILVER)
    )
    fewer = dict(everything)
    fewer[gold_only] = Assessment(gold_only, Status.NOT_MET, justification="ยังไม่ได้ทำ")
    silver = check(fewer, Level.GOLD)
    assert silver.projected is Level.SILVER
    assert "below-target" in _kinds(silver.warnings)
    assert next(f for f in silver.warnings if f.kind == "mandatory-not-met").codes == (gold_only,)
    assert "below-target" not in _kinds(check(fewer, Level.SILVER).warnings)
