"""What the review screen shows of one benchmark, as HTML: the catalog's benchmark with its means
of verification, the district's status, narrative and action plan, and what changed since the
reviewed bundle."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from sealdesk.domain.catalog import Benchmark
from sealdesk.domain.city import OfficeAssessment, OfficeSubmission
from sealdesk.domain.review import BenchmarkReview, SubmissionChanges, Verdict
from sealdesk.domain.status import Status
from sealdesk.ui.district_view import _due, _esc, _h4, _none, _para
from sealdesk.ui.widgets import status_label


def catalog_html(code: str, benchmark: Benchmark | None, lang: str, fallback_title: str) -> str:
    """The benchmark as the catalog states it: title, description, means of verification."""
    title = benchmark.title.get(lang) if benchmark is not None else fallback_title
    parts = [f"<h3>{_esc(code)} {_esc(title)}</h3>"]
    if benchmark is None:
        return "".join(parts)
    description = benchmark.description.get(lang)
    if description:
        parts.append(_para(description))
    parts.append(_h4(QCoreApplication.translate("Review", "Means of verification")))
    if benchmark.verification:
        items = "".join(f"<li>{_esc(v.get(lang))}</li>" for v in benchmark.verification)
        parts.append(f"<ul>{items}</ul>")
    else:
        parts.append(_none(QCoreApplication.translate("Review", "The catalog lists none.")))
    return "".join(parts)


def answer_html(a: OfficeAssessment, submission: OfficeSubmission) -> str:
    """What the district says: status, narrative, why it does not apply, the action plan."""
    parts = [
        _h4(QCoreApplication.translate("Review", "The district's answer")),
        f"<p><b>{_esc(status_label(a.status))}</b></p>",
    ]
    parts.append(
        _para(a.narrative) or _none(QCoreApplication.translate("DistrictView", "Nothing written."))
    )
    if a.justification:
        parts.append(
            _h4(QCoreApplication.translate("DistrictView", "Why it does not apply"))
            + _para(a.justification)
        )
    parts.append(_h4(QCoreApplication.translate("DistrictView", "Action plan")))
    if a.actions:
        done = QCoreApplication.translate("DistrictView", "Done")
        pending = QCoreApplication.translate("DistrictView", "Pending")
        rows = "".join(
            f"<li>{_esc(x.action)} ({_esc(x.responsible or '-')}, {_esc(_due(x.due_date))},"
            f" {_esc(done if x.done else pending)})</li>"
            for x in a.actions
        )
        parts.append(f"<ul>{rows}</ul>")
    else:
        parts.append(_none(QCoreApplication.translate("DistrictView", "No actions planned.")))
    if not submission.evidence_for(a.code):
        parts.append(_none(QCoreApplication.translate("DistrictView", "No evidence linked.")))
    return "".join(parts)


def changes_html(
    changes: SubmissionChanges | None, code: str, before: BenchmarkReview | None = None
) -> str:
    """What changed in this benchmark since the reviewed bundle (empty when not resubmitted),
    after what the office said about it then."""
    if changes is None:
        return ""
    parts: list[str] = []
    if before is not None and before.verdict is not Verdict.NOT_REVIEWED:
        said = QCoreApplication.translate(
            "Review", "On the reviewed bundle the office said: {verdict}."
        ).format(verdict=QCoreApplication.translate("Verdict", before.verdict.label))
        parts.append(f"<p><b>{_esc(said)}</b></p>" + _para(before.comment))
        if before.action is not None:
            parts.append(
                "<p>"
                + _esc(
                    QCoreApplication.translate("Review", "Required action: {action}").format(
                        action=before.action.text
                    )
                )
                + "</p>"
            )
    for bench, before, after in changes.status_changes:
        if bench == code:
            parts.append(
                "<p>"
                + _esc(
                    QCoreApplication.translate(
                        "Review", "Status changed from {before} to {after}."
                    ).format(before=status_label(Status(before)), after=status_label(Status(after)))
                )
                + "</p>"
            )
    for narrative in changes.narratives:
        if narrative.benchmark_code == code:
            lines = []
            for line in narrative.diff:
                lines.append(_diff_line(line))
            parts.append(_h4(QCoreApplication.translate("Review", "The narrative changed:")))
            parts.append("<pre style='white-space: pre-wrap'>" + "<br>".join(lines) + "</pre>")
    if changes.evidence_added or changes.evidence_removed:
        added = ", ".join(changes.evidence_added) or "-"
        removed = ", ".join(changes.evidence_removed) or "-"
        text = QCoreApplication.translate(
            "Review", "In the whole bundle, evidence added: {added}; removed: {removed}."
        )
        parts.append("<p>" + _esc(text.format(added=added, removed=removed)) + "</p>")
    if not parts:
        parts.append(
            _none(QCoreApplication.translate("Review", "Nothing changed in this benchmark."))
        )
    head = _h4(QCoreApplication.translate("Review", "What changed since the reviewed bundle"))
    return "<div style='background:#fff8e1'>" + head + "".join(parts) + "</div>"


def _diff_line(line: str) -> str:
    """One line of the narrative diff as a reader sees it: removed lines (-) struck through in
    red, added lines (+) in green, unchanged ones grey; a hunk header ("@@ -1 +1,2 @@", which
    means nothing to a reviewer) is shown as a gap."""
    if line.startswith("@@"):
        return "<span style='color:#5f6368'>\u22ef</span>"
    style = {
        "+": "color:#1b5e20; background:#e8f5e9",
        "-": "color:#b71c1c; text-decoration: line-through",
    }.get(line[:1], "color:#5f6368")
    return f"<span style='{style}'>{_esc(line)}</span>"
