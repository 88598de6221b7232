"""Review and feedback on the command line (issue 15).

At the coordinating office (added to ``sealdesk office`` by cli/office_cmd.py):

    sealdesk office review DISTRICT CODE --verdict VERDICT [--comment TEXT]
                                         [--action TEXT --due YYYY-MM-DD] [--round YEAR_BE]
    sealdesk office return DISTRICT [--round YEAR_BE] --out FILE
    sealdesk office accept DISTRICT [--round YEAR_BE] --out FILE
    sealdesk office finalize DISTRICT [--round YEAR_BE] --out FILE
    sealdesk office reviews [--round YEAR_BE] [--json]       # progress of every district

return, accept and finalize write the signed feedback file (``--passphrase-file FILE``, else
the passphrase is asked; ``--overwrite``). At a district:

    sealdesk feedback import FILE [--json]
    sealdesk feedback show [--round YEAR_BE] [--json]
"""

from __future__ import annotations

import argparse
from typing import Any

from sealdesk.cli.common import (
    common_options,
    emit,
    json_option,
    name_arg,
    open_workspace,
    parse_date,
    path_arg,
    printable,
    round_option,
    text_arg,
    to_jsonable,
    translate,
)

VERDICTS = (
    "meets",
    "partly_meets",
    "does_not_meet",
    "evidence_insufficient",
    "na_agreed",
    "not_reviewed",
)


def register_office(office_sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Adds review, return, accept, finalize and reviews to the ``office`` subcommands."""
    common = common_options()
    q = office_sub.add_parser(
        "review", parents=[common], help="give the verdict on one benchmark of a district"
    )
    q.add_argument("district", type=name_arg, metavar="DISTRICT")
    q.add_argument("code", type=name_arg, metavar="CODE")
    q.add_argument("--verdict", required=True, choices=VERDICTS, metavar="VERDICT")
    q.add_argument("--comment", type=text_arg, default="", metavar="TEXT")
    q.add_argument("--action", type=text_arg, default="", metavar="TEXT")
    q.add_argument("--due", type=parse_date, metavar="YYYY-MM-DD")
    round_option(q)
    json_option(q)
    q.set_defaults(run=cmd_review, workspace_kind="office")

    for name, helptext in (
        ("return", "return the submission with feedback: writes the signed feedback file"),
        ("accept", "accept the submission: writes the signed feedback file saying so"),
        ("finalize", "make an accepted submission final (locked): writes the feedback file"),
    ):
        q = office_sub.add_parser(name, parents=[common], help=helptext)
        q.add_argument("district", type=name_arg, metavar="DISTRICT")
        round_option(q)
        q.add_argument("--out", required=True, type=path_arg, metavar="FILE")
        q.add_argument("--passphrase-file", type=path_arg, metavar="FILE")
        q.add_argument("--overwrite", action="store_true")
        json_option(q)
        q.set_defaults(run=cmd_issue, issue_kind=name, workspace_kind="office")

    q = office_sub.add_parser(
        "reviews", parents=[common], help="review progress and state of every district"
    )
    round_option(q)
    json_option(q)
    q.set_defaults(run=cmd_reviews, workspace_kind="office")


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    common = common_options()
    p = sub.add_parser("feedback", parents=[common], help="the coordinating office's feedback")
    fsub = p.add_subparsers(dest="feedback_command", required=True)
    q = fsub.add_parser("import", parents=[common], help="import a feedback file from the office")
    q.add_argument("file", type=path_arg, metavar="FILE")
    json_option(q)
    q.set_defaults(run=cmd_import)
    q = fsub.add_parser(
        "show", parents=[common], help="the verdicts, comments and actions received"
    )
    round_option(q)
    json_option(q)
    q.set_defaults(run=cmd_show)


# --- the office -----------------------------------------------------------------------------------


def _verdict(value: str) -> str:
    from sealdesk.domain.review import Verdict

    return translate("Verdict", Verdict(value).label)


def cmd_review(args: argparse.Namespace) -> int:
    with open_workspace(args) as ws:
        review = ws.review_benchmark(
            args.district,
            args.code,
            args.verdict,
            comment=args.comment,
            action=args.action,
            due=args.due,
            round_year_be=args.round,
        )
        sub = ws.submission_review(args.district, args.round)
    line = translate("CLI", "District {district}, benchmark {code}: {verdict}.").format(
        district=sub.district_code, code=review.benchmark_code, verdict=_verdict(review.verdict)
    )
    progress = translate(
        "CLI", "Reviewed {reviewed} of {total} benchmarks; state: {state}."
    ).format(
        reviewed=sub.reviewed,
        total=len(sub.reviews),
        state=translate("SubmissionState", sub.state.label) if sub.state else "-",
    )
    emit(args, review, [printable(line), progress])
    return 0


def cmd_issue(args: argparse.Namespace) -> int:
    from sealdesk.cli.bundle_cmd import _passphrase

    with open_workspace(args) as ws:
        passphrase = _passphrase(args)
        act = {
            "return": ws.return_submission,
            "accept": ws.accept_submission,
            "finalize": ws.finalize_submission,
        }[args.issue_kind]
        issued = act(
            args.district, args.round, out=args.out, passphrase=passphrase, overwrite=args.overwrite
        )
    text = {
        "return": translate(
            "CLI", "Returned the submission of district {district} with feedback: {path}"
        ),
        "accept": translate(
            "CLI", "Accepted the submission of district {district}; feedback file: {path}"
        ),
        "finalize": translate(
            "CLI", "The submission of district {district} is final; feedback file: {path}"
        ),
    }[args.issue_kind]
    emit(
        args,
        issued,
        [
            printable(text.format(district=issued.district_code, path=issued.path)),
            translate("CLI", "Send this file to the district."),
        ],
    )
    return 0


def cmd_reviews(args: argparse.Namespace) -> int:
    from sealdesk.cli.common import current_language

    with open_workspace(args) as ws:
        progress = ws.review_progress(args.round)
    th = current_language() == "th"
    lines = [
        f"{p.district_code}  {(p.name_th if th else p.name_en):<20} "
        f"{p.reviewed:>3}/{p.total:<3} "
        + (translate("SubmissionState", p.state.label) if p.state else "-")
        for p in progress
    ]
    if not progress:
        lines.append(translate("CLI", "No bundle was received for this round yet."))
    emit(args, progress, [printable(line) for line in lines])
    return 0


# --- the district ---------------------------------------------------------------------------------


def cmd_import(args: argparse.Namespace) -> int:
    with open_workspace(args) as ws:
        done = ws.import_feedback(args.file)
    feedback = done.feedback
    if done.duplicate:
        line = translate(
            "CLI", "This feedback ({feedback_id}) was imported before; nothing changed."
        )
    else:
        line = translate(
            "CLI", "Imported the office's feedback {feedback_id}: {kind}, round {round}."
        )
    text = line.format(
        feedback_id=feedback.feedback_id,
        kind=translate("FeedbackKind", feedback.kind.label),
        round=feedback.round_year_be,
    )
    data: dict[str, Any] = to_jsonable(feedback)
    data["duplicate"] = done.duplicate
    emit(args, data, [printable(text)])
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    from sealdesk.cli.common import current_language
    from sealdesk.domain.review import Verdict
    from sealdesk.domain.thaidate import format_date

    lang = current_language()  # dates in Thai are Buddhist Era ("9 ก.ค. 2567")
    with open_workspace(args) as ws:
        received = ws.feedback_list(args.round)
        open_items = ws.open_feedback(args.round)
    lines: list[str] = []
    for f in received:
        lines.append(
            translate(
                "CLI", "Feedback {feedback_id} from {office}: {kind}, round {round}, issued {date}."
            ).format(
                feedback_id=f.feedback_id,
                office=f.office_name,
                kind=translate("FeedbackKind", f.kind.label),
                round=f.round_year_be,
                date=format_date(f.issued_at.date(), lang),
            )
        )
        for r in f.reviews:
            if r.verdict is Verdict.NOT_REVIEWED:
                continue
            comment = f": {r.comment}" if r.comment else ""
            lines.append(f"  {r.benchmark_code}  {_verdict(r.verdict)}{comment}")
            if r.action is not None:
                due = format_date(r.action.due, lang) if r.action.due else "-"
                lines.append(
                    "      "
                    + translate("CLI", "Required action: {action} (due {due})").format(
                        action=r.action.text, due=due
                    )
                )
    if not received:
        lines.append(translate("CLI", "No feedback has been received yet."))
    elif open_items:
        lines.append(
            translate("CLI", "Still to answer: {codes}").format(
                codes=", ".join(i.benchmark_code for i in open_items)
            )
        )
    data = {"feedback": to_jsonable(list(received)), "open": to_jsonable(list(open_items))}
    emit(args, data, [printable(line) for line in lines])
    return 0
