"""Actions of an evaluator: declare, score, import and export scoresheets, submit (the chair's
reopening of a submitted review is in ``reversals``)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from sqlmodel import Session

from evaluator.actions.changes import Changes, Done
from evaluator.errors import ChangedMeanwhile, EvaluatorError
from evaluator.files import scoresheets
from evaluator.files.scoresheets import ScoreImport
from evaluator.i18n import _, plural
from evaluator.rules.text import fold
from evaluator.services import evaluators, identity, scoring
from evaluator.services.calls import stored_call
from evaluator.services.scoring import ReviewSheet, ReviewView
from evaluator.storage.models import Evaluator
from evaluator.storage.workspace import Workspace

__all__ = [
    "ActingEvaluatorNeeded",
    "ReviewSheet",
    "ReviewView",
    "ScoreImport",
    "Scored",
    "SubmitRefused",
    "declare",
    "export_scoresheet",
    "import_scores",
    "my_reviews",
    "review_sheet",
    "score",
    "submit",
]

REVIEWS = Changes(reviews=True)
# A declared conflict releases the assignment and is recorded as the evaluator's conflict.
DECLARED = Changes(reviews=True, assignments=True, evaluators=True)


class ActingEvaluatorNeeded(EvaluatorError):
    """A chair's workspace was asked to act for an evaluator without being told whom."""


class SubmitRefused(EvaluatorError):
    """Reviews that cannot be submitted, so none was; ``causes`` says why, review by review."""

    def __init__(self, causes: list[EvaluatorError]) -> None:
        super().__init__(
            _("Nothing was submitted: {count} cannot be.").format(
                count=plural(len(causes), "{count} review", "{count} reviews")
            ),
            [cause.message for cause in causes],
        )
        self.causes = causes


def acting(session: Session, as_name: str | None) -> Evaluator:
    """The evaluator an evaluator's action is for.

    In an evaluator's workspace, its own evaluator (``as_name``, if given, must be them); in
    a chair's workspace (committees scoring on one laptop), the evaluator named ``as_name``.
    """
    own = identity.own_evaluator(session)
    if own is not None:
        if as_name and fold(as_name) != fold(own.name):
            raise EvaluatorError(
                _("This is {name}'s evaluation workspace; it cannot act as {as_name}.").format(
                    name=own.name, as_name=as_name
                )
            )
        return own
    if not as_name:
        raise ActingEvaluatorNeeded(_("in a chair workspace, evaluator commands need --as NAME"))
    return evaluators.find_evaluator(session, as_name)


def declare(
    *, workspace: Workspace, as_name: str | None, reference: str, conflict: str | None
) -> Done[str]:
    """Declare no conflict of interest (``conflict`` None) or one; returns the evaluator."""
    with workspace.transaction() as session:
        evaluator = acting(session, as_name)
        scoring.declare(
            session=session, evaluator=evaluator, reference=reference, conflict=conflict
        )
        return Done(evaluator.name, DECLARED if conflict is not None else REVIEWS)


@dataclass(frozen=True)
class Scored:
    """A score saved: by whom, and how far the review has come."""

    evaluator: str
    scored: int
    criteria: int


# How many times a score save is tried when another writer's change at the same moment
# stopped it (a server only).
SAVE_ATTEMPTS = 3


def score(
    *,
    workspace: Workspace,
    as_name: str | None,
    reference: str,
    criterion: str,
    value: Decimal | None,
    comment: str | None = None,
    require_justification: bool = True,
) -> Done[Scored]:
    """Record (or, with ``value`` None, clear) one criterion's score and its comment.

    ``require_justification`` False lets a low score be saved before its comment is typed
    (the GUI saves as the evaluator types; submission still requires it). On a server many
    evaluators save at once: they queue only to write (``brief``).
    """
    for _attempt in range(SAVE_ATTEMPTS - 1):
        try:
            return _score_once(
                workspace, as_name, reference, criterion, value, comment, require_justification
            )
        except ChangedMeanwhile:
            # On a server another writer touched the same rows at that moment: nothing was
            # written, and the save is tried again on what is there now.
            continue
    return _score_once(
        workspace, as_name, reference, criterion, value, comment, require_justification
    )


def _score_once(
    workspace: Workspace,
    as_name: str | None,
    reference: str,
    criterion: str,
    value: Decimal | None,
    comment: str | None,
    require_justification: bool,
) -> Done[Scored]:
    with workspace.transaction(brief=True) as session:
        criteria = len(stored_call(session).criteria)
        evaluator = acting(session, as_name)
        review = scoring.review_of(session, evaluator, reference)
        scoring.record_score(
            session=session,
            review=review,
            criterion=criterion,
            value=value,
            comment=comment,
            require_justification=require_justification,
        )
        scored = Scored(evaluator.name, len(review.scores), criteria)
    return Done(scored, REVIEWS)


def import_scores(*, workspace: Workspace, as_name: str | None, path: Path) -> Done[ScoreImport]:
    """Scores from a filled-in scoresheet, after a backup; all or nothing."""
    workspace.backup("before import of scores")
    with workspace.transaction() as session:
        report = scoresheets.import_scores(
            session=session, evaluator=acting(session, as_name), path=path
        )
    return Done(report, REVIEWS)


def export_scoresheet(*, workspace: Workspace, as_name: str | None, out: Path) -> int:
    """A pre-filled sheet of the evaluator's assignments; returns its rows to score."""
    with workspace.session() as session:
        return scoresheets.export_scoresheet(
            session=session, evaluator=acting(session, as_name), out=out
        )


def submit(
    *, workspace: Workspace, as_name: str | None, references: list[str] | None = None
) -> Done[list[str]]:
    """Submit the reviews of ``references`` (None: every one not yet submitted), all or none."""
    with workspace.transaction() as session:
        evaluator = acting(session, as_name)
        if references is None:
            references = [
                r.reference for r in scoring.my_reviews(session, evaluator) if not r.submitted
            ]
        if not references:
            raise EvaluatorError(
                _("{name} has no review left to submit.").format(name=evaluator.name)
            )
        causes = []
        for reference in references:
            try:
                scoring.submit(
                    session=session, review=scoring.review_of(session, evaluator, reference)
                )
            except EvaluatorError as error:
                causes.append(error)
        if causes:
            raise SubmitRefused(causes)
    return Done(references, REVIEWS)


def my_reviews(*, workspace: Workspace, as_name: str | None) -> list[ReviewView]:
    """The evaluator's reviews with how far each has come."""
    with workspace.session() as session:
        return scoring.my_reviews(session, acting(session, as_name))


def review_sheet(*, workspace: Workspace, as_name: str | None, reference: str) -> ReviewSheet:
    """One review as the scoring page shows it."""
    with workspace.session() as session:
        return scoring.review_sheet(session, acting(session, as_name), reference)
