"""The Workspace facade: the one door through which the UI, the CLI and the inbox change
anything.

It keeps the workspace's lifecycle (create, open, close, backup, restore) and its settings; the
use cases live in their own modules as functions taking the workspace first, and are bound here
as methods under their old names (``Workspace.assess is assessments.assess``), so callers keep
calling ``ws.assess(...)``. The transaction, the audit writer and the one audited-update helper
are inherited from ``WorkspaceCore`` (services/core.py).

Every public method is one transaction; a change writes its audit event in that same
transaction, so the log and the data never disagree, and announces what changed on
``ws.events`` after the commit. Methods return domain value objects, never ORM rows, and raise
SealDeskError subclasses for anything a user can cause.

Backup, restore and the signing keys (cryptography) are imported when used, not on every start.
"""

from __future__ import annotations

import importlib
import sqlite3
from pathlib import Path
from typing import Any

from sealdesk.domain.assessment import Problem
from sealdesk.domain.backup import BackupReport, RestoreReport
from sealdesk.domain.catalog import load_catalog
from sealdesk.domain.districts import District, district
from sealdesk.domain.thaidate import check_round_year
from sealdesk.errors import QT_TRANSLATE_NOOP, WorkspaceError
from sealdesk.events import SettingChanged
from sealdesk.progress import Cancelled, Progress
from sealdesk.resources import default_catalog_path
from sealdesk.services import assessments as assessment_service
from sealdesk.services import audit as audit_service
from sealdesk.services import check as check_service
from sealdesk.services import evidence as evidence_service
from sealdesk.services import inbox_log as inbox_log_service
from sealdesk.services import rounds as round_service
from sealdesk.services import workspace_kind
from sealdesk.services.core import DB_NAME, WorkspaceCore, default_actor, now
from sealdesk.store.db import DiskFullError, disk_full, migrate
from sealdesk.store.models import Round, Setting

ImportCancelled = Cancelled
"""The old name of ``sealdesk.progress.Cancelled``, kept for callers that still use it."""

__all__ = ["DB_NAME", "ImportCancelled", "Workspace", "default_actor", "now"]


class _Later:
    """A facade method whose service module is imported when it is first used."""

    def __init__(self, module: str, name: str) -> None:
        self.module, self.name = module, name

    def __get__(self, workspace: object, owner: type | None = None) -> Any:
        function = getattr(importlib.import_module(f"sealdesk.services.{self.module}"), self.name)
        return function if workspace is None else function.__get__(workspace, owner)


class Workspace(WorkspaceCore):
    """One district office's workspace: a folder with the database and the evidence blobs."""

    # ----------------------------------------------------------------- opening

    @classmethod
    def create(
        cls,
        path: Path,
        district_code: str,
        round_be: int,
        catalog_path: Path | None = None,
        actor: str | None = None,
    ) -> Workspace:
        """Makes a new workspace for one district office, with its first round."""
        place = district(district_code)
        check_round_year(round_be)
        catalog = load_catalog(catalog_path or default_catalog_path())
        workspace = cls._new(Path(path), actor)
        with workspace._transaction() as session:
            session.add(Setting(key="district", value=place.code))
            edition = workspace._store_catalog(session, catalog)
            session.add(Round(year_be=round_be, catalog_id=edition.id, created_at=now()))
            workspace._audit(
                session,
                "workspace.create",
                "workspace",
                place.code,
                None,
                {"district": place.code, "round": round_be, "catalog": catalog.edition},
            )
        return workspace

    @classmethod
    def _new(cls, path: Path, actor: str | None) -> Workspace:
        """A new, empty workspace in ``path`` (made if missing), its schema in place; never
        over an existing one. Shared by the district's and the office's create."""
        if (path / DB_NAME).exists():
            raise WorkspaceError(
                QT_TRANSLATE_NOOP(
                    "Errors", "There is already a workspace in {path}; open it instead."
                ),
                path=str(path),
            )
        try:
            path.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise WorkspaceError(
                QT_TRANSLATE_NOOP("Errors", "The folder {path} cannot be created ({reason})."),
                path=str(path),
                reason=error.strerror or str(error),
            ) from None
        workspace = cls(path, actor)
        migrate(workspace.engine, path / DB_NAME)
        return workspace

    @classmethod
    def create_office(
        cls, path: Path, *, name: str, catalog_path: Path | None = None, actor: str | None = None
    ) -> Workspace:
        """Makes the coordinating office's workspace: no district, no checklist of its own;
        the shipped catalog is kept to score what districts send (services/office.py)."""
        from sealdesk.services.office import check_office_name

        name = check_office_name(name)
        catalog = load_catalog(catalog_path or default_catalog_path())
        workspace = cls._new(Path(path), actor)
        with workspace._transaction() as session:
            session.add(Setting(key=workspace_kind.KIND_SETTING, value=workspace_kind.OFFICE))
            session.add(Setting(key=workspace_kind.NAME_SETTING, value=name))
            workspace._store_catalog(session, catalog)
            workspace._audit(
                session,
                "workspace.create",
                "workspace",
                "office",
                None,
                {"kind": "office", "name": name, "catalog": catalog.edition},
            )
        return workspace

    @classmethod
    def open(cls, path: Path, actor: str | None = None) -> Workspace:
        """Opens an existing workspace, migrating it to the current schema."""
        path = Path(path)
        if not (path / DB_NAME).is_file():
            raise WorkspaceError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "There is no SealDesk workspace in {path}; create one with 'sealdesk init'.",
                ),
                path=str(path),
            )
        try:
            workspace = cls._open_checked(path, actor, None)
        except DiskFullError:
            # A full disk cannot take even the journal: open it read-only, so that reading
            # (score, check, audit, printing) still works; a change says the disk is full.
            workspace = cls._open_checked(path, actor, True)
            workspace.why_read_only = disk_full(path)
        if not workspace.read_only:
            workspace.blobs.discard_leftovers()
            if workspace.is_office:  # what a killed intake left: never seen by check
                from sealdesk.services import office_intake

                office_intake.sweep_orphans(workspace)
        return workspace

    @classmethod
    def _open_checked(cls, path: Path, actor: str | None, read_only: bool | None) -> Workspace:
        workspace = cls(path, actor, read_only)
        try:
            migrate(workspace.engine, path / DB_NAME)
            if workspace.get_setting("district") is None and not workspace.is_office:
                raise WorkspaceError(
                    QT_TRANSLATE_NOOP("Errors", "The workspace in {path} is incomplete."),
                    path=str(path),
                )
        except BaseException:
            workspace.close()
            raise
        return workspace

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # ----------------------------------------------------------------- settings

    @property
    def district(self) -> District:
        if self.is_office:
            raise workspace_kind.district_only()
        return district(self.get_setting("district") or "")

    is_office = property(workspace_kind.is_office)
    office_name = property(workspace_kind.office_name)

    def get_setting(self, key: str, default: str | None = None) -> str | None:
        with self._sessions() as session:
            row = session.get(Setting, key)
            return default if row is None else row.value

    def set_setting(self, key: str, value: str) -> None:
        with self._transaction() as session:
            row = session.get(Setting, key)
            before = None if row is None else {"value": row.value}
            if row is None:
                session.add(Setting(key=key, value=value))
            else:
                row.value = value
            self._audit(session, "setting.set", "setting", key, before, {"value": value})
            if before is None or before["value"] != value:
                self._announce(session, SettingChanged(key))

    # ----------------------------------------------------------------- the use cases

    rounds = round_service.rounds
    current_round = property(round_service.current_round)
    add_round = round_service.add_round
    catalog = round_service.catalog
    import_catalog = round_service.import_catalog

    assessments = assessment_service.assessments
    assessment = assessment_service.assessment
    assess = assessment_service.assess
    add_action = assessment_service.add_action
    update_action = assessment_service.update_action
    remove_action = assessment_service.remove_action
    score = assessment_service.score

    add_evidence = evidence_service.add_evidence
    link_evidence = evidence_service.link_evidence
    unlink_evidence = evidence_service.unlink_evidence
    update_evidence = evidence_service.update_evidence
    remove_evidence = evidence_service.remove_evidence
    get_evidence = evidence_service.get_evidence
    find_evidence = evidence_service.find_evidence
    evidence_list = evidence_service.evidence_list
    evidence_for = evidence_service.evidence_for
    blob_path = evidence_service.blob_path

    audit_log = audit_service.audit_log
    record_export = audit_service.record_export
    exports = audit_service.exports

    inbox_outcome = inbox_log_service.inbox_outcome
    inbox_record = inbox_log_service.inbox_record

    check = check_service.check

    # The city status and its domain values: imported on first use, never by a district.
    office_status = _Later("office", "office_status")
    office_rounds = _Later("office", "office_rounds")
    office_catalog = _Later("office", "office_catalog")
    office_submission = _Later("office", "office_submission")
    office_evidence_path = _Later("office", "office_evidence_path")
    office_bundle_file = _Later("office", "office_bundle_file")

    # The intake and the trust lists need the bundle verifier and cryptography: imported on
    # first use, so a district's start and read-only commands do not pay for them.
    receive_bundles = _Later("office_intake", "receive_bundles")
    office_quarantined = _Later("office_quarantine", "quarantined")
    office_release = _Later("office_intake", "release")

    office_keys = _Later("office_trust", "office_keys")
    enrol_key = _Later("office_trust", "enrol_key")
    revoke_key = _Later("office_trust", "revoke_key")
    export_trust_list = _Later("office_trust", "export_trust_list")
    write_office_card = _Later("office_trust", "write_card")

    trust_office = _Later("district_trust", "trust_office")
    trusted_offices = _Later("district_trust", "trusted_offices")
    untrust_office = _Later("district_trust", "untrust_office")

    # Issue 15, review and feedback: at the office the verdicts, states and feedback files
    # (services/review.py, review_issue.py); at a district the feedback it imports
    # (services/feedback.py).
    review_benchmark = _Later("review", "review_benchmark")
    submission_review = _Later("review", "submission_review")
    review_progress = _Later("review", "review_progress")
    submission_changes = _Later("review_changes", "submission_changes")
    carry_over_reviews = _Later("review_changes", "carry_over_reviews")
    feedback_issued = _Later("review", "feedback_issued")
    return_submission = _Later("review_issue", "return_submission")
    accept_submission = _Later("review_issue", "accept_submission")
    finalize_submission = _Later("review_issue", "finalize_submission")
    import_feedback = _Later("feedback", "import_feedback")
    feedback_list = _Later("feedback", "feedback_list")
    feedback_letter = _Later("feedback", "feedback_letter")
    open_feedback = _Later("feedback", "open_feedback")
    office_view = _Later("feedback", "office_view")
    take_action_into_plan = _Later("feedback_actions", "take_action_into_plan")
    # issue 16: receipts (the office writes them, a district imports them)
    write_receipt = _Later("receipts", "write_receipt")
    import_receipt = _Later("receipts", "import_receipt")
    receipts = _Later("receipts", "receipts")
    latest_receipt = _Later("receipts", "latest_receipt")
    # issue 18 (district): personal data, marking evidence and district retention
    mark_evidence = evidence_service.mark_evidence
    purge_personal_data = _Later("personal_data", "purge_before")

    # issue 18 at the office: readers of personal data, protected files, access log, purge
    office_readers = _Later("office_readers", "readers")
    add_office_reader = _Later("office_readers", "add_reader")
    remove_office_reader = _Later("office_readers", "remove_reader")
    export_reader_identity = _Later("office_readers", "export_identity")
    protected_files = _Later("office_protected", "protected_files")
    protected_titles = _Later("office_protected", "protected_titles")
    open_protected = _Later("office_protected", "open_protected")
    extract_protected = _Later("office_protected", "extract_protected")
    open_age_file = _Later("office_protected", "open_age_file")
    access_log = _Later("office_protected", "access_log")
    retention_years = _Later("office_purge", "retention_years")
    set_retention_years = _Later("office_purge", "set_retention_years")
    retention_cutoff = _Later("office_purge", "retention_cutoff")
    purge_protected = _Later("office_purge", "purge_protected")
    # issue 17: signed catalog editions (publish at the office, checked import at a district)
    publish_catalog = _Later("catalog_editions", "publish_catalog")
    published_editions = _Later("catalog_editions", "published_editions")
    current_catalog_edition = _Later("catalog_editions", "current_edition")
    catalog_ref = _Later("catalog_editions", "catalog_ref")
    catalog_standing = _Later("catalog_editions", "standing")
    preview_catalog_import = _Later("catalog_editions", "preview_import")
    newer_catalog_edition = _Later("catalog_editions", "newer_edition")
    note_office_catalog_edition = _Later("catalog_editions", "note_office_edition")
    office_catalog_notice = _Later("catalog_editions", "office_edition_notice")
    # wiring of issues 15-17: receipts for the districts just received (issue 16, in the app)
    write_receipts = _Later("receipts", "write_receipts")

    # ----------------------------------------------------------------- backup, restore

    def backup(
        self,
        destination: Path,
        progress: Progress | None = None,
        overwrite: bool = False,
        passphrase: str | None = None,
        unencrypted: bool = False,
    ) -> Path:
        """Writes a backup and returns its path; see ``backup_report`` for what it left out."""
        return self.backup_report(
            destination, progress, overwrite, passphrase=passphrase, unencrypted=unencrypted
        ).path

    def backup_report(
        self,
        destination: Path,
        progress: Progress | None = None,
        overwrite: bool = False,
        *,
        passphrase: str | None = None,
        unencrypted: bool = False,
    ) -> BackupReport:
        """Writes a consistent copy (SQLite backup API + blobs + keys) as one .zip, atomically,
        and reports (as ``check`` would) the damaged or missing evidence it could not carry.
        With ``passphrase`` the file is encrypted (age passphrase mode); a workspace holding
        personal data refuses to write it in clear unless ``unencrypted`` (issue 18)."""
        from sealdesk.services import backup as backup_service
        from sealdesk.services import keys as keys_service
        from sealdesk.services import personal_data

        return backup_service.write_backup(
            Path(destination),
            copy_database=self.sqlite_backup_to,
            blobs=self.blobs,
            keys=keys_service.keys_dir(self),
            district_code="office" if self.is_office else self.district.code,
            workspace=Path(self.path),
            overwrite=overwrite,
            progress=progress,
            quarantine=Path(self.path) / "quarantine" if self.is_office else None,
            encrypt=personal_data.backup_encryption(self, passphrase, unencrypted),
        )

    @staticmethod
    def restore(backup_file: Path, destination: Path, partial: bool = False) -> Workspace:
        """Restores a backup and opens it; see ``restore_report`` for what could not be."""
        Workspace.restore_report(backup_file, destination, partial=partial)
        return Workspace.open(Path(destination))

    @staticmethod
    def restore_report(
        backup_file: Path,
        destination: Path,
        partial: bool = False,
        progress: Progress | None = None,
        passphrase: str | None = None,
    ) -> RestoreReport:
        """Restores a backup into an empty or new folder; the report lists (as ``check`` on
        the restored workspace does) the evidence that could not be restored."""

        def check_workspace(folder: Path) -> tuple[str, list[Problem]]:
            with Workspace.open(folder) as ws:
                return ("office" if ws.is_office else ws.district.code), ws.check()

        from sealdesk.services import restore as restore_service

        return restore_service.restore_backup(
            Path(backup_file),
            Path(destination),
            check_workspace,
            partial=partial,
            progress=progress,
            passphrase=passphrase,
        )

    def sqlite_backup_to(self, target: Path) -> None:
        """Copies the live database into ``target`` with SQLite's online backup API."""
        raw = self.engine.raw_connection()
        try:
            source: sqlite3.Connection = raw.driver_connection  # type: ignore[assignment]
            with sqlite3.connect(target) as copy:
                source.backup(copy)
            copy.close()
        finally:
            raw.close()
