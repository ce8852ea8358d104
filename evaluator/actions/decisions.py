"""The chair's actions on the scores: reconcile, exclude and include reviews, consensus,
resolve, rank and award."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlmodel import Session

from evaluator.actions import reversals
from evaluator.actions.changes import Changes, Done
from evaluator.errors import EvaluatorError
from evaluator.i18n import _
from evaluator.rules.call import CallSpec
from evaluator.rules.ranking import Ranking
from evaluator.services import reconcile
from evaluator.services.bias import EvaluatorBias, evaluator_bias
from evaluator.services.calls import stored_call
from evaluator.services.evaluators import find_evaluator
from evaluator.services.reconcile import Reconciliation
from evaluator.storage import audit
from evaluator.storage.workspace import Workspace

__all__ = [
    "EvaluatorBias",
    "Ranked",
    "Reconciliation",
    "award",
    "biases",
    "exclude",
    "include",
    "rank",
    "reconciliation",
    "resolve",
    "set_consensus",
]

DECISIONS = Changes(decisions=True)


def reconciliation(*, workspace: Workspace) -> list[Reconciliation]:
    """Every eligible proposal's reviews side by side, with spread, flags and decisions."""
    with workspace.session() as session:
        return reconcile.reconciliation(session)


@dataclass(frozen=True)
class Ranked:
    """The ranking, with the call it was drawn under."""

    spec: CallSpec
    ranking: Ranking


def rank(*, workspace: Workspace) -> Ranked:
    """Final scores, statuses, ranks and the budget line."""
    with workspace.session() as session:
        return Ranked(stored_call(session), reconcile.ranking(session))


def biases(*, workspace: Workspace) -> list[EvaluatorBias]:
    """Each evaluator's totals against their co-reviewers' (advisory)."""
    with workspace.session() as session:
        return evaluator_bias(session)


def unchanged(session: Session, reference: str, seen: int | None) -> None:
    """Refuse a decision on ``reference`` taken from a screen loaded when the trail stood at
    ``seen``, if anyone changed that proposal since: never overwrite what one did not see."""
    if seen is None:
        return
    actor = audit.changed_since(session, reference, seen)
    if actor is not None:
        raise EvaluatorError(
            _(
                "{reference} was changed by {actor} since you opened it; nothing was "
                "changed, reload and try again."
            ).format(reference=reference, actor=actor)
        )


def exclude(
    *,
    workspace: Workspace,
    reference: str,
    evaluator_name: str,
    reason: str,
    seen: int | None = None,
) -> Done[str]:
    """Leave one review out of a proposal's scores; returns the evaluator's name. With
    ``seen`` (the trail's position when the screen loaded), refused if the proposal changed
    since."""
    with workspace.transaction() as session:
        unchanged(session, reference, seen)
        reconcile.exclude(
            session=session, reference=reference, evaluator_name=evaluator_name, reason=reason
        )
        return Done(find_evaluator(session, evaluator_name).name, DECISIONS)


def include(*, workspace: Workspace, reference: str, evaluator_name: str) -> Done[str]:
    """Count an excluded review again; returns the evaluator's name (``reversals.include``
    takes a reason and previews)."""
    done = reversals.include(
        workspace=workspace, reference=reference, evaluator_name=evaluator_name
    )
    return Done(done.result.who, done.changes)


def set_consensus(
    *,
    workspace: Workspace,
    reference: str,
    criterion: str,
    value: Decimal,
    reason: str,
    seen: int | None = None,
) -> Done[None]:
    """Set the committee's consensus score of one criterion (``seen``: see ``exclude``)."""
    with workspace.transaction() as session:
        unchanged(session, reference, seen)
        reconcile.set_consensus(
            session=session, reference=reference, criterion=criterion, value=value, reason=reason
        )
    return Done(None, DECISIONS)


def resolve(
    *, workspace: Workspace, reference: str, note: str, seen: int | None = None
) -> Done[None]:
    """Mark a divergent proposal reconciled (``seen``: see ``exclude``)."""
    with workspace.transaction() as session:
        unchanged(session, reference, seen)
        reconcile.resolve(session=session, reference=reference, note=note)
    return Done(None, DECISIONS)


def award(
    *,
    workspace: Workspace,
    reference: str,
    amount: Decimal,
    reason: str | None = None,
    seen: int | None = None,
) -> Done[str]:
    """Set the awarded amount of a proposal (less than requested only with a ``reason``);
    returns the call's currency (``seen``: see ``exclude``)."""
    with workspace.transaction() as session:
        unchanged(session, reference, seen)
        reconcile.award(session=session, reference=reference, amount=amount, reason=reason)
        return Done(stored_call(session).call.currency, DECISIONS)
