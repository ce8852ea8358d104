"""Actions on a workspace as a whole: create, open, describe, verify, back up and restore."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlmodel import Session

from evaluator.actions.changes import EVERYTHING, Done
from evaluator.files.call_file import demo_call_path, load_call
from evaluator.files.demo import demo_table
from evaluator.rules.call import CallSpec
from evaluator.services import demo, identity
from evaluator.services.calls import call_row, stored_call
from evaluator.services.proposals import list_proposals
from evaluator.storage import audit
from evaluator.storage.audit import default_actor
from evaluator.storage.backups import (
    Backup,
    backup_folder,
    data_folder,
    latest_good_backup,
    list_backups,
)
from evaluator.storage.backups import restore as _restore
from evaluator.storage.models import Audit
from evaluator.storage.server import database_name, is_server, shown, with_password
from evaluator.storage.verify import verify_server
from evaluator.storage.workspace import (
    WORKSPACE_SUFFIX,
    ServerWorkspace,
    Verification,
    Workspace,
    create_server_workspace,
    create_workspace,
    open_server_workspace,
    open_workspace,
    read_only_message,
)
from evaluator.storage.workspace import verify as _verify

# Where a workspace is: a file, or a database on a PostgreSQL server (its URL).
Place = Path | str

__all__ = [
    "WORKSPACE_SUFFIX",
    "Audit",
    "Backup",
    "Opened",
    "Place",
    "ServerWorkspace",
    "Workspace",
    "backup_folder",
    "create_demo",
    "data_folder",
    "describe",
    "history",
    "is_server",
    "latest_good_backup",
    "list_backups",
    "new_workspace",
    "open_place",
    "open_workspace",
    "read_call",
    "read_only_message",
    "require_chair",
    "restore",
    "shown",
    "verify",
    "with_password",
]


def read_call(call_file: Path) -> CallSpec:
    """The call in ``call_file``, validated in full (nothing is created)."""
    return load_call(call_file)[0]


def _create(place: Place, populate: Callable[[Session], None]) -> None:
    if isinstance(place, str) and is_server(place):
        create_server_workspace(place, populate)
    else:
        create_workspace(Path(place), populate)


def open_place(place: Place, *, read_only_if_damaged: bool = False) -> Workspace:
    """Open the workspace file at ``place``, or the workspace on the server it names."""
    if isinstance(place, str) and is_server(place):
        return open_server_workspace(place)
    return open_workspace(Path(place), read_only_if_damaged=read_only_if_damaged)


def new_workspace(*, path: Place, call_file: Path) -> Done[CallSpec]:
    """Create the workspace for the call in ``call_file``: the file ``path``, or in the
    empty database a server URL names."""
    spec, text = load_call(call_file)
    _create(path, lambda session: session.add(call_row(spec, text)))
    return Done(spec, EVERYTHING)


@dataclass(frozen=True)
class DemoSummary:
    """What the demo workspace holds."""

    proposals: int
    eligible: int


def create_demo(*, path: Place) -> Done[DemoSummary]:
    """Create the demo workspace at ``path`` (a file, or an empty database on a server): the
    SMART Balkans call, proposals and reviews.

    An existing file is never overwritten, nor a database that holds tables.
    """
    spec, text = load_call(demo_call_path())
    table = demo_table()
    _create(
        path,
        lambda session: demo.populate_demo(
            session=session, spec=spec, call_text=text, proposals=table
        ),
    )
    with open_place(path) as workspace, workspace.session() as session:
        proposals = list_proposals(session)
    summary = DemoSummary(len(proposals), sum(1 for p in proposals if p.eligible))
    return Done(summary, EVERYTHING)


@dataclass(frozen=True)
class Opened:
    """What a window needs to know about a workspace it opened."""

    spec: CallSpec
    own: str | None  # the evaluator whose workspace it is; None for the chair's


def describe(*, workspace: Workspace) -> Opened:
    """The call of ``workspace`` and whose workspace it is."""
    with workspace.session() as session:
        return Opened(stored_call(session), identity.own_evaluator_name(session))


def name_chair(*, workspace: Workspace, name: str) -> Done[str]:
    """Name the chair, whom the trail then names for every change; returns the name kept."""
    with workspace.transaction() as session:
        return Done(identity.name_chair(session, name))


def login() -> str:
    """The operating system's login, which the trail names until the chair is named."""
    return default_actor()


def chair_name(*, workspace: Workspace) -> str | None:
    """The chair named in the workspace, if any."""
    with workspace.session() as session:
        return identity.chair_name(session)


def require_chair(*, workspace: Workspace, what: str) -> None:
    """Refuse ``what`` (e.g. "ranking") in an evaluator's workspace."""
    with workspace.session() as session:
        identity.require_chair(session, what)


def history(*, workspace: Workspace, reference: str) -> list[Audit]:
    """The audit trail of one proposal, oldest first."""
    with workspace.session() as session:
        return audit.history(session, reference)


def server_database(url: str) -> str:
    """The name of the database a server URL names."""
    return database_name(url)


def verify(*, path: Place, anchors: list[str] | tuple[str, ...] = ()) -> Verification:
    """Integrity, schema, data against the trail, and the trail itself (see ``storage``);
    on a server, the trail, the schema version and the documents' bytes."""
    if isinstance(path, str) and is_server(path):
        return verify_server(path, anchors)
    return _verify(Path(path), anchors)


def restore(*, path: Path, name: str) -> Done[Backup]:
    """Bring the backup ``name`` back in place of the workspace at ``path``."""
    return Done(_restore(path, name), EVERYTHING)
