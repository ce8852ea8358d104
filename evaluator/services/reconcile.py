"""The chair's reconciliation: facts from the workspace, and the decisions on them.

Exclusions, consensus scores, resolutions and awards are the chair's decisions. Excluding or
including a review raises its chair version, so that a returns file made earlier cannot undo
it silently; consensus scores live apart from the reviews, so returns never touch them.
"""

from __future__ import annotations

import decimal
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal

from sqlmodel import Session, select

from evaluator.errors import EvaluatorError
from evaluator.i18n import _, money
from evaluator.rules.exact import EXACT, round_half_up
from evaluator.rules.money import CENT
from evaluator.rules.ranking import Grid, ProposalFacts, Ranking, ReviewFacts, rank
from evaluator.rules.scoring import criterion_of, score_problem
from evaluator.rules.statuses import FlagOf, Status
from evaluator.services.calls import stored_call
from evaluator.services.evaluators import find_evaluator, find_proposal
from evaluator.services.scoring import review_of
from evaluator.storage.models import Consensus, utc_now
from evaluator.storage.reads import json_groups, plain


class _Decimals(dict[str, Decimal]):
    """Decimal values by their stored text: a call has few distinct scores, parsed once."""

    def __missing__(self, text: str) -> Decimal:
        value = self[text] = Decimal(text)
        return value


@dataclass
class _Loaded:
    """The rows the rules and the reconciliation view read, fetched as plain tuples."""

    facts: list[ProposalFacts]
    proposal_ids: list[int]
    notes: dict[int, str]  # resolve notes by proposal id
    lines: dict[int, list[tuple[ReviewFacts, str, dict[str, str]]]]  # by proposal id
    consensus: dict[int, dict[str, tuple[Decimal, str]]]


def _load(session: Session, *, comments: bool = False) -> _Loaded:
    """Every proposal, review, score and consensus of the workspace in one pass.

    Plain SELECTs into tuples, not ORM objects: a large call holds about 100,000 scores, and
    building an object for each costs seconds where the rules need milliseconds.
    """
    session.flush()  # what the session holds but has not written yet counts too
    connection = plain(session)  # same transaction, rows as plain tuples
    decimals = _Decimals()
    names: dict[int, str] = dict(connection.execute("SELECT id, name FROM evaluator"))
    scores: dict[int, dict[str, Decimal]] = defaultdict(dict)
    notes: dict[int, dict[str, str]] = defaultdict(dict)
    # One row per review, its scores packed together, rather than one row per score: a large
    # call has 90,000 of them.
    columns = ("value", "comment") if comments else ("value",)
    for review_id, values, *texts in json_groups(
        connection, "score", by="review_id", key="criterion", values=columns
    ):
        scores[review_id] = {code: decimals[text] for code, text in values.items()}
        if comments:
            notes[review_id] = texts[0]
    lines: dict[int, list[tuple[ReviewFacts, str, dict[str, str]]]] = defaultdict(list)
    reviews = connection.execute(
        "SELECT id, proposal_id, evaluator_id, submitted_at IS NOT NULL, excluded, "
        "exclusion_reason FROM review"
    )
    for review_id, proposal_id, evaluator_id, submitted, excluded, reason in reviews:
        facts = ReviewFacts(
            evaluator=names[evaluator_id],
            scores=scores[review_id],
            submitted=bool(submitted),
            included=not excluded,
        )
        lines[proposal_id].append((facts, reason or "", notes[review_id]))
    consensus: dict[int, dict[str, tuple[Decimal, str]]] = defaultdict(dict)
    agreed = connection.execute("SELECT proposal_id, criterion, value, reason FROM consensus")
    for proposal_id, criterion, value, reason in agreed:
        consensus[proposal_id][criterion] = (decimals[value], reason)
    facts_list, ids, resolve_notes = [], [], {}
    proposals = connection.execute(
        "SELECT id, reference, title, eligible, requested_amount, resolved_at IS NOT NULL, "
        "awarded_amount, resolve_note FROM proposal ORDER BY reference"
    )
    for pid, reference, title, eligible, requested, resolved, awarded, note in proposals:
        own = sorted(lines[pid], key=lambda line: line[0].evaluator)
        lines[pid] = own
        facts_list.append(
            ProposalFacts(
                reference=reference,
                title=title,
                eligible=bool(eligible),
                requested=Decimal(requested),
                reviews=[line[0] for line in own],
                consensus={code: value for code, (value, _ignored) in consensus[pid].items()},
                resolved=bool(resolved),
                awarded=None if awarded is None else Decimal(awarded),
            )
        )
        ids.append(pid)
        resolve_notes[pid] = note or ""
    return _Loaded(facts_list, ids, resolve_notes, lines, consensus)


def load_facts(session: Session) -> list[ProposalFacts]:
    """Every proposal of the workspace as the rules see it, by reference."""
    return _load(session).facts


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
    flags: list[FlagOf]
    resolved: bool
    resolve_note: str
    consensus: dict[str, tuple[Decimal, str]]
    status: Status
    final_score: Decimal | None
    criterion_spreads: dict[str, Decimal]
    facts: ProposalFacts  # as the rules see it, for previewing a decision (ranking.what_if)


def reconciliation(session: Session) -> list[Reconciliation]:
    """Every eligible proposal with its reviews, spread and flags; flagged and unresolved
    ones first, then by reference."""
    spec = stored_call(session)
    grid = Grid.of(spec)
    loaded = _load(session, comments=True)
    outcomes = {o.reference: o for o in rank(spec, loaded.facts).outcomes}
    result = []
    with decimal.localcontext(EXACT):
        for pid, facts in zip(loaded.proposal_ids, loaded.facts, strict=True):
            if not facts.eligible:
                continue
            outcome = outcomes[facts.reference]
            result.append(
                Reconciliation(
                    reference=facts.reference,
                    title=facts.title,
                    reviews=[
                        ReviewLine(
                            evaluator=review.evaluator,
                            total=round_half_up(grid.total(review.scores)),
                            included=review.included,
                            submitted=review.submitted,
                            exclusion_reason=reason,
                            scores=review.scores,
                            comments=comments,
                        )
                        for review, reason, comments in loaded.lines[pid]
                    ],
                    spread=outcome.spread,
                    flags=outcome.flags,
                    resolved=facts.resolved,
                    resolve_note=loaded.notes[pid],
                    consensus=loaded.consensus[pid],
                    status=outcome.status,
                    final_score=outcome.final_score,
                    criterion_spreads=outcome.criterion_spreads,
                    facts=facts,
                )
            )
    return sorted(result, key=lambda r: (not _open(r), r.reference))


def _open(item: Reconciliation) -> bool:
    return any(f.divergent for f in item.flags) and not item.resolved


def _reason(reason: str, what: str) -> str:
    reason = " ".join(reason.split())
    if not reason:
        raise EvaluatorError(_("Give the reason for {what}.").format(what=what))
    return reason


def exclude(*, session: Session, reference: str, evaluator_name: str, reason: str) -> None:
    """Leave one review out of the proposal's scores, with a reason."""
    text = _reason(reason, _("excluding the review"))
    review = review_of(session, find_evaluator(session, evaluator_name), reference)
    if review.excluded:
        raise EvaluatorError(
            _("The review of {reference} by {evaluator_name} is already excluded.").format(
                reference=reference, evaluator_name=evaluator_name
            )
        )
    review.excluded = True
    review.exclusion_reason = text
    review.chair_version += 1
    session.flush()


def include(*, session: Session, reference: str, evaluator_name: str) -> None:
    """Count an excluded review again."""
    review = review_of(session, find_evaluator(session, evaluator_name), reference)
    if not review.excluded:
        raise EvaluatorError(
            _("The review of {reference} by {evaluator_name} is not excluded.").format(
                reference=reference, evaluator_name=evaluator_name
            )
        )
    review.excluded = False
    review.exclusion_reason = None
    review.chair_version += 1
    session.flush()


def set_consensus(
    *, session: Session, reference: str, criterion: str, value: Decimal, reason: str
) -> None:
    """The committee's consensus score of one criterion; it replaces the aggregate."""
    text = _reason(reason, _("the consensus score"))
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
    code = criterion_of(stored_call(session), criterion).code
    existing = session.exec(
        select(Consensus).where(Consensus.proposal_id == proposal.id, Consensus.criterion == code)
    ).first()
    if existing is None:
        raise EvaluatorError(
            _("{reference} has no consensus score for {code}; there is nothing to clear.").format(
                reference=proposal.reference, code=code
            )
        )
    session.delete(existing)
    session.flush()


def resolve(*, session: Session, reference: str, note: str) -> None:
    """Mark a proposal reconciled, with the chair's note."""
    text = _reason(note, _("resolving the proposal (a note)"))
    proposal = find_proposal(session, reference)
    proposal.resolved_at = utc_now()
    proposal.resolve_note = text
    session.flush()


def unresolve(*, session: Session, reference: str) -> None:
    """Withdraw the chair's resolution: a divergent proposal awaits reconciliation again."""
    proposal = find_proposal(session, reference)
    if proposal.resolved_at is None:
        raise EvaluatorError(
            _("{reference} is not resolved; there is nothing to un-resolve.").format(
                reference=proposal.reference
            )
        )
    proposal.resolved_at = None
    proposal.resolve_note = None
    session.flush()


def award(*, session: Session, reference: str, amount: Decimal, reason: str | None = None) -> None:
    """Set the amount awarded to a proposal: between the call's minimum grant and the request,
    with the chair's reason when it is less than requested (the request itself needs none,
    and keeps none)."""
    spec = stored_call(session)
    proposal = find_proposal(session, reference)
    if amount != amount.quantize(CENT):
        raise EvaluatorError(
            _("{amount} has more than two decimals; amounts are in cents.").format(amount=amount)
        )
    low, high = spec.call.min_grant, proposal.requested_amount
    if not low <= amount <= high:
        raise EvaluatorError(
            _(
                "The award to {reference} must lie between {low} and the "
                "requested {high} {currency}; {amount} does not."
            ).format(
                reference=proposal.reference,
                low=money(low),
                high=money(high),
                currency=spec.call.currency,
                amount=money(amount),
            )
        )
    why = " ".join((reason or "").split())
    if amount < high and not why:
        raise EvaluatorError(
            _(
                "{amount} {currency} is less than the {high} {reference} "
                "requested; give the reason for awarding less (--reason), nothing was "
                "changed."
            ).format(
                amount=money(amount),
                currency=spec.call.currency,
                high=money(high),
                reference=proposal.reference,
            )
        )
    proposal.awarded_amount = amount.quantize(CENT)
    proposal.award_reason = why if amount < high else None
    session.flush()
