"""Importing proposals into a workspace that already holds some: a replaced proposal keeps its
conflicts of interest, and no import changes the type of an organisation other proposals use."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from evaluator.services.evaluators import ConflictView, list_conflicts
from tests.cli_helpers import ok, refused
from tests.factories import (
    EVALUATORS,
    eligible_members,
    member_rows,
    new_workspace,
    reading,
    write_csv,
)

ANA, BESNIK, DRAGANA = (name for name, _country in EVALUATORS[:3])
NIKSIC = eligible_members()[0][0]  # “Sos Helpline Nikšić”, Montenegro, CSO


def test_a_replaced_proposal_keeps_its_conflicts_and_is_never_assigned_to_them(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    workspace = new_workspace(tmp_path)
    first = write_csv(tmp_path / "first.csv", member_rows("RG-001", eligible_members()))
    ok(capsys, workspace, "import-proposals", first)
    for name, country in EVALUATORS[:3]:
        ok(capsys, workspace, "evaluator-add", name, "--country", country)
    ok(capsys, workspace, "conflict-add", ANA, "RG-001", "--reason", "Board member of the lead")
    corrected = write_csv(
        tmp_path / "corrected.csv",
        member_rows("RG-001", eligible_members(), title="Regional cooperation (corrected)"),
    )

    replaced = ok(capsys, workspace, "import-proposals", corrected, "--replace")
    said = ok(capsys, workspace, "assign", "--per-proposal", "2")
    assignments = json.loads(ok(capsys, workspace, "assignments", "--format", "json"))

    assert replaced == (
        "Imported 1 proposal (3 consortium members, 0 new organisations), replacing 1 from "
        "corrected.csv; it is eligible.\n"
    )
    assert said == "Assigned 2 reviews to 2 evaluators.\n"
    assert sorted((a["reference"], a["evaluator"]) for a in assignments["assignments"]) == [
        ("RG-001", BESNIK),
        ("RG-001", DRAGANA),
    ]
    with reading(workspace) as session:
        assert list_conflicts(session) == [
            ConflictView(ANA, "RG-001", "Board member of the lead", False)
        ]
    evaluators = json.loads(ok(capsys, workspace, "evaluators", "--format", "json"))
    assert {e["name"]: e["conflicts"] for e in evaluators["evaluators"]}[ANA] == 1


@pytest.fixture
def shared(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """RG-001 and RG-002 share their three CSO members."""
    workspace = new_workspace(tmp_path)
    rows = [*member_rows("RG-001", eligible_members()), *member_rows("RG-002", eligible_members())]
    ok(capsys, workspace, "import-proposals", write_csv(tmp_path / "shared.csv", rows))
    return workspace


def retyped(reference: str) -> list[list[str]]:
    """Rows of ``reference`` whose lead, “Sos Helpline Nikšić”, is now a public body."""
    members = eligible_members()
    members[0] = (NIKSIC, "Montenegro", "Public body", "lead")
    return member_rows(reference, members)


def test_a_new_proposal_cannot_change_the_type_of_an_organisation_in_use(
    shared: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_csv(tmp_path / "new.csv", retyped("RG-003"))

    err = refused(capsys, shared, "import-proposals", path)

    assert err == (
        "grant-evaluator: new.csv was not imported: 1 error found, nothing was changed.\n"
        f"  new.csv, row 2, column org_type: “{NIKSIC}” (Montenegro) is “CSO” in RG-001, "
        "RG-002; a different type here would change their eligibility\n"
    )


def test_a_replaced_proposal_cannot_change_the_type_under_another_one(
    shared: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_csv(tmp_path / "replace.csv", retyped("RG-002"))

    err = refused(capsys, shared, "import-proposals", path, "--replace")
    listed = json.loads(ok(capsys, shared, "eligibility", "--format", "json"))

    assert err == (
        "grant-evaluator: replace.csv was not imported: 1 error found, nothing was changed.\n"
        f"  replace.csv, row 2, column org_type: “{NIKSIC}” (Montenegro) is “CSO” in RG-001; "
        "a different type here would change their eligibility\n"
    )
    assert [p["eligible"] for p in listed["proposals"]] == [True, True]
