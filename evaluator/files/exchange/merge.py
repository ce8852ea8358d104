"""Returns merged into the chair's copies of the evaluator's reviews: read as stored, then
written score for score in a few statements, each change with its audit entry."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import bindparam, delete, update
from sqlalchemy import select as core_select
from sqlalchemy.engine import Connection
from sqlmodel import Session, col

from evaluator.files.exchange.bodies import ReviewData
from evaluator.files.exchange.values import moment_of
from evaluator.storage.audit import Change, append_many, driver_insert, plain
from evaluator.storage.models import Evaluator, Proposal, Review, Score, utc_now


@dataclass
class HeldReview:
    """The chair's copy of one review of the evaluator, as stored."""

    id: int
    reference: str
    declared_at: datetime | None
    submitted_at: datetime | None
    chair_version: int
    assigned_at: datetime
    scores: dict[str, tuple[Decimal, str]] = field(default_factory=dict)


def held_reviews(session: Session, evaluator: Evaluator) -> dict[str, HeldReview]:
    """The evaluator's reviews in the chair's workspace with their scores, by reference."""
    # Read as plain rows, past the ORM: a merge touches thousands of scores.
    session.flush()
    connection = session.connection()
    reviews: dict[str, HeldReview] = {}
    by_id: dict[int | None, HeldReview] = {}
    for review_id, reference, declared, submitted, version, assigned in connection.execute(
        core_select(
            col(Review.id),
            col(Proposal.reference),
            col(Review.declared_at),
            col(Review.submitted_at),
            col(Review.chair_version),
            col(Review.assigned_at),
        )
        .join(Proposal, col(Proposal.id) == col(Review.proposal_id))
        .where(col(Review.evaluator_id) == evaluator.id)
    ):
        assert review_id is not None
        review = HeldReview(review_id, reference, declared, submitted, version, assigned)
        reviews[reference] = by_id[review_id] = review
    for review_id, criterion, value, comment in connection.execute(
        core_select(
            col(Score.review_id), col(Score.criterion), col(Score.value), col(Score.comment)
        )
        .join(Review, col(Review.id) == col(Score.review_id))
        .where(col(Review.evaluator_id) == evaluator.id)
    ):
        by_id[review_id].scores[criterion] = (value, comment)
    return reviews


def score_changes(
    have: dict[str, tuple[Decimal, str]], wanted: dict[str, tuple[Decimal, str]]
) -> dict[str, tuple[str | None, str | None]]:
    """What a merge changes in one review's scores, for the audit trail, criterion by
    criterion: ``code: (old, new)`` for a value (None where there was none, or is none now)
    and ``"code comment": (old, new)`` where the comment of a score already there changes.

    The comment a new score comes with is not repeated here: it is in the score itself, and
    any later change records it as the old side, so every comment can be traced.
    """
    changes: dict[str, tuple[str | None, str | None]] = {}
    for code in sorted(have.keys() | wanted.keys()):
        old = have.get(code)
        new = wanted.get(code)
        if old == new:
            continue
        if old is None:
            assert new is not None
            changes[code] = (None, str(new[0]))
            continue
        if new is None or old[0] != new[0]:
            changes[code] = (str(old[0]), None if new is None else str(new[0]))
        new_comment = None if new is None else new[1] or None
        if (old[1] or None) != new_comment:
            changes[f"{code} comment"] = (old[1] or None, new_comment)
    return changes


@dataclass
class Merge:
    """The chair's copies of reviews becoming the evaluator's, score for score: gathered review
    by review, then written in a few statements, each change with its audit entry."""

    # (id, declared_at, submitted_at) of the reviews whose dates change.
    dated: list[dict[str, Any]] = field(default_factory=list)
    # Reviews whose scores are replaced, and every score they get: (review id, criterion,
    # value, comment).
    cleared: list[dict[str, Any]] = field(default_factory=list)
    scores: list[tuple[int, str, Decimal, str]] = field(default_factory=list)
    # Audit entries: the scores of each review, then the dates of each review, as the flush
    # hook recorded them when the merge went through the ORM. Their (old, new) pairs are
    # tuples, which JSON writes as lists: the garbage collector soon stops tracking tuples of
    # plain values, and a merge holds thousands of pairs until it writes them.
    scored: list[Change] = field(default_factory=list)
    changed: list[Change] = field(default_factory=list)
    touched: set[int] = field(default_factory=set)
    refused: list[Change] = field(default_factory=list)

    def replace(self, review: HeldReview, data: ReviewData, evaluator: str) -> None:
        """Plan the chair's copy of ``review`` becoming ``data``."""
        reference = review.reference
        dates = {
            "declared_at": (review.declared_at, moment_of(data.declared_at)),
            "submitted_at": (review.submitted_at, moment_of(data.submitted_at)),
        }
        # A date changes when it is not equal to the stored one, as the flush hook judged it:
        # the same moment written with another offset is no change.
        moved = {name: (plain(old), plain(new)) for name, (old, new) in dates.items() if new != old}
        if moved:
            self.dated.append(
                {
                    "review": review.id,
                    "declared": dates["declared_at"][1],
                    "submitted": dates["submitted_at"][1],
                }
            )
            self.touched.add(review.id)
            self.changed.append(("changed", f"{reference} review by {evaluator}", reference, moved))
        wanted = {s.criterion: (Decimal(s.value), s.comment) for s in data.scores}
        have = review.scores
        if wanted == have:
            return
        self.touched.add(review.id)
        if have:
            self.cleared.append({"review": review.id})
        self.scored.append(
            (
                "returns merged",
                f"{reference} scores by {evaluator}",
                reference,
                score_changes(have, wanted),
            )
        )
        self.scores += [
            (review.id, code, value, comment) for code, (value, comment) in wanted.items()
        ]

    def kept(self, review: HeldReview, why: str) -> None:
        """Record that returns asked to change ``review`` and the chair's copy was kept."""
        self.refused.append(
            ("returns not merged", f"{review.reference} review", review.reference, {"kept": why})
        )

    def write(self, session: Session) -> None:
        """Write what was planned, within the session's transaction."""
        connection = session.connection()
        # One executemany per statement rather than an ORM object per row: a merge writes
        # thousands of scores, and the flush hook's per-row work made it many times slower.
        if self.dated:
            connection.execute(
                update(Review)
                .where(col(Review.id) == bindparam("review"))
                .values(declared_at=bindparam("declared"), submitted_at=bindparam("submitted")),
                self.dated,
            )
        if self.cleared:
            connection.execute(
                delete(Score).where(col(Score.review_id) == bindparam("review")), self.cleared
            )
        if self.scores:
            _insert_scores(connection, self.scores)
        append_many(session, self.scored + self.changed + self.refused)
        # Copies the session already holds would otherwise show what was there before.
        for row in list(session.identity_map.values()):
            if isinstance(row, Review) and row.id in self.touched:
                session.expire(row)


_SCORE_COLUMNS = ["review_id", "criterion", "value", "comment", "updated_at"]


def _insert_scores(connection: Connection, scores: list[tuple[int, str, Decimal, str]]) -> None:
    """Insert (review id, criterion, value, comment) rows, all updated now, with one
    executemany of the driver (see ``driver_insert``): the moment is converted once."""
    statement, stored = driver_insert(connection, Score, _SCORE_COLUMNS)
    points, now = stored["value"], stored["updated_at"](utc_now())
    connection.exec_driver_sql(
        statement,
        [(review, code, points(value), comment, now) for review, code, value, comment in scores],
    )
