"""Actions on proposals: import a proposals file, check eligibility, list them."""

from __future__ import annotations

from pathlib import Path

from evaluator.actions.changes import Changes, Done
from evaluator.files import proposals_file
from evaluator.services import proposals
from evaluator.services.proposals import ImportReport, Progress, ProposalView
from evaluator.storage.workspace import Workspace

__all__ = ["ImportReport", "Progress", "ProposalView", "check_eligibility", "import_proposals"]

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
