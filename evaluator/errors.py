"""Errors a user can fix (bad file, rule violated), as opposed to bugs, which propagate."""

from __future__ import annotations

from collections.abc import Sequence

from evaluator.i18n import _

MAX_REPORTED = 50


class EvaluatorError(Exception):
    """A refusal the user can act on: one clear sentence, plus optional detail lines.

    ``str(error)`` is the sentence; ``details`` lists each problem found (e.g. one per bad
    row), capped at ``MAX_REPORTED`` with a final line saying how many more there were;
    ``count`` is how many problems were found in all.
    """

    def __init__(self, message: str, details: Sequence[str] = ()) -> None:
        super().__init__(message)
        self.message = message
        self.details = cap_details(details)
        self.count = len(details)


def cap_details(details: Sequence[str]) -> list[str]:
    """The first ``MAX_REPORTED`` details, and a line counting the rest if there are more."""
    shown = list(details[:MAX_REPORTED])
    if len(details) > MAX_REPORTED:
        shown.append(_("… and {count} more errors").format(count=len(details) - MAX_REPORTED))
    return shown


class WorkspaceError(EvaluatorError):
    """The workspace file cannot be created or opened."""


class DamagedWorkspace(WorkspaceError):
    """The file is a workspace, but its database is damaged; a backup may bring it back.

    ``readable`` says whether the data can still be read (the damage is in an index or in
    the audit trail), so that the workspace can be opened read-only.
    """

    def __init__(self, message: str, *, readable: bool = False) -> None:
        super().__init__(message)
        self.readable = readable


class ForeignSchema(DamagedWorkspace):
    """The workspace holds database objects this version does not create (a trigger, a view…):
    another program changed it, and it is never written, only read."""


class TamperedWorkspace(WorkspaceError):
    """A change would write over rows or a trail that another program changed: sealing them
    anew would make that change look like the application's own, so the change is refused."""


class WorkspaceInUse(WorkspaceError):
    """Another program holds the workspace locked (it is writing to it); trying later works."""


class ChangedMeanwhile(WorkspaceError):
    """Another writer changed the same rows at the same moment (the server broke a deadlock,
    or a row this change meant to update was changed or hidden): nothing was written, and
    the same change tried again may succeed."""


class PasswordNeeded(WorkspaceError):
    """The server asks for a password that libpq did not find (``~/.pgpass``, PGPASSWORD),
    or refused the one given."""


class CallFileError(EvaluatorError):
    """The call file is not a valid call definition."""


class ProposalFileError(EvaluatorError):
    """The proposals file cannot be imported.

    ``existing`` lists the file's references that are already in the workspace, so that a
    front-end can offer to import again replacing them.
    """

    def __init__(
        self, message: str, details: Sequence[str] = (), existing: Sequence[str] = ()
    ) -> None:
        super().__init__(message, details)
        self.existing = list(existing)


class Cancelled(EvaluatorError):
    """The user cancelled a long operation; nothing was changed."""

    def __init__(self) -> None:
        super().__init__(_("Cancelled; nothing was changed."))
