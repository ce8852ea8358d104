"""Faults a workspace meets in the field: a damaged page, another program holding it locked."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

# A second program that takes the workspace's exclusive lock, as a writer does while it
# commits, and holds it until told (a line on its stdin, or stdin closed).
HOLD_LOCK = """
import sqlite3, sys
connection = sqlite3.connect(sys.argv[1], isolation_level=None)
connection.execute("BEGIN EXCLUSIVE")
print("locked", flush=True)
sys.stdin.readline()
connection.execute("ROLLBACK")
connection.close()
"""


@contextmanager
def held_lock(path: Path) -> Iterator[subprocess.Popen[str]]:
    """Another process holds ``path`` locked (BEGIN EXCLUSIVE) for the ``with`` block."""
    with subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    ) as holder:
        try:
            assert holder.stdout is not None and holder.stdout.readline() == "locked\n"
            yield holder
        finally:
            release(holder)
            holder.wait(timeout=10)


def release(holder: subprocess.Popen[str]) -> None:
    """Let the lock holder roll back and end (closing its stdin)."""
    assert holder.stdin is not None
    holder.stdin.close()


def page_size(path: Path) -> int:
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return int(connection.execute("PRAGMA page_size").fetchone()[0])
    finally:
        connection.close()


def pages_of(path: Path, name: str) -> list[int]:
    """The page numbers of a table or index (SQLite's dbstat), root first."""
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        rows = connection.execute(
            "SELECT pageno FROM dbstat WHERE name = ? ORDER BY path", (name,)
        ).fetchall()
    finally:
        connection.close()
    assert rows, f"{name} has no pages"
    return [int(row[0]) for row in rows]


def overwrite_page(path: Path, page: int) -> None:
    """Fill one database page with garbage, as a bad sector or a torn write would."""
    size = page_size(path)
    with path.open("r+b") as handle:
        handle.seek((page - 1) * size)
        handle.write(bytes([0xA5]) * size)


def damage_index(path: Path, index: str = "ix_proposal_reference") -> int:
    """Garble the root page of an index (every lookup by reference goes through it)."""
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        root = connection.execute(
            "SELECT rootpage FROM sqlite_master WHERE type = 'index' AND name = ?", (index,)
        ).fetchone()[0]
    finally:
        connection.close()
    overwrite_page(path, int(root))
    return int(root)


def damage_table(path: Path, table: str) -> int:
    """Garble the last leaf page of a table: some of its rows can no longer be read."""
    page = pages_of(path, table)[-1]
    overwrite_page(path, page)
    return page


def quick_check(path: Path) -> list[str]:
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return [str(row[0]) for row in connection.execute("PRAGMA quick_check")]
    finally:
        connection.close()
