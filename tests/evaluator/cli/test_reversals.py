"""The chair's reversals on the command line: unresolve, consensus --clear, include, reopen and
unassign, each with its reason in the audit trail, its refusal when there is nothing to reverse,
and its --dry-run that prints the status and rank before → after and changes nothing.

The workspace holds ``SMALL_CALL`` as in test_rank.py: RG-001 and RG-002 are funded, RG-003
is the reserve list's first, RG-004 is divergent, RG-006 has one review submitted and Besnik's
scored but not submitted.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from sqlmodel import col, select

from evaluator.services.assignment import assign_one
from evaluator.storage.models import Audit
from tests.cli_helpers import ok, refused, run
from tests.factories import (
    EVALUATORS,
    Round,
    add_evaluators,
    reading,
    reviewed_workspace,
    transaction,
)

ANA, BESNIK, DRAGANA = (name for name, _country in EVALUATORS[:3])


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("reversals")
    workspace = reviewed_workspace(
        folder,
        {
            "RG-001": {ANA: "5 5 5", BESNIK: "5 5 4"},  # 28.50, funded 1
            "RG-002": {ANA: "4 3 4", BESNIK: "5 3 3"},  # 22.50, funded 2
            "RG-003": {ANA: "4 3 3", BESNIK: "3 3 4"},  # 20.50, reserve 3
            "RG-004": {ANA: "5 5 5", BESNIK: "2 3 2"},  # 21.50, divergent
            "RG-006": {ANA: "3 3 3", BESNIK: "4 4 4"},  # Besnik's not submitted
        },
        amounts={"RG-001": "45000.25", "RG-002": "50000.50", "RG-003": "30000"},
        pending=[("RG-006", BESNIK)],
    )
    add_evaluators(workspace, [EVALUATORS[2]])
    with transaction(workspace) as session:
        assign_one(session=session, evaluator_name=DRAGANA, reference="RG-003")  # not scored
    return workspace


@pytest.fixture
def workspace(pristine: Path, tmp_path: Path) -> Path:
    path = tmp_path / "chair.gew"
    path.write_bytes(pristine.read_bytes())
    return path


def standing(capsys: pytest.CaptureFixture[str], workspace: Path) -> dict[str, Any]:
    data = json.loads(ok(capsys, workspace, "rank", "--format", "json"))
    return {p["reference"]: (p["status"], p["rank"], p["final_score"]) for p in data["proposals"]}


def reasons(workspace: Path, reference: str) -> list[tuple[str, str | None]]:
    """The subject and reason of every audit entry about ``reference`` with a reason."""
    with reading(workspace) as session:
        rows = session.exec(
            select(Audit).where(Audit.reference == reference).order_by(col(Audit.id))
        )
        return [(a.subject, a.reason) for a in rows if a.reason]


def dry_run(capsys: pytest.CaptureFixture[str], workspace: Path, *argv: str) -> str:
    """The output of a dry run, which must leave the workspace byte-identical."""
    before = workspace.read_bytes()
    out = ok(capsys, workspace, *argv, "--dry-run")
    assert workspace.read_bytes() == before
    return out


RESOLVED_RG004 = [
    "RG-004: status reserve → needs_reconciliation, rank 3 → —, final score 21.50 → 21.50",
    "  also RG-003: status reserve → reserve, rank 4 → 3, final score 20.50 → 20.50",
]


def test_unresolve_previews_then_puts_the_proposal_back(
    workspace: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ok(capsys, workspace, "resolve", "RG-004", "--note", "Panel met; Ana's scores stand.")
    resolved = standing(capsys, workspace)

    preview = dry_run(capsys, workspace, "unresolve", "RG-004", "--reason", "Panel to meet again")
    said = ok(capsys, workspace, "unresolve", "RG-004", "--reason", "Panel  to meet again")

    assert resolved["RG-004"] == ("reserve", 3, "21.50")
    assert preview.splitlines() == [
        "Would un-resolve RG-004 (dry run: nothing was changed).",
        *RESOLVED_RG004,
    ]
    assert said.splitlines() == ["RG-004 is no longer resolved.", *RESOLVED_RG004]
    assert standing(capsys, workspace)["RG-004"] == ("needs_reconciliation", None, "21.50")
    reconciled = json.loads(ok(capsys, workspace, "reconcile", "--format", "json"))
    assert [p["resolved"] for p in reconciled["proposals"] if p["reference"] == "RG-004"] == [False]
    assert reasons(workspace, "RG-004") == [("proposal RG-004", "Panel to meet again")]


def test_unresolve_of_a_proposal_not_resolved_is_refused(
    workspace: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    err = refused(capsys, workspace, "unresolve", "RG-004", "--reason", "Oops")
    assert err == "grant-evaluator: RG-004 is not resolved; there is nothing to un-resolve.\n"
    err = refused(capsys, workspace, "unresolve", "RG-404", "--reason", "Oops", "--dry-run")
    assert err == "grant-evaluator: No proposal has the reference “RG-404”.\n"


def test_clearing_a_consensus_score_brings_the_aggregate_back(
    workspace: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ok(capsys, workspace, "consensus", "RG-002", "1.1", "3", "--reason", "Panel agreed")
    lines = [
        "RG-002: status reserve → funded, rank 3 → 2, final score 19.50 → 22.50",
        "  also RG-003: status funded → reserve, rank 2 → 3, final score 20.50 → 20.50",
    ]

    preview = dry_run(capsys, workspace, "consensus", "RG-002", "1.1", "--clear", "--reason", "x")
    said = ok(capsys, workspace, "consensus", "RG-002", " 1.1", "--clear", "--reason", "Mistyped")

    assert preview.splitlines() == [
        "Would clear the consensus score of RG-002 1.1 (dry run: nothing was changed).",
        *lines,
    ]
    assert said.splitlines() == ["Cleared the consensus score of RG-002 1.1.", *lines]
    assert standing(capsys, workspace)["RG-002"] == ("funded", 2, "22.50")
    assert reasons(workspace, "RG-002") == [("RG-002 consensus 1.1", "Mistyped")]


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (
            ["RG-002", "1.1", "--clear", "--reason", "x"],
            "RG-002 has no consensus score for 1.1; there is nothing to clear.",
        ),
        (
            ["RG-002", "9.9", "--clear", "--reason", "x", "--dry-run"],
            "The call has no criterion “9.9”; its criteria are 1.1, 1.2, 2.1.",
        ),
        (["RG-002", "1.1", "--clear", "--reason", " "], "Give the reason for clearing the "
         "consensus score."),
    ],
)  # fmt: skip
def test_clearing_what_is_not_there_is_refused(
    workspace: Path, capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    assert refused(capsys, workspace, "consensus", *argv) == f"grant-evaluator: {message}\n"


@pytest.mark.parametrize(
    ("argv", "words"),
    [
        (["RG-002", "1.1", "3", "--clear", "--reason", "x"], "consensus --clear takes no VALUE"),
        (["RG-002", "1.1", "--reason", "x"], "consensus needs a VALUE, or --clear"),
        (["RG-002", "1.1", "3", "--reason", "x", "--dry-run"], "use it with consensus --clear"),
        (["RG-002", "1.1", "--clear"], "the following arguments are required: --reason"),
    ],
)
def test_consensus_clear_usage_errors(
    workspace: Path, capsys: pytest.CaptureFixture[str], argv: list[str], words: str
) -> None:
    assert words in refused(capsys, workspace, "consensus", *argv, code=2)


def test_include_takes_a_reason_and_a_dry_run_and_says_what_it_said(
    workspace: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ok(capsys, workspace, "exclude", "RG-004", BESNIK, "--reason", "Off topic")

    preview = dry_run(capsys, workspace, "include", "RG-004", "besnik hoxha", "--reason", "Fine")
    said = ok(capsys, workspace, "include", "RG-004", BESNIK, "--reason", "Read it again")

    assert preview.splitlines() == [
        f"Would count the review of RG-004 by {BESNIK} again (dry run: nothing was changed).",
        "RG-004: status incomplete → needs_reconciliation, rank — → —, final score 30.00 → 21.50",
    ]
    assert said == f"The review of RG-004 by {BESNIK} counts again.\n"  # as before
    assert reasons(workspace, "RG-004") == [(f"RG-004 review by {BESNIK}", "Read it again")]
    err = refused(capsys, workspace, "include", "RG-004", BESNIK, "--dry-run")
    assert err == f"grant-evaluator: The review of RG-004 by {BESNIK} is not excluded.\n"


def test_reopen_dry_run_shows_the_review_would_stop_counting(
    workspace: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    preview = dry_run(capsys, workspace, "reopen", "RG-001", ANA, "--reason", "Check 2.1")
    said = ok(capsys, workspace, "reopen", "RG-001", ANA, "--reason", "Check 2.1")

    assert preview.splitlines() == [
        f"Would reopen the review of RG-001 by {ANA} (dry run: nothing was changed).",
        # Besnik alone: 10 + 5 + 12 = 27.00
        "RG-001: status funded → incomplete, rank 1 → —, final score 28.50 → 27.00",
        "  also RG-002: status funded → funded, rank 2 → 1, final score 22.50 → 22.50",
        "  also RG-003: status reserve → funded, rank 3 → 2, final score 20.50 → 20.50",
    ]
    assert said == f"Reopened the review of RG-001 by {ANA}.\n"  # as before
    assert reasons(workspace, "RG-001") == [(f"RG-001 review by {ANA}", "Check 2.1")]
    err = refused(capsys, workspace, "reopen", "RG-001", ANA, "--reason", "x", "--dry-run")
    assert err == f"grant-evaluator: The review of RG-001 by {ANA} is not submitted.\n"


def test_unassign_takes_back_a_review_not_yet_scored(
    workspace: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    line = "RG-003: status reserve → reserve, rank 3 → 3, final score 20.50 → 20.50"

    preview = dry_run(capsys, workspace, "unassign", "RG-003", DRAGANA.upper(), "--reason", "Away")
    said = ok(capsys, workspace, "unassign", "RG-003", DRAGANA, "--reason", "Away in June")
    listed = ok(capsys, workspace, "assignments", "--format", "json")

    assert preview.splitlines() == [
        f"Would unassign RG-003 from {DRAGANA} (dry run: nothing was changed).",
        line,
    ]
    assert said.splitlines() == [f"Unassigned RG-003 from {DRAGANA}.", line]
    assert DRAGANA not in listed
    assert reasons(workspace, "RG-003") == [(f"RG-003 review by {DRAGANA}", "Away in June")]
    err = refused(capsys, workspace, "unassign", "RG-003", DRAGANA, "--reason", "Away")
    assert err == f"grant-evaluator: {DRAGANA} does not review RG-003.\n"


@pytest.mark.parametrize(
    ("reference", "name", "message"),
    [
        (
            "RG-006",
            BESNIK,
            f"{BESNIK} has already given 3 scores to RG-006, so the review cannot be "
            "unassigned; exclude it instead.",
        ),
        (
            "RG-001",
            ANA,
            f"{ANA} has submitted the review of RG-001; it cannot be unassigned. Reopen it or "
            "exclude it instead.",
        ),
    ],
)
def test_unassigning_a_review_with_scores_is_refused(
    workspace: Path, capsys: pytest.CaptureFixture[str], reference: str, name: str, message: str
) -> None:
    for extra in ([], ["--dry-run"]):
        err = refused(capsys, workspace, "unassign", reference, name, "--reason", "x", *extra)
        assert err == f"grant-evaluator: {message}\n"


@pytest.mark.parametrize(
    ("argv", "what"),
    [
        (["unresolve", "RG-004"], "un-resolving the proposal"),
        (["reopen", "RG-001", ANA], "reopening the review"),
        (["unassign", "RG-003", DRAGANA], "unassigning the review"),
    ],
)
def test_reversals_need_a_reason(
    workspace: Path, capsys: pytest.CaptureFixture[str], argv: list[str], what: str
) -> None:
    assert "the following arguments are required: --reason" in refused(
        capsys, workspace, *argv, code=2
    )
    err = refused(capsys, workspace, *argv, "--reason", " \t", "--dry-run")
    assert err == f"grant-evaluator: Give the reason for {what}.\n"


def test_the_reversals_are_listed_in_help(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _err = run(capsys, "--help")
    assert code == 0
    for command in ("unresolve", "unassign", "organisation-set"):
        assert command in out


@pytest.mark.parametrize(
    ("argv", "what"),
    [
        (["unresolve", "RG-001", "--reason", "x"], "un-resolving proposals"),
        (["unassign", "RG-001", ANA, "--reason", "x", "--dry-run"], "unassigning reviews"),
        (["consensus", "RG-001", "1.1", "--clear", "--reason", "x"], "setting consensus scores"),
        (["include", "RG-001", ANA, "--dry-run"], "including reviews"),
        (["reopen", "RG-001", ANA, "--reason", "x"], "reopening reviews"),
        (
            ["organisation-set", "X", "--country", "Serbia", "--email", "a@b.rs"],
            "changing organisations' details",
        ),
    ],
)
def test_an_evaluator_workspace_refuses_the_chairs_reversals(
    game: Round, capsys: pytest.CaptureFixture[str], argv: list[str], what: str
) -> None:
    workspace = next(iter(game.workspaces.values()))
    assert f"; {what} is done in the chair's workspace." in refused(capsys, workspace, *argv)
