"""Commands that write documents for staff: contracts, report."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import Any, TextIO, TypeVar

from evaluator.actions import outputs as actions
from evaluator.actions.changes import Done
from evaluator.actions.outputs import Recorded
from evaluator.cli.opening import open_named
from evaluator.cli.signals import terminate_as_exception
from evaluator.errors import EvaluatorError
from evaluator.rules.text import plural

R = TypeVar("R", bound=Recorded[Any])


def write_batch(
    args: argparse.Namespace, action: Callable[..., Done[R]], noun: str, **extra: Any
) -> R:
    """Run a batch that writes ``noun``s into ``args.out`` (for ``args.reference``, and with
    the ``extra`` arguments), telling its progress on a terminal; SIGTERM unwinds like Ctrl-C,
    so the workers stop and the scratch folder goes."""

    def progress(done: int, total: int) -> None:
        print(f"\r{done} of {total} {noun}s written", end="", file=sys.stderr)

    with terminate_as_exception(), open_named(args) as workspace:
        result = action(
            workspace=workspace,
            folder=args.out,
            references=args.reference,
            progress=progress if sys.stderr.isatty() else None,
            **extra,
        ).result
    if sys.stderr.isatty():
        print(file=sys.stderr)
    return result


def say_recorded(recorded: Recorded[Any], wrote: str, what: str, out: TextIO) -> None:
    """Say what a batch wrote (``wrote``), and whether ``what`` are in the audit trail."""
    if recorded.read_only:
        print(f"{wrote}.", file=out)
        print(
            f"The {what} are not entered in the audit trail: the workspace is open "
            "read-only because it is damaged.",
            file=sys.stderr,
        )
        return
    if recorded.audit_error is not None:
        raise EvaluatorError(
            f"{wrote}, but could not enter them in the audit trail: {recorded.audit_error}"
        )
    print(f"{wrote}.", file=out)


def contracts(args: argparse.Namespace, out: TextIO) -> None:
    drafted = write_batch(args, actions.draw_contracts, "contract draft")
    batch = drafted.batch
    for path in batch.files:
        print(path, file=out)
    wrote = f"Wrote {plural(len(batch.files), 'contract draft')} into {batch.folder}"
    say_recorded(drafted, wrote, "drafts", out)


def report(args: argparse.Namespace, out: TextIO) -> None:
    if args.out.suffix.lower() != ".pdf":
        raise EvaluatorError(f"{args.out.name}: the report is a .pdf file.")
    with terminate_as_exception(), open_named(args) as workspace:
        count = actions.write_report(workspace=workspace, out=args.out)
    summaries = "1 evaluation summary" if count == 1 else f"{count} evaluation summaries"
    print(f"Wrote {args.out}: the ranking and {summaries}.", file=out)
