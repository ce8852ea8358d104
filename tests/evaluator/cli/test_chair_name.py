"""The trail names a person (issue 14, item 9): the chair named in the workspace, or the
evaluator whose workspace it is, not the operating system's login."""

from __future__ import annotations

import getpass
import json
import sqlite3
from pathlib import Path

import pytest

from tests.cli_helpers import ok, refused
from tests.factories import exchange_round


def actors(workspace: Path) -> list[tuple[str, str]]:
    with sqlite3.connect(workspace) as db:
        return list(db.execute("SELECT actor, action FROM audit ORDER BY id"))


def test_once_named_the_chair_is_who_the_trail_names(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    game = exchange_round(tmp_path / "round")
    chair = game.chair
    login = getpass.getuser()
    before = len(actors(chair))

    said = ok(capsys, chair, "chair-set", "  Dr. Jelena   Đurić ")
    name = next(iter(game.workspaces))
    ok(capsys, chair, "import-returns", game.returns[name])

    assert said == (
        "The chair is Dr. Jelena Đurić: the audit trail names them for every change from now on.\n"
    )
    after = actors(chair)[before:]
    assert after[0] == (login, "chair named")  # the login named the chair
    assert after[1:] and {actor for actor, _ in after[1:]} == {"Dr. Jelena Đurić"}
    assert json.loads(ok(capsys, chair, "verify", "--format", "json"))["ok"] is True


def test_an_evaluators_changes_are_named_after_the_evaluator(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    game = exchange_round(tmp_path / "round")
    name, workspace = next(iter(game.workspaces.items()))
    actors_after_open = len(actors(workspace))

    assert refused(capsys, workspace, "chair-set", "Someone").endswith(
        "naming the chair is done in the chair's workspace.\n"
    )
    assert actors(workspace)[actors_after_open:] == []
    # Scoring was done through the evaluator's own workspace: every entry names them.
    scored = [actor for actor, action in actors(workspace) if action == "changed"]
    assert scored and set(scored) == {name}


def test_a_name_that_is_empty_or_unchanged_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    game = exchange_round(tmp_path / "round")
    assert refused(capsys, game.chair, "chair-set", "   ") == (
        "grant-evaluator: The chair's name is empty; give the name the committee knows.\n"
    )
    ok(capsys, game.chair, "chair-set", "Jelena Đurić")
    assert refused(capsys, game.chair, "chair-set", "Jelena  Đurić") == (
        "grant-evaluator: The chair is already named Jelena Đurić; nothing changed.\n"
    )


@pytest.mark.parametrize(
    "planted", ["x" * 5000, "Jelena\x07Đurić", "Jelena \u202eĐurić", "   ", "Two  spaces"]
)
def test_a_chair_name_planted_with_sqlite_is_not_taken_for_a_person(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], planted: str
) -> None:
    game = exchange_round(tmp_path / "round")
    with sqlite3.connect(game.chair) as db:
        db.execute("INSERT INTO setting (key, value) VALUES ('chair_name', ?)", (planted,))
    before = len(actors(game.chair))

    ok(capsys, game.chair, "evaluator-add", "Ivana Kovačević", "--country", "Serbia")

    assert {actor for actor, _ in actors(game.chair)[before:]} == {getpass.getuser()}
