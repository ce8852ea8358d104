"""An evaluator's commands: declare, score, import-scores, export-scoresheet, submit; and the
chair's reopen."""

from __future__ import annotations

import argparse
from typing import TextIO

from evaluator.actions import scoring as actions
from evaluator.cli.common import Usage
from evaluator.cli.opening import open_named
from evaluator.cli.signals import terminate_as_exception
from evaluator.i18n import _, plural
from evaluator.rules.scoring import parse_score


def declare(args: argparse.Namespace, out: TextIO) -> None:
    with open_named(args) as workspace:
        name = actions.declare(
            workspace=workspace,
            as_name=args.as_name,
            reference=args.reference,
            conflict=None if args.no_conflict else args.conflict,
        ).result
    if args.no_conflict:
        print(
            _("{name} declared no conflict of interest with {reference}.").format(
                name=name, reference=args.reference
            ),
            file=out,
        )
    else:
        print(
            _(
                "{name} declared a conflict of interest with {reference}; the "
                "assignment is released."
            ).format(name=name, reference=args.reference),
            file=out,
        )


def score(args: argparse.Namespace, out: TextIO) -> None:
    with open_named(args) as workspace:
        scored = actions.score(
            workspace=workspace,
            as_name=args.as_name,
            reference=args.reference,
            criterion=args.criterion,
            value=parse_score(args.value),
            comment=args.comment,
        ).result
    progress = _("{scored} of {criteria}").format(scored=scored.scored, criteria=scored.criteria)
    print(
        _("Saved {criterion} = {value} for {reference} ({progress} scored).").format(
            criterion=args.criterion, value=args.value, reference=args.reference, progress=progress
        ),
        file=out,
    )


def import_scores(args: argparse.Namespace, out: TextIO) -> None:
    with open_named(args) as workspace:
        report = actions.import_scores(
            workspace=workspace, as_name=args.as_name, path=args.file
        ).result
    print(report.summary(args.file.name), file=out)


def export_scoresheet(args: argparse.Namespace, out: TextIO) -> None:
    with terminate_as_exception(), open_named(args) as workspace:
        rows = actions.export_scoresheet(workspace=workspace, as_name=args.as_name, out=args.out)
    print(
        _("Wrote {out} ({rows} to score).").format(
            out=args.out, rows=plural(rows, "{count} row", "{count} rows")
        ),
        file=out,
    )


def submit(args: argparse.Namespace, out: TextIO) -> None:
    if bool(args.references) == bool(args.all):
        raise Usage(_("give the references to submit, or --all"))
    with open_named(args) as workspace:
        references = actions.submit(
            workspace=workspace,
            as_name=args.as_name,
            references=None if args.all else args.references,
        ).result
    print(
        _("Submitted {reviews}: {references}.").format(
            reviews=plural(len(references), "{count} review", "{count} reviews"),
            references=", ".join(references),
        ),
        file=out,
    )
