"""Scoring: the declaration of no conflict, scores with justifications, submission, reopening."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy.orm import selectinload
from sqlmodel import Session, col, select

from evaluator.errors import EvaluatorError
from evaluator.i18n import _
from evaluator.rules.call import CallSpec
from evaluator.rules.points import points
from evaluator.rules.scoring import (
    criterion_of,
    missing_for,
    needs_justification,
    review_total,
    score_problem,
)
from evaluator.rules.scoring import parse_score as parse_score  # for the pages and the files
from evaluator.rules.statuses import ReviewProgress
from evaluator.services.calls import stored_call
from evaluator.services.evaluators import add_conflict, find_evaluator, find_proposal
from evaluator.storage.models import Evaluator, Proposal, Review, Score, utc_now


def review_of(session: Session, evaluator: Evaluator, reference: str) -> Review:
    """The review of ``reference`` by ``evaluator``."""
    proposal = find_proposal(session, reference)
    review = session.exec(
        select(Review)
        .where(Review.evaluator_id == evaluator.id, Review.proposal_id == proposal.id)
        .options(selectinload(Review.scores))  # type: ignore[arg-type]
    ).first()
    if review is None:
        raise EvaluatorError(
            _("{reference} is not assigned to {name}.").format(
                reference=proposal.reference, name=evaluator.name
            )
        )
    return review


def declare(
    *, session: Session, evaluator: Evaluator, reference: str, conflict: str | None = None
) -> None:
    """Declare no conflict of interest (``conflict`` None), or a conflict with its reason.

    A declared conflict releases the assignment and is shown to the chair.
    """
    review = review_of(session, evaluator, reference)
    if conflict is None:
        if review.declared_at is None:
            review.declared_at = utc_now()
        session.flush()
        return
    if not conflict.strip():
        raise EvaluatorError(_("Say what the conflict of interest is."))
    proposal = session.get(Proposal, review.proposal_id)
    assert proposal is not None
    add_conflict(
        session=session, evaluator=evaluator, proposal=proposal, reason=conflict, declared=True
    )


def record_score(
    *,
    session: Session,
    review: Review,
    criterion: str,
    value: Decimal | None,
    comment: str | None = None,
    require_justification: bool = True,
) -> Score | None:
    """Save one score (None clears it) and, if given, its comment.

    ``require_justification`` refuses a score that needs a written justification but has
    none; the GUI saves such a score as typed (the justification follows) and submission
    checks it.
    """
    spec = stored_call(session)
    proposal = session.get(Proposal, review.proposal_id)
    assert proposal is not None
    _check_open(review, proposal)
    found = criterion_of(spec, criterion)
    existing = next((s for s in review.scores if s.criterion == found.code), None)
    if value is None:
        if existing is not None:
            review.scores.remove(existing)
            session.flush()
        return None
    problem = score_problem(found, value)
    if problem is not None:
        raise EvaluatorError(f"{proposal.reference}: {problem}.")
    text = (comment if comment is not None else (existing.comment if existing else "")).strip()
    if require_justification and needs_justification(spec, value) and not text:
        raise EvaluatorError(
            _("{reference}: a score of {points} on {code} needs a written justification.").format(
                reference=proposal.reference, points=points(value), code=found.code
            )
        )
    if existing is None:
        existing = Score(criterion=found.code, value=value, comment=text)
        review.scores.append(existing)
    else:
        existing.value = value
        existing.comment = text
        existing.updated_at = utc_now()
    session.flush()
    return existing


def _check_open(review: Review, proposal: Proposal) -> None:
    if review.declared_at is None:
        raise EvaluatorError(
            _(
                "Declare that you have no conflict of interest with {reference} before scoring it."
            ).format(reference=proposal.reference)
        )
    if review.submitted_at is not None:
        raise EvaluatorError(
            _("The review of {reference} is submitted and locked; the chair can reopen it.").format(
                reference=proposal.reference
            )
        )


def missing(spec: CallSpec, review: Review) -> list[str]:
    """What stops ``review`` from being submitted, in words; empty when it is complete."""
    return missing_for(
        spec,
        declared=review.declared_at is not None,
        scores={s.criterion: (s.value, s.comment) for s in review.scores},
    )


def submit(*, session: Session, review: Review) -> None:
    """Submit a complete review; it is then locked."""
    proposal = session.get(Proposal, review.proposal_id)
    assert proposal is not None
    if review.submitted_at is not None:
        raise EvaluatorError(
            _("The review of {reference} is already submitted.").format(
                reference=proposal.reference
            )
        )
    problems = missing(stored_call(session), review)
    if problems:
        raise EvaluatorError(
            _("{reference} cannot be submitted: {join}.").format(
                reference=proposal.reference, join="; ".join(problems)
            )
        )
    review.submitted_at = utc_now()
    review.reopen_reason = ""
    session.flush()


def reopen(*, session: Session, evaluator_name: str, reference: str, reason: str) -> None:
    """The chair reopens a submitted review so that it can be changed."""
    if not reason.strip():
        raise EvaluatorError(_("Give the reason for reopening the review."))
    evaluator = find_evaluator(session, evaluator_name)
    review = review_of(session, evaluator, reference)
    if review.submitted_at is None:
        raise EvaluatorError(
            _("The review of {reference} by {name} is not submitted.").format(
                reference=reference, name=evaluator.name
            )
        )
    review.submitted_at = None
    review.reopen_reason = reason.strip()
    review.chair_version += 1
    session.flush()


@dataclass(frozen=True)
class ReviewView:
    """One of an evaluator's reviews, as their list shows it."""

    reference: str
    title: str
    scored: int
    criteria: int
    total: Decimal
    declared: bool
    submitted: bool
    reopen_reason: str
    unjustified: int = 0  # scores that need a written justification and have none

    @property
    def status(self) -> ReviewProgress:
        """``submitted``, ``complete`` (ready to submit), ``needs justification``, ``in
        progress`` or ``not started``."""
        if self.submitted:
            return ReviewProgress.SUBMITTED
        if self.scored == self.criteria:
            return (
                ReviewProgress.NEEDS_JUSTIFICATION if self.unjustified else ReviewProgress.COMPLETE
            )
        if self.scored or self.declared:
            return ReviewProgress.IN_PROGRESS
        return ReviewProgress.NOT_STARTED


def reviews_of(session: Session, evaluator: Evaluator) -> list[tuple[Review, Proposal]]:
    """The evaluator's reviews with their proposals, by reference; scores loaded."""
    rows = session.exec(
        select(Review, Proposal)
        .join(Proposal, col(Proposal.id) == Review.proposal_id)
        .where(Review.evaluator_id == evaluator.id)
        .options(selectinload(Review.scores))  # type: ignore[arg-type]
        .order_by(col(Proposal.reference))
    ).all()
    return [(review, proposal) for review, proposal in rows]


def my_reviews(session: Session, evaluator: Evaluator) -> list[ReviewView]:
    """The evaluator's reviews, by reference."""
    spec = stored_call(session)
    weights = spec.weights
    reviews = reviews_of(session, evaluator)
    return [
        ReviewView(
            reference=proposal.reference,
            title=proposal.title,
            scored=len(review.scores),
            criteria=len(spec.criteria),
            total=review_total(weights, {s.criterion: s.value for s in review.scores}),
            declared=review.declared_at is not None,
            submitted=review.submitted_at is not None,
            reopen_reason=review.reopen_reason,
            unjustified=sum(
                1
                for s in review.scores
                if needs_justification(spec, s.value) and not s.comment.strip()
            ),
        )
        for review, proposal in reviews
    ]


@dataclass(frozen=True)
class ReviewSheet:
    """One review as the scoring page shows it: scores and comments by criterion code."""

    reference: str
    evaluator: str
    scores: dict[str, Decimal]
    comments: dict[str, str]
    declared: bool
    submitted: bool
    reopen_reason: str


def review_sheet(session: Session, evaluator: Evaluator, reference: str) -> ReviewSheet:
    """The evaluator's review of ``reference``, for display."""
    review = review_of(session, evaluator, reference)
    return ReviewSheet(
        reference=reference,
        evaluator=evaluator.name,
        scores={s.criterion: s.value for s in review.scores},
        comments={s.criterion: s.comment for s in review.scores},
        declared=review.declared_at is not None,
        submitted=review.submitted_at is not None,
        reopen_reason=review.reopen_reason,
    )
