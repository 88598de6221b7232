"""SealDesk's layering as an allow-list over the import graph (grimp, import-linter's engine).

Every module of the package belongs to a component: a sub-package (``sealdesk.ui``) or a
top-level module (``sealdesk.errors``). An import from one component to another is allowed
only if ``ALLOWED`` lists the arrow; a third-party import only if ``EXTERNAL`` lists it; a
module outside every listed component fails, so a new package must be placed in the layers
before it can land. Imports inside functions and under TYPE_CHECKING count. No two modules may
import each other, directly or round a longer loop.

docs/architecture.md draws the same table (``python tests/foundation/layering.py --table``
prints it); tests/foundation/test_layers.py checks that the two agree.

Run as a script (``python tests/foundation/layering.py``) it prints the offences of whatever
``sealdesk`` package is first on the path, one per line: the tests use that to prove that a
forbidden import added to a copy of the tree is caught.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable

PACKAGE = "sealdesk"

BASE = (
    "errors",
    "progress",
    "events",
    "resources",
    "fsutil",
    "qmcatalog",
    "translation",
    "thaiwords",
)

ALLOWED: dict[str, frozenset[str]] = {
    # front ends: only through the services
    "__main__": frozenset({"app"}),
    "app": frozenset({"cli", "ui", "selfcheck"}),
    "cli": frozenset(
        {"services", "domain", "errors", "progress", "fsutil", "resources", "translation"}
    ),
    "ui": frozenset(
        {"services", "domain", "errors", "progress", "events", "resources", "translation",
         "thaiwords"}
    ),
    "selfcheck": frozenset(
        {"ui", "services", "domain", "errors", "resources", "translation", "thaiwords"}
    ),
    # the one door
    "services": frozenset(
        {"bundle", "printing", "inbox", "spreadsheet", "store", "domain", "errors", "progress",
         "events", "resources", "fsutil"}
    ),
    # formats: plain data in, files out; they know nothing of each other or of workspaces
    "bundle": frozenset({"domain", "errors", "progress", "fsutil"}),
    "printing": frozenset(
        {"domain", "errors", "progress", "resources", "fsutil", "translation", "thaiwords"}
    ),
    "inbox": frozenset({"domain", "errors", "progress", "fsutil"}),
    "spreadsheet": frozenset({"domain", "errors", "progress", "fsutil", "translation"}),
    # storage and rules
    "store": frozenset({"domain", "errors", "progress", "fsutil"}),
    "domain": frozenset({"errors", "resources", "fsutil"}),
    # base
    "errors": frozenset(),
    "progress": frozenset(),
    "events": frozenset(),
    "resources": frozenset(),
    "fsutil": frozenset({"progress", "errors"}),
    "translation": frozenset({"resources", "qmcatalog"}),
    "qmcatalog": frozenset({"errors", "fsutil"}),
    "thaiwords": frozenset({"resources", "fsutil"}),
}  # fmt: skip
"""component -> the components it may import (besides itself and ``sealdesk.__version__``)."""

EXTERNAL: dict[str, frozenset[str]] = {
    "cli": frozenset({"PySide6", "platformdirs"}),
    "ui": frozenset({"PySide6"}),
    "selfcheck": frozenset(
        {"PySide6", "shiboken6", "cryptography", "pythainlp", "reportlab", "watchdog"}
    ),  # it checks that each shipped library loads
    "services": frozenset({"sqlalchemy", "pyrage"}),  # pyrage: age, issue 18
    "bundle": frozenset({"cryptography", "pyrage"}),  # pyrage: age, issue 18
    "printing": frozenset({"reportlab", "uharfbuzz", "qrcode"}),
    "inbox": frozenset({"watchdog", "filelock"}),
    "spreadsheet": frozenset({"openpyxl"}),
    "store": frozenset({"sqlalchemy", "alembic"}),
    "resources": frozenset({"platformdirs"}),
    "fsutil": frozenset({"psutil"}),
    "translation": frozenset({"PySide6"}),
    "thaiwords": frozenset({"pythainlp"}),
}
"""component -> the third-party distributions it may import (the standard library is free)."""


def component(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else PACKAGE


def build_graph():  # type: ignore[no-untyped-def]
    import grimp

    return grimp.build_graph(PACKAGE, include_external_packages=True, cache_dir=None)


def _arrows(graph) -> Iterable[tuple[str, str]]:  # type: ignore[no-untyped-def]
    for importer in sorted(graph.modules):
        if importer == PACKAGE or importer.startswith(PACKAGE + "."):
            for imported in sorted(graph.find_modules_directly_imported_by(importer)):
                yield importer, imported


def offences(graph) -> list[str]:  # type: ignore[no-untyped-def]
    """Every import the allow-list does not admit, and every module outside the layers."""
    found: list[str] = []
    for module in sorted(graph.modules):
        if module.startswith(PACKAGE + ".") and component(module) not in ALLOWED:
            found.append(f"{module} is in no layer (add it to ALLOWED)")
    for importer, imported in _arrows(graph):
        source = component(importer)
        if source not in ALLOWED:
            continue
        if imported == PACKAGE or imported.startswith(PACKAGE + "."):
            target = component(imported)
            if target in (source, PACKAGE) or target in ALLOWED[source]:
                continue
            found.append(f"{importer} imports {imported} ({source} -> {target} is not allowed)")
        else:
            top = imported.split(".")[0]
            if top in sys.stdlib_module_names or top == "__future__":
                continue
            if top not in EXTERNAL.get(source, frozenset()):
                found.append(f"{importer} imports {top} ({source} may not use it)")
    return found


def cycles(graph) -> list[list[str]]:  # type: ignore[no-untyped-def]
    """Groups of modules that import each other (strongly connected, Tarjan), largest first."""
    nodes = sorted(m for m in graph.modules if m == PACKAGE or m.startswith(PACKAGE + "."))
    edges = {
        m: sorted(
            i
            for i in graph.find_modules_directly_imported_by(m)
            if i.startswith(PACKAGE + ".") and i != m
        )
        for m in nodes
    }
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []
    counter = 0

    def visit(node: str) -> None:
        nonlocal counter
        index[node] = low[node] = counter
        counter += 1
        stack.append(node)
        on_stack.add(node)
        for nxt in edges.get(node, ()):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            group = []
            while True:
                item = stack.pop()
                on_stack.discard(item)
                group.append(item)
                if item == node:
                    break
            if len(group) > 1:
                groups.append(sorted(group))

    sys.setrecursionlimit(max(sys.getrecursionlimit(), 10_000))
    for node in nodes:
        if node not in index:
            visit(node)
    return sorted(groups, key=len, reverse=True)


def table() -> str:
    """The allow-list as the Markdown table docs/architecture.md shows."""
    lines = ["| component | may import | third-party |", "| --- | --- | --- |"]
    for name, allowed in ALLOWED.items():
        inner = ", ".join(sorted(allowed)) or "-"
        outer = ", ".join(sorted(EXTERNAL.get(name, ()))) or "-"
        lines.append(f"| {name} | {inner} | {outer} |")
    return "\n".join(lines)


if __name__ == "__main__":
    if sys.argv[1:] == ["--table"]:
        print(table())
    else:
        g = build_graph()
        for line in offences(g):
            print(line)
        for group in cycles(g):
            print("cycle: " + " <-> ".join(group))
