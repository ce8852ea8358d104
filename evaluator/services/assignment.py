"""Assigning evaluators to eligible proposals: deterministic, conflict-free and balanced."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol, cast

from sqlmodel import Session, col, select

from evaluator.errors import EvaluatorError
from evaluator.i18n import _, plural
from evaluator.rules.assignment import balance, slot_of
from evaluator.rules.statuses import Slot, Status
from evaluator.rules.text import fold
from evaluator.services.calls import stored_call
from evaluator.services.evaluators import find_evaluator, find_proposal
from evaluator.services.reconcile import ranking
from evaluator.storage.audit import append_many, driver_insert, plain
from evaluator.storage.models import (
    Conflict,
    Evaluator,
    Member,
    Organisation,
    Proposal,
    Review,
    utc_now,
)


@dataclass(frozen=True)
class AssignmentView:
    """One review slot: who reviews what, and how far they are."""

    reference: str
    evaluator: str
    status: Slot  # assigned | in_progress | submitted


def review_status(review: Review) -> Slot:
    """``assigned`` until the evaluator declares no conflict, then ``in_progress``, then
    ``submitted``."""
    return slot_of(
        declared=review.declared_at is not None, submitted=review.submitted_at is not None
    )


class _Identified(Protocol):
    @property
    def id(self) -> int | None: ...


@dataclass(frozen=True)
class _Row:
    id: int | None


def blocked_pairs(
    session: Session, evaluators: Sequence[Evaluator], proposals: Sequence[_Identified]
) -> set[tuple[int | None, int | None]]:
    """(evaluator id, proposal id) pairs that must never be assigned.

    A recorded conflict of interest blocks a pair; so does a consortium member from the
    evaluator's own country when the call sets ``avoid_own_country``.
    """
    blocked = {(c.evaluator_id, c.proposal_id) for c in session.exec(select(Conflict)).all()}
    if stored_call(session).assignment.avoid_own_country:
        countries: dict[int | None, set[str]] = defaultdict(set)
        members = select(Member.proposal_id, Organisation.country).join(
            Organisation, col(Organisation.id) == Member.organisation_id
        )
        for proposal_id, country in session.exec(members).all():
            countries[proposal_id].add(fold(country))
        homes: dict[str, list[int | None]] = defaultdict(list)
        for e in evaluators:
            if e.country:
                homes[fold(e.country)].append(e.id)
        for proposal in proposals:
            for country in countries.get(proposal.id, ()):
                blocked.update((evaluator, proposal.id) for evaluator in homes.get(country, ()))
    return blocked


class _Eligible(Protocol):
    @property
    def id(self) -> int | None: ...
    @property
    def reference(self) -> str: ...


def eligible_proposals(session: Session) -> Sequence[_Eligible]:
    """The eligible proposals' ids and references, by reference."""
    rows = session.exec(
        select(Proposal.id, Proposal.reference)
        .where(col(Proposal.eligible).is_(True))
        .order_by(col(Proposal.reference))
    ).all()
    return cast(Sequence[_Eligible], rows)  # rows name their columns


def assign(*, session: Session, per_proposal: int | None = None) -> list[AssignmentView]:
    """Give every eligible proposal ``per_proposal`` evaluators (default: the call's setting).

    Existing reviews count and stay. New reviews go, one at a time, to the least-loaded
    evaluator that can take one (moving earlier picks of this run along a chain when that
    frees a less-loaded evaluator), so loads differ by at most one wherever conflicts allow.
    The same workspace always gives the same assignment. If any proposal cannot get enough
    evaluators, nothing is assigned and the error lists those proposals.
    """
    wanted = (
        stored_call(session).scoring.reviewers_per_proposal
        if per_proposal is None
        else per_proposal
    )
    if wanted < 1:
        raise EvaluatorError(_("Each proposal needs at least one evaluator."))
    return _assign(
        session,
        lambda proposal, have: max(0, wanted - have),
        _("{wanted} evaluators").format(wanted=wanted),
    )


def assign_divergent(*, session: Session) -> list[AssignmentView]:
    """One more evaluator for each proposal flagged as divergent and not yet resolved.

    A flagged proposal with a review under way (assigned, not excluded, not yet submitted) is
    waiting for that extra review: running this again does not add another.
    """
    flagged = {
        o.reference for o in ranking(session).outcomes if o.status is Status.NEEDS_RECONCILIATION
    }
    if not flagged:
        raise EvaluatorError(_("No proposal is flagged as divergent and awaiting reconciliation."))
    under_way = {
        r.proposal_id
        for r in session.exec(select(Review)).all()
        if r.submitted_at is None and not r.excluded
    }
    waiting = sorted(
        p.reference
        for p in eligible_proposals(session)
        if p.reference in flagged and p.id in under_way
    )
    if len(waiting) == len(flagged):
        raise EvaluatorError(
            _("Every divergent proposal already has an extra review under way: {join}.").format(
                join=", ".join(waiting)
            )
        )
    return _assign(
        session,
        lambda proposal, have: (
            1 if proposal.reference in flagged and proposal.id not in under_way else 0
        ),
        _("one more evaluator"),
    )


def _assign(
    session: Session, needed: Callable[[_Eligible, int], int], what: str
) -> list[AssignmentView]:
    """Add ``needed(proposal, reviews it has)`` evaluators to each eligible proposal."""
    evaluators = list(session.exec(select(Evaluator).order_by(col(Evaluator.key))).all())
    if not evaluators:
        raise EvaluatorError(_("No evaluators are registered; add them before assigning."))
    proposals = eligible_proposals(session)
    index = {e.id: i for i, e in enumerate(evaluators)}
    existing: dict[int | None, set[int]] = defaultdict(set)
    for evaluator_id, proposal_id in session.exec(select(Review.evaluator_id, Review.proposal_id)):
        if evaluator_id in index:  # a review of no registered evaluator (edited by hand)
            existing[proposal_id].add(index[evaluator_id])
    load = [0] * len(evaluators)
    for panel in existing.values():
        for e in panel:
            load[e] += 1
    conflicts: dict[int | None, set[int]] = defaultdict(set)
    for evaluator_id, proposal_id in blocked_pairs(session, evaluators, proposals):
        if evaluator_id in index:
            conflicts[proposal_id].add(index[evaluator_id])
    need: list[int] = []
    barred: list[set[int]] = []
    short: list[str] = []
    for proposal in proposals:
        panel = existing.get(proposal.id, set())
        blocked = conflicts.get(proposal.id, set())
        free = len(evaluators) - len(blocked | panel)
        need.append(needed(proposal, len(panel)))
        barred.append(blocked)
        if free < need[-1]:
            short.append(
                _(
                    "{reference}: {count} of the {count2} evaluators can review it, "
                    "{count3} are needed"
                ).format(
                    reference=proposal.reference,
                    count=len(panel) + free,
                    count2=len(evaluators),
                    count3=len(panel) + need[-1],
                )
            )
    if short:
        raise EvaluatorError(
            _(
                "Not every eligible proposal can get {what} without a conflict of "
                "interest; nothing was assigned."
            ).format(what=what),
            short,
        )
    chosen = balance(need, barred, load, [existing.get(p.id, set()) for p in proposals])
    picks = sorted(
        (proposals[p].reference, evaluators[e].key, proposals[p], evaluators[e]) for p, e in chosen
    )
    _insert_reviews(
        session, [(proposal, evaluator) for _ignored, _ignored, proposal, evaluator in picks]
    )
    return [
        AssignmentView(p.reference, e.name, Slot.ASSIGNED) for _ignored, _ignored, p, e in picks
    ]


_REVIEW_COLUMNS = [
    "evaluator_id",
    "proposal_id",
    "assigned_at",
    "reopen_reason",
    "chair_version",
    "excluded",
]


def _insert_reviews(session: Session, pairs: list[tuple[_Eligible, Evaluator]]) -> None:
    """New reviews for (proposal, evaluator) pairs, in that order, each with its audit entry,
    written with one executemany of the driver (see ``driver_insert``): thousands of
    reviews through the ORM took seconds."""
    if not pairs:
        return
    session.flush()
    connection = session.connection()
    statement, stored = driver_insert(connection, Review, _REVIEW_COLUMNS)
    now = utc_now()
    moment, flag = stored["assigned_at"](now), stored["excluded"](False)
    connection.exec_driver_sql(statement, [(e.id, p.id, moment, "", 0, flag) for p, e in pairs])
    created = {
        "assigned_at": [None, plain(now)],
        "chair_version": [None, 0],
        "excluded": [None, False],
    }
    append_many(
        session,
        (
            (
                "created",
                f"{p.reference} review by {e.name}",
                p.reference,
                created,
            )
            for p, e in pairs
        ),
    )


def assign_one(*, session: Session, evaluator_name: str, reference: str) -> Review:
    """Assign one proposal to one evaluator by hand."""
    evaluator = find_evaluator(session, evaluator_name)
    proposal = find_proposal(session, reference)
    if not proposal.eligible:
        raise EvaluatorError(
            _("{reference} is not eligible; only eligible proposals are assigned.").format(
                reference=proposal.reference
            )
        )
    proposals = [proposal]
    if (evaluator.id, proposal.id) in blocked_pairs(session, [evaluator], proposals):
        raise EvaluatorError(
            _(
                "{name} cannot review {reference}: a conflict of interest (or the "
                "call's own-country rule) stands in the way."
            ).format(name=evaluator.name, reference=proposal.reference)
        )
    existing = session.exec(
        select(Review).where(Review.evaluator_id == evaluator.id, Review.proposal_id == proposal.id)
    ).first()
    if existing is not None:
        raise EvaluatorError(
            _("{name} already reviews {reference}.").format(
                name=evaluator.name, reference=proposal.reference
            )
        )
    review = Review(evaluator_id=evaluator.id, proposal_id=proposal.id)
    session.add(review)
    session.flush()
    return review


def unassign(
    *, session: Session, evaluator_name: str, reference: str, unscored: bool = False
) -> None:
    """Take a proposal away from an evaluator; refused once the review is submitted, and with
    ``unscored`` once it holds a score (the chair then reopens or excludes it instead)."""
    evaluator = find_evaluator(session, evaluator_name)
    proposal = find_proposal(session, reference)
    review = session.exec(
        select(Review).where(Review.evaluator_id == evaluator.id, Review.proposal_id == proposal.id)
    ).first()
    if review is None:
        raise EvaluatorError(
            _("{name} does not review {reference}.").format(
                name=evaluator.name, reference=proposal.reference
            )
        )
    if review.submitted_at is not None:
        raise EvaluatorError(
            _("{name} has submitted the review of {reference}; it cannot be unassigned.").format(
                name=evaluator.name, reference=proposal.reference
            )
            + (_(" Reopen it or exclude it instead.") if unscored else "")
        )
    if unscored and review.scores:
        raise EvaluatorError(
            _(
                "{name} has already given {count} to {reference}, so the review cannot "
                "be unassigned; exclude it instead."
            ).format(
                name=evaluator.name,
                count=plural(len(review.scores), "{count} score", "{count} scores"),
                reference=proposal.reference,
            )
        )
    session.delete(review)
    session.flush()


def list_assignments(session: Session) -> list[AssignmentView]:
    """Every review slot, by reference then evaluator."""
    rows = session.exec(
        select(Review, Evaluator, Proposal)
        .join(Evaluator, col(Evaluator.id) == Review.evaluator_id)
        .join(Proposal, col(Proposal.id) == Review.proposal_id)
        .order_by(col(Proposal.reference), col(Evaluator.key))
    ).all()
    return [AssignmentView(p.reference, e.name, review_status(r)) for r, e, p in rows]


@dataclass(frozen=True)
class Matrix:
    """Who reviews what: eligible proposals × evaluators.

    ``cells`` maps (reference, evaluator name) to a review status, or to ``conflict`` (also
    for the call's own-country rule); a missing pair is free.
    """

    proposals: list[tuple[str, str]]  # (reference, title)
    evaluators: list[str]
    cells: dict[tuple[str, str], Slot]


def assignment_matrix(session: Session) -> Matrix:
    """The assignment matrix of the workspace."""
    evaluators = list(session.exec(select(Evaluator).order_by(col(Evaluator.key))).all())
    proposals = session.exec(
        select(Proposal.id, Proposal.reference, Proposal.title)
        .where(col(Proposal.eligible).is_(True))
        .order_by(col(Proposal.reference))
    ).all()
    names = {e.id: e.name for e in evaluators}
    references = {pid: reference for pid, reference, _ignored in proposals}
    cells: dict[tuple[str, str], Slot] = {}
    for evaluator_id, proposal_id in blocked_pairs(
        session, evaluators, [_Row(p[0]) for p in proposals]
    ):
        if proposal_id in references:
            cells[(references[proposal_id], names[evaluator_id])] = Slot.CONFLICT
    reviews = select(
        Review.proposal_id, Review.evaluator_id, Review.declared_at, Review.submitted_at
    )
    for proposal_id, evaluator_id, declared, submitted in session.exec(reviews).all():
        if proposal_id in references:
            cells[(references[proposal_id], names[evaluator_id])] = slot_of(
                declared=declared is not None, submitted=submitted is not None
            )
    return Matrix(
        [(reference, title) for _ignored, reference, title in proposals],
        [e.name for e in evaluators],
        cells,
    )
