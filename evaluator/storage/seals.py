"""Tamper evidence for the data itself: a seal (digest) of every row as the application wrote it.

The audit trail says what the application did; the seals say what the data looked like after
it. At every commit the application re-seals the rows its statements touched (temporary
triggers, which live in the application's own connection and not in the file, list them), adds
their digests into one sum and enters that sum in the audit trail as its newest entry. A row
changed, added or deleted by any other program then no longer matches its seal, and ``verify``
names it; seals edited to match no longer add up to the sum in the trail; a trail cut short no
longer ends where the seals say it did.

What this cannot prove: the digests are not secret, so someone who rewrites the data, the seals
and the trail's newest entry together, with this application's own rules, leaves a consistent
file. An audit head written down earlier (``verify --anchor``, printed on every report,
contract and letter) is what shows that such a history was rewritten.

Written for SQLite itself: the triggers are SQLite's temporary triggers, the digest a function
registered on the driver's connection, and the counters those of ``sqlite_sequence``.
"""

from __future__ import annotations

import functools
import hashlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from evaluator.i18n import _
from evaluator.storage import sqlite

# The tables of the workspace's data and the column naming each row. The audit trail is its
# own evidence (a hash chain); alembic_version is checked as part of the schema.
SEALED: dict[str, str] = {
    "call": "id",
    "organisation": "id",
    "proposal": "id",
    "member": "id",
    "evaluator": "id",
    "conflict": "id",
    "review": "id",
    "score": "id",
    "setting": "key",
    "package": "id",
    "returns_import": "id",
    "consensus": "id",
    "document": "id",
    "feedback": "id",
}
# Rows of the seal table that are not seals: the sum of the seals, their count, and the audit
# head after the last seal (tbl "" cannot be a table name).
META = ""
MODULUS = 2**128
_CHUNK = 500


def row_digest(table: str, row: tuple[Any, ...]) -> str:
    """The seal of one row: a digest of its table and every column's stored value."""
    return hashlib.blake2b(
        repr((table, row)).encode("utf-8", "surrogatepass"), digest_size=16
    ).hexdigest()


def _value(digest: str) -> int:
    # A seal edited into something that is not a digest counts as nothing: the row it belongs
    # to then no longer matches it, and is named.
    try:
        return int(digest, 16) % MODULUS
    except (TypeError, ValueError):
        return 0


def add(total: int, digest: str) -> int:
    """``total`` with one more seal in it."""
    return (total + _value(digest)) % MODULUS


def remove(total: int, digest: str) -> int:
    """``total`` with one seal taken out."""
    return (total - _value(digest)) % MODULUS


def as_hex(total: int) -> str:
    return f"{total:032x}"


def _digest_of(table: str, *values: Any) -> str:
    return row_digest(table, values)


def install_tracking(connection: sqlite.Connection) -> bool:
    """Have ``connection`` list every row its statements touch, with the seal the row had
    before (its digest as it was, None for a row the transaction added), in a temporary
    table; False when the workspace has no seals yet (an older schema, or one being made)."""
    found = connection.execute(
        "SELECT count(*) FROM main.sqlite_master WHERE type = 'table' AND name = 'seal'"
    ).fetchone()[0]
    if not found:
        return False
    connection.create_function("ge_digest", -1, _digest_of, deterministic=True)
    connection.execute(
        "CREATE TEMP TABLE IF NOT EXISTS ge_touched (tbl TEXT NOT NULL, pk NOT NULL, before, "
        "PRIMARY KEY (tbl, pk)) WITHOUT ROWID"
    )
    columns = {
        table: tuple(row[1] for row in connection.execute(f'PRAGMA main.table_info("{table}")'))
        for table in [*SEALED, "audit"]
    }
    for statement in _triggers(tuple(sorted(columns.items()))):
        connection.execute(statement)
    return True


@functools.cache
def _triggers(columns: tuple[tuple[str, tuple[str, ...]], ...]) -> list[str]:
    """The temporary triggers that list what a connection writes, for tables of ``columns``."""
    statements = []
    for table, names in columns:
        key = SEALED.get(table, "id")
        # The first touch of a row in a transaction keeps what it was before (OR IGNORE).
        old_values = ", ".join(f'OLD."{c}"' for c in names)
        was = f"ge_digest('{table}', {old_values})" if table in SEALED else "NULL"
        for when, rows in (
            ("INSERT", (("NEW", "NULL"),)),
            ("UPDATE", (("OLD", was), ("NEW", "NULL"))),
            ("DELETE", (("OLD", was),)),
        ):
            body = " ".join(
                f"INSERT OR IGNORE INTO ge_touched VALUES ('{table}', {row}.\"{key}\", {value});"
                for row, value in rows
            )
            statements.append(
                f"CREATE TEMP TRIGGER IF NOT EXISTS ge_track_{table}_{when.lower()} "
                f'AFTER {when} ON main."{table}" BEGIN {body} END'
            )
    return statements


def touched(connection: sqlite.Connection) -> dict[str, dict[Any, str | None]]:
    """The rows written since the last seal, by table (the audit trail included), each with
    the digest it had before (None if this transaction added it)."""
    found: dict[str, dict[Any, str | None]] = {}
    for table, pk, before in connection.execute("SELECT tbl, pk, before FROM temp.ge_touched"):
        found.setdefault(table, {})[pk] = before
    return found


def tampering(
    connection: sqlite.Connection, changed: dict[str, dict[Any, str | None]]
) -> str | None:
    """The first row this transaction touched that another program had changed, added or
    deleted since the application sealed it, in words; None when there is none.

    Checked before the rows are sealed anew, so that no change made past the application is
    ever sealed (laundered) by a later write of the application.
    """
    for table, rows in changed.items():
        if table not in SEALED:
            continue
        kept = stored_seals(connection, table, rows)
        for key, before in rows.items():
            seal = kept.get(str(key))
            if before is None and seal is not None:
                return _("{table} row {key} was deleted outside the application").format(
                    table=table, key=key
                )
            if before is not None and seal != before:
                sentence = (
                    _("{describe} was added outside the application")
                    if seal is None
                    else _("{describe} was changed outside the application")
                )
                return sentence.format(describe=describe(connection, table, str(key)))
    return None


def _chunks(items: list[Any]) -> Iterator[list[Any]]:
    for start in range(0, len(items), _CHUNK):
        yield items[start : start + _CHUNK]


def current_digests(
    connection: sqlite.Connection, table: str, keys: Iterable[Any] | None = None
) -> dict[str, str]:
    """The seals the rows of ``table`` (all, or those keyed ``keys``) would have now, by key."""
    key = SEALED[table]
    cursor = connection.execute(f'SELECT * FROM main."{table}" LIMIT 0')
    position = [d[0] for d in cursor.description].index(key)
    digests = {}
    queries = (
        [(f'SELECT * FROM main."{table}"', ())]
        if keys is None
        else [
            (
                f'SELECT * FROM main."{table}" WHERE "{key}" IN ({",".join("?" * len(part))})',
                tuple(part),
            )
            for part in _chunks(list(keys))
        ]
    )
    for query, parameters in queries:
        for row in connection.execute(query, parameters):
            digests[str(row[position])] = row_digest(table, tuple(row))
    return digests


def stored_seals(
    connection: sqlite.Connection, table: str, keys: Iterable[Any] | None = None
) -> dict[str, str]:
    """The seals kept for ``table`` (all, or those keyed ``keys``), by key."""
    if keys is None:
        rows = connection.execute("SELECT pk, digest FROM main.seal WHERE tbl = ?", (table,))
        return dict(rows)
    found: dict[str, str] = {}
    for part in _chunks([str(k) for k in keys]):
        found.update(
            connection.execute(
                f"SELECT pk, digest FROM main.seal WHERE tbl = ? AND pk IN "
                f"({','.join('?' * len(part))})",
                (table, *part),
            )
        )
    return found


@dataclass(frozen=True)
class State:
    """The seals' sum and count as the seal table's own record gives them, and the audit
    head recorded after the last seal."""

    total: int
    rows: int
    head: str | None
    sequence: str | None = None


def stored_state(connection: sqlite.Connection) -> State:
    meta = dict(connection.execute("SELECT pk, digest FROM main.seal WHERE tbl = ?", (META,)))
    rows = meta.get("rows", "0")
    return State(
        _value(meta.get("sum", "0")),
        int(rows) if str(rows).isdigit() else -1,
        meta.get("head"),
        meta.get("sequence"),
    )


def reseal(
    connection: sqlite.Connection, changed: dict[str, dict[Any, str | None]]
) -> tuple[State, bool]:
    """Bring the seals of the ``changed`` rows up to date; the new sum and count, and whether
    any data row was among them (else only the audit trail grew)."""
    state = stored_state(connection)
    total, rows = state.total, state.rows
    any_data = False
    for table, keys in changed.items():
        if table not in SEALED:
            continue
        any_data = True
        old = stored_seals(connection, table, keys)
        new = current_digests(connection, table, keys)
        for digest in old.values():
            total = remove(total, digest)
        for digest in new.values():
            total = add(total, digest)
        rows += len(new) - len(old)
        gone = [k for k in old if k not in new]
        for part in _chunks(gone):
            connection.execute(
                f"DELETE FROM main.seal WHERE tbl = ? AND pk IN ({','.join('?' * len(part))})",
                (table, *part),
            )
        connection.executemany(
            "INSERT OR REPLACE INTO main.seal (tbl, pk, digest) VALUES (?, ?, ?)",
            [(table, k, d) for k, d in new.items() if old.get(k) != d],
        )
    return State(total, rows, state.head, state.sequence), any_data


def reseal_all(connection: sqlite.Connection) -> State:
    """Seal every row anew (a workspace upgraded to a schema with seals)."""
    connection.execute("DELETE FROM main.seal")
    total, rows = 0, 0
    for table in SEALED:
        digests = current_digests(connection, table)
        connection.executemany(
            "INSERT INTO main.seal (tbl, pk, digest) VALUES (?, ?, ?)",
            [(table, k, d) for k, d in digests.items()],
        )
        for digest in digests.values():
            total = add(total, digest)
        rows += len(digests)
    return State(total, rows, None)


def sequence(connection: sqlite.Connection) -> str:
    """SQLite's AUTOINCREMENT counters as text (empty when no such table has had a row)."""
    try:
        rows = connection.execute("SELECT name, seq FROM main.sqlite_sequence ORDER BY name")
    except sqlite.OperationalError:
        return ""
    return ";".join(f"{name}={seq}" for name, seq in rows)


def write_state(connection: sqlite.Connection, state: State, head: str) -> None:
    connection.executemany(
        "INSERT OR REPLACE INTO main.seal (tbl, pk, digest) VALUES (?, ?, ?)",
        [
            (META, "sum", as_hex(state.total)),
            (META, "rows", str(state.rows)),
            (META, "head", head),
            (META, "sequence", sequence(connection)),
        ],
    )
    connection.execute("DELETE FROM temp.ge_touched")


def data_problems(connection: sqlite.Connection, describe: Any) -> tuple[list[str], int, int]:
    """Every row that does not match its seal, in words (``describe(table, key)`` names a
    row), and the sum and count of the seals as stored."""
    problems = []
    total, rows = 0, 0
    for table in SEALED:
        now = current_digests(connection, table)
        kept = stored_seals(connection, table)
        for digest in kept.values():
            total = add(total, digest)
        rows += len(kept)
        for key in sorted(now.keys() | kept.keys(), key=lambda k: (len(k), k)):
            if key not in kept:
                problems.append(
                    _("{describe} was added outside the application").format(
                        describe=describe(table, key)
                    )
                )
            elif key not in now:
                problems.append(
                    _("{table} row {key} was deleted outside the application").format(
                        table=table, key=key
                    )
                )
            elif now[key] != kept[key]:
                problems.append(
                    _("{describe} was changed outside the application").format(
                        describe=describe(table, key)
                    )
                )
    return problems, total, rows


_DESCRIBE = {
    "proposal": "SELECT 'proposal ' || reference FROM proposal WHERE id = ?",
    "evaluator": "SELECT 'evaluator ' || name FROM evaluator WHERE id = ?",
    "organisation": (
        "SELECT 'organisation ' || name || ' (' || country || ')' FROM organisation WHERE id = ?"
    ),
    "review": (
        "SELECT 'the review of ' || p.reference || ' by ' || e.name FROM review r "
        "JOIN proposal p ON p.id = r.proposal_id JOIN evaluator e ON e.id = r.evaluator_id "
        "WHERE r.id = ?"
    ),
    "score": (
        "SELECT 'the score of ' || s.criterion || ' in ' || p.reference || ' by ' || e.name "
        "FROM score s JOIN review r ON r.id = s.review_id JOIN proposal p ON p.id = "
        "r.proposal_id JOIN evaluator e ON e.id = r.evaluator_id WHERE s.id = ?"
    ),
    "member": (
        "SELECT 'the member ' || o.name || ' of ' || p.reference FROM member m JOIN proposal p "
        "ON p.id = m.proposal_id JOIN organisation o ON o.id = m.organisation_id WHERE m.id = ?"
    ),
    "conflict": (
        "SELECT 'the conflict of interest of ' || e.name || ' with ' || p.reference FROM "
        "conflict c JOIN proposal p ON p.id = c.proposal_id JOIN evaluator e ON e.id = "
        "c.evaluator_id WHERE c.id = ?"
    ),
    "consensus": (
        "SELECT 'the consensus score of ' || c.criterion || ' in ' || p.reference FROM "
        "consensus c JOIN proposal p ON p.id = c.proposal_id WHERE c.id = ?"
    ),
    "setting": "SELECT 'the setting “' || key || '”' FROM setting WHERE key = ?",
    "document": (
        "SELECT 'the document “' || d.name || '” of ' || p.reference FROM document d "
        "JOIN proposal p ON p.id = d.proposal_id WHERE d.id = ?"
    ),
    "feedback": (
        "SELECT 'the feedback on ' || coalesce('criterion ' || f.criterion, 'the whole proposal') "
        "|| ' of ' || p.reference FROM feedback f JOIN proposal p ON p.id = f.proposal_id "
        "WHERE f.id = ?"
    ),
}


def describe(connection: sqlite.Connection, table: str, key: str) -> str:
    """A row in words, e.g. "the score of 1.1 in RG-001 by Ana Petrović (score row 17)"."""
    generic = f"{table} row {key}"
    query = _DESCRIBE.get(table)
    if query is None:
        return generic
    try:
        found = connection.execute(query, (key,)).fetchone()
    except sqlite.Error:
        found = None
    return f"{found[0]} ({generic})" if found and found[0] else generic
