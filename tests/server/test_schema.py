"""One Alembic history for both engines: the migrations build the same tables, columns, keys
and indexes on PostgreSQL as on a SQLite workspace file (issue 15, item 1)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine, create_engine, inspect

from evaluator.storage import revisions
from tests.factories import new_workspace
from tests.postgres import Server


def postgres_engine(url: str) -> Engine:
    return create_engine(url.replace("postgresql://", "postgresql+psycopg://", 1))


def shape(engine: Engine) -> dict[str, object]:
    """Every table with its columns (name, nullability, a coarse type), primary key, foreign
    keys and unique indexes, as the engine reports them."""
    seen = inspect(engine)
    tables: dict[str, object] = {}
    for table in sorted(t for t in seen.get_table_names() if t != "alembic_version"):
        columns = {
            c["name"]: (c["nullable"], type(c["type"]).__mro__[-3].__name__)
            for c in seen.get_columns(table)
        }
        keys = sorted(
            (tuple(k["constrained_columns"]), k["referred_table"], tuple(k["referred_columns"]))
            for k in seen.get_foreign_keys(table)
        )
        unique = sorted(
            tuple(i["column_names"]) for i in seen.get_indexes(table) if i.get("unique")
        ) + sorted(tuple(u["column_names"]) for u in seen.get_unique_constraints(table))
        tables[table] = {
            "columns": columns,
            "primary": tuple(seen.get_pk_constraint(table)["constrained_columns"]),
            "foreign": keys,
            "unique": sorted(set(unique)),
        }
    return tables


def test_the_migrations_build_the_same_schema_on_both_engines(
    pg_server: Server, pg_url: str, tmp_path: Path
) -> None:
    engine = postgres_engine(pg_url)
    with engine.begin() as connection:
        revisions.upgrade(connection)
    with engine.connect() as connection:
        version = connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
    assert version == revisions.head()

    file_engine = create_engine(f"sqlite:///{new_workspace(tmp_path)}")
    on_server, on_file = shape(engine), shape(file_engine)
    engine.dispose()
    file_engine.dispose()
    assert sorted(on_server) == sorted(on_file)
    for table in on_file:
        assert on_server[table] == on_file[table], table
