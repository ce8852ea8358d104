"""The scoring rules on their own: typed scores, the scale, justifications, a review's total."""

from __future__ import annotations

import decimal
from decimal import Decimal

import pytest

from evaluator.errors import EvaluatorError
from evaluator.rules.call import parse_call
from evaluator.rules.exact import EXACT
from evaluator.rules.scoring import (
    criterion_of,
    missing_for,
    needs_justification,
    parse_score,
    review_total,
    score_problem,
)
from tests.factories import demo_call_text, small_call

SMALL = parse_call(small_call())  # 2×(1.1) + 1×(1.2) + 3×(2.1), scales 1–5 in steps of 1


@pytest.mark.parametrize(
    ("text", "value"),
    [("4", Decimal("4")), (" 4,5 ", Decimal("4.5")), ("3.0", Decimal("3"))],
)
def test_typed_scores_are_read_as_people_write_them(text: str, value: Decimal) -> None:
    assert parse_score(text) == value


@pytest.mark.parametrize("text", ["abc", "", "NaN", "Infinity", "4 points"])
def test_text_that_is_not_a_number_is_not_a_score(text: str) -> None:
    with pytest.raises(EvaluatorError) as error:
        parse_score(text)

    assert error.value.message == f"“{text.strip()}” is not a score; type a number."


def test_a_score_off_the_scale_or_its_step_says_why() -> None:
    criterion = criterion_of(SMALL, " 2.1 ")

    assert [score_problem(criterion, Decimal(v)) for v in ("1", "5", "0", "6", "3.5")] == [
        None,
        None,
        "0 is below the scale of 2.1 (1–5)",
        "6 is above the scale of 2.1 (1–5)",
        "3.5 is not on the scale of 2.1: 1–5 in steps of 1",
    ]


def test_an_unknown_criterion_names_the_call_s_criteria() -> None:
    with pytest.raises(EvaluatorError) as error:
        criterion_of(SMALL, "9.9")

    assert error.value.message == "The call has no criterion “9.9”; its criteria are 1.1, 1.2, 2.1."


def test_a_review_s_total_is_the_weighted_sum_of_what_it_scored() -> None:
    with decimal.localcontext(EXACT):
        whole = review_total(
            SMALL.weights, {"1.1": Decimal(4), "1.2": Decimal(3), "2.1": Decimal(4)}
        )
        part = review_total(SMALL.weights, {"2.1": Decimal("4.5")})

    assert (whole, part, review_total(SMALL.weights, {})) == (Decimal(23), Decimal("13.5"), 0)


def test_what_stops_a_submission_is_said_in_words() -> None:
    spec = parse_call(demo_call_text())
    low = min(spec.scoring.comments_required_for)
    scores = {c.code: (Decimal(3), "") for c in spec.criteria[1:]}
    scores[spec.criteria[1].code] = (low, "")

    assert needs_justification(spec, low)
    assert missing_for(spec, declared=False, scores=scores) == [
        "no declaration of absence of conflict of interest",
        f"not scored: {spec.criteria[0].code}",
        f"justification missing for {spec.criteria[1].code} (score {low.normalize():f})",
    ]
    complete = {c.code: (Decimal(3), "") for c in spec.criteria}
    assert missing_for(spec, declared=True, scores=complete) == []
