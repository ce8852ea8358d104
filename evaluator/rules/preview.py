"""What a chair decision does to the ranking: each proposal's status, rank and final score
before and after, read from two rankings, and the same in one line for a person."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from evaluator.i18n import _
from evaluator.rules.points import two_decimals
from evaluator.rules.ranking import Outcome, Ranking
from evaluator.rules.statuses import Status


@dataclass(frozen=True)
class Standing:
    """Where a proposal stands in a ranking."""

    status: Status
    rank: int | None
    final_score: Decimal | None

    @classmethod
    def of(cls, outcome: Outcome) -> Standing:
        """The standing an outcome gives."""
        return cls(outcome.status, outcome.rank, outcome.final_score)


@dataclass(frozen=True)
class Shift:
    """One proposal's standing before and after a decision."""

    reference: str
    before: Standing
    after: Standing

    @property
    def moved(self) -> bool:
        """Whether the status, the rank or the final score changes."""
        return self.before != self.after


@dataclass(frozen=True)
class Preview:
    """What a decision on one proposal does: to it, and to every other proposal it moves."""

    subject: Shift
    others: list[Shift]
    applied: bool  # False: a dry run, and nothing was changed


def compare(before: Ranking, after: Ranking, reference: str, *, applied: bool = True) -> Preview:
    """The shifts from ``before`` to ``after``: ``reference``'s own, and those of the other
    proposals whose status, rank or final score changes (in the order of ``after``)."""
    old = {o.reference: Standing.of(o) for o in before.outcomes}
    new = {o.reference: Standing.of(o) for o in after.outcomes}
    shifts = {ref: Shift(ref, old[ref], new[ref]) for ref in new if ref in old}
    subject = shifts[reference]
    others = [s for ref, s in shifts.items() if ref != reference and s.moved]
    return Preview(subject, others, applied)


def _rank(rank: int | None) -> str:
    return "—" if rank is None else str(rank)


def _score(score: Decimal | None) -> str:
    return two_decimals(score) or "—"


def describe(shift: Shift) -> str:
    """``RG-004: status reserve → needs_reconciliation, rank 3 → —, final score 21.50 →
    21.50``: the status codes as ``rank`` prints them."""
    a, b = shift.before, shift.after
    return _(
        "{reference}: status {status} → {status2}, rank {rank} → {rank2}, "
        "final score {score} → {score2}"
    ).format(
        reference=shift.reference,
        status=a.status,
        status2=b.status,
        rank=_rank(a.rank),
        rank2=_rank(b.rank),
        score=_score(a.final_score),
        score2=_score(b.final_score),
    )


def preview_lines(preview: Preview) -> list[str]:
    """The preview as lines: the proposal's own shift, then each other proposal it moves."""
    return [
        describe(preview.subject),
        *(_("  also {describe}").format(describe=describe(s)) for s in preview.others),
    ]
