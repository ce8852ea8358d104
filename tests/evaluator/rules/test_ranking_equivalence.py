"""The ranking rules agree, outcome for outcome, with their plain Fraction reference.

``evaluator.rules.ranking`` computes with exact Decimals, integer rounding and each total once, for
speed; ``ranking_reference`` is the rules as first written, every figure a Fraction. Random
calls (mean, median, closest_two; strict or fill; points or percent divergence; fractional
weights) and random proposals (missing, unsubmitted, excluded reviews; consensus; resolved;
awards) must give the same statuses, ranks, scores, flags and money from both.
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

from hypothesis import given, settings
from hypothesis import strategies as st

from evaluator.rules import ranking
from evaluator.rules.call import parse_call
from evaluator.rules.ranking import ProposalFacts, ReviewFacts
from tests.evaluator.rules import ranking_reference as reference
from tests.factories import SMALL_CODES, small_call

NAMES = ("Ana Petrović", "Besnik Hoxha", "Dragana Đurić", "Марко Јовановић")
VALUES = [Decimal(v) for v in ("1", "1.5", "2", "2.5", "3", "3.25", "4", "4.5", "5")]

calls = st.builds(
    small_call,
    aggregate=st.sampled_from(["mean", "median", "closest_two"]),
    funding=st.sampled_from(["strict", "fill"]),
    divergence_total=st.sampled_from(["6", "2.5", "20%", "7.5%"]),
    reviewers=st.sampled_from([2, 3]),
    budget=st.sampled_from(["50000", "100000", "180000.50"]),
    # The pass mark of 18 needs a grid maximum of at least 18: weight ≥ 0.6.
    weight_21=st.sampled_from(["3", "1.75", "2.25", "2.75"]),
)

reviews = st.lists(
    st.builds(
        ReviewFacts,
        evaluator=st.sampled_from(NAMES),
        # Few distinct values as often as many: ties between pairs of totals then occur.
        scores=st.lists(
            st.sampled_from(VALUES) | st.sampled_from(VALUES[4:7]), min_size=3, max_size=3
        ).map(lambda values: dict(zip(SMALL_CODES, values, strict=True))),
        submitted=st.sampled_from([True, True, True, False]),
        included=st.sampled_from([True, True, True, False]),
    ),
    min_size=1,
    max_size=4,
    unique_by=lambda r: r.evaluator,
)


@st.composite
def proposals(draw: st.DrawFn) -> list[ProposalFacts]:
    count = draw(st.integers(min_value=1, max_value=10))
    return [
        ProposalFacts(
            reference=f"RG-{n:03d}",
            title=f"Proposal {n}",
            eligible=draw(st.sampled_from([True, True, True, False])),
            requested=draw(
                st.sampled_from([Decimal("30000"), Decimal("45000"), Decimal("45000.50")])
            ),
            reviews=sorted(draw(reviews), key=lambda r: r.evaluator),
            consensus=draw(
                st.dictionaries(st.sampled_from(SMALL_CODES), st.sampled_from(VALUES), max_size=2)
            ),
            resolved=draw(st.booleans()),
            awarded=draw(st.none() | st.just(Decimal("30000.00"))),
        )
        for n in range(1, count + 1)
    ]


def seen(outcome: ranking.Outcome | reference.Outcome) -> tuple[object, ...]:
    scores = outcome.criterion_scores
    return (
        outcome.reference,
        outcome.status,
        outcome.rank,
        outcome.final_score,
        outcome.section_scores,
        None if scores is None else {code: Fraction(v) for code, v in scores.items()},
        outcome.awarded,
        outcome.reviews,
        outcome.flags,
        outcome.spread,
    )


@settings(max_examples=300, deadline=None)
@given(call=calls, facts=proposals())
def test_the_fast_rules_give_what_the_plain_fraction_rules_give(
    call: str, facts: list[ProposalFacts]
) -> None:
    spec = parse_call(call)
    fast = ranking.rank(spec, facts)
    plain = reference.rank(spec, facts)
    assert (fast.budget, fast.committed) == (plain.budget, plain.committed)
    assert [seen(o) for o in fast.outcomes] == [seen(o) for o in plain.outcomes]
    by_reference = {o.reference: o for o in fast.outcomes}
    for proposal in facts:
        assert by_reference[proposal.reference].criterion_spreads == reference.criterion_spreads(
            spec, proposal
        )


def test_a_rounding_half_cent_goes_up_in_both() -> None:
    # 1/3 of 0.995 … a total of 76.125 must print 76.13, and -0.005 -0.01 (half away from 0).
    for value in (Fraction(76125, 1000), Fraction(-5, 1000), Fraction(200, 3), Decimal("0.005")):
        assert ranking.round_half_up(value) == reference.round_half_up(Fraction(value))
    assert str(ranking.round_half_up(Fraction(76125, 1000))) == "76.13"
    assert str(ranking.round_half_up(Fraction(-5, 1000))) == "-0.01"
    assert str(ranking.round_half_up(Fraction(0))) == "0.00"
