"""A server that cannot be reached, a database that holds no workspace or other tables, a
URL without a database: each is one sentence and exit 1, never a traceback, and a password
in the URL is never printed (issue 15, items 1 and 3)."""

from __future__ import annotations

import pytest

from evaluator.files.call_file import demo_call_path
from tests.cli_helpers import ok, run
from tests.postgres import Server, free_port


def refused(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    code, out, err = run(capsys, *argv)
    assert (code, out) == (1, ""), err
    assert err.count("\n") == 1 and "Traceback" not in err
    return err


def test_a_server_that_does_not_answer_is_named_without_its_password(
    capsys: pytest.CaptureFixture[str],
) -> None:
    url = f"postgresql://chair:s3cret@127.0.0.1:{free_port()}/sb_rg_2023"
    call = str(demo_call_path())
    for argv in (["rank"], ["new", "--call", call], ["verify"]):
        err = refused(capsys, "-w", url, *argv)
        assert err.startswith(
            "grant-evaluator: Cannot open the workspace on postgresql://chair:***@127.0.0.1:"
        ), err
        assert "s3cret" not in err and "Connection refused" in err


def test_a_database_without_a_workspace_or_with_other_tables(
    capsys: pytest.CaptureFixture[str], pg_server: Server, pg_url: str
) -> None:
    err = refused(capsys, "-w", pg_url, "rank")
    assert "holds no Grant Evaluator workspace; `new --call CALL.toml` creates one" in err
    pg_server.sql("CREATE TABLE payroll (id integer)", database=pg_url.rsplit("/", 1)[1])
    err = refused(capsys, "-w", pg_url, "demo")
    assert "already holds tables (payroll…); a workspace is created only in an empty" in err
    err = refused(capsys, "-w", pg_server.url("no_such_database"), "rank")
    assert 'database "no_such_database" does not exist' in err


def test_a_url_without_a_database_and_a_file_only_command(
    capsys: pytest.CaptureFixture[str], pg_demo_url: str
) -> None:
    err = refused(capsys, "-w", "postgresql://chair@db.example.org", "rank")
    assert err == (
        "grant-evaluator: postgresql://chair@db.example.org names no database; write it like "
        "postgresql://user@host/database.\n"
    )
    err = refused(capsys, "-w", pg_demo_url, "restore", "some-backup")
    assert "is restored with the server's own tools: `pg_restore" in err
    assert "pg_dump --format=custom" in ok(capsys, pg_demo_url, "backups")


@pytest.mark.parametrize(
    ("url", "said"),
    [
        ("postgresql://chair@127.0.0.1:5432/db?nonsense=1", 'invalid connection option "nonsense"'),
        ("postgresql://chair@127.0.0.1:5432/db?sslmode=bogus", 'invalid sslmode value: "bogus"'),
        ("postgresql://chair@[::1:1/db", "is not a server address"),
    ],
)
def test_a_url_the_server_library_rejects_is_one_sentence(
    capsys: pytest.CaptureFixture[str], url: str, said: str
) -> None:
    for argv in (["rank"], ["verify"], ["demo"]):
        assert said in refused(capsys, "-w", url, *argv), argv
