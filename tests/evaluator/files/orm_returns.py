"""The merge of returns as it was written before it moved to bulk statements: through ORM
objects, the scores past the flush hook with one "returns merged" audit entry per review, and
the review dates through the hook. Kept only as the reference the fast path is checked against.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from sqlalchemy import delete, insert
from sqlalchemy.orm import selectinload
from sqlmodel import Session, col, select

from evaluator.files.exchange import (
    ExchangeError,
    MergeResult,
    ReturnsBody,
    ReviewData,
    open_envelope,
    require_chair,
    score_changes,
    setting,
)
from evaluator.files.exchange.bodies import parse_body
from evaluator.files.exchange.envelope import verify
from evaluator.files.exchange.history import already_imported
from evaluator.files.exchange.returns import review_problems
from evaluator.files.exchange.values import moment_of
from evaluator.i18n import plural
from evaluator.services.calls import stored_call
from evaluator.services.evaluators import add_conflict
from evaluator.storage.audit import append
from evaluator.storage.models import (
    Conflict,
    Evaluator,
    Package,
    Proposal,
    ReturnsImport,
    Review,
    Score,
    utc_now,
)


def orm_import_returns(*, session: Session, path: Path) -> MergeResult:
    """``import_returns`` as it was, review object by review object."""
    require_chair(session, "importing returns")
    envelope = open_envelope(path, "returns")
    body = parse_body(path, envelope, ReturnsBody, "returns file", signed=True)
    package = session.exec(select(Package).where(Package.package_id == body.package_id)).first()
    if package is None:
        raise ExchangeError(
            f"{path.name} was not made from a package of this workspace; it cannot be imported."
        )
    verify(path, envelope, package.public_key, "the evaluator")
    spec = stored_call(session)
    if body.call_id != spec.call.id:
        raise ExchangeError(f"{path.name} is for the call {body.call_id}, not {spec.call.id}.")
    if body.chair_workspace_id != setting(session, "workspace_id"):
        raise ExchangeError(f"{path.name} belongs to another chair's workspace.")
    evaluator = session.get(Evaluator, package.evaluator_id)
    assert evaluator is not None
    if already_imported(path, session, evaluator, package, body.revision, envelope.sha256):
        return MergeResult(path.name, evaluator.name, body.revision, "unchanged")
    reviews = {
        p.reference: r
        for r, p in session.exec(
            select(Review, Proposal)
            .join(Proposal, col(Proposal.id) == Review.proposal_id)
            .where(Review.evaluator_id == evaluator.id)
            # SQLModel types a relationship as its list (list[Score]), not as the attribute it is.
            .options(selectinload(Review.scores))  # type: ignore[arg-type]
        ).all()
    }
    conflicted = set(
        session.exec(
            select(Proposal.reference)
            .join(Conflict, col(Conflict.proposal_id) == Proposal.id)
            .where(Conflict.evaluator_id == evaluator.id)
        ).all()
    )
    problems = []
    seen: set[str] = set()
    released: set[str] = set()
    for data in body.reviews:
        if data.reference in seen:
            problems.append(f"{data.reference} is listed more than once")
        elif data.reference in conflicted and data.reference not in reviews:
            released.add(data.reference)
        elif data.reference not in reviews:
            problems.append(f"{data.reference} is not assigned to {evaluator.name}")
        else:
            problems += review_problems(spec, data, {})
        seen.add(data.reference)
    problems += [
        f"{c.reference} is not assigned to {evaluator.name}"
        for c in body.conflicts
        if c.reference not in reviews and c.reference not in conflicted
    ]
    if problems:
        raise ExchangeError(
            f"{path.name} was not imported: {plural(len(problems), '{count} problem', '{count} problems')}, nothing was "
            "changed.",
            [f"{path.name}: {p}" for p in problems],
        )
    result = MergeResult(path.name, evaluator.name, body.revision, "imported")
    for data in body.reviews:
        if data.reference in released:
            result.conflicts.append(
                f"{data.reference}: {evaluator.name} has a conflict of interest recorded for it; "
                "this review is left out"
            )
            continue
        review = reviews[data.reference]
        if data.chair_version < review.chair_version:
            result.conflicts.append(
                f"{data.reference}: the chair changed this review after {evaluator.name}'s "
                "package was made; it is kept as the chair left it"
            )
            continue
        with session.no_autoflush:
            _replace_review(session, review, data)
        result.reviews += 1
        result.scores += len(data.scores)
        result.submitted += data.submitted_at is not None
    for conflict in body.conflicts:
        proposal = session.exec(
            select(Proposal).where(Proposal.reference == conflict.reference)
        ).first()
        if proposal is None:
            raise ExchangeError(f"{path.name}: no proposal has the reference {conflict.reference}.")
        known = session.exec(
            select(Conflict).where(
                Conflict.evaluator_id == evaluator.id, Conflict.proposal_id == proposal.id
            )
        ).first()
        if known is None:
            add_conflict(
                session=session,
                evaluator=evaluator,
                proposal=proposal,
                reason=conflict.reason,
                declared=True,
            )
    session.add(
        ReturnsImport(
            evaluator_id=evaluator.id,
            package_id=body.package_id,
            revision=body.revision,
            sha256=envelope.sha256,
        )
    )
    session.flush()
    return result


def _replace_review(session: Session, review: Review, data: ReviewData) -> None:
    review.declared_at = moment_of(data.declared_at)
    review.submitted_at = moment_of(data.submitted_at)
    wanted = {s.criterion: (Decimal(s.value), s.comment) for s in data.scores}
    have = {s.criterion: (s.value, s.comment) for s in review.scores}
    if wanted == have:
        return
    session.execute(delete(Score).where(col(Score.review_id) == review.id))
    session.expire(review, ["scores"])
    proposal = session.get(Proposal, review.proposal_id)
    evaluator = session.get(Evaluator, review.evaluator_id)
    reference = proposal.reference if proposal else None
    append(
        session,
        "returns merged",
        f"{reference} scores by {evaluator.name if evaluator else '?'}",
        reference,
        # What the entry holds was decided later than this path: shared with the fast one.
        {code: list(pair) for code, pair in score_changes(have, wanted).items()},
    )
    if wanted:
        now = utc_now()
        session.execute(
            insert(Score),
            [
                {
                    "review_id": review.id,
                    "criterion": code,
                    "value": value,
                    "comment": comment,
                    "updated_at": now,
                }
                for code, (value, comment) in wanted.items()
            ],
        )
