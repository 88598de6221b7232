"""Delta bundles (issue 16): after feedback, a district sends only what City Hall lacks.

    .venv/bin/python benchmarks/bench_delta.py [--files 200] [--size-mib 400] [--tmp DIR]

A district workspace with ``--files`` evidence files of random bytes totalling ``--size-mib``
(not timed), a full export taken in by an office workspace, a receipt imported back; then 5
evidence files are replaced and 3 narratives rewritten, and the delta is exported and taken in
(completed from the office's store and verified as a full bundle). Timed in this process:

  floor       SHA-256 of every evidence file (hashlib, the same bytes): what "hash speed" means
  export      the full export                      receive     the office's intake of it
  delta       the delta export                     complete    the office's intake of the delta

Prints the sizes (the delta must be at most 3 % of the full bundle) and each time as a ratio
to the floor of the same run. Exits 1 when the delta is larger than 3 %.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sealdesk.bundle import keys  # noqa: E402
from sealdesk.services import export  # noqa: E402
from sealdesk.services.district_trust import read_office_card  # noqa: E402
from sealdesk.services.office_trust import read_key_file  # noqa: E402
from sealdesk.services.workspace import Workspace  # noqa: E402

PASS = "benchmark passphrase"
FAST = keys.KdfParams(n=2**14, r=8, p=1)
CHANGED_FILES, CHANGED_NARRATIVES, LIMIT = 5, 3, 0.03


def _random_file(path: Path, size: int) -> None:
    with open(path, "wb") as f:
        left = size
        while left:
            n = min(left, 8 << 20)
            f.write(os.urandom(n))
            left -= n


def _floor(paths: list[Path]) -> float:
    start = time.perf_counter()
    for p in paths:
        h = hashlib.sha256()
        with open(p, "rb") as f:
            while chunk := f.read(1 << 20):
                h.update(chunk)
    return time.perf_counter() - start


def _timed(label: str, fn, floor: float, results: dict[str, float]):  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    value = fn()
    results[label] = time.perf_counter() - start
    print(
        f"  {label:<9} {results[label]:7.2f} s   {results[label] / floor:5.2f} x floor", flush=True
    )
    return value


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--files", type=int, default=200)
    ap.add_argument("--size-mib", type=int, default=400)
    ap.add_argument("--tmp", type=Path, default=None)
    args = ap.parse_args()
    each = args.size_mib * 1024 * 1024 // args.files
    with tempfile.TemporaryDirectory(prefix="bench-delta-", dir=args.tmp) as tmp_name:
        tmp = Path(tmp_name)
        src, out = tmp / "evidence", tmp / "out"
        src.mkdir()
        out.mkdir()
        print(f"Making {args.files} files of {each / 2**20:.1f} MiB in {tmp} ...", flush=True)
        files = [src / f"หลักฐาน-{i:04d}.pdf" for i in range(args.files)]
        for p in files:
            _random_file(p, each)
        district = Workspace.create(tmp / "district", "1001", 2569, actor="bench")
        office = Workspace.create_office(tmp / "office", name="bench office")
        try:
            codes = [b.code for b in district.catalog().benchmarks()]
            ids = []
            for i, p in enumerate(files):
                ids.append(district.add_evidence(p, benchmarks=[codes[i % len(codes)]]).evidence.id)
            for code in codes[:CHANGED_NARRATIVES]:
                district.assess(code, status="partially_met", narrative="ร่างแรก " * 50)
            keys.create_key(district.path / "keys", PASS, kdf=FAST)
            keys.export_public(district.path / "keys", tmp / "district.pub")
            keys.create_key(office.path / "keys", PASS, kdf=FAST)
            office.enrol_key(read_key_file(tmp / "district.pub"), "1001")
            office.write_office_card(tmp / "office.card", PASS)
            district.trust_office(read_office_card(tmp / "office.card"))

            results: dict[str, float] = {}
            floor = _floor(files)
            print(f"Timings in one process (floor: SHA-256 of {args.size_mib} MiB):")
            print(f"  {'floor':<9} {floor:7.2f} s", flush=True)
            full = _timed(
                "export",
                lambda: export.export_bundle(
                    district, out / "full.zip", passphrase=PASS, checklist=False
                ),
                floor,
                results,
            )
            [taken] = _timed("receive", lambda: office.receive_bundles([full.path]), floor, results)
            assert taken.outcome.value == "taken", taken
            office.write_receipt("1001", out / "receipt.txt", PASS)
            district.import_receipt(out / "receipt.txt")

            # after feedback: 5 files replaced by new versions, 3 narratives rewritten
            for i in range(CHANGED_FILES):
                new = src / f"ฉบับแก้ไข-{i}.pdf"
                _random_file(new, each)
                code = codes[i % len(codes)]
                district.unlink_evidence(ids[i], code)
                district.add_evidence(new, benchmarks=[code])
            for code in codes[:CHANGED_NARRATIVES]:
                district.assess(code, status="met", narrative="แก้ไขตามข้อเสนอแนะ " * 50)
            time.sleep(1.1)  # signing times are to the second: the delta is the newer bundle
            delta = _timed(
                "delta",
                lambda: export.export_bundle(
                    district, out / "delta.zip", passphrase=PASS, checklist=False, delta=True
                ),
                floor,
                results,
            )
            [completed] = _timed(
                "complete", lambda: office.receive_bundles([delta.path]), floor, results
            )
            assert completed.outcome.value == "taken", completed
            ratio = delta.size / full.size
            print(
                f"Sizes: full {full.size / 2**20:.1f} MiB, delta {delta.size / 2**20:.2f} MiB "
                f"({ratio:.2%} of full; limit {LIMIT:.0%}), {delta.fetched_files} files left "
                f"to fetch.txt of {delta.payload_files} payload files"
            )
            return 0 if ratio <= LIMIT else 1
        finally:
            district.close()
            office.close()


if __name__ == "__main__":
    raise SystemExit(main())
