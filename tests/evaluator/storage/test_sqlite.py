"""The engine module: the one place that calls SQLite, and what its errors mean by their code."""

from __future__ import annotations

import ast
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from evaluator.storage import sqlite
from tests.evaluator.storage.workspace_faults import held_lock

ROOT = Path(__file__).resolve().parents[3]


def imports_sqlite3(path: Path) -> bool:
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import) and any(a.name == "sqlite3" for a in node.names):
            return True
        if isinstance(node, ast.ImportFrom) and node.module == "sqlite3":
            return True
    return False


def test_only_the_engine_module_imports_the_driver() -> None:
    sources = sorted([*(ROOT / "evaluator").rglob("*.py"), *(ROOT / "ui").rglob("*.py")])

    importers = [str(p.relative_to(ROOT)) for p in sources if imports_sqlite3(p)]

    assert importers == ["evaluator/storage/sqlite.py"]


def database(path: Path) -> Path:
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("CREATE TABLE score (review_id, criterion, value)")
        connection.executemany(
            "INSERT INTO score VALUES (?, ?, ?)",
            [(1, "1.1", "4"), (1, "1.2", "Nikšić “MIOS”"), (2, "1.1", "Здружение")],
        )
        connection.commit()
    return path


def test_a_lock_held_by_another_program_is_busy_by_its_code(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sqlite, "BUSY_TIMEOUT_MS", 100)
    path = database(tmp_path / "locked.db")
    with (
        held_lock(path),
        closing(sqlite.connect(path, "ro")) as connection,
        pytest.raises(sqlite.DatabaseError) as caught,
    ):
        connection.execute("SELECT * FROM score").fetchall()

    assert sqlite.is_busy(caught.value)
    assert not sqlite.is_damaged(caught.value)


def test_the_words_of_an_error_do_not_decide_what_it_means() -> None:
    worded = sqlite3.OperationalError("database is locked; disk is full; readonly")

    assert not sqlite.is_busy(worded)
    assert not sqlite.is_full(worded)
    assert not sqlite.is_read_only(worded)
    assert not sqlite.is_busy(None)


def test_a_write_through_a_read_only_connection_is_read_only(tmp_path: Path) -> None:
    path = database(tmp_path / "data.db")
    with (
        closing(sqlite.connect(path, "ro")) as connection,
        pytest.raises(sqlite.DatabaseError) as caught,
    ):
        connection.execute("DELETE FROM score")

    assert sqlite.is_read_only(caught.value)
    assert not sqlite.is_busy(caught.value)


def test_a_file_that_is_not_a_database_is_damaged(tmp_path: Path) -> None:
    path = tmp_path / "garbage.db"
    path.write_bytes(b"\xa5" * 4096)
    with (
        closing(sqlite.connect(path, "ro")) as connection,
        pytest.raises(sqlite.DatabaseError) as caught,
    ):
        connection.execute("SELECT * FROM sqlite_master").fetchall()

    assert sqlite.is_damaged(caught.value)
    assert not sqlite.is_database(path.read_bytes()[: sqlite.HEADER_BYTES])


def test_json_groups_pack_one_object_per_group(tmp_path: Path) -> None:
    with closing(sqlite.connect(database(tmp_path / "data.db"), "ro")) as connection:
        rows = sorted(
            sqlite.json_groups(
                connection, "score", by="review_id", key="criterion", values=("value",)
            )
        )

    assert rows == [(1, {"1.1": "4", "1.2": "Nikšić “MIOS”"}), (2, {"1.1": "Здружение"})]


def test_a_copy_holds_the_same_rows_and_passes_its_check(tmp_path: Path) -> None:
    source = database(tmp_path / "data.db")
    target = tmp_path / "copy.db"

    assert sqlite.copy_database(source, target) is None

    with closing(sqlite.connect(target, "ro")) as connection:
        assert connection.execute("SELECT * FROM score ORDER BY rowid").fetchall() == [
            (1, "1.1", "4"),
            (1, "1.2", "Nikšić “MIOS”"),
            (2, "1.1", "Здружение"),
        ]
        assert sqlite.quick_check(connection) is None
