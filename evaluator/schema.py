"""The schema a workspace must have, exactly: what this version's migrations create, and nothing
else (no trigger, view, table or index planted by another program)."""

from __future__ import annotations

import functools
import sqlite3
from typing import Any

# An object of the schema: its type and, as SQLite describes it, its structure.
Shape = tuple[str, Any]


def shape_of(connection: sqlite3.Connection) -> dict[str, Shape]:
    """Every object of the main schema of ``connection``, by name, with its structure."""
    shapes: dict[str, Shape] = {}
    for kind, name, table, sql in connection.execute(
        "SELECT type, name, tbl_name, sql FROM main.sqlite_master ORDER BY name"
    ):
        if kind == "table":
            columns = tuple(
                row[1:] for row in connection.execute(f'PRAGMA main.table_info("{name}")')
            )
            keys = tuple(
                sorted(
                    row[2:] for row in connection.execute(f'PRAGMA main.foreign_key_list("{name}")')
                )
            )
            shapes[name] = (kind, (columns, keys))
        elif kind == "index":
            listed = {
                row[1]: row[2:] for row in connection.execute(f'PRAGMA main.index_list("{table}")')
            }
            columns = tuple(
                row[2] for row in connection.execute(f'PRAGMA main.index_info("{name}")')
            )
            shapes[name] = (kind, (table, listed.get(name), columns))
        else:
            shapes[name] = (kind, sql)
    return shapes


@functools.cache
def expected() -> dict[str, Shape]:
    """The schema a new workspace has at this version (built once per process, in memory)."""
    from alembic import command
    from sqlalchemy import create_engine

    from evaluator.db import _alembic_config

    engine = create_engine("sqlite://")
    try:
        with engine.begin() as connection:
            command.upgrade(_alembic_config(connection), "head")
            raw = connection.connection.dbapi_connection
            assert raw is not None
            return shape_of(raw)  # type: ignore[arg-type]
    finally:
        engine.dispose()


def foreign(connection: sqlite3.Connection) -> list[str]:
    """The objects of the workspace's schema that this version does not create, in words."""
    wanted = expected()
    return [
        f"{kind} “{name}”"
        for kind, name in connection.execute(
            "SELECT type, name FROM main.sqlite_master ORDER BY type, name"
        )
        if name not in wanted or wanted[name][0] != kind
    ]


def problems(connection: sqlite3.Connection) -> list[str]:
    """Every difference between the workspace's schema and this version's, in words."""
    wanted = expected()
    found = shape_of(connection)
    differences = [
        f"the schema holds a {kind} “{name}” that Grant Evaluator does not create"
        for name, (kind, _) in found.items()
        if name not in wanted or wanted[name][0] != kind
    ]
    differences += [
        f"the schema lacks the {kind} “{name}”"
        for name, (kind, _) in wanted.items()
        if name not in found
    ]
    differences += [
        f"the {kind} “{name}” is not defined as this version defines it"
        for name, (kind, shape) in found.items()
        if name in wanted and wanted[name] == (kind, wanted[name][1]) and wanted[name][1] != shape
    ]
    return differences
