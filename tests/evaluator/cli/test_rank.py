"""The chair's commands after the returns: reconcile, exclude, include, consensus, resolve,
assign --divergent, award and rank, as a user's shell and scripts see them.

The workspace holds ``SMALL_CALL`` (tests/factories.py): a review's total is 2×(1.1) + 1×(1.2) +
3×(2.1); Relevance = 2×(1.1) + 1×(1.2) needs 9; pass mark 18; divergent at 6 points on the
total or 3 on a criterion; budget 100,000.00 EUR; grants from 5,000 to the amount requested.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from evaluator.services.evaluators import find_proposal
from evaluator.storage.audit import history
from tests.cli_helpers import ok, run
from tests.factories import (
    EVALUATORS,
    eligible_members,
    import_file,
    member_rows,
    reading,
    reviewed_workspace,
    write_csv,
)

ANA, BESNIK, DRAGANA, ELVIRA = (name for name, _country in EVALUATORS[:4])


def title(reference: str) -> str:
    return f"Sigurna linija {reference} – “Zajedno”"


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Built once: every status, with Ana's and Besnik's reviews (scores of 1.1 1.2 2.1)."""
    folder = tmp_path_factory.mktemp("rank")
    workspace = reviewed_workspace(
        folder,
        {
            "RG-001": {ANA: "5 5 5", BESNIK: "5 5 4"},  # 30 and 10+5+12 = 27
            "RG-002": {ANA: "4 3 4", BESNIK: "5 3 3"},  # 8+3+12 = 23 and 10+3+9 = 22
            "RG-003": {ANA: "4 3 3", BESNIK: "3 3 4"},  # 8+3+9 = 20 and 6+3+12 = 21
            "RG-004": {ANA: "5 5 5", BESNIK: "2 3 2"},  # 30 and 4+3+6 = 13
            "RG-005": {ANA: "2 4 5", BESNIK: "2 4 5"},  # 4+4+15 = 23, Relevance 8
            "RG-006": {ANA: "3 3 3", BESNIK: "4 4 4"},  # 18; Besnik's 24 not submitted
        },
        amounts={"RG-001": "45000.25", "RG-002": "50000.50", "RG-003": "30000"},
        pending=[("RG-006", BESNIK)],
    )
    # two members from two countries: not eligible
    rows = member_rows("RG-007", eligible_members()[:2], title="Мрежа – Nikšić")
    import_file(workspace, write_csv(folder / "ineligible.csv", rows))
    return workspace


@pytest.fixture
def workspace(pristine: Path, tmp_path: Path) -> Path:
    """A fresh copy of the built workspace for each test."""
    path = tmp_path / "chair.gew"
    path.write_bytes(pristine.read_bytes())
    return path


def rank_json(capsys: pytest.CaptureFixture[str], workspace: Path) -> Any:
    return json.loads(ok(capsys, workspace, "rank", "--format", "json"))


def by_reference(data: Any) -> dict[str, Any]:
    return {p["reference"]: p for p in data["proposals"]}


def refused(capsys: pytest.CaptureFixture[str], workspace: Path, *argv: str, code: int = 1) -> str:
    """The stderr of a refused command; nothing on stdout and the workspace byte-identical."""
    before = workspace.read_bytes()
    exit_code, out, err = run(capsys, "-w", workspace, *argv)
    assert (exit_code, out) == (code, "")
    assert workspace.read_bytes() == before
    return err


def entry(
    reference: str,
    status: str,
    rank: int | None,
    final: str | None,
    sections: tuple[str, str] | None,
    requested: str,
    awarded: str | None,
    reviews: int,
    flags: list[str],
    name: str | None = None,
) -> dict[str, Any]:
    return {
        "reference": reference,
        "title": name or title(reference),
        "status": status,
        "rank": rank,
        "final_score": final,
        "section_scores": None
        if sections is None
        else {"Relevance": sections[0], "Quality": sections[1]},
        "requested": requested,
        "awarded": awarded,
        "reviews": reviews,
        "flags": flags,
    }


DIVERGENT = ["DIVERGENT_TOTAL", "DIVERGENT_CRITERION:1.1", "DIVERGENT_CRITERION:2.1"]


def test_rank_json_is_exactly_as_documented(
    workspace: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = ok(capsys, workspace, "rank", "--format", "json")
    data = json.loads(text)

    assert data == {
        "call": "SB-TEST",
        "currency": "EUR",
        "budget": "100000.00",
        # 45000.25 + 50000.50 = 95000.75; + 30000.00 = 125000.75 > 100000.00
        "committed": "95000.75",
        "proposals": [
            # (5+5)/2×2 + (5+5)/2 + (5+4)/2×3 = 10 + 5 + 13.5 = 28.50
            entry(
                "RG-001", "funded", 1, "28.50", ("15.00", "13.50"), "45000.25", "45000.25", 2, []
            ),
            # (4+5)/2×2 + 3 + (4+3)/2×3 = 9 + 3 + 10.5 = 22.50
            entry(
                "RG-002", "funded", 2, "22.50", ("12.00", "10.50"), "50000.50", "50000.50", 2, []
            ),
            # (4+3)/2×2 + 3 + (3+4)/2×3 = 7 + 3 + 10.5 = 20.50
            entry(
                "RG-003", "reserve", 3, "20.50", ("10.00", "10.50"), "30000.00", "30000.00", 2, []
            ),
            # (5+2)/2×2 + (5+3)/2 + (5+2)/2×3 = 7 + 4 + 10.5 = 21.50; spread 30 − 13 = 17 ≥ 6,
            # 1.1: 5 − 2 = 3 ≥ 3, 1.2: 5 − 3 = 2, 2.1: 5 − 2 = 3 ≥ 3
            entry(
                "RG-004",
                "needs_reconciliation",
                None,
                "21.50",
                ("11.00", "10.50"),
                "45000.00",
                None,
                2,
                DIVERGENT,
            ),
            # 4 + 4 + 15 = 23 ≥ 18 but Relevance 8 < 9
            entry(
                "RG-005",
                "below_threshold",
                None,
                "23.00",
                ("8.00", "15.00"),
                "45000.00",
                None,
                2,
                [],
            ),
            # Ana alone: 6 + 3 + 9 = 18
            entry(
                "RG-006",
                "incomplete",
                None,
                "18.00",
                ("9.00", "9.00"),
                "45000.00",
                None,
                1,
                ["MISSING_REVIEWS"],
            ),
            entry(
                "RG-007", "ineligible", None, None, None, "45000.00", None, 0, [], "Мрежа – Nikšić"
            ),
        ],
    }
    assert list(data) == ["call", "currency", "budget", "committed", "proposals"]
    assert {tuple(p) for p in data["proposals"]} == {
        (
            "reference",
            "title",
            "status",
            "rank",
            "final_score",
            "section_scores",
            "requested",
            "awarded",
            "reviews",
            "flags",
        )
    }
    assert list(data["proposals"][0]["section_scores"]) == ["Relevance", "Quality"]
    assert "Мрежа – Nikšić" in text  # written as is, not \u-escaped


def test_rank_csv_and_text(workspace: Path, capsys: pytest.CaptureFixture[str]) -> None:
    lines = ok(capsys, workspace, "rank", "--format", "csv").splitlines()
    text = ok(capsys, workspace, "rank")

    assert lines[0] == (
        "rank,reference,status,final_score,Relevance,Quality,requested,awarded,reviews,flags,title"
    )
    assert lines[1] == f"1,RG-001,funded,28.50,15.00,13.50,45000.25,45000.25,2,,{title('RG-001')}"
    assert lines[7] == ",RG-007,ineligible,,,,45000.00,,0,,Мрежа – Nikšić"
    assert len(lines) == 8
    assert text.splitlines()[-1] == (
        "Budget 100,000.00 EUR: 95,000.75 committed to 2 funded proposals; 1 on the reserve list."
    )


def test_reconcile_json(workspace: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = json.loads(ok(capsys, workspace, "reconcile", "--format", "json"))

    def reviews(ana: str, besnik: str, besnik_submitted: bool = True) -> list[dict[str, Any]]:
        return [
            {"evaluator": ANA, "total": ana, "included": True, "submitted": True},
            {"evaluator": BESNIK, "total": besnik, "included": True, "submitted": besnik_submitted},
        ]

    def item(reference: str, rows: list[Any], spread: str | None, flags: list[str]) -> Any:
        return {
            "reference": reference,
            "reviews": rows,
            "spread": spread,
            "flags": flags,
            "resolved": False,
        }

    # eligible proposals only, by reference
    assert data == {
        "proposals": [
            item("RG-001", reviews("30.00", "27.00"), "3.00", []),
            item("RG-002", reviews("23.00", "22.00"), "1.00", []),
            item("RG-003", reviews("20.00", "21.00"), "1.00", []),
            item("RG-004", reviews("30.00", "13.00"), "17.00", DIVERGENT),
            item("RG-005", reviews("23.00", "23.00"), "0.00", []),
            # Besnik's "4 4 4" = 8+4+12 = 24 is not submitted: no spread with one review
            item("RG-006", reviews("18.00", "24.00", False), None, ["MISSING_REVIEWS"]),
        ]
    }
    assert list(data["proposals"][0]) == ["reference", "reviews", "spread", "flags", "resolved"]


def test_resolve_lets_a_divergent_proposal_rank(
    workspace: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    said = ok(capsys, workspace, "resolve", "RG-004", "--note", "Panel met; Ana's scores stand.")
    data = by_reference(rank_json(capsys, workspace))
    resolved = json.loads(ok(capsys, workspace, "reconcile", "--format", "json"))["proposals"][3]

    assert said == "RG-004 is resolved.\n"
    # 21.50 > RG-003's 20.50; 95000.75 + 45000.00 > 100000: both in reserve
    assert [(r, data[r]["status"], data[r]["rank"]) for r in ("RG-004", "RG-003")] == [
        ("RG-004", "reserve", 3),
        ("RG-003", "reserve", 4),
    ]
    assert data["RG-004"]["flags"] == DIVERGENT
    assert (resolved["reference"], resolved["resolved"]) == ("RG-004", True)


def test_exclude_and_include_a_review(workspace: Path, capsys: pytest.CaptureFixture[str]) -> None:
    said = ok(capsys, workspace, "exclude", "RG-004", "besnik hoxha", "--reason", "Off topic")
    excluded = by_reference(rank_json(capsys, workspace))["RG-004"]
    line = json.loads(ok(capsys, workspace, "reconcile", "--format", "json"))["proposals"][3]
    back = ok(capsys, workspace, "include", "RG-004", BESNIK)
    included = by_reference(rank_json(capsys, workspace))["RG-004"]

    assert said == f"Excluded the review of RG-004 by {BESNIK}.\n"
    # Ana alone: 10 + 5 + 15 = 30.00; one review of the two wanted
    assert excluded == entry(
        "RG-004",
        "incomplete",
        None,
        "30.00",
        ("15.00", "15.00"),
        "45000.00",
        None,
        1,
        ["MISSING_REVIEWS"],
    )
    assert line["reviews"][1] == {
        "evaluator": BESNIK,
        "total": "13.00",
        "included": False,
        "submitted": True,
    }
    assert (line["spread"], line["flags"]) == (None, ["MISSING_REVIEWS"])
    assert back == f"The review of RG-004 by {BESNIK} counts again.\n"
    assert (included["final_score"], included["flags"]) == ("21.50", DIVERGENT)


def test_a_consensus_score_moves_the_proposal(
    workspace: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    said = ok(capsys, workspace, "consensus", "RG-002", "1.1", "3", "--reason", "Panel agreed")
    data = rank_json(capsys, workspace)

    assert said == "Consensus score of RG-002 1.1: 3.\n"
    # RG-002: 3×2 + 3 + 10.5 = 19.50 < RG-003's 20.50;
    # 45000.25 + 30000.00 = 75000.25; + 50000.50 = 125000.75 > 100000
    assert [
        (p["reference"], p["status"], p["rank"], p["final_score"]) for p in data["proposals"][:3]
    ] == [
        ("RG-001", "funded", 1, "28.50"),
        ("RG-003", "funded", 2, "20.50"),
        ("RG-002", "reserve", 3, "19.50"),
    ]
    assert data["committed"] == "75000.25"


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["exclude", "RG-004", BESNIK], ""),
        (
            ["exclude", "RG-004", BESNIK, "--reason", "  "],
            "Give the reason for excluding the review.",
        ),
        (["consensus", "RG-002", "1.1", "3"], ""),
        (
            ["consensus", "RG-002", "1.1", "3", "--reason", ""],
            "Give the reason for the consensus score.",
        ),
        (["resolve", "RG-004"], ""),
        (
            ["resolve", "RG-004", "--note", " \t "],
            "Give the reason for resolving the proposal (a note).",
        ),
    ],
)
def test_chair_decisions_need_a_reason(
    workspace: Path, capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    if message:
        assert refused(capsys, workspace, *argv) == f"grant-evaluator: {message}\n"
    else:
        # argparse refuses the command line itself: a usage error
        err = refused(capsys, workspace, *argv, code=2)
        assert "the following arguments are required: --" in err


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("6", "RG-002: 6 is above the scale of 1.1 (1–5)."),
        ("0", "RG-002: 0 is below the scale of 1.1 (1–5)."),
        ("2.5", "RG-002: 2.5 is not on the scale of 1.1: 1–5 in steps of 1."),
        ("five", "“five” is not a score; type a number."),
    ],
)
def test_a_consensus_score_off_the_scale_is_refused(
    workspace: Path, capsys: pytest.CaptureFixture[str], value: str, message: str
) -> None:
    err = refused(capsys, workspace, "consensus", "RG-002", "1.1", value, "--reason", "Panel")

    assert err == f"grant-evaluator: {message}\n"


@pytest.mark.parametrize(
    ("amount", "message"),
    [
        (
            "4999.99",
            "The award to RG-002 must lie between 5,000.00 and the requested 50,000.50 EUR; "
            "4,999.99 does not.",
        ),
        (
            "50000.51",
            "The award to RG-002 must lie between 5,000.00 and the requested 50,000.50 EUR; "
            "50,000.51 does not.",
        ),
        (
            "20000.005",
            "“20000.005” is not an amount; write it like 45000, 45000.00 or 45,000.00.",
        ),
        ("twenty", "“twenty” is not an amount; write it like 45000, 45000.00 or 45,000.00."),
    ],
)
def test_an_award_outside_the_limits_is_refused(
    workspace: Path, capsys: pytest.CaptureFixture[str], amount: str, message: str
) -> None:
    err = refused(capsys, workspace, "award", "RG-002", "--amount", amount)

    assert err == f"grant-evaluator: {message}\n"


def test_an_award_moves_the_budget_line(
    workspace: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    top = ok(capsys, workspace, "award", "RG-001", "--amount", "45,000.25")  # the request itself
    said = ok(
        capsys, workspace, "award", "RG-002", "--amount", "20000", "--reason", "Staff costs cut."
    )
    data = rank_json(capsys, workspace)

    assert top == "Awarded 45,000.25 EUR to RG-001.\n"
    assert said == "Awarded 20,000.00 EUR to RG-002.\n"
    # 45000.25 + 20000.00 = 65000.25; + 30000.00 = 95000.25 ≤ 100000: RG-003 is funded now
    assert [
        (p["reference"], p["status"], p["requested"], p["awarded"]) for p in data["proposals"][:3]
    ] == [
        ("RG-001", "funded", "45000.25", "45000.25"),
        ("RG-002", "funded", "50000.50", "20000.00"),
        ("RG-003", "funded", "30000.00", "30000.00"),
    ]
    assert data["committed"] == "95000.25"


def test_awarding_less_than_requested_needs_a_reason(
    workspace: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    err = refused(capsys, workspace, "award", "RG-002", "--amount", "20000")

    assert err == (
        "grant-evaluator: 20,000.00 EUR is less than the 50,000.50 RG-002 requested; give the "
        "reason for awarding less (--reason), nothing was changed.\n"
    )
    assert by_reference(rank_json(capsys, workspace))["RG-002"]["awarded"] == "50000.50"


def test_the_reason_for_awarding_less_is_stored_and_audited(
    workspace: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ok(capsys, workspace, "award", "RG-002", "--amount", "20000", "--reason", "  Staff  costs cut.")
    with reading(workspace) as session:
        proposal = find_proposal(session, "RG-002")
        entry = [e for e in history(session, "RG-002") if "award_reason" in e.changes][-1]
    assert proposal.award_reason == "Staff costs cut."
    assert entry.changes["award_reason"] == [None, "Staff costs cut."]
    assert entry.changes["awarded_amount"] == [None, "20000.00"]

    # Back to the request: no reason is needed, and the old one goes.
    ok(capsys, workspace, "award", "RG-002", "--amount", "50000.50")
    with reading(workspace) as session:
        assert find_proposal(session, "RG-002").award_reason is None


def test_assign_divergent_adds_one_evaluator_respecting_conflicts(
    workspace: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ok(capsys, workspace, "evaluator-add", DRAGANA, "--country", "Montenegro")
    ok(capsys, workspace, "evaluator-add", ELVIRA, "--country", "Bosnia and Herzegovina")
    ok(capsys, workspace, "conflict-add", DRAGANA, "RG-004", "--reason", "Former employee")
    before = json.loads(ok(capsys, workspace, "assignments", "--format", "json"))["assignments"]

    said = ok(capsys, workspace, "assign", "--divergent")
    after = json.loads(ok(capsys, workspace, "assignments", "--format", "json"))["assignments"]

    # RG-004 is the only divergent proposal awaiting reconciliation; Dragana and Elvira have
    # no reviews, and Dragana is in conflict with it.
    assert said == "Assigned 1 review to 1 evaluator.\n"
    assert [a for a in after if a not in before] == [
        {"reference": "RG-004", "evaluator": ELVIRA, "status": "assigned"}
    ]
    assert len(after) == len(before) + 1
    # run again with one more free evaluator, Elvira's review still under way: RG-004 gets no
    # fourth evaluator
    ok(capsys, workspace, "evaluator-add", "Goran Stojanovski")
    assert refused(capsys, workspace, "assign", "--divergent") == (
        "grant-evaluator: Every divergent proposal already has an extra review under way: RG-004.\n"
    )


def test_assign_divergent_is_refused_when_nothing_awaits_reconciliation(
    workspace: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ok(capsys, workspace, "evaluator-add", DRAGANA)
    ok(capsys, workspace, "resolve", "RG-004", "--note", "Settled in the panel meeting")

    err = refused(capsys, workspace, "assign", "--divergent")
    usage = refused(capsys, workspace, "assign", "--divergent", "--per-proposal", "3", code=2)

    assert err == (
        "grant-evaluator: No proposal is flagged as divergent and awaiting reconciliation.\n"
    )
    assert "--divergent adds one evaluator; it takes no --per-proposal" in usage
