"""The chair's reconciliation: facts from the workspace, and the decisions on them.

Exclusions, consensus scores, resolutions and awards are the chair's decisions. Excluding or
including a review raises its chair version, so that a returns file made earlier cannot undo
it silently; consensus scores live apart from the reviews, so returns never touch them.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy.orm import selectinload
from sqlmodel import Session, col, select

from evaluator.calls import stored_call
from evaluator.errors import EvaluatorError
from evaluator.evaluators import find_evaluator, find_proposal
from evaluator.models import CENT, Consensus, Evaluator, Proposal, Review, utc_now
from evaluator.ranking import (
    ProposalFacts,
    Ranking,
    ReviewFacts,
    criterion_spreads,
    rank,
    review_total,
    round_half_up,
)
from evaluator.scoring import criterion_of, review_of, score_problem


def load_facts(session: Session) -> list[ProposalFacts]:
    """Every proposal of the workspace as the rules see it, by reference."""
    proposals = session.exec(select(Proposal).order_by(col(Proposal.reference))).all()
    reviews = session.exec(
        select(Review).options(selectinload(Review.scores))  # type: ignore[arg-type]
    ).all()
    names = {e.id: e.name for e in session.exec(select(Evaluator)).all()}
    # Grouped once by proposal: scanning every review for every proposal is quadratic.
    by_proposal: dict[int | None, list[ReviewFacts]] = defaultdict(list)
    for r in reviews:
        by_proposal[r.proposal_id].append(
            ReviewFacts(
                evaluator=names[r.evaluator_id],
                scores={s.criterion: s.value for s in r.scores},
                submitted=r.submitted_at is not None,
                included=not r.excluded,
            )
        )
    agreed: dict[int | None, dict[str, Decimal]] = defaultdict(dict)
    for c in session.exec(select(Consensus)).all():
        agreed[c.proposal_id][c.criterion] = c.value
    return [
        ProposalFacts(
            reference=p.reference,
            title=p.title,
            eligible=bool(p.eligible),
            requested=p.requested_amount,
            reviews=sorted(by_proposal[p.id], key=lambda r: r.evaluator),
            consensus=agreed[p.id],
            resolved=p.resolved_at is not None,
            awarded=p.awarded_amount,
        )
        for p in proposals
    ]


def ranking(session: Session) -> Ranking:
    """The ranking of the workspace as it stands."""
    return rank(stored_call(session), load_facts(session))


@dataclass(frozen=True)
class ReviewLine:
    """One review in the reconciliation view."""

    evaluator: str
    total: Decimal
    included: bool
    submitted: bool
    exclusion_reason: str
    scores: dict[str, Decimal]
    comments: dict[str, str]


@dataclass(frozen=True)
class Reconciliation:
    """One eligible proposal as the chair reconciles it."""

    reference: str
    title: str
    reviews: list[ReviewLine]
    spread: Decimal | None
    flags: list[str]
    resolved: bool
    resolve_note: str
    consensus: dict[str, tuple[Decimal, str]]
    status: str
    final_score: Decimal | None
    criterion_spreads: dict[str, Decimal]


def reconciliation(session: Session) -> list[Reconciliation]:
    """Every eligible proposal with its reviews, spread and flags; flagged and unresolved
    ones first, then by reference."""
    spec = stored_call(session)
    facts = load_facts(session)
    outcomes = {o.reference: o for o in rank(spec, facts).outcomes}
    spreads = {f.reference: criterion_spreads(spec, f) for f in facts}
    proposals = session.exec(
        select(Proposal).where(col(Proposal.eligible).is_(True)).order_by(col(Proposal.reference))
    ).all()
    names = {e.id: e.name for e in session.exec(select(Evaluator)).all()}
    reviews = session.exec(
        select(Review).options(selectinload(Review.scores))  # type: ignore[arg-type]
    ).all()
    by_proposal: dict[int | None, list[ReviewLine]] = defaultdict(list)
    for r in reviews:
        scores = {s.criterion: s.value for s in r.scores}
        by_proposal[r.proposal_id].append(
            ReviewLine(
                evaluator=names[r.evaluator_id],
                total=round_half_up(review_total(spec, scores)),
                included=not r.excluded,
                submitted=r.submitted_at is not None,
                exclusion_reason=r.exclusion_reason or "",
                scores=scores,
                comments={s.criterion: s.comment for s in r.scores},
            )
        )
    agreed: dict[int | None, dict[str, tuple[Decimal, str]]] = defaultdict(dict)
    for c in session.exec(select(Consensus)).all():
        agreed[c.proposal_id][c.criterion] = (c.value, c.reason)
    result = []
    for p in proposals:
        outcome = outcomes[p.reference]
        result.append(
            Reconciliation(
                reference=p.reference,
                title=p.title,
                reviews=sorted(by_proposal[p.id], key=lambda line: line.evaluator),
                spread=outcome.spread,
                flags=outcome.flags,
                resolved=p.resolved_at is not None,
                resolve_note=p.resolve_note or "",
                consensus=agreed[p.id],
                status=outcome.status,
                final_score=outcome.final_score,
                criterion_spreads=spreads[p.reference],
            )
        )
    return sorted(result, key=lambda r: (not _open(r), r.reference))


def _open(item: Reconciliation) -> bool:
    return any(f.startswith("DIVERGENT") for f in item.flags) and not item.resolved


def _reason(reason: str, what: str) -> str:
    reason = " ".join(reason.split())
    if not reason:
        raise EvaluatorError(f"Give the reason for {what}.")
    return reason


def exclude(*, session: Session, reference: str, evaluator_name: str, reason: str) -> None:
    """Leave one review out of the proposal's scores, with a reason."""
    text = _reason(reason, "excluding the review")
    review = review_of(session, find_evaluator(session, evaluator_name), reference)
    if review.excluded:
        raise EvaluatorError(f"The review of {reference} by {evaluator_name} is already excluded.")
    review.excluded = True
    review.exclusion_reason = text
    review.chair_version += 1
    session.flush()


def include(*, session: Session, reference: str, evaluator_name: str) -> None:
    """Count an excluded review again."""
    review = review_of(session, find_evaluator(session, evaluator_name), reference)
    if not review.excluded:
        raise EvaluatorError(f"The review of {reference} by {evaluator_name} is not excluded.")
    review.excluded = False
    review.exclusion_reason = None
    review.chair_version += 1
    session.flush()


def set_consensus(
    *, session: Session, reference: str, criterion: str, value: Decimal, reason: str
) -> None:
    """The committee's consensus score of one criterion; it replaces the aggregate."""
    text = _reason(reason, "the consensus score")
    spec = stored_call(session)
    proposal = find_proposal(session, reference)
    found = criterion_of(spec, criterion)
    problem = score_problem(found, value)
    if problem is not None:
        raise EvaluatorError(f"{proposal.reference}: {problem}.")
    existing = session.exec(
        select(Consensus).where(
            Consensus.proposal_id == proposal.id, Consensus.criterion == found.code
        )
    ).first()
    if existing is None:
        session.add(
            Consensus(proposal_id=proposal.id, criterion=found.code, value=value, reason=text)
        )
    else:
        existing.value = value
        existing.reason = text
        existing.set_at = utc_now()
    session.flush()


def clear_consensus(*, session: Session, reference: str, criterion: str) -> None:
    """Withdraw a consensus score; the aggregate counts again."""
    proposal = find_proposal(session, reference)
    existing = session.exec(
        select(Consensus).where(
            Consensus.proposal_id == proposal.id, Consensus.criterion == criterion.strip()
        )
    ).first()
    if existing is None:
        raise EvaluatorError(f"{proposal.reference} has no consensus score for {criterion}.")
    session.delete(existing)
    session.flush()


def resolve(*, session: Session, reference: str, note: str) -> None:
    """Mark a proposal reconciled, with the chair's note."""
    text = _reason(note, "resolving the proposal (a note)")
    proposal = find_proposal(session, reference)
    proposal.resolved_at = utc_now()
    proposal.resolve_note = text
    session.flush()


def award(*, session: Session, reference: str, amount: Decimal) -> None:
    """Set the amount awarded to a proposal: between the call's minimum grant and the request."""
    spec = stored_call(session)
    proposal = find_proposal(session, reference)
    if amount != amount.quantize(CENT):
        raise EvaluatorError(f"{amount} has more than two decimals; amounts are in cents.")
    low, high = spec.call.min_grant, proposal.requested_amount
    if not low <= amount <= high:
        raise EvaluatorError(
            f"The award to {proposal.reference} must lie between {low:,.2f} and the requested "
            f"{high:,.2f} {spec.call.currency}; {amount:,.2f} does not."
        )
    proposal.awarded_amount = amount.quantize(CENT)
    session.flush()
