"""Verifying a workspace: its integrity, its schema, its audit trail and the seals of its data.

Reads only; the engine's checks are ``evaluator.storage.sqlite``'s, the seals ``seals``'.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import text
from sqlalchemy.exc import DatabaseError, DBAPIError, OperationalError
from sqlmodel import Session

from evaluator.errors import WorkspaceError, WorkspaceInUse
from evaluator.i18n import _
from evaluator.storage import revisions, schema, seals, server, sqlite
from evaluator.storage.audit import head as audit_head
from evaluator.storage.audit import verify_chain
from evaluator.storage.damage import examine, in_use_message

GENESIS_HEAD = "0" * 64
# The documents that hold a blob, named as a chair knows them: "RG-001 “form.pdf”".
HOLDERS = (
    "SELECT p.reference || ' “' || d.name || '”' FROM document d JOIN proposal p "
    "ON p.id = d.proposal_id"
)


def _changed_bytes(names: Sequence[Any]) -> str:
    """The problem of a blob whose bytes no longer match its SHA-256, naming its documents."""
    held = ", ".join(n for (n,) in names) or _("no document")
    return _(
        "the bytes of {held} were changed outside the application (they no "
        "longer match their SHA-256)"
    ).format(held=held)


@dataclass(frozen=True)
class Verification:
    """What ``verify`` found: every problem in words, and the audit head it checked."""

    problems: list[str]
    audit_head: str
    entries: int

    @property
    def ok(self) -> bool:
        return not self.problems


def verify(path: Path, anchors: Sequence[str] = ()) -> Verification:
    """Everything wrong with a workspace, in words, and its audit head.

    Checks the file is a workspace of a known schema, the whole database's integrity, that
    every reference between rows points at a row that exists, that the schema is exactly this
    version's, the audit chain, every data row against its seal and the seals against the
    trail, and that each of ``anchors`` (audit heads written down earlier) is still in the
    trail. A workspace too damaged to be read at all is refused (DamagedWorkspace).
    """
    _found, damage = examine(path)
    if damage is not None and not damage.readable:
        raise damage
    problems = []
    head, entries = GENESIS_HEAD, 0
    connection = sqlite.connect(path, "ro")
    try:
        problems += [
            _("integrity: {line}").format(line=line) for line in sqlite.integrity(connection)
        ]
        try:
            for table, rowid, parent in sqlite.dangling_references(connection):
                problems.append(
                    _("{table} row {rowid} refers to a missing {parent} row").format(
                        table=table, rowid=rowid, parent=parent
                    )
                )
        except sqlite.DatabaseError as exc:
            if sqlite.is_busy(exc):
                raise
            problems.append(
                _("the references between rows cannot be checked ({exc})").format(exc=exc)
            )
        version = connection.execute("SELECT version_num FROM alembic_version").fetchone()[0]
        hashes = (
            [row[0] for row in connection.execute("SELECT hash FROM audit ORDER BY id")]
            if "audit" in sqlite.names(connection)
            else []
        )
        head, entries = (hashes[-1] if hashes else GENESIS_HEAD), len(hashes)
        with path.open("rb") as handle:
            problems += schema.header_problems(handle.read(sqlite.HEADER_BYTES))
        if version != revisions.head():
            problems.append(
                _("schema {version} is older than {head}; open it to upgrade").format(
                    version=version, head=revisions.head()
                )
            )
        else:
            problems += _current(path, connection, hashes, anchors)
    except sqlite.DatabaseError as exc:
        if sqlite.is_busy(exc):
            raise WorkspaceInUse(in_use_message(path)) from None
        problems.append(_("the database cannot be read ({exc})").format(exc=exc))
    finally:
        connection.close()
    return Verification(problems, head, entries)


def _current(
    path: Path, connection: sqlite.Connection, hashes: list[str], anchors: Sequence[str]
) -> list[str]:
    """What is wrong with a workspace of this version's schema beyond its integrity."""
    problems = schema.problems(connection)
    problems += _verify_audit(path)
    problems += _verify_seals(connection, hashes)
    problems += _verify_blobs(connection)
    known = set(hashes)
    problems += [
        _(
            "the audit head {anchor} is not in the trail: the trail was rewritten "
            "or cut short after it was written down"
        ).format(anchor=anchor)
        for anchor in anchors
        if anchor.lower() not in known
    ]
    return problems


def _verify_blobs(connection: sqlite.Connection) -> list[str]:
    """Documents' bytes against the SHA-256 that names them (blobs are not sealed: their key
    is their own digest), one blob in memory at a time."""
    problems = []
    for key, size in connection.execute("SELECT sha256, size FROM blob").fetchall():
        data = connection.execute("SELECT data FROM blob WHERE sha256 = ?", (key,)).fetchone()[0]
        # Another program may have stored text or a number there: that is not the document.
        if (
            not isinstance(data, bytes)
            or hashlib.sha256(data).hexdigest() != key
            or len(data) != size
        ):
            names = connection.execute(
                f"{HOLDERS} WHERE d.sha256 = ? ORDER BY 1", (key,)
            ).fetchall()
            problems.append(_changed_bytes(names))
    return problems


def _verify_audit(path: Path) -> list[str]:
    engine = sqlite.file_engine(path, read_only=True)
    try:
        with Session(engine) as session:
            return verify_chain(session)
    except DatabaseError as exc:
        if sqlite.is_busy(exc.orig):
            raise WorkspaceInUse(in_use_message(path)) from None
        return [_("the audit trail cannot be read ({orig})").format(orig=exc.orig)]
    finally:
        engine.dispose()


def _verify_seals(connection: sqlite.Connection, hashes: list[str]) -> list[str]:
    """The data against their seals, and the seals against the audit trail."""
    problems, total, rows = seals.data_problems(
        connection, lambda t, k: seals.describe(connection, t, k)
    )
    state = seals.stored_state(connection)
    if (total, rows) != (state.total, state.rows):
        problems.append(
            _(
                "the row seals were edited outside the application: they no longer add up to "
                "the sum they record"
            )
        )
    problems += _against_last_seal(connection, state)
    problems += [
        _("the seal table holds a row “{value} {key}” that the application did not write").format(
            value=table or "—", key=key
        )
        for table, key in connection.execute("SELECT tbl, pk FROM seal ORDER BY tbl, pk")
        if (table not in seals.SEALED and table != seals.META)
        or (table == seals.META and key not in ("sum", "rows", "head", "sequence"))
    ]
    if state.sequence is not None and state.sequence != seals.sequence(connection):
        problems.append(
            _(
                "SQLite's AUTOINCREMENT counters (sqlite_sequence) were changed "
                "outside the application"
            )
        )
    return problems + _against_head(state, hashes)


def _against_last_seal(connection: sqlite.Connection, state: seals.State) -> list[str]:
    """Whether the seals' sum and count are the ones the audit trail's last seal entered."""
    last = connection.execute(
        "SELECT id, changes FROM audit WHERE action = 'sealed' ORDER BY id DESC LIMIT 1"
    ).fetchone()
    if last is None:
        return [_("the audit trail holds no seal of the data")]
    sealed = json.loads(last[1])
    if (sealed.get("sum"), sealed.get("rows")) != (seals.as_hex(state.total), state.rows):
        return [
            _(
                "the data do not match the audit trail's last seal (entry {last}): the "
                "trail's newest entries were deleted, or rows and their seals were "
                "changed outside the application"
            ).format(last=last[0])
        ]
    return []


def _against_head(state: seals.State, hashes: list[str]) -> list[str]:
    """Whether the audit trail ends where the seals say it ended after the last change."""
    newest = hashes[-1] if hashes else None
    if state.head is None and hashes:
        return [
            _(
                "the seal table does not record where the audit trail ended after the "
                "application's last change: it was edited outside the application"
            )
        ]
    if state.head is not None and state.head != newest:
        if state.head in hashes:
            return [
                _("audit entries after entry {count} were added outside the application").format(
                    count=hashes.index(state.head) + 1
                )
            ]
        return [
            _(
                "the audit trail does not end where it ended after the application's last "
                "change: its newest entries were deleted or rewritten"
            )
        ]
    return []


def verify_server(url: str, anchors: Sequence[str] = ()) -> Verification:
    """What is wrong with the workspace on a server, in words, and its audit head: the
    schema version, the audit chain, the documents' bytes and the ``anchors``. There are no
    seals to check there: the server's roles decide who may write what."""
    engine = server.engine(url)
    try:
        with Session(engine) as session:
            connection = session.connection()
            tables = server.table_names(connection)
            if "alembic_version" not in tables or "audit" not in tables:
                raise WorkspaceError(
                    _("The database {shown} holds no Grant Evaluator workspace.").format(
                        shown=server.shown(url)
                    )
                )
            problems = []
            version = connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
            if version != revisions.head():
                problems.append(
                    _("schema {version} is not {head}; open it to upgrade").format(
                        version=version, head=revisions.head()
                    )
                )
            problems += verify_chain(session)
            hashes = {row[0] for row in connection.exec_driver_sql("SELECT hash FROM audit")}
            head_hash, entries = audit_head(session)
            problems += _server_blobs(connection)
            problems += [
                _(
                    "the audit head {anchor} is not in the trail: the trail was rewritten "
                    "or cut short after it was written down"
                ).format(anchor=anchor)
                for anchor in anchors
                if anchor.lower() not in hashes
            ]
    except OperationalError as exc:
        raise server.unreachable(url, exc) from None
    except DBAPIError as exc:
        problem = server.refused(url, exc)
        raise (problem or server.unreachable(url, exc)) from None
    finally:
        engine.dispose()
    return Verification(problems, head_hash, entries)


def _server_blobs(connection: Any) -> list[str]:
    """As ``_verify_blobs``, on the server: each blob's bytes against its SHA-256."""
    problems = []
    keys = connection.execute(text("SELECT sha256, size FROM blob")).all()
    for key, size in keys:
        data = connection.execute(
            text("SELECT data FROM blob WHERE sha256 = :key"), {"key": key}
        ).scalar()
        if data is None or hashlib.sha256(bytes(data)).hexdigest() != key or len(data) != size:
            names = connection.execute(
                text(f"{HOLDERS} WHERE d.sha256 = :key ORDER BY 1"), {"key": key}
            ).all()
            problems.append(_changed_bytes(names))
    return problems
