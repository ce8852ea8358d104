"""The database engine, SQLite: the one module of storage that calls it directly.

Connections and what is set on each, what an engine error means (by SQLite's error code, not
its message text), the file's header, the integrity checks, a crash's journal, copying a file
(the backup API, and the rows that can still be read from a damaged one), and the one SQL
aggregate the loader of the rules' facts uses. The rest of storage and the services go through
these functions, so that another engine is another module offering the same ones; ``seals``
and ``schema`` are written for SQLite itself (temporary triggers, ``sqlite_master``) and say so.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import URL, Engine, create_engine, event
from sqlalchemy.engine import Connection as EngineConnection
from sqlalchemy.orm import Session
from sqlalchemy.pool import NullPool

# The driver's connection and errors, under the names the rest of storage uses.
Connection = sqlite3.Connection
Error = sqlite3.Error
DatabaseError = sqlite3.DatabaseError
OperationalError = sqlite3.OperationalError

# Written into the SQLite header (PRAGMA application_id) so our files can be told apart from
# any other SQLite database: "GEVW", Grant Evaluator Workspace.
APPLICATION_ID = 0x47455657
MAGIC = b"SQLite format 3\x00"
HEADER_BYTES = 100
# How long a read or a write waits for another program that is writing the same file, before
# the user is told it is in use: long enough for another program's commit, short enough not to
# leave the user wondering. Read at every connection, so tests can shorten it.
BUSY_TIMEOUT_MS = 2000

# SQLite's primary result codes (the low byte of an extended code such as SQLITE_BUSY_RECOVERY).
_BUSY = {sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED}
_DAMAGED = {sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB}


# --- connections ----------------------------------------------------------------------------


def connect(path: Path, mode: str) -> Connection:
    """A driver connection to the existing file ``path`` (``mode`` "ro" or "rw") that waits
    for other programs' locks as long as the application's own connections do; it begins
    transactions only when told to (BEGIN)."""
    return sqlite3.connect(
        f"{path.resolve().as_uri()}?mode={mode}",
        uri=True,
        timeout=BUSY_TIMEOUT_MS / 1000,
        isolation_level=None,
    )


def create(path: Path) -> Connection:
    """A driver connection to a new database file at ``path``, beginning no transaction itself."""
    return sqlite3.connect(path, isolation_level=None)


def file_engine(path: Path, *, read_only: bool = False) -> Engine:
    """An engine on the file ``path``: foreign keys enforced, other programs' locks waited for,
    and every transaction begun by SQLAlchemy (so that schema changes are transactional too)."""
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
    def _on_connect(dbapi_connection: Connection, _record: Any) -> None:
        # Let SQLAlchemy, not the sqlite3 module, decide where transactions begin, so that
        # schema changes and every import are one transaction (SQLAlchemy's pysqlite recipe).
        dbapi_connection.isolation_level = None
        dbapi_connection.execute("PRAGMA foreign_keys = ON")
        dbapi_connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN")

    return engine


def memory_engine() -> Engine:
    """An engine on a new, private database in memory."""
    return create_engine("sqlite://")


def driver_connection(connection: Session | EngineConnection) -> Connection:
    """The driver's connection under a session or an engine connection: the same transaction,
    its rows plain tuples."""
    if isinstance(connection, Session):
        connection = connection.connection()
    found = connection.connection.dbapi_connection
    assert isinstance(found, sqlite3.Connection)
    return found


def is_driver_connection(connection: object) -> bool:
    """Whether ``connection`` is a connection of SQLite's driver (not another engine's)."""
    return isinstance(connection, sqlite3.Connection)


@contextlib.contextmanager
def foreign_keys_off(connection: EngineConnection) -> Iterator[None]:
    """Foreign keys not enforced on ``connection`` for the block; call it before the block's
    transaction begins (SQLite ignores the setting inside one)."""
    driver = driver_connection(connection)
    driver.execute("PRAGMA foreign_keys = OFF")
    try:
        yield
    finally:
        driver.execute("PRAGMA foreign_keys = ON")


def mark_workspace(connection: EngineConnection) -> None:
    """Write the application's id into the header of the database being made."""
    connection.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")


def file_name(connection: Connection) -> str:
    """The file name of the database ``connection`` is open on ("" for one in memory)."""
    return Path(connection.execute("PRAGMA database_list").fetchone()[2] or "").name


# --- what an error means ----------------------------------------------------------------------


def _code(exc: BaseException | None) -> int | None:
    code = getattr(exc, "sqlite_errorcode", None)
    return None if code is None else code & 0xFF


def is_busy(exc: BaseException | None) -> bool:
    """Whether a database error means another connection holds the file locked."""
    return _code(exc) in _BUSY


def is_read_only(exc: BaseException | None) -> bool:
    """Whether a database error is a write refused because the file or the connection is
    read-only."""
    return _code(exc) == sqlite3.SQLITE_READONLY


def is_full(exc: BaseException | None) -> bool:
    """Whether a database error is a write refused because the disk is full."""
    return _code(exc) == sqlite3.SQLITE_FULL


def is_damaged(exc: BaseException | None) -> bool:
    """Whether a database error means the file is damaged (or not a database at all)."""
    return _code(exc) in _DAMAGED


# --- the file -------------------------------------------------------------------------------


def is_database(header: bytes) -> bool:
    """Whether the first bytes of a file are an SQLite database's."""
    return header.startswith(MAGIC)


def is_workspace(header: bytes) -> bool:
    """Whether a database file's first ``HEADER_BYTES`` carry the application's id."""
    return len(header) >= HEADER_BYTES and int.from_bytes(header[68:72], "big") == APPLICATION_ID


def change_counter(header: bytes) -> int:
    """The file change counter of a header, which every commit by any connection increments
    (the workspace keeps SQLite's rollback journal, which maintains it)."""
    return int.from_bytes(header[24:28], "big")


def names(connection: Connection, kind: str | None = None) -> set[str]:
    """The names of the schema's objects (of one ``kind``: "table", "index"…, or all)."""
    if kind is None:
        return {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
    query = "SELECT name FROM sqlite_master WHERE type = ?"
    return {row[0] for row in connection.execute(query, (kind,))}


def code_objects(connection: Connection) -> list[tuple[str, str]]:
    """The triggers and views of the schema, as (kind, name)."""
    query = "SELECT type, name FROM sqlite_master WHERE type IN ('trigger', 'view')"
    return [(kind, name) for kind, name in connection.execute(query)]


# --- checks ---------------------------------------------------------------------------------


def check_lines(connection: Connection, *, full: bool = False) -> list[str]:
    """The lines of SQLite's integrity check (``full``) or quick check, without its
    "*** in database" headings; ["ok"] when it finds nothing."""
    pragma = "integrity_check" if full else "quick_check"
    return [
        line
        for row in connection.execute(f"PRAGMA {pragma}")
        for line in str(row[0]).splitlines()
        if not line.startswith("***")
    ]


def quick_check(connection: Connection) -> str | None:
    """The first problem SQLite's quick check finds, in its words; None when there is none."""
    lines = check_lines(connection)
    if lines == ["ok"]:
        return None
    return lines[0] if lines else "empty"


def integrity(connection: Connection) -> list[str]:
    """Every problem the full integrity check finds, in SQLite's words."""
    try:
        lines = check_lines(connection, full=True)
    except DatabaseError as exc:
        if is_busy(exc):
            raise
        # The full check stops at a damaged index page; the quick one names the page.
        lines = check_lines(connection)
    return [line for line in lines if line != "ok"]


def dangling_references(connection: Connection) -> list[tuple[str, int, str]]:
    """Every row whose foreign key points at no row, as (table, rowid, parent table)."""
    return [
        (table, rowid, parent)
        for table, rowid, parent, _ in connection.execute("PRAGMA foreign_key_check")
    ]


def readable(connection: Connection, tables: set[str]) -> bool:
    """Whether every row of ``tables`` can be read, without their indexes."""
    try:
        for table in sorted(tables):
            if not table.startswith("sqlite_"):
                for _ in connection.execute(f'SELECT * FROM "{table}" NOT INDEXED'):
                    pass
    except DatabaseError as exc:
        if is_busy(exc):
            raise
        return False
    return True


# --- a crash's journal --------------------------------------------------------------------------


def recover(path: Path) -> None:
    """Undo a commit that a crash interrupted, and delete a journal that SQLite ignores.

    A crash during a commit leaves a "hot" journal that only a connection allowed to write
    can roll back (read-only, SQLite calls the file damaged): one read through such a
    connection restores the last committed state, and changes nothing if no journal is hot.
    Database errors (locked, damaged) are raised as they are.
    """
    journal = path.with_name(f"{path.name}-journal")
    if not journal.exists():
        return
    connection = connect(path, "rw")
    try:
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        _remove_leftover_journal(connection, journal)
    finally:
        connection.close()


def _remove_leftover_journal(connection: Connection, journal: Path) -> None:
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


# --- copies ---------------------------------------------------------------------------------


def copy_database(source: Path, target: Path) -> str | None:
    """Copy the database ``source`` to the new file ``target`` (SQLite's backup API, one
    consistent state even while others write) and quick-check the copy: the first problem
    the check finds, None when there is none. Database errors are raised as they are."""
    reading = connect(source, "ro")
    copy = create(target)
    try:
        # A read transaction first: waiting for another program's lock then ends (busy
        # timeout), whereas the backup itself would retry for as long as the lock is held.
        reading.execute("BEGIN")
        reading.execute("SELECT count(*) FROM sqlite_master").fetchone()
        reading.backup(copy)
        reading.execute("COMMIT")
        return quick_check(copy)
    finally:
        copy.close()
        reading.close()


def copy_readable(
    source: Path, target: Path, *, keep: Callable[[str, str], bool], secondary: frozenset[str]
) -> None:
    """Copy into the new file ``target`` the schema objects of ``source`` that ``keep(kind,
    name)`` accepts and the rows of its tables, read without the file's indexes (which are
    built anew). A table of ``secondary`` whose rows cannot all be read is left empty; any
    other database error is raised as it is."""
    reading = connect(source, "ro")
    copy = create(target)
    try:
        copy.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        copy.execute("BEGIN")
        reading.execute("BEGIN")  # one consistent state of the file, even if someone writes
        objects = [
            (kind, name, sql)
            for kind, name, sql in reading.execute(
                "SELECT type, name, sql FROM sqlite_master "
                "WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite%'"
            )
            if keep(kind, name)
        ]
        tables = [(name, sql) for kind, name, sql in objects if kind == "table"]
        for _, sql in tables:
            copy.execute(sql)
        for name, _ in tables:
            _copy_rows(reading, copy, name, emptied=name in secondary)
        for kind, _, sql in objects:
            if kind != "table":
                copy.execute(sql)
        copy.execute("COMMIT")
    finally:
        reading.close()
        copy.close()


def _copy_rows(reading: Connection, copy: Connection, table: str, *, emptied: bool) -> None:
    """Every row of ``table``, read without its indexes; with ``emptied``, none if not all
    of them can be read."""
    rows = reading.execute(f'SELECT * FROM "{table}" NOT INDEXED')
    marks = ", ".join("?" * len(rows.description))
    try:
        copy.executemany(f'INSERT INTO "{table}" VALUES ({marks})', rows)
    except DatabaseError as exc:
        if is_busy(exc) or not emptied:
            raise
        copy.execute(f'DELETE FROM "{table}"')


# --- queries --------------------------------------------------------------------------------


def json_groups(
    connection: Connection, table: str, *, by: str, key: str, values: Sequence[str]
) -> Iterator[tuple[Any, ...]]:
    """One row per value of the column ``by`` of ``table``: that value, then for each column
    of ``values`` a dict from the ``key`` column to that column.

    The engine packs each group as one JSON object (parsed in C), which is much faster than
    a row per item: a large call's scores are 90,000 rows, its reviews a tenth of that.
    """
    packed = ", ".join(f"json_group_object({key}, {value})" for value in values)
    for group, *objects in connection.execute(f"SELECT {by}, {packed} FROM {table} GROUP BY {by}"):
        yield (group, *(json.loads(text) for text in objects))
