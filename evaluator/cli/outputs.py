"""Commands that write documents for staff: contracts, report."""

from __future__ import annotations

import argparse
import sys
from typing import TextIO

from evaluator.actions import outputs as actions
from evaluator.cli.opening import open_named
from evaluator.cli.signals import terminate_as_exception
from evaluator.errors import EvaluatorError
from evaluator.rules.text import plural


def contracts(args: argparse.Namespace, out: TextIO) -> None:
    def progress(done: int, total: int) -> None:
        print(f"\r{done} of {total} contract drafts written", end="", file=sys.stderr)

    # SIGTERM unwinds like Ctrl-C: the workers stop and the scratch folder goes.
    with terminate_as_exception(), open_named(args) as workspace:
        drafted = actions.draw_contracts(
            workspace=workspace,
            folder=args.out,
            references=args.reference,
            progress=progress if sys.stderr.isatty() else None,
        ).result
    batch = drafted.batch
    if sys.stderr.isatty():
        print(file=sys.stderr)
    for path in batch.files:
        print(path, file=out)
    wrote = f"Wrote {plural(len(batch.files), 'contract draft')} into {batch.folder}"
    if drafted.read_only:
        print(f"{wrote}.", file=out)
        print(
            "The drafts are not entered in the audit trail: the workspace is open "
            "read-only because it is damaged.",
            file=sys.stderr,
        )
        return
    if drafted.audit_error is not None:
        raise EvaluatorError(
            f"{wrote}, but could not enter them in the audit trail: {drafted.audit_error}"
        )
    print(f"{wrote}.", file=out)


def report(args: argparse.Namespace, out: TextIO) -> None:
    if args.out.suffix.lower() != ".pdf":
        raise EvaluatorError(f"{args.out.name}: the report is a .pdf file.")
    with terminate_as_exception(), open_named(args) as workspace:
        count = actions.write_report(workspace=workspace, out=args.out)
    summaries = "1 evaluation summary" if count == 1 else f"{count} evaluation summaries"
    print(f"Wrote {args.out}: the ranking and {summaries}.", file=out)
