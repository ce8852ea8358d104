"""The chair's reversals: unresolve, consensus --clear, include, reopen, unassign; each with a
reason and ``--dry-run``, which prints what would change and changes nothing.

``include`` and ``reopen`` print what they printed before the previews existed (scripts read
it); the newer commands add the preview lines after their sentence.
"""

from __future__ import annotations

import argparse
from typing import Any, TextIO

from evaluator.actions import reversals as actions
from evaluator.actions.changes import Done
from evaluator.actions.reversals import Reversal
from evaluator.cli.opening import open_named
from evaluator.i18n import _
from evaluator.rules.preview import preview_lines


def _report(out: TextIO, done: Done[Reversal], did: str, would: str, *, preview: bool) -> None:
    """``did`` (or on a dry run ``would``, with the note that nothing changed) and, on a dry
    run or when ``preview``, the status and rank before → after."""
    dry_run = not done.result.preview.applied
    print(
        _("Would {would} (dry run: nothing was changed).").format(would=would) if dry_run else did,
        file=out,
    )
    if dry_run or preview:
        for line in preview_lines(done.result.preview):
            print(line, file=out)


def _reverse(args: argparse.Namespace, action: Any, **arguments: str) -> Done[Reversal]:
    """Run the reversal ``action`` on the command line's proposal, reason and --dry-run."""
    with open_named(args) as workspace:
        done: Done[Reversal] = action(
            workspace=workspace,
            reference=args.reference,
            reason=args.reason,
            dry_run=args.dry_run,
            **arguments,
        )
    return done


def unresolve(args: argparse.Namespace, out: TextIO) -> None:
    done = _reverse(args, actions.unresolve)
    ref = done.result.reference
    _report(
        out,
        done,
        _("{ref} is no longer resolved.").format(ref=ref),
        _("un-resolve {ref}").format(ref=ref),
        preview=True,
    )


def clear_consensus(args: argparse.Namespace, out: TextIO) -> None:
    done = _reverse(args, actions.clear_consensus, criterion=args.criterion)
    what = _("the consensus score of {reference} {who}").format(
        reference=done.result.reference, who=done.result.who
    )
    _report(
        out,
        done,
        _("Cleared {what}.").format(what=what),
        _("clear {what}").format(what=what),
        preview=True,
    )


def include(args: argparse.Namespace, out: TextIO) -> None:
    done = _reverse(args, actions.include, evaluator_name=args.name)
    review = _("the review of {reference} by {who}").format(
        reference=args.reference, who=done.result.who
    )
    again = _("{review} counts again.").format(review=review[0].upper() + review[1:])
    _report(out, done, again, _("count {review} again").format(review=review), preview=False)


def reopen(args: argparse.Namespace, out: TextIO) -> None:
    done = _reverse(args, actions.reopen, evaluator_name=args.name)
    review = _("the review of {reference} by {who}").format(
        reference=args.reference, who=done.result.who
    )
    _report(
        out,
        done,
        _("Reopened {review}.").format(review=review),
        _("reopen {review}").format(review=review),
        preview=False,
    )


def unassign(args: argparse.Namespace, out: TextIO) -> None:
    done = _reverse(args, actions.unassign, evaluator_name=args.name)
    what = _("{reference} from {who}").format(reference=done.result.reference, who=done.result.who)
    _report(
        out,
        done,
        _("Unassigned {what}.").format(what=what),
        _("unassign {what}").format(what=what),
        preview=True,
    )
