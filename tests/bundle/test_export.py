"""Export: round trip, independent validators, pre-flight, cancel, the CLI."""

from __future__ import annotations

import json
import subprocess
import sys
import unicodedata
import zipfile
from dataclasses import replace
from datetime import date
from pathlib import Path

import bagit
import pytest

from sealdesk.bundle import keys, writer
from sealdesk.bundle.errors import WrongPassphraseError
from sealdesk.bundle.submission import DirectoryBlobs
from sealdesk.domain.assessment import Assessment
from sealdesk.domain.status import Status
from sealdesk.services import export
from sealdesk.services.export import (
    ExportBlockedError,
    ExportCancelledError,
    ExportFailedError,
)
from sealdesk.services.verification import verify_bundle
from tests.bundle.conftest import EVIDENCE, PASS, Fixture


def _extract(bundle: Path, dest: Path) -> Path:
    with zipfile.ZipFile(bundle) as zf:
        zf.extractall(dest)
    (top,) = list(dest.iterdir())
    return top


def test_round_trip_with_thai_names(fx: Fixture, out: Path) -> None:
    out = out / "ส่งศาลาว่าการ.zip"
    result = export.export_bundle(fx.ws, out, passphrase=PASS, checklist=False)
    assert out.is_file() and result.path == out
    report = verify_bundle(out, fx.pub_file)
    assert report.bundle_id == result.bundle_id
    assert (report.district_code, report.district_th, report.round_be) == ("1001", "พระนคร", 2569)
    assert report.signer_key_id == fx.public.key_id_hex
    assert report.bundle_sha256 == result.sha256 == _sha256(out)
    assert report.container_sealed
    assert report.status_counts["met"] == 1 and report.status_counts["not_applicable"] == 1
    assert report.evidence_count == len(EVIDENCE)
    by_code = {b.code: b for b in report.benchmarks}
    assert by_code[fx.codes[0]].evidence_count == 2 and by_code[fx.codes[2]].actions == 1
    with zipfile.ZipFile(out) as zf:
        names = [n.split("/", 1)[1] for n in zf.namelist()]
        doc = json.loads(zf.read(next(n for n in zf.namelist() if n.endswith("submission.json"))))
        infos = {i.filename.split("/", 1)[1]: i for i in zf.infolist()}
    evidence = sorted(n.removeprefix("data/evidence/") for n in names if "evidence/" in n)
    assert evidence == sorted(
        [
            "รายงานประจำปี 2569.pdf",
            "แผนงานส่งเสริมความเท่าเทียม.txt",
            "_CON.txt",
            "Report.PDF",
            "report (2).pdf",
            "คำสั่ง_ แต่งตั้ง_.docx",
        ]
    )
    assert all(unicodedata.is_normalized("NFC", n) for n in names)
    # already-compressed formats are stored, text is deflated
    assert infos["data/evidence/รายงานประจำปี 2569.pdf"].compress_type == zipfile.ZIP_STORED
    assert infos["data/evidence/คำสั่ง_ แต่งตั้ง_.docx"].compress_type == zipfile.ZIP_STORED
    assert infos["data/evidence/แผนงานส่งเสริมความเท่าเทียม.txt"].compress_type == zipfile.ZIP_DEFLATED
    assert doc["schema"] == "sealdesk.submission" and doc["schema_version"] == 1
    assert doc["catalog"]["sha256"] == fx.ws.catalog().sha256
    assert {e["original_name"] for e in doc["evidence"]} == set(EVIDENCE)
    first = next(b for b in doc["benchmarks"] if b["code"] == fx.codes[0])
    assert first["status"] == "met" and first["narrative"] == "ดำเนินการครบถ้วนแล้ว"
    assert [a["action"] for a in doc["benchmarks"][2]["action_plan"]] == ["จัดอบรมเจ้าหน้าที่"]
    (record,) = fx.ws.exports()
    assert (record.bundle_id, record.sha256, record.path) == (
        result.bundle_id,
        result.sha256,
        str(out),
    )


def _sha256(path: Path) -> str:
    import hashlib

    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_bagit_python_and_minisign_cli_accept_the_bundle(
    built: tuple[Fixture, Path], tmp_path: Path
) -> None:
    f, bundle = built
    bag_dir = _extract(bundle, tmp_path / "x")
    bag = bagit.Bag(str(bag_dir))
    bag.validate()  # raises BagValidationError on any problem
    assert bag.info["External-Identifier"] and bag.info["Payload-Oxum"]
    run = subprocess.run(
        [str(Path(sys.executable).with_name("bagit.py")), "--validate", str(bag_dir)],
        capture_output=True,
        text=True,
    )
    assert run.returncode == 0, run.stderr
    run = subprocess.run(
        ["minisign", "-V", "-p", str(f.pub_file), "-m", str(bag_dir / "tagmanifest-sha256.txt")],
        capture_output=True,
        text=True,
    )
    assert run.returncode == 0, run.stderr
    assert "round:2569" in run.stdout and "district:1001" in run.stdout
    # and both notice a changed payload file
    victim = next((bag_dir / "data" / "evidence").glob("*.txt"))
    victim.write_bytes(victim.read_bytes() + b"x")
    with pytest.raises(bagit.BagValidationError):
        bagit.Bag(str(bag_dir)).validate()


def test_checklist_pdf_is_included_from_printing(fx: Fixture, out: Path) -> None:
    result = export.export_bundle(fx.ws, out / "b.zip", passphrase=PASS)
    with zipfile.ZipFile(result.path) as zf:
        name = next(n for n in zf.namelist() if n.endswith("data/checklist.pdf"))
        assert zf.read(name).startswith(b"%PDF")
    assert verify_bundle(result.path, fx.pub_file).payload_files == len(EVIDENCE) + 2
    assert list(out.iterdir()) == [out / "b.zip"]  # the temporary PDF is gone


def test_preflight_lists_every_blocker_and_writes_nothing(fx: Fixture, out: Path) -> None:
    fx.ws.assess(fx.codes[5], status="met")  # no evidence
    victim = fx.ws.evidence_list()[0]
    fx.ws.blob_path(victim.sha256).unlink()
    shrunk = fx.ws.evidence_list()[1]
    fx.ws.blob_path(shrunk.sha256).chmod(0o644)
    fx.ws.blob_path(shrunk.sha256).write_bytes(b"short")
    with pytest.raises(ExportBlockedError) as info:
        export.export_bundle(fx.ws, out / "b.zip", passphrase=PASS, checklist=False)
    assert sorted((p.kind, p.subject) for p in info.value.problems) == sorted(
        [
            ("met-without-evidence", fx.codes[5]),
            ("blob-missing", victim.sha256),
            ("blob-corrupt", shrunk.sha256),
        ]
    )
    assert info.value.exit_code == 40
    # the workspace refuses "not applicable" without a justification, so build that case as
    # plain data: the writer takes a Submission, not a database
    sub = export.submission(fx.ws)
    code = fx.codes[6]
    sub = replace(
        sub,
        assessments={**sub.assessments, code: Assessment(code, Status.NOT_APPLICABLE, "", "  ")},
    )
    key = keys.unlock(fx.keys_dir, PASS)
    with pytest.raises(ExportBlockedError) as info:
        writer.write_bundle(sub, DirectoryBlobs(fx.ws.blob_path), out / "b.zip", key)
    assert ("not-applicable-without-justification", code) in {
        (p.kind, p.subject) for p in info.value.problems
    }
    assert len(info.value.problems) == 4
    assert list(out.iterdir()) == []


def test_no_signing_key_is_a_blocker(fx: Fixture, out: Path) -> None:
    (fx.keys_dir / "signing-key.json").unlink()
    with pytest.raises(ExportBlockedError) as info:
        export.export_bundle(fx.ws, out / "b.zip", passphrase=PASS)
    assert [p.kind for p in info.value.problems] == ["no-signing-key"]


def test_blob_corrupted_with_same_size_is_caught_while_streaming(fx: Fixture, out: Path) -> None:
    victim = next(e for e in fx.ws.evidence_list() if e.original_name.endswith(".txt"))
    path = fx.ws.blob_path(victim.sha256)
    path.chmod(0o644)
    data = bytearray(path.read_bytes())
    data[100] ^= 1
    path.write_bytes(bytes(data))
    with pytest.raises(ExportBlockedError) as info:
        export.export_bundle(fx.ws, out / "b.zip", passphrase=PASS, checklist=False)
    assert [(p.kind, p.subject) for p in info.value.problems] == [("blob-corrupt", victim.sha256)]
    assert list(out.iterdir()) == []
    assert fx.ws.exports() == []


def test_warnings_large_and_expired(fx: Fixture) -> None:
    e = fx.ws.evidence_list()[0]
    fx.ws.update_evidence(e.id, expires_on=date(2020, 1, 1))
    sub = export.submission(fx.ws)
    check = writer.preflight_submission(
        sub, DirectoryBlobs(fx.ws.blob_path), has_signing_key=True, large_file=30_000
    )
    assert check.ok
    kinds = {(w.kind, w.subject) for w in check.warnings}
    assert ("evidence-expired", e.sha256) in kinds
    assert ("large-file", e.sha256) in kinds  # the 40 kB PDF is over the 30 kB limit given


def test_wrong_passphrase_writes_nothing(fx: Fixture, out: Path) -> None:
    with pytest.raises(WrongPassphraseError):
        export.export_bundle(fx.ws, out / "b.zip", passphrase="not the passphrase")
    assert list(out.iterdir()) == []


def test_cancel_midway_leaves_nothing(fx: Fixture, out: Path) -> None:
    seen: list[tuple[int, int]] = []
    with pytest.raises(ExportCancelledError):
        export.export_bundle(
            fx.ws,
            out / "b.zip",
            passphrase=PASS,
            checklist=False,
            progress=lambda d, t: seen.append((d, t)),
            cancelled=lambda: len(seen) >= 3,
        )
    assert len(seen) == 3
    assert list(out.iterdir()) == []
    assert fx.ws.exports() == []


def test_progress_is_monotonic_and_complete(fx: Fixture, out: Path) -> None:
    seen: list[tuple[int, int]] = []
    result = export.export_bundle(
        fx.ws,
        out / "b.zip",
        passphrase=PASS,
        checklist=False,
        progress=lambda d, t: seen.append((d, t)),
    )
    done = [d for d, _ in seen]
    assert done == sorted(done) and done[-1] == seen[-1][1] == result.payload_bytes


def test_existing_file_is_not_overwritten(fx: Fixture, out: Path) -> None:
    (out / "b.zip").write_bytes(b"keep me")
    with pytest.raises(ExportFailedError):
        export.export_bundle(fx.ws, out / "b.zip", passphrase=PASS, checklist=False)
    assert (out / "b.zip").read_bytes() == b"keep me"
    export.export_bundle(fx.ws, out / "b.zip", passphrase=PASS, checklist=False, overwrite=True)
    assert zipfile.is_zipfile(out / "b.zip")


def test_bundles_signed_by_a_replaced_key_still_verify(fx: Fixture, out: Path) -> None:
    old = export.export_bundle(fx.ws, out / "old.zip", passphrase=PASS, checklist=False)
    keys.create_key(
        fx.keys_dir, "a brand new passphrase", replace=True, kdf=keys.KdfParams(n=2**14)
    )
    new = export.export_bundle(
        fx.ws, out / "new.zip", passphrase="a brand new passphrase", checklist=False
    )
    trust = keys.all_public_keys(fx.keys_dir)
    assert verify_bundle(old.path, trust).signer_key_id == fx.public.key_id_hex
    assert verify_bundle(new.path, trust).signer_key_id == trust[0].key_id_hex != old.signer_key_id


def _cli(*args: str, cwd: Path, ws: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "sealdesk", "--workspace", str(ws), *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        env={
            "PATH": "/usr/bin:/bin",
            "QT_QPA_PLATFORM": "offscreen",
            "LANG": "C.UTF-8",
            "PYTHONPATH": str(Path(__file__).resolve().parents[2]),
        },
    )


@pytest.mark.slow
def test_cli_key_export_verify(fx: Fixture, tmp_path: Path) -> None:
    ws = Path(fx.ws.path)
    (tmp_path / "pp").write_text(PASS + "\n", "utf-8")
    (tmp_path / "bad").write_text("wrong passphrase\n", "utf-8")
    run = _cli("key", "show", "--json", cwd=tmp_path, ws=ws)
    assert run.returncode == 0 and json.loads(run.stdout)["key_id"] == fx.public.key_id_hex
    run = _cli("key", "create", "--passphrase-file", "pp", cwd=tmp_path, ws=ws)
    assert run.returncode == 32, run.stderr
    assert _cli("key", "export", "d.pub", cwd=tmp_path, ws=ws).returncode == 0
    run = _cli("export", "--out", "b.zip", "--passphrase-file", "bad", "--yes", cwd=tmp_path, ws=ws)
    assert run.returncode == 31 and not (tmp_path / "b.zip").exists()
    run = _cli(
        "export",
        "--out",
        "b.zip",
        "--passphrase-file",
        "pp",
        "--no-checklist",
        "--json",
        "--yes",
        cwd=tmp_path,
        ws=ws,
    )
    assert run.returncode == 0, run.stderr
    sha = json.loads(run.stdout)["sha256"]
    run = _cli("verify", "b.zip", "--trust", "d.pub", "--json", cwd=tmp_path, ws=ws)
    assert run.returncode == 0, run.stderr
    assert json.loads(run.stdout)["bundle_sha256"] == sha
    other = tmp_path / "other"
    keys.create_key(other, PASS, kdf=keys.KdfParams(n=2**14))
    keys.export_public(other, tmp_path / "other.pub")
    run = _cli("verify", "b.zip", "--trust", "other.pub", cwd=tmp_path, ws=ws)
    assert run.returncode == 13 and "not in the trust list" in run.stderr
    fx.ws.assess(fx.codes[7], status="met")
    run = _cli("export", "--out", "c.zip", "--passphrase-file", "pp", cwd=tmp_path, ws=ws)
    assert run.returncode == 40 and "met-without-evidence" in run.stderr


def test_cancellation_is_the_one_cancelled_with_the_exit_codes_kept(
    fx: Fixture, out: Path, built: tuple[Fixture, Path]
) -> None:
    from sealdesk.progress import Cancelled
    from sealdesk.services.verification import VerifyCancelledError

    with pytest.raises(Cancelled) as info:
        export.export_bundle(
            fx.ws, out / "b.zip", passphrase=PASS, checklist=False, cancelled=lambda: True
        )
    assert isinstance(info.value, ExportCancelledError) and info.value.exit_code == 41
    signer, bundle = built
    with pytest.raises(Cancelled) as verify_info:
        verify_bundle(bundle, signer.pub_file, cancelled=lambda: True)
    assert isinstance(verify_info.value, VerifyCancelledError)
    assert verify_info.value.exit_code == 19


def test_a_cancelled_checklist_cancels_the_export(fx: Fixture, out: Path) -> None:
    from sealdesk.progress import Cancelled

    def checklist(path: Path) -> None:
        path.write_bytes(b"%PDF-1.4 half")
        raise Cancelled

    sub = export.submission(fx.ws)
    key = keys.unlock(fx.keys_dir, PASS)
    with pytest.raises(ExportCancelledError):
        writer.write_bundle(
            sub, DirectoryBlobs(fx.ws.blob_path), out / "b.zip", key, make_checklist_pdf=checklist
        )
    assert list(out.iterdir()) == []


def test_preflight_service_matches_what_export_refuses(fx: Fixture) -> None:
    check = export.preflight(fx.ws)
    assert check.ok
    fx.ws.assess(fx.codes[5], status="met")
    check = export.preflight(fx.ws)
    assert [(f.kind, f.subject) for f in check.blockers] == [("met-without-evidence", fx.codes[5])]
    message = f"Benchmark {fx.codes[5]} is marked met but has no evidence."
    assert check.blockers[0].render() == message
