"""Errors of the signing key, the bundle export and bundle verification.

Every class has its own ``exit_code`` so scripts at City Hall can tell the failures apart
(docs/bundle-format.md lists them). Messages are one sentence, marked for translation.
"""

from __future__ import annotations

import errno
from typing import Any

from sealdesk.errors import QT_TRANSLATE_NOOP, SealDeskError
from sealdesk.progress import Cancelled


class BundleError(SealDeskError):
    """Base of everything in this package."""


# --- keys -----------------------------------------------------------------------------------


class SigningKeyError(BundleError):
    """Base of signing-key problems."""

    exit_code = 30


class NoSigningKeyError(SigningKeyError):
    exit_code = 30

    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Errors",
                "This workspace has no signing key yet; create one with 'sealdesk key create'.",
            )
        )


class WrongPassphraseError(SigningKeyError):
    exit_code = 31

    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP("Errors", "The passphrase is wrong; the signing key was not opened.")
        )


class KeyExistsError(SigningKeyError):
    exit_code = 32

    def __init__(self, key_id: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Errors",
                "This workspace already has signing key {key_id}; use --replace to make a new one.",
            ),
            key_id=key_id,
        )


class KeyFileError(SigningKeyError):
    exit_code = 33

    def __init__(self, path: str, detail: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP("Errors", "The key file {path} cannot be used: {detail}."),
            path=path,
            detail=detail,
        )


class WeakPassphraseError(SigningKeyError):
    exit_code = 34

    def __init__(self, minimum: int) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP("Errors", "The passphrase must have at least {minimum} characters."),
            minimum=minimum,
        )


class PublicKeyFormatError(SigningKeyError):
    exit_code = 35

    def __init__(self, source: str, detail: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP("Errors", "{source} is not a minisign public key: {detail}."),
            source=source,
            detail=detail,
        )


# --- export ---------------------------------------------------------------------------------


class ExportBlockedError(BundleError):
    """The pre-flight check (or the streaming check of blob hashes) found blockers."""

    exit_code = 40

    def __init__(self, problems: list[Any]) -> None:
        self.problems = list(problems)
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The bundle was not written: fix the problems listed first ({count} found).",
            ),
            count=len(self.problems),
        )


class ExportNotConfirmedError(BundleError):
    """The pre-flight check found warnings and the export was not confirmed (``--yes``)."""

    exit_code = 43

    def __init__(self, warnings: list[Any]) -> None:
        self.problems = list(warnings)
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The bundle was not written: read the warnings above, then confirm with --yes.",
            )
        )


class ExportCancelledError(BundleError, Cancelled):
    """The one ``Cancelled``, with the export's message and exit code."""

    exit_code = 41

    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP("Errors", "The export was cancelled; nothing was written.")
        )


class ExportFailedError(BundleError):
    """The bundle file could not be written (exit 42): the disk is full or read-only, no
    permission, the target refused (exists without --overwrite, a device, the workspace...)."""

    exit_code = 42

    def __init__(
        self, path: str, detail: str = "", *, template: str | None = None, **params: Any
    ) -> None:
        super().__init__(
            template
            or QT_TRANSLATE_NOOP("Errors", "The bundle {path} could not be written: {detail}."),
            path=path,
            detail=detail,
            **params,
        )

    @classmethod
    def from_os_error(cls, path: str, error: OSError) -> ExportFailedError:
        """What went wrong at the operating system, said as a clerk would say it."""
        if error.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EFBIG):
            template = QT_TRANSLATE_NOOP(
                "Errors", "The bundle {path} could not be written: the disk is full."
            )
        elif error.errno in (errno.EACCES, errno.EPERM):
            template = QT_TRANSLATE_NOOP(
                "Errors", "The bundle {path} could not be written: no permission to write there."
            )
        elif error.errno == errno.EROFS:
            template = QT_TRANSLATE_NOOP(
                "Errors", "The bundle {path} could not be written: the disk is read-only."
            )
        else:
            return cls(path=path, detail=error.strerror or "input/output error")
        return cls(path=path, template=template)

    @classmethod
    def refused(cls, error: SealDeskError) -> ExportFailedError:
        """The target was refused (fsutil.check_output's FileAccessError), in its own words."""
        params = dict(error.params)
        return cls(path=str(params.pop("path", "")), template=error.template, **params)


# --- verification ---------------------------------------------------------------------------


class VerifyError(BundleError):
    """Base of every reason a bundle is rejected."""

    exit_code = 50

    def __init__(self, template: str, **params: Any) -> None:
        super().__init__(template, **params)


class NotABundleError(VerifyError):
    exit_code = 10

    def __init__(self, detail: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP("Errors", "This file is not a SealDesk bundle: {detail}."),
            detail=detail,
        )


class MissingSignatureError(VerifyError):
    exit_code = 11

    def __init__(self, name: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP("Errors", "The bundle is not signed: {name} is missing."), name=name
        )


class BadSignatureError(VerifyError):
    exit_code = 12

    def __init__(self, detail: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP("Errors", "The bundle's signature is not valid: {detail}."),
            detail=detail,
        )


class SignerNotTrustedError(VerifyError):
    exit_code = 13

    def __init__(self, key_id: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Errors", "The bundle was signed by key {key_id}, which is not in the trust list."
            ),
            key_id=key_id,
        )


class TagFileChangedError(VerifyError):
    exit_code = 14

    def __init__(self, name: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP("Errors", "The tag file {name} was changed after signing."),
            name=name,
        )


class PayloadChangedError(VerifyError):
    exit_code = 15

    def __init__(self, name: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP("Errors", "The file {name} was changed after signing."), name=name
        )


class PayloadMissingError(VerifyError):
    exit_code = 16

    def __init__(self, name: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP("Errors", "The file {name} listed in the manifest is missing."),
            name=name,
        )


class PayloadAddedError(VerifyError):
    exit_code = 17

    def __init__(self, name: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP("Errors", "The file {name} was added after signing."), name=name
        )


class ContainerModifiedError(VerifyError):
    exit_code = 18

    def __init__(self, detail: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Errors", "The bundle file was altered after it was written: {detail}."
            ),
            detail=detail,
        )


class VerifyCancelledError(VerifyError, Cancelled):
    """The one ``Cancelled``, with the verification's message and exit code."""

    exit_code = 19

    def __init__(self) -> None:
        super().__init__(QT_TRANSLATE_NOOP("Errors", "The verification was cancelled."))


class HostileArchiveError(VerifyError):
    """Base of the archive-safety rejections, found in the zip directory before any extraction."""

    exit_code = 20


class UnsafePathError(HostileArchiveError):
    exit_code = 21

    def __init__(self, name: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP("Errors", "The archive contains a path that climbs out: {name}."),
            name=name,
        )


class AbsolutePathError(HostileArchiveError):
    exit_code = 22

    def __init__(self, name: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP("Errors", "The archive contains an absolute or drive path: {name}."),
            name=name,
        )


class SymlinkEntryError(HostileArchiveError):
    exit_code = 23

    def __init__(self, name: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP("Errors", "The archive contains a link or special file: {name}."),
            name=name,
        )


class DuplicateEntryError(HostileArchiveError):
    exit_code = 24

    def __init__(self, name: str, other: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Errors", "The archive contains two entries with the same name: {name} and {other}."
            ),
            name=name,
            other=other,
        )


class TooManyEntriesError(HostileArchiveError):
    exit_code = 25

    def __init__(self, count: int, limit: int) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Errors", "The archive has {count} entries, more than the limit of {limit}."
            ),
            count=count,
            limit=limit,
        )


class TooLargeError(HostileArchiveError):
    exit_code = 26

    def __init__(self, size: int, limit: int) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Errors", "The archive unpacks to {size} bytes, more than the limit of {limit}."
            ),
            size=size,
            limit=limit,
        )


class ZipBombError(HostileArchiveError):
    exit_code = 27

    def __init__(self, name: str, ratio: int) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The entry {name} expands {ratio} times: the archive looks like a zip bomb.",
            ),
            name=name,
            ratio=ratio,
        )


class MalformedArchiveError(HostileArchiveError):
    exit_code = 28

    def __init__(self, detail: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP("Errors", "The archive is malformed: {detail}."), detail=detail
        )


# --- delta bundles (issue 16) ---------------------------------------------------------------


class DeltaIncompleteError(VerifyError):
    """A delta bundle leaves files out (fetch.txt) that the checker cannot supply."""

    exit_code = 29

    def __init__(self, names: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Errors",
                "This is a delta bundle, and these files it leaves out are not held here: {names}.",
            ),
            names=names,
        )
