"""Issue 17: signed catalog editions. The office publishes one (a zip minisign can check), a
district imports it only from a trusted office key, the bundle carries it, and the office flags
submissions made with an older, unknown or practice catalog. Real workspaces, keys and zips."""

from __future__ import annotations

import io
import json
import subprocess
import zipfile
from pathlib import Path

import pytest

from sealdesk.bundle import edition as edition_format
from sealdesk.bundle import keys
from sealdesk.bundle.errors import WrongPassphraseError
from sealdesk.domain.editions import CatalogRef, CatalogStanding
from sealdesk.errors import CatalogError, InputError
from sealdesk.resources import default_catalog_path
from sealdesk.services import export as export_service
from sealdesk.services.district_trust import read_office_card
from sealdesk.services.workspace import Workspace
from tests.office.conftest import PASS, District, export, make_district


def official(tmp_path: Path, version: str, retitle: str = "") -> Path:
    """The shipped template made official under ``version`` (and one benchmark retitled)."""
    text = default_catalog_path().read_text("utf-8")
    text = text.replace('status = "template"', 'status = "official"', 1)
    text = text.replace('version = "2023.1-template"', f'version = "{version}"', 1)
    if retitle:
        head, sep, rest = text.partition('code = "1.1.1"')
        rest = rest.replace('th = "', f'th = "{retitle} ', 1)
        text = head + sep + rest
    path = tmp_path / f"catalog-{version}.toml"
    path.write_text(text, "utf-8")
    return path


def trusting_district(root: Path, office: Workspace, code: str = "1001") -> District:
    d = make_district(root, code)
    card = root / f"card-{code}.txt"
    office.write_office_card(card, PASS)
    d.ws.trust_office(read_office_card(card))
    return d


def receive(office: Workspace, d: District, bundle: Path) -> None:
    from sealdesk.services.office_trust import read_key_file

    if not any(k.district_code == d.code for k in office.office_keys()):
        office.enrol_key(read_key_file(d.pub_file), d.code)
    results = office.receive_bundles([bundle])
    assert [r.outcome.value for r in results] == ["taken"], results


def row(office: Workspace, code: str):  # type: ignore[no-untyped-def]
    return next(r for r in office.office_status().rows if r.district_code == code)


def test_publish_import_export_and_the_office_flags_nothing(
    office: Workspace, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    published = office.publish_catalog(official(tmp_path, "2026.1"), out / "ed1.zip", PASS)
    office_key = keys.public_key(office.path / "keys")
    assert published.key_id == office_key.key_id_hex
    assert office.catalog_ref() == published.ref.as_dict()
    # an IT person checks the file with minisign alone
    unpacked = tmp_path / "unpacked"
    with zipfile.ZipFile(out / "ed1.zip") as zf:
        assert sorted(zf.namelist()) == sorted(edition_format.MEMBERS)
        zf.extractall(unpacked)
    checked = subprocess.run(
        [
            "minisign",
            "-V",
            "-m",
            str(unpacked / "catalog.toml"),
            "-p",
            str(unpacked / "office.pub"),
        ],
        capture_output=True,
        text=True,
    )
    assert checked.returncode == 0, checked.stderr
    assert f"edition=ges-pi-2023 version=2026.1 sha256={published.sha256}" in checked.stdout

    d = trusting_district(tmp_path, office)
    report = d.ws.import_catalog(out / "ed1.zip")
    assert report.signed_by == office_key.key_id_hex
    catalog = d.ws.catalog()
    assert catalog.sha256 == published.sha256 and not catalog.is_practice
    kinds = {f.kind for f in export_service.preflight(d.ws).warnings}
    assert not kinds & {"template-catalog", "practice-catalog"}
    bundle = export(d, out, "1001")
    with zipfile.ZipFile(bundle) as zf:
        doc = json.loads(zf.read(next(n for n in zf.namelist() if n.endswith("submission.json"))))
        bag_info = zf.read(next(n for n in zf.namelist() if n.endswith("bag-info.txt")))
    assert doc["catalog"]["signed_by"] == office_key.key_id_hex
    assert doc["catalog"]["practice"] is False
    assert b"SealDesk-Catalog-Version: 2026.1" in bag_info
    receive(office, d, bundle)
    got = row(office, "1001")
    assert got.catalog_standing is CatalogStanding.CURRENT and not got.catalog_standing.flagged
    assert got.catalog_version == "2026.1"
    assert d.ws.newer_catalog_edition(office.catalog_ref()) is None
    d.ws.close()


def test_an_older_edition_is_flagged_and_the_district_told_of_the_newer(
    office: Workspace, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    office.publish_catalog(official(tmp_path, "2026.1"), out / "ed1.zip", PASS)
    d = trusting_district(tmp_path, office)
    d.ws.import_catalog(out / "ed1.zip")
    receive(office, d, export(d, out, "1001"))
    assert row(office, "1001").catalog_standing is CatalogStanding.CURRENT
    second = office.publish_catalog(
        official(tmp_path, "2026.2", retitle="ปรับปรุง"), out / "ed2.zip", PASS
    )
    assert [p.version for p in office.published_editions()] == ["2026.1", "2026.2"]
    assert row(office, "1001").catalog_standing is CatalogStanding.OLDER
    submission = office.office_submission("1001", 2569)
    assert submission is not None and submission.catalog_standing is CatalogStanding.OLDER
    # the office's feedback or receipt names its current edition: the district is told
    newer = d.ws.newer_catalog_edition(office.catalog_ref())
    assert newer == CatalogRef("ges-pi-2023", "2026.2", second.sha256)
    assert d.ws.newer_catalog_edition(None) is None
    assert d.ws.newer_catalog_edition({"sha256": "not a hash"}) is None
    d.ws.import_catalog(out / "ed2.zip")
    assert d.ws.newer_catalog_edition(office.catalog_ref()) is None
    d.ws.close()


def test_practice_catalogs_are_said_so_and_marked_by_the_office(
    office: Workspace, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    office.publish_catalog(official(tmp_path, "2026.1"), out / "ed1.zip", PASS)
    template = make_district(tmp_path, "1002")  # the shipped template: practice
    warnings = {f.kind for f in export_service.preflight(template.ws).warnings}
    assert "template-catalog" in warnings
    receive(office, template, export(template, out, "1002"))
    assert row(office, "1002").catalog_standing is CatalogStanding.PRACTICE
    # the very text of the official edition, imported as a bare TOML: still practice
    bare = trusting_district(tmp_path, office, "1003")
    report = bare.ws.import_catalog(official(tmp_path, "2026.1"))
    assert report.signed_by == ""
    findings = export_service.preflight(bare.ws).warnings
    practice = [f for f in findings if f.kind == "practice-catalog"]
    assert practice and "not signed by the coordinating office" in practice[0].english()
    bundle = export(bare, out, "1003")
    with zipfile.ZipFile(bundle) as zf:
        bag_info = zf.read(next(n for n in zf.namelist() if n.endswith("bag-info.txt")))
    assert b"SealDesk-Catalog-Signed-By: practice" in bag_info
    receive(office, bare, bundle)
    assert row(office, "1003").catalog_standing is CatalogStanding.PRACTICE
    # once the signed file of that same text arrives, the round's catalog is no longer practice
    bare.ws.import_catalog(out / "ed1.zip")
    assert not bare.ws.catalog().is_practice
    assert row(office, "1001").catalog_standing is None  # nothing received
    template.ws.close()
    bare.ws.close()


def test_untrusted_changed_and_hostile_editions_are_refused(
    office: Workspace, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    office.publish_catalog(official(tmp_path, "2026.1"), out / "ed1.zip", PASS)
    d = make_district(tmp_path, "1001")
    before = d.ws.catalog().sha256
    with pytest.raises(CatalogError) as untrusted:
        d.ws.import_catalog(out / "ed1.zip")
    assert "which this district does not trust" in untrusted.value.english()
    card = tmp_path / "card.txt"
    office.write_office_card(card, PASS)
    d.ws.trust_office(read_office_card(card))
    # the catalog changed after signing
    changed = tmp_path / "changed.zip"
    with zipfile.ZipFile(out / "ed1.zip") as src, zipfile.ZipFile(changed, "w") as dst:
        for name in src.namelist():
            data = src.read(name)
            if name == "catalog.toml":
                data = data.replace(b'mandatory = ["gold"]', b"mandatory = []", 1)
            dst.writestr(name, data)
    with pytest.raises(CatalogError) as tampered:
        d.ws.import_catalog(changed)
    assert "was changed after the office signed it" in tampered.value.english()
    # a zip bomb: a catalog.toml that inflates far beyond a catalog's limit
    bomb = tmp_path / "bomb.zip"
    with zipfile.ZipFile(bomb, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("catalog.toml", b"#" * (64 << 20))
        zf.writestr("catalog.toml.minisig", (out / "ed1.zip").read_bytes()[:10])
    assert bomb.stat().st_size < 1 << 20
    with pytest.raises(CatalogError) as bombed:
        d.ws.import_catalog(bomb)
    assert "catalog.toml is too large" in bombed.value.english()
    # a member the format does not know
    extra = tmp_path / "extra.zip"
    with zipfile.ZipFile(out / "ed1.zip") as src, zipfile.ZipFile(extra, "w") as dst:
        for name in src.namelist():
            dst.writestr(name, src.read(name))
        dst.writestr("run-me.exe", b"MZ")
    with pytest.raises(CatalogError, match="other than a catalog"):
        d.ws.import_catalog(extra)
    broken = tmp_path / "broken.zip"
    broken.write_bytes((out / "ed1.zip").read_bytes()[:200])
    with pytest.raises(CatalogError, match="not a usable signed catalog edition"):
        d.ws.import_catalog(broken)
    assert d.ws.catalog().sha256 == before  # nothing was switched
    d.ws.close()
    # a new workspace cannot start from an edition: nothing is trusted there yet
    with pytest.raises(CatalogError, match="is a signed catalog edition"):
        Workspace.create(tmp_path / "new", "1002", 2569, out / "ed1.zip")
    assert not (tmp_path / "new" / "sealdesk.db").exists()


def test_the_office_publishes_only_new_official_editions(office: Workspace, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(CatalogError, match="marked as a template"):
        office.publish_catalog(default_catalog_path(), out / "t.zip", PASS)
    source = official(tmp_path, "2026.1")
    office.publish_catalog(source, out / "ed1.zip", PASS)
    with pytest.raises(InputError, match="already published"):
        office.publish_catalog(source, out / "again.zip", PASS)
    changed = tmp_path / "changed" / "catalog.toml"
    changed.parent.mkdir()
    changed.write_text(source.read_text("utf-8").replace("[[dimension]]", "# x\n[[dimension]]", 1))
    with pytest.raises(InputError, match="give this one a new version"):
        office.publish_catalog(changed, out / "again.zip", PASS)
    assert not (out / "t.zip").exists() and not (out / "again.zip").exists()
    with pytest.raises(WrongPassphraseError):
        office.publish_catalog(official(tmp_path, "2026.3"), out / "ed3.zip", "wrong passphrase")
    assert [a.action for a in office.audit_log() if a.action == "catalog.publish"] == [
        "catalog.publish"
    ]


def test_the_edition_file_is_read_bounded(tmp_path: Path) -> None:
    """The format alone: a file that is not a zip, or far too large, never gets inflated."""
    big = tmp_path / "big.zip"
    with open(big, "wb") as f:
        f.write(b"PK\x03\x04")
        f.truncate(edition_format.MAX_EDITION_BYTES + 1)
    with pytest.raises(CatalogError):
        edition_format.read_edition(big)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        zf.writestr("catalog.toml", "x")
    (tmp_path / "nosig.zip").write_bytes(buffer.getvalue())
    with pytest.raises(CatalogError, match=r"catalog\.toml\.minisig is missing"):
        edition_format.read_edition(tmp_path / "nosig.zip")


def test_a_workspace_from_before_signed_editions_is_migrated(tmp_path: Path) -> None:
    """0006_catalog_editions on a district made before it: its catalog reads as practice."""
    import sqlite3

    from alembic import command

    from sealdesk.services.core import DB_NAME
    from sealdesk.store.db import _alembic_config, make_engine

    ws = Workspace.create(tmp_path / "ws", "1001", 2569, actor="a")
    ws.close()
    db = tmp_path / "ws" / DB_NAME
    engine = make_engine(db)
    config = _alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0005_receipts")
    engine.dispose()
    with sqlite3.connect(db) as connection:
        columns = [row[1] for row in connection.execute("PRAGMA table_info(catalog_edition)")]
    connection.close()
    assert "signed_by" not in columns
    again = Workspace.open(tmp_path / "ws")
    try:
        assert again.catalog().is_practice and again.catalog().signed_by == ""
        assert {f.kind for f in export_service.preflight(again).warnings} >= {"template-catalog"}
    finally:
        again.close()
