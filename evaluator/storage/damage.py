"""What can be wrong with a workspace file, found reading only, and a copy of what a damaged one
still holds.

Not a workspace, locked by another program, damaged, changed by another program or made by a
newer version: each is told in words that name the file. The engine's side (its header, checks,
journal and copies) is ``evaluator.storage.sqlite``'s.
"""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from evaluator.errors import DamagedWorkspace, ForeignSchema, WorkspaceError, WorkspaceInUse
from evaluator.i18n import _
from evaluator.storage import revisions, schema, sqlite

# Tables the application can do without when they are damaged: only the History tab and
# ``verify`` read the audit trail, so a workspace whose trail is damaged can still be read.
SECONDARY_TABLES = frozenset({"audit"})


def in_use_message(path: Path) -> str:
    """What the user is told when another program holds the workspace locked."""
    return _("{name} is in use by another program; nothing was changed, try again.").format(
        name=path.name
    )


def read_only_message(path: Path) -> str:
    """What the user is told when they try to change a workspace opened read-only."""
    return _(
        "{name} is open read-only because it is damaged; restore a backup to change it."
    ).format(name=path.name)


def unreadable(path: Path, exc: sqlite.Error) -> WorkspaceError:
    """The error a user is shown when reading ``path`` failed with ``exc``."""
    if sqlite.is_busy(exc):
        return WorkspaceInUse(in_use_message(path))
    return DamagedWorkspace(
        _("{name} is damaged and cannot be read ({exc}).").format(name=path.name, exc=exc)
    )


def check_workspace(path: Path) -> str:
    """Check, reading only, that ``path`` is a healthy workspace; returns its schema version."""
    revision, damage = examine(path)
    if damage is not None:
        raise damage
    return revision


def examine(path: Path) -> tuple[str, DamagedWorkspace | None]:
    """The schema version of the workspace at ``path``, and what damage its quick check found.

    Whatever makes it unusable (not a workspace, unreadable, newer schema, locked by
    another program) is raised instead.
    """
    header = _header(path)
    try:
        sqlite.recover(path)
    except sqlite.DatabaseError as exc:
        raise unreadable(path, exc) from None
    return _judge(path, _findings(path, header))


def _header(path: Path) -> bytes:
    """The first bytes of ``path``, once they show it is a workspace file."""
    if not path.exists():
        raise WorkspaceError(_("Workspace {path} does not exist.").format(path=path))
    if not path.is_file():
        raise WorkspaceError(_("{path} is a folder, not a workspace file.").format(path=path))
    try:
        with path.open("rb") as handle:
            header = handle.read(sqlite.HEADER_BYTES)
    except OSError as exc:
        raise WorkspaceError(
            _("Cannot read {path}: {value}.").format(path=path, value=exc.strerror or exc)
        ) from None
    if not sqlite.is_database(header):
        raise WorkspaceError(_("{name} is not a Grant Evaluator workspace.").format(name=path.name))
    if not sqlite.is_workspace(header):
        raise WorkspaceError(
            _("{name} is an SQLite database, but not a Grant Evaluator workspace.").format(
                name=path.name
            )
        )
    return header


@dataclass
class _Findings:
    """What reading a workspace file found."""

    damage: str | None  # the first problem of the quick check
    versions: list[Any]  # the rows of its alembic_version table
    readable: bool  # whether, damaged, every row the application shows can still be read
    planted: list[str] = field(default_factory=list)  # objects another program added
    changed: list[str] = field(default_factory=list)  # other differences from the schema


def _findings(path: Path, header: bytes) -> _Findings:
    """Read the file at ``path`` (its first bytes ``header``) for what is wrong with it."""
    try:
        connection = sqlite.connect(path, "ro")
    except sqlite.Error as exc:
        raise WorkspaceError(
            _("Cannot open {name}: {exc}.").format(name=path.name, exc=exc)
        ) from None
    try:
        try:
            found = sqlite.quick_check(connection)
        except sqlite.DatabaseError as exc:
            if sqlite.is_busy(exc):
                raise
            found = str(exc)  # a garbled table page stops the check itself
        tables = sqlite.names(connection, "table")
        versions = (
            [row[0] for row in connection.execute("SELECT version_num FROM alembic_version")]
            if "alembic_version" in tables
            else []
        )
        readable = found is not None and sqlite.readable(connection, tables - SECONDARY_TABLES)
        findings = _Findings(found, versions, readable)
        findings.planted = [f"{kind} “{name}”" for kind, name in sqlite.code_objects(connection)]
        whole = found is None and len(versions) == 1 and versions[0] in revisions.known()
        if whole and not findings.planted:
            findings.planted = schema.extra_objects(connection, versions[0])
            findings.changed = schema.problems(connection, versions[0])
            findings.changed += schema.header_problems(header)
        return findings
    except sqlite.DatabaseError as exc:
        raise unreadable(path, exc) from None
    finally:
        connection.close()


def _judge(path: Path, findings: _Findings) -> tuple[str, DamagedWorkspace | None]:
    """The schema version and the damage of a file, from what reading it found."""
    found = findings.damage
    if len(findings.versions) != 1:
        if found is not None:
            raise DamagedWorkspace(
                _("{name} is damaged ({found}).").format(name=path.name, found=found)
            )
        raise WorkspaceError(
            _("{name} has no schema version; it is not a usable workspace.").format(name=path.name)
        )
    revision = str(findings.versions[0])
    if revision not in revisions.known():
        raise WorkspaceError(
            _(
                "{name} was made by a newer version of Grant Evaluator (schema "
                "{revision}); update the application to open it."
            ).format(name=path.name, revision=revision)
        )
    if findings.planted or findings.changed:
        return revision, _foreign(path, findings, current=revision == revisions.head())
    if found is None:
        return revision, None
    # Read-only means read as it is: an older schema, which would need upgrading, cannot be.
    if findings.readable and revision == revisions.head():
        message = _("{name} is damaged ({found}), but it can still be read.").format(
            name=path.name, found=found
        )
        return revision, DamagedWorkspace(message, readable=True)
    return revision, DamagedWorkspace(
        _("{name} is damaged and cannot be read ({found}).").format(name=path.name, found=found)
    )


def _foreign(path: Path, findings: _Findings, *, current: bool) -> ForeignSchema:
    """What the user is told about a file whose schema another program changed.

    A trigger runs inside the application's own writes (it could rewrite what they write,
    or never let them end), a constraint could refuse them half-way: such a file is never
    written, only read, and only when it is otherwise healthy and of this version's schema.
    """
    planted = findings.planted
    message = (
        _(
            "{name} holds database objects that Grant Evaluator does not create "
            "({join}{value}): another program changed it, so it is not written to."
        ).format(
            name=path.name, join=", ".join(planted[:3]), value=", …" if len(planted) > 3 else ""
        )
        if planted
        else _(
            "{name}'s database was changed by another program ({changed}), so it is not written to."
        ).format(name=path.name, changed=findings.changed[0])
    )
    if findings.damage is None and current:
        return ForeignSchema(message, readable=True)
    return ForeignSchema(message)


def salvage(path: Path) -> Path:
    """A private copy of what can be read of a damaged workspace, in a new temporary folder.

    The rows are read without the file's indexes and the indexes are built anew, so that every
    query works and a damaged index cannot give wrong answers. A damaged secondary table is
    left empty; anything else that cannot be read raises DamagedWorkspace.
    """
    folder = Path(tempfile.mkdtemp(prefix="grant-evaluator-"))
    copy = folder / path.name
    wanted = schema.expected()
    try:
        sqlite.copy_readable(
            path,
            copy,
            # Never a planted trigger or view.
            keep=lambda kind, name: name in wanted and wanted[name][0] == kind,
            secondary=SECONDARY_TABLES,
        )
    except sqlite.DatabaseError as exc:
        shutil.rmtree(folder, ignore_errors=True)
        raise unreadable(path, exc) from None
    return copy
