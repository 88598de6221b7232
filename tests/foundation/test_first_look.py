"""The app's first look (services/first_look.py, issue 13): read with plain sqlite3, it must equal
what the services read, on randomized real workspaces -- also a district in review, with the
office's feedback imported the real way (issue 15) and a newer edition named; it declines
whenever the normal open must decide (an outdated schema, an office, a damaged file or feedback
row), and it imports neither SQLAlchemy nor Alembic."""

from __future__ import annotations

import random
import sqlite3
from datetime import date, timedelta
from pathlib import Path

import pytest

from sealdesk.domain.status import Status
from sealdesk.errors import SealDeskError
from sealdesk.services import backup as backup_service
from sealdesk.services import coverage as coverage_service
from sealdesk.services.first_look import FirstLook, first_look
from sealdesk.services.workspace import Workspace
from tests.fresh_process import run_fresh

THAI = ["แผนปฏิบัติการ", "ความเท่าเทียมทางเพศ", "ข้อมูลจำแนกตามเพศ", "ผู้รับบริการ", "บุคลากร"]


def _random_workspace(folder: Path, seed: int) -> Workspace:
    """A real workspace with several rounds, random statuses, narratives, actions, evidence,
    links and coverage; the latest round is not always the one with the most work."""
    rng = random.Random(seed)
    ws = Workspace.create(folder, "1004", 2567, actor="สมหญิง")
    rounds = [2567]
    for _ in range(rng.randint(0, 2)):
        rounds.append(rounds[-1] + 1)
        ws.add_round(rounds[-1])
    files = folder.parent / f"files-{seed}"
    files.mkdir()
    evidence_ids: list[int] = []
    for n in range(rng.randint(0, 12)):
        path = files / f"doc-{n}.pdf"
        path.write_bytes(f"%PDF-1.4 evidence {seed} {n} {rng.random()}".encode())
        added = ws.add_evidence(
            path,
            description=rng.choice(["", *THAI]),
            source=rng.choice(["", "กองยุทธศาสตร์"]),
            effective_date=rng.choice([None, date(2024, 1, 1) + timedelta(days=n)]),
            expires_on=rng.choice([None, date(2027, 6, 30) - timedelta(days=n)]),
            round_be=rng.choice(rounds),
        )
        evidence_ids.append(added.evidence.id)
        if rng.random() < 0.3:
            ws.mark_evidence(added.evidence.id, True)
    for round_be in rounds:
        codes = [b.code for b in ws.catalog(round_be).benchmarks()]
        for code in rng.sample(codes, rng.randint(0, len(codes))):
            status = rng.choice(list(Status))
            try:
                ws.assess(
                    code,
                    status,
                    " ".join(rng.sample(THAI, rng.randint(0, 3))),
                    justification="ไม่มีหน่วยงานนี้ในเขต" if rng.random() < 0.5 else None,
                    round_be=round_be,
                )
            except SealDeskError:  # e.g. not applicable without a justification: refused
                pass
            for k in range(rng.randint(0, 2)):
                ws.add_action(
                    code,
                    f"{rng.choice(THAI)} {k}",
                    responsible=rng.choice(["", "ฝ่ายพัฒนาชุมชน"]),
                    due_date=rng.choice([None, date(2026, 9, 30)]),
                    round_be=round_be,
                )
        for evidence_id in evidence_ids:
            for code in rng.sample(codes, rng.randint(0, 3)):
                ws.link_evidence(evidence_id, code, round_be)
                means = len(ws.catalog(round_be).benchmark(code).verification)  # type: ignore[union-attr]
                if means and rng.random() < 0.6:
                    coverage_service.set_coverage(
                        ws,
                        evidence_id,
                        code,
                        rng.sample(range(1, means + 1), rng.randint(1, means)),
                        round_be,
                    )
    return ws


def district_in_review(root: Path, seed: int) -> tuple[Workspace, list[str]]:
    """A real district workspace in review (issue 15): it exported a bundle, the office
    (its own key) received and reviewed it with random verdicts, comments and required
    actions, and returned or accepted it; the district imported the signed feedback file. On
    some seeds the office published a catalog edition first (so the feedback names a newer
    one), the district took an action into its plan, or exported again (answering it).
    Returns the district workspace (open) and the notes of what the seed did."""
    from sealdesk.bundle import keys
    from sealdesk.domain.review import Verdict
    from sealdesk.services.district_trust import read_office_card
    from sealdesk.services.office_trust import read_key_file
    from tests.office.conftest import FAST_KDF, PASS, export, make_district
    from tests.office.test_catalog_editions import official

    rng = random.Random(seed)
    notes: list[str] = []
    out = root / "out"
    out.mkdir()
    d = make_district(root, "1001")
    bundle = export(d, out, "1001-a")
    office = Workspace.create_office(root / "office", name="สำนักพัฒนาสังคม กทม.")
    try:
        keys.create_key(office.path / "keys", PASS, kdf=FAST_KDF)
        office.enrol_key(read_key_file(d.pub_file), "1001")
        (received,) = office.receive_bundles([bundle])
        assert received.outcome.value == "taken", received
        card = root / "office-card.txt"
        office.write_office_card(card, PASS)
        d.ws.trust_office(read_office_card(card))
        if rng.random() < 0.6:
            office.publish_catalog(official(root, "2026.1"), out / "edition.zip", PASS)
            notes.append("edition")
        codes = [b.code for b in d.ws.catalog().benchmarks()]
        returned = rng.random() < 0.7  # accepting takes a verdict on every benchmark
        reviewed = rng.sample(codes, rng.randint(1, min(8, len(codes)))) if returned else codes
        for n, code in enumerate(reviewed):
            verdict = rng.choice([v for v in Verdict if v is not Verdict.NOT_REVIEWED])
            action = rng.choice(["", "", "ส่งรายชื่อผู้เข้าอบรม"])
            if returned and n == 0:  # returning needs something for the district to answer
                verdict, action = Verdict.DOES_NOT_MEET, "ส่งรายงานการอบรม"
            office.review_benchmark(
                "1001",
                code,
                verdict,
                comment=rng.choice(THAI) if verdict.needs_comment else rng.choice(["", *THAI]),
                action=action,
                due=rng.choice([None, date(2027, 1, 31)]) if action else None,
            )
        issue = office.return_submission if returned else office.accept_submission
        issued = issue("1001", out=out / "feedback.zip", passphrase=PASS)
        d.ws.import_feedback(out / "feedback.zip")
        notes.append("returned" if returned else "accepted")
        open_items = d.ws.open_feedback()
        actions = [i for i in open_items if i.action is not None]
        if actions and rng.random() < 0.6:
            d.ws.take_action_into_plan(actions[0].benchmark_code, issued.feedback_id)
            notes.append("taken")
        if returned and rng.random() < 0.4:
            export(d, out, "1001-b")  # answers the returned feedback
            notes.append("answered")
    finally:
        office.close()
    return d.ws, notes


def _assert_same(look: FirstLook, ws: Workspace, round_be: int) -> None:
    assert look.round_be == round_be
    assert look.rounds == tuple(ws.rounds())
    assert look.catalog == ws.catalog(round_be)
    assert look.catalog.signed_by == ws.catalog(round_be).signed_by
    assert look.district == ws.district
    assessments = ws.assessments(round_be)
    assert list(look.assessments) == list(assessments)  # catalog order
    assert dict(look.assessments) == assessments
    for code in assessments:
        assert look.assessments[code] == ws.assessment(code, round_be)
        assert look.coverage_of(code) == coverage_service.coverage(ws, code, round_be)
    assert list(look.evidence) == ws.evidence_list(round_be)
    assert look.setting("clerk") == ws.get_setting("clerk")
    assert look.setting("target_level") == ws.get_setting("target_level")
    assert look.backup == backup_service.backup_status(ws)
    assert look.feedback == ws.feedback_list(round_be)
    assert look.open_feedback == ws.open_feedback(round_be)
    assert look.edition_notice == ws.office_catalog_notice(round_be)


@pytest.mark.parametrize("seed", range(6))
def test_the_first_look_equals_what_the_services_read(tmp_path: Path, seed: int) -> None:
    ws = _random_workspace(tmp_path / "ws", seed)
    try:
        if seed % 2:
            ws.set_setting("clerk", "สมชาย")
            ws.set_setting("target_level", "silver")
        if seed % 3 == 0:  # a backup made from the app, then a change: the reminder's count
            report = ws.backup_report(tmp_path / "backup.zip", unencrypted=True)
            backup_service.record_backup(ws, report)
            ws.set_setting("target_level", "gold")
        for round_be in ws.rounds():
            look = first_look(ws.path, round_be)
            assert look is not None
            _assert_same(look, ws, round_be)
        latest = first_look(ws.path)  # no round asked for: the latest, as Session does
        assert latest is not None and latest.round_be == ws.current_round
        missing = first_look(ws.path, 2400)  # a round that is not there: the latest
        assert missing is not None and missing.round_be == ws.current_round
    finally:
        ws.close()


@pytest.mark.parametrize("seed", range(7))
def test_the_first_look_of_a_district_in_review_equals_what_the_services_read(
    tmp_path: Path, seed: int
) -> None:
    ws, notes = district_in_review(tmp_path, seed)
    try:
        look = first_look(ws.path)
        assert look is not None, "a district in review starts on its first look"
        _assert_same(look, ws, ws.current_round)
        assert len(look.feedback) == 1 and look.feedback[0].reviews
        assert (look.edition_notice is not None) == ("edition" in notes)
        assert (look.feedback[0].answered_by is not None) == ("answered" in notes)
        if "taken" in notes:
            assert any(i.action_taken for i in look.open_feedback)
        ws.add_round(ws.current_round + 1)  # a round without feedback: none on its look
        for round_be in ws.rounds():
            look = first_look(ws.path, round_be)
            assert look is not None
            _assert_same(look, ws, round_be)
        assert first_look(ws.path).feedback == ()  # type: ignore[union-attr]
    finally:
        ws.close()


def test_the_round_named_by_the_legacy_setting_is_shown(tmp_path: Path) -> None:
    with Workspace.create(tmp_path / "ws", "1030", 2568, actor="a") as ws:
        ws.add_round(2569)
        ws.set_setting("ui.round", "2568")
    look = first_look(tmp_path / "ws", None, "ui.round")
    assert look is not None and look.round_be == 2568
    look = first_look(tmp_path / "ws", 2569, "ui.round")  # QSettings' round comes first
    assert look is not None and look.round_be == 2569


def test_an_outdated_schema_gets_no_first_look_and_is_migrated_on_open(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.foundation.test_migrate_on_open import use_later_migrations

    with Workspace.create(tmp_path / "ws", "1030", 2568, actor="a") as ws:
        ws.assess("1.1.1", status="met", narrative="แผนปฏิบัติราชการ")
    assert first_look(tmp_path / "ws") is not None
    # a later SealDesk: its migrations have one more revision than the database
    use_later_migrations(tmp_path, monkeypatch)
    assert first_look(tmp_path / "ws") is None  # the normal open decides: Alembic migrates
    with Workspace.open(tmp_path / "ws") as ws:
        assert ws.assessment("1.1.1").narrative == "แผนปฏิบัติราชการ"
    look = first_look(tmp_path / "ws")
    assert look is not None and look.assessments["1.1.1"].status is Status.MET


def test_no_first_look_at_an_office_or_a_damaged_or_missing_file(tmp_path: Path) -> None:
    Workspace.create_office(tmp_path / "office", name="สำนักพัฒนาสังคม").close()
    assert first_look(tmp_path / "office") is None
    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / "sealdesk.db").write_bytes(b"this is not a database")
    assert first_look(broken) is None
    assert first_look(tmp_path / "nothing") is None
    with Workspace.create(tmp_path / "ws", "1030", 2568, actor="a"):
        pass
    with sqlite3.connect(tmp_path / "ws" / "sealdesk.db") as connection:
        connection.execute("DELETE FROM alembic_version")  # no version: the normal open says
    assert first_look(tmp_path / "ws") is None


def test_no_first_look_while_the_round_has_a_damaged_feedback_row(tmp_path: Path) -> None:
    with Workspace.create(tmp_path / "ws", "1030", 2568, actor="a") as ws:
        ws.add_round(2569)
    with sqlite3.connect(tmp_path / "ws" / "sealdesk.db") as connection:
        columns = [r[1] for r in connection.execute("PRAGMA table_info(received_feedback)")]
        values = {c: "x" for c in columns} | {"id": 1, "round_be": 2568}
        connection.execute(
            f"INSERT INTO received_feedback ({', '.join(values)}) "
            f"VALUES ({', '.join('?' for _ in values)})",
            list(values.values()),
        )
    assert first_look(tmp_path / "ws", 2568) is None  # not a feedback kind: the normal path
    look = first_look(tmp_path / "ws", 2569)
    assert look is not None and look.round_be == 2569


def test_the_first_look_writes_nothing_and_imports_no_orm(tmp_path: Path) -> None:
    with Workspace.create(tmp_path / "ws", "1030", 2568, actor="a") as ws:
        ws.assess("1.1.1", status="met")
    database = tmp_path / "ws" / "sealdesk.db"
    before = database.read_bytes()
    code = (
        "import sys; from pathlib import Path\n"
        "from sealdesk.services.first_look import first_look\n"
        f"look = first_look(Path({str(tmp_path / 'ws')!r}))\n"
        "assert look is not None and look.assessments['1.1.1'].status == 'met'\n"
    )
    out = run_fresh(code, watch=("sqlalchemy", "alembic"))
    assert out.returncode == 0, out.stderr
    assert out.modules == []
    assert database.read_bytes() == before


def test_the_second_first_look_reads_the_cached_catalog_and_districts(tmp_path: Path) -> None:
    """The first look caches the parsed catalog and districts (domain/catalog_cache.py); the
    next process's first look reads them, equal, and never imports the TOML parser."""
    with Workspace.create(tmp_path / "ws", "1030", 2568, actor="a") as ws:
        ws.assess("1.1.1", status="met")
    code = (
        "import sys; from pathlib import Path\n"
        "from sealdesk.services.first_look import first_look\n"
        f"look = first_look(Path({str(tmp_path / 'ws')!r}))\n"
        "assert look is not None and look.assessments['1.1.1'].status == 'met'\n"
        "c = look.catalog\n"
        "values = [c.edition, c.version, c.status, c.title, c.note, c.thresholds, c.valid_from,"
        " [(d.code, d.title, d.description) for d in c.dimensions],"
        " [(s.code, s.title, s.description) for d in c.dimensions for s in d.standards],"
        " [(b.code, b.title, b.description, b.verification, sorted(b.mandatory),"
        " b.dimension_code, b.standard_code, b.personal_data) for b in c.benchmarks()]]\n"
        "print([look.district, c.sha256, repr(values)])\n"
    )
    runs = [run_fresh(code, watch=("tomllib",), home=tmp_path) for _ in range(2)]
    assert all(done.returncode == 0 for done in runs), [done.stderr for done in runs]
    assert runs[0].last_line.startswith("[District(code='1030'")
    assert runs[1].last_line == runs[0].last_line  # the same catalog and district, cached
    assert "tomllib" in runs[0].modules and runs[1].modules == []
    cached = sorted(p.suffix for p in (tmp_path / ".cache").rglob("*.*"))
    assert cached == [".catalog", ".districts"]
