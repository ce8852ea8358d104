"""The chair reverses a decision: un-resolve, clear a consensus score, count an excluded review
again, reopen a submitted review, unassign a review not yet scored.

Each takes a reason, which the audit trail records with every entry the reversal writes, and
each can be a dry run: the reversal is carried out in a transaction that is then rolled back,
so the preview (the proposal's status, rank and final score before → after, and every other
proposal it moves) is exactly what the reversal would do, refusals included.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlmodel import Session

from evaluator.actions.changes import NOTHING, Changes, Done
from evaluator.errors import EvaluatorError
from evaluator.i18n import _
from evaluator.rules.preview import Preview, compare
from evaluator.services import assignment, reconcile, scoring
from evaluator.services.evaluators import find_evaluator, find_proposal
from evaluator.storage.workspace import Workspace

__all__ = [
    "Preview",
    "Reversal",
    "clear_consensus",
    "include",
    "reopen",
    "unassign",
    "unresolve",
]

DECISIONS = Changes(decisions=True)
REVIEWS = Changes(reviews=True)
ASSIGNMENTS = Changes(assignments=True, reviews=True)


@dataclass(frozen=True)
class Reversal:
    """What a reversal did, or would do on a dry run."""

    reference: str  # the proposal's reference as stored
    who: str  # the evaluator's name as stored, or the criterion's code; "" for the proposal
    preview: Preview


class _DryRun(Exception):
    """Rolls a dry run's transaction back, carrying what it would have done."""

    def __init__(self, reversal: Reversal) -> None:
        super().__init__(reversal.reference)
        self.reversal = reversal


def _reason(reason: str, what: str, *, required: bool = True) -> str:
    text = " ".join(reason.split())
    if required and not text:
        raise EvaluatorError(_("Give the reason for {what}.").format(what=what))
    return text


def _reverse(
    workspace: Workspace,
    *,
    reference: str,
    reason: str,
    dry_run: bool,
    changes: Changes,
    change: Callable[[Session], str],
) -> Done[Reversal]:
    """Carry out ``change`` (which returns ``Reversal.who``) with ``reason`` on every audit
    entry it writes, between two rankings; on a dry run, roll it all back."""
    try:
        with workspace.transaction() as session:
            stored = find_proposal(session, reference).reference
            before = reconcile.ranking(session)
            session.info["reason"] = reason or None
            who = change(session)
            session.flush()
            # The seal entry written at commit is the workspace's, not this reversal's.
            session.info.pop("reason", None)
            preview = compare(before, reconcile.ranking(session), stored, applied=not dry_run)
            reversal = Reversal(stored, who, preview)
            if dry_run:
                raise _DryRun(reversal)
    except _DryRun as rolled_back:
        return Done(rolled_back.reversal, NOTHING)
    return Done(reversal, changes)


def unresolve(
    *, workspace: Workspace, reference: str, reason: str, dry_run: bool = False
) -> Done[Reversal]:
    """Withdraw a proposal's resolution: if divergent, it awaits reconciliation again."""
    text = _reason(reason, _("un-resolving the proposal"))

    def change(session: Session) -> str:
        reconcile.unresolve(session=session, reference=reference)
        return ""

    return _reverse(
        workspace,
        reference=reference,
        reason=text,
        dry_run=dry_run,
        changes=DECISIONS,
        change=change,
    )


def clear_consensus(
    *, workspace: Workspace, reference: str, criterion: str, reason: str, dry_run: bool = False
) -> Done[Reversal]:
    """Withdraw a consensus score: the reviews' aggregate counts again."""
    text = _reason(reason, _("clearing the consensus score"))

    def change(session: Session) -> str:
        reconcile.clear_consensus(session=session, reference=reference, criterion=criterion)
        return criterion.strip()

    return _reverse(
        workspace,
        reference=reference,
        reason=text,
        dry_run=dry_run,
        changes=DECISIONS,
        change=change,
    )


def include(
    *,
    workspace: Workspace,
    reference: str,
    evaluator_name: str,
    reason: str = "",
    dry_run: bool = False,
) -> Done[Reversal]:
    """Count an excluded review again. The reason may be empty here only because scripts
    written before it was asked for call ``include`` without one; the GUI asks for it."""
    text = _reason(reason, _("counting the review again"), required=False)

    def change(session: Session) -> str:
        reconcile.include(session=session, reference=reference, evaluator_name=evaluator_name)
        return find_evaluator(session, evaluator_name).name

    return _reverse(
        workspace,
        reference=reference,
        reason=text,
        dry_run=dry_run,
        changes=DECISIONS,
        change=change,
    )


def reopen(
    *,
    workspace: Workspace,
    reference: str,
    evaluator_name: str,
    reason: str,
    dry_run: bool = False,
) -> Done[Reversal]:
    """Reopen a submitted review: it stops counting until it is submitted again."""
    text = _reason(reason, _("reopening the review"))

    def change(session: Session) -> str:
        scoring.reopen(
            session=session, evaluator_name=evaluator_name, reference=reference, reason=text
        )
        return find_evaluator(session, evaluator_name).name

    return _reverse(
        workspace, reference=reference, reason=text, dry_run=dry_run, changes=REVIEWS, change=change
    )


def unassign(
    *,
    workspace: Workspace,
    reference: str,
    evaluator_name: str,
    reason: str,
    dry_run: bool = False,
) -> Done[Reversal]:
    """Take back an assignment whose review holds no score yet; a review that was scored or
    submitted is refused (reopen or exclude it instead)."""
    text = _reason(reason, _("unassigning the review"))

    def change(session: Session) -> str:
        name = find_evaluator(session, evaluator_name).name
        assignment.unassign(
            session=session, evaluator_name=evaluator_name, reference=reference, unscored=True
        )
        return name

    return _reverse(
        workspace,
        reference=reference,
        reason=text,
        dry_run=dry_run,
        changes=ASSIGNMENTS,
        change=change,
    )
