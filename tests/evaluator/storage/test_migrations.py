"""A workspace made by an earlier version opens in this one, upgraded, with its data intact."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from alembic import command
from sqlalchemy import Engine

from evaluator.files.call_file import load_call
from evaluator.services.calls import call_row
from evaluator.services.evaluators import list_evaluators
from evaluator.services.proposals import list_proposals
from evaluator.storage import revisions
from evaluator.storage.sqlite import APPLICATION_ID, file_engine
from evaluator.storage.workspace import head_revision, open_path
from tests.factories import demo_call_text


def old_with_call(folder: Path, revision: str) -> tuple[Path, Engine]:
    """A workspace at schema ``revision`` holding the demo call, and an engine on it."""
    path = folder / "old.gew"
    engine = file_engine(path)
    with engine.begin() as connection:
        connection.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
        command.upgrade(revisions.config(connection), revision)
        call = folder / "call.toml"
        call.write_text(demo_call_text(), encoding="utf-8")
        spec, text = load_call(call)
        row = call_row(spec, text)
        connection.exec_driver_sql(
            "INSERT INTO call (code, title, definition, created_at) VALUES (?, ?, ?, ?)",
            (row.code, row.title, row.definition, "2026-11-27 03:40:00"),
        )
    return path, engine


def downgraded(pristine: Path, folder: Path, revision: str) -> Path:
    """A copy of the workspace ``pristine`` in ``folder``, taken back to schema ``revision``."""
    path = folder / "demo.gew"
    path.write_bytes(pristine.read_bytes())
    engine = file_engine(path)
    with engine.connect() as connection:
        # On the driver's connection: through SQLAlchemy the pragma would open a transaction,
        # and inside one SQLite ignores it.
        driver = connection.connection.dbapi_connection
        assert driver is not None
        driver.execute("PRAGMA foreign_keys = OFF")
        with connection.begin():
            command.downgrade(revisions.config(connection), revision)
    engine.dispose()
    return path


def test_a_schema_0001_workspace_is_upgraded_on_open_and_keeps_its_data(tmp_path: Path) -> None:
    path, engine = old_with_call(tmp_path, "0001")
    with engine.begin() as connection:
        connection.exec_driver_sql(
            "INSERT INTO organisation (key, name, country, org_type, address, "
            "registration_number, representative, email) VALUES "
            "('sos helpline nikšić|montenegro', 'Sos Helpline Nikšić', 'Montenegro', 'CSO', "
            "'', '', '', '')"
        )
        connection.exec_driver_sql(
            "INSERT INTO proposal (reference, title, summary, priority_area, topics, "
            "requested_amount, duration_months, eligible, reasons, source_file, imported_at) "
            "VALUES ('RG-001', 'Regional helpline', '', 'Governance', ?, '58000.00', 18, 0, ?, "
            "'old.csv', '2026-11-27 03:41:00')",
            ('["Corruption"]', '["MIN_MEMBERS"]'),
        )
        connection.exec_driver_sql(
            "INSERT INTO member (proposal_id, organisation_id, role, position) VALUES (1, 1, 'lead', 0)"
        )
    engine.dispose()
    assert head_revision() != "0001"

    with open_path(path) as workspace, workspace.session() as session:
        proposals = list_proposals(session)
        evaluators = list_evaluators(session)

    assert [(p.reference, str(p.requested_amount), p.reasons) for p in proposals] == [
        ("RG-001", "58000.00", ["MIN_MEMBERS"])
    ]
    assert proposals[0].members[0].organisation == "Sos Helpline Nikšić"
    assert evaluators == []
    db = sqlite3.connect(path)
    assert db.execute("SELECT version_num FROM alembic_version").fetchall() == [(head_revision(),)]
    db.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["call.toml", "old.gew"]


def test_a_schema_0005_workspace_is_sealed_and_rekeyed_on_open(tmp_path: Path) -> None:
    """Keys made before names were cleaned lose their invisible characters, and the data is
    sealed at the upgrade, so that verify holds it to its trail from then on."""
    path, engine = old_with_call(tmp_path, "0005")
    with engine.begin() as connection:
        connection.exec_driver_sql(
            "INSERT INTO organisation (key, name, country, org_type, address, "
            "registration_number, representative, email) VALUES "
            "('sos\u200b helpline nikšić|montenegro', 'Sos\u200b Helpline Nikšić', 'Montenegro', "
            "'CSO', '', '', '', '')"
        )
    engine.dispose()

    with open_path(path):
        pass

    db = sqlite3.connect(path)
    assert db.execute("SELECT key FROM organisation").fetchall() == [
        ("sos helpline nikšić|montenegro",)
    ]
    assert db.execute(
        "SELECT count(*) FROM audit WHERE action = 'sealed' AND reason = 'upgraded from schema 0005'"
    ).fetchone() == (1,)
    db.close()
    from evaluator.storage.workspace import verify

    assert verify(path).problems == []


def test_an_upgrade_that_rebuilds_a_table_keeps_every_row_that_refers_to_it(
    pristine_demo: Path, tmp_path: Path
) -> None:
    """Schema 0006 rebuilds the review table; scores refer to it ON DELETE CASCADE, so with
    foreign keys on the rebuild would delete every score (and verify would seal the loss)."""
    path = downgraded(pristine_demo, tmp_path, "0005")

    def counts() -> tuple[int, ...]:
        connection = sqlite3.connect(path)
        found = tuple(
            connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("score", "review", "conflict", "consensus", "member")
        )
        connection.close()
        return found

    before = counts()
    assert before[0] > 400

    with open_path(path):
        pass

    assert counts() == before
    from evaluator.storage.workspace import verify

    assert verify(path).problems == []


def test_a_schema_0007_workspace_gains_feedback_and_award_reasons_on_open(
    pristine_demo: Path, tmp_path: Path
) -> None:
    """0008 adds the chair's feedback table and the reason for an award below the request;
    the rows already there keep their data and are sealed again, and verify holds."""
    path = downgraded(pristine_demo, tmp_path, "0007")
    db = sqlite3.connect(path)
    awards = db.execute("SELECT reference, awarded_amount FROM proposal ORDER BY id").fetchall()
    db.close()

    with open_path(path):
        pass

    db = sqlite3.connect(path)
    assert db.execute("SELECT version_num FROM alembic_version").fetchall() == [(revisions.head(),)]
    assert db.execute("SELECT count(*) FROM feedback").fetchone() == (0,)
    assert db.execute(
        "SELECT count(*) FROM proposal WHERE award_reason IS NOT NULL"
    ).fetchone() == (0,)
    assert (
        db.execute("SELECT reference, awarded_amount FROM proposal ORDER BY id").fetchall()
        == awards
    )
    db.close()
    from evaluator.storage.workspace import verify

    assert verify(path).problems == []
