"""Plain reads for the few queries that cannot afford ORM objects, on either engine: the
driver's own connection in the session's transaction, rows as plain tuples."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from sqlmodel import Session

from evaluator.storage import server, sqlite


def plain(session: Session) -> Any:
    """The driver's connection under ``session`` (sqlite3's or psycopg's): ``execute(sql)``
    gives rows as tuples, in the session's transaction."""
    return session.connection().connection.dbapi_connection


def json_groups(
    connection: Any, table: str, *, by: str, key: str, values: Sequence[str]
) -> Iterator[tuple[Any, ...]]:
    """One row per value of ``by`` of ``table``: that value, then for each column of
    ``values`` a dict from the ``key`` column to that column, as the engine packs them."""
    if sqlite.is_driver_connection(connection):
        return sqlite.json_groups(connection, table, by=by, key=key, values=values)
    return server.json_groups(connection, table, by=by, key=key, values=values)
