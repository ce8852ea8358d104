"""The rules that decide who gets money, on hand-made facts, against hand-computed figures.

Every call here is ``SMALL_CALL`` (tests/factories.py) or a variant of it: a review's total is
2×(1.1) + 1×(1.2) + 3×(2.1), at most 30; Relevance = 2×(1.1) + 1×(1.2) needs 9; the pass mark
is 18; a proposal is divergent at 6 points on the total or 3 on a criterion; budget 100,000.
Reviews are written "1.1 1.2 2.1", e.g. "4 3 4" totals 2×4 + 3 + 3×4 = 23.
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction
from typing import Any

import pytest

from evaluator.rules.call import CallSpec, parse_call
from evaluator.rules.ranking import (
    Outcome,
    ProposalFacts,
    ReviewFacts,
    evaluate,
    rank,
    round_half_up,
)
from tests.factories import SMALL_CODES, edit_criterion, small_call

ANA, BESNIK, DRAGANA = "Ana Petrović", "Besnik Hoxha", "Dragana Đurić"


def spec(**rules: Any) -> CallSpec:
    """The small call with some rules changed (see ``small_call``)."""
    return parse_call(small_call(**rules))


def review(
    evaluator: str, written: str, *, submitted: bool = True, included: bool = True
) -> ReviewFacts:
    """A review whose scores of 1.1, 1.2 and 2.1 are written "4 3 4"."""
    values = [Decimal(v) for v in written.split()]
    return ReviewFacts(evaluator, dict(zip(SMALL_CODES, values, strict=True)), submitted, included)


def proposal(
    reference: str,
    *reviews: ReviewFacts,
    requested: str = "45000",
    eligible: bool = True,
    consensus: dict[str, str] | None = None,
    resolved: bool = False,
    awarded: str | None = None,
) -> ProposalFacts:
    return ProposalFacts(
        reference=reference,
        title=f"Proposal {reference}",
        eligible=eligible,
        requested=Decimal(requested),
        reviews=list(reviews),
        consensus={code: Decimal(v) for code, v in (consensus or {}).items()},
        resolved=resolved,
        awarded=None if awarded is None else Decimal(awarded),
    )


def twice(reference: str, written: str, **kwargs: Any) -> ProposalFacts:
    """A proposal that Ana and Besnik scored alike."""
    return proposal(reference, review(ANA, written), review(BESNIK, written), **kwargs)


def figures(outcome: Outcome) -> tuple[str | None, dict[str, str] | None]:
    """The final score and section scores as users read them."""
    sections = outcome.section_scores
    return (
        None if outcome.final_score is None else str(outcome.final_score),
        None if sections is None else {name: str(v) for name, v in sections.items()},
    )


def by_reference(outcomes: list[Outcome]) -> dict[str, Outcome]:
    return {o.reference: o for o in outcomes}


def line(outcomes: list[Outcome]) -> list[tuple[str, str, int | None]]:
    """(reference, status, rank) in the order the ranking lists them."""
    return [(o.reference, o.status, o.rank) for o in outcomes]


# --- Aggregates -----------------------------------------------------------------------------


@pytest.mark.parametrize("aggregate", ["mean", "median", "closest_two"])
def test_two_reviews_give_their_mean_whatever_the_aggregate(aggregate: str) -> None:
    # Ana "4 3 4" = 8+3+12 = 23; Besnik "5 3 3" = 10+3+9 = 22. With two reviews the median and
    # closest_two are the mean.
    outcome = evaluate(
        spec(aggregate=aggregate),
        proposal("RG-001", review(ANA, "4 3 4"), review(BESNIK, "5 3 3")),
    )

    # (4+5)/2×2 + (3+3)/2×1 + (4+3)/2×3 = 9 + 3 + 10.5 = 22.50; Relevance 9+3 = 12.00
    assert figures(outcome) == ("22.50", {"Relevance": "12.00", "Quality": "10.50"})
    assert outcome.criterion_scores == {"1.1": Fraction(9, 2), "1.2": 3, "2.1": Fraction(7, 2)}
    assert (outcome.spread, outcome.flags, outcome.reviews) == (Decimal("1.00"), [], 2)  # 23−22
    assert outcome.status == "funded"


def test_median_of_three_reviews() -> None:
    # Ana "4 3 4" = 23; Besnik "4 2 3" = 8+2+9 = 19; Dragana "2 4 5" = 4+4+15 = 23: spread 4 < 6.
    outcome = evaluate(
        spec(aggregate="median"),
        proposal("RG-001", review(ANA, "4 3 4"), review(BESNIK, "4 2 3"), review(DRAGANA, "2 4 5")),
    )

    # medians: 1.1 of {2,4,4} = 4; 1.2 of {2,3,4} = 3; 2.1 of {3,4,5} = 4
    # 4×2 + 3×1 + 4×3 = 8 + 3 + 12 = 23.00 (the mean would be 20/3 + 3 + 12 = 21.67)
    assert figures(outcome) == ("23.00", {"Relevance": "11.00", "Quality": "12.00"})
    assert (outcome.spread, outcome.flags) == (Decimal("4.00"), [])  # 23 − 19


def test_median_of_four_reviews_is_the_mean_of_the_middle_two() -> None:
    # ... and Elvira "3 3 4" = 6+3+12 = 21.
    outcome = evaluate(
        spec(aggregate="median"),
        proposal(
            "RG-001",
            review(ANA, "4 3 4"),
            review(BESNIK, "4 2 3"),
            review(DRAGANA, "2 4 5"),
            review("Elvira Čaušević", "3 3 4"),
        ),
    )

    # 1.1 of {2,3,4,4} = (3+4)/2 = 3.5; 1.2 of {2,3,3,4} = 3; 2.1 of {3,4,4,5} = 4
    # 3.5×2 + 3×1 + 4×3 = 7 + 3 + 12 = 22.00 (the mean of 1.1, 13/4, would give 21.50)
    assert figures(outcome) == ("22.00", {"Relevance": "10.00", "Quality": "12.00"})
    assert outcome.criterion_scores is not None
    assert outcome.criterion_scores["1.1"] == Fraction(7, 2)


def test_closest_two_of_three_and_divergence_judged_on_that_pair() -> None:
    # Ana "4 3 4" = 23; Besnik "3 2 3" = 6+2+9 = 17; Dragana "5 3 4" = 10+3+12 = 25.
    # |23−17| = 6, |23−25| = 2, |17−25| = 8: Ana and Dragana are the closest pair.
    facts = proposal(
        "RG-001", review(ANA, "4 3 4"), review(BESNIK, "3 2 3"), review(DRAGANA, "5 3 4")
    )

    closest = evaluate(spec(aggregate="closest_two"), facts)
    mean = evaluate(spec(aggregate="mean"), facts)

    # (4+5)/2×2 + (3+3)/2×1 + (4+4)/2×3 = 9 + 3 + 12 = 24.00
    assert figures(closest) == ("24.00", {"Relevance": "12.00", "Quality": "12.00"})
    # the pair's spread, 2 < 6: not divergent, although all three spread 25 − 17 = 8 ≥ 6
    assert (closest.spread, closest.flags, closest.status) == (Decimal("2.00"), [], "funded")
    assert closest.reviews == 3
    # the mean of all three: 12/3×2 + 8/3×1 + 11/3×3 = 8 + 8/3 + 11 = 65/3 = 21.67
    # (= (23+17+25)/3); criteria spread 5−3 = 2, 3−2 = 1, 4−3 = 1 < 3
    assert figures(mean)[0] == "21.67"
    assert (mean.spread, mean.flags) == (Decimal("8.00"), ["DIVERGENT_TOTAL"])
    assert mean.status == "needs_reconciliation"


def test_closest_two_tie_between_pairs_goes_to_the_higher_sum() -> None:
    # Ana "3 2 4" = 6+2+12 = 20; Besnik "4 3 4" = 8+3+12 = 23; Dragana "4 3 5" = 8+3+15 = 26.
    # |20−23| = 3 = |23−26|: a tie; Besnik + Dragana = 49 > Ana + Besnik = 43.
    outcome = evaluate(
        spec(aggregate="closest_two"),
        proposal("RG-001", review(ANA, "3 2 4"), review(BESNIK, "4 3 4"), review(DRAGANA, "4 3 5")),
    )

    # (4+4)/2×2 + (3+3)/2×1 + (4+5)/2×3 = 8 + 3 + 13.5 = 24.50
    # (Ana and Besnik would give 3.5×2 + 2.5 + 4×3 = 21.50)
    assert figures(outcome) == ("24.50", {"Relevance": "11.00", "Quality": "13.50"})
    assert (outcome.spread, outcome.flags) == (Decimal("3.00"), [])


# --- Chair decisions: consensus, exclusion ------------------------------------------------


def test_consensus_overrides_one_criterion_and_the_others_stay_aggregated() -> None:
    outcome = evaluate(
        spec(),
        proposal("RG-001", review(ANA, "4 3 4"), review(BESNIK, "5 3 3"), consensus={"1.1": "3"}),
    )

    # 3×2 + (3+3)/2×1 + (4+3)/2×3 = 6 + 3 + 10.5 = 19.50 (22.50 without the consensus)
    assert figures(outcome) == ("19.50", {"Relevance": "9.00", "Quality": "10.50"})
    assert outcome.criterion_scores == {"1.1": 3, "1.2": 3, "2.1": Fraction(7, 2)}
    assert outcome.spread == Decimal("1.00")  # the reviews themselves are unchanged: 23 − 22


def test_an_excluded_review_counts_nowhere() -> None:
    # Ana "4 3 4" = 23; Besnik "5 3 3" = 22; Dragana "1 1 1" = 2+1+3 = 6.
    def facts(included: bool) -> ProposalFacts:
        return proposal(
            "RG-001",
            review(ANA, "4 3 4"),
            review(BESNIK, "5 3 3"),
            review(DRAGANA, "1 1 1", included=included),
        )

    counted = evaluate(spec(), facts(True))
    excluded = evaluate(spec(), facts(False))

    # (4+5+1)/3×2 + (3+3+1)/3×1 + (4+3+1)/3×3 = 20/3 + 7/3 + 8 = 17.00; spread 23 − 6 = 17;
    # criteria: 1.1 5−1 = 4 ≥ 3, 1.2 3−1 = 2, 2.1 4−1 = 3 ≥ 3
    assert figures(counted) == ("17.00", {"Relevance": "9.00", "Quality": "8.00"})
    assert (counted.spread, counted.reviews) == (Decimal("17.00"), 3)
    assert counted.flags == [
        "DIVERGENT_TOTAL",
        "DIVERGENT_CRITERION:1.1",
        "DIVERGENT_CRITERION:2.1",
    ]
    # Ana and Besnik only: 22.50 as their mean, spread 1
    assert figures(excluded) == ("22.50", {"Relevance": "12.00", "Quality": "10.50"})
    assert (excluded.spread, excluded.flags, excluded.reviews) == (Decimal("1.00"), [], 2)
    assert excluded.status == "funded"


def test_excluded_or_unsubmitted_reviews_leave_a_proposal_incomplete() -> None:
    outcome = evaluate(
        spec(),
        proposal(
            "RG-001",
            review(ANA, "4 3 4"),
            review(BESNIK, "1 1 1", included=False),
            review(DRAGANA, "5 5 5", submitted=False),
        ),
    )

    # Ana alone counts: 8 + 3 + 12 = 23.00; one review of the two the call wants
    assert figures(outcome) == ("23.00", {"Relevance": "11.00", "Quality": "12.00"})
    assert (outcome.reviews, outcome.spread) == (1, None)
    assert (outcome.flags, outcome.status, outcome.rank) == (
        ["MISSING_REVIEWS"],
        "incomplete",
        None,
    )


# --- Rounding -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (Fraction(1, 200), "0.01"),  # 0.005 → up
        (Fraction(4999, 1_000_000), "0.00"),  # 0.004999 → down
        (Fraction(2, 3), "0.67"),  # 0.666…
        (Fraction(-1, 200), "-0.01"),  # half away from zero
        (Fraction(1234565, 100_000), "12.35"),  # 12.34565
    ],
)
def test_round_half_up(value: Fraction, expected: str) -> None:
    assert str(round_half_up(value)) == expected


def test_a_final_score_on_half_a_cent_rounds_up() -> None:
    # 2.1 weighs 1.01: Ana "4 3 4", Besnik "4 3 5"
    outcome = evaluate(
        spec(weight_21="1.01"), proposal("RG-001", review(ANA, "4 3 4"), review(BESNIK, "4 3 5"))
    )

    # 4×2 + 3×1 + (4+5)/2×1.01 = 8 + 3 + 4.545 = 15.545 → 15.55 (half-even or a float: 15.54)
    assert figures(outcome) == ("15.55", {"Relevance": "11.00", "Quality": "4.55"})


def test_a_final_score_just_below_half_a_cent_rounds_down() -> None:
    # 2.1 weighs 1.00999
    outcome = evaluate(
        spec(weight_21="1.00999"),
        proposal("RG-001", review(ANA, "4 3 4"), review(BESNIK, "4 3 5")),
    )

    # 8 + 3 + 4.5×1.00999 = 8 + 3 + 4.544955 = 15.544955 → 15.54
    assert figures(outcome) == ("15.54", {"Relevance": "11.00", "Quality": "4.54"})


def test_totals_and_sections_are_rounded_from_exact_fractions() -> None:
    # Ana "4 5 4" = 8+5+12 = 25; Besnik "4 5 4" = 25; Dragana "5 4 4" = 10+4+12 = 26.
    outcome = evaluate(
        spec(),
        proposal("RG-001", review(ANA, "4 5 4"), review(BESNIK, "4 5 4"), review(DRAGANA, "5 4 4")),
    )

    # 1.1: 13/3×2 = 26/3 = 8.666…; 1.2: 14/3 = 4.666…; 2.1: 4×3 = 12
    # Relevance 40/3 = 13.333… → 13.33; total 40/3 + 12 = 76/3 = 25.333… → 25.33
    # (rounding each criterion first would give 8.67 + 4.67 + 12.00 = 25.34)
    assert figures(outcome) == ("25.33", {"Relevance": "13.33", "Quality": "12.00"})


# --- Ranking and the budget line ------------------------------------------------------------


def test_tie_break_chain_down_to_the_reference() -> None:
    # Two alike reviews each, so the final scores are the reviews' own figures.
    proposals = [
        twice("RG-001", "3 3 4", requested="30000"),  # 6+3+12 = 21, Relevance 9
        twice("RG-002", "4 4 3", requested="40000"),  # 8+4+9 = 21, Relevance 12
        twice("RG-003", "4 4 3", requested="35000"),  # 21, Relevance 12
        twice("RG-004", "5 5 2", requested="50000"),  # 10+5+6 = 21, Relevance 15
        twice("RG-005", "4 4 3", requested="35000"),  # 21, Relevance 12
        twice("RG-006", "3 3 5", requested="60000"),  # 6+3+15 = 24, Relevance 9
    ]

    # given in reverse, so that the input order cannot decide a tie
    result = rank(spec(budget="500000"), proposals[::-1])

    # 24 first; then the 21s by Relevance 15 > 12 > 9; among the 12s the lower amounts
    # (35000 < 40000), and between the two 35000s the reference.
    # All fit: 60000+50000+35000+35000+40000+30000 = 250000 ≤ 500000.
    assert line(result.outcomes) == [
        ("RG-006", "funded", 1),
        ("RG-004", "funded", 2),
        ("RG-003", "funded", 3),
        ("RG-005", "funded", 4),
        ("RG-002", "funded", 5),
        ("RG-001", "funded", 6),
    ]
    assert result.committed == Decimal("250000.00")


def budget_line_proposals() -> list[ProposalFacts]:
    return [
        twice("RG-001", "5 5 5", requested="40000.10"),  # 10+5+15 = 30
        twice("RG-002", "5 5 4", requested="49999.95"),  # 10+5+12 = 27
        twice("RG-003", "5 4 4", requested="30000.00"),  # 10+4+12 = 26
        twice("RG-004", "4 4 4", requested="9999.95"),  # 8+4+12 = 24
        twice("RG-005", "4 4 3", requested="5000.00"),  # 8+4+9 = 21
    ]


def test_strict_budget_line_sends_the_first_misfit_and_all_after_it_to_the_reserve() -> None:
    result = rank(spec(funding="strict"), budget_line_proposals())

    # 40000.10 + 49999.95 = 90000.05; + 30000.00 = 120000.05 > 100000: RG-003 is the line;
    # RG-004 (+ 9999.95 = 100000.00) would fit but comes after it.
    assert line(result.outcomes) == [
        ("RG-001", "funded", 1),
        ("RG-002", "funded", 2),
        ("RG-003", "reserve", 3),
        ("RG-004", "reserve", 4),
        ("RG-005", "reserve", 5),
    ]
    assert (result.budget, result.committed) == (Decimal("100000"), Decimal("90000.05"))


def test_fill_budget_line_skips_the_misfit_and_funds_a_cheaper_one_after_it() -> None:
    result = rank(spec(funding="fill"), budget_line_proposals())

    # 90000.05; RG-003 (120000.05) skipped; RG-004: 90000.05 + 9999.95 = 100000.00 ≤ 100000,
    # exactly the budget; RG-005: 100000.00 + 5000.00 > 100000.
    assert line(result.outcomes) == [
        ("RG-001", "funded", 1),
        ("RG-002", "funded", 2),
        ("RG-003", "reserve", 3),
        ("RG-004", "funded", 4),
        ("RG-005", "reserve", 5),
    ]
    assert result.committed == Decimal("100000.00")


def test_the_awarded_amount_replaces_the_request_on_the_budget_line() -> None:
    proposals = budget_line_proposals()
    proposals[2] = twice("RG-003", "5 4 4", requested="30000.00", awarded="9999.95")

    result = rank(spec(funding="strict"), proposals)

    # 90000.05 + 9999.95 (awarded, not the 30000.00 requested) = 100000.00 ≤ 100000;
    # RG-004: 100000.00 + 9999.95 > 100000, and strict stops there.
    assert line(result.outcomes) == [
        ("RG-001", "funded", 1),
        ("RG-002", "funded", 2),
        ("RG-003", "funded", 3),
        ("RG-004", "reserve", 4),
        ("RG-005", "reserve", 5),
    ]
    assert result.committed == Decimal("100000.00")
    outcome = by_reference(result.outcomes)["RG-003"]
    assert (outcome.requested, outcome.awarded) == (Decimal("30000.00"), Decimal("9999.95"))


# --- Pass marks and divergence --------------------------------------------------------------


def test_a_section_minimum_fails_a_high_total() -> None:
    result = rank(
        spec(),
        [
            twice("RG-001", "2 4 5"),  # 4+4+15 = 23 ≥ 18, but Relevance 4+4 = 8 < 9
            twice("RG-002", "3 3 4"),  # 6+3+12 = 21, Relevance 6+3 = 9 = 9: passes
        ],
    )

    assert line(result.outcomes) == [("RG-002", "funded", 1), ("RG-001", "below_threshold", None)]
    assert figures(by_reference(result.outcomes)["RG-001"]) == (
        "23.00",
        {"Relevance": "8.00", "Quality": "15.00"},
    )


def test_a_total_equal_to_the_pass_mark_passes() -> None:
    result = rank(
        spec(),
        [
            twice("RG-001", "3 3 3"),  # 6+3+9 = 18 = pass_total; Relevance 9
            # "4 3 2" = 8+3+6 = 17, "4 4 2" = 8+4+6 = 18: 8 + 3.5 + 6 = 17.50 < 18, Relevance 11.5
            proposal("RG-002", review(ANA, "4 3 2"), review(BESNIK, "4 4 2")),
        ],
    )

    assert line(result.outcomes) == [("RG-001", "funded", 1), ("RG-002", "below_threshold", None)]
    assert [str(o.final_score) for o in result.outcomes] == ["18.00", "17.50"]


def test_percentage_divergence_is_of_the_higher_total() -> None:
    call = spec(divergence_total="30%")
    # "3 2 4" = 6+2+12 = 20 and "2 1 3" = 4+1+9 = 14: spread 6 = 30% × 20 → divergent
    at = evaluate(call, proposal("RG-001", review(ANA, "3 2 4"), review(BESNIK, "2 1 3")))
    # "3 3 4" = 6+3+12 = 21 and "2 2 3" = 4+2+9 = 15: spread 6 < 30% × 21 = 6.3 → not
    # (30% of the lower total, 4.5, or 6 points would flag it)
    below = evaluate(call, proposal("RG-002", review(ANA, "3 3 4"), review(BESNIK, "2 2 3")))

    assert (at.spread, at.flags, at.status) == (
        Decimal("6.00"),
        ["DIVERGENT_TOTAL"],
        "needs_reconciliation",
    )
    assert (below.spread, below.flags) == (Decimal("6.00"), [])
    # (3+2)/2×2 + (3+2)/2×1 + (4+3)/2×3 = 5 + 2.5 + 10.5 = 18.00, Relevance 7.5 < 9
    assert below.status == "below_threshold"


def test_a_divergent_criterion_without_total_divergence_until_resolved() -> None:
    # "5 3 3" = 10+3+9 = 22 and "2 3 4" = 4+3+12 = 19: spread 3 < 6; 1.1: 5 − 2 = 3 ≥ 3
    def facts(resolved: bool) -> ProposalFacts:
        return proposal("RG-001", review(ANA, "5 3 3"), review(BESNIK, "2 3 4"), resolved=resolved)

    waiting = rank(spec(), [facts(False)]).outcomes[0]
    resolved = rank(spec(), [facts(True)]).outcomes[0]

    assert (waiting.spread, waiting.flags) == (Decimal("3.00"), ["DIVERGENT_CRITERION:1.1"])
    assert (waiting.status, waiting.rank) == ("needs_reconciliation", None)
    # resolved, it ranks: (5+2)/2×2 + 3 + (3+4)/2×3 = 7 + 3 + 10.5 = 20.50, Relevance 10
    assert (resolved.status, resolved.rank, str(resolved.final_score)) == ("funded", 1, "20.50")
    assert resolved.flags == ["DIVERGENT_CRITERION:1.1"]


def test_missing_reviews() -> None:
    outcome = evaluate(
        spec(),
        proposal("RG-001", review(ANA, "3 3 3"), review(BESNIK, "5 5 5", submitted=False)),
    )
    unreviewed = evaluate(spec(), proposal("RG-002"))

    # Ana alone: 6 + 3 + 9 = 18.00
    assert figures(outcome) == ("18.00", {"Relevance": "9.00", "Quality": "9.00"})
    assert (outcome.reviews, outcome.flags, outcome.status) == (
        1,
        ["MISSING_REVIEWS"],
        "incomplete",
    )
    assert figures(unreviewed) == (None, None)
    assert (unreviewed.reviews, unreviewed.flags, unreviewed.spread) == (
        0,
        ["MISSING_REVIEWS"],
        None,
    )


# --- Statuses -------------------------------------------------------------------------------


def test_every_status_and_the_order_of_the_list() -> None:
    proposals = [
        twice("RG-001", "5 5 5", eligible=False),
        proposal("RG-002", review(ANA, "5 5 5")),  # one review of two
        # "5 5 5" = 30 and "2 3 2" = 4+3+6 = 13: spread 17
        proposal("RG-003", review(ANA, "5 5 5"), review(BESNIK, "2 3 2")),
        twice("RG-004", "3 3 2"),  # 6+3+6 = 15 < 18
        twice("RG-005", "4 4 4", requested="60000"),  # 8+4+12 = 24
        twice("RG-006", "5 5 4", requested="50000"),  # 10+5+12 = 27
        twice("RG-007", "5 4 4", requested="45000"),  # 10+4+12 = 26
    ]

    # given in reverse, so that the input order cannot make the list's order
    result = rank(spec(), proposals[::-1])

    # 50000 + 45000 = 95000; + 60000 = 155000 > 100000: RG-005 is in reserve.
    # Ranked ones by rank, then the rest by reference.
    assert line(result.outcomes) == [
        ("RG-006", "funded", 1),
        ("RG-007", "funded", 2),
        ("RG-005", "reserve", 3),
        ("RG-001", "ineligible", None),
        ("RG-002", "incomplete", None),
        ("RG-003", "needs_reconciliation", None),
        ("RG-004", "below_threshold", None),
    ]
    assert result.committed == Decimal("95000.00")
    assert [o.awarded for o in result.outcomes] == [
        Decimal("50000"),
        Decimal("45000"),
        Decimal("60000"),
        None,
        None,
        None,
        None,
    ]
    assert by_reference(result.outcomes)["RG-001"].flags == []  # nothing to flag when ineligible


def test_the_first_status_that_applies_wins() -> None:
    # "3 3 3" = 18 and "1 1 1" = 6: spread 12, divergent; (3+1)/2 = 2 everywhere:
    # 2×2 + 2 + 2×3 = 12.00 < 18.
    divergent_and_low = [review(ANA, "3 3 3"), review(BESNIK, "1 1 1")]

    result = rank(
        spec(),
        [
            proposal("RG-001", *divergent_and_low, eligible=False),
            proposal("RG-002", *divergent_and_low),
            proposal("RG-003", *divergent_and_low, resolved=True),
        ],
    )
    wanting_three = evaluate(spec(reviewers=3), proposal("RG-004", *divergent_and_low))

    assert [o.status for o in result.outcomes] == [
        "ineligible",
        "needs_reconciliation",
        "below_threshold",
    ]
    assert str(result.outcomes[2].final_score) == "12.00"
    assert wanting_three.status == "incomplete"
    # criteria spread 3 − 1 = 2 < 3 each: only the total diverges
    assert wanting_three.flags == ["DIVERGENT_TOTAL", "MISSING_REVIEWS"]


def test_agreeing_reviews_are_never_divergent_by_percentage() -> None:
    # Scales from 0: two reviews of "0 0 0" total 0 and agree. 30% of the higher total is 0,
    # and a spread of 0 must not count as reaching it.
    text = small_call(divergence_total="30%")
    for code in SMALL_CODES:
        text = edit_criterion(text, code, "scale_min", "0")
    outcome = evaluate(
        parse_call(text), proposal("RG-001", review(ANA, "0 0 0"), review(BESNIK, "0 0 0"))
    )

    assert (outcome.spread, outcome.flags, outcome.status) == (
        Decimal("0.00"),
        [],
        "below_threshold",
    )
