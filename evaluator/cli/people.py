"""Commands on the committee, evaluators and assignments: chair-set, evaluator-add,
conflict-add, assign, assignments, evaluators."""

from __future__ import annotations

import argparse
from typing import TextIO

from evaluator.actions import people as actions
from evaluator.actions import workspace as workspace_actions
from evaluator.cli.common import Usage
from evaluator.cli.listing import write_csv, write_json, write_text
from evaluator.cli.opening import open_named
from evaluator.i18n import _, plural


def chair_set(args: argparse.Namespace, out: TextIO) -> None:
    with open_named(args) as workspace:
        name = workspace_actions.name_chair(workspace=workspace, name=args.name).result
    print(
        _("The chair is {name}: the audit trail names them for every change from now on.").format(
            name=name
        ),
        file=out,
    )


def evaluator_add(args: argparse.Namespace, out: TextIO) -> None:
    with open_named(args) as workspace:
        added = actions.add_evaluator(
            workspace=workspace,
            name=args.name,
            country=args.country,
            email=args.email,
            login=args.login,
        ).result
    if added.login is None:
        print(_("Registered the evaluator {name}.").format(name=added.name), file=out)
        return
    print(
        _("Registered the evaluator {name}, who signs in as {login}.").format(
            name=added.name, login=added.login
        ),
        file=out,
    )
    if added.created:
        print(
            _(
                "The role {login} was created without a password: set one with ALTER "
                "ROLE {login} PASSWORD '…' (or as the server's pg_hba.conf allows)."
            ).format(login=added.login),
            file=out,
        )


def conflict_add(args: argparse.Namespace, out: TextIO) -> None:
    with open_named(args) as workspace:
        name, reference = actions.add_conflict(
            workspace=workspace,
            evaluator_name=args.name,
            reference=args.reference,
            reason=args.reason,
        ).result
    print(
        _("Recorded a conflict of interest: {name} will not review {reference}.").format(
            name=name, reference=reference
        ),
        file=out,
    )


def assign(args: argparse.Namespace, out: TextIO) -> None:
    if args.divergent and args.per_proposal is not None:
        raise Usage(_("--divergent adds one evaluator; it takes no --per-proposal"))
    with open_named(args) as workspace:
        added = actions.assign(
            workspace=workspace, per_proposal=args.per_proposal, divergent=args.divergent
        ).result
    evaluators = len({a.evaluator for a in added})
    print(
        _("Assigned {count} to {evaluators}.").format(
            count=plural(len(added), "{count} review", "{count} reviews"),
            evaluators=plural(evaluators, "{count} evaluator", "{count} evaluators"),
        ),
        file=out,
    )


def assignments(args: argparse.Namespace, out: TextIO) -> None:
    with open_named(args) as workspace:
        rows = [
            {"reference": a.reference, "evaluator": a.evaluator, "status": a.status}
            for a in actions.list_assignments(workspace=workspace)
        ]
    if args.format == "json":
        write_json(out, {"assignments": rows})
    elif args.format == "csv":
        write_csv(out, rows, ["reference", "evaluator", "status"])
    else:
        write_text(out, rows, ["reference", "evaluator", "status"], {})
        if not rows:
            print(_("No assignments yet."), file=out)


def evaluators(args: argparse.Namespace, out: TextIO) -> None:
    with open_named(args) as workspace:
        rows = [
            {
                "name": e.name,
                "country": e.country,
                "email": e.email,
                "reviews": e.reviews,
                "submitted": e.submitted,
                "conflicts": e.conflicts,
            }
            for e in actions.list_evaluators(workspace=workspace)
        ]
    columns = ["name", "country", "email", "reviews", "submitted", "conflicts"]
    if args.format == "json":
        write_json(out, {"evaluators": rows})
    elif args.format == "csv":
        write_csv(out, rows, columns)
    else:
        write_text(out, rows, columns, {})
        if not rows:
            print(_("No evaluators yet; `evaluator-add NAME` registers one."), file=out)
