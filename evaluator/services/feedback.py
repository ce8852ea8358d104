"""The chair's feedback for applicants, on a whole proposal or on one of its criteria.

Feedback is written by the chair alone. An evaluator's comment reaches it only when the chair
copies one in on purpose (``copy_comment``), to edit it; nothing flows there by itself.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime

from sqlmodel import Session, col, select

from evaluator.errors import EvaluatorError
from evaluator.i18n import _
from evaluator.rules.scoring import criterion_of
from evaluator.services.calls import stored_call
from evaluator.services.evaluators import find_evaluator, find_proposal
from evaluator.services.scoring import review_of
from evaluator.storage.audit import default_actor
from evaluator.storage.models import Feedback, Proposal, utc_now

# Enough for an Evaluation Summary Report's paragraph, not a document.
MAX_FEEDBACK = 4000


@dataclass(frozen=True)
class FeedbackView:
    """One piece of feedback: on the whole proposal when ``criterion`` is None."""

    reference: str
    criterion: str | None
    text: str
    written_by: str
    written_at: datetime


@dataclass(frozen=True)
class ApplicantFeedback:
    """What one applicant is told: feedback on the whole proposal and by criterion code."""

    overall: str = ""
    criteria: dict[str, str] = field(default_factory=dict)


def _code(session: Session, criterion: str | None) -> str | None:
    """The call's own code for ``criterion`` (None: the whole proposal); refused if unknown."""
    if criterion is None:
        return None
    return criterion_of(stored_call(session), criterion).code


def _row(session: Session, proposal: Proposal, code: str | None) -> Feedback | None:
    column = col(Feedback.criterion)
    return session.exec(
        select(Feedback).where(
            Feedback.proposal_id == proposal.id,
            column.is_(None) if code is None else column == code,
        )
    ).first()


def _on(reference: str, code: str | None) -> str:
    return (
        _("{reference}, criterion {code}").format(reference=reference, code=code)
        if code
        else _("{reference} as a whole").format(reference=reference)
    )


def set_feedback(
    *, session: Session, reference: str, criterion: str | None, text: str
) -> FeedbackView:
    """Write the chair's feedback on ``reference`` (one criterion, or the whole proposal when
    ``criterion`` is None), replacing what was there."""
    proposal = find_proposal(session, reference)
    code = _code(session, criterion)
    written = "\n".join(line.rstrip() for line in text.strip().splitlines())
    if not written:
        raise EvaluatorError(
            _(
                "The feedback on {on} is empty; write it, or use --clear to remove it. "
                "Nothing was changed."
            ).format(on=_on(proposal.reference, code))
        )
    if len(written) > MAX_FEEDBACK:
        raise EvaluatorError(
            _(
                "The feedback on {on} is {count} characters long; at most "
                "{MAX_FEEDBACK} fit in a letter. Nothing was changed."
            ).format(
                on=_on(proposal.reference, code), count=len(written), MAX_FEEDBACK=MAX_FEEDBACK
            )
        )
    row = _row(session, proposal, code)
    if row is None:
        row = Feedback(proposal_id=proposal.id, criterion=code, text=written, written_by="")
        session.add(row)
    elif row.text == written:
        return _view(proposal.reference, row)
    row.text = written
    row.written_by = session.info.get("actor") or default_actor()
    row.written_at = utc_now()
    session.flush()
    return _view(proposal.reference, row)


def clear_feedback(*, session: Session, reference: str, criterion: str | None) -> None:
    """Remove the chair's feedback on ``reference`` (one criterion, or the whole proposal)."""
    proposal = find_proposal(session, reference)
    code = _code(session, criterion)
    row = _row(session, proposal, code)
    if row is None:
        raise EvaluatorError(
            _("There is no feedback on {on} to clear; nothing was changed.").format(
                on=_on(proposal.reference, code)
            )
        )
    session.delete(row)
    session.flush()


def copy_comment(
    *, session: Session, reference: str, criterion: str, evaluator_name: str
) -> FeedbackView:
    """Copy one evaluator's comment on one criterion into the chair's feedback on it, for the
    chair to edit: the chair's explicit choice, never done by itself."""
    code = _code(session, criterion)
    assert code is not None
    evaluator = find_evaluator(session, evaluator_name)
    review = review_of(session, evaluator, reference)
    comment = next((s.comment for s in review.scores if s.criterion == code), "")
    if not comment.strip():
        raise EvaluatorError(
            _("{name} wrote no comment on {code} of {reference}; nothing was changed.").format(
                name=evaluator.name, code=code, reference=review.proposal.reference
            )
        )
    return set_feedback(session=session, reference=reference, criterion=code, text=comment)


def _view(reference: str, row: Feedback) -> FeedbackView:
    return FeedbackView(reference, row.criterion, row.text, row.written_by, row.written_at)


def list_feedback(session: Session, reference: str | None = None) -> list[FeedbackView]:
    """Every piece of feedback (or one proposal's), by reference, the whole proposal's first,
    then by criterion in call order."""
    spec = stored_call(session)
    order = {c.code: n for n, c in enumerate(spec.criteria)}
    query = select(Proposal.reference, Feedback).join(
        Proposal, col(Proposal.id) == col(Feedback.proposal_id)
    )
    if reference is not None:
        query = query.where(Proposal.reference == find_proposal(session, reference).reference)
    rows = [_view(ref, row) for ref, row in session.exec(query).all()]
    return sorted(
        rows,
        key=lambda v: (v.reference, -1 if v.criterion is None else order.get(v.criterion, 999)),
    )


def applicant_feedback(session: Session) -> dict[str, ApplicantFeedback]:
    """What each proposal's applicant is told, by reference (only those with feedback)."""
    overall: dict[str, str] = {}
    criteria: dict[str, dict[str, str]] = defaultdict(dict)
    for view in list_feedback(session):
        if view.criterion is None:
            overall[view.reference] = view.text
        else:
            criteria[view.reference][view.criterion] = view.text
    return {
        reference: ApplicantFeedback(overall.get(reference, ""), criteria.get(reference, {}))
        for reference in sorted(overall.keys() | criteria.keys())
    }
