"""The command line for evaluators, assignment and scoring: messages, exit codes, JSON."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli_helpers import ok, run
from tests.factories import (
    FULL_SCORES,
    consortium,
    declare_no_conflict,
    eligible_members,
    member_rows,
    new_workspace,
    score_review,
    scoring_workspace,
    stored_scores,
    write_csv,
)

ANA = "Ana Petrović"
ALL_CODES = "1.1, 1.2, 1.3, 2.1, 2.2, 2.3, 3.1, 3.2, 4.1, 4.2, 5.1, 5.2"


def refused(
    capsys: pytest.CaptureFixture[str], workspace: Path, *argv: str | Path, code: int = 1
) -> str:
    """The stderr of a refused command; nothing on stdout and the workspace byte-identical."""
    before = workspace.read_bytes()
    exit_code, out, err = run(capsys, "-w", workspace, *argv)
    assert (exit_code, out) == (code, "")
    assert workspace.read_bytes() == before
    return err


def assignments(
    capsys: pytest.CaptureFixture[str], workspace: Path
) -> dict[str, list[dict[str, str]]]:
    return json.loads(ok(capsys, workspace, "assignments", "--format", "json"))


def score_all(capsys: pytest.CaptureFixture[str], workspace: Path, reference: str) -> None:
    """Ana scores every criterion of ``reference`` from the command line."""
    for code, (value, comment) in FULL_SCORES.items():
        extra = ["--comment", comment] if comment else []
        ok(capsys, workspace, "score", reference, code, value, *extra, "--as", ANA)


@pytest.fixture
def chair(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """A chair workspace with RG-001 and RG-002 eligible, RG-003 not, and two evaluators."""
    workspace = new_workspace(tmp_path)
    rows = [
        *member_rows("RG-001", eligible_members(), title="“Safe Everywhere” – Helpline Network"),
        *member_rows("RG-002", consortium("RG-002", ["Kosovo", "Albania", "Serbia"])),
        *member_rows("RG-003", eligible_members()[:2]),
    ]
    ok(capsys, workspace, "import-proposals", write_csv(tmp_path / "proposals.csv", rows))
    ok(capsys, workspace, "evaluator-add", ANA, "--country", "Serbia")
    ok(capsys, workspace, "evaluator-add", "Besnik Hoxha", "--country", "Kosovo")
    return workspace


def test_evaluator_add_registers_and_lists_the_evaluator(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    workspace = new_workspace(tmp_path)

    out = ok(
        capsys,
        workspace,
        "evaluator-add",
        "Ана Јовановић",
        "--country",
        "Serbia",
        "--email",
        "ana@example.org",
    )

    assert out == "Registered the evaluator Ана Јовановић.\n"
    assert json.loads(ok(capsys, workspace, "evaluators", "--format", "json")) == {
        "evaluators": [
            {
                "name": "Ана Јовановић",
                "country": "Serbia",
                "email": "ana@example.org",
                "reviews": 0,
                "submitted": 0,
                "conflicts": 0,
            }
        ]
    }


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (
            ["evaluator-add", "  ana   PETROVIĆ "],
            "An evaluator named “Ana Petrović” is already registered.",
        ),
        (
            ["evaluator-add", "Marko Ilić", "--email", "marko@"],
            "“marko@” is not an e-mail address.",
        ),
        (["evaluator-add", " "], "An evaluator needs a name."),
    ],
)
def test_evaluator_add_refuses_a_duplicate_or_bad_evaluator(
    chair: Path, capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    assert refused(capsys, chair, *argv) == f"grant-evaluator: {message}\n"


def test_conflict_add_records_the_conflict(chair: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = ok(capsys, chair, "conflict-add", "ana petrović", "RG-001", "--reason", "Former staff")

    assert out == "Recorded a conflict of interest: Ana Petrović will not review RG-001.\n"
    evaluators = json.loads(ok(capsys, chair, "evaluators", "--format", "json"))["evaluators"]
    assert [(e["name"], e["conflicts"]) for e in evaluators] == [(ANA, 1), ("Besnik Hoxha", 0)]


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["conflict-add", "Nobody", "RG-001"], "No evaluator is named “Nobody”."),
        (["conflict-add", ANA, "RG-404"], "No proposal has the reference “RG-404”."),
        (
            ["conflict-add", ANA, "RG-002"],
            "Ana Petrović already has a conflict of interest with RG-002.",
        ),
    ],
)
def test_conflict_add_refuses_unknown_names_and_repeats(
    chair: Path, capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    ok(capsys, chair, "conflict-add", ANA, "RG-002")

    assert refused(capsys, chair, *argv) == f"grant-evaluator: {message}\n"


def test_assign_covers_eligible_proposals_once(
    chair: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first = ok(capsys, chair, "assign")
    second = ok(capsys, chair, "assign")

    assert first == "Assigned 4 reviews to 2 evaluators.\n"
    assert second == "Assigned 0 reviews to 0 evaluators.\n"
    assert assignments(capsys, chair) == {
        "assignments": [
            {"reference": "RG-001", "evaluator": ANA, "status": "assigned"},
            {"reference": "RG-001", "evaluator": "Besnik Hoxha", "status": "assigned"},
            {"reference": "RG-002", "evaluator": ANA, "status": "assigned"},
            {"reference": "RG-002", "evaluator": "Besnik Hoxha", "status": "assigned"},
        ]
    }
    assert ok(capsys, chair, "assignments", "--format", "csv").splitlines() == [
        "reference,evaluator,status",
        "RG-001,Ana Petrović,assigned",
        "RG-001,Besnik Hoxha,assigned",
        "RG-002,Ana Petrović,assigned",
        "RG-002,Besnik Hoxha,assigned",
    ]


def test_assign_refuses_an_infeasible_request_and_assigns_nothing(
    chair: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ok(capsys, chair, "conflict-add", "Besnik Hoxha", "RG-002")

    err = refused(capsys, chair, "assign")
    one = ok(capsys, chair, "assign", "--per-proposal", "1")

    assert err == (
        "grant-evaluator: Not every eligible proposal can get 2 evaluators without a conflict "
        "of interest; nothing was assigned.\n"
        "  RG-002: 1 of the 2 evaluators can review it, 2 are needed\n"
    )
    assert one == "Assigned 2 reviews to 2 evaluators.\n"


def test_assign_refuses_zero_evaluators_per_proposal(
    chair: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    err = refused(capsys, chair, "assign", "--per-proposal", "0")

    assert err == "grant-evaluator: Each proposal needs at least one evaluator.\n"
    assert assignments(capsys, chair) == {"assignments": []}


def test_statuses_go_from_assigned_to_in_progress_to_submitted(
    chair: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ok(capsys, chair, "assign")

    declared = ok(capsys, chair, "declare", "RG-001", "--no-conflict", "--as", "ana petrović")
    after_declaring = assignments(capsys, chair)
    scored = ok(capsys, chair, "score", "RG-001", "1.3", "4", "--as", ANA)
    score_all(capsys, chair, "RG-001")
    submitted = ok(capsys, chair, "submit", "RG-001", "--as", ANA)

    assert declared == "Ana Petrović declared no conflict of interest with RG-001.\n"
    assert scored == "Saved 1.3 = 4 for RG-001 (1 of 12 scored).\n"
    assert submitted == "Submitted 1 review: RG-001.\n"
    assert after_declaring == {
        "assignments": [
            {"reference": "RG-001", "evaluator": ANA, "status": "in_progress"},
            {"reference": "RG-001", "evaluator": "Besnik Hoxha", "status": "assigned"},
            {"reference": "RG-002", "evaluator": ANA, "status": "assigned"},
            {"reference": "RG-002", "evaluator": "Besnik Hoxha", "status": "assigned"},
        ]
    }
    assert assignments(capsys, chair) == {
        "assignments": [
            {"reference": "RG-001", "evaluator": ANA, "status": "submitted"},
            {"reference": "RG-001", "evaluator": "Besnik Hoxha", "status": "assigned"},
            {"reference": "RG-002", "evaluator": ANA, "status": "assigned"},
            {"reference": "RG-002", "evaluator": "Besnik Hoxha", "status": "assigned"},
        ]
    }


def test_a_declared_conflict_releases_the_assignment(
    chair: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ok(capsys, chair, "assign")

    out = ok(capsys, chair, "declare", "RG-002", "--conflict", "I advised the lead.", "--as", ANA)

    assert out == (
        "Ana Petrović declared a conflict of interest with RG-002; the assignment is released.\n"
    )
    assert {"reference": "RG-002", "evaluator": ANA, "status": "assigned"} not in assignments(
        capsys, chair
    )["assignments"]
    evaluators = json.loads(ok(capsys, chair, "evaluators", "--format", "json"))["evaluators"]
    assert evaluators[0] == {
        "name": ANA,
        "country": "Serbia",
        "email": "",
        "reviews": 1,
        "submitted": 0,
        "conflicts": 1,
    }


@pytest.fixture
def scoring(tmp_path: Path) -> Path:
    """Ana has submitted RG-002 and declared no conflict with RG-001; Besnik has not declared."""
    workspace = scoring_workspace(tmp_path)
    score_review(workspace, ANA, "RG-002", submitted=True)
    declare_no_conflict(workspace, ANA, "RG-001")
    return workspace


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["RG-001", "1.1", "6"], "RG-001: 6 is above the scale of 1.1 (1–5)."),
        (["RG-001", "2.3", "0"], "RG-001: 0 is below the scale of 2.3 (1–5)."),
        (["RG-001", "1.1", "3.5"], "RG-001: 3.5 is not on the scale of 1.1: 1–5 in steps of 1."),
        (["RG-001", "1.1", "3,5"], "RG-001: 3.5 is not on the scale of 1.1: 1–5 in steps of 1."),
        (["RG-001", "1.1", "5"], "RG-001: a score of 5 on 1.1 needs a written justification."),
        (
            ["RG-001", "1.1", "1", "--comment", " "],
            "RG-001: a score of 1 on 1.1 needs a written justification.",
        ),
        (
            ["RG-001", "6.1", "3"],
            f"The call has no criterion “6.1”; its criteria are {ALL_CODES}.",
        ),
        (["RG-001", "1.1", "four"], "“four” is not a score; type a number."),
        (
            ["RG-002", "1.2", "3"],
            "The review of RG-002 is submitted and locked; the chair can reopen it.",
        ),
        (["RG-003", "1.1", "3"], "RG-003 is not assigned to Ana Petrović."),
        (
            ["RG-003", "1.1", "3", "--as", "Besnik Hoxha"],
            "Declare that you have no conflict of interest with RG-003 before scoring it.",
        ),
    ],
    ids=[
        "above",
        "below",
        "off-step",
        "off-step-comma",
        "unjustified",
        "blank-justification",
        "unknown-criterion",
        "not-a-number",
        "submitted",
        "not-assigned",
        "not-declared",
    ],
)
def test_score_refuses_with_exit_1_and_changes_nothing(
    scoring: Path, capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    acting = [] if "--as" in argv else ["--as", ANA]

    err = refused(capsys, scoring, "score", *argv, *acting)

    assert err == f"grant-evaluator: {message}\n"
    assert stored_scores(scoring, ANA, "RG-001") == {}


@pytest.mark.parametrize(
    "argv",
    [
        ["declare", "RG-001", "--no-conflict"],
        ["score", "RG-001", "1.1", "4"],
        ["submit", "--all"],
        ["import-scores", "scores.csv"],
        ["export-scoresheet", "--out", "scores.xlsx"],
    ],
    ids=["declare", "score", "submit", "import-scores", "export-scoresheet"],
)
def test_evaluator_commands_in_a_chair_workspace_need_as(
    scoring: Path, capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    err = refused(capsys, scoring, *argv, code=2)

    assert "in a chair workspace, evaluator commands need --as NAME" in err


def test_submit_says_what_is_missing_and_submits_nothing(
    scoring: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ok(capsys, scoring, "score", "RG-001", "1.1", "4", "--as", ANA)

    err = refused(capsys, scoring, "submit", "RG-001", "RG-002", "--as", ANA)

    assert err == (
        "grant-evaluator: Nothing was submitted: 2 reviews cannot be.\n"
        "  RG-001 cannot be submitted: not scored: 1.2, 1.3, 2.1, 2.2, 2.3, 3.1, 3.2, 4.1, 4.2, "
        "5.1, 5.2.\n"
        "  The review of RG-002 is already submitted.\n"
    )


def test_submit_all_is_all_or_nothing(chair: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ok(capsys, chair, "assign")
    for reference in ("RG-001", "RG-002"):
        ok(capsys, chair, "declare", reference, "--no-conflict", "--as", ANA)
    score_all(capsys, chair, "RG-001")
    ok(capsys, chair, "score", "RG-002", "1.1", "4", "--as", ANA)

    incomplete = refused(capsys, chair, "submit", "--all", "--as", ANA)
    score_all(capsys, chair, "RG-002")
    submitted = ok(capsys, chair, "submit", "--all", "--as", ANA)
    nothing_left = refused(capsys, chair, "submit", "--all", "--as", ANA)

    assert incomplete == (
        "grant-evaluator: Nothing was submitted: 1 review cannot be.\n"
        "  RG-002 cannot be submitted: not scored: 1.2, 1.3, 2.1, 2.2, 2.3, 3.1, 3.2, 4.1, 4.2, "
        "5.1, 5.2.\n"
    )
    assert submitted == "Submitted 2 reviews: RG-001, RG-002.\n"
    assert nothing_left == "grant-evaluator: Ana Petrović has no review left to submit.\n"
    statuses = {
        (a["reference"], a["evaluator"]): a["status"]
        for a in assignments(capsys, chair)["assignments"]
    }
    assert statuses == {
        ("RG-001", ANA): "submitted",
        ("RG-001", "Besnik Hoxha"): "assigned",
        ("RG-002", ANA): "submitted",
        ("RG-002", "Besnik Hoxha"): "assigned",
    }


@pytest.mark.parametrize(
    "argv", [["submit", "--as", ANA], ["submit", "RG-001", "--all", "--as", ANA]]
)
def test_submit_needs_references_or_all_but_not_both(
    scoring: Path, capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    err = refused(capsys, scoring, *argv, code=2)

    assert "give the references to submit, or --all" in err


def test_the_chair_reopens_a_submitted_review(
    scoring: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = ok(capsys, scoring, "reopen", "RG-002", ANA, "--reason", "Comment on 2.2 is missing.")
    rescored = ok(capsys, scoring, "score", "RG-002", "2.2", "3", "--as", ANA)

    assert out == "Reopened the review of RG-002 by Ana Petrović.\n"
    assert rescored == "Saved 2.2 = 3 for RG-002 (12 of 12 scored).\n"
    statuses = {
        (a["reference"], a["evaluator"]): a["status"]
        for a in assignments(capsys, scoring)["assignments"]
    }
    assert statuses[("RG-002", ANA)] == "in_progress"
    assert refused(capsys, scoring, "reopen", "RG-001", ANA, "--reason", "x") == (
        "grant-evaluator: The review of RG-001 by Ana Petrović is not submitted.\n"
    )


def test_a_scoresheet_goes_out_and_comes_back_from_the_command_line(
    scoring: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "Ana.xlsx"

    wrote = ok(capsys, scoring, "export-scoresheet", "--out", out, "--as", ANA)
    untouched = ok(capsys, scoring, "import-scores", out, "--as", ANA)

    assert wrote == f"Wrote {out} (24 rows to score).\n"
    assert untouched == "Imported 0 scores for 0 proposals from Ana.xlsx (12 unchanged).\n"


def test_import_scores_takes_a_csv_and_refuses_a_bad_one(
    scoring: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = tmp_path / "good.csv"
    good.write_text(
        "reference,criterion,score,comment\nRG-001,1.1,5,Exactly the call’s priority.\n"
        "RG-001,1.2,3,\n",
        encoding="utf-8",
    )
    bad = tmp_path / "bad.csv"
    bad.write_text(
        "reference,criterion,score,comment\nRG-001,1.3,7,\nRG-001,1.4,3,\nRG-003,1.1,2,Weak.\n",
        encoding="utf-8",
    )

    imported = ok(capsys, scoring, "import-scores", good, "--as", ANA)
    err = refused(capsys, scoring, "import-scores", bad, "--as", ANA)

    assert imported == "Imported 2 scores for 1 proposal from good.csv (0 unchanged).\n"
    assert stored_scores(scoring, ANA, "RG-001") == {
        "1.1": (5, "Exactly the call’s priority."),
        "1.2": (3, ""),
    }
    assert err == (
        "grant-evaluator: bad.csv was not imported: 3 errors found, nothing was changed.\n"
        "  bad.csv, row 2, column score: 7 is above the scale of 1.3 (1–5)\n"
        "  bad.csv, row 3, column criterion: the call has no criterion “1.4”\n"
        "  bad.csv, row 4, column reference: “RG-003” is not assigned to Ana Petrović\n"
    )
