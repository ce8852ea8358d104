"""The workspace file: creating, opening, migrating and closing one SQLite document."""

from __future__ import annotations

import contextlib
import functools
import json
import os
import shutil
import sqlite3
import tempfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import URL, Engine, create_engine, event
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.pool import NullPool
from sqlmodel import Session

import evaluator.storage.audit  # noqa: F401  (its flush hook records every change)
from evaluator.errors import DamagedWorkspace, ForeignSchema, WorkspaceError, WorkspaceInUse
from evaluator.storage import schema, seals

# Written into the SQLite header (PRAGMA application_id) so our files can be told apart from
# any other SQLite database: "GEVW", Grant Evaluator Workspace.
APPLICATION_ID = 0x47455657
SQLITE_MAGIC = b"SQLite format 3\x00"
WORKSPACE_SUFFIX = ".gew"
# How long a read or a write waits for another program that is writing the same file, before
# the user is told it is in use: long enough for another program's commit, short enough not to
# leave the user wondering. Read at every connection, so tests can shorten it.
BUSY_TIMEOUT_MS = 2000
# Tables the application can do without when they are damaged: only the History tab and
# ``verify`` read the audit trail, so a workspace whose trail is damaged can still be read.
SECONDARY_TABLES = frozenset({"audit"})


def in_use_message(path: Path) -> str:
    """What the user is told when another program holds the workspace locked."""
    return f"{path.name} is in use by another program; nothing was changed, try again."


def read_only_message(path: Path) -> str:
    """What the user is told when they try to change a workspace opened read-only."""
    return f"{path.name} is open read-only because it is damaged; restore a backup to change it."


def connect_file(path: Path, mode: str) -> sqlite3.Connection:
    """A plain sqlite3 connection to ``path`` (``mode`` "ro" or "rw") that waits for other
    programs' locks as long as the application's own connections do."""
    return sqlite3.connect(
        f"{path.resolve().as_uri()}?mode={mode}",
        uri=True,
        timeout=BUSY_TIMEOUT_MS / 1000,
        isolation_level=None,
    )


def is_busy(exc: BaseException | None) -> bool:
    """Whether a database error means another connection holds the file locked."""
    return "locked" in str(exc)


def _alembic_config(connection: Any = None) -> Config:
    config = Config()
    config.set_main_option("script_location", "evaluator.storage:migrations")
    config.attributes["connection"] = connection
    return config


@functools.cache
def head_revision() -> str:
    """The schema version this build of the application writes."""
    head = ScriptDirectory.from_config(_alembic_config()).get_current_head()
    assert head is not None
    return head


def _engine(path: Path, *, read_only: bool = False) -> Engine:
    if read_only:
        # SQLite itself refuses every write through these connections ("mode=ro").
        uri = f"{path.resolve().as_uri()}?mode=ro"
        engine = create_engine(
            "sqlite://", creator=lambda: sqlite3.connect(uri, uri=True), poolclass=NullPool
        )
    else:
        # URL.create: a file name with "%" or "?" must not be read as URL syntax.
        engine = create_engine(URL.create("sqlite", database=str(path)), poolclass=NullPool)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        # Let SQLAlchemy, not the sqlite3 module, decide where transactions begin, so that
        # schema changes and every import are one transaction (SQLAlchemy's pysqlite recipe).
        dbapi_connection.isolation_level = None
        dbapi_connection.execute("PRAGMA foreign_keys = ON")
        dbapi_connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN")

    return engine


def track_writes(session: Session) -> None:
    """Have the session's connection list the rows it writes, so that the commit seals them
    (see ``evaluator.storage.seals``); only transactions that may write pay for it."""
    record = session.connection().connection
    if "sealing" not in record.info:
        raw = record.dbapi_connection
        assert raw is not None
        record.info["sealing"] = seals.install_tracking(raw)  # type: ignore[arg-type]


class Workspace:
    """An open workspace file. Sessions are short: one per user action.

    ``damage`` is None for a healthy workspace; for a damaged one opened read-only it says
    what is wrong, and every change is refused.
    """

    def __init__(
        self, path: Path, engine: Engine, damage: str | None = None, scratch: Path | None = None
    ) -> None:
        self.path = path
        self.engine = engine
        self.damage = damage
        self._scratch = scratch
        # Whether it is read-only because another program planted objects in its schema.
        self.foreign = False
        # Counts the transactions committed through this object: whatever was computed from
        # the workspace at one generation is still true while the generation is the same.
        self.generation = 0

    def file_stamp(self) -> tuple[int, int, int] | None:
        """What the file on disk looks like now: SQLite's file change counter, size and
        modification time. It changes whenever any program commits to the file, so a
        screen that loaded at one stamp is out of date at another; None if unreadable.
        """
        # The workspace keeps SQLite's rollback journal, in which every commit by any
        # connection increments the counter at bytes 24–27 of the header; size and mtime
        # also catch a file replaced wholesale (a restore, a copy over it).
        try:
            with self.path.open("rb") as handle:
                header = handle.read(28)
                status = os.fstat(handle.fileno())
        except OSError:
            return None
        return int.from_bytes(header[24:28], "big"), status.st_size, status.st_mtime_ns

    @property
    def read_only(self) -> bool:
        """Whether the workspace was opened read-only (because it is damaged)."""
        return self.damage is not None

    @contextlib.contextmanager
    def session(self) -> Iterator[Session]:
        """A new session for reading; writes go through ``transaction``.

        A file locked by another program, or damaged where the query reads, becomes a
        WorkspaceError that says so.
        """
        with self._in_words(writing=False), Session(self.engine, expire_on_commit=False) as session:
            yield session

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session whose changes are committed together at the end, or not at all.

        Failures of the disk (full, read-only, locked by another program) become a
        WorkspaceError that says so; the workspace is then unchanged. In a workspace opened
        read-only, SQLite refuses the first write (core functions flush their changes before
        they write any file), and a transaction that only reads, such as an export, works.
        """
        try:
            with (
                self._in_words(writing=True),
                Session(self.engine, expire_on_commit=False) as session,
                session.begin(),
            ):
                if not self.read_only:
                    track_writes(session)
                yield session
        finally:
            # Also after a failure: a commit that failed late may still have changed the file.
            self.generation += 1

    @contextlib.contextmanager
    def _in_words(self, *, writing: bool) -> Iterator[None]:
        """A database failure the user can act on (locked, full, damaged…) as a
        WorkspaceError that says so; anything else as it is."""
        try:
            yield
        except DatabaseError as exc:
            problem = _storage_problem(self.path, exc, writing=writing, read_only=self.read_only)
            if problem is None:
                raise
            raise problem from None
        except sqlite3.DatabaseError as exc:
            # Raised past SQLAlchemy by the seals' hooks, which use the driver's connection.
            problem = _storage_problem(
                self.path, OperationalError(None, None, exc), writing=writing,
                read_only=self.read_only,
            )  # fmt: skip
            if problem is None:
                raise
            raise problem from None

    def backup(self, reason: str) -> None:
        """A verified copy of the file as it is now, before a risky change."""
        if self.read_only:
            raise WorkspaceError(read_only_message(self.path))
        from evaluator.storage.backups import make_backup

        make_backup(self.path, reason)

    def close(self) -> None:
        """Release the file; afterwards it is one self-contained file on disk."""
        self.engine.dispose()
        if self._scratch is not None:
            shutil.rmtree(self._scratch, ignore_errors=True)

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _storage_problem(
    path: Path, exc: DatabaseError, *, writing: bool, read_only: bool
) -> WorkspaceError | None:
    """The WorkspaceError a user is shown for ``exc``; None when ``exc`` is a bug."""
    text = str(exc.orig)
    if is_busy(exc.orig):
        return WorkspaceInUse(in_use_message(path))
    if read_only and "readonly" in text:
        return WorkspaceError(read_only_message(path))
    if type(exc.orig) is sqlite3.DatabaseError:  # SQLITE_CORRUPT, SQLITE_NOTADB
        return DamagedWorkspace(
            f"{path.name} is damaged ({text}); nothing was changed, restore a backup to repair it."
        )
    if not writing or not isinstance(exc, OperationalError):
        return None
    if "full" in text:
        return WorkspaceError(f"The disk holding {path.name} is full; nothing was changed.")
    if "readonly" in text or "read-only" in text:
        return WorkspaceError(f"{path.name} cannot be written (read-only); nothing was changed.")
    return WorkspaceError(f"{path.name} could not be written ({text}); nothing was changed.")


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
        partial.write_bytes(_empty_workspace())
        with Session(engine) as session, session.begin():
            track_writes(session)
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


@functools.cache
def _empty_workspace() -> bytes:
    """The bytes of a new, empty workspace at this version's schema: the migrations run once
    per process, in a private folder, rather than for every workspace made."""
    folder = Path(tempfile.mkdtemp(prefix="grant-evaluator-"))
    try:
        engine = _engine(folder / "empty.gew")
        with engine.begin() as connection:
            connection.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
            command.upgrade(_alembic_config(connection), "head")
        engine.dispose()
        return (folder / "empty.gew").read_bytes()
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _upgrade(engine: Engine) -> None:
    """Bring the schema to this version in one transaction, with foreign keys off.

    A migration that rebuilds a table (SQLite can only alter most things by copying the table
    and dropping the old one) would otherwise delete every row that refers to it through an
    ON DELETE CASCADE key: rebuilding the review table would take every score with it. The
    keys are checked before the commit instead; SQLite ignores the pragma inside a
    transaction, so it is set on the driver's connection before the transaction begins.
    """
    with engine.connect() as connection:
        raw = connection.connection.dbapi_connection
        assert raw is not None
        raw.execute("PRAGMA foreign_keys = OFF")
        try:
            with connection.begin():
                command.upgrade(_alembic_config(connection), "head")
                dangling = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if dangling:
                    table, rowid, parent, _ = dangling[0]
                    raise WorkspaceError(
                        f"The upgrade would leave {table} row {rowid} referring to a missing "
                        f"{parent} row; nothing was changed."
                    )
        finally:
            raw.execute("PRAGMA foreign_keys = ON")


def open_workspace(path: Path, *, read_only_if_damaged: bool = False) -> Workspace:
    """Open an existing workspace, upgrading its schema if an older version made it.

    Anything that is not a workspace of ours, or is damaged, or was made by a newer version
    is refused with a clear message, and the file is left untouched. With
    ``read_only_if_damaged``, a damaged workspace whose data can still be read is opened
    read-only instead (its ``damage`` says what is wrong).
    """
    revision, damage = _inspect(path)
    if damage is not None:
        if not (read_only_if_damaged and damage.readable):
            raise damage
        copy = _salvage(path)
        opened = Workspace(path, _engine(copy, read_only=True), damage.message, copy.parent)
        opened.foreign = isinstance(damage, ForeignSchema)
        return opened
    if not os.access(path, os.W_OK):
        raise WorkspaceError(
            f"{path.name} is read-only; copy it to a folder where you can write, then open it."
        )
    engine = _engine(path)
    if revision != head_revision():
        from evaluator.storage.backups import make_backup

        make_backup(path, f"before upgrade from schema {revision}")
        try:
            _upgrade(engine)
            with Session(engine) as session, session.begin():
                from evaluator.storage.audit import seal_everything

                track_writes(session)
                seal_everything(session, f"upgraded from schema {revision}")
        except DatabaseError as exc:
            engine.dispose()
            raise DamagedWorkspace(
                f"{path.name} cannot be upgraded from schema {revision} ({exc.orig}); nothing "
                "was changed, restore a backup to repair it."
            ) from None
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
    revision, damage = _inspect(path)
    if damage is not None:
        raise damage
    return revision


def _inspect(path: Path) -> tuple[str, DamagedWorkspace | None]:
    """The schema version of the workspace at ``path``, and what damage its quick check found.

    Whatever makes it unusable (not a workspace, unreadable, newer schema, locked by
    another program) is raised instead.
    """
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
    journal = path.with_name(f"{path.name}-journal")
    # A crash during a commit leaves a "hot" journal that only a connection allowed to write
    # can roll back (read-only, SQLite calls the file damaged): one read through such a
    # connection restores the last committed state, and changes nothing if no journal is hot.
    if journal.exists():
        try:
            recovery = connect_file(path, "rw")
            try:
                recovery.execute("SELECT count(*) FROM sqlite_master").fetchone()
                _remove_leftover_journal(recovery, journal)
            finally:
                recovery.close()
        except sqlite3.DatabaseError as exc:
            if is_busy(exc):
                raise WorkspaceInUse(in_use_message(path)) from None
            raise DamagedWorkspace(f"{path.name} is damaged and cannot be read ({exc}).") from None
    try:
        connection = connect_file(path, "ro")
    except sqlite3.Error as exc:
        raise WorkspaceError(f"Cannot open {path.name}: {exc}.") from None
    try:
        try:
            found = _quick_check(connection)
        except sqlite3.DatabaseError as exc:
            if is_busy(exc):
                raise
            found = str(exc)  # a garbled table page stops the check itself
        tables = {
            row[0]
            for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
        }
        versions = (
            connection.execute("SELECT version_num FROM alembic_version").fetchall()
            if "alembic_version" in tables
            else []
        )
        readable = found is not None and _readable(connection, tables)
        planted = [
            f"{kind} “{name}”"
            for kind, name in connection.execute(
                "SELECT type, name FROM sqlite_master WHERE type IN ('trigger', 'view')"
            )
        ]
        changed: list[str] = []
        if not planted and found is None and len(versions) == 1 and versions[0][0] in _known():
            planted = schema.extra_objects(connection, versions[0][0])
            changed = schema.problems(connection, versions[0][0]) + schema.header_problems(header)
    except sqlite3.DatabaseError as exc:
        if is_busy(exc):
            raise WorkspaceInUse(in_use_message(path)) from None
        raise DamagedWorkspace(f"{path.name} is damaged and cannot be read ({exc}).") from None
    finally:
        connection.close()
    if len(versions) != 1:
        if found is not None:
            raise DamagedWorkspace(f"{path.name} is damaged ({found}).")
        raise WorkspaceError(f"{path.name} has no schema version; it is not a usable workspace.")
    revision = str(versions[0][0])
    if revision not in _known():
        raise WorkspaceError(
            f"{path.name} was made by a newer version of Grant Evaluator (schema {revision}); "
            "update the application to open it."
        )
    if planted or changed:
        # A trigger runs inside the application's own writes (it could rewrite what they
        # write, or never let them end), a constraint could refuse them half-way: such a
        # file is never written, only read.
        message = (
            f"{path.name} holds database objects that Grant Evaluator does not create "
            f"({', '.join(planted[:3])}{', …' if len(planted) > 3 else ''}): another program "
            "changed it, so it is not written to."
            if planted
            else f"{path.name}'s database was changed by another program ({changed[0]}), so it "
            "is not written to."
        )
        if found is None and revision == head_revision():
            return revision, ForeignSchema(message, readable=True)
        return revision, ForeignSchema(message)
    if found is None:
        return revision, None
    # Read-only means read as it is: an older schema, which would need upgrading, cannot be.
    if readable and revision == head_revision():
        message = f"{path.name} is damaged ({found}), but it can still be read."
        return revision, DamagedWorkspace(message, readable=True)
    return revision, DamagedWorkspace(f"{path.name} is damaged and cannot be read ({found}).")


@functools.cache
def _known() -> frozenset[str]:
    """Every schema version this build's migrations know."""
    script = ScriptDirectory.from_config(_alembic_config())
    return frozenset(r.revision for r in script.walk_revisions())


def _quick_check(connection: sqlite3.Connection) -> str | None:
    """The first problem SQLite's quick check finds, in its words; None when there is none."""
    lines = _check_lines(connection, "quick_check")
    if lines == ["ok"]:
        return None
    return lines[0] if lines else "empty"


def _readable(connection: sqlite3.Connection, tables: set[str]) -> bool:
    """Whether every row of the tables the application shows can be read, index or not."""
    try:
        for table in sorted(tables - SECONDARY_TABLES):
            if not table.startswith("sqlite_"):
                for _ in connection.execute(f'SELECT * FROM "{table}" NOT INDEXED'):
                    pass
    except sqlite3.DatabaseError as exc:
        if is_busy(exc):
            raise
        return False
    return True


def _salvage(path: Path) -> Path:
    """A private copy of what can be read of a damaged workspace, in a new temporary folder.

    The rows are read without the file's indexes and the indexes are built anew, so that every
    query works and a damaged index cannot give wrong answers. A damaged secondary table is
    left empty; anything else that cannot be read raises DamagedWorkspace.
    """
    folder = Path(tempfile.mkdtemp(prefix="grant-evaluator-"))
    copy = folder / path.name
    source = connect_file(path, "ro")
    target = sqlite3.connect(copy, isolation_level=None)
    try:
        target.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        target.execute("BEGIN")
        source.execute("BEGIN")  # one consistent state of the file, even if someone writes
        wanted = schema.expected()
        objects = [
            (kind, name, sql)
            for kind, name, sql in source.execute(
                "SELECT type, name, sql FROM sqlite_master "
                "WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite%'"
            )
            if name in wanted and wanted[name][0] == kind  # never a planted trigger or view
        ]
        tables = [(name, sql) for kind, name, sql in objects if kind == "table"]
        for _, sql in tables:
            target.execute(sql)
        for name, _ in tables:
            rows = source.execute(f'SELECT * FROM "{name}" NOT INDEXED')
            marks = ", ".join("?" * len(rows.description))
            try:
                target.executemany(f'INSERT INTO "{name}" VALUES ({marks})', rows)
            except sqlite3.DatabaseError as exc:
                if is_busy(exc) or name not in SECONDARY_TABLES:
                    raise
                target.execute(f'DELETE FROM "{name}"')
        for kind, _, sql in objects:
            if kind != "table":
                target.execute(sql)
        target.execute("COMMIT")
    except sqlite3.DatabaseError as exc:
        target.close()
        shutil.rmtree(folder, ignore_errors=True)
        if is_busy(exc):
            raise WorkspaceInUse(in_use_message(path)) from None
        raise DamagedWorkspace(f"{path.name} is damaged and cannot be read ({exc}).") from None
    finally:
        source.close()
        target.close()
    return copy


def _remove_leftover_journal(connection: sqlite3.Connection, journal: Path) -> None:
    """Delete a journal that SQLite left behind but ignores (it is not hot).

    A killed program can leave one (e.g. with its header zeroed); it would only travel along
    with a copy of the workspace and confuse. It is deleted only under an exclusive lock:
    then no other program is in the middle of a transaction that the journal belongs to.
    """
    if not journal.exists():
        return
    try:
        connection.execute("BEGIN EXCLUSIVE")
    except sqlite3.OperationalError:
        return  # another program is using the file: the journal may well be theirs
    try:
        with contextlib.suppress(OSError):
            journal.unlink()
    finally:
        connection.execute("ROLLBACK")


def _verify_audit(path: Path) -> list[str]:
    from evaluator.storage.audit import verify_chain

    engine = _engine(path, read_only=True)
    try:
        with Session(engine) as session:
            return verify_chain(session)
    except DatabaseError as exc:
        if is_busy(exc.orig):
            raise WorkspaceInUse(in_use_message(path)) from None
        return [f"the audit trail cannot be read ({exc.orig})"]
    finally:
        engine.dispose()


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
    _, damage = _inspect(path)
    if damage is not None and not damage.readable:
        raise damage
    problems = []
    head, entries = GENESIS_HEAD, 0
    connection = connect_file(path, "ro")
    try:
        try:
            integrity = _check_lines(connection, "integrity_check")
        except sqlite3.DatabaseError as exc:
            if is_busy(exc):
                raise
            # The full check stops at a damaged index page; the quick one names the page.
            integrity = _check_lines(connection, "quick_check")
        problems += [f"integrity: {line}" for line in integrity if line != "ok"]
        try:
            for table, rowid, parent, _ in connection.execute("PRAGMA foreign_key_check"):
                problems.append(f"{table} row {rowid} refers to a missing {parent} row")
        except sqlite3.DatabaseError as exc:
            if is_busy(exc):
                raise
            problems.append(f"the references between rows cannot be checked ({exc})")
        version = connection.execute("SELECT version_num FROM alembic_version").fetchone()[0]
        tables = {r[0] for r in connection.execute("SELECT name FROM sqlite_master")}
        hashes = (
            [row[0] for row in connection.execute("SELECT hash FROM audit ORDER BY id")]
            if "audit" in tables
            else []
        )
        head, entries = (hashes[-1] if hashes else GENESIS_HEAD), len(hashes)
        with path.open("rb") as handle:
            problems += schema.header_problems(handle.read(100))
        if version != head_revision():
            problems.append(f"schema {version} is older than {head_revision()}; open it to upgrade")
        else:
            problems += schema.problems(connection)
            problems += _verify_audit(path)
            problems += _verify_seals(connection, hashes)
            known = set(hashes)
            problems += [
                f"the audit head {anchor} is not in the trail: the trail was rewritten or cut "
                "short after it was written down"
                for anchor in anchors
                if anchor.lower() not in known
            ]
    except sqlite3.DatabaseError as exc:
        if is_busy(exc):
            raise WorkspaceInUse(in_use_message(path)) from None
        problems.append(f"the database cannot be read ({exc})")
    finally:
        connection.close()
    return Verification(problems, head, entries)


GENESIS_HEAD = "0" * 64


def _verify_seals(connection: sqlite3.Connection, hashes: list[str]) -> list[str]:
    """The data against their seals, and the seals against the audit trail."""
    problems, total, rows = seals.data_problems(
        connection, lambda t, k: seals.describe(connection, t, k)
    )
    state = seals.stored_state(connection)
    if (total, rows) != (state.total, state.rows):
        problems.append(
            "the row seals were edited outside the application: they no longer add up to "
            "the sum they record"
        )
    last = connection.execute(
        "SELECT id, changes FROM audit WHERE action = 'sealed' ORDER BY id DESC LIMIT 1"
    ).fetchone()
    if last is None:
        problems.append("the audit trail holds no seal of the data")
    else:
        sealed = json.loads(last[1])
        if (sealed.get("sum"), sealed.get("rows")) != (seals.as_hex(state.total), state.rows):
            problems.append(
                f"the data do not match the audit trail's last seal (entry {last[0]}): the "
                "trail's newest entries were deleted, or rows and their seals were changed "
                "outside the application"
            )
    problems += [
        f"the seal table holds a row “{table or '—'} {key}” that the application did not write"
        for table, key in connection.execute("SELECT tbl, pk FROM seal ORDER BY tbl, pk")
        if (table not in seals.SEALED and table != seals.META)
        or (table == seals.META and key not in ("sum", "rows", "head", "sequence"))
    ]
    if state.sequence is not None and state.sequence != seals.sequence(connection):
        problems.append(
            "SQLite's AUTOINCREMENT counters (sqlite_sequence) were changed outside the application"
        )
    newest = hashes[-1] if hashes else None
    if state.head is None and hashes:
        problems.append(
            "the seal table does not record where the audit trail ended after the "
            "application's last change: it was edited outside the application"
        )
    if state.head is not None and state.head != newest:
        if state.head in hashes:
            problems.append(
                f"audit entries after entry {hashes.index(state.head) + 1} were added outside "
                "the application"
            )
        else:
            problems.append(
                "the audit trail does not end where it ended after the application's last "
                "change: its newest entries were deleted or rewritten"
            )
    return problems


def _check_lines(connection: sqlite3.Connection, pragma: str) -> list[str]:
    """The lines of an integrity check's report, without SQLite's "*** in database" headings."""
    return [
        line
        for row in connection.execute(f"PRAGMA {pragma}")
        for line in str(row[0]).splitlines()
        if not line.startswith("***")
    ]
