"""A workspace file edited with any SQLite tool: verify names what changed, and a planted trigger
never runs inside the application's writes."""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from evaluator.storage import seals
from evaluator.storage.audit import entry_hash
from evaluator.storage.models import Audit
from tests.cli_helpers import ok, run
from tests.factories import edit_with_sqlite as sql


@pytest.fixture
def demo(pristine_demo: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "demo.gew"
    shutil.copyfile(pristine_demo, copy)
    return copy


def verify_json(capsys: pytest.CaptureFixture[str], workspace: Path, *anchors: str) -> dict:
    argv: list[str | Path] = ["-w", workspace, "verify", "--format", "json"]
    for anchor in anchors:
        argv += ["--anchor", anchor]
    code, out, _ = run(capsys, *argv)
    result = json.loads(out)
    assert code == (0 if result["ok"] else 1)
    return result


def test_a_healthy_workspace_verifies_and_prints_its_audit_head(
    demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = ok(capsys, demo, "verify")
    result = verify_json(capsys, demo)
    assert result["ok"] and result["problems"] == []
    assert (
        out.splitlines()[-1] == f"audit head: {result['audit_head']} ({result['entries']} entries)"
    )


@pytest.mark.parametrize(
    ("statement", "named"),
    [
        (
            "UPDATE score SET value = '1' WHERE id = 3",
            "the score of 1.3 in RG-001 by Ana Stojanovska (score row 3) was changed outside the application",
        ),
        (
            "UPDATE proposal SET requested_amount = '59999.00' WHERE reference = 'RG-002'",
            "proposal RG-002 (proposal row 2) was changed outside the application",
        ),
        (
            "UPDATE review SET excluded = 1, exclusion_reason = 'x' WHERE id = 4",
            "the review of RG-002 by Jelena Đurović (review row 4) was changed outside the application",
        ),
        ("DELETE FROM score WHERE id = 5", "score row 5 was deleted outside the application"),
        (
            "INSERT INTO consensus (id, proposal_id, criterion, value, reason, set_at) "
            "VALUES (999, 1, '1.1', '5', 'forged', '2026-01-01 00:00:00')",
            "the consensus score of 1.1 in RG-001 (consensus row 999) was added outside the application",
        ),
        (
            "UPDATE setting SET value = 'x' WHERE key = 'workspace_id'",
            "the setting “workspace_id” (setting row workspace_id) was changed outside the application",
        ),
    ],
    ids=["score", "amount", "exclusion", "deleted", "added", "setting"],
)
def test_verify_names_a_row_changed_outside_the_application(
    demo: Path, capsys: pytest.CaptureFixture[str], statement: str, named: str
) -> None:
    if "workspace_id" in statement:
        ok(capsys, demo, "export-package", "Ana Stojanovska", "--out", demo.parent / "a.gep")
    sql(demo, statement)
    result = verify_json(capsys, demo)
    assert not result["ok"]
    assert named in result["problems"]
    code, _, err = run(capsys, "-w", demo, "verify")
    assert code == 1 and f"  {named}" in err.splitlines()


def test_the_newest_audit_entries_deleted_are_found(
    demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ok(capsys, demo, "award", "RG-011", "--amount", "30000")
    sql(demo, "DELETE FROM audit WHERE id > (SELECT max(id) - 2 FROM audit)")
    result = verify_json(capsys, demo)
    assert not result["ok"]
    assert any("newest entries were deleted" in p for p in result["problems"])


def test_seals_edited_to_match_the_data_are_found(
    demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    connection = sqlite3.connect(demo)
    row = connection.execute("SELECT * FROM score WHERE id = 3").fetchone()
    forged = (*row[:3], "1", *row[4:])
    with connection:
        connection.execute("UPDATE score SET value = '1' WHERE id = 3")
        connection.execute(
            "UPDATE seal SET digest = ? WHERE tbl = 'score' AND pk = '3'",
            (seals.row_digest("score", forged),),
        )
    connection.close()
    result = verify_json(capsys, demo)
    assert result["problems"] == [
        "the row seals were edited outside the application: they no longer add up to the sum "
        "they record"
    ]


def rewrite_consistently(workspace: Path) -> None:
    """Change a score and rewrite its seal, the seals' sum and the trail's newest entry with
    the application's own rules: what verify alone cannot tell from the truth."""
    connection = sqlite3.connect(workspace)
    with connection:
        row = connection.execute("SELECT * FROM score WHERE id = 3").fetchone()
        connection.execute("UPDATE score SET value = '1' WHERE id = 3")
        new = seals.row_digest("score", (*row[:3], "1", *row[4:]))
        old = connection.execute("SELECT digest FROM seal WHERE tbl='score' AND pk='3'").fetchone()[
            0
        ]
        connection.execute("UPDATE seal SET digest = ? WHERE tbl = 'score' AND pk = '3'", (new,))
        state = seals.stored_state(connection)
        total = seals.add(seals.remove(state.total, old), new)
        connection.execute(
            "UPDATE seal SET digest = ? WHERE tbl = '' AND pk = 'sum'", (seals.as_hex(total),)
        )
        last = connection.execute(
            "SELECT id, at, actor, action, subject, reference, changes, reason, prev_hash "
            "FROM audit ORDER BY id DESC LIMIT 1"
        ).fetchone()
        changes = dict(json.loads(last[6]), sum=seals.as_hex(total))
        from datetime import UTC, datetime

        entry = Audit(at=datetime.fromisoformat(last[1]).replace(tzinfo=UTC), actor=last[2], action=last[3],
                      subject=last[4], reference=last[5], changes=changes, reason=last[7],
                      prev_hash=last[8], hash="")  # fmt: skip
        digest = entry_hash(last[8], entry)
        connection.execute(
            "UPDATE audit SET changes = ?, hash = ? WHERE id = ?",
            (json.dumps(changes, ensure_ascii=False), digest, last[0]),
        )
        connection.execute("UPDATE seal SET digest = ? WHERE tbl = '' AND pk = 'head'", (digest,))
    connection.close()


def test_a_whole_consistent_rewrite_is_caught_only_by_an_anchor(
    demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The limit the README states: without a secret, a rewrite done with the application's
    own rules looks consistent; the head printed earlier (on a report, a letter) shows it."""
    head = verify_json(capsys, demo)["audit_head"]
    rewrite_consistently(demo)

    assert verify_json(capsys, demo)["ok"]
    result = verify_json(capsys, demo, head)
    assert result["problems"] == [
        f"the audit head {head} is not in the trail: the trail was rewritten or cut short "
        "after it was written down"
    ]


def test_an_anchor_still_in_the_trail_passes(
    demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    head = verify_json(capsys, demo)["audit_head"]
    ok(capsys, demo, "award", "RG-011", "--amount", "30000")
    assert verify_json(capsys, demo, head)["ok"]


def test_a_malformed_anchor_is_a_usage_error(
    demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, "-w", demo, "verify", "--anchor", "abc")
    assert code == 2 and "is not an audit head (64 hex digits)" in err


REWRITE = (
    "CREATE TRIGGER rewrite AFTER INSERT ON score BEGIN "
    "UPDATE score SET value = '5' WHERE id = NEW.id; END"
)
HANG = (
    "CREATE TRIGGER hang BEFORE INSERT ON audit BEGIN SELECT count(*) FROM (WITH RECURSIVE "
    "c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT x FROM c); END"
)


def scores_as_stored(workspace: Path) -> list[tuple]:
    connection = sqlite3.connect(workspace)
    rows = connection.execute("SELECT * FROM score ORDER BY id").fetchall()
    connection.close()
    return rows


def test_a_planted_trigger_never_runs_in_an_import(
    game, capsys: pytest.CaptureFixture[str]
) -> None:
    sql(game.chair, REWRITE)
    before = scores_as_stored(game.chair)
    name = next(iter(game.returns))

    code, _, err = run(capsys, "-w", game.chair, "import-returns", game.returns[name])

    assert code == 1
    assert "holds database objects that Grant Evaluator does not create (trigger “rewrite”)" in err
    assert scores_as_stored(game.chair) == before
    result = verify_json(capsys, game.chair)
    assert (
        "the schema holds a trigger “rewrite” that Grant Evaluator does not create"
        in result["problems"]
    )


def test_a_trigger_that_would_hang_every_write_is_refused_at_once(demo: Path) -> None:
    sql(demo, HANG)
    started = time.monotonic()
    finished = subprocess.run(
        [sys.executable, "-m", "evaluator", "-w", str(demo), "award", "RG-011", "--amount", "30000"],
        capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert finished.returncode == 1
    assert "trigger “hang”" in finished.stderr
    assert time.monotonic() - started < 30
    # Reading still works, with a warning.
    listing = subprocess.run(
        [sys.executable, "-m", "evaluator", "-w", str(demo), "proposals", "--format", "json"],
        capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert listing.returncode == 0 and "RG-001" in listing.stdout


# --- found by the review of this change ----------------------------------------------------------


def test_audit_entries_cut_with_the_seal_tables_head_are_found(
    demo: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    ok(capsys, demo, "contracts", "--out", tmp_path / "drafts")  # audit entries, no data change
    sql(
        demo,
        "DELETE FROM audit WHERE id > (SELECT max(id) FROM audit WHERE action = 'sealed')",
        "DELETE FROM seal WHERE tbl = '' AND pk = 'head'",
    )
    assert any(
        "the seal table does not record where the audit trail ended" in p
        for p in verify_json(capsys, demo)["problems"]
    )


@pytest.mark.parametrize(
    "statement",
    [
        "INSERT INTO seal VALUES ('foo', '1', 'abcd')",
        "INSERT INTO seal VALUES ('audit', '1', 'x')",
        "INSERT INTO seal VALUES ('', 'x', '1')",
    ],
)
def test_rows_planted_in_the_seal_table_are_named(
    demo: Path, capsys: pytest.CaptureFixture[str], statement: str
) -> None:
    sql(demo, statement)
    assert any("the seal table holds a row" in p for p in verify_json(capsys, demo)["problems"])


REBUILT_EVALUATOR = [
    "PRAGMA foreign_keys = OFF",
    "CREATE TABLE ev2 (id INTEGER NOT NULL, key VARCHAR NOT NULL, name VARCHAR NOT NULL, "
    "country VARCHAR NOT NULL, email VARCHAR NOT NULL, created_at DATETIME NOT NULL, "
    "login VARCHAR, "
    "PRIMARY KEY (id), CONSTRAINT uq_evaluator_key UNIQUE (key), CHECK (name NOT LIKE 'Zed%'))",
    "INSERT INTO ev2 SELECT * FROM evaluator",
    "DROP TABLE evaluator",
    "ALTER TABLE ev2 RENAME TO evaluator",
    "CREATE UNIQUE INDEX uq_evaluator_login ON evaluator (login)",
]


@pytest.mark.parametrize(
    ("statements", "named"),
    [
        (REBUILT_EVALUATOR, "the table “evaluator” is not defined as this version defines it"),
        (
            [
                "DROP INDEX ix_proposal_reference",
                "CREATE UNIQUE INDEX ix_proposal_reference ON proposal (reference DESC)",
            ],
            "the index “ix_proposal_reference” is not defined as this version defines it",
        ),
        (
            [
                "DROP INDEX ix_audit_reference",
                "CREATE INDEX ix_audit_reference ON audit (reference COLLATE NOCASE)",
            ],
            "the index “ix_audit_reference” is not defined as this version defines it",
        ),
        (["PRAGMA user_version = 7"], "the file's user_version is 7, not 0"),
        (
            ["PRAGMA journal_mode = WAL"],
            "the file is set to a write-ahead log (WAL), which the application never sets",
        ),
    ],
    ids=["check-constraint", "index-desc", "index-collation", "user-version", "wal"],
)
def test_a_changed_definition_is_named_and_never_written(
    demo: Path, capsys: pytest.CaptureFixture[str], statements: list[str], named: str
) -> None:
    connection = sqlite3.connect(demo, isolation_level=None)
    for statement in statements:
        connection.execute(statement)
    if "WAL" in statements[0]:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    before = demo.read_bytes()

    assert named in verify_json(capsys, demo)["problems"]
    code, _, err = run(capsys, "-w", demo, "evaluator-add", "Zed Zedić")
    assert code == 1 and "Traceback" not in err
    assert "was changed by another program" in err or "does not create" in err
    assert demo.read_bytes() == before


def test_a_version_set_back_is_refused_not_upgraded_again(
    demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # 0006 made the seals and 0007 the documents: a 0005 workspace holds neither.
    sql(demo, "UPDATE alembic_version SET version_num = '0005'")
    before = demo.read_bytes()
    code, _, err = run(capsys, "-w", demo, "award", "RG-011", "--amount", "30000")
    assert code == 1 and "Traceback" not in err
    assert "holds database objects that Grant Evaluator does not create (index" in err
    assert "another program changed it, so it is not written to." in err
    assert demo.read_bytes() == before


def old_workspace(folder: Path, *statements: str) -> Path:
    """A schema 0005 workspace (the version before this one), changed by ``statements``."""
    from alembic import command

    from evaluator.storage.workspace import APPLICATION_ID, _alembic_config, _engine

    path = folder / "old.gew"
    engine = _engine(path)
    with engine.begin() as connection:
        connection.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
        command.upgrade(_alembic_config(connection), "0005")
        for statement in statements:
            connection.exec_driver_sql(statement)
    engine.dispose()
    return path


@pytest.mark.parametrize(
    "statement",
    [
        "CREATE TABLE seal (tbl VARCHAR, pk VARCHAR, digest VARCHAR)",
        "CREATE INDEX zz ON proposal (title)",
        "CREATE TRIGGER t AFTER INSERT ON score BEGIN SELECT 1; END",
    ],
    ids=["table", "index", "trigger"],
)
def test_an_older_workspace_with_planted_objects_is_not_upgraded(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], statement: str
) -> None:
    path = old_workspace(tmp_path, statement)
    before = path.read_bytes()
    code, _, err = run(capsys, "-w", path, "evaluator-add", "Ana")
    assert code == 1 and "Traceback" not in err
    assert "does not create" in err
    assert path.read_bytes() == before


def test_verify_of_an_older_workspace_gives_its_real_audit_head(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = old_workspace(
        tmp_path,
        "INSERT INTO audit (at, actor, action, subject, reference, changes, reason, prev_hash, "
        f"hash) VALUES ('2026-11-27 03:40:00', 'ana', 'created', 'x', NULL, '{{}}', NULL, "
        f"'{'0' * 64}', '{'a' * 64}')",
    )
    result = verify_json(capsys, path)
    assert (result["audit_head"], result["entries"]) == ("a" * 64, 1)


# --- found by the second review ------------------------------------------------------------------


def test_a_row_changed_outside_is_never_sealed_by_a_later_write(
    demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Writing over a tampered row would seal the change as the application's own: refused."""
    sql(demo, "UPDATE proposal SET awarded_amount = '31000.00' WHERE reference = 'RG-019'")
    code, _, err = run(
        capsys, "-w", demo, "award", "RG-019", "--amount", "36000", "--reason", "Travel cut."
    )
    assert (code, err) == (
        1,
        "grant-evaluator: demo.gew: proposal RG-019 (proposal row 19) was changed outside the "
        "application, so the application does not write over it; nothing was changed. `verify` "
        "lists every such change; restore a backup to go on.\n",
    )
    assert (
        "proposal RG-019 (proposal row 19) was changed outside the application"
        in (verify_json(capsys, demo)["problems"])
    )
    ok(capsys, demo, "award", "RG-011", "--amount", "30000")  # untouched rows can still change
    assert not verify_json(capsys, demo)["ok"]


def test_a_row_deleted_outside_is_not_replaced_under_its_seal(
    demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """SQLite reuses the highest id: an insert would take the deleted row's seal."""
    newest = sqlite3.connect(demo).execute("SELECT max(id) FROM evaluator").fetchone()[0]
    sql(demo, f"DELETE FROM evaluator WHERE id = {newest}")
    code, _, err = run(capsys, "-w", demo, "evaluator-add", "Zoe Quiet")
    assert code == 1 and f"evaluator row {newest} was deleted outside the application" in err
    assert (
        f"evaluator row {newest} was deleted outside the application"
        in (verify_json(capsys, demo)["problems"])
    )


def test_deleted_audit_entries_are_not_hidden_by_the_next_write(
    demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ok(capsys, demo, "award", "RG-011", "--amount", "30000")
    sql(demo, "DELETE FROM audit WHERE id >= (SELECT max(id) - 1 FROM audit)")
    code, _, err = run(capsys, "-w", demo, "evaluator-add", "Zoe Quiet")
    assert code == 1 and "the audit trail does not end where the application left it" in err
    assert not verify_json(capsys, demo)["ok"]


def test_autoincrement_counters_set_back_are_found_and_refused(
    demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sql(demo, "UPDATE sqlite_sequence SET seq = 1 WHERE name = 'review'")
    assert (
        "SQLite's AUTOINCREMENT counters (sqlite_sequence) were changed outside the application"
        in verify_json(capsys, demo)["problems"]
    )
    code, _, err = run(capsys, "-w", demo, "evaluator-add", "Zoe Quiet")
    assert code == 1 and "AUTOINCREMENT counters were set back" in err


def test_a_seal_that_is_not_a_digest_is_named_not_a_traceback(
    demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sql(demo, "UPDATE seal SET digest = 'x' WHERE tbl = 'score' AND pk = '3'")
    problems = verify_json(capsys, demo)["problems"]
    assert any("score row 3) was changed outside the application" in p for p in problems)
