"""Huge or absurd numbers, wherever a user types them (an award, a proposals file, a score), are
refused in one sentence, and the workspace is left byte for byte."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli_helpers import refused
from tests.factories import (
    EVALUATORS,
    declare_no_conflict,
    eligible_members,
    member_rows,
    new_workspace,
    scoring_workspace,
    stored_scores,
    write_csv,
)

ANA = EVALUATORS[0][0]
HUGE = "9" * 32


def test_an_absurd_award_is_refused_in_one_sentence(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    workspace = scoring_workspace(tmp_path)

    err = refused(capsys, workspace, "award", "RG-001", "--amount", HUGE)

    assert err == (
        f"grant-evaluator: “{HUGE}” is not an amount; write it like 45000, 45000.00 or 45,000.00.\n"
    )


@pytest.mark.parametrize(
    ("amount", "months", "message"),
    [
        (
            HUGE,
            "12",
            f"column requested_amount: “{HUGE}” is not an amount; "
            "write it like 58000, 58000.00 or 58,000.00",
        ),
        (
            "45000",
            "9" * 20,
            f"column duration_months: “{'9' * 20}” is not a whole number of months",
        ),
    ],
    ids=["amount", "duration"],
)
def test_an_absurd_amount_or_duration_in_a_proposals_file_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], amount: str, months: str, message: str
) -> None:
    workspace = new_workspace(tmp_path)
    rows = member_rows("RG-001", eligible_members()[:1], amount=amount, months=months)
    path = write_csv(tmp_path / "absurd.csv", rows)

    err = refused(capsys, workspace, "import-proposals", path)

    assert err == (
        "grant-evaluator: absurd.csv was not imported: 1 error found, nothing was changed.\n"
        f"  absurd.csv, row 2, {message}\n"
    )


@pytest.mark.parametrize(
    "value", ["1e999999999", "2.0000000000000000000000000001"], ids=["overflow", "long-fraction"]
)
def test_an_absurd_score_is_refused_as_not_a_score(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], value: str
) -> None:
    workspace = scoring_workspace(tmp_path)
    declare_no_conflict(workspace, ANA, "RG-001")

    err = refused(capsys, workspace, "score", "RG-001", "1.1", value, "--as", ANA)

    assert err == f"grant-evaluator: “{value}” is not a score; type a number.\n"
    assert stored_scores(workspace, ANA, "RG-001") == {}
