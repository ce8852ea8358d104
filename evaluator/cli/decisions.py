"""The chair's commands on the scores: reconcile, rank, exclude, consensus, resolve, award
(the reversals are in ``reversals``)."""

from __future__ import annotations

import argparse
from typing import Any, TextIO

from evaluator.actions import decisions as actions
from evaluator.actions.decisions import Reconciliation
from evaluator.cli import reversals
from evaluator.cli.common import Usage
from evaluator.cli.listing import machine_amount, write_csv, write_json, write_text
from evaluator.cli.opening import open_named
from evaluator.errors import EvaluatorError
from evaluator.i18n import N_, _, money, plural
from evaluator.rules.money import parse_amount
from evaluator.rules.points import two_decimals
from evaluator.rules.ranking import Outcome
from evaluator.rules.scoring import parse_score
from evaluator.rules.statuses import Status

NOT_SUBMITTED = N_(" (not submitted)")


def reconcile(args: argparse.Namespace, out: TextIO) -> None:
    with open_named(args) as workspace:
        items = actions.reconciliation(workspace=workspace)
    items.sort(key=lambda item: item.reference)
    if args.format == "json":
        write_json(out, {"proposals": [_reconciliation_json(item) for item in items]})
        return
    # The text listing says it in the language in use; the CSV keeps its machine words.
    not_submitted = _(NOT_SUBMITTED) if args.format == "text" else NOT_SUBMITTED
    rows = [
        {
            "reference": item.reference,
            "reviews": "; ".join(
                f"{r.evaluator} {two_decimals(r.total)}"
                + ("" if r.submitted else not_submitted)
                + ("" if r.included else " (excluded)")
                for r in item.reviews
            ),
            "spread": two_decimals(item.spread) or "",
            "flags": " ".join(item.flags),
            "resolved": "yes" if item.resolved else "no",
        }
        for item in items
    ]
    columns = ["reference", "spread", "flags", "resolved", "reviews"]
    if args.format == "csv":
        write_csv(out, rows, columns)
    else:
        write_text(out, rows, columns, {})
        if not rows:
            print(_("No eligible proposals to reconcile yet."), file=out)


def _reconciliation_json(item: Reconciliation) -> dict[str, Any]:
    return {
        "reference": item.reference,
        "reviews": [
            {
                "evaluator": r.evaluator,
                "total": two_decimals(r.total),
                "included": r.included,
                "submitted": r.submitted,
            }
            for r in item.reviews
        ],
        "spread": two_decimals(item.spread),
        "flags": item.flags,
        "resolved": item.resolved,
    }


def _outcome_json(o: Outcome) -> dict[str, Any]:
    return {
        "reference": o.reference,
        "title": o.title,
        "status": o.status,
        "rank": o.rank,
        "final_score": two_decimals(o.final_score),
        "section_scores": (
            {name: two_decimals(v) for name, v in o.section_scores.items()}
            if o.section_scores is not None
            else None
        ),
        "requested": machine_amount(o.requested),
        "awarded": machine_amount(o.awarded) if o.awarded is not None else None,
        "reviews": o.reviews,
        "flags": o.flags,
    }


def rank(args: argparse.Namespace, out: TextIO) -> None:
    with open_named(args) as workspace:
        ranked = actions.rank(workspace=workspace)
    spec, result = ranked.spec, ranked.ranking
    if args.format == "json":
        write_json(
            out,
            {
                "call": spec.call.id,
                "currency": spec.call.currency,
                "budget": machine_amount(result.budget),
                "committed": machine_amount(result.committed),
                "proposals": [_outcome_json(o) for o in result.outcomes],
            },
        )
        return
    sections = [s.name for s in spec.sections]
    rows = [
        {
            "rank": o.rank or "",
            "reference": o.reference,
            "status": o.status,
            "final_score": two_decimals(o.final_score) or "",
            **{name: two_decimals((o.section_scores or {}).get(name)) or "" for name in sections},
            "requested": machine_amount(o.requested),
            "awarded": machine_amount(o.awarded) if o.awarded is not None else "",
            "reviews": o.reviews,
            "flags": " ".join(o.flags),
            "title": o.title,
        }
        for o in result.outcomes
    ]
    if args.format == "csv":
        columns = ["rank", "reference", "status", "final_score", *sections, "requested"]
        write_csv(out, rows, [*columns, "awarded", "reviews", "flags", "title"])
        return
    write_text(
        out,
        rows,
        ["rank", "reference", "status", "final_score", *sections, "requested", "awarded", "flags"],
        {"final_score": "final"},
    )
    funded = sum(1 for o in result.outcomes if o.status == Status.FUNDED)
    reserve = sum(1 for o in result.outcomes if o.status == Status.RESERVE)
    print(
        _(
            "Budget {budget} {currency}: {committed} committed to "
            "{funded}; {reserve} on the reserve list."
        ).format(
            budget=money(result.budget),
            currency=spec.call.currency,
            committed=money(result.committed),
            funded=plural(funded, "{count} funded proposal", "{count} funded proposals"),
            reserve=reserve,
        ),
        file=out,
    )


def exclude(args: argparse.Namespace, out: TextIO) -> None:
    with open_named(args) as workspace:
        name = actions.exclude(
            workspace=workspace,
            reference=args.reference,
            evaluator_name=args.name,
            reason=args.reason,
        ).result
    print(
        _("Excluded the review of {reference} by {name}.").format(
            reference=args.reference, name=name
        ),
        file=out,
    )


def consensus(args: argparse.Namespace, out: TextIO) -> None:
    if args.clear:
        if args.value is not None:
            raise Usage(_("consensus --clear takes no VALUE: it withdraws the consensus score."))
        reversals.clear_consensus(args, out)
        return
    if args.value is None:
        raise Usage(_("consensus needs a VALUE, or --clear to withdraw the consensus score."))
    if args.dry_run:
        raise Usage(_("--dry-run previews a reversal: use it with consensus --clear."))
    with open_named(args) as workspace:
        actions.set_consensus(
            workspace=workspace,
            reference=args.reference,
            criterion=args.criterion,
            value=parse_score(args.value),
            reason=args.reason,
        )
    print(
        _("Consensus score of {reference} {criterion}: {value}.").format(
            reference=args.reference, criterion=args.criterion, value=args.value
        ),
        file=out,
    )


def resolve(args: argparse.Namespace, out: TextIO) -> None:
    with open_named(args) as workspace:
        actions.resolve(workspace=workspace, reference=args.reference, note=args.note)
    print(_("{reference} is resolved.").format(reference=args.reference), file=out)


def award(args: argparse.Namespace, out: TextIO) -> None:
    amount = parse_amount(args.amount.strip())
    if amount is None:
        raise EvaluatorError(
            _("“{amount}” is not an amount; write it like 45000, 45000.00 or 45,000.00.").format(
                amount=args.amount
            )
        )
    with open_named(args) as workspace:
        currency = actions.award(
            workspace=workspace, reference=args.reference, amount=amount, reason=args.reason
        ).result
    print(
        _("Awarded {amount} {currency} to {reference}.").format(
            amount=money(amount), currency=currency, reference=args.reference
        ),
        file=out,
    )
