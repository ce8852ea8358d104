"""The workspace file: creating, opening, refusing what is not ours, leaving one clean file."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, SQLModel, select

from evaluator.errors import WorkspaceError
from evaluator.files.call_file import demo_call_path, load_call
from evaluator.services.calls import call_row
from evaluator.storage.models import Call, Organisation
from evaluator.storage.workspace import (
    APPLICATION_ID,
    create_workspace,
    head_revision,
    open_path,
    open_workspace,
)
from tests.factories import eligible_members, member_rows, new_workspace, workspace_with


def refused(path: Path) -> WorkspaceError:
    """The error opening ``path`` raises, after checking the file's bytes did not change."""
    before = path.read_bytes() if path.is_file() else None
    with pytest.raises(WorkspaceError) as caught:
        open_workspace(path)
    after = path.read_bytes() if path.is_file() else None
    assert after == before
    return caught.value


def sqlite_file(path: Path, *statements: str) -> Path:
    """An SQLite database at ``path`` built by running ``statements``."""
    connection = sqlite3.connect(path)
    for statement in statements:
        connection.execute(statement)
    connection.commit()
    connection.close()
    return path


def test_created_workspace_opens_with_its_call(tmp_path: Path) -> None:
    path = new_workspace(tmp_path)

    with open_path(path) as workspace, workspace.session() as session:
        call = session.exec(select(Call)).one()

    assert (call.code, call.title) == ("SB-RG-2023", "SMART Balkans Regional Grants")
    assert call.definition == demo_call_path().read_text(encoding="utf-8")


def test_created_workspace_carries_our_application_id_and_schema(tmp_path: Path) -> None:
    path = new_workspace(tmp_path)

    connection = sqlite3.connect(path)
    application_id = connection.execute("PRAGMA application_id").fetchone()[0]
    versions = connection.execute("SELECT version_num FROM alembic_version").fetchall()
    connection.close()

    assert application_id == APPLICATION_ID
    assert versions == [(head_revision(),)]


def test_second_create_on_the_same_path_is_refused(tmp_path: Path) -> None:
    path = new_workspace(tmp_path)
    before = path.read_bytes()
    spec, text_ = load_call(demo_call_path())

    with pytest.raises(WorkspaceError) as caught:
        create_workspace(path, lambda session: session.add(call_row(spec, text_)))

    assert str(caught.value) == f"{path} already exists; choose another file name or delete it."
    assert path.read_bytes() == before


def test_create_in_a_missing_folder_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "absent" / "call.gew"

    with pytest.raises(WorkspaceError) as caught:
        create_workspace(path, lambda session: None)

    assert "the folder" in str(caught.value)
    assert str(tmp_path / "absent") in str(caught.value)
    assert not (tmp_path / "absent").exists()


def test_failed_create_leaves_nothing_behind(tmp_path: Path) -> None:
    def populate(session: Session) -> None:
        session.add(Organisation(key="x|y", name="x", country="y", org_type="CSO"))
        session.flush()
        raise RuntimeError("the disk went away")

    with pytest.raises(RuntimeError, match="the disk went away"):
        create_workspace(tmp_path / "call.gew", populate)

    assert list(tmp_path.iterdir()) == []


def test_closed_workspace_is_one_file(tmp_path: Path) -> None:
    path = workspace_with(tmp_path, member_rows("RG-001", eligible_members()))
    (tmp_path / "proposals.csv").unlink()
    (tmp_path / "call.toml").unlink()

    workspace = open_workspace(path)
    with workspace.session() as session, session.begin():
        session.add(Organisation(key="a|b", name="a", country="b", org_type="CSO"))
    workspace.close()

    assert [p.name for p in tmp_path.iterdir()] == ["call.gew"]


def test_missing_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "nowhere.gew"

    assert str(refused(path)) == f"Workspace {path} does not exist."
    assert not path.exists()


def test_folder_is_refused(tmp_path: Path) -> None:
    assert str(refused(tmp_path)) == f"{tmp_path} is a folder, not a workspace file."


def test_text_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.gew"
    path.write_text("Sos Helpline Nikšić – notes\n", encoding="utf-8")

    assert str(refused(path)) == "notes.gew is not a Grant Evaluator workspace."


def test_empty_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "empty.gew"
    path.write_bytes(b"")

    assert str(refused(path)) == "empty.gew is not a Grant Evaluator workspace."


def test_other_sqlite_database_is_refused(tmp_path: Path) -> None:
    path = sqlite_file(tmp_path / "other.gew", "CREATE TABLE t (x)", "INSERT INTO t VALUES (1)")

    assert str(refused(path)) == (
        "other.gew is an SQLite database, but not a Grant Evaluator workspace."
    )


def test_database_with_our_id_but_no_schema_version_is_refused(tmp_path: Path) -> None:
    path = sqlite_file(
        tmp_path / "odd.gew", f"PRAGMA application_id = {APPLICATION_ID}", "CREATE TABLE t (x)"
    )

    assert str(refused(path)) == "odd.gew has no schema version; it is not a usable workspace."


@pytest.mark.parametrize("keep", [0.5, 0.1])
def test_truncated_workspace_is_refused(tmp_path: Path, keep: float) -> None:
    whole = workspace_with(tmp_path, member_rows("RG-001", eligible_members())).read_bytes()
    path = tmp_path / "truncated.gew"
    path.write_bytes(whole[: int(len(whole) * keep)])

    message = str(refused(path))

    assert message.startswith("truncated.gew is damaged")


def test_workspace_from_a_newer_version_is_refused(tmp_path: Path) -> None:
    path = new_workspace(tmp_path)
    sqlite_file(path, "UPDATE alembic_version SET version_num = '9999_future'")

    message = str(refused(path))

    assert message == (
        "call.gew was made by a newer version of Grant Evaluator (schema 9999_future); "
        "update the application to open it."
    )


def test_foreign_keys_are_enforced(tmp_path: Path) -> None:
    path = workspace_with(tmp_path, member_rows("RG-001", eligible_members()))

    with open_path(path) as workspace, workspace.session() as session:
        assert session.connection().execute(text("PRAGMA foreign_keys")).one() == (1,)
        organisation = session.exec(
            select(Organisation).where(Organisation.name == "Sos Helpline Nikšić")
        ).one()
        with pytest.raises(IntegrityError, match="FOREIGN KEY"):
            session.connection().execute(
                text("DELETE FROM organisation WHERE id = :id"), {"id": organisation.id}
            )
        session.rollback()

    with open_path(path) as workspace, workspace.session() as session:
        names = session.exec(select(Organisation.name)).all()
    assert "Sos Helpline Nikšić" in names


def test_migrations_build_exactly_the_models_schema(tmp_path: Path) -> None:
    path = new_workspace(tmp_path)

    with open_path(path) as workspace, workspace.engine.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"compare_type": True, "compare_server_default": True}
        )
        differences = compare_metadata(context, SQLModel.metadata)

    assert differences == []


@pytest.mark.parametrize(
    "make",
    [
        lambda p: p.write_bytes(b""),
        lambda p: p.write_text("reference,title\n", encoding="utf-8"),
    ],
    ids=["empty", "text"],
)
def test_refused_file_is_not_locked_or_joined_by_side_files(
    tmp_path: Path, make: Callable[[Path], object]
) -> None:
    path = tmp_path / "x.gew"
    make(path)

    refused(path)

    assert [p.name for p in tmp_path.iterdir()] == ["x.gew"]
