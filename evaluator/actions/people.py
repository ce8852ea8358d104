"""Actions on evaluators, conflicts of interest and assignments."""

from __future__ import annotations

from dataclasses import dataclass

from evaluator.actions.changes import Changes, Done
from evaluator.files.exchange import ExchangeStatus, exchange_status
from evaluator.services import assignment, evaluators
from evaluator.services.assignment import AssignmentView, Matrix
from evaluator.services.evaluators import ConflictView, EvaluatorView
from evaluator.storage.workspace import Workspace

__all__ = [
    "AssignmentView",
    "ConflictView",
    "EvaluatorView",
    "ExchangeStatus",
    "Matrix",
    "add_conflict",
    "add_evaluator",
    "assign",
    "assign_one",
    "assignment_matrix",
    "exchange_statuses",
    "free_evaluators",
    "list_assignments",
    "list_conflicts",
    "list_evaluators",
    "remove_conflict",
    "unassign",
    "update_evaluator",
]

PEOPLE = Changes(evaluators=True)
# A conflict of interest releases the assignment it concerns.
CONFLICTS = Changes(evaluators=True, assignments=True, reviews=True)
ASSIGNMENTS = Changes(assignments=True, reviews=True)


@dataclass(frozen=True)
class Registered:
    """An evaluator as registered: the name kept, and on a server their login, and whether
    the role was created for them (without a password)."""

    name: str
    login: str | None = None
    created: bool = False


def add_evaluator(
    *, workspace: Workspace, name: str, country: str = "", email: str = "", login: str | None = None
) -> Done[Registered]:
    """Register an evaluator; on a server with ``login``, the role they sign in with."""
    with workspace.transaction() as session:
        evaluator = evaluators.add_evaluator(
            session=session, name=name, country=country, email=email, login=login
        )
        created = evaluator.login in session.info.get("created_logins", [])
        return Done(Registered(evaluator.name, evaluator.login, created), PEOPLE)


def update_evaluator(
    *, workspace: Workspace, name: str, new_name: str, country: str, email: str
) -> Done[None]:
    """Correct an evaluator's name, country or e-mail."""
    with workspace.transaction() as session:
        evaluators.update_evaluator(
            session=session, name=name, new_name=new_name, country=country, email=email
        )
    return Done(None, PEOPLE)


def add_conflict(
    *, workspace: Workspace, evaluator_name: str, reference: str, reason: str = ""
) -> Done[tuple[str, str]]:
    """Record that an evaluator must not review a proposal; returns (name, reference)."""
    with workspace.transaction() as session:
        evaluator = evaluators.find_evaluator(session, evaluator_name)
        proposal = evaluators.find_proposal(session, reference)
        evaluators.add_conflict(
            session=session, evaluator=evaluator, proposal=proposal, reason=reason
        )
        return Done((evaluator.name, proposal.reference), CONFLICTS)


def remove_conflict(*, workspace: Workspace, evaluator_name: str, reference: str) -> Done[None]:
    """Withdraw a recorded conflict of interest."""
    with workspace.transaction() as session:
        evaluators.remove_conflict(
            session=session,
            evaluator=evaluators.find_evaluator(session, evaluator_name),
            proposal=evaluators.find_proposal(session, reference),
        )
    return Done(None, CONFLICTS)


def assign(
    *, workspace: Workspace, per_proposal: int | None = None, divergent: bool = False
) -> Done[list[AssignmentView]]:
    """Assign evaluators to every eligible proposal, or one more to each divergent one."""
    with workspace.transaction() as session:
        added = (
            assignment.assign_divergent(session=session)
            if divergent
            else assignment.assign(session=session, per_proposal=per_proposal)
        )
    return Done(added, ASSIGNMENTS)


def assign_one(*, workspace: Workspace, evaluator_name: str, reference: str) -> Done[None]:
    """Assign one evaluator to one proposal by hand."""
    with workspace.transaction() as session:
        assignment.assign_one(session=session, evaluator_name=evaluator_name, reference=reference)
    return Done(None, ASSIGNMENTS)


def unassign(*, workspace: Workspace, evaluator_name: str, reference: str) -> Done[None]:
    """Take back an assignment not yet worked on."""
    with workspace.transaction() as session:
        assignment.unassign(session=session, evaluator_name=evaluator_name, reference=reference)
    return Done(None, ASSIGNMENTS)


def list_evaluators(*, workspace: Workspace) -> list[EvaluatorView]:
    """Every evaluator with their counts of reviews, submissions and conflicts."""
    with workspace.session() as session:
        return evaluators.list_evaluators(session)


def list_conflicts(*, workspace: Workspace) -> list[ConflictView]:
    """Every recorded conflict of interest."""
    with workspace.session() as session:
        return evaluators.list_conflicts(session)


def list_assignments(*, workspace: Workspace) -> list[AssignmentView]:
    """Every assignment with its status."""
    with workspace.session() as session:
        return assignment.list_assignments(session)


def assignment_matrix(*, workspace: Workspace) -> Matrix:
    """Who reviews what, as a matrix of evaluators by proposals."""
    with workspace.session() as session:
        return assignment.assignment_matrix(session)


def exchange_statuses(*, workspace: Workspace) -> dict[str, ExchangeStatus]:
    """Per evaluator: the last package issued and the last returns imported."""
    with workspace.session() as session:
        return exchange_status(session)


def free_evaluators(*, workspace: Workspace, reference: str) -> list[EvaluatorView]:
    """The evaluators who could take ``reference`` now (not assigned to it, no conflict of
    interest, not barred by the call's own-country rule), the least loaded first."""
    with workspace.session() as session:
        matrix = assignment.assignment_matrix(session)
        views = evaluators.list_evaluators(session)
    free = [v for v in views if (reference, v.name) not in matrix.cells]
    return sorted(free, key=lambda v: v.reviews)  # stable: by name among equals
