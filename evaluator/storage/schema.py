"""The schema a workspace must have, exactly: what this version's migrations create, and nothing
else (no trigger, view, table, index, constraint or setting planted by another program).

Written for SQLite itself: the schema is read from ``sqlite_master`` and SQLite's PRAGMAs, and
compared with what the migrations create in an in-memory SQLite database.
"""

from __future__ import annotations

import functools
import re
from typing import Any

from evaluator.i18n import _
from evaluator.storage import revisions, sqlite

# An object of the schema: its type and, as SQLite describes it, its structure.
Shape = tuple[str, Any]
# Clauses that change what a table accepts or how it compares, which SQLite's PRAGMAs do not
# describe: counted in the table's SQL, so that one added (a CHECK that refuses the
# application's writes, a collation that merges references) is found whatever the spacing.
CLAUSES = re.compile(r"\b(CHECK|COLLATE|ON\s+CONFLICT|GENERATED|AUTOINCREMENT|REFERENCES)\b", re.I)
# PRAGMAs kept in the file itself: the application writes neither, and a WAL journal would
# leave side files beside a workspace that must be one file.
USER_VERSION = 0
ROLLBACK_JOURNAL = 1  # the file header's read/write versions: 1 legacy (rollback), 2 WAL


def _clauses(sql: str | None) -> tuple[tuple[str, int], ...]:
    found: dict[str, int] = {}
    for match in CLAUSES.finditer(sql or ""):
        word = " ".join(match.group(1).upper().split())
        found[word] = found.get(word, 0) + 1
    return tuple(sorted(found.items()))


# SQLite's own table of AUTOINCREMENT counters, made the first time such a table exists and
# never dropped: it holds no code, and ``verify`` checks its content against the seals.
SEQUENCE = "sqlite_sequence"


def shape_of(connection: sqlite.Connection) -> dict[str, Shape]:
    """Every object of the main schema of ``connection``, by name, with its structure."""
    shapes: dict[str, Shape] = {}
    for kind, name, table, sql in connection.execute(
        "SELECT type, name, tbl_name, sql FROM main.sqlite_master WHERE name != ? ORDER BY name",
        (SEQUENCE,),
    ):
        if kind == "table":
            columns = tuple(
                row[1:] for row in connection.execute(f'PRAGMA main.table_xinfo("{name}")')
            )
            keys = tuple(
                sorted(
                    row[2:] for row in connection.execute(f'PRAGMA main.foreign_key_list("{name}")')
                )
            )
            rowid = "WITHOUT ROWID" in " ".join((sql or "").upper().split())
            shapes[name] = (kind, (columns, keys, _clauses(sql), rowid))
        elif kind == "index":
            listed = {
                row[1]: row[2:] for row in connection.execute(f'PRAGMA main.index_list("{table}")')
            }
            columns = tuple(
                row[1:] for row in connection.execute(f'PRAGMA main.index_xinfo("{name}")')
            )
            where = " ".join((sql or "").split()).upper().partition(" WHERE ")[2]
            shapes[name] = (kind, (table, listed.get(name), columns, where))
        else:
            shapes[name] = (kind, " ".join((sql or "").split()))
    return shapes


@functools.cache
def expected(revision: str | None = None) -> dict[str, Shape]:
    """The schema a new workspace has at ``revision`` (the newest by default), built once per
    process, in memory."""
    engine = sqlite.memory_engine()
    try:
        with engine.begin() as connection:
            revisions.upgrade(connection, revision or "head")
            return shape_of(sqlite.driver_connection(connection))
    finally:
        engine.dispose()


def problems(connection: sqlite.Connection, revision: str | None = None) -> list[str]:
    """Every difference between the workspace's schema and the one ``revision`` (the newest
    by default) creates, in words."""
    wanted = expected(revision)
    found = shape_of(connection)
    differences = [
        _("the schema holds a {kind} “{name}” that Grant Evaluator does not create").format(
            kind=kind, name=name
        )
        for name, (kind, _ignored) in found.items()
        if name not in wanted or wanted[name][0] != kind
    ]
    differences += [
        _("the schema lacks the {kind} “{name}”").format(kind=kind, name=name)
        for name, (kind, _ignored) in wanted.items()
        if name not in found
    ]
    differences += [
        _("the {kind} “{name}” is not defined as this version defines it").format(
            kind=kind, name=name
        )
        for name, (kind, shape) in found.items()
        if name in wanted and wanted[name][0] == kind and wanted[name][1] != shape
    ]
    user_version = connection.execute("PRAGMA main.user_version").fetchone()[0]
    if user_version != USER_VERSION:
        differences.append(
            _("the file's user_version is {user_version}, not {USER_VERSION}").format(
                user_version=user_version, USER_VERSION=USER_VERSION
            )
        )
    return differences


def header_problems(header: bytes) -> list[str]:
    """What is wrong with the first 100 bytes of a workspace file (its journal mode)."""
    if len(header) >= 20 and (header[18], header[19]) != (ROLLBACK_JOURNAL, ROLLBACK_JOURNAL):
        return [_("the file is set to a write-ahead log (WAL), which the application never sets")]
    return []


def extra_objects(connection: sqlite.Connection, revision: str | None = None) -> list[str]:
    """The objects of the workspace's schema that ``revision`` does not create, in words."""
    wanted = expected(revision)
    return [
        f"{kind} “{name}”"
        for kind, name in connection.execute(
            "SELECT type, name FROM main.sqlite_master WHERE name != ? ORDER BY type, name",
            (SEQUENCE,),
        )
        if name not in wanted or wanted[name][0] != kind
    ]
