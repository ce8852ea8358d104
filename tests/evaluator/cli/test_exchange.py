"""The exchange commands: a full offline round, messages, exit codes, evaluator workspaces."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

from evaluator.cli import WORKSPACE_ENV
from evaluator.files.call_file import demo_call_path
from tests.cli_helpers import ok, run
from tests.factories import (
    EVALUATORS,
    Round,
    eligible_members,
    exchange_workspace,
    member_rows,
    merge_returns,
    sha256_of,
    stored_scores,
    typed_scores,
    write_csv,
)

ROOT = Path(__file__).resolve().parents[3]
NAMES = [name for name, _country in EVALUATORS[:3]]
ANA, BESNIK, DRAGANA = NAMES


def refused(capsys: pytest.CaptureFixture[str], workspace: Path, *argv: str | Path) -> str:
    """The stderr of a refused command: exit 1, nothing on stdout, workspace byte-identical."""
    before = sha256_of(workspace)
    code, out, err = run(capsys, "-w", workspace, *argv)
    assert (code, out) == (1, "")
    assert sha256_of(workspace) == before
    return err


def assignments(capsys: pytest.CaptureFixture[str], workspace: Path) -> list[dict[str, str]]:
    rows: list[dict[str, str]] = json.loads(
        ok(capsys, workspace, "assignments", "--format", "json")
    )["assignments"]
    return rows


def test_a_full_round_goes_out_and_comes_back_through_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    chair = tmp_path / "chair.gew"
    rows = [
        row
        for number in range(1, 5)
        for row in member_rows(f"RG-{number:03d}", eligible_members(), title=f"Helpline {number}")
    ]
    ok(capsys, chair, "new", "--call", demo_call_path())
    ok(capsys, chair, "import-proposals", write_csv(tmp_path / "proposals.csv", rows))
    for name, country in EVALUATORS[:3]:
        ok(capsys, chair, "evaluator-add", name, "--country", country)
    assert ok(capsys, chair, "assign") == "Assigned 8 reviews to 3 evaluators.\n"
    slots = assignments(capsys, chair)
    assert {s["status"] for s in slots} == {"assigned"}
    mine = {n: [s["reference"] for s in slots if s["evaluator"] == n] for n in NAMES}

    returns = []
    for index, name in enumerate(NAMES, start=1):
        package = tmp_path / f"package-{index}.gep"
        evaluator = tmp_path / f"evaluator-{index}.gew"
        assert ok(capsys, chair, "export-package", name, "--out", package) == (
            f"Wrote {package}: the package of {name} ({len(mine[name])} proposals, 0 scores).\n"
        )
        assert ok(capsys, evaluator, "open-package", package) == (
            f"Created {evaluator}: the evaluation workspace of {name}.\n"
        )
        assert assignments(capsys, evaluator) == [
            {"reference": r, "evaluator": name, "status": "assigned"} for r in mine[name]
        ]
        for reference in mine[name]:
            ok(capsys, evaluator, "declare", reference, "--no-conflict")
            for code, (value, comment) in typed_scores(name, reference).items():
                extra = ["--comment", comment] if comment else []
                ok(capsys, evaluator, "score", reference, code, value, *extra)
        assert ok(capsys, evaluator, "submit", "--all") == (
            f"Submitted {len(mine[name])} reviews: {', '.join(mine[name])}.\n"
        )
        returns.append(tmp_path / f"returns-{index}.ger")
        count = len(mine[name])
        assert ok(capsys, evaluator, "export-returns", "--out", returns[-1]) == (
            f"Wrote {returns[-1]}: revision 1, {count} reviews ({count} submitted), "
            f"{12 * count} scores.\n"
        )

    out = ok(capsys, chair, "import-returns", *returns)

    assert out.splitlines() == [
        f"returns-{index}.ger: imported revision 1 from {name}: {len(mine[name])} reviews, "
        f"{12 * len(mine[name])} scores, {len(mine[name])} submitted."
        for index, name in enumerate(NAMES, start=1)
    ]
    assert assignments(capsys, chair) == [{**s, "status": "submitted"} for s in slots]
    for name in NAMES:
        for reference in mine[name]:
            typed = typed_scores(name, reference)
            assert stored_scores(chair, name, reference) == {
                code: (Decimal(value), comment) for code, (value, comment) in typed.items()
            }


def test_importing_returns_twice_says_already_imported_and_changes_nothing(
    game: Round, capsys: pytest.CaptureFixture[str]
) -> None:
    ok(capsys, game.chair, "import-returns", game.returns[ANA])
    before = sha256_of(game.chair)

    out = ok(capsys, game.chair, "import-returns", game.returns[ANA])

    assert out == f"returns-1.ger: already imported ({ANA}, revision 1); nothing changed.\n"
    assert sha256_of(game.chair) == before


def test_a_refused_file_does_not_stop_the_others(
    game: Round, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cut = tmp_path / "cut.ger"
    cut.write_bytes(game.returns[BESNIK].read_bytes()[:-40])

    code, out, err = run(
        capsys, "-w", game.chair, "import-returns", game.returns[ANA], cut, game.returns[DRAGANA]
    )

    assert code == 1
    assert out == (
        f"returns-1.ger: imported revision 1 from {ANA}: 3 reviews, 36 scores, 3 submitted.\n"
        f"returns-3.ger: imported revision 1 from {DRAGANA}: 2 reviews, 24 scores, 2 submitted.\n"
    )
    assert err == (
        "grant-evaluator: 1 file of 3 refused; each refused file changed nothing.\n"
        "  cut.ger: refused: cut.ger is incomplete: its signature is missing (cut short?).\n"
    )
    statuses = {(s["evaluator"], s["status"]) for s in assignments(capsys, game.chair)}
    assert statuses == {(ANA, "submitted"), (BESNIK, "assigned"), (DRAGANA, "submitted")}


def test_a_review_the_chair_reopened_is_kept_and_listed(
    game: Round, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ok(capsys, game.chair, "import-returns", game.returns[ANA])
    ok(capsys, game.chair, "reopen", "RG-001", ANA, "--reason", "Check 3.2 against the budget")
    again = tmp_path / "again.ger"
    ok(capsys, game.workspaces[ANA], "export-returns", "--out", again)

    out = ok(capsys, game.chair, "import-returns", again)

    assert out.splitlines() == [
        f"again.ger: imported revision 2 from {ANA}: 2 reviews, 24 scores, 2 submitted; "
        "1 review not merged (listed below).",
        f"  not merged: RG-001: the chair changed this review after {ANA}'s package was made; "
        "it is kept as the chair left it",
    ]
    assert {"reference": "RG-001", "evaluator": ANA, "status": "in_progress"} in assignments(
        capsys, game.chair
    )


CHAIR_COMMANDS = [
    (["assign"], "assigning proposals"),
    (["evaluator-add", "Marko Ilić"], "registering evaluators"),
    (["conflict-add", ANA, "RG-001"], "recording conflicts of interest"),
    (["reopen", "RG-001", ANA, "--reason", "Recheck"], "reopening reviews"),
    (["export-package", ANA, "--out", "{tmp}/p.gep"], "exporting packages"),
    (["import-returns", "{tmp}/returns-1.ger"], "importing returns"),
    (["import-proposals", "{tmp}/proposals.csv"], "importing proposals"),
    (["eligibility"], "checking eligibility"),
]


@pytest.mark.parametrize(("argv", "action"), CHAIR_COMMANDS)
def test_an_evaluator_workspace_refuses_the_chairs_commands(
    game: Round,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    argv: list[str],
    action: str,
) -> None:
    evaluator = game.workspaces[ANA]

    err = refused(capsys, evaluator, *[a.format(tmp=tmp_path) for a in argv])

    assert err == (
        f"grant-evaluator: This is {ANA}'s evaluation workspace; {action} is done in the "
        "chair's workspace.\n"
    )
    assert not (tmp_path / "p.gep").exists()


def test_an_evaluator_workspace_acts_as_its_own_evaluator_without_as(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    chair = exchange_workspace(tmp_path)
    package, evaluator = tmp_path / "ana.gep", tmp_path / "ana.gew"
    ok(capsys, chair, "export-package", ANA, "--out", package)
    ok(capsys, evaluator, "open-package", package)

    declared = ok(capsys, evaluator, "declare", "RG-001", "--no-conflict")
    scored = ok(capsys, evaluator, "score", "RG-001", "1.1", "4", "--as", "  ana PETROVIĆ")
    other = refused(capsys, evaluator, "score", "RG-001", "1.2", "4", "--as", BESNIK)
    chairs = refused(capsys, chair, "export-returns", "--out", tmp_path / "r.ger")

    assert declared == f"{ANA} declared no conflict of interest with RG-001.\n"
    assert scored == "Saved 1.1 = 4 for RG-001 (1 of 12 scored).\n"
    assert other == (
        f"grant-evaluator: This is {ANA}'s evaluation workspace; it cannot act as {BESNIK}.\n"
    )
    assert chairs == (
        "grant-evaluator: Returns are sent from an evaluator's workspace (made with "
        "open-package); this is the chair's workspace.\n"
    )
    assert not (tmp_path / "r.ger").exists()
    assert json.loads(ok(capsys, evaluator, "evaluators", "--format", "json")) == {
        "evaluators": [
            {
                "name": ANA,
                "country": "Serbia",
                "email": "",
                "reviews": 3,
                "submitted": 0,
                "conflicts": 0,
            }
        ]
    }


def test_a_refused_returns_file_exits_1_from_a_script(game: Round) -> None:
    package = game.packages[ANA]
    before = sha256_of(game.chair)
    env = {k: v for k, v in os.environ.items() if k != WORKSPACE_ENV}

    result = subprocess.run(
        [sys.executable, "-m", "evaluator", "-w", str(game.chair), "import-returns", str(package)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        timeout=60,
        check=False,
    )

    assert (result.returncode, result.stdout) == (1, b"")
    assert result.stderr.decode("utf-8") == (
        "grant-evaluator: 1 file of 1 refused; each refused file changed nothing.\n"
        "  package-1.gep: refused: package-1.gep is an evaluation package, not a returns file.\n"
    )
    assert sha256_of(game.chair) == before
    assert merge_returns(game.chair, game.returns[ANA]).status == "imported"
