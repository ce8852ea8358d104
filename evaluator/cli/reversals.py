"""The chair's reversals: unresolve, consensus --clear, include, reopen, unassign; each with a
reason and ``--dry-run``, which prints what would change and changes nothing.

``include`` and ``reopen`` print what they printed before the previews existed (scripts read
it); the newer commands add the preview lines after their sentence.
"""

from __future__ import annotations

import argparse
from typing import TextIO

from evaluator.actions import reversals as actions
from evaluator.actions.changes import Done
from evaluator.actions.reversals import Reversal
from evaluator.cli.opening import open_named
from evaluator.rules.preview import preview_lines


def _report(out: TextIO, done: Done[Reversal], did: str, would: str, *, preview: bool) -> None:
    """``did`` (or on a dry run ``would``, with the note that nothing changed) and, on a dry
    run or when ``preview``, the status and rank before → after."""
    dry_run = not done.result.preview.applied
    print(f"Would {would} (dry run: nothing was changed)." if dry_run else did, file=out)
    if dry_run or preview:
        for line in preview_lines(done.result.preview):
            print(line, file=out)


def unresolve(args: argparse.Namespace, out: TextIO) -> None:
    with open_named(args) as workspace:
        done = actions.unresolve(
            workspace=workspace, reference=args.reference, reason=args.reason, dry_run=args.dry_run
        )
    ref = done.result.reference
    _report(out, done, f"{ref} is no longer resolved.", f"un-resolve {ref}", preview=True)


def clear_consensus(args: argparse.Namespace, out: TextIO) -> None:
    with open_named(args) as workspace:
        done = actions.clear_consensus(
            workspace=workspace,
            reference=args.reference,
            criterion=args.criterion,
            reason=args.reason,
            dry_run=args.dry_run,
        )
    what = f"the consensus score of {done.result.reference} {done.result.who}"
    _report(out, done, f"Cleared {what}.", f"clear {what}", preview=True)


def include(args: argparse.Namespace, out: TextIO) -> None:
    with open_named(args) as workspace:
        done = actions.include(
            workspace=workspace,
            reference=args.reference,
            evaluator_name=args.name,
            reason=args.reason,
            dry_run=args.dry_run,
        )
    review = f"the review of {args.reference} by {done.result.who}"
    _report(out, done, f"{review[0].upper()}{review[1:]} counts again.", f"count {review} again",
            preview=False)  # fmt: skip


def reopen(args: argparse.Namespace, out: TextIO) -> None:
    with open_named(args) as workspace:
        done = actions.reopen(
            workspace=workspace,
            reference=args.reference,
            evaluator_name=args.name,
            reason=args.reason,
            dry_run=args.dry_run,
        )
    review = f"the review of {args.reference} by {done.result.who}"
    _report(out, done, f"Reopened {review}.", f"reopen {review}", preview=False)


def unassign(args: argparse.Namespace, out: TextIO) -> None:
    with open_named(args) as workspace:
        done = actions.unassign(
            workspace=workspace,
            reference=args.reference,
            evaluator_name=args.name,
            reason=args.reason,
            dry_run=args.dry_run,
        )
    what = f"{done.result.reference} from {done.result.who}"
    _report(out, done, f"Unassigned {what}.", f"unassign {what}", preview=True)
