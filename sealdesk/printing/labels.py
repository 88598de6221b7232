"""Every fixed text of the printed documents, keyed by a short name.

The English source is marked for Qt's translation system (context "Print"); the Thai comes from
translations/sealdesk_th.ts, so printed and on-screen texts share one catalog. A document's
language is chosen per print, independently of the language of the app (see
sealdesk.translation.translate_to); ``Doc.t`` in sealdesk/printing/layout.py looks them up.
"""

from __future__ import annotations

from sealdesk.errors import QT_TRANSLATE_NOOP

LABELS: dict[str, str] = {
    "district_office": QT_TRANSLATE_NOOP("Print", "{name} District Office"),
    "round_line": QT_TRANSLATE_NOOP("Print", "Assessment round B.E. {be}"),
    "round_line_ce": QT_TRANSLATE_NOOP("Print", "Assessment round B.E. {be} ({ce})"),
    "district_and_round": QT_TRANSLATE_NOOP("Print", "{district} · {round}"),
    "page_of": QT_TRANSLATE_NOOP("Print", "Page {page} of {pages}"),
    "printed_on": QT_TRANSLATE_NOOP("Print", "Printed {date}"),
    "seal": QT_TRANSLATE_NOOP("Print", "Gender Equality Seal for Public Institutions (GES-PI)"),
    "catalog_edition": QT_TRANSLATE_NOOP("Print", "Catalog {edition}, version {version}"),
    "catalog_template": QT_TRANSLATE_NOOP(
        "Print",
        "Catalog {edition}, version {version} · This catalog is a template, not the official text",
    ),
    "blank_title": QT_TRANSLATE_NOOP("Print", "Self-assessment checklist"),
    "blank_intro": QT_TRANSLATE_NOOP(
        "Print",
        "Use this form in working-group meetings and to gather paper evidence before "
        "scanning. Tick the boxes when a document is received and when it has been "
        "scanned.",
    ),
    "filled_title": QT_TRANSLATE_NOOP("Print", "Self-assessment results"),
    "report_title": QT_TRANSLATE_NOOP("Print", "Gap report"),
    "cover_title": QT_TRANSLATE_NOOP("Print", "Submission cover sheet"),
    "key_title": QT_TRANSLATE_NOOP("Print", "Signing key enrolment sheet"),
    "dimension": QT_TRANSLATE_NOOP("Print", "Dimension {code}"),
    "dimension_heading": QT_TRANSLATE_NOOP("Print", "Dimension {code}: {title}"),
    "standard_heading": QT_TRANSLATE_NOOP("Print", "Standard {code}: {title}"),
    "benchmark_heading": QT_TRANSLATE_NOOP("Print", "Benchmark {code}: {title}"),
    "mandatory_for": QT_TRANSLATE_NOOP("Print", "Mandatory for {levels}"),
    "not_mandatory": QT_TRANSLATE_NOOP("Print", "Not mandatory"),
    "verification": QT_TRANSLATE_NOOP("Print", "Means of verification"),
    "received": QT_TRANSLATE_NOOP("Print", "Received"),
    "scanned": QT_TRANSLATE_NOOP("Print", "Scanned"),
    "result": QT_TRANSLATE_NOOP("Print", "Result"),
    "notes_lines": QT_TRANSLATE_NOOP("Print", "Notes:"),
    "status": QT_TRANSLATE_NOOP("Print", "Status"),
    "narrative": QT_TRANSLATE_NOOP("Print", "What was done"),
    "justification": QT_TRANSLATE_NOOP("Print", "Justification"),
    "action_plan": QT_TRANSLATE_NOOP("Print", "Action plan"),
    "action": QT_TRANSLATE_NOOP("Print", "Action"),
    "responsible": QT_TRANSLATE_NOOP("Print", "Responsible"),
    "due": QT_TRANSLATE_NOOP("Print", "Due"),
    "done": QT_TRANSLATE_NOOP("Print", "Done"),
    "pending": QT_TRANSLATE_NOOP("Print", "Open"),
    "evidence": QT_TRANSLATE_NOOP("Print", "Evidence"),
    "evidence_name": QT_TRANSLATE_NOOP("Print", "Document"),
    "effective": QT_TRANSLATE_NOOP("Print", "Effective"),
    "hash": QT_TRANSLATE_NOOP("Print", "Hash"),
    "none": QT_TRANSLATE_NOOP("Print", "None"),
    "not_recorded": QT_TRANSLATE_NOOP("Print", "Not recorded"),
    "no_evidence": QT_TRANSLATE_NOOP("Print", "Evidence: none linked."),
    "no_action": QT_TRANSLATE_NOOP("Print", "Action plan: none."),
    "not_started_line": QT_TRANSLATE_NOOP("Print", "Not started yet. {mandatory}"),
    "summary": QT_TRANSLATE_NOOP("Print", "Summary"),
    "benchmarks_count": QT_TRANSLATE_NOOP("Print", "Benchmarks"),
    "score_line": QT_TRANSLATE_NOOP(
        "Print", "Overall score: {percent}% · Projected level: {level}"
    ),
    "overall": QT_TRANSLATE_NOOP("Print", "Overall"),
    "projected_level": QT_TRANSLATE_NOOP("Print", "Projected level"),
    "no_level": QT_TRANSLATE_NOOP("Print", "No level yet"),
    "by_dimension": QT_TRANSLATE_NOOP("Print", "Score by dimension"),
    "dimension_col": QT_TRANSLATE_NOOP("Print", "Dimension"),
    "met_n": QT_TRANSLATE_NOOP("Print", "Met"),
    "partial_n": QT_TRANSLATE_NOOP("Print", "Partial"),
    "na_n": QT_TRANSLATE_NOOP("Print", "N/A"),
    "applicable_n": QT_TRANSLATE_NOOP("Print", "Applicable"),
    "percent": QT_TRANSLATE_NOOP("Print", "%"),
    "strengths": QT_TRANSLATE_NOOP("Print", "Strengths"),
    "weaknesses": QT_TRANSLATE_NOOP("Print", "Weaknesses"),
    "next_level": QT_TRANSLATE_NOOP("Print", "What is missing for {level}"),
    "gold_reached": QT_TRANSLATE_NOOP("Print", "The highest level (Gold) is reached."),
    "mandatory_missing": QT_TRANSLATE_NOOP("Print", "Mandatory benchmarks not yet met"),
    "threshold_ok": QT_TRANSLATE_NOOP("Print", "The {threshold}% threshold is met."),
    "no_actions": QT_TRANSLATE_NOOP("Print", "No actions planned yet."),
    "chart_caption": QT_TRANSLATE_NOOP("Print", "Dashed lines: Bronze, Silver and Gold thresholds"),
    "bundle_id": QT_TRANSLATE_NOOP("Print", "Bundle ID"),
    "bundle_file": QT_TRANSLATE_NOOP("Print", "File"),
    "bundle_size": QT_TRANSLATE_NOOP("Print", "File size"),
    "fingerprint": QT_TRANSLATE_NOOP("Print", "Fingerprint (SHA-256)"),
    "short_fingerprint": QT_TRANSLATE_NOOP("Print", "Short fingerprint (to read aloud)"),
    "district_label": QT_TRANSLATE_NOOP("Print", "District office"),
    "round_label": QT_TRANSLATE_NOOP("Print", "Assessment round (B.E.)"),
    "signer_key": QT_TRANSLATE_NOOP("Print", "Signer key ID"),
    "unknown": QT_TRANSLATE_NOOP("Print", "Unknown"),
    "qr_fingerprint": QT_TRANSLATE_NOOP(
        "Print",
        "This QR code holds the file's fingerprint: scan it to match this paper with the file.",
    ),
    "cover_intro": QT_TRANSLATE_NOOP(
        "Print",
        "The self-assessment bundle described below is submitted. The receiver can check "
        "the file by comparing its fingerprint with the file received.",
    ),
    "key_intro": QT_TRANSLATE_NOOP(
        "Print",
        "The district office enrols the public key below as the key that signs its "
        "self-assessment bundles. Bundles signed with any other key are not the office's.",
    ),
    "public_key": QT_TRANSLATE_NOOP("Print", "Public key (minisign)"),
    "key_id": QT_TRANSLATE_NOOP("Print", "Key ID"),
    "key_fingerprint": QT_TRANSLATE_NOOP("Print", "Key fingerprint (SHA-256)"),
    "qr_key": QT_TRANSLATE_NOOP(
        "Print", "This QR code holds the public key: City Hall scans it to enrol the key."
    ),
    "prepared_by": QT_TRANSLATE_NOOP("Print", "Prepared by"),
    "director": QT_TRANSLATE_NOOP("Print", "District director"),
    "received_by": QT_TRANSLATE_NOOP("Print", "Received by (City Hall)"),
    "checked_by": QT_TRANSLATE_NOOP("Print", "Checked by"),
    "sign_line": QT_TRANSLATE_NOOP("Print", "Signature {dots}"),
    "name_line": QT_TRANSLATE_NOOP("Print", "Name: {dots}"),
    "name_filled": QT_TRANSLATE_NOOP("Print", "Name: {name}"),
    "position": QT_TRANSLATE_NOOP("Print", "Position"),
    "date_line": QT_TRANSLATE_NOOP("Print", "Date {dots}"),
    "code": QT_TRANSLATE_NOOP("Print", "Code"),
    "benchmark_col": QT_TRANSLATE_NOOP("Print", "Benchmark"),
    "status_met": QT_TRANSLATE_NOOP("Print", "Met"),
    "status_partially_met": QT_TRANSLATE_NOOP("Print", "Partially met"),
    "status_not_met": QT_TRANSLATE_NOOP("Print", "Not met"),
    "status_not_started": QT_TRANSLATE_NOOP("Print", "Not started"),
    "status_not_applicable": QT_TRANSLATE_NOOP("Print", "Not applicable"),
    "level_bronze": QT_TRANSLATE_NOOP("Print", "Bronze"),
    "level_silver": QT_TRANSLATE_NOOP("Print", "Silver"),
    "level_gold": QT_TRANSLATE_NOOP("Print", "Gold"),
    "levels_two": QT_TRANSLATE_NOOP("Print", "{first} and {second}"),
    "levels_three": QT_TRANSLATE_NOOP("Print", "{first}, {second} and {third}"),
    # issue 18: a document marked as personal data is printed by a neutral title only
    "protected_document": QT_TRANSLATE_NOOP(
        "Print",
        "Protected document {id}: it contains personal data, so its name is not printed and "
        "it is sent encrypted.",
    ),
}


def translate(context: str, text: str, disambiguation: None, n: int) -> str:
    """Marks a plural message for pyside6-lupdate, which makes it ``numerus="yes"`` only when
    it sees it translated with a number; returns ``text`` (``Doc.tn`` translates it)."""
    return text


PLURALS: dict[str, str] = {
    "more_needed": translate(
        "Print", "%n more benchmarks must be met (threshold {threshold}%), from these:", None, 1
    ),
    "bytes": translate("Print", "%n bytes", None, 1),
    "strength_line": translate(
        "Print", "{dimension}: {percent}%, {met} of %n benchmarks met", None, 1
    ),
}
"""Texts with a number whose grammar depends on it: ``Doc.tn(key, n)`` picks the form
(``numerus="yes"`` in the .ts files; English has "1 byte" and "2 bytes", Thai one form)."""
