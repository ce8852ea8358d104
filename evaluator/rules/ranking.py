"""The rules that decide who gets money: divergence, final scores, pass marks, rank, budget line.

Everything here is pure computation over plain facts, exact to the point and the cent. Scores
and weights are Decimals, multiplied and added under a context that refuses to round
(``EXACT``: any inexact step raises instead of rounding silently). The only division, the mean
of a criterion's scores, is kept as a numerator and a divisor, and a final total or section
score is rounded half-up to two decimals with integer arithmetic. Ranking compares those
rounded figures, the ones users see.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from decimal import Decimal
from fractions import Fraction
from itertools import combinations

from evaluator.rules.call import CallSpec
from evaluator.rules.exact import ZERO, exact, round_half_up, round_ratio
from evaluator.rules.scoring import review_total
from evaluator.rules.statuses import Flag, FlagOf, Status


@dataclass(frozen=True)
class ReviewFacts:
    """One review as the rules see it."""

    evaluator: str
    scores: dict[str, Decimal]
    submitted: bool
    included: bool = True


@dataclass(frozen=True)
class ProposalFacts:
    """One proposal as the rules see it."""

    reference: str
    title: str
    eligible: bool
    requested: Decimal
    reviews: list[ReviewFacts] = field(default_factory=list)
    consensus: dict[str, Decimal] = field(default_factory=dict)
    resolved: bool = False
    awarded: Decimal | None = None


@dataclass(frozen=True)
class Grid:
    """The parts of a call the rules read, looked up once per ranking."""

    spec: CallSpec
    weights: dict[str, Decimal]
    codes: tuple[str, ...]  # call order
    sections: tuple[tuple[str, tuple[str, ...]], ...]  # call order, each with its criteria

    @classmethod
    def of(cls, spec: CallSpec) -> Grid:
        return cls(
            spec=spec,
            weights=spec.weights,
            codes=tuple(c.code for c in spec.criteria),
            sections=tuple(
                (s.name, tuple(c.code for c in spec.criteria_of(s.name))) for s in spec.sections
            ),
        )

    def total(self, scores: dict[str, Decimal]) -> Decimal:
        """A review's total, exact (call under the EXACT context)."""
        return review_total(self.weights, scores)


# A criterion's final score as an exact ratio: a Decimal sum and the count it is divided by.
Part = tuple[Decimal, int]


class CriterionScores(Mapping[str, Fraction]):
    """Each criterion's final score, exact; kept as parts, turned into a Fraction when read."""

    def __init__(self, parts: dict[str, Part]) -> None:
        self._parts = parts

    def __getitem__(self, code: str) -> Fraction:
        total, count = self._parts[code]
        return Fraction(total) / count

    def __iter__(self) -> Iterator[str]:
        return iter(self._parts)

    def __len__(self) -> int:
        return len(self._parts)

    def __repr__(self) -> str:
        return repr(dict(self.items()))


def counted(proposal: ProposalFacts) -> list[ReviewFacts]:
    """The reviews that count: submitted and not excluded."""
    return [r for r in proposal.reviews if r.submitted and r.included]


def _judged(grid: Grid, reviews: list[ReviewFacts]) -> tuple[list[ReviewFacts], list[Decimal]]:
    """The reviews the aggregate and the divergence are judged on, with their totals.

    With ``closest_two`` and three or more reviews, only the two whose totals are closest
    (a tie goes to the pair with the higher sum, then to the evaluators' names); otherwise all.
    """
    weights = grid.weights
    totals = [review_total(weights, r.scores) for r in reviews]
    if grid.spec.scoring.aggregate != "closest_two" or len(reviews) < 3:
        return reviews, totals

    def closeness(pair: tuple[int, int]) -> tuple[Decimal, Decimal, str]:
        a, b = pair
        return (
            abs(totals[a] - totals[b]),
            -(totals[a] + totals[b]),
            "\x00".join(sorted((reviews[a].evaluator, reviews[b].evaluator))),
        )

    a, b = min(combinations(range(len(reviews)), 2), key=closeness)
    return [reviews[a], reviews[b]], [totals[a], totals[b]]


def _flags(
    grid: Grid,
    proposal: ProposalFacts,
    reviews: list[ReviewFacts],
    basis: list[ReviewFacts],
    totals: list[Decimal],
    spreads: dict[str, Decimal],
) -> list[FlagOf]:
    if not proposal.eligible:
        return []
    scoring = grid.spec.scoring
    found = []
    if len(basis) >= 2:
        gap = max(totals) - min(totals)
        threshold = scoring.divergence_total.value
        if scoring.divergence_total.percent:
            threshold = threshold * max(totals) / 100
        # A percentage of a zero total is zero: agreeing reviews (no spread) never diverge.
        if gap > 0 and gap >= threshold:
            found.append(FlagOf(Flag.DIVERGENT_TOTAL))
        for code, criterion_gap in spreads.items():
            if criterion_gap >= scoring.divergence_criterion:
                found.append(FlagOf(Flag.DIVERGENT_CRITERION, code))
    if len(reviews) < scoring.reviewers_per_proposal:
        found.append(FlagOf(Flag.MISSING_REVIEWS))
    return found


@exact
def flags(spec: CallSpec, proposal: ProposalFacts) -> list[FlagOf]:
    """``DIVERGENT_TOTAL``, ``DIVERGENT_CRITERION:<code>`` (in call order), ``MISSING_REVIEWS``."""
    grid = Grid.of(spec)
    reviews = counted(proposal)
    basis, totals = _judged(grid, reviews)
    spreads = _per_criterion(grid, proposal, basis)[1]
    return _flags(grid, proposal, reviews, basis, totals, spreads)


def _per_criterion(
    grid: Grid, proposal: ProposalFacts, basis: list[ReviewFacts]
) -> tuple[dict[str, Part] | None, dict[str, Decimal]]:
    """In one pass over the criteria: each one's final score as a part (None while no review
    counts) and its raw spread over ``basis`` (where two or more reviews scored it)."""
    median = grid.spec.scoring.aggregate == "median"
    consensus = proposal.consensus
    parts: dict[str, Part] = {}
    spreads: dict[str, Decimal] = {}
    for code in grid.codes:
        values = [r.scores[code] for r in basis if code in r.scores]
        if len(values) >= 2:
            spreads[code] = max(values) - min(values)
        agreed = consensus.get(code)
        if agreed is not None:
            parts[code] = (agreed, 1)
        elif not values:
            parts[code] = (ZERO, 1)
        elif median:
            values.sort()
            middle = len(values) // 2
            if len(values) % 2:
                parts[code] = (values[middle], 1)
            else:
                parts[code] = (values[middle - 1] + values[middle], 2)
        else:
            parts[code] = (sum(values, ZERO), len(values))
    return (parts if basis else None), spreads


def _figures(grid: Grid, parts: dict[str, Part]) -> tuple[Decimal, dict[str, Decimal]]:
    """The final total and each section's score, exact until rounded half-up to cents."""
    counts = {count for _, count in parts.values()}
    if len(counts) != 1:  # consensus beside means, or reviews that skipped a criterion
        return _weighted(grid, parts, grid.codes), {
            name: _weighted(grid, parts, codes) for name, codes in grid.sections
        }
    # The usual case: every part has the same divisor; sum in Decimal, divide once.
    (count,) = counts
    weights = grid.weights
    weighted = {code: total * weights[code] for code, (total, _) in parts.items()}

    def rounded(value: Decimal) -> Decimal:
        numerator, denominator = value.as_integer_ratio()
        return round_ratio(numerator, denominator * count)

    final = rounded(sum(weighted.values(), ZERO))
    sections = {
        name: rounded(sum([weighted[code] for code in codes], ZERO))
        for name, codes in grid.sections
    }
    return final, sections


def _weighted(grid: Grid, parts: dict[str, Part], codes: Iterable[str]) -> Decimal:
    """Σ weight × part over ``codes``, exact, rounded half-up to cents at the end."""
    by_count: dict[int, Decimal] = {}
    for code in codes:
        total, count = parts[code]
        by_count[count] = by_count.get(count, ZERO) + total * grid.weights[code]
    numerator, denominator = 0, 1
    for count, total in by_count.items():
        n, d = total.as_integer_ratio()
        numerator, denominator = numerator * d * count + n * denominator, denominator * d * count
    return round_ratio(numerator, denominator)


@dataclass
class Outcome:
    """Where one proposal stands: its scores, flags, status and, if it passed, its rank."""

    reference: str
    title: str
    status: Status
    rank: int | None
    final_score: Decimal | None
    section_scores: dict[str, Decimal] | None
    criterion_scores: Mapping[str, Fraction] | None
    requested: Decimal
    awarded: Decimal | None
    reviews: int
    flags: list[FlagOf]
    spread: Decimal | None
    resolved: bool
    # Each criterion's raw spread over the reviews judged (where two or more scored it).
    criterion_spreads: dict[str, Decimal] = field(default_factory=dict)


@dataclass(frozen=True)
class Ranking:
    """The whole ranking: every proposal's outcome, ranked ones first, and the money."""

    budget: Decimal
    committed: Decimal
    outcomes: list[Outcome]


def _evaluate(grid: Grid, proposal: ProposalFacts) -> Outcome:
    spec = grid.spec
    reviews = counted(proposal)
    basis, totals = _judged(grid, reviews)
    parts, spreads = _per_criterion(grid, proposal, basis)
    final: Decimal | None = None
    sections: dict[str, Decimal] | None = None
    if parts is not None:
        final, sections = _figures(grid, parts)
    found = _flags(grid, proposal, reviews, basis, totals, spreads)
    divergent = any(f.divergent for f in found)
    if not proposal.eligible:
        status = Status.INELIGIBLE
    elif len(reviews) < spec.scoring.reviewers_per_proposal:
        status = Status.INCOMPLETE
    elif divergent and not proposal.resolved:
        status = Status.NEEDS_RECONCILIATION
    elif final is None or sections is None or not _passes(spec, final, sections):
        status = Status.BELOW_THRESHOLD
    else:
        status = Status.FUNDED
    return Outcome(
        reference=proposal.reference,
        title=proposal.title,
        status=status,
        rank=None,
        final_score=final,
        section_scores=sections,
        criterion_scores=None if parts is None else CriterionScores(parts),
        requested=proposal.requested,
        awarded=proposal.awarded,
        reviews=len(reviews),
        flags=found,
        spread=round_half_up(max(totals) - min(totals)) if len(basis) >= 2 else None,
        resolved=proposal.resolved,
        criterion_spreads=spreads,
    )


@exact
def evaluate(spec: CallSpec, proposal: ProposalFacts) -> Outcome:
    """One proposal's scores, flags and status short of the budget line (passing ones are
    marked ``funded`` until the budget line is drawn)."""
    return _evaluate(Grid.of(spec), proposal)


def _passes(spec: CallSpec, final: Decimal, sections: dict[str, Decimal]) -> bool:
    if final < spec.scoring.pass_total:
        return False
    return all(s.pass_min is None or sections[s.name] >= s.pass_min for s in spec.sections)


@exact
def rank(spec: CallSpec, proposals: list[ProposalFacts]) -> Ranking:
    """Rank the passing proposals and draw the budget line.

    Passing proposals are numbered 1…n by final total (descending), then the first section's
    score (descending), then the lower requested amount, then the reference. Walking that
    order, each is funded with its awarded amount (default: requested) while the committed sum
    stays within the budget; ``strict`` sends the first that does not fit and all after it to
    the reserve list, ``fill`` skips it to the reserve list and goes on.
    """
    grid = Grid.of(spec)
    outcomes = [_evaluate(grid, p) for p in proposals]
    first = spec.sections[0].name
    passing = sorted(
        (o for o in outcomes if o.status is Status.FUNDED),
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
            outcome.status = Status.RESERVE
            if spec.scoring.funding == "strict":
                line_drawn = True
    others = sorted((o for o in outcomes if o.rank is None), key=lambda o: o.reference)
    for outcome in others:
        outcome.awarded = None
    return Ranking(budget, committed, [*passing, *others])


def what_if(
    spec: CallSpec,
    proposal: ProposalFacts,
    *,
    consensus: dict[str, Decimal] | None = None,
    excluded: frozenset[str] = frozenset(),
    included: frozenset[str] = frozenset(),
) -> Outcome:
    """The outcome a decision would give, before it is saved (budget line not drawn)."""
    reviews = [
        replace(
            r,
            included=r.evaluator in included or (r.included and r.evaluator not in excluded),
        )
        for r in proposal.reviews
    ]
    merged = {**proposal.consensus, **(consensus or {})}
    return evaluate(spec, replace(proposal, reviews=reviews, consensus=merged))
