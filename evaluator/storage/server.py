"""A workspace on a PostgreSQL server: its URL, its engine, and what the server does
differently from a file.

What is PostgreSQL's own lives here, as ``evaluator.storage.sqlite`` holds SQLite's:
- the URL (``postgresql://[user@]host[:port]/database``) and how it is shown, never with a
  password (libpq finds one in ``~/.pgpass`` or ``PGPASSWORD``; the application stores none);
- connecting with psycopg 3, and a refusal in one sentence when the server cannot be reached;
- one writer at a time: every transaction that writes takes the workspace's advisory lock
  first, so that the audit trail stays one unbroken chain and no update is lost;
- no seals: on a server the database's own roles hold people to their part, and ``verify``
  checks the trail, the schema version and the documents' bytes;
- the few plain reads that cannot afford ORM objects (``json_groups``).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Sequence
from typing import Any

from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError

from evaluator.errors import PasswordNeeded, WorkspaceError
from evaluator.i18n import _

SCHEMES = ("postgresql://", "postgres://")
# The advisory lock a writing transaction holds: the same number as a file's application id.
WRITER_LOCK = 0x47455657
CONNECT_SECONDS = 10
INSUFFICIENT_PRIVILEGE = "42501"


def is_server(name: object) -> bool:
    """Whether ``name`` (as given to ``-w``) names a workspace on a server."""
    return isinstance(name, str) and name.strip().lower().startswith(SCHEMES)


def parse(url: str) -> URL:
    """The URL as SQLAlchemy takes it, for psycopg 3; refused in a sentence when malformed."""
    try:
        parsed = make_url(url.strip())
    except (ArgumentError, ValueError):
        raise WorkspaceError(
            _(
                "“{shown}” is not a server address; write it like "
                "postgresql://user@host:5432/database."
            ).format(shown=shown(url))
        ) from None
    if not parsed.database:
        raise WorkspaceError(
            _("{shown} names no database; write it like postgresql://user@host/database.").format(
                shown=shown(url)
            )
        )
    return parsed.set(drivername="postgresql+psycopg")


def shown(url: str) -> str:
    """``url`` as it may be printed: any password in it replaced by ***."""
    try:
        return make_url(url.strip()).render_as_string(hide_password=True)
    except (ArgumentError, ValueError):
        return url.split("@")[-1][:200]


def with_password(url: str, password: str) -> str:
    """``url`` carrying ``password``, for this connection only: kept in memory, never
    written anywhere nor shown."""
    return make_url(url.strip()).set(password=password).render_as_string(hide_password=False)


def database_name(url: str) -> str:
    """The name of the database ``url`` names."""
    return parse(url).database or ""


def engine(url: str) -> Engine:
    """An engine on the server's database. Transactions read committed data at each statement;
    a writer serialises itself with ``one_writer`` before it reads what it will change."""
    return create_engine(
        parse(url),
        isolation_level="READ COMMITTED",
        pool_pre_ping=True,
        connect_args={"connect_timeout": CONNECT_SECONDS, "application_name": "grant-evaluator"},
    )


def one_writer(connection: Any) -> None:
    """Wait for the workspace's writer lock, held until this transaction ends."""
    connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": WRITER_LOCK})


def login_role(session: Any) -> str:
    """The database role the session signed in with."""
    return str(session.connection().exec_driver_sql("SELECT session_user").scalar())


# A role name the application creates or names: no quoting needed, nothing to misread.
ROLE_NAME = re.compile(r"[a-z_][a-z0-9_]{0,62}", re.ASCII)


def signed_in_name(session: Any) -> str | None:
    """The name of the evaluator whose login is the session's role, if any: on a server the
    person behind every change of that session (asked once per session)."""
    if "signed_in" not in session.info:
        found = session.connection().exec_driver_sql(
            "SELECT name FROM evaluator WHERE login = session_user"
        )
        row = found.first()
        session.info["signed_in"] = None if row is None else str(row[0])
    return session.info["signed_in"]


def role_exists(session: Any, role: str) -> bool:
    """Whether the server has a role named ``role``."""
    found = session.connection().execute(
        text("SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = :role"), {"role": role}
    )
    return found.first() is not None


def may_create_roles(session: Any) -> bool:
    """Whether the session's role may create roles (CREATEROLE, or a superuser)."""
    row = session.connection().exec_driver_sql(
        "SELECT rolcreaterole OR rolsuper FROM pg_catalog.pg_roles WHERE rolname = current_user"
    )
    return bool(row.scalar())


def create_login(session: Any, role: str) -> None:
    """Create ``role`` (already checked against ROLE_NAME) as a role that can sign in, with no
    password: the server's administrator or the person sets one; the application never does."""
    if not ROLE_NAME.fullmatch(role):
        raise ValueError(role)
    session.connection().exec_driver_sql(f'CREATE ROLE "{role}" LOGIN')


def refused(url: str, exc: DBAPIError) -> WorkspaceError | None:
    """The server's refusal of something this role may not read or change, in a sentence;
    None for any other error."""
    if getattr(exc.orig, "sqlstate", None) != INSUFFICIENT_PRIVILEGE:
        return None
    return WorkspaceError(
        _(
            "The server refused: your role on {shown} may not do this (it is the "
            "chair's part of the workspace); nothing was changed."
        ).format(shown=shown(url))
    )


# Failures that come from another transaction at the same moment, not from this one:
# serialization_failure and deadlock_detected. The same change tried again may succeed.
TRANSIENT = frozenset({"40001", "40P01"})


def transient(exc: DBAPIError) -> bool:
    """Whether the server refused ``exc``'s statement only for another writer's sake."""
    return getattr(exc.orig, "sqlstate", None) in TRANSIENT


def unreachable(url: str, exc: DBAPIError) -> WorkspaceError:
    """A connection refused, a wrong password, an unknown database… in one sentence."""
    detail = str(exc.orig).strip().splitlines()[0] if exc.orig is not None else str(exc)
    if "no password supplied" in detail or "password authentication failed" in detail:
        return PasswordNeeded(
            _(
                "The server {shown} asks for a password: {detail}. Put it in ~/.pgpass "
                "(or PGPASSWORD); Grant Evaluator never stores one."
            ).format(shown=shown(url), detail=detail.rstrip("."))
        )
    return WorkspaceError(
        _("Cannot open the workspace on {shown}: {detail}.").format(
            shown=shown(url), detail=detail.rstrip(".")
        )
    )


def table_names(connection: Any) -> set[str]:
    """The tables of the database's public schema."""
    rows = connection.execute(
        text("SELECT tablename FROM pg_catalog.pg_tables WHERE schemaname = 'public'")
    )
    return {row[0] for row in rows}


def json_groups(
    connection: Any, table: str, *, by: str, key: str, values: Sequence[str]
) -> Iterator[tuple[Any, ...]]:
    """As ``sqlite.json_groups``: one row per value of ``by``, then for each column of
    ``values`` a dict from the ``key`` column to that column (the server packs each group)."""
    packed = ", ".join(f"json_object_agg({key}, {value})::text" for value in values)
    for group, *objects in connection.execute(f"SELECT {by}, {packed} FROM {table} GROUP BY {by}"):
        yield (group, *(json.loads(document) for document in objects))
