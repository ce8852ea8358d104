"""The workspace: creating, opening, upgrading and closing one; its sessions and transactions.

What is the database engine's own (its connections, errors and files) is
``evaluator.storage.sqlite``'s; checking a file is ``damage``'s, verifying it ``verify``'s.
The names callers import from here stay importable from here.
"""

from __future__ import annotations

import contextlib
import functools
import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import DatabaseError, DBAPIError, OperationalError, ProgrammingError
from sqlalchemy.orm.exc import StaleDataError
from sqlmodel import Session

from evaluator.errors import (
    ChangedMeanwhile,
    DamagedWorkspace,
    ForeignSchema,
    WorkspaceError,
    WorkspaceInUse,
)
from evaluator.i18n import N_, _
from evaluator.storage import audit, revisions, seals, server, sqlite
from evaluator.storage.audit import actor_of, seal_everything
from evaluator.storage.backups import make_backup
from evaluator.storage.damage import (
    check_workspace,
    examine,
    in_use_message,
    read_only_message,
    salvage,
)
from evaluator.storage.sqlite import APPLICATION_ID, is_busy
from evaluator.storage.sqlite import connect as connect_file
from evaluator.storage.verify import GENESIS_HEAD, Verification, verify

__all__ = [
    "APPLICATION_ID",
    "GENESIS_HEAD",
    "WORKSPACE_SUFFIX",
    "Verification",
    "Workspace",
    "check_workspace",
    "connect_file",
    "create_workspace",
    "head_revision",
    "in_use_message",
    "is_busy",
    "open_path",
    "open_workspace",
    "read_only_message",
    "track_writes",
    "verify",
]

WORKSPACE_SUFFIX = ".gew"
head_revision = revisions.head
# Under the names the tests that build old or odd workspaces import.
_alembic_config = revisions.config
_engine = sqlite.file_engine


def track_writes(session: Session) -> None:
    """Have the session's connection list the rows it writes, so that the commit seals them
    (see ``evaluator.storage.seals``); only transactions that may write pay for it."""
    record = session.connection().connection
    if "sealing" not in record.info:
        record.info["sealing"] = seals.install_tracking(sqlite.driver_connection(session))


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
        # Size and mtime also catch a file replaced wholesale (a restore, a copy over it).
        try:
            with self.path.open("rb") as handle:
                header = handle.read(sqlite.HEADER_BYTES)
                status = os.fstat(handle.fileno())
        except OSError:
            return None
        return sqlite.change_counter(header), status.st_size, status.st_mtime_ns

    def position(self) -> int | None:
        """Where the audit trail stands now (see ``audit.position``); None where this role
        may not read it (an evaluator on a server)."""
        try:
            with self.session() as session:
                return audit.position(session)
        except WorkspaceError:
            return None

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
    def transaction(self, *, brief: bool = False) -> Iterator[Session]:
        """A session whose changes are committed together at the end, or not at all
        (``brief`` matters on a server only: see ``ServerWorkspace.transaction``).

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
                    session.info["actor"] = actor_of(session)
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
        except sqlite.DatabaseError as exc:
            # Raised past SQLAlchemy by the seals' hooks, which use the driver's connection.
            problem = _storage_problem(
                self.path,
                OperationalError(None, None, exc),
                writing=writing,
                read_only=self.read_only,
            )
            if problem is None:
                raise
            raise problem from None

    def backup(self, reason: str) -> None:
        """A verified copy of the file as it is now, before a risky change."""
        if self.read_only:
            raise WorkspaceError(read_only_message(self.path))
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
    cause = exc.orig
    if sqlite.is_busy(cause):
        return WorkspaceInUse(in_use_message(path))
    if read_only and sqlite.is_read_only(cause):
        return WorkspaceError(read_only_message(path))
    if sqlite.is_damaged(cause):
        return DamagedWorkspace(
            _(
                "{name} is damaged ({cause}); nothing was changed, restore a backup to repair it."
            ).format(name=path.name, cause=cause)
        )
    if not writing or not isinstance(exc, OperationalError):
        return None
    if sqlite.is_full(cause):
        return WorkspaceError(
            _("The disk holding {name} is full; nothing was changed.").format(name=path.name)
        )
    if sqlite.is_read_only(cause):
        return WorkspaceError(
            _("{name} cannot be written (read-only); nothing was changed.").format(name=path.name)
        )
    return WorkspaceError(
        _("{name} could not be written ({cause}); nothing was changed.").format(
            name=path.name, cause=cause
        )
    )


def create_workspace(path: Path, populate: Callable[[Session], None]) -> None:
    """Create a new workspace file at ``path``, filled by ``populate`` in one transaction.

    The file is built beside its destination and moved into place only when complete, so a
    failure leaves nothing behind. An existing file is never overwritten.
    """
    if path.exists():
        raise WorkspaceError(
            _("{path} already exists; choose another file name or delete it.").format(path=path)
        )
    if not path.parent.is_dir():
        raise WorkspaceError(
            _("Cannot create {path}: the folder {parent} does not exist.").format(
                path=path, parent=path.parent
            )
        )
    partial = path.with_name(f".{path.name}.partial")
    _clear_stale_partial(path, partial)
    engine = sqlite.file_engine(partial)
    try:
        partial.write_bytes(_empty_workspace())
        with Session(engine) as session, session.begin():
            track_writes(session)
            populate(session)
        engine.dispose()
        if path.exists():
            raise WorkspaceError(
                _("{path} already exists; choose another file name or delete it.").format(path=path)
            )
        os.replace(partial, path)
    except OSError as exc:
        raise WorkspaceError(
            _("Cannot create {path}: {value}.").format(path=path, value=exc.strerror or exc)
        ) from None
    finally:
        engine.dispose()
        with contextlib.suppress(FileNotFoundError):
            partial.unlink()


def _clear_stale_partial(path: Path, partial: Path) -> None:
    """Delete what an earlier attempt left at ``partial``; refuse when a file of another kind
    is there (a user's own, perhaps the very package being opened): it is not ours to delete."""
    start: bytes | None
    try:
        with partial.open("rb") as handle:
            start = handle.read(len(sqlite.MAGIC))
    except FileNotFoundError:
        start = b"" if partial.is_symlink() else None  # a dangling link: never followed
    except OSError as exc:
        raise WorkspaceError(
            _("Cannot create {path}: {value}.").format(path=path, value=exc.strerror or exc)
        ) from None
    if start is None:
        return
    if partial.is_symlink() or start not in (b"", sqlite.MAGIC):
        raise WorkspaceError(
            _(
                "Cannot create {path}: a file named {name} is in the way; move it "
                "elsewhere or delete it."
            ).format(path=path, name=partial.name)
        )
    partial.unlink()


@functools.cache
def _empty_workspace() -> bytes:
    """The bytes of a new, empty workspace at this version's schema: the migrations run once
    per process, in a private folder, rather than for every workspace made."""
    folder = Path(tempfile.mkdtemp(prefix="grant-evaluator-"))
    try:
        engine = sqlite.file_engine(folder / "empty.gew")
        with engine.begin() as connection:
            sqlite.mark_workspace(connection)
            revisions.upgrade(connection)
        engine.dispose()
        return (folder / "empty.gew").read_bytes()
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _upgrade(engine: Engine) -> None:
    """Bring the schema to this version in one transaction, with foreign keys off.

    A migration that rebuilds a table (SQLite can only alter most things by copying the table
    and dropping the old one) would otherwise delete every row that refers to it through an
    ON DELETE CASCADE key: rebuilding the review table would take every score with it. The
    keys are checked before the commit instead.
    """
    with (
        engine.connect() as connection,
        sqlite.foreign_keys_off(connection),
        connection.begin(),
    ):
        revisions.upgrade(connection)
        dangling = sqlite.dangling_references(sqlite.driver_connection(connection))
        if dangling:
            table, rowid, parent = dangling[0]
            raise WorkspaceError(
                _(
                    "The upgrade would leave {table} row {rowid} referring to a missing "
                    "{parent} row; nothing was changed."
                ).format(table=table, rowid=rowid, parent=parent)
            )


def open_workspace(path: Path, *, read_only_if_damaged: bool = False) -> Workspace:
    """Open an existing workspace, upgrading its schema if an older version made it.

    Anything that is not a workspace of ours, or is damaged, or was made by a newer version
    is refused with a clear message, and the file is left untouched. With
    ``read_only_if_damaged``, a damaged workspace whose data can still be read is opened
    read-only instead (its ``damage`` says what is wrong).
    """
    revision, damage = examine(path)
    if damage is not None:
        if not (read_only_if_damaged and damage.readable):
            raise damage
        copy = salvage(path)
        engine = sqlite.file_engine(copy, read_only=True)
        opened = Workspace(path, engine, damage.message, copy.parent)
        opened.foreign = isinstance(damage, ForeignSchema)
        return opened
    if not os.access(path, os.W_OK):
        raise WorkspaceError(
            _("{name} is read-only; copy it to a folder where you can write, then open it.").format(
                name=path.name
            )
        )
    engine = sqlite.file_engine(path)
    if revision != head_revision():
        make_backup(path, f"before upgrade from schema {revision}")
        try:
            _upgrade(engine)
            with Session(engine) as session, session.begin():
                track_writes(session)
                seal_everything(session, f"upgraded from schema {revision}")
        except DatabaseError as exc:
            engine.dispose()
            raise DamagedWorkspace(
                _(
                    "{name} cannot be upgraded from schema {revision} ({orig}); nothing "
                    "was changed, restore a backup to repair it."
                ).format(name=path.name, revision=revision, orig=exc.orig)
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


class ServerWorkspace(Workspace):
    """A workspace in a database on a PostgreSQL server, shared by everyone who connects.

    ``url`` names it (printed without a password); ``path`` is the database's name, for the
    places that name a workspace by its file. There are no seals and no backup files: the
    server's roles hold people to their part, and its backups are its own (``pg_dump``).
    """

    def __init__(self, url: str, engine: Engine) -> None:
        super().__init__(Path(server.database_name(url)), engine)
        self.url = url
        self.location = server.shown(url)

    def file_stamp(self) -> tuple[int, int, int] | None:
        """What the workspace looks like now: the newest audit entry and how many there are
        (every committed change writes one), so a screen loaded before another user's change
        is known to be out of date; None when the server cannot be reached."""
        try:
            with self.engine.connect() as connection:
                row = connection.exec_driver_sql("SELECT max(id), count(*) FROM audit").one()
        except DatabaseError:
            return None
        return int(row[0] or 0), int(row[1]), 0

    @contextlib.contextmanager
    def session(self) -> Iterator[Session]:
        with self._on_server(), Session(self.engine, expire_on_commit=False) as session:
            yield session

    @contextlib.contextmanager
    def transaction(self, *, brief: bool = False) -> Iterator[Session]:
        """A session whose changes are committed together at the end, or not at all, with
        the workspace's writer lock held from its first statement to its end.

        ``brief``: for a change that reads only what its own writer changes (an evaluator's
        score), the lock is taken just before its first write instead, and its audit entries
        are chained at the commit (``audit.CHAIN_AT_COMMIT``), so that many such changes
        read and check at once and queue only to write, chain and commit. It holds no row
        lock while it waits, so it cannot deadlock with a writer holding the lock."""
        try:
            with (
                self._on_server(),
                Session(self.engine, expire_on_commit=False) as session,
                session.begin(),
            ):
                if brief:
                    session.info[audit.CHAIN_AT_COMMIT] = True
                else:
                    server.one_writer(session)
                # An evaluator's role is that evaluator, whoever the settings name as chair.
                session.info["actor"] = server.signed_in_name(session) or actor_of(session)
                yield session
        finally:
            self.generation += 1

    @contextlib.contextmanager
    def _on_server(self) -> Iterator[None]:
        try:
            yield
        except DBAPIError as exc:
            if server.transient(exc):
                raise ChangedMeanwhile(_(SAME_MOMENT)) from None
            if isinstance(exc, OperationalError):
                raise server.unreachable(self.url, exc) from None
            problem = server.refused(self.url, exc)
            if problem is None:
                raise
            raise problem from None
        except StaleDataError:
            # A row this change meant to update was changed or locked at the same moment
            # (row security hides a review submitted meanwhile): nothing was written.
            raise ChangedMeanwhile(_(SAME_MOMENT)) from None

    def backup(self, reason: str) -> None:
        """Nothing: a server workspace is backed up by the server (``pg_dump``)."""


SAME_MOMENT = N_(
    "Someone changed this at the same moment; nothing was changed, reload and try again."
)


def create_server_workspace(url: str, populate: Callable[[Session], None]) -> None:
    """Create a workspace in the empty database ``url`` names, filled by ``populate``: the
    schema and the data in one transaction, so a failure leaves the database empty."""
    engine = server.engine(url)
    try:
        with engine.begin() as connection:
            found = server.table_names(connection)
            if found:
                raise WorkspaceError(
                    _(
                        "The database {shown} already holds tables ({join}…); a workspace is "
                        "created only in an empty database."
                    ).format(shown=server.shown(url), join=", ".join(sorted(found)[:3]))
                )
            server.one_writer(connection)
            revisions.upgrade(connection)
            with Session(bind=connection) as session:
                session.info["actor"] = actor_of(session)
                populate(session)
                session.flush()
    except (OperationalError, ProgrammingError) as exc:  # refused, or options it rejects
        raise server.unreachable(url, exc) from None
    finally:
        engine.dispose()


def open_server_workspace(url: str) -> ServerWorkspace:
    """Open the workspace in the database ``url`` names, upgrading an older schema (in one
    transaction); refused in a sentence when the server cannot be reached, the database holds
    no workspace, or a newer version made it."""
    engine = server.engine(url)
    try:
        with engine.begin() as connection:
            tables = server.table_names(connection)
            if "alembic_version" not in tables or "call" not in tables:
                raise WorkspaceError(
                    _(
                        "The database {shown} holds no Grant Evaluator workspace; `new --call "
                        "CALL.toml` creates one in an empty database."
                    ).format(shown=server.shown(url))
                )
            version = connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
            if version not in revisions.known():
                raise WorkspaceError(
                    _(
                        "The workspace on {shown} was made by a newer version of Grant "
                        "Evaluator (schema {version}); update the application to open it."
                    ).format(shown=server.shown(url), version=version)
                )
            if version != head_revision():
                server.one_writer(connection)
                revisions.upgrade(connection)
    except (OperationalError, ProgrammingError) as exc:  # refused, or options it rejects
        engine.dispose()
        raise server.unreachable(url, exc) from None
    except BaseException:
        engine.dispose()
        raise
    return ServerWorkspace(url, engine)
