"""A whole round from an empty workspace (issue 15, *Done when*): on a server, two evaluators
score directly with their own roles and two through packages; in a file, all four through
packages. Both give the same ranking."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from evaluator.files.call_file import demo_call_path
from evaluator.files.demo import demo_proposals_path
from tests.cli_helpers import ok
from tests.postgres import Server

COMMITTEE = {
    "Jelena Đurović": ("Montenegro", "jelena_d"),
    "Arben Krasniqi": ("Kosovo", "arben_k"),
    "Марко Петровић": ("Serbia", None),
    "Elira Hoxha": ("Albania", None),
}
CRITERIA = ["1.1", "1.2", "1.3", "2.1", "2.2", "2.3", "3.1", "3.2", "4.1", "4.2", "5.1", "5.2"]


def scores_of(name: str, references: list[str]) -> list[list[str]]:
    """The scoresheet rows ``name`` fills in: a stable score per criterion, commented where
    the call asks for it (1, 2 and 5)."""
    rows = []
    for reference in references:
        for index, code in enumerate(CRITERIA):
            value = 1 + (index + len(name) + int(reference[-3:])) % 5
            comment = f"{name} on {reference} {code}: ocjena {value}" if value in (1, 2, 5) else ""
            rows.append([reference, code, str(value), comment])
    return rows


def sheet(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["reference", "criterion", "score", "comment"])
        writer.writerows(rows)
    return path


def as_role(url: str, role: str) -> str:
    return url.replace(url.split("//", 1)[1].split("@", 1)[0], role, 1)


def full_round(
    capsys: pytest.CaptureFixture[str], chair: Path | str, folder: Path, *, logins: bool
) -> dict:
    """The round; ``logins``: the evaluators who have one score on the server directly."""
    ok(capsys, chair, "new", "--call", demo_call_path())
    ok(capsys, chair, "import-proposals", demo_proposals_path())
    for name, (country, login) in COMMITTEE.items():
        extra = ["--login", login] if logins and login else []
        ok(capsys, chair, "evaluator-add", name, "--country", country, *extra)
    ok(capsys, chair, "assign")
    slots = json.loads(ok(capsys, chair, "assignments", "--format", "json"))["assignments"]
    for number, (name, (_country, login)) in enumerate(COMMITTEE.items()):
        mine = sorted(s["reference"] for s in slots if s["evaluator"] == name)
        scores = sheet(folder / f"scores-{number}.csv", scores_of(name, mine))
        if logins and login:
            place: Path | str = as_role(str(chair), login)
        else:
            ok(capsys, chair, "export-package", name, "--out", folder / f"{number}.gep")
            place = folder / f"evaluator-{number}.gew"
            ok(capsys, place, "open-package", folder / f"{number}.gep")
        for reference in mine:
            ok(capsys, place, "declare", reference, "--no-conflict")
        ok(capsys, place, "import-scores", scores)
        ok(capsys, place, "submit", "--all")
        if not (logins and login):
            ok(capsys, place, "export-returns", "--out", folder / f"{number}.ger")
            ok(capsys, chair, "import-returns", folder / f"{number}.ger")
    return json.loads(ok(capsys, chair, "rank", "--format", "json"))


def test_a_round_with_evaluators_on_the_server_ranks_as_one_in_a_file(
    capsys: pytest.CaptureFixture[str], pg_server: Server, pg_url: str, tmp_path: Path
) -> None:
    for _name, (_country, login) in COMMITTEE.items():
        if login:
            pg_server.sql(f"DROP ROLE IF EXISTS {login}")
    (tmp_path / "file").mkdir()
    (tmp_path / "server").mkdir()
    in_file = full_round(capsys, tmp_path / "file" / "call.gew", tmp_path / "file", logins=False)
    on_server = full_round(capsys, pg_url, tmp_path / "server", logins=True)

    assert on_server == in_file
    statuses = {p["status"] for p in on_server["proposals"]}
    assert "funded" in statuses and "ineligible" in statuses
    assert all(p["reviews"] >= 2 for p in on_server["proposals"] if p["status"] == "funded")
