"""The chair's reconciliation through the workspace: exclusions, consensus, resolve, awards.

Workspaces hold ``SMALL_CALL`` (tests/factories.py): a review's total is 2×(1.1) + 1×(1.2) +
3×(2.1); Relevance = 2×(1.1) + 1×(1.2) needs 9; pass mark 18; divergent at 6 points on the
total or 3 on a criterion; budget 100,000; grants from 5,000 to the amount requested.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest
from sqlmodel import select

from evaluator.errors import EvaluatorError
from evaluator.rules.ranking import Outcome
from evaluator.services.evaluators import find_evaluator
from evaluator.services.reconcile import (
    award,
    clear_consensus,
    exclude,
    include,
    ranking,
    reconciliation,
    resolve,
    set_consensus,
)
from evaluator.services.scoring import review_of
from evaluator.storage.models import Review
from tests.factories import (
    EVALUATORS,
    exchange_round,
    merge_returns,
    reading,
    references_of,
    reviewed_workspace,
    transaction,
    write_returns,
)

ANA, BESNIK, DRAGANA = (name for name, _country in EVALUATORS[:3])


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    """RG-001: Ana "4 3 4" = 8+3+12 = 23, Besnik "5 3 3" = 10+3+9 = 22, Dragana "1 1 1" =
    2+1+3 = 6. RG-002: Ana "5 5 5" = 30, Besnik "2 3 2" = 4+3+6 = 13 (divergent).
    RG-003: Ana "3 3 3" = 18, Besnik "3 3 4" = 21. Each requests 45,000."""
    return reviewed_workspace(
        tmp_path,
        {
            "RG-001": {ANA: "4 3 4", BESNIK: "5 3 3", DRAGANA: "1 1 1"},
            "RG-002": {ANA: "5 5 5", BESNIK: "2 3 2"},
            "RG-003": {ANA: "3 3 3", BESNIK: "3 3 4"},
        },
    )


def outcomes(workspace: Path) -> dict[str, Outcome]:
    with reading(workspace) as session:
        return {o.reference: o for o in ranking(session).outcomes}


def chair_versions(workspace: Path, reference: str) -> dict[str, int]:
    with reading(workspace) as session:
        return {
            name: review_of(session, find_evaluator(session, name), reference).chair_version
            for name in (ANA, BESNIK)
        }


def refused(workspace: Path, action: Callable[..., None], **kwargs: object) -> str:
    """The message of a refused chair action; the workspace is left byte for byte."""
    before = workspace.read_bytes()
    with pytest.raises(EvaluatorError) as caught, transaction(workspace) as session:
        action(session=session, **kwargs)
    assert workspace.read_bytes() == before
    return caught.value.message


def test_excluding_a_review_takes_it_out_of_every_figure(workspace: Path) -> None:
    before = outcomes(workspace)["RG-001"]
    with transaction(workspace) as session:
        exclude(
            session=session,
            reference="RG-001",
            evaluator_name="dragana đurić",
            reason="  Scored   another proposal's budget ",
        )
    after = outcomes(workspace)["RG-001"]
    with reading(workspace) as session:
        item = next(i for i in reconciliation(session) if i.reference == "RG-001")
        version = review_of(session, find_evaluator(session, DRAGANA), "RG-001").chair_version

    # all three: (4+5+1)/3×2 + (3+3+1)/3 + (4+3+1)/3×3 = 20/3 + 7/3 + 8 = 17.00 < 18;
    # spread 23 − 6 = 17; 1.1: 5 − 1 = 4 ≥ 3; 2.1: 4 − 1 = 3 ≥ 3
    assert (str(before.final_score), str(before.spread), before.reviews) == ("17.00", "17.00", 3)
    assert before.flags == ["DIVERGENT_TOTAL", "DIVERGENT_CRITERION:1.1", "DIVERGENT_CRITERION:2.1"]
    assert before.status == "needs_reconciliation"
    # Ana and Besnik: (4+5)/2×2 + 3 + (4+3)/2×3 = 9 + 3 + 10.5 = 22.50; spread 23 − 22 = 1
    assert (str(after.final_score), str(after.spread), after.reviews) == ("22.50", "1.00", 2)
    assert (after.flags, after.status, after.rank) == ([], "funded", 1)
    assert [(r.evaluator, str(r.total), r.included) for r in item.reviews] == [
        (ANA, "23.00", True),
        (BESNIK, "22.00", True),
        (DRAGANA, "6.00", False),  # still shown, with its total
    ]
    assert item.reviews[2].exclusion_reason == "Scored another proposal's budget"
    assert version == 1

    with transaction(workspace) as session:
        include(session=session, reference="RG-001", evaluator_name=DRAGANA)
    again = outcomes(workspace)["RG-001"]
    with reading(workspace) as session:
        review = review_of(session, find_evaluator(session, DRAGANA), "RG-001")
        restored = (review.excluded, review.exclusion_reason, review.chair_version)

    assert (str(again.final_score), again.reviews, again.flags) == ("17.00", 3, before.flags)
    assert restored == (False, None, 2)


def test_excluding_one_of_two_reviews_leaves_the_proposal_incomplete(workspace: Path) -> None:
    with transaction(workspace) as session:
        exclude(session=session, reference="RG-003", evaluator_name=BESNIK, reason="Conflict")

    outcome = outcomes(workspace)["RG-003"]

    # Ana alone: 6 + 3 + 9 = 18.00
    assert (str(outcome.final_score), outcome.reviews, outcome.spread) == ("18.00", 1, None)
    assert (outcome.flags, outcome.status, outcome.rank) == (
        ["MISSING_REVIEWS"],
        "incomplete",
        None,
    )


def test_exclusion_needs_a_reason_and_a_review_that_counts(workspace: Path) -> None:
    for reason in ("", "  \n\t "):
        assert (
            refused(workspace, exclude, reference="RG-001", evaluator_name=DRAGANA, reason=reason)
            == "Give the reason for excluding the review."
        )
    assert (
        refused(workspace, include, reference="RG-001", evaluator_name=DRAGANA)
        == f"The review of RG-001 by {DRAGANA} is not excluded."
    )
    with transaction(workspace) as session:
        exclude(session=session, reference="RG-001", evaluator_name=DRAGANA, reason="Outlier")
    assert (
        refused(workspace, exclude, reference="RG-001", evaluator_name=DRAGANA, reason="Again")
        == f"The review of RG-001 by {DRAGANA} is already excluded."
    )
    assert (
        refused(workspace, exclude, reference="RG-003", evaluator_name=DRAGANA, reason="Outlier")
        == f"RG-003 is not assigned to {DRAGANA}."
    )


def test_a_consensus_score_replaces_one_criterion(workspace: Path) -> None:
    with transaction(workspace) as session:
        set_consensus(
            session=session,
            reference="RG-003",
            criterion="1.1",
            value=Decimal(5),
            reason="Panel agreed",
        )
    first = outcomes(workspace)["RG-003"]
    versions = chair_versions(workspace, "RG-003")
    with transaction(workspace) as session:
        set_consensus(
            session=session, reference="RG-003", criterion=" 1.1 ", value=Decimal(1), reason="No"
        )
    with reading(workspace) as session:
        item = next(i for i in reconciliation(session) if i.reference == "RG-003")
    second = outcomes(workspace)["RG-003"]
    with transaction(workspace) as session:
        clear_consensus(session=session, reference="RG-003", criterion="1.1")
    cleared = outcomes(workspace)["RG-003"]

    # Ana "3 3 3", Besnik "3 3 4"; 1.1 = 5: 5×2 + (3+3)/2 + (3+4)/2×3 = 10 + 3 + 10.5 = 23.50
    assert (str(first.final_score), str((first.section_scores or {})["Relevance"])) == (
        "23.50",
        "13.00",
    )
    # Consensus lives apart from the reviews (returns never touch it), so the reviews stay
    # open to their evaluators' returns, e.g. a third review still under way.
    assert versions == {ANA: 0, BESNIK: 0}
    # 1.1 = 1: 1×2 + 3 + 10.5 = 15.50 < 18, Relevance 2 + 3 = 5 < 9
    assert (str(second.final_score), second.status) == ("15.50", "below_threshold")
    assert item.consensus == {"1.1": (Decimal(1), "No")}
    # the mean again: 3×2 + 3 + 10.5 = 19.50
    # (RG-001 and RG-002 await reconciliation, so RG-003 ranks first)
    assert (str(cleared.final_score), cleared.status, cleared.rank) == ("19.50", "funded", 1)


@pytest.mark.parametrize(
    ("criterion", "value", "reason", "message"),
    [
        ("1.1", "6", "Panel", "RG-003: 6 is above the scale of 1.1 (1–5)."),
        ("1.1", "0", "Panel", "RG-003: 0 is below the scale of 1.1 (1–5)."),
        ("2.1", "3.5", "Panel", "RG-003: 3.5 is not on the scale of 2.1: 1–5 in steps of 1."),
        ("1.1", "4", " ", "Give the reason for the consensus score."),
    ],
)
def test_a_consensus_score_off_the_scale_or_without_reason_is_refused(
    workspace: Path, criterion: str, value: str, reason: str, message: str
) -> None:
    assert (
        refused(
            workspace,
            set_consensus,
            reference="RG-003",
            criterion=criterion,
            value=Decimal(value),
            reason=reason,
        )
        == message
    )


def test_resolving_a_divergent_proposal_lets_it_rank(workspace: Path) -> None:
    with transaction(workspace) as session:
        exclude(session=session, reference="RG-001", evaluator_name=DRAGANA, reason="Outlier")
    with reading(workspace) as session:
        order = [(i.reference, i.resolved) for i in reconciliation(session)]
    assert (
        refused(workspace, resolve, reference="RG-002", note=" ")
        == "Give the reason for resolving the proposal (a note)."
    )
    with transaction(workspace) as session:
        resolve(session=session, reference="RG-002", note=" Third opinion heard;  scores stand.")
    with reading(workspace) as session:
        items = reconciliation(session)
    ranked = outcomes(workspace)

    # flagged and unresolved first (RG-002), then the rest by reference
    assert order == [("RG-002", False), ("RG-001", False), ("RG-003", False)]
    assert [(i.reference, i.resolved) for i in items] == [
        ("RG-001", False),
        ("RG-002", True),
        ("RG-003", False),
    ]
    assert items[1].resolve_note == "Third opinion heard; scores stand."
    # RG-001 (Dragana excluded): 22.50, see above
    # RG-002: (5+2)/2×2 + (5+3)/2 + (5+2)/2×3 = 7 + 4 + 10.5 = 21.50, still flagged
    # RG-003: (3+3)/2×2 + 3 + (3+4)/2×3 = 6 + 3 + 10.5 = 19.50
    # 45000 + 45000 = 90000; + 45000 = 135000 > 100000
    assert [(o.reference, o.status, o.rank, str(o.final_score)) for o in ranked.values()] == [
        ("RG-001", "funded", 1, "22.50"),
        ("RG-002", "funded", 2, "21.50"),
        ("RG-003", "reserve", 3, "19.50"),
    ]
    assert ranked["RG-002"].flags[0] == "DIVERGENT_TOTAL"


def test_an_award_sets_the_amount_on_the_budget_line(tmp_path: Path) -> None:
    # three passing proposals; 30000.00 + 40000.50 = 70000.50, + 35000.00 = 105000.50 > 100000
    workspace = reviewed_workspace(
        tmp_path,
        {
            "RG-001": {ANA: "5 5 5", BESNIK: "5 5 5"},  # 30
            "RG-002": {ANA: "4 4 4", BESNIK: "4 4 4"},  # 8+4+12 = 24
            "RG-003": {ANA: "3 3 4", BESNIK: "3 3 4"},  # 6+3+12 = 21
        },
        amounts={"RG-001": "30000", "RG-002": "40000.50", "RG-003": "35000"},
    )
    strict = outcomes(workspace)

    with transaction(workspace) as session:
        award(
            session=session,
            reference="RG-003",
            amount=Decimal("29999.50"),
            reason="Budget line.",
        )
    awarded = outcomes(workspace)
    with reading(workspace) as session:
        committed = ranking(session).committed

    assert strict["RG-003"].status == "reserve"
    # 70000.50 + 29999.50 = 100000.00 ≤ 100000
    assert (awarded["RG-003"].status, awarded["RG-003"].awarded) == ("funded", Decimal("29999.50"))
    assert awarded["RG-003"].requested == Decimal("35000.00")
    assert committed == Decimal("100000.00")


@pytest.mark.parametrize(
    ("amount", "message"),
    [
        (
            "4999.99",
            "The award to RG-003 must lie between 5,000.00 and the requested 45,000.00 EUR; "
            "4,999.99 does not.",
        ),
        (
            "45000.01",
            "The award to RG-003 must lie between 5,000.00 and the requested 45,000.00 EUR; "
            "45,000.01 does not.",
        ),
        ("30000.005", "30000.005 has more than two decimals; amounts are in cents."),
    ],
)
def test_an_award_outside_the_limits_is_refused(workspace: Path, amount: str, message: str) -> None:
    assert refused(workspace, award, reference="RG-003", amount=Decimal(amount)) == message


@pytest.mark.parametrize("amount", ["5000", "45000.00"])
def test_an_award_on_either_limit_is_accepted(workspace: Path, amount: str) -> None:
    with transaction(workspace) as session:
        award(session=session, reference="RG-003", amount=Decimal(amount), reason="Capped.")

    assert outcomes(workspace)["RG-003"].awarded == Decimal(amount)


def test_an_exclusion_is_kept_against_a_returns_file_made_before_it(tmp_path: Path) -> None:
    game = exchange_round(tmp_path, proposals=2)
    merge_returns(game.chair, game.returns[ANA])
    reference = references_of(game.chair, ANA)[0]
    with transaction(game.chair) as session:
        exclude(session=session, reference=reference, evaluator_name=ANA, reason="Outlier")
    # Ana's workspace still holds the package made before the exclusion.
    later = write_returns(game.workspaces[ANA], tmp_path / "ana-2.ger")

    result = merge_returns(game.chair, later.path)
    with reading(game.chair) as session:
        review = review_of(session, find_evaluator(session, ANA), reference)
        kept = (review.excluded, review.exclusion_reason, review.submitted_at is not None)
        reviews = len(session.exec(select(Review)).all())

    assert later.revision == 2
    assert result.conflicts == [
        f"{reference}: the chair changed this review after {ANA}'s package was made; "
        "it is kept as the chair left it"
    ]
    assert kept == (True, "Outlier", True)
    assert reviews == 4  # two proposals × two evaluators
