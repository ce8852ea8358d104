"""The workspace file: creating, opening, migrating and closing one SQLite document."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import URL, Engine, create_engine, event
from sqlalchemy.exc import OperationalError
from sqlalchemy.pool import NullPool
from sqlmodel import Session

import evaluator.audit  # noqa: F401  (its flush hook records every change)
from evaluator.errors import DamagedWorkspace, WorkspaceError

# Written into the SQLite header (PRAGMA application_id) so our files can be told apart from
# any other SQLite database: "GEVW", Grant Evaluator Workspace.
APPLICATION_ID = 0x47455657
SQLITE_MAGIC = b"SQLite format 3\x00"
WORKSPACE_SUFFIX = ".gew"


def _alembic_config(connection: Any = None) -> Config:
    config = Config()
    config.set_main_option("script_location", "evaluator:migrations")
    config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    """The schema version this build of the application writes."""
    head = ScriptDirectory.from_config(_alembic_config()).get_current_head()
    assert head is not None
    return head


def _engine(path: Path) -> Engine:
    # URL.create: a file name with "%" or "?" must not be read as URL syntax.
    engine = create_engine(URL.create("sqlite", database=str(path)), poolclass=NullPool)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        # Let SQLAlchemy, not the sqlite3 module, decide where transactions begin, so that
        # schema changes and every import are one transaction (SQLAlchemy's pysqlite recipe).
        dbapi_connection.isolation_level = None
        dbapi_connection.execute("PRAGMA foreign_keys = ON")
        dbapi_connection.execute("PRAGMA busy_timeout = 5000")

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN")

    return engine


class Workspace:
    """An open workspace file. Sessions are short: one per user action."""

    def __init__(self, path: Path, engine: Engine) -> None:
        self.path = path
        self.engine = engine
        # Counts the transactions committed through this object: whatever was computed from
        # the workspace at one generation is still true while the generation is the same.
        self.generation = 0

    def session(self) -> Session:
        """A new session for reading; writes go through ``transaction``."""
        return Session(self.engine, expire_on_commit=False)

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session whose changes are committed together at the end, or not at all.

        Failures of the disk (full, read-only, locked by another program) become a
        WorkspaceError that says so; the workspace is then unchanged.
        """
        try:
            with self.session() as session, session.begin():
                yield session
        except OperationalError as exc:
            raise WorkspaceError(_storage_problem(self.path, exc)) from None
        finally:
            # Also after a failure: a commit that failed late may still have changed the file.
            self.generation += 1

    def backup(self, reason: str) -> None:
        """A verified copy of the file as it is now, before a risky change."""
        from evaluator.backups import make_backup

        make_backup(self.path, reason)

    def close(self) -> None:
        """Release the file; afterwards it is one self-contained file on disk."""
        self.engine.dispose()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _storage_problem(path: Path, exc: OperationalError) -> str:
    text = str(exc.orig)
    if "full" in text:
        return f"The disk holding {path.name} is full; nothing was changed."
    if "readonly" in text or "read-only" in text:
        return f"{path.name} cannot be written (read-only); nothing was changed."
    if "locked" in text:
        return f"{path.name} is in use by another program; nothing was changed, try again."
    return f"{path.name} could not be written ({text}); nothing was changed."


def create_workspace(path: Path, populate: Callable[[Session], None]) -> None:
    """Create a new workspace file at ``path``, filled by ``populate`` in one transaction.

    The file is built beside its destination and moved into place only when complete, so a
    failure leaves nothing behind. An existing file is never overwritten.
    """
    if path.exists():
        raise WorkspaceError(f"{path} already exists; choose another file name or delete it.")
    if not path.parent.is_dir():
        raise WorkspaceError(f"Cannot create {path}: the folder {path.parent} does not exist.")
    partial = path.with_name(f".{path.name}.partial")
    with contextlib.suppress(FileNotFoundError):
        partial.unlink()
    engine = _engine(partial)
    try:
        with engine.begin() as connection:
            connection.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
            command.upgrade(_alembic_config(connection), "head")
        with Session(engine) as session, session.begin():
            populate(session)
        engine.dispose()
        if path.exists():
            raise WorkspaceError(f"{path} already exists; choose another file name or delete it.")
        os.replace(partial, path)
    except OSError as exc:
        raise WorkspaceError(f"Cannot create {path}: {exc.strerror or exc}.") from None
    finally:
        engine.dispose()
        with contextlib.suppress(FileNotFoundError):
            partial.unlink()


def open_workspace(path: Path) -> Workspace:
    """Open an existing workspace, upgrading its schema if an older version made it.

    Anything that is not a workspace of ours, or is damaged, or was made by a newer version
    is refused with a clear message, and the file is left untouched.
    """
    revision = check_workspace(path)
    if not os.access(path, os.W_OK):
        raise WorkspaceError(
            f"{path.name} is read-only; copy it to a folder where you can write, then open it."
        )
    engine = _engine(path)
    if revision != head_revision():
        from evaluator.backups import make_backup

        make_backup(path, f"before upgrade from schema {revision}")
        with engine.begin() as connection:
            command.upgrade(_alembic_config(connection), "head")
    return Workspace(path, engine)


@contextlib.contextmanager
def open_path(path: Path) -> Iterator[Workspace]:
    """Open a workspace for the length of a ``with`` block."""
    workspace = open_workspace(path)
    try:
        yield workspace
    finally:
        workspace.close()


def check_workspace(path: Path) -> str:
    """Check, reading only, that ``path`` is a healthy workspace; returns its schema version."""
    if not path.exists():
        raise WorkspaceError(f"Workspace {path} does not exist.")
    if not path.is_file():
        raise WorkspaceError(f"{path} is a folder, not a workspace file.")
    try:
        with path.open("rb") as handle:
            header = handle.read(100)
    except OSError as exc:
        raise WorkspaceError(f"Cannot read {path}: {exc.strerror or exc}.") from None
    if not header.startswith(SQLITE_MAGIC):
        raise WorkspaceError(f"{path.name} is not a Grant Evaluator workspace.")
    if len(header) < 100 or int.from_bytes(header[68:72], "big") != APPLICATION_ID:
        raise WorkspaceError(
            f"{path.name} is an SQLite database, but not a Grant Evaluator workspace."
        )
    # A crash during a commit leaves a "hot" journal that only a connection allowed to write
    # can roll back (read-only, SQLite calls the file damaged): one read through such a
    # connection restores the last committed state, and changes nothing if no journal is hot.
    if path.with_name(f"{path.name}-journal").exists():
        try:
            recovery = sqlite3.connect(f"{path.resolve().as_uri()}?mode=rw", uri=True)
            try:
                recovery.execute("SELECT count(*) FROM sqlite_master").fetchone()
            finally:
                recovery.close()
        except sqlite3.DatabaseError as exc:
            raise DamagedWorkspace(f"{path.name} is damaged and cannot be read ({exc}).") from None
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise WorkspaceError(f"Cannot open {path.name}: {exc}.") from None
    try:
        check = connection.execute("PRAGMA quick_check").fetchone()
        if check is None or check[0] != "ok":
            raise DamagedWorkspace(f"{path.name} is damaged ({check[0] if check else 'empty'}).")
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
        versions = (
            connection.execute("SELECT version_num FROM alembic_version").fetchall()
            if "alembic_version" in tables
            else []
        )
    except sqlite3.DatabaseError as exc:
        raise DamagedWorkspace(f"{path.name} is damaged and cannot be read ({exc}).") from None
    finally:
        connection.close()
    if len(versions) != 1:
        raise WorkspaceError(f"{path.name} has no schema version; it is not a usable workspace.")
    revision = str(versions[0][0])
    script = ScriptDirectory.from_config(_alembic_config())
    if revision not in {r.revision for r in script.walk_revisions()}:
        raise WorkspaceError(
            f"{path.name} was made by a newer version of Grant Evaluator (schema {revision}); "
            "update the application to open it."
        )
    return revision


def _verify_audit(path: Path) -> list[str]:
    from evaluator.audit import verify_chain

    engine = _engine(path)
    try:
        with Session(engine) as session:
            return verify_chain(session)
    finally:
        engine.dispose()


def verify(path: Path) -> list[str]:
    """Everything wrong with a workspace, in words; empty when it is healthy.

    Checks the file is a workspace of a known schema, the whole database's integrity, and
    that every reference between rows points at a row that exists.
    """
    check_workspace(path)
    problems = []
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        integrity = [row[0] for row in connection.execute("PRAGMA integrity_check")]
        if integrity != ["ok"]:
            problems += [f"integrity: {line}" for line in integrity]
        for table, rowid, parent, _ in connection.execute("PRAGMA foreign_key_check"):
            problems.append(f"{table} row {rowid} refers to a missing {parent} row")
        version = connection.execute("SELECT version_num FROM alembic_version").fetchone()[0]
        if version != head_revision():
            problems.append(f"schema {version} is older than {head_revision()}; open it to upgrade")
        else:
            problems += _verify_audit(path)
    except sqlite3.DatabaseError as exc:
        problems.append(f"the database cannot be read ({exc})")
    finally:
        connection.close()
    return problems
