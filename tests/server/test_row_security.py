"""Evaluators who sign in to the server with their own role are held by the database itself
(issue 15, item 3): through the application and through plain SQL they see the call, their
own assigned proposals, documents, reviews and scores and nothing else, and they cannot
change a chair decision nor a review of theirs once it is submitted."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

from evaluator.actions.workspace import history, open_place
from tests.cli_helpers import ok, run
from tests.factories import FULL_SCORES
from tests.postgres import Server

ANA, LOGIN = "Ana Stojanovska", "ana_s"


@pytest.fixture
def demo_on_server(capsys: pytest.CaptureFixture[str], pg_server: Server, pg_demo_url: str) -> str:
    """The demo on the server; Ana signs in as ``ana_s``."""
    pg_url = pg_demo_url
    for role in (LOGIN, "besnik_g"):  # roles are the server's, not one database's
        pg_server.sql(f"DROP ROLE IF EXISTS {role}")
    said = ok(capsys, pg_url, "evaluator-add", "Besnik Gashi", "--login", "besnik_g")
    assert (
        said.splitlines()[0] == "Registered the evaluator Besnik Gashi, who signs in as besnik_g."
    )
    assert "was created without a password" in said
    with psycopg.connect(pg_url, autocommit=True) as chair:
        chair.execute("UPDATE evaluator SET login = %s WHERE name = %s", (LOGIN, ANA))
    pg_server.sql(f"CREATE ROLE {LOGIN} LOGIN")
    return pg_url


def as_role(url: str, role: str) -> str:
    return url.replace(url.split("//", 1)[1].split("@", 1)[0], role, 1)


@pytest.fixture
def ana(demo_on_server: str) -> Iterator[psycopg.Connection]:
    """A plain SQL connection as Ana's role."""
    with psycopg.connect(as_role(demo_on_server, LOGIN), autocommit=True) as connection:
        yield connection


def rows(connection: psycopg.Connection, sql: str) -> list[tuple]:
    return connection.execute(sql.encode()).fetchall()


def test_plain_sql_shows_an_evaluator_only_their_own(ana: psycopg.Connection) -> None:
    assert rows(ana, "SELECT name FROM evaluator") == [(ANA,)]
    references = [r for (r,) in rows(ana, "SELECT reference FROM proposal ORDER BY 1")]
    assert references == ["RG-001", "RG-003", "RG-006", "RG-009", "RG-011", "RG-013", "RG-016",
                          "RG-018", "RG-021"]  # fmt: skip
    assert len(rows(ana, "SELECT id FROM review")) == 9
    assert {e for (e,) in rows(ana, "SELECT evaluator_id FROM review")} == {
        rows(ana, "SELECT id FROM evaluator")[0][0]
    }
    # Her scores only: none of the other evaluator's on the same proposals.
    mine = rows(ana, "SELECT count(*) FROM score")[0][0]
    assert 0 < mine <= 9 * len(FULL_SCORES)
    assert rows(ana, "SELECT count(*) FROM call") == [(1,)]
    # Nothing of the chair's: not the trail, the keys, consensus, conflicts, packages.
    for table in ("audit", "consensus", "package", "returns_import", "feedback", "seal"):
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            rows(ana, f"SELECT * FROM {table}")
    assert rows(ana, "SELECT key FROM setting") == []  # the chair is not named yet
    assert rows(ana, "SELECT * FROM conflict") == []  # Arben's conflict is not hers to see
    organisations = rows(ana, "SELECT count(*) FROM organisation")[0][0]
    assert 0 < organisations < 60


def test_plain_sql_cannot_change_a_chair_decision_nor_a_submitted_review(
    ana: psycopg.Connection,
) -> None:
    for statement in (
        "UPDATE proposal SET awarded_amount = '60000.00'",
        "UPDATE proposal SET resolved_at = now()",
        "UPDATE review SET excluded = true",
        "UPDATE review SET evaluator_id = 1",
        "INSERT INTO consensus (proposal_id, criterion, value, reason, set_at) "
        "VALUES (1, '1.1', '5', 'forged', now())",
        "UPDATE evaluator SET name = 'Someone else'",
        "UPDATE setting SET value = 'x'",
    ):
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            ana.execute(statement.encode())
    # An assignment is released only by a declared conflict of interest.
    assert ana.execute(b"DELETE FROM review WHERE submitted_at IS NULL").rowcount == 0
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        ana.execute(
            b"INSERT INTO conflict (evaluator_id, proposal_id, reason, declared) "
            b"SELECT evaluator_id + 1, proposal_id, 'not mine', true FROM review LIMIT 1"
        )
    # A submitted review of hers: its scores cannot change, nor can it be unsubmitted.
    submitted = rows(ana, "SELECT id FROM review WHERE submitted_at IS NOT NULL ORDER BY id")
    review = submitted[0][0]
    before = rows(ana, f"SELECT criterion, value FROM score WHERE review_id = {review} ORDER BY 1")
    assert (
        ana.execute(f"UPDATE score SET value = '1' WHERE review_id = {review}".encode()).rowcount
        == 0
    )
    assert ana.execute(f"DELETE FROM score WHERE review_id = {review}".encode()).rowcount == 0
    assert (
        ana.execute(f"UPDATE review SET submitted_at = NULL WHERE id = {review}".encode()).rowcount
        == 0
    )
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        ana.execute(
            f"INSERT INTO score (review_id, criterion, value, comment, updated_at) VALUES "
            f"({review}, '9.9', '5', '', now())".encode()
        )
    after = rows(ana, f"SELECT criterion, value FROM score WHERE review_id = {review} ORDER BY 1")
    assert after == before


def test_a_role_that_is_no_evaluator_sees_nothing(demo_on_server: str, pg_server: Server) -> None:
    pg_server.sql("DROP ROLE IF EXISTS stranger")
    pg_server.sql("CREATE ROLE stranger LOGIN")
    with psycopg.connect(as_role(demo_on_server, "stranger"), autocommit=True) as stranger:
        for table in ("call", "proposal", "evaluator", "review", "score", "organisation",
                      "document", "blob", "setting"):  # fmt: skip
            assert rows(stranger, f"SELECT * FROM {table}") == [], table


def test_the_app_as_an_evaluator_scores_submits_and_is_refused_the_chairs_part(
    capsys: pytest.CaptureFixture[str], demo_on_server: str, tmp_path: Path
) -> None:
    mine = as_role(demo_on_server, LOGIN)
    ok(capsys, demo_on_server, "chair-set", "Ivana Kovačević")
    with open_place(demo_on_server) as chair:
        start = chair.position() or 0
    # RG-021 is the review Ana had not started.
    ok(capsys, mine, "declare", "RG-021", "--no-conflict")
    for criterion, (value, comment) in FULL_SCORES.items():
        ok(capsys, mine, "score", "RG-021", criterion, value, "--comment", comment)
    ok(capsys, mine, "submit", "RG-021")
    exit_code, out, err = run(capsys, "-w", mine, "score", "RG-021", "1.1", "3")
    assert (exit_code, out) == (1, "")
    assert "submitted" in err
    # The chair sees her review counted, and the trail is one chain with her entries in it.
    sheet = ok(capsys, demo_on_server, "reconcile")
    assert "Ana Stojanovska 0.00 (not submitted)" not in sheet
    verified = ok(capsys, demo_on_server, "verify")
    assert "is healthy" in verified
    # The trail names her for her changes, not the chair named in the workspace.
    with open_place(demo_on_server) as chair:
        entries = history(workspace=chair, reference="RG-021")
    hers = [e for e in entries if (e.id or 0) > start]
    assert len(hers) > len(FULL_SCORES) and {e.actor for e in hers} == {ANA}
    # The chair's part is refused in one sentence, and nothing changes.
    before = ok(capsys, demo_on_server, "rank", "--format", "json")
    for argv in (
        ["rank"],
        ["award", "RG-001", "--amount", "30000", "--reason", "x"],
        ["resolve", "RG-005", "--note", "x"],
        ["feedback", "--list"],
        ["verify"],
    ):
        exit_code, out, err = run(capsys, "-w", mine, *argv)
        assert exit_code == 1, argv
        assert err.count("\n") == 1 and "Traceback" not in err, err
    assert ok(capsys, demo_on_server, "rank", "--format", "json") == before
    # What the role may read, it reads: the committee list holds her alone.
    listed = json.loads(ok(capsys, mine, "evaluators", "--format", "json"))["evaluators"]
    assert [e["name"] for e in listed] == [ANA]


def test_an_evaluator_on_the_server_declares_a_conflict_and_is_released(
    capsys: pytest.CaptureFixture[str], demo_on_server: str
) -> None:
    mine = as_role(demo_on_server, LOGIN)
    said = ok(capsys, mine, "declare", "RG-021", "--conflict", "My cousin chairs the lead")
    assert "RG-021" in said
    slots = ok(capsys, demo_on_server, "assignments")
    assert not any(line.startswith("RG-021") and ANA in line for line in slots.splitlines())
    conflicts = ok(capsys, demo_on_server, "evaluators", "--format", "json")
    ana = next(e for e in json.loads(conflicts)["evaluators"] if e["name"] == ANA)
    assert ana["conflicts"] == 1
    assert "is healthy" in ok(capsys, demo_on_server, "verify")


def test_verify_on_a_server_names_changed_bytes_and_an_edited_trail(
    capsys: pytest.CaptureFixture[str], pg_demo_url: str, tmp_path: Path
) -> None:
    pg_url = pg_demo_url
    (tmp_path / "RG-001").mkdir()
    (tmp_path / "RG-001" / "form.pdf").write_bytes(b"%PDF-1.4\n%%EOF\n")
    ok(capsys, pg_url, "import-documents", tmp_path)
    with psycopg.connect(pg_url, autocommit=True) as owner:  # the owner's plain SQL
        owner.execute(b"UPDATE blob SET data = '\\x00'::bytea")
        owner.execute(b"UPDATE audit SET actor = 'Someone else' WHERE id = 5")
    exit_code, out, _ = run(capsys, "-w", pg_url, "verify", "--format", "json")
    assert exit_code == 1
    problems = json.loads(out)["problems"]
    assert "the bytes of RG-001 “form.pdf” were changed outside the application (they no " \
        "longer match their SHA-256)" in problems  # fmt: skip
    assert any(p.startswith("audit entry 5 (") and "was changed after it was written" in p
               for p in problems)  # fmt: skip
