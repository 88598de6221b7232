"""Times SealDesk's start: whole processes, each figure beside its floor in the same run (issue 13).

    .venv/bin/python benchmarks/bench_startup.py [--runs 7] [--memory] [--tree DIR]

Each figure is the median of ``--runs`` whole processes (after one warm-up process, so the OS
file cache and SealDesk's user cache are warm): wall time, CPU time (user + system: the figure
least disturbed by other work on a shared machine) and peak memory (the child's maximum
resident set). ``--tree`` times another SealDesk source tree (e.g. ``git archive`` of an older
commit) against the same floors. The floors are run in the same way in the same run:

- bare window: a PySide6 QMainWindow with a QTreeView, shown, first events processed;
- stack floor: ``import sqlalchemy.orm`` and then that bare window;
- ORM import: ``python -c "import sqlalchemy.orm"``; sqlite3: one query with plain sqlite3.

The app counts as started when its main window is usable: shown and painted, enabled, the
checklist filled, the status bar showing the round and the benchmark page current on the
benchmark left open (the first one: a fresh QSettings). On a first look (issue 13) the workspace
is opened after that paint, so the figure ends there; a click before then waits for the open.
``--memory`` also reports the app's memory after start (with the workspace open) and after
showing 20 evidence PDFs in the library's preview.

The workspace: the shipped 40-benchmark catalog, every benchmark assessed with a Thai narrative,
200 evidence items (small PDFs), built once in a temporary folder; "in review" is another such
one, the office's signed feedback then imported (verdicts, comments, actions, a newer edition).
Nothing here is a test: the ratios are for a person to read (the targets are in issue 13).
"""

from __future__ import annotations

import argparse
import atexit
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable
ROUND = 2569

BARE_WINDOW = """
import os
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTreeView
app = QApplication([])
w = QMainWindow()
w.setCentralWidget(QTreeView(w))
w.resize(1200, 700)
w.show()
QTimer.singleShot(0, lambda: os._exit(0))
app.exec()
"""

STACK_FLOOR = "import sqlalchemy.orm\n" + BARE_WINDOW

ORM_IMPORT = "import sqlalchemy.orm"

SQLITE_QUERY = """
import sqlite3, sys
c = sqlite3.connect(sys.argv[1] + "/sealdesk.db")
c.execute("select count(*) from assessment").fetchall()
"""

APP_DRIVER = """
# Starts the app as ``sealdesk --lang th --workspace DIR`` does, and ends the process as soon as
# the main window is usable (polled every 5 ms on the GUI thread).
import os, sys
ROUND = int(sys.argv[2])
MEMORY = sys.argv[3] == "1"
import sealdesk.ui.main as ui_main
from sealdesk import app

_setup = ui_main.setup_application

def rss_mib():
    for line in open("/proc/self/status"):
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0

PAINTED = []  # windows painted at least once

def usable(w):
    # shown, enabled, the checklist filled, the round in the status bar, and the benchmark
    # page current on the benchmark left open (here the first one: a fresh QSettings)
    try:
        return (
            w.isVisible() and w.isEnabled() and w.objectName() == "mainWindow" and w in PAINTED
            and w.tree.model().rowCount() > 0
            and str(ROUND) in w.round_label.text()
            and w.tabs.currentWidget() is w.page
            and w.page.code == w.session.catalog.benchmarks()[0].code
        )
    except (AttributeError, RuntimeError):
        return False

def previews(w):
    from PySide6.QtWidgets import QApplication
    w.tabs.setCurrentWidget(w.library)
    pdfs = sorted((w.session.workspace_path / "bench-pdfs").glob("*.pdf"))[:20]
    for pdf in pdfs:
        w.library.preview.show_file(pdf, "application/pdf")
        for _ in range(5):
            QApplication.processEvents()
    return len(pdfs)

def setup(argv=None):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    qapp = _setup(argv)
    timer = QTimer(qapp)

    def poll():
        for w in QApplication.topLevelWidgets():
            if usable(w):
                timer.stop()
                if MEMORY:  # after start = with the workspace open (attached after the paint)
                    while not getattr(w.session, "is_attached", True):
                        QApplication.processEvents()
                    QApplication.processEvents()
                    after_start = rss_mib()
                    n = previews(w)
                    print(f"MEM {after_start:.1f} {rss_mib():.1f} {n}", flush=True)
                os._exit(0)

    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QWidget

    class Painted(QObject):
        # usable only once painted: the main window's first paint marks it, and the check runs
        # right after that paint. The filter watches the main window alone (installed when it
        # is shown): an application-wide filter in Python would itself cost the app about 4 %
        # of its start, which the floors do not pay.
        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Paint:
                PAINTED.append(obj)
                QTimer.singleShot(0, poll)
            return False

    painted = Painted(qapp)
    show = QWidget.show

    def show_watched(widget):
        if widget.objectName() == "mainWindow":
            widget.installEventFilter(painted)
        show(widget)

    QWidget.show = show_watched
    timer.timeout.connect(poll)
    timer.start(5)
    return qapp

ui_main.setup_application = setup
app.main(["--lang", "th", "--workspace", sys.argv[1]])
os._exit(3)  # the window never became usable
"""


def build_workspace(folder: Path, assessed: bool = True, in_review: bool = False) -> None:
    """The benchmark workspace: 40 assessed benchmarks and 200 evidence PDFs (or empty), and
    with ``in_review`` the office's feedback on it imported (see put_in_review)."""
    sys.path.insert(0, str(ROOT))
    from reportlab.pdfgen import canvas

    from sealdesk.domain.status import Status
    from sealdesk.services.workspace import Workspace

    statuses = [Status.MET, Status.PARTIALLY_MET, Status.NOT_MET, Status.MET]
    with Workspace.create(folder, "1004", ROUND) as ws:
        if not assessed:
            return
        pdfs = folder / "bench-pdfs"
        pdfs.mkdir()
        codes = [b.code for b in ws.catalog().benchmarks()]
        for i, code in enumerate(codes):
            ws.assess(
                code,
                statuses[i % 4],
                f"สำนักงานเขตได้จัดทำแผนปฏิบัติการด้านความเท่าเทียมทางเพศ ข้อ {i} "
                "โดยวิเคราะห์ข้อมูลจำแนกตามเพศของผู้รับบริการและบุคลากร",
            )
        for n in range(200):
            pdf = pdfs / f"evidence-{n:03}.pdf"
            c = canvas.Canvas(str(pdf))
            for page in range(3):
                c.drawString(72, 720, f"Evidence {n}, page {page + 1}")
                c.rect(72, 100 + n, 400, 300, fill=n % 2)
                c.showPage()
            c.save()
            ws.add_evidence(pdf, [codes[n % len(codes)]], description=f"evidence {n}")
        if in_review:
            put_in_review(ws, folder.parent / "office")


def put_in_review(ws, office_folder: Path) -> None:  # type: ignore[no-untyped-def]
    """The district sends its bundle; the office (its own key) receives it, publishes a newer
    catalog edition, gives 12 benchmarks verdicts, comments and two required actions, and
    returns it; the district imports that signed feedback file (all through the services, as
    tests/ui/test_first_look_start.py's district in review)."""
    from sealdesk.bundle import keys
    from sealdesk.domain.review import Verdict
    from sealdesk.resources import default_catalog_path
    from sealdesk.services import export
    from sealdesk.services.district_trust import read_office_card
    from sealdesk.services.office_trust import read_key_file
    from sealdesk.services.workspace import Workspace

    words, kdf = "bench passphrase", keys.KdfParams(n=2**14, r=8, p=1)
    out = office_folder.parent / "review-files"
    out.mkdir()
    keys.create_key(ws.path / "keys", words, kdf=kdf)
    keys.export_public(ws.path / "keys", out / "district.pub")
    export.export_bundle(ws, out / "bundle.zip", passphrase=words, checklist=False)
    official = default_catalog_path().read_text("utf-8")
    official = official.replace('status = "template"', 'status = "official"', 1)
    (out / "catalog.toml").write_text(official.replace("2023.1-template", "2026.1", 1), "utf-8")
    with Workspace.create_office(office_folder, name="สำนักพัฒนาสังคม กทม.") as office:
        keys.create_key(office.path / "keys", words, kdf=kdf)
        office.enrol_key(read_key_file(out / "district.pub"), ws.district.code)
        office.receive_bundles([out / "bundle.zip"])
        office.write_office_card(out / "card.txt", words)
        ws.trust_office(read_office_card(out / "card.txt"))
        office.publish_catalog(out / "catalog.toml", out / "edition.zip", words)
        verdicts = [v for v in Verdict if v is not Verdict.NOT_REVIEWED]
        for i, b in enumerate(list(ws.catalog().benchmarks())[:12]):
            office.review_benchmark(
                ws.district.code,
                b.code,
                verdicts[i % len(verdicts)],
                comment=f"ขอเอกสารประกอบเพิ่มเติมสำหรับตัวชี้วัด {b.code} และรายงานผลการดำเนินงาน",
                action="ส่งรายงานการอบรมพร้อมรายชื่อผู้เข้าอบรม" if i % 6 == 0 else "",
            )
        office.return_submission(ws.district.code, out=out / "feedback.zip", passphrase=words)
    ws.import_feedback(out / "feedback.zip")


Command = tuple[list[str], dict[str, str]]
"""A process to run: its command line and the environment variables added for it."""


def measure_all(commands: dict[str, Command], env: dict[str, str], runs: int) -> dict:
    """{name: (median wall s, median CPU s, median peak MiB)} of ``runs`` processes of each
    command, after one warm-up each. The runs are interleaved (one of each command per round),
    so a busy moment of the machine weighs on every figure and its floor alike; the CPU time
    (user + system) is the figure least disturbed by other work on the machine."""
    for cmd, extra in commands.values():
        run_once(cmd, {**env, **extra})
    samples: dict[str, list[tuple[float, float, float]]] = {name: [] for name in commands}
    for _ in range(runs):
        for name, (cmd, extra) in commands.items():
            wall, cpu, peak, _out = run_once(cmd, {**env, **extra})
            samples[name].append((wall, cpu, peak))
    return {
        name: tuple(statistics.median(column) for column in zip(*rows, strict=True))
        for name, rows in samples.items()
    }


def run_once(cmd: list[str], env: dict[str, str]) -> tuple[float, float, float, str]:
    """(wall s, CPU s, peak RSS MiB, stdout) of one whole process, from wait4. A forked child
    starts with its parent's peak, so the parent stays small (the workspace is built in a
    child). It runs in a neutral folder: ``python -m`` and ``-c`` put the current folder first
    on sys.path, which would shadow the tree on PYTHONPATH (see --tree)."""
    start = time.perf_counter()
    proc = subprocess.Popen(
        cmd, env=env, cwd=tempfile.gettempdir(), stdout=subprocess.PIPE, stderr=subprocess.DEVNULL
    )
    assert proc.stdout is not None
    out = proc.stdout.read()
    _pid, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed with exit code {proc.returncode}")
    cpu = usage.ru_utime + usage.ru_stime
    return wall, cpu, usage.ru_maxrss / 1024, out.decode()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--memory", action="store_true", help="app memory with 20 previews")
    parser.add_argument("--only", help="run only the figures whose name contains this")
    parser.add_argument(
        "--tree", type=Path, default=ROOT, help="the SealDesk source tree to time (default: this)"
    )
    parser.add_argument("--build", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.build:  # in a child process, so this process stays small (see run_once)
        build_workspace(args.build / "full")
        build_workspace(args.build / "empty", assessed=False)
        build_workspace(args.build / "review", in_review=True)
        return 0

    tmp = Path(tempfile.mkdtemp(prefix="sealdesk-bench-"))
    atexit.register(shutil.rmtree, tmp, True)  # the workspaces and PDFs go when it ends
    full, empty, out = tmp / "full", tmp / "empty", tmp / "out"
    out.mkdir()
    subprocess.run([PY, __file__, "--build", str(tmp)], check=True)
    env = dict(os.environ, PYTHONPATH=str(args.tree.resolve()), QT_QPA_PLATFORM="offscreen")
    env["XDG_CONFIG_HOME"] = str(tmp / "config")
    env["XDG_CACHE_HOME"] = str(tmp / "cache")  # the warm-up process fills it
    env.pop("SEALDESK_WORKSPACE", None)
    env.pop("SEALDESK_THAI_ZWSP", None)
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed app has its .pyc files
    sd = [PY, "-m", "sealdesk"]
    ws_full, ws_empty = ["--workspace", str(full)], ["--workspace", str(empty)]
    app = [PY, "-c", APP_DRIVER, str(full), str(ROUND)]
    app_review = [PY, "-c", APP_DRIVER, str(tmp / "review"), str(ROUND)]

    floors: dict[str, Command] = {
        "bare": ([PY, "-c", BARE_WINDOW], {}),
        "stack": ([PY, "-c", STACK_FLOOR], {}),
        "orm": ([PY, "-c", ORM_IMPORT], {}),
        "sqlite3": ([PY, "-c", SQLITE_QUERY, str(full)], {}),
    }
    figures: list[tuple[str, Command, str, float | None]] = [
        # name, command, floor, target ratio (None: no target, just shown)
        ("app start to usable window", ([*app, "0"], {}), "stack", 1.3),
        # Windows has no libthai: every Thai label gets break hints from the dictionary
        ("app start, Thai break hints", ([*app, "0"], {"SEALDESK_THAI_ZWSP": "1"}), "stack", 1.3),
        ("app start, workspace in review", ([*app_review, "0"], {}), "stack", 1.3),
        ("score", ([*sd, "score", *ws_full], {}), "orm", 1.3),
        ("score --lang th", ([*sd, "--lang", "th", "score", *ws_full], {}), "orm", 1.3),
        ("evidence list", ([*sd, "evidence", "list", *ws_full], {}), "orm", 1.3),
        ("catalog show", ([*sd, "catalog", "show", *ws_full], {}), "orm", 1.3),
        ("check (empty workspace)", ([*sd, "check", *ws_empty], {}), "orm", 1.3),
        ("print filled --lang th", ([*sd, "print", "filled", "--lang", "th", "--overwrite",
                                     "--out", str(out / "filled.pdf"), *ws_full], {}), "", None),
        ("--version", ([*sd, "--version"], {}), "", None),
        ("--help", ([*sd, "--help"], {}), "", None),
    ]  # fmt: skip
    if args.only:
        figures = [f for f in figures if args.only in f[0]]
    needed = {f[2] for f in figures if f[2]} | {"sqlite3", "bare"}
    commands = {f"floor {name}": cmd for name, cmd in floors.items() if name in needed}
    commands.update({name: cmd for name, cmd, _floor, _target in figures})
    where = subprocess.run(
        [PY, "-c", "import sealdesk; print(sealdesk.__file__)"],
        env=env, cwd=tempfile.gettempdir(), capture_output=True, text=True, check=True,
    ).stdout.strip()  # fmt: skip
    if not where.startswith(str(args.tree.resolve())):
        raise SystemExit(f"the processes would import {where}, not the tree {args.tree}")
    results = measure_all(commands, env, args.runs)

    print(f"{args.tree}: median of {args.runs} whole processes each (after one warm-up)")
    head = f"{'':<30} {'wall s':>7} {'CPU s':>7} {'peak MiB':>8}"
    print(f"{head} {'floor':>6} {'wall x':>6} {'CPU x':>6} {'target':>6}")
    rows = [(f"floor: {n}", f"floor {n}", "", None) for n in floors if n in needed]
    rows += [(name, name, floor, target) for name, _cmd, floor, target in figures]
    for label, key, floor, target in rows:
        wall, cpu, peak = results[key]
        line = f"{label:<30} {wall:7.3f} {cpu:7.3f} {peak:8.1f}"
        floors_here = [(floor, target)] if floor else []
        if key.startswith("app start"):
            floors_here.append(("bare", 2.0))
        if not floors_here:
            print(line)
        for k, (name, goal) in enumerate(floors_here):
            base_wall, base_cpu, _ = results[f"floor {name}"]
            ratios = f"{name:>6} {wall / base_wall:6.2f} {cpu / base_cpu:6.2f} {goal:5.1f}x"
            print(f"{line if k == 0 else '':<{len(line)}} {ratios}")
    if args.memory:
        for _ in range(2):
            *_times, text = run_once([*app, "1"], env)
        line = next(x for x in text.splitlines() if x.startswith("MEM "))
        _tag, after_start, after_previews, n = line.split()
        print()
        print(f"app memory (RSS) after start: {float(after_start):.1f} MiB")
        print(f"app memory (RSS) after {n} PDFs in the preview: {float(after_previews):.1f} MiB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
