"""The ranking rules as first written: plain, definitional, every figure a Fraction.

Kept only as the reference ``evaluator.rules.ranking`` (exact Decimals, integer rounding, each total
computed once) must agree with, outcome for outcome; see test_ranking_equivalence.py.
It shares the fact types with the real module, so the same facts feed both.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from itertools import combinations
from math import floor

from evaluator.rules.call import CallSpec
from evaluator.rules.ranking import ProposalFacts, ReviewFacts

STATUSES = (
    "ineligible",
    "incomplete",
    "needs_reconciliation",
    "below_threshold",
    "funded",
    "reserve",
)


def round_half_up(value: Fraction) -> Decimal:
    """``value`` rounded half away from zero to two decimals, exactly."""
    sign = -1 if value < 0 else 1
    cents = floor(abs(value) * 100 + Fraction(1, 2))
    return Decimal(sign * cents).scaleb(-2).quantize(Decimal("0.01"))


def review_total(spec: CallSpec, scores: dict[str, Decimal]) -> Fraction:
    """A review's total: Σ score × weight over the criteria scored."""
    weights = {c.code: c.weight for c in spec.criteria}
    return sum((Fraction(v) * Fraction(weights[c]) for c, v in scores.items()), Fraction(0))


def counted(proposal: ProposalFacts) -> list[ReviewFacts]:
    """The reviews that count: submitted and not excluded."""
    return [r for r in proposal.reviews if r.submitted and r.included]


def judged(spec: CallSpec, reviews: list[ReviewFacts]) -> list[ReviewFacts]:
    """The reviews the aggregate and the divergence are judged on.

    With ``closest_two`` and three or more reviews, only the two whose totals are closest
    (a tie goes to the pair with the higher sum, then to the evaluators' names); otherwise all.
    """
    if spec.scoring.aggregate != "closest_two" or len(reviews) < 3:
        return reviews
    totals = {id(r): review_total(spec, r.scores) for r in reviews}

    def closeness(pair: Iterable[ReviewFacts]) -> tuple[Fraction, Fraction, str]:
        a, b = tuple(pair)
        return (
            abs(totals[id(a)] - totals[id(b)]),
            -(totals[id(a)] + totals[id(b)]),
            "\x00".join(sorted((a.evaluator, b.evaluator))),
        )

    return list(min(combinations(reviews, 2), key=closeness))


def spread(spec: CallSpec, reviews: list[ReviewFacts]) -> Fraction | None:
    """Highest minus lowest total among ``reviews``; None with fewer than two."""
    if len(reviews) < 2:
        return None
    totals = [review_total(spec, r.scores) for r in reviews]
    return max(totals) - min(totals)


def criterion_spreads(spec: CallSpec, proposal: ProposalFacts) -> dict[str, Decimal]:
    """Each criterion's raw spread over the reviews divergence is judged on (two or more)."""
    basis = judged(spec, counted(proposal))
    spreads = {}
    for criterion in spec.criteria:
        values = [r.scores[criterion.code] for r in basis if criterion.code in r.scores]
        if len(values) >= 2:
            spreads[criterion.code] = max(values) - min(values)
    return spreads


def flags(spec: CallSpec, proposal: ProposalFacts) -> list[str]:
    """``DIVERGENT_TOTAL``, ``DIVERGENT_CRITERION:<code>`` (in call order), ``MISSING_REVIEWS``."""
    if not proposal.eligible:
        return []
    scoring = spec.scoring
    reviews = counted(proposal)
    basis = judged(spec, reviews)
    found = []
    gap = spread(spec, basis)
    if gap is not None:
        threshold = Fraction(scoring.divergence_total.value)
        if scoring.divergence_total.percent:
            highest = max(review_total(spec, r.scores) for r in basis)
            threshold = threshold * highest / 100
        # A percentage of a zero total is zero: agreeing reviews (no spread) never diverge.
        if gap > 0 and gap >= threshold:
            found.append("DIVERGENT_TOTAL")
        for code, criterion_gap in criterion_spreads(spec, proposal).items():
            if criterion_gap >= scoring.divergence_criterion:
                found.append(f"DIVERGENT_CRITERION:{code}")
    if len(reviews) < scoring.reviewers_per_proposal:
        found.append("MISSING_REVIEWS")
    return found


def _median(values: list[Fraction]) -> Fraction:
    ordered = sorted(values)
    middle = len(ordered) // 2
    if len(ordered) % 2:
        return ordered[middle]
    return (ordered[middle - 1] + ordered[middle]) / 2


def criterion_scores(spec: CallSpec, proposal: ProposalFacts) -> dict[str, Fraction] | None:
    """The final score of each criterion, exact; None while no review counts.

    The chair's consensus score wins; otherwise the call's aggregate of the reviews judged.
    """
    reviews = judged(spec, counted(proposal))
    if not reviews:
        return None
    result = {}
    for criterion in spec.criteria:
        if criterion.code in proposal.consensus:
            result[criterion.code] = Fraction(proposal.consensus[criterion.code])
            continue
        values = [Fraction(r.scores[criterion.code]) for r in reviews if criterion.code in r.scores]
        if not values:
            result[criterion.code] = Fraction(0)
        elif spec.scoring.aggregate == "median":
            result[criterion.code] = _median(values)
        else:
            result[criterion.code] = sum(values, Fraction(0)) / len(values)
    return result


@dataclass
class Outcome:
    """Where one proposal stands: its scores, flags, status and, if it passed, its rank."""

    reference: str
    title: str
    status: str
    rank: int | None
    final_score: Decimal | None
    section_scores: dict[str, Decimal] | None
    criterion_scores: dict[str, Fraction] | None
    requested: Decimal
    awarded: Decimal | None
    reviews: int
    flags: list[str]
    spread: Decimal | None
    resolved: bool


@dataclass(frozen=True)
class Ranking:
    """The whole ranking: every proposal's outcome, ranked ones first, and the money."""

    budget: Decimal
    committed: Decimal
    outcomes: list[Outcome]


def evaluate(spec: CallSpec, proposal: ProposalFacts) -> Outcome:
    """One proposal's scores, flags and status short of the budget line (passing ones are
    marked ``funded`` until the budget line is drawn)."""
    scores = criterion_scores(spec, proposal)
    final: Decimal | None = None
    sections: dict[str, Decimal] | None = None
    if scores is not None:
        weights = {c.code: Fraction(c.weight) for c in spec.criteria}
        final = round_half_up(sum((scores[c] * weights[c] for c in scores), Fraction(0)))
        sections = {
            s.name: round_half_up(
                sum(
                    (scores[c.code] * weights[c.code] for c in spec.criteria_of(s.name)),
                    Fraction(0),
                )
            )
            for s in spec.sections
        }
    found = flags(spec, proposal)
    reviews = len(counted(proposal))
    divergent = any(f.startswith("DIVERGENT") for f in found)
    gap = spread(spec, judged(spec, counted(proposal)))
    if not proposal.eligible:
        status = "ineligible"
    elif reviews < spec.scoring.reviewers_per_proposal:
        status = "incomplete"
    elif divergent and not proposal.resolved:
        status = "needs_reconciliation"
    elif final is None or sections is None or not _passes(spec, final, sections):
        status = "below_threshold"
    else:
        status = "funded"
    return Outcome(
        reference=proposal.reference,
        title=proposal.title,
        status=status,
        rank=None,
        final_score=final,
        section_scores=sections,
        criterion_scores=scores,
        requested=proposal.requested,
        awarded=proposal.awarded,
        reviews=reviews,
        flags=found,
        spread=round_half_up(gap) if gap is not None else None,
        resolved=proposal.resolved,
    )


def _passes(spec: CallSpec, final: Decimal, sections: dict[str, Decimal]) -> bool:
    if final < spec.scoring.pass_total:
        return False
    return all(s.pass_min is None or sections[s.name] >= s.pass_min for s in spec.sections)


def rank(spec: CallSpec, proposals: list[ProposalFacts]) -> Ranking:
    """Rank the passing proposals and draw the budget line.

    Passing proposals are numbered 1…n by final total (descending), then the first section's
    score (descending), then the lower requested amount, then the reference. Walking that
    order, each is funded with its awarded amount (default: requested) while the committed sum
    stays within the budget; ``strict`` sends the first that does not fit and all after it to
    the reserve list, ``fill`` skips it to the reserve list and goes on.
    """
    outcomes = [evaluate(spec, p) for p in proposals]
    first = spec.sections[0].name
    passing = sorted(
        (o for o in outcomes if o.status == "funded"),
        key=lambda o: (
            -(o.final_score or 0),
            -((o.section_scores or {}).get(first) or 0),
            o.requested,
            o.reference,
        ),
    )
    budget = spec.call.budget
    committed = Decimal("0.00")
    line_drawn = False
    for number, outcome in enumerate(passing, start=1):
        outcome.rank = number
        amount = outcome.awarded if outcome.awarded is not None else outcome.requested
        outcome.awarded = amount
        fits = committed + amount <= budget
        if fits and not line_drawn:
            committed += amount
        else:
            outcome.status = "reserve"
            if spec.scoring.funding == "strict":
                line_drawn = True
    others = sorted((o for o in outcomes if o.rank is None), key=lambda o: o.reference)
    for outcome in others:
        outcome.awarded = None
    return Ranking(budget, committed, [*passing, *others])
