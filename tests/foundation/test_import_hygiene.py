"""Read-only commands load only what they use (issue 13): the scanner inbox's watcher (watchdog,
filelock) is imported by the commands that watch or lock a folder, the coordinating office's
city status and the models of its tables by office commands, psutil nowhere on Linux; never by
``score``, ``evidence list``, ``catalog show`` or ``check``, whose whole process they would slow
down."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from sealdesk.services.workspace import Workspace
from tests.fresh_process import ROOT, run_fresh

NOT_NEEDED = (
    "watchdog",
    "filelock",
    "sealdesk.inbox",
    "sealdesk.services.office",
    "sealdesk.store.office_models",  # the office's tables: not mapped for a district
) + (
    ("psutil",) if sys.platform.startswith("linux") else ()  # Linux: /proc/self/mounts
)

SCRIPT = """
import sys
from sealdesk.cli import main
sys.exit(main(sys.argv[2:] + ["--workspace", sys.argv[1]]))
"""


@pytest.mark.parametrize(
    "command", [["score"], ["evidence", "list"], ["catalog", "show"], ["check"]]
)
def test_read_only_commands_do_not_import_the_inbox_watcher(
    tmp_path: Path, command: list[str]
) -> None:
    Workspace.create(tmp_path / "ws", "1001", 2569).close()
    # the modules named, or inside them (not sealdesk.services.office_blobs)
    done = run_fresh(SCRIPT, str(tmp_path / "ws"), *command, watch=NOT_NEEDED, home=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.modules == [], done.stdout


# ------------------------------------------------------------ PySide6's __feature__ import hook

HOOK_SCRIPT = """
import linecache, sys
{door}
# as ``from sealdesk.domain.city import ...`` does: the hook sees the module itself
__import__("sealdesk.domain.city", fromlist=["_"])  # imported after Qt, does not use Qt
__import__("sealdesk.ui.combos", fromlist=["_"])  # one that does
feature = sys.modules["shibokensupport.feature"].pyside_feature_dict
city = sys.modules["sealdesk.domain.city"].__file__
print([city in linecache.cache, feature["sealdesk.domain.city"], feature["sealdesk.ui.combos"]])
"""


@pytest.mark.parametrize(
    "door",
    [
        "import sealdesk.ui",
        # the app's translators (the command line and printing never load Qt: test_qmcatalog.py)
        "import sealdesk.translation as t; assert t.load_translator('th') is not None",
    ],
)
def test_qt_does_not_read_the_source_of_modules_imported_after_it(door: str) -> None:
    """PySide6's ``__feature__`` hook reads (into linecache, for good) the source of every module
    imported after QtCore; each door to Qt quiets it, and the hook still records the answers its
    source scan would give: -1 "ignore" for a module without Qt, 0 for a Qt one."""
    done = run_fresh(HOOK_SCRIPT.format(door=door))
    assert done.returncode == 0, done.stderr
    assert done.last_line == "[False, -1, 0]", done.stdout


def test_no_module_selects_a_pyside_feature() -> None:
    """The quieted hook answers by module name (sealdesk.translation.QT_USERS), which is right
    only while no module selects a feature (``from __feature__ import snake_case``)."""
    users = [
        path.relative_to(ROOT).as_posix()
        for path in (ROOT / "sealdesk").rglob("*.py")
        if re.search(r"^\s*(from|import)\s+__feature__", path.read_text("utf-8"), re.M)
    ]
    assert users == []


def test_the_inbox_service_loads_the_watcher_only_to_watch() -> None:
    """The app's start lists what waits to be filed (services.inbox) without watchdog and
    filelock, which only the watcher and a scan need; the names stay importable."""
    script = (
        "import sys, sealdesk.services.inbox as inbox\n"
        "before = sorted(m for m in sys.modules if m.split('.')[0] in ('watchdog', 'filelock'))\n"
        "assert inbox.InboxWatcher.__module__ == 'sealdesk.inbox.watcher'\n"
        "print([before, 'watchdog' in sys.modules])\n"
    )
    done = run_fresh(script, watch=("watchdog", "filelock"))
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[[], True]", done.stdout
    assert "watchdog" in done.modules


# ------------------------------------------------------------ the catalog's parsed form, cached

TOML_SCRIPT = """
import sys
from sealdesk.cli import main
sys.exit(main(sys.argv[2:] + ["--workspace", sys.argv[1]]))
"""


@pytest.mark.parametrize(
    "command", [["score"], ["evidence", "list"], ["catalog", "show"], ["check"]]
)
def test_read_only_commands_do_not_parse_toml_once_the_catalog_is_cached(
    tmp_path: Path, command: list[str]
) -> None:
    """The first command of a user parses the round's catalog and caches its parsed form
    (domain/catalog_cache.py); the next ones read that and never import the TOML parser."""
    Workspace.create(tmp_path / "ws", "1001", 2569).close()
    watch = ("tomllib", "sealdesk.domain.catalog_cache")
    runs = [run_fresh(TOML_SCRIPT, str(tmp_path / "ws"), *command, watch=watch, home=tmp_path)]
    runs.append(run_fresh(TOML_SCRIPT, str(tmp_path / "ws"), *command, watch=watch, home=tmp_path))
    assert all(done.returncode == 0 for done in runs), [done.stderr for done in runs]
    cached = list((tmp_path / ".cache").rglob("*.catalog"))
    assert "tomllib" not in runs[1].modules  # the TOML parser is never imported again
    if command in (["score"], ["catalog", "show"]):  # these read the catalog: parsed once
        assert set(watch) <= set(runs[0].modules) and len(cached) == 1
    else:  # these read no catalog: nothing parsed, nothing cached
        assert runs[0].modules == runs[1].modules and cached == []
