"""Seams between issues 15, 16 and 17, closed after their merge: the office's feedback and
receipt name its latest PUBLISHED catalog edition, and a district importing either learns of
a newer one. Real workspaces, keys and files passed only as files."""

from __future__ import annotations

import json
from pathlib import Path

from sealdesk.domain.editions import CatalogRef
from sealdesk.services.workspace import Workspace
from tests.office.conftest import PASS, export
from tests.office.test_catalog_editions import official, receive, trusting_district


def _named(path: Path) -> dict[str, str] | None:
    """The ``"catalog"`` field of a signed receipt (JSON before the signature)."""
    text = path.read_text("utf-8")
    return json.loads(text.split("-----BEGIN SIGNATURE-----")[0])["catalog"]


def test_receipt_and_feedback_name_the_published_edition_and_the_district_learns_of_it(
    office: Workspace, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    # an office that has published nothing names no edition
    d = trusting_district(tmp_path, office)
    receive(office, d, export(d, out, "practice"))
    office.write_receipt("1001", out / "r0.txt", PASS)
    assert _named(out / "r0.txt") is None

    first = office.publish_catalog(official(tmp_path, "2026.1"), out / "ed1.zip", PASS)
    d.ws.import_catalog(out / "ed1.zip")
    office.receive_bundles([export(d, out, "v1")])
    second = office.publish_catalog(
        official(tmp_path, "2026.2", retitle="ปรับปรุง"), out / "ed2.zip", PASS
    )
    assert second.sha256 != first.sha256
    newer = CatalogRef("ges-pi-2023", "2026.2", second.sha256)

    # the receipt names the latest published edition, not merely a catalog the office holds
    office.write_receipt("1001", out / "r1.txt", PASS)
    assert _named(out / "r1.txt") == newer.as_dict()
    assert d.ws.office_catalog_notice() is None
    assert not d.ws.import_receipt(out / "r1.txt").duplicate
    assert d.ws.office_catalog_notice() == newer

    # the district moves to 2026.2: nothing to tell; the office then publishes 2026.3
    d.ws.import_catalog(out / "ed2.zip")
    assert d.ws.office_catalog_notice() is None
    third = office.publish_catalog(
        official(tmp_path, "2026.3", retitle="ฉบับที่สาม"), out / "ed3.zip", PASS
    )
    codes = [b.code for b in d.ws.catalog().benchmarks()]
    office.review_benchmark("1001", codes[0], "does_not_meet", comment="ขาดหลักฐาน")
    office.return_submission("1001", out=out / "returned.zip", passphrase=PASS)
    assert not d.ws.import_feedback(out / "returned.zip").duplicate
    assert d.ws.office_catalog_notice() == CatalogRef("ges-pi-2023", "2026.3", third.sha256)
    d.ws.close()
