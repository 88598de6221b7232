"""The office clerk's sentences for intake (context "Office"), one per outcome of
services/office_intake.py; kept here so that module stays readable."""

from __future__ import annotations

from sealdesk.errors import QT_TRANSLATE_NOOP

# The clerk's sentences (context "Office"); {file}, {district}, {key_id}, {bundle_id}, {round}.
M_TAKEN = QT_TRANSLATE_NOOP(
    "Office", "{file}: taken in: district {district}, round {round}, bundle {bundle_id}."
)
M_HISTORY = QT_TRANSLATE_NOOP(
    "Office",
    "{file}: taken in as an older bundle of district {district}, round {round}; the newer one "
    "stays current.",
)
M_DUPLICATE = QT_TRANSLATE_NOOP(
    "Office", "{file}: already received (bundle {bundle_id}); nothing changed."
)
M_UNKNOWN_KEY = QT_TRANSLATE_NOOP(
    "Office",
    "{file}: quarantined: it is signed by key {key_id}, which is not on the trust list. Enrol "
    "the district's key, then release it.",
)
M_REVOKED_KEY = QT_TRANSLATE_NOOP(
    "Office",
    "{file}: quarantined: it is signed by key {key_id}, which was revoked. Ask the district to "
    "sign it again with its new key.",
)
M_CHANGED = QT_TRANSLATE_NOOP(
    "Office",
    "{file}: quarantined: the file was changed after it was signed. Ask the district to send it "
    "again.",
)
M_DAMAGED = QT_TRANSLATE_NOOP(
    "Office",
    "{file}: quarantined: the file is damaged or is not a SealDesk bundle. Ask the district to "
    "send it again.",
)
M_WRONG_DISTRICT = QT_TRANSLATE_NOOP(
    "Office",
    "{file}: quarantined: it says it is from district {district}, but key {key_id} belongs to "
    "district {key_district}.",
)
M_CHANGED_NOW = QT_TRANSLATE_NOOP(
    "Office", "{file}: not taken in: it was changed while it was received. Receive it again."
)
M_FAILED = QT_TRANSLATE_NOOP("Office", "{file}: not taken in: {reason}")
M_DISK_FULL = QT_TRANSLATE_NOOP(
    "Office",
    "{file}: not taken in: the disk of the office workspace is full. Nothing was lost; free "
    "some space and receive it again.",
)

M_DELTA_MISSING = QT_TRANSLATE_NOOP(
    "Office",
    "{file}: quarantined: it is a delta bundle, and the office does not hold these files it "
    "leaves out: {names}. Ask the district for a full bundle.",
)
M_FINAL = QT_TRANSLATE_NOOP(
    "Office",
    "{file}: the submission of district {district}, round {round} is final; the new bundle was "
    "kept in the history and does not replace it.",
)
