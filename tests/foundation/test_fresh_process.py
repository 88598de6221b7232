"""The shared fresh-process helper (tests/fresh_process.py) sees what a process loaded: a name
covers the module and the modules inside it, not its namesakes; a name ending in ``*`` covers
every module its text starts; the report comes however the script ends."""

from __future__ import annotations

from tests.fresh_process import run_fresh


def test_it_reports_the_watched_modules_a_process_loaded() -> None:
    script = "import sys, email.mime.text, json\nprint('done')\nsys.exit(3)\n"
    ran = run_fresh(script, watch=("email.mime", "emai", "jso*", "xml"))
    assert ran.returncode == 3 and ran.last_line == "done"
    assert "email.mime" in ran.modules and "email.mime.text" in ran.modules
    assert "emai" not in ran.modules and "email" not in ran.modules  # namesakes are not inside
    assert "json" in ran.modules and "xml" not in ran.modules


def test_its_arguments_and_environment_are_the_scripts(tmp_path) -> None:  # type: ignore[no-untyped-def]
    script = "import os, sys\nprint([sys.argv[1:], os.environ['HOME'], os.environ.get('X')])\n"
    ran = run_fresh(script, "a", "b c", home=tmp_path)
    assert ran.returncode == 0 and ran.modules == []
    assert ran.last_line == repr([["a", "b c"], str(tmp_path), None])
