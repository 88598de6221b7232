"""The catalog workbook: writing, reading back, and refusing hostile files, against a floor.

    .venv/bin/python benchmarks/bench_catalog_workbook.py [--repeat 3]

Each step runs in its own child process so its peak memory (ru_maxrss from wait4) is its own:

  floor       unzip the content sheet and walk its XML with ElementTree.iterparse (the least
              any .xlsx reader does), for the shipped catalog and for a catalog near the row cap
  write       sealdesk.spreadsheet.catalog_writer of the shipped catalog (40 benchmarks)
  read        read_catalog_workbook of it (zip checks, openpyxl read-only, TOML, loader)
  read-big    the same for a synthetic catalog of 4,900 benchmarks (4,956 rows, near MAX_ROWS)
  bomb/zip    a zip bomb and the 1,000,000-row sheet, refused before openpyxl opens them

The ratio read/floor says what openpyxl and the checks cost over the minimum; the hostile rows
show that a refusal costs no more time or memory than reading the shipped catalog.
"""

from __future__ import annotations

import argparse
import io
import os
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # for the --make child

CHILD = {
    "floor": """
import sys, zipfile, xml.etree.ElementTree as ET
with zipfile.ZipFile(sys.argv[1]) as z, z.open("xl/worksheets/sheet2.xml") as f:
    print(sum(1 for _e, el in ET.iterparse(f) if el.tag.endswith("}c")))
""",
    "write": """
import io, sys
from sealdesk.domain.catalog import load_catalog
from sealdesk.resources import default_catalog_path
from sealdesk.spreadsheet.catalog_writer import write_catalog_workbook
print(write_catalog_workbook(io.BytesIO(), load_catalog(default_catalog_path())))
""",
    "read": """
import sys
from sealdesk.services.catalog_book import read_workbook
print(len(read_workbook(sys.argv[1]).catalog.benchmarks()))
""",
    "refuse": """
import sys
from sealdesk.errors import CatalogError
from sealdesk.services.catalog_book import read_workbook
try:
    read_workbook(sys.argv[1])
except CatalogError as error:
    print(error.english()[:60])
""",
}


def run(step: str, *args: str) -> tuple[float, int, str]:
    """(seconds, peak RSS in MiB, stdout) of one child process."""
    start = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-c", CHILD[step], *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        env={**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"},
        text=True,
    )
    assert proc.stdout is not None
    out = proc.stdout.read()
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    if status != 0:
        raise SystemExit(f"{step} failed ({status})")
    return seconds, usage.ru_maxrss // 1024, out.strip()


def big_catalog_toml(dimensions: int = 7, standards: int = 7, benchmarks: int = 100) -> str:
    """A valid catalog of dimensions x standards x benchmarks, Thai and English texts."""
    lines = [
        '[catalog]\nedition = "big"\nversion = "1"\nstatus = "official"',
        'title = { th = "ชุดเกณฑ์ขนาดใหญ่", en = "A big catalog" }',
    ]
    for d in range(1, dimensions + 1):
        lines.append(f'[[dimension]]\ncode = "{d}"\ntitle = {{ th = "มิติ {d}", en = "D {d}" }}')
        for s in range(1, standards + 1):
            lines.append(
                f'[[dimension.standard]]\ncode = "{d}.{s}"\n'
                f'title = {{ th = "มาตรฐาน {d}.{s}", en = "Standard {d}.{s}" }}'
            )
            for b in range(1, benchmarks + 1):
                lines.append(
                    f'[[dimension.standard.benchmark]]\ncode = "{d}.{s}.{b}"\n'
                    f'title = {{ th = "เกณฑ์ความเท่าเทียมทางเพศข้อ {b}", en = "Benchmark {b}" }}\n'
                    'description = { th = "สำนักงานเขตมีแผนและรายงานผลการดำเนินงาน", '
                    'en = "The district office has a plan and reports on it" }\n'
                    'verification = [{ th = "คำสั่งแต่งตั้ง", en = "Appointment order" }, '
                    '{ th = "รายงานการประชุม", en = "Minutes" }]\n'
                    'mandatory = ["gold"]'
                )
    return "\n".join(lines) + "\n"


def make_files(folder: Path) -> dict[str, Path]:
    from sealdesk.domain.catalog import load_catalog, parse_catalog
    from sealdesk.resources import default_catalog_path
    from sealdesk.spreadsheet.catalog_writer import write_catalog_workbook

    files = {}
    for name, catalog in (
        ("shipped", load_catalog(default_catalog_path())),
        ("big", parse_catalog(big_catalog_toml(), "big.toml")),
    ):
        out = io.BytesIO()
        write_catalog_workbook(out, catalog)
        files[name] = folder / f"{name}.xlsx"
        files[name].write_bytes(out.getvalue())
    shipped = files["shipped"].read_bytes()

    def replaced(part: str, content: bytes) -> bytes:
        source = zipfile.ZipFile(io.BytesIO(shipped))
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as target:
            for info in source.infolist():
                if info.filename != part:
                    target.writestr(info.filename, source.read(info.filename))
            target.writestr(part, content)
        return out.getvalue()

    files["zip bomb"] = folder / "bomb.xlsx"
    files["zip bomb"].write_bytes(replaced("xl/media/image1.png", bytes(256 << 20)))
    rows = b"".join(
        b'<row r="%d"><c r="A%d" t="n"><v>1</v></c></row>' % (i, i) for i in range(1, 1_000_001)
    )
    sheet = (
        b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        b"<sheetData>" + rows + b"</sheetData></worksheet>"
    )
    files["1,000,000 rows"] = folder / "rows.xlsx"
    files["1,000,000 rows"].write_bytes(replaced("xl/worksheets/sheet2.xml", sheet))
    return files


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--make", type=Path, help=argparse.SUPPRESS)  # the child making files
    args = parser.parse_args()
    if args.make:
        make_files(args.make)
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        # made by a child: a child of this process would otherwise count its parent's
        # memory (the 1,000,000 rows) in its own peak
        subprocess.run([sys.executable, __file__, "--make", tmp], check=True)
        names = {"shipped": "shipped", "big": "big", "zip bomb": "bomb", "1,000,000 rows": "rows"}
        files = {key: Path(tmp) / f"{name}.xlsx" for key, name in names.items()}
        steps = [
            ("floor (shipped)", "floor", files["shipped"]),
            ("floor (4,900 benchmarks)", "floor", files["big"]),
            ("write (shipped)", "write", None),
            ("read (shipped)", "read", files["shipped"]),
            ("read (4,900 benchmarks)", "read", files["big"]),
            ("refuse zip bomb (256 MiB)", "refuse", files["zip bomb"]),
            ("refuse 1,000,000 rows", "refuse", files["1,000,000 rows"]),
        ]
        best: dict[str, tuple[float, int, str]] = {}
        for label, step, path in steps:
            runs = [run(step, *([str(path)] if path else [])) for _ in range(args.repeat)]
            best[label] = min(runs)
            seconds, rss, out = best[label]
            size = f"{path.stat().st_size / 1024:.0f} KiB" if path else ""
            print(f"{label:28} {seconds:6.2f} s {rss:5d} MiB  {size:>9}  {out}")
        for which in ("shipped", "4,900 benchmarks"):
            ratio = best[f"read ({which})"][0] / best[f"floor ({which})"][0]
            print(f"read/floor ({which}): {ratio:.1f}x (process start and imports included)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
