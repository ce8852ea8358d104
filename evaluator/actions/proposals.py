"""Actions on proposals: import a proposals file, check eligibility, list them."""

from __future__ import annotations

from pathlib import Path

from evaluator.actions.changes import Changes, Done
from evaluator.files import proposals_file
from evaluator.services import organisations, proposals
from evaluator.services.organisations import DETAILS as DETAIL_WORDS
from evaluator.services.organisations import OrganisationChange
from evaluator.services.proposals import ImportReport, Progress, ProposalView
from evaluator.storage.workspace import Workspace

__all__ = [
    "DETAIL_WORDS",
    "ImportReport",
    "OrganisationChange",
    "Progress",
    "ProposalView",
    "check_eligibility",
    "import_proposals",
    "set_organisation",
]

IMPORTED = Changes(proposals=True, evaluators=True, assignments=True, reviews=True)


def import_proposals(
    *, workspace: Workspace, path: Path, replace: bool = False, progress: Progress | None = None
) -> Done[ImportReport]:
    """Import a proposals file in one transaction, after a backup; all or nothing."""
    workspace.backup("before import of proposals")
    with workspace.transaction() as session:
        report = proposals_file.import_proposals(
            session=session, path=path, replace=replace, progress=progress
        )
    return Done(report, IMPORTED)


def list_proposals(*, workspace: Workspace) -> list[ProposalView]:
    """Every proposal with its members and eligibility, by reference."""
    with workspace.session() as session:
        return proposals.list_proposals(session)


def check_eligibility(*, workspace: Workspace) -> Done[list[ProposalView]]:
    """Run the eligibility checks on every proposal; returns the proposals as they now stand."""
    with workspace.transaction() as session:
        proposals.check_eligibility(session)
    return Done(list_proposals(workspace=workspace), Changes(proposals=True))


def organisation_details(*, workspace: Workspace, name: str, country: str) -> dict[str, str]:
    """An organisation's address, registration number, representative and e-mail."""
    with workspace.session() as session:
        return organisations.details_of(session, name, country)


def set_organisation(
    *, workspace: Workspace, name: str, country: str, details: dict[str, str]
) -> Done[OrganisationChange]:
    """Complete or correct an organisation's address, registration number, representative or
    e-mail (``details``, by those keys; an empty value clears one), at any time."""
    with workspace.transaction() as session:
        change = organisations.set_details(
            session=session, name=name, country=country, details=details
        )
    return Done(change, Changes(proposals=bool(change.changed)))
