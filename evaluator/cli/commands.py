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
from evaluator.i18n import N_, _

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
    "import-proposals": N_("importing proposals"),
    "import-documents": N_("importing documents"),
    "attach": N_("attaching documents"),
    "detach": N_("detaching documents"),
    "eligibility": N_("checking eligibility"),
    "chair-set": N_("naming the chair"),
    "evaluator-add": N_("registering evaluators"),
    "conflict-add": N_("recording conflicts of interest"),
    "assign": N_("assigning proposals"),
    "reopen": N_("reopening reviews"),
    "export-package": N_("exporting packages"),
    "import-returns": N_("importing returns"),
    "reconcile": N_("reconciling"),
    "rank": N_("ranking"),
    "exclude": N_("excluding reviews"),
    "include": N_("including reviews"),
    "consensus": N_("setting consensus scores"),
    "resolve": N_("resolving proposals"),
    "unresolve": N_("un-resolving proposals"),
    "unassign": N_("unassigning reviews"),
    "organisation-set": N_("changing organisations' details"),
    "award": N_("awarding amounts"),
    "feedback": N_("writing feedback for applicants"),
    "letters": N_("writing outcome letters"),
}


def run(args: argparse.Namespace, out: TextIO) -> None:
    """Carry out the command ``args`` names."""
    if args.command in CHAIR_ONLY:
        with open_named(args) as opened:
            require_chair(workspace=opened, what=_(CHAIR_ONLY[args.command]))
    try:
        COMMANDS[args.command](args, out)
    except ActingEvaluatorNeeded as error:
        raise Usage(error.message) from None
