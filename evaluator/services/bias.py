"""Evaluator bias (advisory only): how each evaluator's totals compare with their co-reviewers'.

Nothing here changes an official score; it helps the chair see a harsh or lenient pattern.
"""

from __future__ import annotations

import decimal
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from statistics import median

from sqlmodel import Session

from evaluator.rules.exact import EXACT, round_half_up
from evaluator.rules.ranking import Grid, counted
from evaluator.services.calls import stored_call
from evaluator.services.reconcile import load_facts


@dataclass(frozen=True)
class EvaluatorBias:
    """One evaluator's pattern over their submitted, included reviews."""

    evaluator: str
    reviews: int
    mean_total: Decimal | None
    spread: Decimal | None
    deviation: Decimal | None  # mean of (own total − mean of co-reviewers' totals)
    totals: list[Decimal]

    def quartiles(self) -> tuple[float, float, float, float, float] | None:
        """Lowest, lower quartile, median, upper quartile, highest total (for a box plot)."""
        if not self.totals:
            return None
        values = sorted(float(t) for t in self.totals)
        half = len(values) // 2
        lower = values[:half] or values
        upper = values[half + len(values) % 2 :] or values
        return values[0], median(lower), median(values), median(upper), values[-1]


def evaluator_bias(session: Session) -> list[EvaluatorBias]:
    """Every evaluator with at least one counted review, by name."""
    grid = Grid.of(stored_call(session))
    totals: dict[str, list[Fraction]] = {}
    deviations: dict[str, list[Fraction]] = {}
    for proposal in load_facts(session):
        reviews = counted(proposal)
        with decimal.localcontext(EXACT):
            scored = {r.evaluator: Fraction(grid.total(r.scores)) for r in reviews}
        for name, total in scored.items():
            totals.setdefault(name, []).append(total)
            others = [t for other, t in scored.items() if other != name]
            if others:
                deviations.setdefault(name, []).append(
                    total - sum(others, Fraction(0)) / len(others)
                )
    result = []
    for name in sorted(totals, key=str.casefold):
        own = totals[name]
        gaps = deviations.get(name, [])
        result.append(
            EvaluatorBias(
                evaluator=name,
                reviews=len(own),
                mean_total=round_half_up(sum(own, Fraction(0)) / len(own)),
                spread=round_half_up(max(own) - min(own)),
                deviation=round_half_up(sum(gaps, Fraction(0)) / len(gaps)) if gaps else None,
                totals=[round_half_up(t) for t in sorted(own)],
            )
        )
    return result
