"""The foundation subcommands: init, round, catalog, assess, evidence, score, check, backup,
restore, audit. Each is a thin shell over the Workspace service."""

from __future__ import annotations

import argparse
from collections.abc import Iterable

from sealdesk.cli.catalog_cmd import register_authoring
from sealdesk.cli.common import (
    bounded_int,
    common_options,
    current_language,
    emit,
    json_option,
    name_arg,
    open_workspace,
    parse_date,
    path_arg,
    printable,
    round_option,
    round_year,
    text_arg,
    translate,
    translate_n,
    workspace_dir,
)
from sealdesk.cli.personal_cmd import (
    backup_passphrase,
    backup_passphrase_options,
    cmd_evidence_mark,
    marked_when_added,
    personal_data_option,
    restore_passphrase,
)
from sealdesk.domain.assessment import Problem
from sealdesk.domain.backup import HARMLESS, BackupReport, RestoreReport
from sealdesk.domain.status import Status

AUDIT_LIMIT_MAX = 1_000_000_000
BACKUP_LEFT_OUT = (
    "Backup written to {file}, but %n items listed above are damaged or missing and are not in it."
)
RESTORE_MISSING = (
    "%n evidence files listed above could not be restored; 'sealdesk check' will list them too."
)
"""Plural messages (``numerus="yes"``, shown with ``translate_n``)."""


def _lupdate_marks() -> None:  # pragma: no cover - never called
    """pyside6-lupdate marks a message plural only when it is translated with a literal
    number, so the plural messages above are written here once more for it (a test keeps
    both the same)."""
    from PySide6.QtCore import QCoreApplication

    QCoreApplication.translate(
        "CLI",
        "Backup written to {file}, but %n items listed above are damaged or missing "
        "and are not in it.",
        None,
        1,
    )
    QCoreApplication.translate(
        "CLI",
        "%n evidence files listed above could not be restored; "
        "'sealdesk check' will list them too.",
        None,
        1,
    )


"""``audit --limit`` at most: more than any log holds, within SQLite's integers."""


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    common = common_options()

    p = sub.add_parser("init", parents=[common], help="create a workspace for a district office")
    p.add_argument(
        "--district", required=True, type=name_arg, metavar="CODE", help="district code 1001-1050"
    )
    p.add_argument(
        "--round", type=round_year, metavar="YEAR_BE", help="round (default: this year, BE)"
    )
    p.add_argument(
        "--catalog", type=path_arg, metavar="FILE", help="catalog file (default: shipped)"
    )
    p.add_argument(
        "--clerk", type=name_arg, metavar="NAME", help="the clerk's name, recorded in the audit log"
    )
    p.set_defaults(run=cmd_init)

    p = sub.add_parser("round", parents=[common], help="list or add assessment rounds")
    rsub = p.add_subparsers(dest="round_command", required=True)
    q = rsub.add_parser("list", parents=[common], help="list the rounds")
    json_option(q)
    q.set_defaults(run=cmd_round_list)
    q = rsub.add_parser("add", parents=[common], help="start a new round")
    q.add_argument("year", type=round_year, metavar="YEAR_BE")
    q.add_argument("--catalog", type=path_arg, metavar="FILE")
    q.set_defaults(run=cmd_round_add)

    p = sub.add_parser(
        "catalog", parents=[common], help="show, import, author (xlsx) or compare catalogs"
    )
    csub = p.add_subparsers(dest="catalog_command", required=True)
    q = csub.add_parser("show", parents=[common], help="show the round's catalog")
    json_option(q)
    round_option(q)
    q.set_defaults(run=cmd_catalog_show)
    q = csub.add_parser("import", parents=[common], help="switch a round to a newer edition")
    q.add_argument("file", type=path_arg)
    json_option(q)
    round_option(q)
    q.set_defaults(run=cmd_catalog_import)
    register_authoring(csub, common)  # template, from-xlsx, diff (issue 17)

    p = sub.add_parser("assess", parents=[common], help="set a benchmark's status and narrative")
    p.add_argument("code", type=name_arg, help="benchmark code, e.g. 1.2.1")
    p.add_argument("--status", choices=[s.value for s in Status])
    p.add_argument("--note", type=text_arg, metavar="TEXT", help="the narrative")
    p.add_argument(
        "--justification", type=text_arg, metavar="TEXT", help="required for not_applicable"
    )
    json_option(p)
    round_option(p)
    p.set_defaults(run=cmd_assess)

    p = sub.add_parser("evidence", parents=[common], help="add, link and list evidence")
    esub = p.add_subparsers(dest="evidence_command", required=True)
    q = esub.add_parser("add", parents=[common], help="add evidence files")
    q.add_argument("files", nargs="+", type=path_arg, metavar="FILE")
    q.add_argument("--benchmark", action="append", default=[], type=name_arg, metavar="CODE")
    q.add_argument("--effective-date", type=parse_date, metavar="YYYY-MM-DD")
    q.add_argument("--description", default="", type=text_arg, metavar="TEXT")
    personal_data_option(q, default=None)
    json_option(q)
    round_option(q)
    q.set_defaults(run=cmd_evidence_add)
    q = esub.add_parser("mark", parents=[common], help="mark or unmark a document's personal data")
    q.add_argument("evidence_id", type=bounded_int(1, 2**62), metavar="ID")
    personal_data_option(q, required=True)
    json_option(q)
    q.set_defaults(run=cmd_evidence_mark)
    for name, helptext in (("link", "link a document"), ("unlink", "unlink a document")):
        q = esub.add_parser(name, parents=[common], help=f"{helptext} to a benchmark")
        q.add_argument("sha256_prefix", type=name_arg, metavar="SHA256-PREFIX")
        q.add_argument("--benchmark", required=True, type=name_arg, metavar="CODE")
        round_option(q)
        q.set_defaults(run=cmd_evidence_link, unlink=name == "unlink")
    q = esub.add_parser("list", parents=[common], help="list every evidence document")
    json_option(q)
    round_option(q)
    q.set_defaults(run=cmd_evidence_list)

    p = sub.add_parser("score", parents=[common], help="scores, projected level, what is missing")
    json_option(p)
    round_option(p)
    p.set_defaults(run=cmd_score)

    p = sub.add_parser("check", parents=[common], help="check the database and every blob")
    json_option(p)
    p.set_defaults(run=cmd_check, workspace_kind="any")

    p = sub.add_parser("backup", parents=[common], help="write a backup of the workspace")
    p.add_argument("file", type=path_arg)
    p.add_argument("--overwrite", action="store_true", help="replace an existing backup file")
    backup_passphrase_options(p)
    json_option(p)
    p.set_defaults(run=cmd_backup, workspace_kind="any")

    p = sub.add_parser("restore", parents=[common], help="restore a backup into --workspace")
    p.add_argument("file", type=path_arg)
    p.add_argument(
        "--partial",
        action="store_true",
        help="restore everything intact even if some evidence files in the backup are damaged",
    )
    p.add_argument(
        "--passphrase-file",
        type=path_arg,
        metavar="FILE",
        help="the passphrase of an encrypted backup (asked for when not given)",
    )
    json_option(p)
    p.set_defaults(run=cmd_restore)

    p = sub.add_parser("audit", parents=[common], help="show the audit log")
    p.add_argument(
        "--limit", type=bounded_int(1, AUDIT_LIMIT_MAX), metavar="N", help="only the last N events"
    )
    json_option(p)
    p.set_defaults(run=cmd_audit, workspace_kind="any")


def cmd_init(args: argparse.Namespace) -> int:
    from sealdesk.domain.thaidate import current_round_be
    from sealdesk.services.workspace import Workspace, default_actor

    path = workspace_dir(args)
    actor = args.clerk or getattr(args, "actor", None) or default_actor()
    round_be = args.round or current_round_be()
    with Workspace.create(path, args.district, round_be, args.catalog, actor=actor) as ws:
        ws.set_setting("clerk", actor)
        place = ws.district
        print(
            translate(
                "CLI", "Created the workspace of {district} for round {round} in {path}."
            ).format(
                district=f"{place.code} {place.name('th')} ({place.en})",
                round=round_be,
                path=printable(str(path)),
            )
        )
    return 0


def cmd_round_list(args: argparse.Namespace) -> int:
    with open_workspace(args) as ws:
        rounds = ws.rounds()
        emit(args, rounds, [str(r) for r in rounds])
    return 0


def cmd_round_add(args: argparse.Namespace) -> int:
    with open_workspace(args) as ws:
        ws.add_round(args.year, args.catalog)
        print(translate("CLI", "Round {round} started.").format(round=args.year))
    return 0


def cmd_catalog_show(args: argparse.Namespace) -> int:
    with open_workspace(args) as ws:
        catalog = ws.catalog(args.round)
        lang = current_language()
        # Catalogs are files from outside: every text is printed with its control characters
        # shown, never acted on (an ESC sequence in a title must not reach the terminal).
        lines = [printable(f"{catalog.title.get(lang)} — {catalog.edition} {catalog.version}")]
        if catalog.is_template:
            lines.extend(printable(line) for line in catalog.note.get(lang).splitlines())
        for dimension in catalog.dimensions:
            lines.append(f"{dimension.code}  {printable(dimension.title.get(lang))}")
            for standard in dimension.standards:
                lines.append(f"  {standard.code}  {printable(standard.title.get(lang))}")
                for b in standard.benchmarks:
                    levels = ",".join(
                        lv.value for lv in sorted(b.mandatory, key=lambda lv: lv.rank)
                    )
                    mark = f" [{levels}]" if levels else ""
                    lines.append(f"    {b.code}  {printable(b.title.get(lang))}{mark}")
        data = {
            "edition": catalog.edition,
            "version": catalog.version,
            "status": catalog.status,
            "sha256": catalog.sha256,
            "thresholds": {k.value: v for k, v in catalog.thresholds.items()},
            "dimensions": catalog.dimensions,
        }
        emit(args, data, lines)
    return 0


def cmd_catalog_import(args: argparse.Namespace) -> int:
    with open_workspace(args) as ws:
        report = ws.import_catalog(args.file, args.round)
        lines = [
            translate("CLI", "Catalog changed from {old} to {new}.").format(
                old=printable(report.old_edition), new=printable(report.new_edition)
            ),
            translate("CLI", "Kept {a} assessments and {l} evidence links.").format(
                a=report.kept_assessments, l=report.kept_links
            ),
            translate("CLI", "Signed by the trusted office key {key_id}.").format(
                key_id=report.signed_by
            )
            if report.signed_by
            else translate(
                "CLI",
                "This catalog is not signed by the coordinating office: use it for practice "
                "only; pre-flight and the bundle will say so.",
            ),
        ]
        for code in report.unmatched_assessments:
            lines.append(
                translate("CLI", "No longer in the catalog: the assessment of {code}.").format(
                    code=code
                )
            )
        for sha256, code in report.unmatched_links:
            lines.append(
                translate(
                    "CLI", "No longer in the catalog: evidence {sha} linked to {code}."
                ).format(sha=sha256[:12], code=code)
            )
        emit(args, report, lines)
    return 0


def cmd_assess(args: argparse.Namespace) -> int:
    with open_workspace(args) as ws:
        result = ws.assess(
            args.code,
            status=args.status,
            narrative=args.note,
            justification=args.justification,
            round_be=args.round,
        )
        status = translate("Status", result.status.label)
        emit(args, result, [f"{result.benchmark_code}: {status}"])
    return 0


def cmd_evidence_add(args: argparse.Namespace) -> int:
    with open_workspace(args) as ws:
        results, lines = [], []
        for path in args.files:
            added = ws.add_evidence(
                path,
                benchmarks=args.benchmark,
                effective_date=args.effective_date,
                description=args.description,
                round_be=args.round,
                personal_data=marked_when_added(ws, args),
            )
            results.append(added)
            e = added.evidence
            template = (
                translate("CLI", "Already stored: {name} ({sha}), now used by {links}.")
                if added.duplicate
                else translate("CLI", "Added {name} ({sha}), used by {links}.")
            )
            lines.append(
                template.format(
                    name=printable(e.original_name),
                    sha=e.short_hash,
                    links=", ".join(e.links) or translate("CLI", "no benchmark yet"),
                )
            )
        emit(args, results, lines)
    return 0


def cmd_evidence_link(args: argparse.Namespace) -> int:
    with open_workspace(args) as ws:
        evidence = ws.find_evidence(args.sha256_prefix, args.round)
        if args.unlink:
            evidence = ws.unlink_evidence(evidence.id, args.benchmark, args.round)
        else:
            evidence = ws.link_evidence(evidence.id, args.benchmark, args.round)
        print(
            translate("CLI", "{name} now supports: {links}.").format(
                name=printable(evidence.original_name),
                links=", ".join(evidence.links) or translate("CLI", "no benchmark"),
            )
        )
    return 0


def cmd_evidence_list(args: argparse.Namespace) -> int:
    with open_workspace(args) as ws:
        items = ws.evidence_list(args.round)
        lines = [
            f"{e.short_hash}  {e.size:>10}  {printable(e.original_name)}  "
            f"[{', '.join(e.links) or '-'}]"
            for e in items
        ]
        emit(args, items, lines)
    return 0


def cmd_score(args: argparse.Namespace) -> int:
    with open_workspace(args) as ws:
        report = ws.score(args.round)
        catalog = ws.catalog(args.round)
        lang = current_language()
        lines = []
        for item in report.dimensions:
            title = catalog.dimension(item.code).title.get(lang)  # type: ignore[union-attr]
            s = item.score
            lines.append(
                f"{item.code}  {s.percent:5.1f} %  ({s.met}/{s.applicable})  {printable(title)}"
            )
        lines.append(
            translate(
                "CLI", "Overall: {percent:.1f} % of {applicable} applicable benchmarks."
            ).format(percent=report.overall.percent, applicable=report.overall.applicable)
        )
        level = (
            translate("Level", report.level.label) if report.level else translate("CLI", "none yet")
        )
        lines.append(translate("CLI", "Projected level: {level}.").format(level=level))
        gap = report.next_gap
        if gap is not None:
            lines.append(
                translate("CLI", "For {level} ({threshold} %):").format(
                    level=translate("Level", gap.level.label), threshold=gap.threshold
                )
            )
            for code in gap.mandatory_missing:
                title = catalog.benchmark(code).title.get(lang)  # type: ignore[union-attr]
                lines.append(
                    "  "
                    + translate("CLI", "mandatory, not met: {code} {title}").format(
                        code=code, title=printable(title)
                    )
                )
            if gap.more_needed:
                lines.append(
                    "  " + translate("CLI", "and {n} more benchmarks met").format(n=gap.more_needed)
                )
        emit(args, report, lines)
    return 0


def _problem_lines(problems: Iterable[Problem]) -> list[str]:
    return [printable(f"{p.kind}: {p.subject} ({p.detail})") for p in problems]


def cmd_check(args: argparse.Namespace) -> int:
    with open_workspace(args) as ws:
        problems = ws.check()
    serious = [p for p in problems if p.kind not in HARMLESS]
    lines = _problem_lines(problems)
    if not serious:
        lines.append(
            translate("CLI", "Everything checked out: the database and every evidence file.")
        )
    emit(args, {"ok": not serious, "problems": problems}, lines)
    return 1 if serious else 0


def cmd_backup(args: argparse.Namespace) -> int:
    """Exit 0: complete; 1: written, but damaged or missing evidence was left out (listed)."""
    from sealdesk.services.backup import record_backup

    with open_workspace(args) as ws:
        report = ws.backup_report(
            args.file,
            overwrite=args.overwrite,
            passphrase=backup_passphrase(ws, args),
            unencrypted=args.unencrypted,
        )
        record_backup(ws, report)  # what the app's "last backup" reminder reads
    lines = _problem_lines(report.problems)
    if report.complete:
        lines.append(translate("CLI", "Backup written to {file}.").format(file=report.path))
    else:
        lines.append(
            translate_n("CLI", BACKUP_LEFT_OUT, len(report.left_out)).format(file=report.path)
        )
    emit(args, {"ok": report.complete, **_as_dict(report)}, lines)
    return 0 if report.complete else 1


def cmd_restore(args: argparse.Namespace) -> int:
    """Exit 0: complete; 1: restored, but evidence is missing (listed, as check will say)."""
    from sealdesk.domain.districts import district
    from sealdesk.services.workspace import Workspace

    target = workspace_dir(args)
    report = Workspace.restore_report(
        args.file, target, partial=args.partial, passphrase=restore_passphrase(args)
    )
    lines = _problem_lines(report.problems)
    if report.district == "office":
        lines.append(
            translate("CLI", "Restored the coordinating office's workspace into {path}.").format(
                path=report.path
            )
        )
    else:
        place = district(report.district)
        lines.append(
            translate("CLI", "Restored the workspace of {district} into {path}.").format(
                district=f"{place.code} {place.en}", path=report.path
            )
        )
    if not report.complete:
        lines.append(translate_n("CLI", RESTORE_MISSING, len(report.missing)))
    emit(args, {"ok": report.complete, **_as_dict(report)}, lines)
    return 0 if report.complete else 1


def _as_dict(report: BackupReport | RestoreReport) -> dict[str, object]:
    return {name: getattr(report, name) for name in report.__slots__}  # type: ignore[union-attr]


def cmd_audit(args: argparse.Namespace) -> int:
    with open_workspace(args) as ws:
        events = ws.audit_log(args.limit)
    lines = [
        printable(
            f"{e.at.isoformat(sep=' ')}  {e.actor}  {e.action}  {e.entity_key}  "
            f"{e.before or ''} -> {e.after or ''}"
        )
        for e in events
    ]
    emit(args, events, lines)
    return 0
