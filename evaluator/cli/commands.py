"""Which function carries out each command, and the checks every command passes first."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import TextIO

from evaluator.actions.scoring import ActingEvaluatorNeeded
from evaluator.actions.workspace import require_chair
from evaluator.cli import (
    decisions,
    documents,
    exchange,
    outcomes,
    outputs,
    people,
    proposals,
    reversals,
    scoring,
    workspace,
)
from evaluator.cli.common import Usage
from evaluator.cli.opening import open_named

COMMANDS: dict[str, Callable[[argparse.Namespace, TextIO], None]] = {
    "new": workspace.new,
    "demo": workspace.demo,
    "import-proposals": proposals.import_proposals,
    "organisation-set": proposals.organisation_set,
    "proposals": proposals.proposals,
    "import-documents": documents.import_documents,
    "attach": documents.attach,
    "detach": documents.detach,
    "documents": documents.documents,
    "export-document": documents.export_document,
    "eligibility": proposals.eligibility,
    "evaluators": people.evaluators,
    "assignments": people.assignments,
    "chair-set": people.chair_set,
    "evaluator-add": people.evaluator_add,
    "conflict-add": people.conflict_add,
    "assign": people.assign,
    "reopen": reversals.reopen,
    "declare": scoring.declare,
    "score": scoring.score,
    "import-scores": scoring.import_scores,
    "export-scoresheet": scoring.export_scoresheet,
    "submit": scoring.submit,
    "export-package": exchange.export_package,
    "open-package": exchange.open_package,
    "export-returns": exchange.export_returns,
    "import-returns": exchange.import_returns,
    "reconcile": decisions.reconcile,
    "rank": decisions.rank,
    "exclude": decisions.exclude,
    "include": reversals.include,
    "consensus": decisions.consensus,
    "resolve": decisions.resolve,
    "unresolve": reversals.unresolve,
    "unassign": reversals.unassign,
    "award": decisions.award,
    "feedback": outcomes.feedback,
    "letters": outcomes.letters,
    "report": outputs.report,
    "contracts": outputs.contracts,
    "verify": workspace.verify,
    "backups": workspace.backups,
    "restore": workspace.restore,
}

# Commands only a chair's workspace may run; an evaluator's workspace refuses them.
CHAIR_ONLY = {
    "import-proposals": "importing proposals",
    "import-documents": "importing documents",
    "attach": "attaching documents",
    "detach": "detaching documents",
    "eligibility": "checking eligibility",
    "chair-set": "naming the chair",
    "evaluator-add": "registering evaluators",
    "conflict-add": "recording conflicts of interest",
    "assign": "assigning proposals",
    "reopen": "reopening reviews",
    "export-package": "exporting packages",
    "import-returns": "importing returns",
    "reconcile": "reconciling",
    "rank": "ranking",
    "exclude": "excluding reviews",
    "include": "including reviews",
    "consensus": "setting consensus scores",
    "resolve": "resolving proposals",
    "unresolve": "un-resolving proposals",
    "unassign": "unassigning reviews",
    "organisation-set": "changing organisations' details",
    "award": "awarding amounts",
    "feedback": "writing feedback for applicants",
    "letters": "writing outcome letters",
}


def run(args: argparse.Namespace, out: TextIO) -> None:
    """Carry out the command ``args`` names."""
    if args.command in CHAIR_ONLY:
        with open_named(args) as opened:
            require_chair(workspace=opened, what=CHAIR_ONLY[args.command])
    try:
        COMMANDS[args.command](args, out)
    except ActingEvaluatorNeeded as error:
        raise Usage(error.message) from None
